"""vnner's configuration: YAML files read into frozen, typed dataclasses, checked once on load.

`build_settings` turns a mapping into a settings dataclass by its annotations, so each
setting is declared once, with its type and default, on the dataclass (as Hugging Face's
`run_ner.py` declares its arguments). A bad value fails before any work with a one-line
`ConfigError` naming the file and the dotted key. Paths inside a config are relative to the
repository root (the parent of `configs/`), so a run gives the same result from any directory.
"""

from __future__ import annotations

import dataclasses
import glob
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from vnner.entity import LABELS

ROOT = Path(__file__).resolve().parents[1]
# A wheel carries `configs/` inside the package; a source checkout has it beside the package.
CONFIG_DIRS = (ROOT / "vnner" / "configs", ROOT / "configs")


class ConfigError(ValueError):
    """A config file is missing, unreadable or holds a value vnner does not accept."""


def load_yaml(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: invalid YAML: {error}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


# --- the engine ---


def build_settings(cls: type, data: Mapping[str, Any], where: str, *, key: str = ""):
    """A `cls` dataclass from `data`, nested ones too, every value checked against its annotation.

    `where` names the file in messages; `key` is the dotted place of `data` in it, if not the top.
    Checks of `cls.__post_init__` raise `ConfigError`s relative to `cls`; they get the same prefix.
    """
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}: {key or 'config'} must be a mapping, got {data!r}")
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    for name in data:
        if name not in fields:
            raise ConfigError(f"{where}: {_dot(key, name)}: unknown setting; known: {', '.join(fields)}")
    values = {}
    for name, spec in fields.items():
        if name in data:
            values[name] = _value(hints[name], data[name], where, _dot(key, name))
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise ConfigError(f"{where}: {_dot(key, name)} is missing (required)")
    try:
        return cls(**values)
    except ConfigError as error:
        raise ConfigError(f"{where}: {_dot(key, str(error))}") from None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dot(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _value(hint: Any, value: Any, where: str, key: str) -> Any:
    """`value` checked against `hint` (and built, for a nested dataclass); else a `ConfigError`."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)

    def wrong(expected: str) -> ConfigError:
        return ConfigError(f"{where}: {key} must be {expected}, got {value!r}")

    if hint is Any:
        return value
    if dataclasses.is_dataclass(hint):
        return build_settings(hint, value, where, key=key)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"{key}: build_settings supports only `X | None` unions, not {hint}")
        return _value(options[0], value, where, key)
    if origin is Literal:
        if value not in args:
            choices = [repr(a) for a in args]
            raise wrong(" or ".join(choices) if len(choices) == 2 else "one of " + ", ".join(choices))
        return value
    if origin is list:
        if not isinstance(value, list):
            raise wrong("a list")
        return [_value(args[0], item, where, f"{key}[{i}]") for i, item in enumerate(value)]
    if origin is dict:
        if not isinstance(value, Mapping):
            raise wrong("a mapping")
        for name in value:
            if not isinstance(name, str):
                raise ConfigError(f"{where}: {key} keys must be strings, got {name!r}")
        return {name: _value(args[1], item, where, f"{key}.{name}") for name, item in value.items()}
    if hint is bool:
        if not isinstance(value, bool):
            raise wrong("true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong("an integer")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise wrong("a number")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise wrong("a string")
        return value
    raise TypeError(f"{key}: build_settings does not support the annotation {hint}")


# --- paths ---


def corpus_paths(pattern: str) -> list[str]:
    """Files of a corpus glob, relative to the repository root (else to the working directory)."""
    return sorted(glob.glob(str(ROOT / pattern)) or glob.glob(pattern))


def local_path(value: str) -> str:
    """A repo-relative path made absolute; hub ids and absolute paths pass through."""
    candidate = ROOT / value
    return str(candidate) if not Path(value).is_absolute() and candidate.exists() else value


def packaged_path(name: str) -> Path:
    """A config file that ships with vnner, e.g. `rules.yaml`."""
    for directory in CONFIG_DIRS:
        if (directory / name).is_file():
            return directory / name
    raise ConfigError(f"{name}: not found in {' or '.join(map(str, CONFIG_DIRS))}")


# --- training configs (configs/phobert-*.yaml) ---


@dataclass(frozen=True)
class ModelSettings:
    pretrained: str | None = None  # hub id or directory of a checkpoint to fine-tune
    tokenizer: str | None = None  # directory of vocab.txt + bpe.codes, to train from scratch
    architecture: dict[str, Any] = field(default_factory=dict)  # RobertaConfig keys, from scratch only


@dataclass(frozen=True)
class DataSettings:
    corpus: str = "annotations/docs/*.jsonl"
    split: str = "annotations/splits.json"
    train_on: Literal["train", "all"] = "train"  # all: no dev evaluation, for the shipped model


@dataclass(frozen=True)
class AugmentSettings:
    enabled: bool = False
    copies: int = 1
    seed: int = 0


@dataclass(frozen=True)
class TrainingConfig:
    """What `vnner.model.train` reads; `asdict` of it is saved as `trained_with` in `vnner.json`."""

    model: ModelSettings = field(default_factory=ModelSettings)
    segmenter: str = "pyvi"
    tone_style: Literal["old", "new"] = "old"
    max_length: int = 256
    overlap: int = 32
    data: DataSettings = field(default_factory=DataSettings)
    augment: AugmentSettings = field(default_factory=AugmentSettings)
    training: dict[str, Any] = field(default_factory=dict)  # transformers.TrainingArguments, as is

    def __post_init__(self) -> None:
        """The checks across fields or against the installation; types are checked on load."""
        from vnner.model.segment import SEGMENTERS  # cheap: segmenters import their packages when built

        if bool(self.model.pretrained) == bool(self.model.tokenizer):
            raise ConfigError("set exactly one of model.pretrained (fine-tune) or model.tokenizer (from scratch)")
        if self.segmenter not in SEGMENTERS:
            raise ConfigError(f"segmenter must be one of {', '.join(SEGMENTERS)}, got {self.segmenter!r}")
        seed = self.training.get("seed", 0)
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise ConfigError(f"training.seed must be an integer, got {seed!r}")
        if not 8 <= self.max_length <= 512 or self.overlap < 0:
            raise ConfigError("max_length must be 8..512 and overlap >= 0")
        if not corpus_paths(self.data.corpus):
            raise ConfigError(f"data.corpus {self.data.corpus!r} matches no files")


def load_training_config(path: str | Path, overrides: Sequence[str] = ()) -> TrainingConfig:
    """The file's settings, updated by `a.b=value` overrides (values parsed as YAML), over the defaults."""
    data = load_yaml(path)
    for item in overrides:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"override {item!r}: expected key.sub=value")
        *parents, leaf = key.split(".")
        node = data
        for part in parents:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ConfigError(f"override {item!r}: {part!r} is not a section")
        node[leaf] = yaml.safe_load(raw)
    return build_settings(TrainingConfig, data, str(path))


