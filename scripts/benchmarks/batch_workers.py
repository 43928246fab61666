"""`vnner extract --input` with 1 and 2 worker processes on the same JSONL, timed as a user runs it.

The JSONL holds the corpus paragraphs repeated under fresh ids; each run is the real CLI in its own
process (start-up included) writing to a fresh output, and the two worker counts alternate so that
load from other processes falls on both alike. The best run of each count is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import ratio
from benchmarks.workload import load_texts

DOCS = 3000  # "a few thousand documents"
FEW_DOCS = 300  # "a few hundred": workers should already be faster here
ROUNDS = 3


def _write_input(path: Path, texts: list[str], count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"id": f"doc{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")


def _run_cli(source: Path, output: Path, workers: int) -> float:
    output.unlink(missing_ok=True)
    vnner = shutil.which("vnner") or "vnner"
    command = [vnner, "extract", "--input", str(source), "--output", str(output), "--workers", str(workers)]
    start = time.perf_counter()
    subprocess.run([*command, "--no-progress"], check=True, capture_output=True, env={**os.environ})
    return time.perf_counter() - start


def _compare(directory: Path, texts: list[str], count: int, rounds: int) -> dict[str, Any]:
    source = directory / f"docs{count}.jsonl"
    _write_input(source, texts, count)
    seconds: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for workers in (1, 2):
            seconds[workers].append(_run_cli(source, directory / f"out{workers}.jsonl", workers))
    same = (directory / "out1.jsonl").read_bytes() == (directory / "out2.jsonl").read_bytes()
    best = {w: min(s) for w, s in seconds.items()}
    return {
        "docs": count,
        "seconds": {str(w): [round(x, 3) for x in s] for w, s in seconds.items()},
        "docs_per_s_1_worker": round(count / best[1], 1),
        "docs_per_s_2_workers": round(count / best[2], 1),
        "speedup_2_over_1": ratio(best[1], best[2]),
        "same_output": same,
    }


def work_batch_workers(args: argparse.Namespace) -> dict[str, Any]:
    texts = load_texts(argparse.Namespace(**{**vars(args), "unit": "paragraph"}))
    rounds = 1 if args.quick else ROUNDS
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        many = _compare(directory, texts, FEW_DOCS if args.quick else DOCS, rounds)
        few = _compare(directory, texts, FEW_DOCS, rounds)
    return {
        "what": "vnner extract --input JSONL --workers 1 vs 2 (the CLI, start-up included; corpus paragraphs)",
        "cpus": os.cpu_count(),
        "many": many,
        "few": few,
        "workers_speedup": many["speedup_2_over_1"],
    }
