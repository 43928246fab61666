"""`Doc`: one text as every stage of vnner sees it.

The caller's string (`text`), its normalized matching view and the map back, ONE word list
built once, the spans the components add (in normalized offsets) and, once the pipeline has
run, the entities (`ents`, offsets into `text`). Components read words and earlier spans from
here instead of re-tokenizing, re-normalizing or converting offsets themselves.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from vnner.entity import Entity
from vnner.normalize import NormalizedText, ToneStyle, key, lower_in_place
from vnner.tokens import UNIT


class Word(NamedTuple):
    """One unit of the normalized view (`vnner.tokens`): a letter run, a number or one other character."""

    start: int
    end: int
    text: str
    key: str  # `vnner.normalize.key`: what lexicons are compared by
    shape: str  # lower | upper | title | mixed | digit | other
    line: int  # 0-based line of the normalized view


_LINE_BREAK = re.compile("\n")


@lru_cache(maxsize=1 << 16)
def _lexical(text: str) -> tuple[str, str, str]:
    """Text, key and shape of a word; cached, since running text repeats a small vocabulary."""
    return text, key(text), shape(text)


def shape(text: str) -> str:
    """`upper` needs two letters: `S` is a capitalized word, `UBND` an all-caps one."""
    if text[0].isdigit():
        return "digit"
    if not text[0].isalpha():
        return "other"
    if text.islower():
        return "lower"
    if text.isupper() and len(text) > 1:
        return "upper"
    return "title" if text[0].isupper() and (len(text) == 1 or text[1:].islower()) else "mixed"


@dataclass(frozen=True, slots=True)
class Span:
    """A component's finding, in offsets of the normalized view; `source` is `component:rule`."""

    start: int
    end: int
    label: str
    score: float
    source: str
    value: Any = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Role:
    """`person` holds office `title` (of `province`, when the text names one right after it)."""

    person: Entity
    title: Entity
    province: Entity | None
    score: float
    source: str


@dataclass(frozen=True, slots=True)
class Person:
    """One person of a document: every PERSON mention of them and the offices their roles give."""

    name: str  # the fullest spelling in the document
    key: str  # `vnner.name_key(name)`
    mentions: tuple[Entity, ...]
    titles: tuple[Entity, ...] = ()
    provinces: tuple[Entity, ...] = ()


def fullest_name(mentions: Iterable[Entity]) -> str:
    """The fullest spelling of a person: no initials, most words, mixed case before all caps, first."""
    def fullness(e: Entity) -> tuple:
        return "." not in e.text, len(e.text.replace("-", " ").split()), not e.text.isupper(), -e.start

    return max(mentions, key=fullness).text


