"""Training configs: YAML files in `configs/` plus `key.sub=value` overrides from the command line.

Paths inside a config are relative to the repository root (the parent of `configs/`), so a
run gives the same result from any working directory.
"""

from __future__ import annotations

import copy
import glob
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from vnner.config import ConfigError, load_yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULTS: dict[str, Any] = {
    "model": {"pretrained": None, "tokenizer": None, "architecture": {}},
    "segmenter": "pyvi",
    "tone_style": "old",
    "max_length": 256,
    "overlap": 32,
    "data": {"corpus": "annotations/docs/*.jsonl", "split": "annotations/splits.json", "train_on": "train"},
    "augment": {"enabled": False, "copies": 1, "seed": 0},
    "training": {},
}


def load_config(path: str | Path, overrides: Sequence[str] = ()) -> dict[str, Any]:
    """DEFAULTS, updated by the file, updated by `a.b=value` overrides (values parsed as YAML)."""
    config = _merge(copy.deepcopy(DEFAULTS), load_yaml(path))
    for item in overrides:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"override {item!r}: expected key.sub=value")
        *parents, leaf = key.split(".")
        node = config
        for part in parents:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ConfigError(f"override {item!r}: {part!r} is not a section")
        node[leaf] = yaml.safe_load(raw)
    _check(config, path)
    return config


def _merge(base: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def _check(config: dict[str, Any], path: str | Path) -> None:
    """Every value the training code reads, checked up front: a bad one is a one-line `ConfigError`."""
    from vnner.model.segment import SEGMENTERS  # cheap: segmenters import their packages when built

    for section in ("model", "data", "augment", "training"):
        if not isinstance(config[section], dict):
            raise ConfigError(f"{path}: {section} must be a mapping, got {config[section]!r}")
    if not isinstance(config["model"]["architecture"], dict):
        raise ConfigError(f"{path}: model.architecture must be a mapping")
    model = config["model"]
    if bool(model.get("pretrained")) == bool(model.get("tokenizer")):
        raise ConfigError(f"{path}: set exactly one of model.pretrained (fine-tune) or model.tokenizer (from scratch)")
    if config["segmenter"] not in SEGMENTERS:
        raise ConfigError(f"{path}: segmenter must be one of {', '.join(SEGMENTERS)}, got {config['segmenter']!r}")
    if config["tone_style"] not in ("old", "new"):
        raise ConfigError(f"{path}: tone_style must be 'old' or 'new'")
    for key in ("max_length", "overlap", "augment.copies", "augment.seed", "training.seed"):
        section, _, leaf = key.rpartition(".")
        node = config[section] if section else config
        if leaf in node and (isinstance(node[leaf], bool) or not isinstance(node[leaf], int)):
            raise ConfigError(f"{path}: {key} must be an integer, got {node[leaf]!r}")
    if not 8 <= config["max_length"] <= 512 or config["overlap"] < 0:
        raise ConfigError(f"{path}: max_length must be 8..512 and overlap >= 0")
    data = config["data"]
    if data["train_on"] not in ("train", "all"):
        raise ConfigError(f"{path}: data.train_on must be 'train' or 'all'")
    if not isinstance(data["corpus"], str) or not corpus_paths(data["corpus"]):
        raise ConfigError(f"{path}: data.corpus {data['corpus']!r} matches no files")


def corpus_paths(pattern: str) -> list[str]:
    """Files of a corpus glob, relative to the repository root (else to the working directory)."""
    return sorted(glob.glob(str(ROOT / pattern)) or glob.glob(pattern))


def local_path(value: str) -> str:
    """A repo-relative path made absolute; hub ids and absolute paths pass through."""
    candidate = ROOT / value
    return str(candidate) if not Path(value).is_absolute() and candidate.exists() else value
