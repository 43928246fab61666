"""Scores roles and people against gold records (guidelines v1.2, "Roles and people").

A predicted role counts when its person, title and province spans (start, end) all equal a gold
triple's. People are scored as pairs: every two PERSON mentions of one document (records whose
ids share the part before the last `-`) that are put in one person, predicted against gold.
Records without `roles` (or `people`) in the gold are left out of that score, and a score is not
given at all when no predicted record has that field (the system says nothing of it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations, groupby

from vnner.corpus import Record, parse_record
from vnner.doc import Doc

Span = tuple[int, int]


def document_of(record_id: str) -> str:
    return record_id.rsplit("-", 1)[0]


def role_triples(record: Record) -> set[tuple[str, Span, Span, Span | None]]:
    ents = record.entities
    return {
        (record.id, ents[p].key[:2], ents[t].key[:2], None if r is None else ents[r].key[:2])
        for p, t, r in record.roles or ()
    }


def people_pairs(records: Sequence[Record]) -> set[tuple[tuple[str, Span], tuple[str, Span]]]:
    """Pairs of mentions (record id, span) that one document puts in one person."""
    by_person: dict[tuple[str, str], list[tuple[str, Span]]] = {}
    for record in records:
        for index, person in (record.people or {}).items():
            mention = (record.id, record.entities[index].key[:2])
            by_person.setdefault((document_of(record.id), person), []).append(mention)
    return {tuple(sorted(pair)) for mentions in by_person.values() for pair in combinations(sorted(mentions), 2)}


def _prf(gold: set, predicted: set) -> dict[str, float | int]:
    correct = len(gold & predicted)
    precision = correct / len(predicted) if predicted else 1.0 if not gold else 0.0
    recall = correct / len(gold) if gold else 1.0 if not predicted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": len(gold)}


def score_roles(gold: Sequence[Record], predicted: Sequence[Record]) -> dict | None:
    """P/R/F1 of role triples over the gold records that have `roles`; None when none has."""
    ids = {r.id for r in gold if r.roles is not None}
    if not ids or all(r.roles is None for r in predicted):
        return None
    wanted = set().union(*(role_triples(r) for r in gold if r.id in ids))
    found = set().union(*(role_triples(r) for r in predicted if r.id in ids))
    return _prf(wanted, found)


def score_people(gold: Sequence[Record], predicted: Sequence[Record]) -> dict | None:
    """P/R/F1 of same-person mention pairs over the gold records that have `people`."""
    ids = {r.id for r in gold if r.people is not None}
    if not ids or all(r.people is None for r in predicted):
        return None
    return _prf(people_pairs([r for r in gold if r.id in ids]), people_pairs([r for r in predicted if r.id in ids]))


def role_errors(gold: Sequence[Record], predicted: Sequence[Record]) -> list[dict]:
    """Wrong (predicted, not gold) and missing (gold, not predicted) roles, with their texts."""
    texts = {r.id: r.text for r in gold}
    wanted = set().union(set(), *(role_triples(r) for r in gold if r.roles is not None))
    ids = {r.id for r in gold if r.roles is not None}
    found = set().union(set(), *(role_triples(r) for r in predicted if r.id in ids))

    def show(triple, kind, width=30):
        record_id, *spans = triple
        text = texts[record_id]
        person, title, province = (None if span is None else text[span[0] : span[1]] for span in spans)
        start, end = min(s[0] for s in spans if s), max(s[1] for s in spans if s)
        context = text[max(0, start - width) : end + width]
        return {"id": record_id, "kind": kind, "person": person, "title": title, "province": province,
                "context": context}

    return [show(t, "wrong") for t in sorted(found - wanted, key=str)] + [
        show(t, "missing") for t in sorted(wanted - found, key=str)
    ]


def predict(
    records: Sequence[Record],
    parse_document: Callable[[list[str]], list[Doc]],
    across: Callable[[list[Doc]], list],
) -> list[Record]:
    """Records as `parse_document` reads them, the records of one document together and in order (the
    pipeline's `parse_document`), people keyed across them by `across` (the people linker's `across`)."""
    predicted = []
    for _, group in groupby(records, key=lambda r: document_of(r.id)):
        group = list(group)
        docs = parse_document([r.text for r in group])
        for record, doc, keys in zip(group, docs, across(docs)):
            found = parse_record({"id": record.id, **doc.to_dict()}, gold=False)
            found.people = keys
            predicted.append(found)
    return predicted
