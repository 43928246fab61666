"""Splits text into the word-level units that BIO tags, the corpus and the scorer share.

A unit is a run of letters (one Vietnamese syllable or a foreign word), a number with its
internal separators (`02/04/2024`, `1,5`, `100.000`, `2023-2027`), or one other character.
Whitespace is never a unit. Entity boundaries in the corpus must fall on unit boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Letter runs: letters and combining marks in any order, written as letters first (the usual
# case) so that the engine rarely backtracks; the same runs as `(?:[^\W\d_]|[\u0300-\u036f])+`.
UNIT = re.compile(
    r"\d+(?:[.,/:\-]\d+)*|[\u0300-\u036f]*[^\W\d_]+(?:[\u0300-\u036f]+[^\W\d_]*)*|[\u0300-\u036f]+|\S", re.UNICODE
)


# A run of letters with no combining mark in it: a syllable of NFC text, a word of a name.
LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in UNIT.finditer(text)]
