"""The configurations, each run by `bench.py --worker NAME` in its own process; each returns one JSON-able dict."""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from benchmarks.batch_workers import work_batch_workers
from benchmarks.measure import passes, speed, timed
from benchmarks.memory import Memory
from benchmarks.model import work_model
from benchmarks.quantization_f1 import work_f1
from benchmarks.scaling import work_scaling
from benchmarks.workload import ROOT, VNNER_TOKENS, load_texts, vnner_token_count


def work_rules(args: argparse.Namespace) -> dict[str, Any]:
    """(a) the rule layer alone."""
    from vnner.pipeline import extract_rules

    texts = load_texts(args)
    for text in texts:  # warm-up: loads the YAML tables and gazetteers
        extract_rules(text)
    memory = Memory()
    memory.start_run()
    times = passes(lambda: [extract_rules(t) for t in texts], args.repeat, args.min_seconds)
    word = re.compile(r"\w+")  # the yardstick: a plain regex pass over the same texts, same process
    regex = passes(lambda: [sum(1 for _ in word.finditer(t)) for t in texts], args.repeat, args.min_seconds)
    chars, best, best_regex = sum(map(len, texts)), min(t[0] for t in times), min(t[0] for t in regex)
    return {
        "what": "vnner.pipeline.extract_rules",
        **speed(times, len(texts), vnner_token_count(texts), VNNER_TOKENS),
        "chars_per_s": round(chars / best),
        "regex_chars_per_s": round(chars / best_regex),
        "vs_regex": round(best_regex / best, 4),
        **memory.report(),
    }


def work_default(args: argparse.Namespace) -> dict[str, Any]:
    """(b) `extract(text)` with no arguments, and what it turned out to run."""
    from vnner import extract
    from vnner.pipeline import extract_rules

    texts = load_texts(args)
    first_call = timed(lambda: extract(texts[0]))[0]
    found = [extract(t) for t in texts]
    model_entities = sum(e.source == "model" for entities in found for e in entities)
    same_as_rules = all(a == b for a, b in zip(found, (extract_rules(t) for t in texts)))
    if model_entities == 0 and same_as_rules:
        what = "rules only: extract() gave exactly extract_rules()'s entities on every sentence, none from a model"
    else:
        what = f"rules + model: {model_entities} model entities on {len(texts)} sentences"
    memory = Memory()
    memory.start_run()
    times = passes(lambda: [extract(t) for t in texts], args.repeat, args.min_seconds)
    return {
        "what": what,
        "uses_model": model_entities > 0 or not same_as_rules,
        "default_model_dir_exists": (ROOT / "vnner" / "default_model").is_dir(),
        "first_call_s": round(first_call, 3),
        **speed(times, len(texts), vnner_token_count(texts), VNNER_TOKENS),
        **memory.report(),
    }


def work_underthesea(args: argparse.Namespace) -> dict[str, Any]:
    """The peer: underthesea's bundled CRF `ner` on the same sentences."""
    began = time.perf_counter()
    import underthesea

    texts = load_texts(args)
    underthesea.ner(texts[0])
    startup = time.perf_counter() - began
    memory = Memory()
    memory.start_run()
    times = passes(lambda: [underthesea.ner(t) for t in texts], args.repeat, args.min_seconds)
    return {
        "what": f"underthesea {getattr(underthesea, '__version__', '?')} ner (CRF, deep=False)",
        "startup_s": round(startup, 2),
        **speed(times, len(texts), vnner_token_count(texts), VNNER_TOKENS),
        **memory.report(),
    }


WORKERS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "rules": work_rules,
    "default": work_default,
    "fp32": partial(work_model, quantize=False),
    "int8": partial(work_model, quantize=True),
    "underthesea": work_underthesea,
    "f1": work_f1,
    "scaling": work_scaling,
    "batch_workers": work_batch_workers,
}
