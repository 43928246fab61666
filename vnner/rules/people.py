"""PEOPLE: which PERSON mentions of a document are one person (guidelines v1.2, "people").

A linker that runs after the roles linker. Mentions are one person when their `name_key`s are
equal (a repeated name, an all-caps byline, a transliteration and its Latin form), when one is
the alias of the name right before it (`Vi-lay (Vilay Phommachanh)`, `Bô Nhơn – Lê Viết
Muồng`: spans the PERSON component made with its `alias` rules), when one is written with
initials (`S.TRUNG` for `SƠN TRUNG`), or when a one-word mention (`ông Dũng`) is the last word of
exactly one fuller name. Each person gets the titles and provinces of its roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnner.doc import Doc, Person
from vnner.entity import Entity
from vnner.names import name_key
from vnner.normalize import bare, key
from vnner.rules import factory


@dataclass(frozen=True)
class PeopleSettings:
    alias_sources: list[str]  # `Entity.source`s of a PERSON that is an alias of the one before it


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)


def _syllables(name: str) -> list[str]:
    return [key(s) for s in re.findall(r"[^\W\d_]+", name)]


def _initials_match(short: str, full: str) -> bool:
    """`S.TRUNG` is `SƠN TRUNG`: the letters before the dots are the first letters of the full name's
    first words, and the rest is the rest of it."""
    parts = short.split(".")
    if len(parts) < 2 or not all(len(p) == 1 for p in parts[:-1]):
        return False
    words = _syllables(full)
    initials, rest = [bare(p.lower()) for p in parts[:-1]], _syllables(parts[-1])
    return (
        len(words) == len(initials) + len(rest)
        and [bare(w[0]) for w in words[: len(initials)]] == initials
        and words[len(initials) :] == rest
    )


def _display(mentions: list[Entity]) -> str:
    """The fullest spelling: most words, mixed case before all caps, then the first."""
    return max(mentions, key=lambda e: (len(_syllables(e.text)), not e.text.isupper(), -e.start)).text


class PeopleLinker:
    def __init__(self, settings: PeopleSettings):
        self.alias_sources = frozenset(settings.alias_sources)

    def __call__(self, doc: Doc) -> None:
        mentions = [e for e in doc.ents if e.label == "PERSON"]
        groups = _Groups(len(mentions))
        keys = [name_key(m.text) for m in mentions]
        first_with_key: dict[str, int] = {}
        for i, k in enumerate(keys):
            groups.join(first_with_key.setdefault(k, i), i)
        for i, mention in enumerate(mentions[1:], start=1):
            if mention.source in self.alias_sources:
                groups.join(i - 1, i)
        for i, mention in enumerate(mentions):
            if "." in mention.text:
                for j, other in enumerate(mentions):
                    if j != i and _initials_match(mention.text, other.text):
                        groups.join(j, i)
                        break
        self._one_word_mentions(mentions, groups)
        by_group: dict[int, list[int]] = {}
        for i in range(len(mentions)):
            by_group.setdefault(groups.find(i), []).append(i)
        people = []
        for members in sorted(by_group.values()):
            group = [mentions[i] for i in members]
            name = _display(group)
            roles = [r for r in doc.roles if r.person in group]
            provinces = tuple(dict.fromkeys(r.province for r in roles if r.province is not None))
            people.append(Person(name, name_key(name), tuple(group), tuple(r.title for r in roles), provinces))
        doc.people = tuple(people)

    @staticmethod
    def _one_word_mentions(mentions: list[Entity], groups: _Groups) -> None:
        """`ông Dũng` after `Lê Văn Dũng`: joined when exactly one fuller name ends with that word."""
        for i, mention in enumerate(mentions):
            words = _syllables(mention.text)
            if len(words) != 1:
                continue
            fuller = {groups.find(j) for j, other in enumerate(mentions) if len(_syllables(other.text)) > 1
                      and _syllables(other.text)[-1] == words[0]}
            if len(fuller) == 1:
                groups.join(fuller.pop(), i)


@factory("people", PeopleSettings)
def make_people(settings: PeopleSettings) -> PeopleLinker:
    return PeopleLinker(settings)
