"""Speed and memory benchmark of vnner; prints ONE JSON object on stdout (progress on stderr).

    python scripts/bench.py                      # full run, a few minutes on 2 cores
    python scripts/bench.py --quick --arch tiny  # smoke run in seconds (the test uses it)

Workload: the corpus (`annotations/docs/*.jsonl`) cut into its sentences (`--unit paragraph`
keeps its paragraphs whole), each pass over all of them, the same passes for every configuration:

- `rules`: `extract_rules` (a); `default`: `extract()` with no arguments (b), whatever it is;
- `fp32`: a PhoBERT-base-shaped RobertaForTokenClassification (random weights, seeded) in vnner's
  `Tagger` with the project tokenizer (c); `int8`: the same after `quantize_dynamic` (d);
- `underthesea`: its `ner`, when the optional peer is installed.

Each configuration runs in a fresh subprocess, so its memory figures are its own:
`peak_rss_mib` is `resource.getrusage` ru_maxrss of that process (imports, model build and run);
`run_peak_rss_mib` is the RSS high-water mark of the timed passes alone (reset through
/proc/self/clear_refs just before them; null where the kernel refuses).

Rates come from the best pass (other load only ever adds time); median and worst are kept. The
fp32 rounds interleave end-to-end, bare-forward, one-at-a-time and matmul timings in one process,
so load from other processes hits the numbers that `overhead`, `batching_speedup` and
`efficiency` compare alike. `other_processes_cpu_share` (from /proc/stat) says how busy the
machine was. Repeated passes see the tagger's word-piece cache warm, as a long-running service would.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = "annotations/docs/*.jsonl"
SPLIT = "annotations/splits.json"
VNNER_TOKENS = "vnner tokens (vnner.tokens.tokenize units)"
PIECES = "PhoBERT sub-word tokens incl. <s> and </s>"
# RobertaConfig fields of PhoBERT-base; "tiny" keeps the shipped configs/phobert-tiny.yaml shape.
ARCHS: dict[str, dict[str, Any]] = {
    "base": {
        "num_hidden_layers": 12,
        "hidden_size": 768,
        "num_attention_heads": 12,
        "intermediate_size": 3072,
        "vocab_size": 64001,
        "max_position_embeddings": 258,
        "type_vocab_size": 1,
        "pad_token_id": 1,
    },
    "tiny": {},
}
TARGETS = {  # name: (comparison, threshold)
    "overhead": ("<=", 1.15),
    "efficiency": (">=", 0.65),
    "int8_speedup": (">=", 1.4),
    "batching_speedup": (">=", 1.5),
    "vs_underthesea": (">=", 10.0),
}


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- measuring helpers (run inside a worker) -------------------------------------------------


# A sentence ends at . ! ? or … followed by space and a capital letter or an opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“])")


def split_sentences(text: str) -> list[str]:
    """A corpus paragraph cut into sentences; a bench workload, not a sentence splitter for users."""
    return [sentence for sentence in SENTENCE_END.split(text) if sentence.strip()]


def load_texts(args: argparse.Namespace) -> list[str]:
    """The corpus in file order, as sentences (default) or whole paragraphs (--unit paragraph).

    With --sentences N, N of them spread over the corpus.
    """
    from vnner.corpus import load_records

    texts = [r.text for r in load_records(sorted(glob.glob(str(ROOT / CORPUS))))]
    if args.unit == "sentence":
        texts = [sentence for text in texts for sentence in split_sentences(text)]
    if args.sentences and args.sentences < len(texts):
        step = len(texts) / args.sentences
        texts = [texts[int(i * step)] for i in range(args.sentences)]
    return texts


def vnner_token_count(texts: list[str]) -> int:
    from vnner.tokens import tokenize

    return sum(len(tokenize(text)) for text in texts)


def _status_mib(key: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _maxrss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


class Memory:
    """Process peak RSS, plus the high-water mark of the timed part alone where Linux allows it."""

    def __init__(self) -> None:
        self.setup_peak = 0.0
        self.ready = None
        self.reset_ok = False

    def start_run(self) -> None:
        self.setup_peak = _maxrss_mib()
        self.ready = _status_mib("VmRSS")
        try:
            Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
            self.reset_ok = True
        except OSError:
            self.reset_ok = False

    def report(self) -> dict[str, Any]:
        run_peak = _status_mib("VmHWM") if self.reset_ok else None
        return {
            "peak_rss_mib": max(self.setup_peak, _maxrss_mib(), run_peak or 0.0),
            "run_peak_rss_mib": run_peak,
            "rss_before_run_mib": self.ready,
        }


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


def set_threads(args: argparse.Namespace) -> int:
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    return torch.get_num_threads()


# --- workers: each runs in its own subprocess and returns one JSON-able dict --------------------


def work_rules(args: argparse.Namespace) -> dict[str, Any]:
    """(a) the rule layer alone."""
    from vnner.pipeline import extract_rules

    texts = load_texts(args)
    for text in texts:  # warm-up: loads the YAML tables and gazetteers
        extract_rules(text)
    memory = Memory()
    memory.start_run()
    times = passes(lambda: [extract_rules(t) for t in texts], args.repeat, args.min_seconds)
    return {
        "what": "vnner.pipeline.extract_rules",
        **speed(times, len(texts), vnner_token_count(texts), VNNER_TOKENS),
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


def build_tagger(args: argparse.Namespace, batch_size: int):
    """A seeded random-weight model of `args.arch` shape in vnner's Tagger with the project tokenizer."""
    import torch
    from transformers import RobertaForTokenClassification

    from vnner.config import load_training_config
    from vnner.model.checkpoint import model_meta
    from vnner.model.tagger import Tagger
    from vnner.model.train import build

    config = load_training_config(ROOT / "configs" / "phobert-tiny.yaml")
    torch.manual_seed(args.seed)
    model, tokenizer = build(config)  # the tokenizer, labels and the shipped tiny shape
    if ARCHS[args.arch]:
        model.config.update(ARCHS[args.arch])
        torch.manual_seed(args.seed)
        model = RobertaForTokenClassification(model.config)
    model.eval()
    labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
    return Tagger(model, tokenizer, model_meta(config, labels), None, batch_size=batch_size, max_tokens=args.max_tokens)


