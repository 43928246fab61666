"""`extract`: text in, entities with offsets into that same text out."""

from __future__ import annotations

import datetime as dt
import importlib
from functools import cache

from vnner.config import ConfigError, packaged_config
from vnner.entity import Entity
from vnner.normalize import NormalizedText
from vnner.rules import FINDERS, Finder, RuleContext
from vnner.rules.resolve import resolve_overlaps


@cache
def _rule_finders() -> tuple[Finder, ...]:
    names = packaged_config("rules")["finders"]
    for name in names:
        importlib.import_module(f"vnner.rules.{name}")
        if name not in FINDERS:
            raise ConfigError(f"rules.yaml: unknown finder {name!r}; known: {', '.join(FINDERS)}")
    return tuple(FINDERS[name] for name in names)


def extract_rules(text: str, document_date: dt.date | None = None) -> list[Entity]:
    """Entities the rule layer alone finds in `text`, sorted and non-overlapping."""
    if not isinstance(text, str):
        raise TypeError(f"extract expects a str, got {type(text).__name__}")
    settings = packaged_config("rules")
    context = RuleContext(NormalizedText.build(text, settings["tone_style"]), [], document_date)
    for finder in _rule_finders():
        context.found.extend(finder(context))
    return resolve_overlaps(context.found, settings["label_priority"])


def extract(text: str, *, document_date: dt.date | None = None) -> list[Entity]:
    """Finds PERSON, PROVINCE, TITLE, DATE and MONEY entities in `text`.

    Every entity satisfies `text[entity.start:entity.end] == entity.text`.
    """
    return extract_rules(text, document_date)
