"""A vnner model directory: HF `save_pretrained` output plus `vnner.json`, checked on load.

`vnner.json` holds what the weights alone do not say: the tag list, the segmenter and tone
style the model was trained on, and the window size. A directory missing any part, or whose
parts disagree, fails with a one-line `ModelError` naming the path and the problem.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnner.model.errors import ModelError, require_model_extra

if TYPE_CHECKING:
    from vnner.config import TrainingConfig

META_FILE = "vnner.json"
FORMAT = 1
WEIGHTS = ("model.safetensors", "pytorch_model.bin")
REQUIRED = ("config.json", "vocab.txt", "bpe.codes", META_FILE)


def model_meta(config: TrainingConfig, labels: Sequence[str]) -> dict[str, Any]:
    """The `vnner.json` fields a `Tagger` needs, from a training config and the model's tag list."""
    return {
        "labels": list(labels),
        **{key: getattr(config, key) for key in ("segmenter", "tone_style", "max_length", "overlap")},
    }


def write_meta(directory: str | Path, meta: dict[str, Any]) -> None:
    text = json.dumps({"format": FORMAT, **meta}, ensure_ascii=False, indent=2)
    (Path(directory) / META_FILE).write_text(text + "\n", encoding="utf-8")


def resolve(name: str | Path) -> Path:
    """A local model directory, or a hub repo downloaded (or found in the cache) as one."""
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    if path.exists():
        raise ModelError(f"{name}: not a directory")
    if str(name).count("/") != 1 or str(name).startswith((".", "/", "~")):
        raise ModelError(f"{name}: no such model directory")
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(str(name)))
    except Exception as error:  # the hub raises many types; the caller needs one line
        raise ModelError(
            f"{name}: no such directory and not downloadable from the hub ({_first_line(error)})"
        ) from None


def read_meta(directory: Path) -> dict[str, Any]:
    """The checked `vnner.json` of a complete model directory."""
    missing = [name for name in REQUIRED if not (directory / name).is_file()]
    if not any((directory / name).is_file() for name in WEIGHTS):
        missing.append(" or ".join(WEIGHTS))
    if missing:
        hint = " (a base PhoBERT? fine-tune it with scripts/train.py)" if missing == [META_FILE] else ""
        raise ModelError(f"{directory}: incomplete vnner model directory, missing {', '.join(missing)}{hint}")
    try:
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"{directory}: unreadable metadata: {_first_line(error)}") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(
            f"{directory}/{META_FILE}: unsupported format {meta.get('format') if isinstance(meta, dict) else meta!r}"
        )
    labels = meta.get("labels")
    id2label = config.get("id2label") or {}
    if labels != [id2label.get(str(i)) for i in range(len(id2label))]:
        raise ModelError(f"{directory}: labels in {META_FILE} do not match config.json id2label")
    if meta.get("max_length", 0) > config.get("max_position_embeddings", 0) - 2:
        raise ModelError(f"{directory}: max_length {meta.get('max_length')} exceeds the model's positions")
    return meta


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]


def load(name: str | Path):
    """(model, tokenizer, meta, directory) for a vnner model directory or hub id."""
    require_model_extra(f"loading the model {name}")
    require_model_extra(f"loading the model {name}")
    directory = resolve(name)
    meta = read_meta(directory)
    from transformers import AutoModelForTokenClassification, AutoTokenizer
    from transformers.utils import logging

    bar = logging.is_progress_bar_enabled()
    logging.disable_progress_bar()  # a library call should not draw on the caller's terminal
    try:
        tokenizer = AutoTokenizer.from_pretrained(directory)
        model = AutoModelForTokenClassification.from_pretrained(directory)
    except Exception as error:  # corrupt or mismatched weights surface as many error types
        raise ModelError(f"{directory}: cannot load model: {_first_line(error)}") from None
    finally:
        if bar:
            logging.enable_progress_bar()
    if len(tokenizer) > model.config.vocab_size:
        raise ModelError(f"{directory}: tokenizer has {len(tokenizer)} entries, model only {model.config.vocab_size}")
    return model.eval(), tokenizer, meta, directory
