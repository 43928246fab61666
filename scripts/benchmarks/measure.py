"""Timed passes and the rates read from them."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def passes(fn: Callable[[], Any], count: int, min_seconds: float) -> list[tuple[float, float]]:
    """Timings of each pass: at least `count` passes and at least `min_seconds` in all."""
    times: list[tuple[float, float]] = []
    while len(times) < count or (sum(t[0] for t in times) < min_seconds and len(times) < 10_000):
        times.append(timed(fn))
    return times


def speed(times: list[tuple[float, float]], sentences: int, tokens: int, unit: str) -> dict[str, Any]:
    """Rates from the best (least disturbed) pass; median and worst show the noise."""
    walls = [t[0] for t in times]
    best, cpu = min(walls), min(t[1] for t in times)
    return {
        "sentences": sentences,
        "tokens": tokens,
        "sentences_per_s": round(sentences / best, 2),
        "tokens_per_s": round(tokens / best, 1),
        "token_unit": unit,
        "seconds_per_pass": {
            k: round(f(walls), 4) for k, f in (("best", min), ("median", statistics.median), ("worst", max))
        },
        "cpu_seconds_per_pass": round(cpu, 4),  # all threads; single-threaded code: immune to other load
        "passes": len(times),
    }


def ratio(numerator: float | None, denominator: float | None, digits: int = 3) -> float | None:
    if numerator is None or not denominator:
        return None
    return round(numerator / denominator, digits)
