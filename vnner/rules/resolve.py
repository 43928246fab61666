"""Overlap resolution: the one place that decides which of two overlapping spans stays."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from vnner.entity import Entity

Span = TypeVar("Span")  # anything with `start` and `end`


def keep_disjoint(spans: Iterable[Span], rank: Callable[[Span], Any]) -> list[Span]:
    """Greedy: best `rank` first, each kept unless it overlaps one already kept; sorted by start.

    The kept spans are disjoint and held in start order, so only the two neighbours of a candidate
    can overlap it: a binary search per candidate, not a scan of everything kept.
    """
    starts: list[int] = []
    kept: list[Any] = []
    for span in sorted(spans, key=rank):
        i = bisect.bisect_left(starts, span.start)
        if (i > 0 and kept[i - 1].end > span.start) or (i < len(kept) and kept[i].start < span.end):
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


def resolve_overlaps(entities: Iterable[Entity], label_priority: Sequence[str]) -> list[Entity]:
    """Keeps a non-overlapping subset: longer spans win, then `label_priority`, then earlier."""
    order = {label: index for index, label in enumerate(label_priority)}
    return keep_disjoint(
        set(entities), lambda e: (-(e.end - e.start), order.get(e.label, len(order)), e.start, -e.score)
    )
