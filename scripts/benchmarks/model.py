"""The fp32 and int8 configurations: a PhoBERT-shaped random-weight model in vnner's Tagger.

One process interleaves end-to-end `Tagger.predict`, the bare model on the same batches, batch-1
prediction and a matmul, round by round, so load from other processes hits what `overhead`,
`batching_speedup` and `efficiency` compare alike.
"""

from __future__ import annotations

import argparse
import statistics
import time
from contextlib import contextmanager
from typing import Any

from benchmarks.log import log
from benchmarks.measure import ratio, speed, timed
from benchmarks.memory import Memory
from benchmarks.workload import PIECES, ROOT, load_texts

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
# Tagger stage -> key in breakdown_s_per_pass (the report's names predate the hook).
BREAKDOWN_KEYS = {"forward": "forward_incl_padding_softmax"}


def set_threads(args: argparse.Namespace) -> int:
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    return torch.get_num_threads()


def build_tagger(args: argparse.Namespace):
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
    meta = model_meta(config, labels)
    return Tagger(model, tokenizer, meta, None, batch_size=args.batch_size, max_tokens=args.max_tokens)


def one_at_a_time_tagger(tagger):
    """The same model in a Tagger of batch size 1, for one-sentence-per-call use."""
    from vnner.model.tagger import Tagger

    return Tagger(tagger.model, tagger.tokenizer, tagger.meta, None, batch_size=1)


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


class StageTimes:
    """A `Tagger.timer`: wall seconds summed per stage over every `predict` call."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str):
        began = time.perf_counter()
        try:
            yield
        finally:
            self.totals[stage] = self.totals.get(stage, 0.0) + time.perf_counter() - began

    def per_pass(self, passes: int) -> dict[str, float]:
        return {BREAKDOWN_KEYS.get(k, k): round(v / passes, 4) for k, v in self.totals.items()}


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


def work_model(args: argparse.Namespace, quantize: bool) -> dict[str, Any]:
    """(c)/(d): end-to-end `Tagger.predict` vs the bare model on the same batches (+ batch 1 for fp32)."""
    import torch

    threads = set_threads(args)
    texts = load_texts(args)
    tagger = build_tagger(args)
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

    stages = StageTimes()
    tagger.timer = stages  # times the end-to-end passes only: `single` keeps the no-op
    memory = Memory()
    memory.start_run()
    end_to_end, forward, one_by_one, matmul = [], [], [], []
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
        "breakdown_s_per_pass": stages.per_pass(args.repeat),
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
