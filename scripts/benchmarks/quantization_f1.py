"""Dev-split F1 of a trained vnner model, fp32 vs int8 dynamic quantization, model alone and merged."""

from __future__ import annotations

import argparse
from typing import Any

from benchmarks.measure import ratio, timed
from benchmarks.model import set_threads
from benchmarks.workload import ROOT, SPLIT, corpus_files


def work_f1(args: argparse.Namespace) -> dict[str, Any]:
    from vnner.corpus import Record, load_records
    from vnner.evaluate import score
    from vnner.hybrid import merge
    from vnner.model.tagger import Tagger
    from vnner.pipeline import extract_rules
    from vnner.splits import load_split, split_records

    set_threads(args)
    dev = split_records(load_records(corpus_files()), load_split(ROOT / SPLIT))["dev"]
    if args.sentences:
        dev = dev[: args.sentences]
    texts = [r.text for r in dev]
    rules = [extract_rules(t) for t in texts]
    tagger = Tagger.from_pretrained(args.model_dir)

    def evaluate() -> dict[str, Any]:
        tagger.predict(texts[:2])
        seconds = timed(lambda: tagger.predict(texts))[0]
        found = tagger.predict(texts)
        merged = [Record(r.id, r.text, merge(e, x)) for r, e, x in zip(dev, found, rules)]
        return {
            "model_f1": score(dev, [Record(r.id, r.text, e) for r, e in zip(dev, found)]).micro["f1"],
            "merged_with_rules_f1": score(dev, merged).micro["f1"],
            "sentences_per_s": round(len(texts) / seconds, 2),  # one pass: indicative only
        }

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
