"""Shared by the rule finders: word keys, lexicon phrases, data tables and cue patterns.

Lexicon entries and text are compared by `key` (lower case, one tone placement), so data
files may be written in either spelling. Tables live in `vnner/data/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import yaml

from vnner.config import packaged_config
from vnner.normalize import NormalizedText
from vnner.rules import RuleContext

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_WORD = re.compile(r"[^\W\d_]+")
_BLANK = r"[^\S\n]"  # white space within a line: cues never reach across a line break


@dataclass(frozen=True, slots=True)
class Word:
    """A letter run of the normalized text; `key` is its case- and tone-placement-free form."""

    start: int
    end: int
    text: str
    key: str


@cache
def key(text: str) -> str:
    return NormalizedText.build(text, "old").text.lower()


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group(), key(m.group())) for m in _WORD.finditer(text)]


class Phrases(tuple):
    """Word-key tuples of lexicon entries, longest first (so the longest match wins)."""

    @cached_property
    def by_first_word(self) -> dict[str, list[tuple[str, ...]]]:
        """The same phrases grouped by first word: matching tries only those that can fit."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self:
            index.setdefault(phrase[0], []).append(phrase)
        return index


def phrases(entries: list[str]) -> Phrases:
    keyed = {tuple(w.key for w in words(entry)) for entry in entries}
    return Phrases(sorted(keyed, key=len, reverse=True))


@cache
def load_yaml(name: str) -> dict:
    """A YAML table of `vnner/data/`."""
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def found_spans(context: RuleContext, labels: set[str]) -> list[tuple[int, int, str]]:
    """Normalized spans of earlier entities with these labels (entities index the original)."""
    spans = []
    for entity in context.found:
        if entity.label in labels and (span := context.doc.from_original(entity.start, entity.end)):
            spans.append((*span, entity.label))
    return spans


def taken_mask(length: int, spans: list[tuple[int, int, str]]) -> bytearray:
    """1 for each character inside one of `spans`: a linear-time overlap test for many words."""
    mask = bytearray(length)
    for start, end, _ in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


@cache
def surnames() -> frozenset[str]:
    lines = (DATA_DIR / "surnames.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(key(s.strip()) for s in lines if s.strip() and s[0] != "#")


def fold(text: str) -> str:
    """Lower-cased, tone-placement-free text with the same length and offsets as `text`."""
    return lower_in_place(NormalizedText.build(text, "old").text)


def lower_in_place(text: str) -> str:
    """Lower case that never changes the length (`İ` would grow), so offsets still hold."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _alternatives(entries: list[str]) -> str:
    return "|".join(re.escape(fold(e)) for e in sorted(entries, key=len, reverse=True))


def countries() -> list[str]:
    """Country names (never a PROVINCE); listed with the PERSON cues, used by titles too."""
    return load_yaml("person_cues.yaml")["countries"]


def country_pair_words() -> list[str]:
    """Countries and their short forms that pair with a dash (`Việt - Lào`)."""
    return [*countries(), *load_yaml("person_cues.yaml")["country_pair_words"]]


@cache
def person_cues() -> dict:
    """Word sets and patterns of `person_cues.yaml`: honorifics, credits, names of things..."""
    data = load_yaml("person_cues.yaml")
    introducers = tuple(fold(w) for w in packaged_config("rules")["provinces"]["introducers"])
    country = f"(?:{_alternatives(country_pair_words())})"
    sets = {name: frozenset(key(w) for w in data[name]) for name in ("stop_words", "lead_words", "not_names")}
    singles = frozenset(key(w) for w in data["honorifics"] if " " not in w)
    return {
        **sets,
        "stems": frozenset(key(w) for w in data["year_stems"]),
        "branches": frozenset(key(w) for w in data["year_branches"]),
        "singles": singles,
        # words a name never starts with: `Theo`, `ông`, `Em` are dropped from the front of a run
        "dropped_first": sets["lead_words"] | singles | {key(w) for w in data["roles"] if " " not in w},
        "honorific": re.compile(rf"(?<!\w)(?:{_alternatives(data['honorifics'])})(?:{_BLANK}*:)?{_BLANK}+$"),
        "credit": re.compile(rf"(?<!\w)(?:{_alternatives(data['credits'])}){_BLANK}*:{_BLANK}*$"),
        # `em`, `lưu học sinh Lào`: a role noun, possibly with the person's country
        "role": re.compile(rf"(?<!\w)(?:{_alternatives(data['roles'])})(?: {country})?{_BLANK}+$"),
        "thing_start": re.compile(rf"(?:{_alternatives(data['thing_words'])})(?!\w)"),
        "thing": re.compile(
            rf"(?<!\w)(?:{_alternatives(data['thing_words'])})"
            rf"(?: (?:{_alternatives(data['named_after'])}|{country}(?: - {country})?)){{0,4}}{_BLANK}+$"
        ),
        "leading": tuple(sorted((tuple(key(x) for x in w.split()) for w in data["not_names"]), key=len, reverse=True)),
        "country": re.compile(rf"(?<!\w)(?:{_alternatives(countries())})\Z"),
        "local": re.compile(rf"(?<!\w)(?:{_alternatives(data['local_units'])})\Z"),
        "introducers": introducers,
        "before_place": (*introducers, *(fold(w) for w in data["before_place"])),
    }
