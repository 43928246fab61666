"""A normalized view of a text that still knows where each character came from.

Rules and the model match on one canonical spelling (NFC, one tone-mark placement, plain
spaces, quotes and dashes), while every entity must index the caller's original string.
`NormalizedText` keeps, for each normalized character, the original span it stands for.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any, Literal

from vnner.data import load_yaml
from vnner.entity import Entity
from vnner.tokens import LETTERS  # the same runs as `_SYLLABLE` in text without combining marks, found faster

ToneStyle = Literal["new", "old"]


@cache
def orthography() -> dict:
    """The tables of `vnner/data/orthography.yaml`, as sets and maps."""
    data = load_yaml(
        "orthography.yaml",
        {
            "tone_marks": "words", "vowels": "words", "modified_vowels": "words", "old_style_pairs": "words",
            "line_breaks": "words", "look_alikes": "map", "bare_letters": "map",
        },
    )
    return {
        "tones": frozenset(data["tone_marks"]),
        "vowels": frozenset(data["vowels"]),
        "modified": frozenset(data["modified_vowels"]),
        "old_pairs": frozenset(data["old_style_pairs"]),
        "line_breaks": frozenset(data["line_breaks"]),
        "look_alikes": data["look_alikes"],
        "bare": str.maketrans(data["bare_letters"]),
    }


_SYLLABLE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")


def _place_tone(syllable: str, style: ToneStyle) -> str:
    """Moves the tone mark of one NFC syllable to its canonical vowel; other text is unchanged."""
    table = orthography()
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in table["tones"]]
    if len(tones) != 1:
        return syllable
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in table["tones"]))
    lower = bare.lower()
    if len(lower) != len(bare):
        return syllable
    vowels = [i for i, c in enumerate(lower) if c in table["vowels"]]
    if lower.startswith("qu") or (lower.startswith("gi") and len(vowels) > 1):
        vowels = [i for i in vowels if i > 1]  # `qu`, `gi` are consonants here
    if not vowels or vowels != list(range(vowels[0], vowels[-1] + 1)):
        return syllable
    modified = [i for i in vowels if lower[i] in table["modified"]]
    if modified:
        target = modified[-1]
    elif vowels[-1] < len(lower) - 1:  # closed syllable: the last vowel carries the mark
        target = vowels[-1]
    elif len(vowels) == 3:
        target = vowels[1]
    elif len(vowels) == 2:
        pair = lower[vowels[0]] + lower[vowels[1]]
        target = vowels[1] if style == "old" and pair in table["old_pairs"] else vowels[0]
    else:
        target = vowels[0]
    marked = bare[:target] + unicodedata.normalize("NFC", bare[target] + tones[0]) + bare[target + 1 :]
    return marked if len(marked) == len(syllable) else syllable


@dataclass(frozen=True)
class NormalizedText:
    """`text` is the canonical view; `origin[i]` is the original span of `text[i]`."""

    original: str
    text: str
    origin: Sequence[tuple[int, int]]

    @classmethod
    def build(cls, original: str, tone_style: ToneStyle = "old") -> NormalizedText:
        """The canonical view. Text with combining marks is rebuilt syllable by syllable
        (`build_slowly`); other text is copied in stretches, and only the syllables whose tone
        placement moves and the characters `_add_plain` rewrites are rebuilt (same result)."""
        if not unicodedata.is_normalized("NFC", original) or _has_combining(original):
            return cls.build_slowly(original, tone_style)
        if len(original) <= 64:  # a word or a lexicon phrase: most need no rewriting at all
            if _plain_rewrites().search(original) or _moved_syllables(original, tone_style):
                return cls.build_slowly(original, tone_style)
            return cls(original, original, _Identity(len(original)))
        pieces: list[str] = []
        folds: list[tuple[int, int, int]] = []  # (normalized index, original start, original end)
        position = shift = 0  # shift: original minus normalized offset after the folds so far
        for match in _plain_rewrites().finditer(original):  # one character for one, or a space run for one
            pieces.append(original[position : match.start()])
            spans: list[tuple[int, int]] = []
            _add_plain(original, match.start(), match.end(), pieces, spans)
            if spans[0][1] - spans[0][0] > 1:
                folds.append((match.start() - shift, *spans[0]))
                shift += spans[0][1] - spans[0][0] - 1
            position = match.end()
        pieces.append(original[position:])
        text = "".join(pieces)
        moved = _moved_syllables(original, tone_style)
        if moved:  # letter runs keep their length and are the same runs after the plain rewrites
            views = {run: _syllable_view(run, tone_style)[0] for run in moved}
            text = LETTERS.sub(lambda m: views.get(m[0], m[0]), text)
        return cls(original, text, _Folds(len(text), folds) if folds else _Identity(len(text)))

    @classmethod
    def build_slowly(cls, original: str, tone_style: ToneStyle = "old") -> NormalizedText:
        """The view built one letter run and one plain stretch at a time: any text, the reference."""
        pieces: list[str] = []
        origin: list[tuple[int, int]] = []
        position = 0
        for match in _SYLLABLE.finditer(original):
            _add_plain(original, position, match.start(), pieces, origin)
            _add_syllable(match.group(), match.start(), tone_style, pieces, origin)
            position = match.end()
        _add_plain(original, position, len(original), pieces, origin)
        return cls(original, "".join(pieces), tuple(origin))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Maps a normalized span [start, end) to the original span it covers."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalized text")
        return self.origin[start][0], self.origin[end - 1][1]

    def from_original(self, start: int, end: int) -> tuple[int, int] | None:
        """The normalized span that maps exactly to original [start, end), if there is one."""
        starts, ends = self._original_edges
        if start in starts and end in ends:
            return starts[start], ends[end]
        return None

    @cached_property
    def _original_edges(self) -> tuple[dict[int, int], dict[int, int]]:
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for index, (ostart, oend) in enumerate(self.origin):
            starts.setdefault(ostart, index)
            ends[oend] = index + 1
        return starts, ends

    def entity(self, start: int, end: int, label: str, **kwargs: Any) -> Entity:
        """An entity for a normalized span, with text and offsets of the original string."""
        ostart, oend = self.to_original(start, end)
        return Entity.from_span(self.original, ostart, oend, label, **kwargs)


class _Identity(Sequence):
    """`origin` of a text that normalization leaves as it is: character i stands for [i, i + 1)."""

    def __init__(self, length: int) -> None:
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple((i, i + 1) for i in range(*index.indices(self.length)))
        if not -self.length <= index < self.length:
            raise IndexError(index)
        index %= self.length
        return (index, index + 1)


class _Folds(Sequence):
    """`origin` of NFC text whose only change of length is white space runs folded into one
    character: each fold (normalized index, original start, original end) stands for its run, and
    the characters between folds are shifted by the runs before them. Memory grows with the
    folds, not with the text."""

    def __init__(self, length: int, folds: list[tuple[int, int, int]]) -> None:
        self.length = length
        self.at = [index for index, _, _ in folds]
        self.folds = folds

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self.length)))
        if not -self.length <= index < self.length:
            raise IndexError(index)
        index %= self.length
        fold = bisect.bisect_right(self.at, index) - 1
        if fold < 0:
            return (index, index + 1)
        at, start, end = self.folds[fold]
        if at == index:
            return (start, end)
        original = end + index - at - 1
        return (original, original + 1)


_STABLE: dict[str, set[str]] = {"old": set(), "new": set()}  # syllables normalization leaves as they are


def _moved_syllables(original: str, tone_style: ToneStyle) -> tuple[str, ...]:
    """The letter runs of NFC `original` (no combining marks) whose tone mark moves. Runs seen to
    stay are remembered (running text repeats a small vocabulary), so most texts cost one set
    difference."""
    stable = _STABLE.setdefault(tone_style, set())
    moved = []
    for run in set(LETTERS.findall(original)) - stable:
        if _syllable_view(run, tone_style)[0] != run:
            moved.append(run)
        elif len(stable) < 1 << 17:
            stable.add(run)
    return tuple(sorted(moved))


_PLAIN_CHARACTERS: set[str] = set()  # characters seen to be no combining mark: most texts need one subset test


def _has_combining(text: str) -> bool:
    characters = set(text)
    if characters <= _PLAIN_CHARACTERS:
        return False
    if any(map(unicodedata.combining, characters)):
        return True
    if len(_PLAIN_CHARACTERS) < 1 << 16:
        _PLAIN_CHARACTERS.update(characters)
    return False


@cache
def _plain_rewrites() -> re.Pattern:
    """What `build` rewrites in NFC text without combining marks, besides tone marks: white space
    runs, odd spaces and look-alike characters."""
    look_alikes = "".join(re.escape(c) for c in orthography()["look_alikes"] if not c.isalpha())
    return re.compile("|".join([r"\s{2,}", r"[^\S \n]"] + ([f"[{look_alikes}]"] if look_alikes else [])))


def _add_plain(original: str, start: int, end: int, pieces: list[str], origin: list) -> None:
    """Non-letters: map look-alike characters and fold whitespace runs into one space, or into
    one line break when the run holds one (captions, bylines and headlines are lines)."""
    segment = original[start:end]
    if not _plain_rewrites().search(segment) and not any(map(unicodedata.combining, segment)):
        pieces.append(segment)  # the usual case: spaces, digits, punctuation left as they are
        origin.extend(zip(range(start, end), range(start + 1, end + 1)))
        return
    look_alikes, line_breaks = orthography()["look_alikes"], orthography()["line_breaks"]
    index = start
    while index < end:
        char = look_alikes.get(original[index], original[index])
        if unicodedata.combining(char):  # a stray mark that follows no letter
            index += 1
            continue
        run_end = index + 1
        if char.isspace():
            while run_end < end and original[run_end].isspace():
                run_end += 1
            char = "\n" if any(c in line_breaks for c in original[index:run_end]) else " "
        pieces.append(char)
        origin.append((index, run_end))
        index = run_end


def _add_syllable(word: str, offset: int, style: ToneStyle, pieces: list[str], origin: list) -> None:
    canonical, spans = _syllable_view(word, style)
    pieces.append(canonical)
    if len(spans) == len(word):  # one character each: no combining marks to fold
        origin.extend(zip(range(offset, offset + len(word)), range(offset + 1, offset + len(word) + 1)))
    else:
        origin.extend((offset + s, offset + e) for s, e in spans)


@lru_cache(maxsize=1 << 16)
def _syllable_view(word: str, style: ToneStyle) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A letter run's canonical form and each character's span in `word`.

    Each base letter with its combining marks becomes one NFC character. Cached: running
    text repeats a small vocabulary of syllables.
    """
    if not any(map(unicodedata.combining, word)) and unicodedata.is_normalized("NFC", word):
        return _place_tone(word, style), tuple(zip(range(len(word)), range(1, len(word) + 1)))
    clusters: list[tuple[int, int]] = []
    for index, char in enumerate(word):
        if clusters and unicodedata.combining(char):
            clusters[-1] = (clusters[-1][0], index + 1)
        else:
            clusters.append((index, index + 1))
    composed = [unicodedata.normalize("NFC", word[s:e]) for s, e in clusters]
    if any(len(c) != 1 for c in composed):  # a letter NFC cannot compose: keep it as is
        return "".join(composed), tuple(span for span, chars in zip(clusters, composed) for _ in chars)
    return _place_tone("".join(composed), style), tuple(clusters)


@cache
def key(text: str) -> str:
    """The one lookup key of vnner: lower case, NFC, old-style tone placement, plain dashes.

    Lexicon entries and the words of a text are compared by it, so data files may be written
    in either tone style and any Unicode form.
    """
    return NormalizedText.build(text, "old").text.lower()


def lower_in_place(text: str) -> str:
    """Lower case that never changes the length (`İ` would grow), so offsets still hold."""
    lowered = text.lower()
    if len(lowered) == len(text):  # no character grew (none shrinks): the same per-character map
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=1 << 16)
def bare(text: str) -> str:
    """Letters without diacritics (`khẹt`, `khệt` -> `khet`): for foreign names, spelt many ways."""
    stripped = unicodedata.normalize("NFD", text.translate(orthography()["bare"]))
    return "".join(c for c in stripped if not unicodedata.combining(c))
