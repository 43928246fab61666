"""Overlapping windows of words for inputs longer than PhoBERT's 256 positions.

Each word is later read from the one window where it sits farthest from a seam, so every word
gets exactly one prediction with context on both sides: no entity is lost or doubled.
"""

from __future__ import annotations

from collections.abc import Sequence


def make_windows(lengths: Sequence[int], budget: int, overlap: int) -> list[tuple[int, int]]:
    """Word ranges [start, end) whose piece counts fit `budget`; neighbours share `overlap` words.

    A single word longer than the budget gets a window of its own (its pieces are truncated).
    """
    if not lengths:
        return [(0, 0)]
    windows: list[tuple[int, int]] = []
    start = 0
    while True:
        end, total = start, 0
        while end < len(lengths) and (end == start or total + lengths[end] <= budget):
            total += lengths[end]
            end += 1
        windows.append((start, end))
        if end == len(lengths):
            return windows
        start = max(start + 1, end - overlap)


def owners(windows: Sequence[tuple[int, int]], n_words: int) -> list[int]:
    """For each word, the index of the window in which it is farthest from a seam."""
    best: list[tuple[float, int]] = [(-1.0, 0)] * n_words
    for index, (start, end) in enumerate(windows):
        for word in range(start, end):
            left = float("inf") if start == 0 else word - start
            right = float("inf") if end == n_words else end - 1 - word
            margin = min(left, right)
            if margin > best[word][0]:
                best[word] = (margin, index)
    return [index for _, index in best]
