"""Leave-one-document-out cross-validation: rules only vs model only vs model + rules.

    python scripts/cross_validate.py [configs/phobert-tiny.yaml] [--json cv.json] [overrides]

Each fold trains the config's model on all other documents (augmentation, if enabled, on
those only) and predicts the held-out one. Predictions of all folds are pooled and scored
strictly (seqeval, IOB2, exact span and label) with `vnner.evaluate.score`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnner.config import ConfigError, TrainingConfig, corpus_paths, load_training_config  # noqa: E402
from vnner.corpus import CorpusError, Record, load_records  # noqa: E402
from vnner.evaluate import score  # noqa: E402
from vnner.hybrid import merge  # noqa: E402
from vnner.model import ModelError, Tagger  # noqa: E402
from vnner.model.train import train  # noqa: E402
from vnner.pipeline import extract_rules  # noqa: E402
from vnner.splits import leave_one_document_out  # noqa: E402

SYSTEMS = ("rules", "model", "model+rules")


def cross_validate(config: TrainingConfig, records: list[Record], keep: Path | None = None) -> dict:
    """Pooled held-out predictions of every system, their scores, and timing per fold."""
    predicted: dict[str, list[Record]] = {name: [] for name in SYSTEMS}
    folds = []
    for held_out, train_records, test_records in leave_one_document_out(records):
        with tempfile.TemporaryDirectory(prefix="vnner-cv-") as scratch:
            started = time.perf_counter()
            metrics = train(config, train_records, scratch)
            model_entities = Tagger.from_pretrained(scratch).predict([r.text for r in test_records])
        epochs = float(metrics.get("epoch", 1)) or 1.0
        folds.append(
            {
                "document": held_out,
                "seconds": round(time.perf_counter() - started, 1),
                "train_seconds_per_epoch": round(metrics["train_runtime"] / epochs, 2),
            }
        )
        print(json.dumps(folds[-1]), file=sys.stderr)
        for record, found in zip(test_records, model_entities):
            rules = extract_rules(record.text)
            for name, entities in zip(SYSTEMS, (rules, found, merge(found, rules))):
                predicted[name].append(Record(record.id, record.text, entities, record.meta))
    if keep:
        dump = {n: [[e.to_dict() for e in r.entities] for r in recs] for n, recs in predicted.items()}
        keep.write_text(json.dumps({"ids": [r.id for r in predicted["model"]], **dump}, ensure_ascii=False))
    reports = {name: score(records, predicted[name]).to_dict() for name in SYSTEMS}
    return {"folds": folds, "reports": reports}


def table(reports: dict) -> str:
    labels = [*next(iter(reports.values()))["labels"], "micro avg"]
    lines = [f"{'label':<10}{'support':>8}" + "".join(f"{name + ' F1':>15}" for name in SYSTEMS)]
    for label in labels:
        rows = [r["micro"] if label == "micro avg" else r["labels"][label] for r in reports.values()]
        lines.append(f"{label:<10}{rows[0]['support']:>8}" + "".join(f"{row['f1']:>15.4f}" for row in rows))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config", nargs="?", default=str(ROOT / "configs/phobert-tiny.yaml"))
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument("--keep-predictions", type=Path, help="write pooled predictions here (for policy study)")
    parser.add_argument("overrides", nargs="*", help="config overrides such as training.num_train_epochs=20")
    args = parser.parse_intermixed_args(argv)
    try:
        config = load_training_config(args.config, args.overrides)
        records = load_records(corpus_paths(config.data.corpus))
        if len({r.document for r in records}) < 2:
            raise CorpusError(f"{config.data.corpus}: leave-one-document-out needs records of 2+ documents")
        result = cross_validate(config, records, args.keep_predictions)
    except (ConfigError, CorpusError, ModelError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(table(result["reports"]))
    print(json.dumps(result, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
