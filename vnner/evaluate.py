"""Strict entity-level scoring with seqeval, plus the error list that explains the score.

What is scored: for each record, gold and predicted spans are written as IOB2 tags over
the same units, and seqeval compares them with `mode="strict", scheme=IOB2`. The units are
vnner's tokens cut further at every gold and predicted span edge, so a predicted entity
counts as correct exactly when its label, start and end all equal a gold entity's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vnner.bio import spans_to_tags
from vnner.corpus import Record
from vnner.entity import LABELS, Entity
from vnner.tokens import Token, tokenize

_METRICS = {"precision": "precision", "recall": "recall", "f1": "f1-score", "support": "support"}


@dataclass
class ScoreError:
    """One false positive (`kind="FP"`) or false negative (`kind="FN"`) in one record."""

    record_id: str
    kind: str
    entity: Entity
    context: str


@dataclass
class Report:
    micro: dict[str, float]
    macro: dict[str, float]
    labels: dict[str, dict[str, float]]
    records: int
    errors: list[ScoreError] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"micro": self.micro, "macro": self.macro, "labels": self.labels, "records": self.records}


def scoring_units(text: str, entities: Sequence[Entity]) -> list[Token]:
    """Tokens of `text`, also covering every span's characters and cut at every span edge."""
    covered = [False] * len(text)
    cuts = {0, len(text)}
    for token in tokenize(text):
        covered[token.start : token.end] = [True] * (token.end - token.start)
        cuts.update((token.start, token.end))
    for entity in entities:
        covered[entity.start : entity.end] = [True] * (entity.end - entity.start)
        cuts.update((entity.start, entity.end))
    units: list[Token] = []
    edges = sorted(cuts)
    for start, end in zip(edges, edges[1:]):
        if all(covered[start:end]):
            units.append(Token(text[start:end], start, end))
    return units


def score(gold: Sequence[Record], predicted: Sequence[Record]) -> Report:
    """Scores predictions against gold; records are matched by id and must share their text."""
    by_id = {record.id: record for record in predicted}
    y_true: list[list[str]] = []
    y_pred: list[list[str]] = []
    errors: list[ScoreError] = []
    for record in gold:
        guess = by_id.get(record.id)
        if guess is None:
            raise ValueError(f"record {record.id!r}: no prediction for it")
        if guess.text != record.text:
            raise ValueError(f"record {record.id!r}: predicted text differs from the gold text")
        units = scoring_units(record.text, [*record.entities, *guess.entities])
        y_true.append(spans_to_tags(units, record.entities))
        y_pred.append(spans_to_tags(units, guess.entities))
        errors.extend(_errors(record, guess))
    return _report(y_true, y_pred, len(gold), errors)


def _report(y_true: list[list[str]], y_pred: list[list[str]], records: int, errors: list[ScoreError]) -> Report:
    # seqeval imports scikit-learn (about 1 s): only when something is scored, not when the CLI starts.
    from seqeval.metrics import classification_report
    from seqeval.scheme import IOB2

    has_entities = any(tag != "O" for tags in (*y_true, *y_pred) for tag in tags)
    table = (
        classification_report(
            y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0
        )
        if has_entities
        else {}
    )

    def row(name: str) -> dict[str, float]:
        values = table.get(name, {})
        scores = {ours: round(float(values.get(theirs, 0.0)), 4) for ours, theirs in _METRICS.items()}
        scores["support"] = int(scores["support"])
        return scores

    return Report(
        micro=row("micro avg"),
        macro=row("macro avg"),
        labels={label: row(label) for label in LABELS},
        records=records,
        errors=errors,
    )


def errors_by_rule(errors: Sequence[ScoreError], predicted: Sequence[Record]) -> dict[str, dict]:
    """Errors grouped by the rule that made or missed them, most errors first.

    A false positive is its entity's rule (`Entity.source`, e.g. `persons:after_title`); a false
    negative is the rule of a predicted entity that overlaps it (made it with other edges or
    another label; the leftmost when several do), or `(missed)` when nothing overlaps it.
    Returns rule -> `{"false_positives": n, "false_negatives": n, "errors": [...]}`, each error
    `{"kind", "id", "label", "text", "context"}` in the order of `errors`; rules with more errors
    come first, ties by name.
    """
    predicted_by_id = {record.id: record.entities for record in predicted}
    groups: dict[str, dict] = {}
    for error in errors:
        rule = error.entity.source
        if error.kind == "FN":
            span = error.entity
            found = predicted_by_id.get(error.record_id, ())
            overlaps = [e for e in found if e.start < span.end and span.start < e.end]
            overlapping = min(overlaps, key=lambda e: (e.start, e.end), default=None)
            rule = overlapping.source if overlapping else "(missed)"
        group = groups.setdefault(rule, {"false_positives": 0, "false_negatives": 0, "errors": []})
        group["false_positives" if error.kind == "FP" else "false_negatives"] += 1
        group["errors"].append(
            {"kind": error.kind, "id": error.record_id, "label": error.entity.label, "text": error.entity.text,
             "context": error.context}
        )
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]["errors"]), item[0])))


def _errors(gold: Record, predicted: Record, width: int = 40) -> list[ScoreError]:
    gold_keys = {e.key for e in gold.entities}
    predicted_keys = {e.key for e in predicted.entities}
    found = [("FP", e) for e in predicted.entities if e.key not in gold_keys]
    found += [("FN", e) for e in gold.entities if e.key not in predicted_keys]
    found.sort(key=lambda item: (item[1].start, item[0]))
    text = gold.text
    return [
        ScoreError(
            gold.id,
            kind,
            entity,
            f"{text[max(0, entity.start - width):entity.start]}[{entity.text}]{text[entity.end:entity.end + width]}",
        )
        for kind, entity in found
    ]
