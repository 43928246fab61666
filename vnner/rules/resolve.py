"""Overlap resolution: the one place that decides which of two overlapping entities stays."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vnner.entity import Entity


def resolve_overlaps(entities: Iterable[Entity], label_priority: Sequence[str]) -> list[Entity]:
    """Keeps a non-overlapping subset: longer spans win, then `label_priority`, then earlier.

    The result is sorted by start offset.
    """
    rank = {label: index for index, label in enumerate(label_priority)}
    candidates = sorted(
        set(entities),
        key=lambda e: (-(e.end - e.start), rank.get(e.label, len(rank)), e.start, -e.score),
    )
    kept: list[Entity] = []
    for candidate in candidates:
        if all(candidate.end <= other.start or other.end <= candidate.start for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda e: e.start)