class Doc:
    """A text, its words and what the pipeline found in it.

    Public: `text` (the caller's string), `ents` (sorted, disjoint `Entity`s indexing `text`),
    `roles` and `people` (filled by later components), `to_dict()` / `Doc.from_dict()`.
    For components: `norm` (the normalized view), `words`, `spans`, `add()` and the lookups below.
    """

    def __init__(
        self,
        text: str,
        *,
        tone_style: ToneStyle = "old",
        document_date: dt.date | None = None,
        earlier_names: Iterable[str] = (),
    ):
        self.text = text
        self.tone_style = tone_style
        self.document_date = document_date
        # PERSON names the earlier records of the same document hold: a given name alone here may be one's
        self.earlier_names = tuple(earlier_names)
        self.spans: list[Span] = []
        self.ents: tuple[Entity, ...] = ()
        self.roles: tuple[Role, ...] = ()
        self.people: tuple[Person, ...] = ()

    @cached_property
    def view(self) -> NormalizedText:
        """The normalized view and its map back; built on first use (linkers read `text` and `ents` only)."""
        return NormalizedText.build(self.text, self.tone_style)

    @property
    def norm(self) -> str:
        return self.view.text

    @cached_property
    def lower(self) -> str:
        """The normalized view in lower case, same length: for cue patterns."""
        return lower_in_place(self.view.text)

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        return (0, *(m.end() for m in _LINE_BREAK.finditer(self.view.text)))

    @cached_property
    def words(self) -> tuple[Word, ...]:
        # `tuple.__new__` is what `Word._make` calls: a third faster than `Word(...)` per word
        norm, lexical, make = self.view.text, _lexical, tuple.__new__
        if len(self.line_starts) == 1:  # one line, the usual sentence or paragraph
            return tuple([make(Word, (m.start(), m.end(), *lexical(m[0]), 0)) for m in UNIT.finditer(norm)])
        # units are never white space, so none crosses a line break: each line is scanned with its number
        starts, words = self.line_starts, []
        for line, (start, end) in enumerate(zip(starts, (*starts[1:], len(norm)))):
            words += [make(Word, (m.start(), m.end(), *lexical(m[0]), line)) for m in UNIT.finditer(norm, start, end)]
        return tuple(words)

    @cached_property
    def letter_words(self) -> tuple[Word, ...]:
        """The words made of letters: what lexicon phrases are matched against."""
        return tuple([w for w in self.words if w.shape not in ("digit", "other")])

    @cached_property
    def letter_starts(self) -> list[int]:
        """Where each letter word starts: the word before an offset in one bisection."""
        return [w.start for w in self.letter_words]

    def line_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start and end (exclusive, before its line break) of the line that holds [start, end)."""
        starts = self.line_starts
        line = bisect.bisect_right(starts, start) - 1
        after = bisect.bisect_left(starts, end + 1)
        return starts[line], starts[after] - 1 if after < len(starts) else len(self.view.text)

    def original_char(self, index: int) -> str:
        """The original text behind normalized character `index`: tells an en dash from a hyphen."""
        start, end = self.view.origin[index]
        return self.text[start:end]

    def add(self, start: int, end: int, label: str, *, score: float, source: str, value: Any = None) -> None:
        self.spans.append(Span(start, end, label, score, source, value))

    def spans_with(self, labels: set[str] | frozenset[str]) -> list[Span]:
        return [s for s in self.spans if s.label in labels]

    def taken(self, labels: set[str] | frozenset[str]) -> bytearray:
        """1 for each normalized character inside a span of these labels: an overlap test in O(1)."""
        mask = bytearray(len(self.view.text))
        for s in self.spans_with(labels):
            mask[s.start : s.end] = b"\x01" * (s.end - s.start)
        return mask

    def entity(self, span: Span) -> Entity:
        """The span mapped back to the caller's string."""
        score, source, value = span.score, span.source, span.value
        return self.view.entity(span.start, span.end, span.label, score=score, source=source, value=value)

    def to_dict(self) -> dict[str, Any]:
        """The record format of the annotation guidelines (v1.2), entities as `Entity.to_dict` objects;
        roles and people refer to entities by index."""
        index = {e.key: i for i, e in enumerate(self.ents)}
        roles = [
            [index[r.person.key], index[r.title.key], None if r.province is None else index[r.province.key]]
            for r in self.roles
        ]
        people = {str(index[m.key]): p.key for p in self.people for m in p.mentions}
        return {
            "text": self.text,
            "entities": [e.to_dict() for e in self.ents],
            "roles": roles,
            "people": dict(sorted(people.items(), key=lambda item: int(item[0]))),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Doc:
        """A `Doc` from a record (`text`, `entities` as `[start, end, LABEL]` or objects, optional `roles`
        and `people`); checked as the corpus loader checks predictions: offsets in range, labels
        known, sorted and disjoint, role and people indices pointing at entities of the right label."""
        from vnner.corpus import parse_record

        record = parse_record({"id": "doc", **data}, gold=False)
        doc = cls(record.text)
        entities = []
        for parsed, raw in zip(record.entities, data.get("entities", [])):
            if isinstance(raw, dict):
                parsed = Entity.from_dict({**raw, "text": parsed.text})
            entities.append(parsed)
        doc.ents = tuple(entities)
        doc.roles = tuple(
            Role(entities[p], entities[t], None if r is None else entities[r], 1.0, "gold")
            for p, t, r in record.roles or ()
        )
        groups: dict[str, list[Entity]] = {}
        for index, person in sorted((record.people or {}).items()):
            groups.setdefault(person, []).append(entities[index])
        doc.people = tuple(
            Person(
                fullest_name(mentions), name, tuple(mentions),
                tuple(r.title for r in doc.roles if r.person in mentions),
                tuple(dict.fromkeys(r.province for r in doc.roles if r.person in mentions and r.province)),
            )
            for name, mentions in groups.items()
        )
        return doc

    def __repr__(self) -> str:
        return f"Doc({self.text[:40]!r}, {len(self.ents)} ents)"
