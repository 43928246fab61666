"""The flags of `scripts/bench.py` and its `main`: one worker (internal `--worker NAME`) or the whole run."""

from __future__ import annotations

import argparse
import json
import os
import sys

from benchmarks.baseline import BaselineError
from benchmarks.model import ARCHS
from benchmarks.orchestrate import orchestrate
from benchmarks.workers import WORKERS
from benchmarks.workload import ROOT


def parse_args(argv: list[str], description: str | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="8 sentences, 1 pass, small matmul: a smoke run")
    parser.add_argument("--repeat", type=int, default=None, help="passes per configuration (default 2; quick 1)")
    parser.add_argument("--sentences", type=int, default=None, help="use N corpus sentences (default all; quick 8)")
    parser.add_argument(
        "--unit", choices=("sentence", "paragraph"), default="sentence", help="workload items (default sentence)"
    )
    parser.add_argument("--min-seconds", type=float, default=None, help="least timed seconds of fast configs (3)")
    parser.add_argument("--arch", choices=sorted(ARCHS), default="base", help="model shape for (c)/(d)")
    parser.add_argument("--batch-size", type=int, default=64, help="most inputs per model batch")
    parser.add_argument("--max-tokens", type=int, default=1024, help="most padded tokens per model batch")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's own choice)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-base", action="store_true", help="skip (c) and (d)")
    parser.add_argument("--skip-underthesea", action="store_true")
    parser.add_argument("--skip-f1", action="store_true", help="skip the quantization F1 check")
    parser.add_argument("--skip-scaling", action="store_true", help="skip extract on one 10 KB..4 MB text")
    parser.add_argument("--skip-workers", action="store_true", help="skip the CLI batch with 1 vs 2 workers")
    parser.add_argument("--model-dir", default=str(ROOT / "vnner" / "default_model"), help="trained model for F1")
    parser.add_argument(
        "--baseline-rev",
        metavar="REV",
        help="also time the rules (extract(text, model=None)) in a temporary git worktree of REV against this "
        "tree, interleaved in this run: rules_vs_baseline",
    )
    parser.add_argument(
        "--baseline-rounds", type=int, default=None, help="alternating current/baseline rounds (default 5; quick 3)"
    )
    parser.add_argument("--timeout", type=float, default=900, help="seconds per configuration")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.repeat = args.repeat or (1 if args.quick else 2)
    args.sentences = args.sentences or (8 if args.quick else None)
    args.min_seconds = args.min_seconds if args.min_seconds is not None else (0.0 if args.quick else 3.0)
    args.matmul_size, args.matmul_reps = (1024, 3) if args.quick else (2048, 5)
    args.baseline_rounds = args.baseline_rounds or (3 if args.quick else 5)
    return args


def main(argv: list[str] | None = None, description: str | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv, description)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args)), flush=True)
        return 0
    try:
        report = orchestrate(args, argv)
    except BaselineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0
