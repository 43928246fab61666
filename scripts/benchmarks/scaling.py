"""How `extract` grows with the length of one text: texts built from the corpus at its real entity
density, timed against a plain `re.finditer(r"\\w+")` pass over the same text in the same process."""

from __future__ import annotations

import argparse
import re
import resource
import time
from typing import Any

from benchmarks.workload import load_texts

SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000, "4MB": 4_000_000}
QUICK_SIZES = {"10KB": 10_000, "100KB": 100_000}


def corpus_text(size: int, texts: list[str]) -> str:
    """The corpus paragraphs repeated, blank-line separated, cut at a paragraph edge near `size`."""
    unit = "\n\n".join(texts)
    return ("\n\n".join([unit] * (size // len(unit) + 1)))[:size]


def _seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def work_scaling(args: argparse.Namespace) -> dict[str, Any]:
    from vnner import extract

    texts = load_texts(args)
    extract(texts[0], model=None)  # warm-up: tables and gazetteers
    word = re.compile(r"\w+")
    rows = {}
    for name, size in (QUICK_SIZES if args.quick else SIZES).items():
        text = corpus_text(size, texts)
        found = []
        seconds = _seconds(lambda text=text, found=found: found.extend(extract(text, model=None)))
        regex = _seconds(lambda text=text: sum(1 for _ in word.finditer(text)))
        rows[name] = {
            "chars": len(text),
            "entities": len(found),
            "seconds": round(seconds, 3),
            "chars_per_s": round(len(text) / seconds),
            "regex_chars_per_s": round(len(text) / regex),
            "vs_regex": round(regex / seconds, 4),
            "peak_rss_mib_so_far": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }

    def growth(big: str, small: str) -> float | None:
        return round(rows[big]["seconds"] / rows[small]["seconds"], 2) if big in rows and small in rows else None

    return {
        "what": "vnner.extract(text, model=None) on one text of each size",
        "sizes": rows,
        "time_1MB_over_100KB": growth("1MB", "100KB"),
        "time_4MB_over_1MB": growth("4MB", "1MB"),
    }
