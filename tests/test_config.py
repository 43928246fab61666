"""The typed config layer: `build_settings` errors name file and dotted key in one line; training
configs load with overrides and round-trip; rules configs are checked."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pytest

from vnner.config import (
    ConfigError,
    HybridSettings,
    RulesConfig,
    TrainingConfig,
    build_settings,
    load_rules_config,
    load_training_config,
    load_yaml,
)

ROOT = Path(__file__).resolve().parent.parent
WHERE = "configs/x.yaml"


@dataclass(frozen=True)
class Inner:
    k: int = 0


@dataclass(frozen=True)
class Sample:
    n: int
    ratio: float = 0.5
    flag: bool = False
    name: str | None = None
    style: Literal["old", "new"] = "old"
    names: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    inner: Inner = field(default_factory=Inner)

    def __post_init__(self) -> None:
        if self.n < 0:
            raise ConfigError(f"n must be >= 0, got {self.n}")


@dataclass(frozen=True)
class Outer:
    sample: Sample


def test_build_settings_fills_defaults_and_keeps_good_values():
    built = build_settings(Sample, {"n": 1, "ratio": 2, "extra": {"a": [1, {"b": None}]}, "inner": {"k": 3}}, WHERE)
    assert built == Sample(1, 2.0, extra={"a": [1, {"b": None}]}, inner=Inner(3))
    assert isinstance(built.ratio, float) and built.names == [] and built.name is None
    assert build_settings(Sample, {"n": 1, "name": None, "style": "new"}, WHERE).style == "new"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"n": "a"}, "n must be an integer, got 'a'"),
        ({"n": True}, "n must be an integer, got True"),
        ({"n": 1.5}, "n must be an integer, got 1.5"),
        ({"n": 1, "ratio": "x"}, "ratio must be a number, got 'x'"),
        ({"n": 1, "ratio": False}, "ratio must be a number, got False"),
        ({"n": 1, "flag": "yes"}, "flag must be true or false, got 'yes'"),
        ({"n": 1, "name": 3}, "name must be a string, got 3"),
        ({"n": 1, "style": "modern"}, "style must be 'old' or 'new', got 'modern'"),
        ({"n": 1, "names": "a"}, "names must be a list, got 'a'"),
        ({"n": 1, "names": ["a", 2]}, "names[1] must be a string, got 2"),
        ({"n": 1, "sizes": [1, "2"]}, "sizes[1] must be an integer, got '2'"),
        ({"n": 1, "counts": [1]}, "counts must be a mapping, got [1]"),
        ({"n": 1, "counts": {"a": "x"}}, "counts.a must be an integer, got 'x'"),
        ({"n": 1, "counts": {1: 1}}, "counts keys must be strings, got 1"),
        ({"n": 1, "inner": 5}, "inner must be a mapping, got 5"),
        ({"n": 1, "inner": {"k": "x"}}, "inner.k must be an integer, got 'x'"),
        ({"n": 1, "inner": {"z": 1}}, "inner.z: unknown setting; known: k"),
        ({"n": 1, "bogus": 1}, "bogus: unknown setting; known: n, ratio, flag, name, style, names, sizes, counts, "
         "extra, inner"),
        ({}, "n is missing (required)"),
        ({"n": -1}, "n must be >= 0, got -1"),
    ],
)
def test_each_bad_value_is_one_line_naming_file_and_key(data, message):
    with pytest.raises(ConfigError) as caught:
        build_settings(Sample, data, WHERE)
    assert str(caught.value) == f"{WHERE}: {message}"


def test_nested_errors_carry_the_full_dotted_key():
    with pytest.raises(ConfigError, match=r"^configs/x\.yaml: sample\.inner\.k must be an integer, got 'x'$"):
        build_settings(Outer, {"sample": {"n": 1, "inner": {"k": "x"}}}, WHERE)
    with pytest.raises(ConfigError, match=r"^configs/x\.yaml: sample\.n must be >= 0, got -2$"):
        build_settings(Outer, {"sample": {"n": -2}}, WHERE)
    with pytest.raises(ConfigError, match=r"^configs/x\.yaml: components\.a\.n is missing \(required\)$"):
        build_settings(Sample, {}, WHERE, key="components.a")


# --- training configs ---


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_come_from_the_dataclasses():
    config = build_settings(TrainingConfig, {"model": {"tokenizer": "vnner/data/tokenizer"}}, WHERE)
    assert dataclasses.asdict(config) == {  # what `trained_with` in vnner.json holds, key order included
        "model": {"pretrained": None, "tokenizer": "vnner/data/tokenizer", "architecture": {}},
        "segmenter": "pyvi",
        "tone_style": "old",
        "max_length": 256,
        "overlap": 32,
        "data": {"corpus": "annotations/docs/*.jsonl", "split": "annotations/splits.json", "train_on": "train"},
        "augment": {"enabled": False, "copies": 1, "seed": 0},
        "training": {},
    }
    assert list(dataclasses.asdict(config)) == ["model", "segmenter", "tone_style", "max_length", "overlap",
                                                 "data", "augment", "training"]


def test_overrides_are_parsed_as_yaml_and_create_sections(tmp_path):
    path = write(tmp_path, "model: {tokenizer: tok, architecture: {hidden_size: 64, num_hidden_layers: 2}}\n")
    config = load_training_config(
        path,
        [
            "training.seed=7",
            "training.learning_rate=5.0e-5",
            "augment.enabled=true",
            "augment.copies=3",
            "model.architecture={hidden_size: 32}",
            "data.train_on=all",
            "max_length=128",
        ],
    )
    assert config.training == {"seed": 7, "learning_rate": 5e-5}
    assert config.augment == dataclasses.replace(config.augment, enabled=True, copies=3, seed=0)
    assert config.model.architecture == {"hidden_size": 32}  # a mapping value replaces the section's
    assert (config.data.train_on, config.data.corpus, config.max_length) == ("all", "annotations/docs/*.jsonl", 128)


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("training.seed=a", "{path}: training.seed must be an integer, got 'a'"),
        ("augment.enabled=maybe", "{path}: augment.enabled must be true or false, got 'maybe'"),
        ("tone_style=modern", "{path}: tone_style must be 'old' or 'new', got 'modern'"),
        ("data.train_on=dev", "{path}: data.train_on must be 'train' or 'all', got 'dev'"),
        ("model.pretrained=x", "{path}: set exactly one of model.pretrained (fine-tune) or model.tokenizer "
         "(from scratch)"),
        ("max_length=600", "{path}: max_length must be 8..512 and overlap >= 0"),
        ("segmenter=foo", "{path}: segmenter must be one of pyvi, vncorenlp, got 'foo'"),
        ("data.corpus=nothing/*.jsonl", "{path}: data.corpus 'nothing/*.jsonl' matches no files"),
        ("trainng.seed=1", "{path}: trainng: unknown setting; known: model, segmenter, tone_style, max_length, "
         "overlap, data, augment, training"),
        ("max_length.x=1", "override 'max_length.x=1': 'max_length' is not a section"),
        ("max_length", "override 'max_length': expected key.sub=value"),
        ("=3", "override '=3': expected key.sub=value"),
    ],
)
def test_bad_overrides_are_one_line_errors(tmp_path, override, message):
    path = write(tmp_path, "model: {tokenizer: tok}\nmax_length: 64\n")
    with pytest.raises(ConfigError) as caught:
        load_training_config(path, [override])
    assert str(caught.value) == message.format(path=path)


@pytest.mark.parametrize("name", ["phobert-base.yaml", "phobert-tiny.yaml"])
def test_shipped_training_configs_round_trip(name):
    path = ROOT / "configs" / name
    config = load_training_config(path)
    saved = json.loads(json.dumps(dataclasses.asdict(config)))  # as `trained_with` in vnner.json
    assert build_settings(TrainingConfig, saved, "vnner.json") == config
    for section, value in load_yaml(path).items():  # every value the file gives, kept as given
        if isinstance(value, dict):
            assert {k: saved[section][k] for k in value} == value
        else:
            assert saved[section] == value
    assert isinstance(config.training["seed"], int) and config.augment.enabled is True


# --- rules configs ---

GOOD_RULES = """\
pipeline: [dates, money]
label_priority: [MONEY, DATE]
tone_style: old
hybrid:
  policy: {DATE: rules, MONEY: model}
  min_model_score: 1
