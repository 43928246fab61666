"""The rule layer: finders registered by name, run in the order `configs/rules.yaml` lists.

A finder sees the normalized text and the entities that earlier finders produced (so a
person finder can look right after a title), and returns new entities whose offsets index
the original string (`RuleContext.doc.entity` does the mapping).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from vnner.entity import Entity
from vnner.normalize import NormalizedText


@dataclass
class RuleContext:
    doc: NormalizedText
    found: list[Entity] = field(default_factory=list)
    document_date: dt.date | None = None


Finder = Callable[[RuleContext], list[Entity]]
FINDERS: dict[str, Finder] = {}


def register(name: str) -> Callable[[Finder], Finder]:
    def add(finder: Finder) -> Finder:
        if name in FINDERS:
            raise ValueError(f"rule finder {name!r} is registered twice")
        FINDERS[name] = finder
        return finder

    return add