def flop_per_token(model, mean_context: float) -> dict[str, float]:
    """Forward FLOP per token: 2 x Linear weights (embeddings are lookups) + attention scores/mixing."""
    import torch

    linear = sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))
    config = model.config
    attention = 4 * config.num_hidden_layers * config.hidden_size * mean_context  # QK^T and AV
    return {"linear": 2.0 * linear, "attention": attention, "total": 2.0 * linear + attention}


def capture_batches(tagger, texts: list[str]) -> list[dict]:
    """The exact padded tensors `predict` feeds the model, recorded by a forward pre-hook."""
    captured: list[dict] = []

    def hook(_module, positional, keywords):
        captured.append({**dict(zip(("input_ids", "attention_mask"), positional)), **keywords})

    handle = tagger.model.register_forward_pre_hook(hook, with_kwargs=True)
    try:
        tagger.predict(texts)
    finally:
        handle.remove()
    return captured


def breakdown_wrappers(tagger, totals: dict[str, float]) -> None:
    """Times Tagger stages by wrapping instance methods; parts the tagger lacks are just left out."""
    stages = {
        "segmentation": (tagger.encoder, "words"),
        "tokenization": (tagger.encoder, "chunks"),
        "forward_incl_padding_softmax": (tagger, "_forward"),
        "postprocessing": (tagger, "_entities"),
    }
    for name, (owner, attribute) in stages.items():
        method = getattr(owner, attribute, None)
        if method is None:
            continue

        def wrapper(*a, _method=method, _name=name, **k):
            began = time.perf_counter()
            try:
                return _method(*a, **k)
            finally:
                totals[_name] = totals.get(_name, 0.0) + time.perf_counter() - began

        setattr(owner, attribute, wrapper)