components:
  dates: {factory: dates, cue_window: 20}
  money: {factory: money}
"""


def rules_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rules_config_loads_typed_and_cached(tmp_path):
    path = rules_file(tmp_path, GOOD_RULES)
    config = load_rules_config(path)
    assert config == RulesConfig(
        pipeline=["dates", "money"],
        components={"dates": {"factory": "dates", "cue_window": 20}, "money": {"factory": "money"}},
        label_priority=["MONEY", "DATE"],
        tone_style="old",
        hybrid=HybridSettings({"DATE": "rules", "MONEY": "model"}, 1.0),
        path=str(path),
    )
    assert load_rules_config(path) is config and load_rules_config(str(path)) is config
    assert isinstance(config.hybrid.min_model_score, float)


def test_the_packaged_rules_config_loads():
    config = load_rules_config()
    assert config is load_rules_config(None) and Path(config.path).name == "rules.yaml"
    assert config.pipeline and all(name in config.components for name in config.pipeline)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("label_priority: [MONEY, DATE]", "label_priority: [MONEY, ORG]",
         "label_priority has unknown labels ['ORG'] (known: PERSON, PROVINCE, TITLE, DATE, MONEY)"),
        ("label_priority: [MONEY, DATE]", "label_priority: []",
         "label_priority has unknown labels [] (known: PERSON, PROVINCE, TITLE, DATE, MONEY)"),
        ("{DATE: rules, MONEY: model}", "{LOC: rules}",
         "hybrid.policy has unknown labels ['LOC'] (known: PERSON, PROVINCE, TITLE, DATE, MONEY)"),
        ("{DATE: rules, MONEY: model}", "{DATE: both}", "hybrid.policy.DATE must be 'rules' or 'model', got 'both'"),
        ("min_model_score: 1", "min_model_score: 7", "hybrid.min_model_score must be in 0..1, got 7.0"),
        ("min_model_score: 1", "min_model_score: high", "hybrid.min_model_score must be a number, got 'high'"),
        ("  money: {factory: money}\n", "", "components.money: missing; each component in pipeline needs a block"),
        ("money: {factory: money}", "money: {cue_window: 3}", "components.money.factory must be a factory name, "
         "got None"),
        ("tone_style: old", "tone_style: modern", "tone_style must be 'old' or 'new', got 'modern'"),
        ("pipeline: [dates, money]", "pipeline: []", "pipeline must be a non-empty list of component names"),
        ("pipeline: [dates, money]", "pipeline: dates", "pipeline must be a list, got 'dates'"),
        ("tone_style: old\n", "tone_style: old\nfinders: [dates]\n", "finders: unknown setting; known: pipeline, "
         "components, label_priority, tone_style, hybrid, linkers, path"),
        ("tone_style: old\n", "tone_style: old\npath: elsewhere\n",
         "path: unknown setting (it is the file's own path)"),
        ("hybrid:\n  policy: {DATE: rules, MONEY: model}\n  min_model_score: 1\n", "", "hybrid is missing (required)"),
    ],
)
def test_a_bad_rules_config_is_one_line_naming_file_and_key(tmp_path, old, new, message):
    assert old in GOOD_RULES
    path = rules_file(tmp_path, GOOD_RULES.replace(old, new))
    with pytest.raises(ConfigError) as caught:
        load_rules_config(path)
    assert str(caught.value) == f"{path}: {message}"


def test_merge_takes_hybrid_settings_and_defaults_to_the_packaged_ones():
    from vnner.entity import Entity
    from vnner.hybrid import merge

    found = [Entity("Sê Kông", "PROVINCE", 0, 7, score=0.8, source="model")]
    assert merge(found, [], HybridSettings({}, 0.9)) == []
    assert merge(found, [], HybridSettings({}, 0.5)) == found
    assert merge(found, [], None) == merge(found, [], load_rules_config().hybrid)
