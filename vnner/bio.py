"""Word-level IOB2 tags: character spans to tags over tokens and back.

This is the representation the token classifier trains on and the scorer compares.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vnner.corpus import Record
from vnner.entity import LABELS, Entity
from vnner.tokens import Token, tokenize

if TYPE_CHECKING:
    import datasets

TAGS: tuple[str, ...] = ("O",) + tuple(f"{prefix}-{label}" for label in LABELS for prefix in "BI")


def spans_to_tags(tokens: Sequence[Token], entities: Sequence[Entity]) -> list[str]:
    """IOB2 tags; raises ValueError for a span whose edges are not token edges."""
    tags = ["O"] * len(tokens)
    index_of_start = {t.start: i for i, t in enumerate(tokens)}
    index_of_end = {t.end: i for i, t in enumerate(tokens)}
    for entity in entities:
        first, last = index_of_start.get(entity.start), index_of_end.get(entity.end)
        if first is None or last is None or last < first:
            raise ValueError(f"entity {list(entity.key)} ({entity.text!r}) does not align with tokens")
        tags[first] = f"B-{entity.label}"
        for index in range(first + 1, last + 1):
            tags[index] = f"I-{entity.label}"
    return tags


def tags_to_spans(text: str, tokens: Sequence[Token], tags: Sequence[str], source: str = "model") -> list[Entity]:
    """Entities from IOB2 tags; an I- that continues no entity of its label starts a new one.

    That repair keeps the model's evidence instead of dropping it; strict scoring still
    counts the original sequence as wrong.
    """
    entities: list[Entity] = []
    label, first = None, 0
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, tag_label = tag.partition("-")
        continues = prefix == "I" and tag_label == label
        if label is not None and not continues:
            entities.append(Entity.from_span(text, tokens[first].start, tokens[index - 1].end, label, source=source))
            label = None
        if prefix in ("B", "I") and not continues:
            label, first = tag_label, index
    return entities


def record_tags(record: Record) -> tuple[list[Token], list[str]]:
    tokens = tokenize(record.text)
    return tokens, spans_to_tags(tokens, record.entities)


def to_dataset(records: Sequence[Record]) -> datasets.Dataset:
    """One row per record: tokens, their character offsets and IOB2 tags as ClassLabel ids."""
    import datasets  # slow to import, and only training needs it
    rows: dict[str, list] = {"id": [], "document": [], "tokens": [], "starts": [], "ends": [], "ner_tags": []}
    for record in records:
        try:
            tokens, tags = record_tags(record)
        except ValueError as error:
            raise ValueError(f"record {record.id!r}: {error}") from None
        rows["id"].append(record.id)
        rows["document"].append(record.document)
        rows["tokens"].append([t.text for t in tokens])
        rows["starts"].append([t.start for t in tokens])
        rows["ends"].append([t.end for t in tokens])
        rows["ner_tags"].append([TAGS.index(tag) for tag in tags])
    features = datasets.Features(
        {
            "id": datasets.Value("string"),
            "document": datasets.Value("string"),
            "tokens": datasets.Sequence(datasets.Value("string")),
            "starts": datasets.Sequence(datasets.Value("int32")),
            "ends": datasets.Sequence(datasets.Value("int32")),
            "ner_tags": datasets.Sequence(datasets.ClassLabel(names=list(TAGS))),
        }
    )
    return datasets.Dataset.from_dict(rows, features=features)