def work_model(args: argparse.Namespace, quantize: bool) -> dict[str, Any]:
    """(c)/(d): end-to-end `Tagger.predict` vs the bare model on the same batches (+ batch 1 for fp32)."""
    import torch

    threads = set_threads(args)
    texts = load_texts(args)
    tagger = build_tagger(args, args.batch_size)
    batches = capture_batches(tagger, texts)  # also the warm-up pass
    tokens = sum(int(b["attention_mask"].sum()) for b in batches)
    padded = sum(b["attention_mask"].numel() for b in batches)
    mean_context = sum(int(b["attention_mask"].sum()) * b["attention_mask"].shape[1] for b in batches) / tokens
    flop = flop_per_token(tagger.model, mean_context)
    parameters = sum(p.numel() for p in tagger.model.parameters())
    if quantize:
        tagger = tagger.quantized()
        tagger.predict(texts)  # warm-up of the quantized kernels
    single = None if quantize else one_at_a_time_tagger(tagger)

    def bare() -> None:
        with torch.inference_mode():
            for batch in batches:
                tagger.model(**batch)

    stage_totals: dict[str, float] = {}
    memory = Memory()
    memory.start_run()
    end_to_end, forward, one_by_one, matmul = [], [], [], []
    breakdown_wrappers(tagger, stage_totals)
    for round_ in range(args.repeat):
        log(f"{'int8' if quantize else 'fp32'} round {round_ + 1}/{args.repeat}")
        end_to_end.append(timed(lambda: tagger.predict(texts)))
        forward.append(timed(bare))
        if single is not None:
            one_by_one.append(timed(lambda: [single.predict([t]) for t in texts]))
            matmul += matmul_seconds(args.matmul_size, args.matmul_reps)
    memory_report = memory.report()
    result = {
        "what": f"{args.arch} RobertaForTokenClassification, random weights, {'int8 dynamic' if quantize else 'fp32'}"
        f", Tagger.predict(batch_size={args.batch_size}, max_tokens={args.max_tokens}, length-sorted, dynamic padding)",
        **speed(end_to_end, len(texts), tokens, PIECES),
        "bare_forward": {
            **speed(forward, len(texts), tokens, PIECES),
            "batches": len(batches),
            "padded_tokens": padded,
            "padding_fraction": round(1 - tokens / padded, 4),
        },
        "overhead": ratio(min(t[0] for t in end_to_end), min(t[0] for t in forward)),
        "breakdown_s_per_pass": {k: round(v / args.repeat, 4) for k, v in stage_totals.items()},
        "flop_per_token": {k: round(v) for k, v in flop.items()},
        "mean_context": round(mean_context, 1),
        "torch_threads": threads,
        "torch_version": torch.__version__,
        "parameters": parameters,
        **memory_report,
    }
    if single is not None:
        result["one_at_a_time"] = speed(one_by_one, len(texts), tokens, PIECES)
        result["matmul"] = matmul_report(matmul, args.matmul_size, threads)
    return result


def one_at_a_time_tagger(tagger):
    """The same model in a Tagger of batch size 1, for one-sentence-per-call use."""
    from vnner.model.tagger import Tagger

    return Tagger(tagger.model, tagger.tokenizer, tagger.meta, None, batch_size=1)


def work_fp32(args: argparse.Namespace) -> dict[str, Any]:
    return work_model(args, quantize=False)


def work_int8(args: argparse.Namespace) -> dict[str, Any]:
    return work_model(args, quantize=True)


def matmul_seconds(n: int, reps: int) -> list[float]:
    """Wall seconds of `reps` float32 n x n matmuls (after one warm-up), at the current thread count."""
    import torch

    a, b = torch.randn(n, n), torch.randn(n, n)
    a @ b
    return [timed(lambda: a @ b)[0] for _ in range(reps)]


