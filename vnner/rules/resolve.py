"""Overlap resolution: the one place that decides which of two overlapping spans stays."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from vnner.entity import Entity

Span = TypeVar("Span")  # anything with `start` and `end`


def keep_disjoint(spans: Iterable[Span], rank: Callable[[Span], Any]) -> list[Span]:
    """Greedy: best `rank` first, each kept unless it overlaps one already kept; sorted by start."""
    kept: list[Any] = []
    for span in sorted(spans, key=rank):
        if all(span.end <= other.start or other.end <= span.start for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))


def resolve_overlaps(entities: Iterable[Entity], label_priority: Sequence[str]) -> list[Entity]:
    """Keeps a non-overlapping subset: longer spans win, then `label_priority`, then earlier."""
    order = {label: index for index, label in enumerate(label_priority)}
    return keep_disjoint(
        set(entities), lambda e: (-(e.end - e.start), order.get(e.label, len(order)), e.start, -e.score)
    )
