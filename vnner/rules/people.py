"""PEOPLE: which PERSON mentions of a document are one person (guidelines v1.2, "people").

A linker that runs after the roles linker. Mentions are one person when their `name_key`s are
equal (a repeated name, an all-caps byline, a transliteration and its Latin form), when one is
the alias of the name right before it (`Vi-lay (Vilay Phommachanh)`, `Bô Nhơn – Lê Viết
Muồng`: spans the PERSON component made with its `alias` rules), when a foreign name of two words
is printed in the other order (`Keiko Yamada`, `Yamada Keiko`), when one is written with
initials (`S.TRUNG` for `SƠN TRUNG`), or when a shorter mention (`ông Dũng`, `bà Kim Chi`) ends
exactly one fuller name, or else starts one (`Y Khuê` of `Y Khuê Byă`; `ông Vương` of `Vương Kiến
Hoa`, see `_short_forms`); a byline's short form joins only a byline.
Each person gets the titles and provinces of its roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vnner.doc import Doc, Person, fullest_name
from vnner.entity import Entity
from vnner.names import is_vietnamese, name_key, syllables
from vnner.normalize import bare, key
from vnner.rules import factory
from vnner.rules.lexicon import alternatives, name_middles


@dataclass(frozen=True)
class PeopleSettings:
    alias_sources: list[str]  # `Entity.source`s of a PERSON that is an alias of the one before it
    alias_cues: list[str]  # words before a pen name or an alias of the PERSON before it (`bút danh`)
    byline_sources: list[str]  # ... of a byline or a photo credit: a reporter, not a person of the story


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
    return [key(s) for s in syllables(name)]


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


def aliases(doc: Doc, alias_sources: frozenset[str], alias_cue: re.Pattern | None = None) -> list[bool]:
    """For each PERSON of `doc`, whether it is an alias of the PERSON right before it: the PERSON
    component said so (`alias_sources`), or it stands in brackets right after it (`X (Y)`, maybe
    after a few words: `X (tức Y)`, `X (Sư cô Y)`), or an alias cue leads it (`Hà Văn Thạch ... ông
    hoạt động với bí danh Thạch Hùng`), with the names listed after that cue (`dưới các bút danh Đình
    Sơn và Lê Hoằng`)."""
    persons = [e for e in doc.ents if e.label == "PERSON"]
    starts = {e.start for e in doc.ents}
    flags, cued = [False], False
    for previous, mention in zip(persons, persons[1:]):
        # `X (Y)`, `X (tức Y)`, `X (Sư cô Y)`: words but no entity may lead the bracket
        lead = _BRACKET_LEAD.fullmatch(doc.text, previous.end, mention.start)
        bracketed = bool(lead) and doc.text.startswith(")", mention.end) and not any(
            previous.end < s < mention.start for s in starts
        )
        listed = cued and doc.text[previous.end : mention.start] in (", ", " và ")
        cued = listed or bool(alias_cue and alias_cue.search(doc.text, previous.end, mention.start))
        flags.append(mention.source in alias_sources or bracketed or cued)
    return flags[: len(persons)]


_BRACKET_LEAD = re.compile(r" \((?:[^\W\d_]+:? ){0,4}")


def alias_cue_pattern(cues: list[str]) -> re.Pattern | None:
    """One pattern for a cue that ends right before a mention (`bút danh |`), case-insensitive."""
    return re.compile(rf"(?<!\w)(?:{alternatives(cues)}) $", re.IGNORECASE) if cues else None


def _words_of(name: str) -> list[str]:
    """The space-separated words of a name, each as its `name_key`: `Khăm-phăn` is one word."""
    return [name_key(w) for w in name.split() if any(c.isalpha() for c in w)]


@cache
def _middles() -> frozenset[str]:
    """Vietnamese name middles (`Thị`, `Văn`) as the word keys `_words_of` gives."""
    return frozenset(name_key(m) for m in name_middles())


def _short_forms(words: tuple[str, ...], vietnamese: bool) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """The shorter forms a name is referred to by, as (last words, first words): its last words (`bà
    Mai`, `bà Kim Chi` for `Sơn Thị Kim Chi`); its family name alone where no Vietnamese middle (`Thị`,
    `Văn`) follows it (`ông Vương` for a Chinese `Vương Kiến Hoa`); for a name that is not Vietnamese,
    any of its first words (`Y Khuê` for `Y Khuê Byă`) or one of its middle words (`bà Martínez` for the
    Spanish `Yusleidy Martínez Cabrera`, whose father's family name comes before the mother's)."""
    last = {words[-k:] for k in range(1, len(words))}
    if vietnamese:  # not `Hồ` for `Hồ Thị Ngân`
        first = {words[:1]} if len(words) > 2 and words[1] not in _middles() else set()
    else:
        first = {words[:k] for k in range(1, len(words))} | {words[k : k + 1] for k in range(1, len(words) - 1)}
    return last, first - last


def group_mentions(
    mentions: list[Entity], alias_of_previous: list[bool], byline_sources: frozenset[str] = frozenset()
) -> list[list[int]]:
    """Indices of `mentions` (in text order, possibly from several records of one document) grouped
    by person: equal `name_key`s, an alias right after its name, initials, a shorter mention (of a
    byline only for a byline: the reporter `NGỌC DIỆP` is not `Võ Thị Ngọc Diệp` of the story)."""
    byline = [m.source in byline_sources for m in mentions]
    groups = _Groups(len(mentions))
    first_with_key: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        groups.join(first_with_key.setdefault(name_key(mention.text), i), i)
    for i, mention in enumerate(mentions):  # `Keiko Yamada` is `Yamada Keiko`: a name of two words in
        parts = mention.text.split()  # either order, as Japanese and Korean names are printed
        if len(parts) == 2 and not is_vietnamese(mention.text):
            swapped = first_with_key.get(name_key(f"{parts[1]} {parts[0]}"))
            if swapped is not None:
                groups.join(swapped, i)
    for i in range(1, len(mentions)):
        if alias_of_previous[i]:
            groups.join(i - 1, i)
    words = [tuple(_words_of(m.text)) for m in mentions]
    by_last_word: dict[str, list[int]] = {}  # written-out names of two words or more, by last word
    by_last: dict[tuple[str, ...], list[int]] = {}  # ... by the last words a shorter mention may use
    by_first: dict[tuple[str, ...], list[int]] = {}  # ... by first words (names that are not Vietnamese)
    for j, mention in enumerate(mentions):
        if len(words[j]) > 1 and "." not in mention.text:
            by_last_word.setdefault(_syllables(mention.text)[-1], []).append(j)
            last, first = _short_forms(words[j], is_vietnamese(mention.text))
            for form in last:
                by_last.setdefault(form, []).append(j)
            for form in first:
                by_first.setdefault(form, []).append(j)
    for i, mention in enumerate(mentions):  # `S.TRUNG` for `SƠN TRUNG`
        if "." in mention.text:
            candidates = by_last_word.get(_syllables(mention.text)[-1], [])
            full = next((j for j in candidates if _initials_match(mention.text, mentions[j].text)), None)
            if full is not None:
                groups.join(full, i)
    # `ông Dũng` for `Lê Văn Dũng`, `Kim Chi` for `Sơn Thị Kim Chi`, `Kim` for `Kim Sung-jin`, `Y Khuê`
    # for `Y Khuê Byă`: a shorter mention joins the one person whose name ends with it, or, when no
    # name ends with it, the one whose name starts with it (`Thanh` is `Nguyễn Chí Thanh`, not the
    # byline `THANH TÂM`). Where the folded words fit several, the tone marks decide.
    for i in range(len(mentions)):
        if "." in mentions[i].text:
            continue
        for index in (by_last, by_first):
            candidates = [j for j in index.get(words[i], []) if len(words[j]) > len(words[i])]
            fuller = {groups.find(j) for j in candidates if byline[j] == byline[i]} - {groups.find(i)}
            if len(fuller) > 1 and index is by_last:  # `Tú` is `Hoàng Minh Tú`, not `Nguyễn Văn Tư`
                toned = _syllables(mentions[i].text)
                fuller = {
                    groups.find(j) for j in candidates
                    if byline[j] == byline[i] and _syllables(mentions[j].text)[-len(toned) :] == toned
                } - {groups.find(i)} or fuller
            if fuller:
                if len(fuller) == 1:
                    groups.join(fuller.pop(), i)
                break
    by_group: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        by_group.setdefault(groups.find(i), []).append(i)
    return sorted(by_group.values())


def document_people(
    docs: list[Doc],
    alias_sources: frozenset[str],
    byline_sources: frozenset[str] = frozenset(),
    alias_cue: re.Pattern | None = None,
) -> list[dict[int, str]]:
    """For the records of one document, each record's PERSON index -> a person key shared across
    the records (the `name_key` of the person's fullest spelling in the whole document)."""
    mentions, where, alias_of_previous = [], [], []
    for d, doc in enumerate(docs):
        alias_of_previous += aliases(doc, alias_sources, alias_cue)
        for index, entity in enumerate(doc.ents):
            if entity.label == "PERSON":
                mentions.append(entity)
                where.append((d, index))
    keys: list[dict[int, str]] = [{} for _ in docs]
    for members in group_mentions(mentions, alias_of_previous, byline_sources):
        person = name_key(fullest_name([mentions[i] for i in members]))
        for i in members:
            d, index = where[i]
            keys[d][index] = person
    return keys


class PeopleLinker:
    def __init__(self, settings: PeopleSettings):
        self.alias_sources = frozenset(settings.alias_sources)
        self.byline_sources = frozenset(settings.byline_sources)
        self.alias_cue = alias_cue_pattern(settings.alias_cues)

    def across(self, docs: list[Doc]) -> list[dict[int, str]]:
        """Person keys shared across the records of one document (see `document_people`)."""
        return document_people(docs, self.alias_sources, self.byline_sources, self.alias_cue)

    def __call__(self, doc: Doc) -> None:
        mentions = [e for e in doc.ents if e.label == "PERSON"]
        groups = group_mentions(mentions, aliases(doc, self.alias_sources, self.alias_cue), self.byline_sources)
        group_of = {mentions[i].key: g for g, members in enumerate(groups) for i in members}
        roles_of: list[list] = [[] for _ in groups]
        for role in doc.roles:
            roles_of[group_of[role.person.key]].append(role)
        people = []
        for members, roles in zip(groups, roles_of):
            group = [mentions[i] for i in members]
            name = fullest_name(group)
            provinces = tuple(dict.fromkeys(r.province for r in roles if r.province is not None))
            people.append(Person(name, name_key(name), tuple(group), tuple(r.title for r in roles), provinces))
        doc.people = tuple(people)


@factory("people", PeopleSettings)
def make_people(settings: PeopleSettings) -> PeopleLinker:
    return PeopleLinker(settings)
