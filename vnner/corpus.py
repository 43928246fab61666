"""Reads and writes annotated JSONL records, refusing anything the guidelines do not allow.

A record is one line: `{"id": ..., "text": ..., "entities": [[start, end, LABEL], ...]}`
with optional `roles` (`[person, title, province_or_null]` entity indices), `people` (PERSON
index -> person key) and `meta` (guidelines v1.2). Validation is strict on purpose: a silently dropped or
shifted span would make every score computed on the corpus a lie.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnner.entity import LABELS, Entity
from vnner.tokens import tokenize

_EDGE_PUNCTUATION = set(" \t\n\r\u00a0,;:!?()[]{}\"'“”‘’«»")


class CorpusError(ValueError):
    """A record that breaks the format; the message names file, line and record id."""


@dataclass
class Record:
    id: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    roles: list[tuple[int, int, int | None]] | None = None  # None: the record says nothing of roles
    people: dict[int, str] | None = None

    @property
    def document(self) -> str:
        """The source document: `meta.doc` if given, else the id's part before `-`."""
        return str(self.meta.get("doc") or self.id.split("-")[0])

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "entities": [[e.start, e.end, e.label] for e in self.entities],
        }
        if self.roles is not None:
            data["roles"] = [list(role) for role in self.roles]
        if self.people is not None:
            data["people"] = {str(index): person for index, person in sorted(self.people.items())}
        if self.meta:
            data["meta"] = self.meta
        return json.dumps(data, ensure_ascii=False)


