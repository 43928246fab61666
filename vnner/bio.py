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


_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def conll_sentences(record: Record) -> list[list[tuple[str, str]]]:
    """(token, IOB2 tag) lists, one per sentence: a record is cut after `.`, `!`, `?` before a
    capital and at line breaks, never inside an entity."""
    try:
        tokens, tags = record_tags(record)
    except ValueError as error:
        raise ValueError(f"record {record.id!r}: {error}") from None
    sentences: list[list[tuple[str, str]]] = [[]]
    for index, (token, tag) in enumerate(zip(tokens, tags)):
        sentences[-1].append((token.text, tag))
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or tags[index + 1].startswith("I-"):
            continue
        gap = record.text[token.end : following.start]
        if "\n" in gap or (token.text in _SENTENCE_ENDS and gap and following.text[:1].isupper()):
            sentences.append([])
    return [sentence for sentence in sentences if sentence]


def write_conll(records: Sequence[Record], path) -> int:
    """Word-level IOB2, CoNLL style: `token TAG` a line, a blank line after each sentence.
    Returns the number of sentences written."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            for sentence in conll_sentences(record):
                handle.write("".join(f"{token} {tag}\n" for token, tag in sentence) + "\n")
                count += 1
    return count