def matmul_report(seconds: list[float], n: int, threads: int) -> dict[str, Any]:
    flop = 2.0 * n**3
    return {
        "what": f"float32 {n}x{n} matmul, interleaved with the fp32 rounds in the same process",
        "reps": len(seconds),
        "gflop_per_s": round(flop / min(seconds) / 1e9, 1),
        "gflop_per_s_median": round(flop / statistics.median(seconds) / 1e9, 1),
        "torch_threads": threads,
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


def work_f1(args: argparse.Namespace) -> dict[str, Any]:
    """Dev-split F1 of a trained vnner model, fp32 vs int8 dynamic quantization, model alone and merged."""
    from vnner.corpus import Record, load_records
    from vnner.evaluate import score
    from vnner.model.tagger import Tagger
    from vnner.pipeline import extract_rules
    from vnner.splits import load_split, split_records

    set_threads(args)
    records = load_records(sorted(glob.glob(str(ROOT / CORPUS))))
    dev = split_records(records, load_split(ROOT / SPLIT))["dev"]
    if args.sentences:
        dev = dev[: args.sentences]
    texts = [r.text for r in dev]
    rules = [extract_rules(t) for t in texts]
    tagger = Tagger.from_pretrained(args.model_dir)
    try:
        from vnner.hybrid import merge
    except ImportError:
        merge = None

    def evaluate() -> dict[str, Any]:
        tagger.predict(texts[:2])
        seconds = timed(lambda: tagger.predict(texts))[0]
        found = tagger.predict(texts)
        result = {
            "model_f1": score(dev, [Record(r.id, r.text, e) for r, e in zip(dev, found)]).micro["f1"],
            "sentences_per_s": round(len(texts) / seconds, 2),  # one pass: indicative only
        }
        if merge is not None:
            merged = [Record(r.id, r.text, merge(e, x)) for r, e, x in zip(dev, found, rules)]
            result["merged_with_rules_f1"] = score(dev, merged).micro["f1"]
        return result

    fp32 = evaluate()
    tagger = tagger.quantized()
    int8 = evaluate()
    delta = round(fp32["model_f1"] - int8["model_f1"], 4)
    train_on = tagger.meta.get("trained_with", {}).get("data", {}).get("train_on")
    return {
        "model": str(args.model_dir),
        "split": "dev",
        "sentences": len(dev),
        "model_trained_on": train_on,
        "note": "the model saw the dev split in training: F1s measure quantization fidelity, not generalization"
        if train_on == "all"
        else "dev split held out in training",
        "fp32": fp32,
        "int8": int8,
        "f1_loss": delta,
        "within_0.005": delta <= 0.005,
        "int8_speedup": ratio(int8["sentences_per_s"], fp32["sentences_per_s"]),
    }


WORKERS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "rules": work_rules,
    "default": work_default,
    "fp32": work_fp32,
    "int8": work_int8,
    "underthesea": work_underthesea,
    "f1": work_f1,
}


# --- orchestration ------------------------------------------------------------------------------