def parse_record(data: Any, *, gold: bool = True, source: str = "gold") -> Record:
    """Builds a record from decoded JSON; raises ValueError saying what is wrong.

    Gold records must also be NFC and cut only at token edges; predictions from another
    system need not be, since strict scoring simply counts such spans as wrong.
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    record_id, text, spans = data.get("id"), data.get("text"), data.get("entities", [])
    if not isinstance(record_id, str) or not record_id:
        raise ValueError("`id` must be a non-empty string")
    if not isinstance(text, str):
        raise ValueError("`text` must be a string")
    if gold and unicodedata.normalize("NFC", text) != text:
        raise ValueError("`text` is not NFC-normalized")
    if not isinstance(spans, list):
        raise ValueError("`entities` must be a list of [start, end, LABEL]")
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise ValueError("`meta` must be an object")
    entities = [_parse_span(text, span, source, keep_source=not gold) for span in spans]
    _check_layout(text, entities, token_edges=gold)
    roles = _parse_roles(data["roles"], entities) if "roles" in data else None
    people = _parse_people(data["people"], entities) if "people" in data else None
    return Record(record_id, text, entities, meta, roles, people)


def _parse_roles(roles: Any, entities: list[Entity]) -> list[tuple[int, int, int | None]]:
    """Each role is `[person, title, province_or_null]`: indices of a PERSON, a TITLE, a PROVINCE.

    A whole number written as `4.0` counts as 4: pandas' JSON writer, which Ray Data and Spark
    output goes through, writes integer lists that hold a null that way."""
    if not isinstance(roles, list):
        raise ValueError("`roles` must be a list of [person, title, province_or_null]")
    parsed = []
    for role in roles:
        if not (isinstance(role, list) and len(role) == 3):
            raise ValueError(f"role {role!r} is not [person, title, province_or_null]")
        role = [int(i) if isinstance(i, float) and i.is_integer() else i for i in role]
        for index, label in zip(role, ("PERSON", "TITLE", "PROVINCE")):
            if index is None and label == "PROVINCE":
                continue
            if type(index) is not int or not 0 <= index < len(entities):
                raise ValueError(f"role {role!r}: {index!r} is no entity index (the record has {len(entities)})")
            if entities[index].label != label:
                found = entities[index]
                raise ValueError(f"role {role!r}: entity {index} ({found.text!r}) is a {found.label}, not a {label}")
        parsed.append(tuple(role))
    return parsed


def _parse_people(people: Any, entities: list[Entity]) -> dict[int, str]:
    """PERSON index (a string, as JSON keys are) -> a person key; every PERSON needs one."""
    if not isinstance(people, dict):
        raise ValueError("`people` must be an object mapping PERSON indices to person keys")
    parsed = {}
    for index, person in people.items():
        if not (isinstance(index, str) and index.isdigit() and int(index) < len(entities)):
            raise ValueError(f"people: {index!r} is no entity index (the record has {len(entities)})")
        if entities[int(index)].label != "PERSON":
            raise ValueError(f"people: entity {index} ({entities[int(index)].text!r}) is not a PERSON")
        if not isinstance(person, str) or not person:
            raise ValueError(f"people: entity {index}: the person key must be a non-empty string")
        parsed[int(index)] = person
    missing = [i for i, e in enumerate(entities) if e.label == "PERSON" and i not in parsed]
    if missing:
        raise ValueError(f"people: PERSON {missing[0]} ({entities[missing[0]].text!r}) has no person key")
    return parsed


def _parse_span(text: str, span: Any, source: str, *, keep_source: bool = False) -> Entity:
    """`[start, end, LABEL]`, or the `{"start", "end", "label", ...}` that `Entity.to_dict` writes.

    With `keep_source` (predictions) an object's non-empty `source`, the rule that made it, is
    kept; otherwise, and for gold always, the entity's source is `source`.
    """
    if isinstance(span, dict) and {"start", "end", "label"} <= span.keys():
        if keep_source and isinstance(span.get("source"), str) and span["source"]:
            source = span["source"]
        span = [span["start"], span["end"], span["label"]]
    if not (isinstance(span, list) and len(span) == 3):
        raise ValueError(f"entity {span!r} is neither [start, end, LABEL] nor an object with start, end, label")
    start, end, label = span
    if not (type(start) is int and type(end) is int):
        raise ValueError(f"entity {span!r}: offsets must be integers")
    if label not in LABELS:
        raise ValueError(f"entity {span!r}: unknown label {label!r} (known: {', '.join(LABELS)})")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"entity {span!r}: offsets out of range for text of length {len(text)}")
    return Entity.from_span(text, start, end, label, source=source)


def _check_layout(text: str, entities: list[Entity], token_edges: bool) -> None:
    """Spans must be sorted and disjoint; gold spans must also cut only at token edges."""
    for previous, current in zip(entities, entities[1:]):
        if current.start < previous.start:
            raise ValueError(f"entities are not sorted by start ({previous.key} before {current.key})")
        if current.start < previous.end:
            raise ValueError(f"entities {previous.key} and {current.key} overlap")
    if not token_edges:
        return
    tokens = tokenize(text)
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    for entity in entities:
        if entity.text[0] in _EDGE_PUNCTUATION or entity.text[-1] in _EDGE_PUNCTUATION:
            raise ValueError(f"entity {list(entity.key)} ({entity.text!r}) starts or ends on whitespace or punctuation")
        if entity.start not in starts or entity.end not in ends:
            raise ValueError(f"entity {list(entity.key)} ({entity.text!r}) cuts inside a token")


def read_jsonl(
    path: str | Path, *, gold: bool = True, source: str = "gold", seen: dict[str, str] | None = None
) -> Iterator[Record]:
    """Yields validated records; the first bad line raises CorpusError naming file and line.

    `seen` maps ids to where they were first read; pass one dict to several calls to
    demand ids unique across files.
    """
    path = Path(path)
    seen = {} if seen is None else seen
    try:
        handle = path.open("rb")
    except OSError as error:
        raise CorpusError(f"{path}: cannot open: {error.strerror}") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise CorpusError(f"{where}: not UTF-8 ({error.reason} at byte {error.start})") from None
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise CorpusError(f"{where}: invalid JSON: {error.msg} (column {error.colno})") from None
            record_id = data.get("id") if isinstance(data, dict) else None
            try:
                record = parse_record(data, gold=gold, source=source)
            except ValueError as error:
                raise CorpusError(f"{where}: record {record_id!r}: {error}") from None
            if record.id in seen:
                raise CorpusError(f"{where}: record {record.id!r}: duplicate id (first at {seen[record.id]})")
            seen[record.id] = where
            yield record


def load_records(paths: Iterable[str | Path], **kwargs: Any) -> list[Record]:
    """All records of several JSONL files; ids must be unique across them."""
    seen: dict[str, str] = {}
    return [record for path in paths for record in read_jsonl(path, seen=seen, **kwargs)]


def write_jsonl(records: Iterable[Record], path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(record.to_json() + "\n")
