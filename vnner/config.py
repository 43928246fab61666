"""Loads the YAML files in `configs/` that ship inside the package."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from vnner.entity import LABELS


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


_PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries `configs/` inside the package; a source checkout has it beside the package.
CONFIG_DIRS = (_PACKAGE_DIR / "configs", _PACKAGE_DIR.parent / "configs")


@cache
def packaged_config(name: str) -> dict[str, Any]:
    """A config that ships with vnner, e.g. `rules` for `configs/rules.yaml`, checked."""
    for directory in CONFIG_DIRS:
        path = directory / f"{name}.yaml"
        if path.is_file():
            data = load_yaml(path)
            CHECKS.get(name, lambda data, path: None)(data, path)
            return data
    raise ConfigError(f"{name}.yaml: not found in {' or '.join(map(str, CONFIG_DIRS))}")


def check_rules(data: dict[str, Any], path: Path) -> None:
    """The rule layer's settings: known labels, a tone style, a list of finder names."""
    unknown = [label for label in data.get("label_priority", []) if label not in LABELS]
    if unknown or not data.get("label_priority"):
        raise ConfigError(f"{path}: label_priority has unknown labels {unknown} (known: {', '.join(LABELS)})")
    if data.get("tone_style") not in ("old", "new"):
        raise ConfigError(f"{path}: tone_style must be 'old' or 'new', not {data.get('tone_style')!r}")
    if not isinstance(data.get("pipeline"), list) or not data["pipeline"]:
        raise ConfigError(f"{path}: pipeline must be a non-empty list of component names")
    blocks = data.get("components")
    if not isinstance(blocks, dict) or any(not isinstance(blocks.get(n), dict) for n in data["pipeline"]):
        raise ConfigError(f"{path}: components needs a block for each of {data['pipeline']}")
    hybrid = data.get("hybrid")
    if not isinstance(hybrid, dict) or not isinstance(hybrid.get("policy"), dict):
        raise ConfigError(f"{path}: needs a hybrid section with a policy per label")
    if not isinstance(hybrid.get("min_model_score"), int | float) or not 0 <= hybrid["min_model_score"] <= 1:
        raise ConfigError(f"{path}: hybrid.min_model_score must be a number in 0..1")
    policy = hybrid["policy"]
    unknown = [label for label in policy if label not in LABELS]
    if unknown or set(policy.values()) - {"rules", "model"}:
        raise ConfigError(f"{path}: hybrid.policy must map labels ({', '.join(LABELS)}) to rules|model: {policy}")


CHECKS = {"rules": check_rules}


# --- interim: replaced by the typed configuration layer (branch typed-config) ---
import dataclasses  # noqa: E402
import typing  # noqa: E402


def build_settings(cls: type, data: dict[str, Any], where: str):
    """A settings dataclass from a config block: unknown or missing keys are one-line errors."""
    names = {f.name for f in dataclasses.fields(cls)}
    if unknown := set(data) - names:
        known = ", ".join(sorted(names))
        raise ConfigError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}; known: {known}")
    try:
        return cls(**data)
    except TypeError as error:
        raise ConfigError(f"{where}: {error}") from None


@dataclasses.dataclass(frozen=True)
class HybridSettings:
    policy: dict[str, str]
    min_model_score: float


@dataclasses.dataclass(frozen=True)
class RulesConfig:
    pipeline: list[str]
    components: dict[str, dict[str, Any]]
    label_priority: list[str]
    tone_style: typing.Literal["old", "new"]
    hybrid: HybridSettings
    path: str = ""


@cache
def load_rules_config(path: str | Path | None = None) -> RulesConfig:
    if path is None:
        path = next((d / "rules.yaml" for d in CONFIG_DIRS if (d / "rules.yaml").is_file()), None)
        if path is None:
            raise ConfigError(f"rules.yaml: not found in {' or '.join(map(str, CONFIG_DIRS))}")
    data = load_yaml(path)
    check_rules(data, Path(path))
    return RulesConfig(
        data["pipeline"], data["components"], data["label_priority"], data["tone_style"],
        HybridSettings(**data["hybrid"]), str(path),
    )
