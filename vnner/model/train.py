"""Fine-tunes (or trains from scratch) a PhoBERT token classifier with the HF `Trainer`.

Library paths on purpose: `datasets.map` encodes, `DataCollatorForTokenClassification` pads,
`Trainer` runs the loop, so `torchrun --nproc_per_node=N scripts/train.py ...` needs no change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vnner.bio import TAGS, to_dataset
from vnner.config import ConfigError, TrainingConfig, corpus_paths, load_training_config, local_path
from vnner.corpus import Record, load_records
from vnner.model.augment import augment
from vnner.model.checkpoint import META_FILE, model_meta, write_meta
from vnner.model.encode import IGNORE, Encoder
from vnner.model.errors import ModelError, require_model_extra
from vnner.model.segment import get_segmenter
from vnner.splits import load_split, split_records

LABEL2ID = {tag: i for i, tag in enumerate(TAGS)}
ID2LABEL = dict(enumerate(TAGS))


def build(config: TrainingConfig):
    """(model, tokenizer): a pretrained checkpoint with a fresh head, or a new small PhoBERT."""
    from transformers import (
        AutoModelForTokenClassification,
        AutoTokenizer,
        PhobertTokenizer,
        RobertaConfig,
        RobertaForTokenClassification,
    )

    labels = {"num_labels": len(TAGS), "id2label": ID2LABEL, "label2id": LABEL2ID}
    if config.model.pretrained:
        name = local_path(config.model.pretrained)
        tokenizer = AutoTokenizer.from_pretrained(name)
        return AutoModelForTokenClassification.from_pretrained(name, **labels), tokenizer
    directory = Path(local_path(config.model.tokenizer))
    tokenizer = PhobertTokenizer(str(directory / "vocab.txt"), str(directory / "bpe.codes"))
    architecture = {
        "max_position_embeddings": config.max_length + 2,  # RoBERTa positions start after pad id 1
        "type_vocab_size": 1,
        "pad_token_id": 1,
        "bos_token_id": 0,
        "eos_token_id": 2,
        **config.model.architecture,
    }
    model_config = RobertaConfig(
        vocab_size=len(tokenizer), tokenizer_class="PhobertTokenizer", **architecture, **labels
    )
    return RobertaForTokenClassification(model_config), tokenizer


def encoder_for(config: TrainingConfig, tokenizer) -> Encoder:
    segmenter = get_segmenter(config.segmenter)
    return Encoder(tokenizer, segmenter, config.tone_style, config.max_length, config.overlap)


def encode(encoder: Encoder, records: Sequence[Record]):
    """Records to windowed `input_ids`/`labels` rows (one row per window)."""
    dataset = to_dataset(records)
    fingerprint = hashlib.sha1("".join(r.id + r.text for r in records).encode()).hexdigest()
    return dataset.map(
        encoder.training_rows,
        batched=True,
        remove_columns=dataset.column_names,
        fn_kwargs={"tag_names": TAGS},
        new_fingerprint=f"{fingerprint}-{encoder.segmenter.name}-{encoder.budget}-{encoder.overlap}",
    )


def _metrics(prediction) -> dict[str, float]:
    """run_ner.py-style seqeval scores over words (first pieces), for monitoring only."""
    from seqeval.metrics import f1_score, precision_score, recall_score

    gold, predicted = [], []
    for logits, labels in zip(prediction.predictions.argmax(-1), prediction.label_ids):
        keep = labels != IGNORE
        gold.append([TAGS[i] for i in labels[keep]])
        predicted.append([TAGS[i] for i in logits[keep]])
    return {
        "precision": precision_score(gold, predicted, zero_division=0),
        "recall": recall_score(gold, predicted, zero_division=0),
        "f1": f1_score(gold, predicted, zero_division=0),
    }


def train(
    config: TrainingConfig,
    train_records: Sequence[Record],
    output_dir: str | Path,
    eval_records: Sequence[Record] = (),
) -> dict[str, Any]:
    """Trains and saves a vnner model directory; returns the training (and eval) metrics."""
    from transformers import DataCollatorForTokenClassification, Trainer, TrainingArguments, set_seed

    check_output_dir(output_dir)
    check_training_options(config.training, TrainingArguments)
    seed = int(config.training.get("seed", 42))
    set_seed(seed)
    model, tokenizer = build(config)
    encoder = encoder_for(config, tokenizer)
    records = list(train_records)
    if config.augment.enabled:
        records += augment(records, config.augment.copies, config.augment.seed)
    train_set = encode(encoder, records)
    eval_set = encode(encoder, eval_records) if eval_records else None
    with tempfile.TemporaryDirectory(prefix="vnner-train-") as scratch:
        settings = {"save_strategy": "no", "report_to": "none", "seed": seed, **config.training}
        if eval_set is not None:
            settings.setdefault("eval_strategy", "epoch")
        try:
            arguments = TrainingArguments(output_dir=scratch, **settings)
        except (TypeError, ValueError) as error:  # a value transformers rejects, e.g. fp16 without a GPU
            raise ConfigError(f"training: {str(error).strip().splitlines()[0]}") from None
        trainer = Trainer(
            model=model,
            args=arguments,
            train_dataset=train_set,
            eval_dataset=eval_set,
            data_collator=DataCollatorForTokenClassification(tokenizer),
            processing_class=tokenizer,
            compute_metrics=_metrics if eval_set is not None else None,
        )
        metrics: dict[str, Any] = dict(trainer.train().metrics)
        if eval_set is not None:
            metrics.update(trainer.evaluate())
        if trainer.is_world_process_zero():
            save(trainer, config, output_dir)
    return metrics


def check_training_options(training: dict[str, Any], arguments_class) -> None:
    """Refuses, before any work, a `training.*` key that `TrainingArguments` does not have."""
    if "output_dir" in training:
        raise ConfigError("training.output_dir: not a config option; give the model directory with --output")
    known = {field.name for field in dataclasses.fields(arguments_class) if field.init}
    unknown = sorted(set(training) - known)
    if unknown:
        raise ConfigError(f"training.{unknown[0]}: not a transformers TrainingArguments option")


def check_output_dir(output_dir: str | Path) -> None:
    """Refuses, before any training, to replace a directory that is not a vnner model."""
    output = Path(output_dir)
    if output.exists() and (not output.is_dir() or (any(output.iterdir()) and not (output / META_FILE).is_file())):
        raise ModelError(f"{output}: exists and is not a vnner model directory; choose another --output")


def save(trainer, config: TrainingConfig, output_dir: str | Path) -> None:
    output = Path(output_dir)
    check_output_dir(output)
    if output.exists():
        shutil.rmtree(output)
    trainer.save_model(str(output))
    (output / "training_args.bin").unlink(missing_ok=True)  # a pickle nobody needs to load
    write_meta(output, {**model_meta(config, TAGS), "trained_with": dataclasses.asdict(config)})


def corpus_records(config: TrainingConfig) -> tuple[list[Record], list[Record]]:
    """(training records, dev records) as the config's `data` section selects them."""
    data = config.data
    paths = corpus_paths(data.corpus)
    if not paths:
        raise ConfigError(f"data.corpus {data.corpus!r} matches no files")
    records = load_records(paths)
    if data.train_on == "all":
        return records, []
    parts = split_records(records, load_split(local_path(data.split)))
    return parts["train"], parts["dev"]


def train_from_config(path: str | Path, output_dir: str | Path, overrides: Sequence[str] = ()) -> dict[str, Any]:
    """What `scripts/train.py` and `vnner train` run: config file in, model directory out."""
    require_model_extra("training", training=True)
    config = load_training_config(path, overrides)
    train_records, dev_records = corpus_records(config)
    return train(config, train_records, output_dir, dev_records)