# --- the rule layer's config (configs/rules.yaml) ---


@dataclass(frozen=True)
class HybridSettings:
    """How `vnner.hybrid.merge` combines model and rule entities."""

    policy: dict[str, Literal["rules", "model"]]  # per label: whose spans win
    min_model_score: float  # model spans scoring below are dropped

    def __post_init__(self) -> None:
        if unknown := [label for label in self.policy if label not in LABELS]:
            raise ConfigError(f"policy has unknown labels {unknown} (known: {', '.join(LABELS)})")
        if not 0 <= self.min_model_score <= 1:
            raise ConfigError(f"min_model_score must be in 0..1, got {self.min_model_score!r}")


@dataclass(frozen=True)
class RulesConfig:
    """The rule components to run, in order, and each one's settings block."""

    pipeline: list[str]  # component names, in run order
    components: dict[str, dict[str, Any]]  # name -> {factory: registered factory name, its settings...}
    label_priority: list[str]  # overlaps of equal length: earlier label wins
    tone_style: Literal["old", "new"]
    hybrid: HybridSettings
    linkers: list[str] = field(default_factory=list)  # run on the final entities: roles, people
    path: str = ""  # the file it came from, for error messages

    def __post_init__(self) -> None:
        if not self.pipeline:
            raise ConfigError("pipeline must be a non-empty list of component names")
        for name in [*self.pipeline, *self.linkers]:
            if name not in self.components:
                raise ConfigError(f"components.{name}: missing; each component in pipeline needs a block")
        for name, block in self.components.items():
            if not isinstance(block.get("factory"), str):
                raise ConfigError(f"components.{name}.factory must be a factory name, got {block.get('factory')!r}")
        unknown = [label for label in self.label_priority if label not in LABELS]
        if unknown or not self.label_priority:
            raise ConfigError(f"label_priority has unknown labels {unknown} (known: {', '.join(LABELS)})")


def load_rules_config(path: str | Path | None = None) -> RulesConfig:
    """A rules config; None: the packaged `configs/rules.yaml`. Cached per path."""
    return _rules_config(Path(path) if path is not None else packaged_path("rules.yaml"))


@cache
def _rules_config(path: Path) -> RulesConfig:
    data = load_yaml(path)
    if "path" in data:
        raise ConfigError(f"{path}: path: unknown setting (it is the file's own path)")
    return build_settings(RulesConfig, {**data, "path": str(path)}, str(path))

