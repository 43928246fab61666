"""A who's-who across a corpus: one entry per person over all documents.

Documents stream through once; what is kept is one entry per person (spellings with counts,
titles, provinces, document ids, first and last date), so memory grows with the number of
people, not of documents. Persons of different documents are merged by `name_key`, with one
exception, the merge policy: a name too common to identify a person on its own (one or two
syllables written apart, `Dũng`, `Văn Nam`, `Bun Mi`) is merged only into an entry with which it
shares a title or a province; otherwise it starts an entry of its own. Longer names, and one- or
two-word names that are not single syllables (`Leklay Sivilay`, `Xay-nhạ-phon`), merge by key.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from vnner.doc import Doc, Person
from vnner.names import syllables, vowel_groups
from vnner.normalize import key


@dataclass
class Entry:
    key: str
    spellings: Counter = field(default_factory=Counter)
    titles: Counter = field(default_factory=Counter)
    provinces: dict[str, object] = field(default_factory=dict)  # province text -> its value
    documents: list[str] = field(default_factory=list)
    first_date: dt.date | None = None
    last_date: dt.date | None = None

    def to_dict(self) -> dict:
        name = max(self.spellings, key=lambda s: (len(s.split()), not s.isupper(), self.spellings[s]))
        return {
            "name": name,
            "key": self.key,
            "spellings": dict(self.spellings.most_common()),
            "titles": dict(self.titles.most_common()),
            "provinces": [{"text": text, "value": value} for text, value in self.provinces.items()],
            "documents": self.documents,
            "first_date": self.first_date and self.first_date.isoformat(),
            "last_date": self.last_date and self.last_date.isoformat(),
        }


def too_common(name: str) -> bool:
    """A name that alone does not say who it is: at most two words, each one Vietnamese-sized syllable."""
    words = syllables(name)
    return "-" not in name and len(words) <= 2 and all(_one_syllable(w) for w in words)


def _one_syllable(word: str) -> bool:
    """One vowel group (`Nam`, `Dũng`, `Khoa`), not `Leklay` or `Sivilay`."""
    return vowel_groups(word) == 1


class WhosWho:
    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}

    def add(self, doc: Doc, document_id: str, date: dt.date | None = None) -> None:
        for person in doc.people:
            entry = self._entry(person)
            entry.spellings.update(m.text for m in person.mentions)
            entry.titles.update(t.text for t in person.titles)
            for province in person.provinces:
                entry.provinces.setdefault(province.text, province.value)
            if not entry.documents or entry.documents[-1] != document_id:
                entry.documents.append(document_id)
            if date is not None:
                entry.first_date = min(filter(None, (entry.first_date, date)))
                entry.last_date = max(filter(None, (entry.last_date, date)))

    def _entry(self, person: Person) -> Entry:
        candidates = self.entries.setdefault(person.key, [])
        if not too_common(person.name):
            if not candidates:
                candidates.append(Entry(person.key))
            return candidates[0]
        titles = {key(t.text) for t in person.titles}
        provinces = {p.text for p in person.provinces}
        for entry in candidates:
            if titles & {key(t) for t in entry.titles} or provinces & set(entry.provinces):
                return entry
        candidates.append(Entry(person.key))
        return candidates[-1]

    def __iter__(self) -> Iterator[Entry]:
        for entries in self.entries.values():
            yield from entries


def whos_who(documents: Iterable[tuple[str, Doc, dt.date | None]]) -> list[dict]:
    """Entries for `(document id, Doc, date or None)` items, most documents first."""
    table = WhosWho()
    for document_id, doc, date in documents:
        table.add(doc, document_id, date)
    return sorted((e.to_dict() for e in table), key=lambda e: (-len(e["documents"]), e["name"]))


def record_date(record: dict) -> dt.date | None:
    """`date` or `meta.date` of an input record, as YYYY-MM-DD; None when absent or not a date."""
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    value = record.get("date") or meta.get("date")
    try:
        return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def docs_of(records: Iterable[dict], parse: Callable[[str], Doc]) -> Iterator[tuple[str, Doc, dt.date | None]]:
    """(id, Doc, date) per record: vnner's output (with `entities` and `people`) is read as it is,
    anything else is parsed."""
    for record in records:
        doc = Doc.from_dict(record) if "entities" in record and "people" in record else parse(record["text"])
        yield str(record["id"]), doc, record_date(record)
