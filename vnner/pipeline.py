"""`extract`: text in, entities with offsets into that same text out.

The rule layer always runs; a token classifier runs too when one is given or embedded, and
`vnner.hybrid.merge` combines both. Loaded models are cached per process, so a worker that
calls `extract` many times loads its model once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import threading
import warnings
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, overload

from vnner.config import ConfigError, packaged_config
from vnner.entity import Entity
from vnner.normalize import NormalizedText
from vnner.rules import FINDERS, Finder, RuleContext
from vnner.rules.resolve import resolve_overlaps

if TYPE_CHECKING:
    from vnner.model import Tagger

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "default_model"
PIECE_CHARS = 20_000  # longer texts are processed piece by piece
_load_lock = threading.Lock()


@cache
def _rule_finders() -> tuple[Finder, ...]:
    names = packaged_config("rules")["finders"]
    for name in names:
        importlib.import_module(f"vnner.rules.{name}")
        if name not in FINDERS:
            raise ConfigError(f"rules.yaml: unknown finder {name!r}; known: {', '.join(FINDERS)}")
    return tuple(FINDERS[name] for name in names)


def extract_rules(text: str, document_date: dt.date | None = None) -> list[Entity]:
    """Entities the rule layer alone finds in `text`, sorted and non-overlapping."""
    settings = packaged_config("rules")
    context = RuleContext(NormalizedText.build(text, settings["tone_style"]), [], document_date)
    for finder in _rule_finders():
        context.found.extend(finder(context))
    return resolve_overlaps(context.found, settings["label_priority"])


@cache
def _cached_tagger(name: str, quantize: bool) -> Tagger:
    from vnner.model import Tagger

    tagger = Tagger.from_pretrained(name)
    if not quantize:
        return tagger
    import torch

    # Dynamic int8 weights for the Linear layers: the bulk of a transformer's CPU time.
    # torch.ao marks this API deprecated in favour of torchao; it works on the torch we pin.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=DeprecationWarning)
        warnings.simplefilter("ignore", category=UserWarning)
        model = torch.ao.quantization.quantize_dynamic(tagger.model, {torch.nn.Linear}, dtype=torch.qint8)
    return Tagger(model, tagger.tokenizer, tagger.meta, tagger.path)


def load_tagger(model: str | Path | Tagger | None = "default", quantize: bool = False) -> Tagger | None:
    """The tagger `extract` would use: None for rules only, the embedded default for "default"."""
    if model is None or (model == "default" and not DEFAULT_MODEL_DIR.is_dir()):
        return None
    if not isinstance(model, str | Path):
        return model
    name = str(DEFAULT_MODEL_DIR if model == "default" else model)
    with _load_lock:  # threads that start together load the model once
        return _cached_tagger(name, quantize)


@overload
def extract(text: str, **kwargs) -> list[Entity]: ...
@overload
def extract(text: Sequence[str], **kwargs) -> list[list[Entity]]: ...


def extract(
    text: str | Sequence[str],
    *,
    model: str | Path | Tagger | None = "default",
    document_date: dt.date | None = None,
    quantize: bool = False,
) -> list[Entity] | list[list[Entity]]:
    """Finds PERSON, PROVINCE, TITLE, DATE and MONEY entities.

    `text` is one string (returns its entities) or a list of strings (returns one list per
    string). `model` is "default" (the embedded model, or rules only where none ships), None
    (rules only), a model directory, a hub id, or a loaded `vnner.model.Tagger`.
    `document_date` resolves day-month dates without a year. Every entity satisfies
    `text[entity.start:entity.end] == entity.text`.
    """
    single = isinstance(text, str)
    texts = [text] if single else _checked_texts(text)
    tagger = load_tagger(model, quantize)
    pieces = [(index, offset, piece) for index, t in enumerate(texts) for offset, piece in _pieces(t)]
    found = [extract_rules(piece, document_date) for _, _, piece in pieces]
    if tagger is not None:
        from vnner.hybrid import merge

        predicted = tagger.predict([piece for _, _, piece in pieces])
        found = [merge(model_found, rule_found) for model_found, rule_found in zip(predicted, found)]
    results: list[list[Entity]] = [[] for _ in texts]
    for (index, offset, _), entities in zip(pieces, found):
        results[index].extend(_shifted(entities, offset))
    return results[0] if single else results


def _pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Splits a long text at line breaks (else spaces) into pieces of at most `limit` chars.

    Entities do not cross line breaks in news text, and pieces keep memory bounded for a
    document of any size; each piece carries its offset in the text.
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n"), window.rfind(" ") if "\n" not in window else -1)
        cut = start + (cut + 1 if cut > 0 else limit)
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _shifted(entities: list[Entity], offset: int) -> list[Entity]:
    if not offset:
        return entities
    return [dataclasses.replace(e, start=e.start + offset, end=e.end + offset) for e in entities]


def _checked_texts(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, bytes | bytearray) or not isinstance(texts, Sequence):
        raise TypeError(f"extract expects a str or a list of str, got {type(texts).__name__}")
    for index, item in enumerate(texts):
        if not isinstance(item, str):
            raise TypeError(f"extract expects a str or a list of str; item {index} is {type(item).__name__}")
    return list(texts)
