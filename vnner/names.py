"""`name_key`: one spelling-insensitive key for the spellings of one person's name.

Vietnamese names keep their tone marks (only case and tone placement fold), so two different
names never collide; foreign names (Lao, Khmer, ...) are folded hard, since Vietnamese papers
spell them many ways. The folding is a table, `vnner/data/name_keys.yaml`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from vnner.data import load_lines, load_yaml
from vnner.normalize import bare, key
from vnner.tokens import LETTERS


def syllables(name: str) -> list[str]:
    """The letter runs of a name: `Xay-nhạ-phon` has three, `S.TRUNG` two."""
    return LETTERS.findall(name)


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def vowel_groups(word: str) -> int:
    """How many vowel groups a word has, case and tone marks aside: a Vietnamese syllable has one
    (`Khoa`, `Dũng`), most foreign words more (`Leklay`, `Singapore`)."""
    return len(_VOWEL_GROUPS.findall(bare(word.lower())))


@cache
def _tables() -> dict:
    data = load_yaml("name_keys.yaml", {"syllable_endings": "map", "word_endings": "map", "pairs": "map"})
    return {**data, "pairs": tuple(data["pairs"].items()), "surnames": frozenset(map(key, load_lines("surnames.txt")))}


def _fold_ending(text: str, endings: dict[str, str]) -> str:
    for ending, replacement in endings.items():
        if text.endswith(ending) and len(text) > len(ending):
            return text[: -len(ending)] + replacement
    return text


def is_vietnamese(name: str) -> bool:
    """Starts with a Vietnamese surname, has no hyphen and two to five syllables."""
    runs = syllables(name)
    return "-" not in name and 2 <= len(runs) <= 5 and key(runs[0]) in _tables()["surnames"]


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """`Lếch-lay Sỉ-vi-lay` and `Leklay Sivilay` give one key; `Nguyễn Đức Hải` and `Nguyễn Đức Hai` two."""
    if is_vietnamese(name):
        return " ".join(key(s) for s in syllables(name))
    joined = "".join(_folded_word(word) for word in name.split())
    for written, replacement in _tables()["pairs"]:
        joined = joined.replace(written, replacement)
    return _DOUBLED.sub(r"\1", joined)


_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def _folded_word(word: str) -> str:
    """One space-separated word folded: each syllable's ending, then the word's. Words repeat far
    more than whole names do, so this is the level worth caching."""
    tables = _tables()
    folded = "".join(_fold_ending(bare(s.lower()), tables["syllable_endings"]) for s in syllables(word))
    return _fold_ending(folded, tables["word_endings"])
