"""The whole run: which configurations run (each in a fresh process) and the one JSON report."""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path
from typing import Any

from benchmarks import baseline
from benchmarks.machine import load_average, machine_info
from benchmarks.memory import METHOD
from benchmarks.subprocesses import run_worker
from benchmarks.targets import lookup, ratios, target_block
from benchmarks.workload import CORPUS, load_texts

CONFIGS = ("rules", "default", "fp32", "int8", "underthesea")


def plan(args: argparse.Namespace) -> tuple[list[str], dict[str, str]]:
    """(workers to run in order, {left out: why})."""
    workers = ["rules", "default"]
    skipped: dict[str, str] = {}
    if args.skip_base:
        skipped.update(fp32="--skip-base", int8="--skip-base", matmul="--skip-base (measured in the fp32 process)")
    else:
        workers += ["fp32", "int8"]
    if args.skip_underthesea:
        skipped["underthesea"] = "--skip-underthesea"
    elif importlib.util.find_spec("underthesea") is None:
        skipped["underthesea"] = "not installed (optional: pip install underthesea, extra `bench`)"
    else:
        workers.append("underthesea")
    if args.skip_f1:
        skipped["quantization_f1"] = "--skip-f1"
    elif not Path(args.model_dir).is_dir():
        skipped["quantization_f1"] = f"no trained model at {args.model_dir} (F1 of random weights is meaningless)"
    else:
        workers.append("f1")
    if not args.baseline_rev:
        skipped["baseline"] = "no --baseline-rev"
    if args.skip_scaling:
        skipped["scaling"] = "--skip-scaling"
    else:
        workers.append("scaling")
    if args.skip_workers:
        skipped["batch_workers"] = "--skip-workers"
    else:
        workers.append("batch_workers")
    return workers, skipped


def orchestrate(args: argparse.Namespace, argv: list[str]) -> dict[str, Any]:
    """The report; raises baseline.BaselineError before running anything if --baseline-rev names no commit."""
    started = time.perf_counter()
    commit = baseline.resolve(args.baseline_rev) if args.baseline_rev else None
    machine = machine_info()
    workers, skipped = plan(args)
    results: dict[str, Any] = {}
    for name in workers:
        results[name], why = run_worker(name, argv, args.timeout)
        if why:
            skipped[name] = why
    comparison = None
    if commit:
        try:
            comparison = baseline.compare(args, commit, load_texts(args))
        except baseline.BaselineError as error:
            skipped["baseline"] = str(error)
    values = ratios(results, comparison)
    shares = [r["other_processes_cpu_share"] for r in (*results.values(), comparison) if r]
    shares = [s for s in shares if s is not None]
    contention = {
        "max_other_processes_cpu_share": max(shares, default=None),
        "warning": "other processes used over 10% of the CPUs during a configuration: absolute rates are low "
        "and ratios across processes are noisy; rerun on an idle machine"
        if shares and max(shares) > 0.1
        else None,
    }

    def model_value(key: str) -> Any:
        return lookup(results, "fp32", key) or lookup(results, "int8", key)

    machine.update(
        torch_threads=model_value("torch_threads"),
        torch_version=model_value("torch_version"),
        load_average_at_end=load_average(),
    )
    first = results.get("rules") or results.get("default") or {}
    return {
        "benchmark": "vnner scripts/bench.py",
        "workload": {
            "corpus": CORPUS,
            "unit": args.unit,
            "sentences": first.get("sentences"),
            "vnner_tokens": first.get("tokens"),
            "phobert_tokens": model_value("tokens"),
            "repeat": args.repeat,
            "min_seconds_fast_configs": args.min_seconds,
            "quick": args.quick,
            "arch": args.arch,
            "batch_size": args.batch_size,
            "max_tokens": args.max_tokens,
            "seed": args.seed,
        },
        "machine": machine,
        "memory_method": METHOD,
        "configs": {name: results.get(name) for name in CONFIGS},
        "matmul": lookup(results, "fp32", "matmul"),
        "ratios": values,
        "contention": contention,
        "targets": target_block(values),
        "quantization_f1": results.get("f1"),
        "scaling": results.get("scaling"),
        "batch_workers": results.get("batch_workers"),
        "baseline": comparison,
        "skipped": skipped,
        "total_wall_s": round(time.perf_counter() - started, 1),
    }