def busy_cpu_seconds() -> float | None:
    """CPU seconds all processes have spent since boot (/proc/stat), for the contention estimate."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # minus idle, iowait


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_worker(name: str, argv: list[str], timeout: float) -> tuple[dict[str, Any] | None, str | None]:
    """(result, None) or (None, why): one configuration in a fresh interpreter."""
    log(f"running {name}")
    busy, own = busy_cpu_seconds(), children_cpu_seconds()
    began = time.perf_counter()
    command = [sys.executable, str(Path(__file__).resolve()), *argv, "--worker", name]
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=None, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s"
    wall = time.perf_counter() - began
    if done.returncode != 0:
        return None, f"worker failed with exit code {done.returncode} (see stderr)"
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return None, "worker printed no JSON"
    result["process_wall_s"] = round(wall, 2)
    busy_after = busy_cpu_seconds()
    if busy is not None and busy_after is not None:
        others = busy_after - busy - (children_cpu_seconds() - own)
        result["other_processes_cpu_share"] = round(min(1.0, max(0.0, others / (wall * (os.cpu_count() or 1)))), 3)
    log(f"{name} done in {wall:.1f} s")
    return result, None


def machine_info() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def target_block(ratios: dict[str, float | None]) -> dict[str, Any]:
    block = {}
    for name, (comparison, threshold) in TARGETS.items():
        value = ratios.get(name)
        passed = None if value is None else (value <= threshold if comparison == "<=" else value >= threshold)
        block[name] = {"value": value, "target": f"{comparison} {threshold}", "pass": passed}
    return block


def orchestrate(args: argparse.Namespace, argv: list[str]) -> dict[str, Any]:
    started = time.perf_counter()
    machine = machine_info()
    plan = ["rules", "default"]
    skipped: dict[str, str] = {}
    if args.skip_base:
        skipped.update(fp32="--skip-base", int8="--skip-base", matmul="--skip-base (measured in the fp32 process)")
    else:
        plan += ["fp32", "int8"]
    if args.skip_underthesea:
        skipped["underthesea"] = "--skip-underthesea"
    elif importlib.util.find_spec("underthesea") is None:
        skipped["underthesea"] = "not installed (optional: pip install underthesea, extra `bench`)"
    else:
        plan.append("underthesea")
    if args.skip_f1:
        skipped["quantization_f1"] = "--skip-f1"
    elif not Path(args.model_dir).is_dir():
        skipped["quantization_f1"] = f"no trained model at {args.model_dir} (F1 of random weights is meaningless)"
    else:
        plan.append("f1")

    results: dict[str, Any] = {}
    for name in plan:
        result, why = run_worker(name, argv, args.timeout)
        results[name] = result
        if why:
            skipped[name] = why
    get = results.get

    def value(config: str, *path: str) -> float | None:
        node = get(config)
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        return node

    fp32_bare = value("fp32", "bare_forward", "tokens_per_s")
    flop = value("fp32", "flop_per_token", "total")
    matmul = value("fp32", "matmul", "gflop_per_s")
    ratios = {
        "overhead": value("fp32", "overhead"),
        "efficiency": ratio(fp32_bare * flop if fp32_bare and flop else None, matmul * 1e9 if matmul else None),
        "int8_speedup": ratio(value("int8", "tokens_per_s"), value("fp32", "tokens_per_s")),
        "batching_speedup": ratio(value("fp32", "sentences_per_s"), value("fp32", "one_at_a_time", "sentences_per_s")),
        "vs_underthesea": ratio(value("default", "sentences_per_s"), value("underthesea", "sentences_per_s")),
        "rules_vs_underthesea": ratio(value("rules", "sentences_per_s"), value("underthesea", "sentences_per_s")),
        # single-threaded code on CPU seconds: what vs_underthesea would be on an idle machine
        "vs_underthesea_cpu_time": ratio(
            value("underthesea", "cpu_seconds_per_pass"), value("default", "cpu_seconds_per_pass")
        ),
    }
    shares = [r["other_processes_cpu_share"] for r in results.values() if r and "other_processes_cpu_share" in r]
    contention = {
        "max_other_processes_cpu_share": max(shares, default=None),
        "warning": "other processes used over 10% of the CPUs during a configuration: absolute rates are low "
        "and ratios across processes are noisy; rerun on an idle machine"
        if shares and max(shares) > 0.1
        else None,
    }
    machine.update(
        torch_threads=value("fp32", "torch_threads") or value("int8", "torch_threads"),
        torch_version=value("fp32", "torch_version") or value("int8", "torch_version"),
        load_average_at_end=[round(x, 2) for x in os.getloadavg()],
    )
    first = get("rules") or get("default") or {}
    return {
        "benchmark": "vnner scripts/bench.py",
        "workload": {
            "corpus": CORPUS,
            "unit": args.unit,
            "sentences": first.get("sentences"),
            "vnner_tokens": first.get("tokens"),
            "phobert_tokens": value("fp32", "tokens") or value("int8", "tokens"),
            "repeat": args.repeat,
            "min_seconds_fast_configs": args.min_seconds,
            "quick": args.quick,
            "arch": args.arch,
            "batch_size": args.batch_size,
            "max_tokens": args.max_tokens,
            "seed": args.seed,
        },
        "machine": machine,
        "memory_method": "fresh subprocess per configuration; peak_rss_mib = getrusage ru_maxrss (whole process), "
        "run_peak_rss_mib = VmHWM of the timed passes after /proc/self/clear_refs reset",
        "configs": {name: get(name) for name in ("rules", "default", "fp32", "int8", "underthesea")},
        "matmul": value("fp32", "matmul"),
        "ratios": ratios,
        "contention": contention,
        "targets": target_block(ratios),
        "quantization_f1": get("f1"),
        "skipped": skipped,
        "total_wall_s": round(time.perf_counter() - started, 1),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
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
    parser.add_argument("--model-dir", default=str(ROOT / "vnner" / "default_model"), help="trained model for F1")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per configuration")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.repeat = args.repeat or (1 if args.quick else 2)
    args.sentences = args.sentences or (8 if args.quick else None)
    args.min_seconds = args.min_seconds if args.min_seconds is not None else (0.0 if args.quick else 3.0)
    args.matmul_size, args.matmul_reps = (1024, 3) if args.quick else (2048, 5)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args)), flush=True)
        return 0
    print(json.dumps(orchestrate(args, argv), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
