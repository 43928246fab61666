"""Overlap resolution: the one place that decides which of two overlapping spans stays."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from vnner.entity import Entity

Span = TypeVar("Span")  # anything with `start` and `end`


def keep_disjoint(spans: Iterable[Span], rank: Callable[[Span], Any]) -> list[Span]:
    """Greedy: best `rank` first, each kept unless it overlaps one already kept; sorted by start.

    Spans are non-empty. A mask of the characters already taken answers "does it overlap" by
    reading the candidate's own characters only, so the time grows with the spans' total length,
    not with how many are kept (an insertion into a sorted list would move them all).
    """
    ranked = sorted(spans, key=rank)
    taken = bytearray(max((span.end for span in ranked), default=0))
    kept: list[Any] = []
    for span in ranked:
        if taken.find(1, span.start, span.end) < 0:
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            kept.append(span)
    return sorted(kept, key=lambda span: span.start)


def resolve_overlaps(entities: Iterable[Entity], label_priority: Sequence[str]) -> list[Entity]:
    """Keeps a non-overlapping subset: longer spans win, then `label_priority`, then earlier."""
    order = {label: index for index, label in enumerate(label_priority)}
    return keep_disjoint(
        set(entities), lambda e: (-(e.end - e.start), order.get(e.label, len(order)), e.start, -e.score)
    )
