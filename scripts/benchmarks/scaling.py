"""How `extract` grows with the length of one text: texts built from the corpus at its real entity
density, timed against a plain `re.finditer(r"\\w+")` pass over the same text in the same process.

`extract` cuts long texts into pieces of `PIECE_CHARS`, which would hide a stage that grows faster
than its input; `one_piece` times the rule stages on the 100 KB and 1 MB texts uncut, so it cannot.
Every time is the best of `ROUNDS` runs in this process (other load only ever adds time): one run of
100 KB takes a fifth of a second, short enough for a neighbour's burst to move a ratio by a tenth."""

from __future__ import annotations

import argparse
import re
import resource
import time
from typing import Any

from benchmarks.workload import load_texts

SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000, "4MB": 4_000_000}
QUICK_SIZES = {"10KB": 10_000, "100KB": 100_000}
ROUNDS = 3


def corpus_text(size: int, texts: list[str]) -> str:
    """The corpus paragraphs repeated, blank-line separated, cut at a paragraph edge near `size`."""
    unit = "\n\n".join(texts)
    return ("\n\n".join([unit] * (size // len(unit) + 1)))[:size]


def _seconds(fn) -> float:
    """The best of ROUNDS runs of `fn`."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def work_scaling(args: argparse.Namespace) -> dict[str, Any]:
    from vnner import extract
    from vnner.pipeline import default_pipeline

    texts = load_texts(args)
    extract(texts[0], model=None)  # warm-up: tables and gazetteers
    word = re.compile(r"\w+")
    rows = {}
    for name, size in (QUICK_SIZES if args.quick else SIZES).items():
        text = corpus_text(size, texts)
        found: list = []

        def run(text: str = text, found: list = found) -> None:
            found.clear()  # one run's entities alive at a time: RSS as one run leaves it
            found.extend(extract(text, model=None))

        seconds = _seconds(run)
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

    pipeline, one_piece = default_pipeline(), {}
    small, big = ("10KB", "100KB") if args.quick else ("100KB", "1MB")
    for name in (small, big):
        text = corpus_text(SIZES[name], texts)
        one_piece[name] = round(_seconds(lambda text=text: pipeline.rules(text, None)), 3)

    def growth(times: dict[str, float], big: str, small: str) -> float | None:
        return round(times[big] / times[small], 2) if big in times and small in times else None

    seconds = {name: row["seconds"] for name, row in rows.items()}
    return {
        "what": "vnner.extract(text, model=None) on one text of each size",
        "sizes": rows,
        "time_1MB_over_100KB": growth(seconds, "1MB", "100KB"),
        "time_4MB_over_1MB": growth(seconds, "4MB", "1MB"),
        "one_piece": {
            "what": "Pipeline.rules(text) on the whole text, not cut into pieces: seconds per size, and "
            "time_10x = time(big) / time(small) for a text ten times longer",
            "seconds": one_piece,
            "time_10x": growth(one_piece, big, small),
        },
    }

