"""PERSON finder: Vietnamese and foreign (Lao) names, found through their context.

A candidate is a run of name-like words (`Lê`, `Leklay`, `XAYNHAPHON`, `Lếch-lay`, `S.TRUNG`)
joined by single spaces and outside every entity found earlier (so a PROVINCE, TITLE or DATE
is never part of a name). A capitalized word proves nothing in Vietnamese, where titles,
bodies and places are capitalized too, so a run becomes a PERSON only with evidence (the
rows of `vnner/data/evidence/persons.yaml`, in this order, first match decides):

score 0.9  after a TITLE (possibly `TITLE [tỉnh] PROVINCE [-]`): `Tỉnh trưởng Sekong Leklay Sivilay`
score 0.8  one word after a TITLE, before a verb: `Thứ trưởng Hạnh cho biết` (not `Giám đốc Agribank`)
score 0.9  after an honorific or rank (`đồng chí`, `ông`, `Đại tá`); 0.75 for one word
score 0.85 after a role noun (`em`, `thí sinh`), two words or more, shaped like a name
score 0.9  after a credit cue: `ẢNH: S.TRUNG`
score 0.85 before `, TITLE` or `- TITLE`: `Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy`
score 0.8  a line that holds nothing but names: bylines `SƠN TRUNG`, `Xuân Hiếu – Quang Phi`
score 0.8  after a dash or in brackets after a PERSON: aliases `Bô Nhơn – Lê Viết Muồng`,
           `Vi-lay Phôm-ma-chăn (Vilay Phommachanh)` (in brackets, shaped like a name)
score 0.7  a common surname + 1-3 capitalized syllables anywhere: `Nguyễn Thái Hưng`

Two runs joined by a spaced hyphen-minus (not an en dash) form one foreign name when neither
starts with a Vietnamese surname (`Su Căn - Bun Nhông`). Countries, can-chi years, page
furniture and runs after road/school nouns are rejected (also with a school type or a
title between: `Trường THPT Nguyễn Du`, `Đền thờ Chủ tịch Hồ Chí Minh`). A country between a
title and a name is skipped like a province (`Thủ tướng Lào Sonexay Siphandone`); after a
title ending in a district or commune word, a run without a surname names the unit
(`Chủ tịch UBND xã Tân Lập`). Rejected too, before the weak cues: the name of the body an org
word starts (`Bộ Công Thương`), a field of study (`trình độ thạc sĩ Quản lý công`), a web
address, a place after `ở`/`tại` or in a list of units (`các huyện Hương Khê, Vũ Quang`). In an
all-caps headline a name after an honorific ends before its verb (`BÀ NÔNG THỊ HẠNH ĐƯỢC BẦU`).
Cues live in `vnner/data/person_cues.yaml`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from vnner.doc import Doc, Span, Word
from vnner.entity import LABELS
from vnner.names import name_key, syllables, vowel_groups
from vnner.normalize import NormalizedText, bare, key
from vnner.rules import factory
from vnner.rules.evidence import Evidence
from vnner.rules.lexicon import name_middles, person_cues, surnames


@dataclass(frozen=True)
class PersonSettings:
    cues: str  # in vnner/data/
    surnames: str
    countries: str
    evidence: str
    place_introducers: list[str]  # `tỉnh`, `thành phố`: what may stand between a title and a name
    cue_window: int  # characters before a run searched for a cue


class NameToken(NamedTuple):
    """Letter words of the `Doc` joined with no space by `'` (`H'Yim`), `.` (`S.TRUNG`) or `-`
    (`Lếch-lay`): the unit a name is made of. A lone word is its own token: a `Word` begins with
    the same four fields, and most words of a text are lone."""

    start: int
    end: int
    text: str
    key: str


def name_tokens(doc: Doc) -> list[NameToken | Word]:
    """The `Doc`'s words regrouped into name tokens: `[L'] (L.)* L+ (-L+)*`, L a letter word, where
    the one- or two-letter forms take one or two letters; a word glued after an apostrophe starts none.
    Only tokens that may be name-like are made: one starts at a capitalized word, or at a lower-case
    one glued to a joiner (`h'Yim`); any other word is no name, and the gap it leaves ends a run."""
    words, text, tokens = doc.words, doc.norm, []
    title_at = doc.taken(frozenset({"TITLE"}))
    count = len(words)

    def letters(k: int) -> bool:
        return k < len(words) and words[k].shape not in ("digit", "other")

    def glued(k: int, joiner: str) -> bool:
        """Word k is `joiner` and touches the letter words k - 1 and k + 1."""
        return (
            k + 1 < len(words) and words[k].text == joiner and letters(k + 1)
            and words[k - 1].end == words[k].start and words[k].end == words[k + 1].start
        )

    starts = [
        i for i, w in enumerate(words)
        if w.shape in _NAME_SHAPES
        or (w.shape == "lower" and i + 1 < count and words[i + 1].start == w.end and words[i + 1].text in _JOINERS)
    ]
    def initials(i: int) -> int:
        """How many spaced initials start at word i (`K. P.` of `K. P. Suresh Babu`), where two or more
        come before a longer capitalized word; 0 otherwise (`anh H. Sau đó`: one initial ends a sentence)."""
        k = i
        while (
            k + 2 < count and len(words[k].text) == 1 and words[k].text.isupper() and words[k + 1].text == "."
            and words[k + 1].start == words[k].end and words[k + 2].start == words[k + 1].end + 1
            and text[words[k + 1].end] == " "
        ):
            k += 2
        chain = (k - i) // 2
        return chain if chain >= 2 and k < count and len(words[k].text) > 1 and words[k].shape in _NAME_SHAPES else 0

    next_free = 0
    for i in starts:
        word = words[i]
        if i < next_free or (i > 0 and words[i - 1].text == "'" and words[i - 1].end == word.start):
            continue  # inside the token just made, or glued after an apostrophe
        if chain := initials(i):
            for k in range(i, i + 2 * chain, 2):
                surface = text[words[k].start : words[k + 1].end]
                tokens.append(NameToken(words[k].start, words[k + 1].end, surface, key(surface)))
            next_free = i + 2 * chain
            continue
        if i + 1 == count or words[i + 1].start != word.end:  # nothing glued after: the usual case
            tokens.append(word)
            continue
        j = i
        if len(words[j].text) <= 2 and glued(j + 1, "'"):
            j += 2  # `K'Mák`, `Bh'riu`
        while len(words[j].text) == 1 and glued(j + 1, "."):
            j += 2
        while glued(j + 1, "-") and not title_at[words[j + 2].start]:
            j += 2  # `Hồ Văn Niên-Ủy viên ...`: a title glued by a hyphen is no part of the name (v1.2)
        surface = text[words[i].start : words[j].end]
        tokens.append(NameToken(words[i].start, words[j].end, surface, key(surface)))
        next_free = j + 1
    return tokens


_NAME_SHAPES = frozenset(("title", "upper", "mixed"))
_JOINERS = frozenset("'.-")


_APOSTROPHE_NAME = re.compile(r"[^\W\d_]{1,2}'[^\W\d_]")  # `K'Mák`, `H'Duệ`, `Bh'riu`
_ROMAN = re.compile(r"I{1,3}|IV|VI{1,3}|IX|XI{0,3}")  # `chuyên khoa I`, `II`


@lru_cache(maxsize=1 << 16)
def _name_like(word: str) -> str | None:
    """'upper' for ALL-CAPS names, 'title' for capitalized ones, None for anything else."""
    core = re.sub(r"^[^\W\d_]'", "", word.rstrip(".").rsplit(".", 1)[-1])  # `H'Yim` as `Yim`, `K.` as `K`
    parts = core.split("-")
    if core.isupper() and len(core) > 1:
        plain = bare(core.lower().replace("-", ""))
        clusters = re.findall(r"[^aeiouy]+", plain)
        romanized = len(plain) >= 8 and len(plain) - len("".join(clusters)) >= 3  # `KHAMPHOUNVONG`
        if plain == "".join(clusters) or (any(len(c) > 2 and c != "ngh" for c in clusters) and not romanized):
            return None  # UBND, HĐND, UVTW: abbreviations, not names
        return "upper"
    capitalized = parts[0][0].isupper() and (len(parts[0]) == 1 or parts[0][1:].islower())
    rest_ok = all(p.islower() or (p[0].isupper() and p[1:].islower()) for p in parts[1:])
    return "title" if capitalized and rest_ok else None


def _runs(
    doc: Doc, stop: frozenset[str], names: frozenset[str], particle_gap: re.Pattern[str]
) -> list[list[NameToken]]:
    """Maximal runs of name-like tokens separated by single spaces, outside earlier entities. A stop
    word ends a run, but not in capitals right after a lone surname (`Ảnh: LÊ HỘI`, a given name), nor
    after a surname and `Thị`/`Văn` (`Cà Thị Ban`), nor after a surname ending a byline of two names
    (`Minh Hiếu - Lê Hội`), nor as a name's second or third word before a comma and a title (`Đinh Công
    Sở, Phó Chủ tịch`). A particle between two Latin words stays inside the run (`Rizal bin Ismail`)."""
    runs: list[list[NameToken]] = []
    run: list[NameToken] = []
    taken, text = doc.taken(frozenset(LABELS)), doc.norm
    title_starts = {s.start for s in doc.spans if s.label == "TITLE"}
    for m in name_tokens(doc):
        given = text[run[-1].end : m.start] == " " and (
            (len(run) == 1 and run[0].key in names and m.text.isupper() and run[0].text.isupper())
            or (len(run) >= 2 and run[-2].key in names and run[-1].key in name_middles())  # `Cà Thị Ban`
            or (len(run) == 1 and run[0].key in names and _ends_a_names_line(doc, run[0].start, m.end))
            # `Đinh Công Sở, Phó Chủ tịch ...`, `ông Lê Hội, Giám đốc`: a name's last word, a title after its comma
            or (len(run) <= 2 and run[0].key in names and text.startswith(", ", m.end) and m.end + 2 in title_starts)
        ) if run else False
        if _name_like(m.text) and (m.key not in stop or given) and taken.find(1, m.start, m.end) < 0:
            if run and text[run[-1].end : m.start] != " " and not _particle_between(doc, run, m, particle_gap):
                runs.append(run)
                run = []
            run.append(m)
        elif run:
            runs.append(run)
            run = []
    return [*runs, run] if run else runs


def _particle_between(doc: Doc, run: list[NameToken], right: NameToken, particle_gap: re.Pattern[str]) -> bool:
    """`Mohd Rizal bin Ismail`, `Ursula von der Leyen`: a name particle, and nothing else, between the run
    and a capitalized word, both in Latin letters, or in a transliteration of hyphenated syllables
    (`In-grít van Hau-tần`, `En-xơ Van đen Brúc`)."""
    left = run[-1]
    if not all(_name_like(t.text) == "title" for t in (left, right)):
        return False
    foreign = (left.text.isascii() and right.text.isascii()) or any("-" in t.text for t in (*run, right))
    return foreign and particle_gap.fullmatch(doc.norm, left.end, right.start) is not None


def _ends_a_names_line(doc: Doc, start: int, end: int) -> bool:
    """[start, end) ends its line, after one to four words and a dash (`Minh Hiếu - Lê Hội`)."""
    line_start, line_end = doc.line_bounds(start, end)
    short = start - line_start <= 60  # four words and a dash: no slice of a long line
    return line_end == end and short and bool(_NAME_THEN_DASH.fullmatch(doc.norm[line_start:start]))


def _trim(
    run: list[NameToken], cues: dict, names: frozenset[str], after_personal: bool = False, after_credit: bool = False
) -> tuple[list[NameToken], bool]:
    """Drops leading function words, honorifics, roles and country names (`Lào Sommad Pholsena`).
    Right after `ông`/`bà` (`after_personal`), a lead word before `Thị`/`Văn` or a hyphenated given
    name is a surname (`ông Đồng Văn Hải`, `bà Từ Thị Lan`, `ông Cho Yong-seok`), in a run of two to
    four capitalized words; after a credit cue, a lead word that is a listed surname is one
    (`Bài và ảnh: ĐOÀN SƠN`).

    Says whether an honorific was dropped.
    """
    surname_like = 2 <= len(run) <= 4 and (run[1].key in name_middles() or "-" in run[1].text)
    surname_like = surname_like or (after_credit and 2 <= len(run) <= 4 and run[0].key in names)
    shape = {_name_like(m.text) for m in run}
    if (after_personal or after_credit) and surname_like and run[0].key in cues["lead_words"] and (
        shape == {"title"} or (after_credit and shape == {"upper"})
    ):
        return run, False
    honorific = False
    if " ".join(m.key for m in run) in cues["not_names"]:
        return [], False  # `Cô Tô`, `Bà Rịa`: a place whose name starts with an honorific
    if len(run) >= 4 and _ROMAN.fullmatch(run[0].text) and run[1].key in names:
        run = run[1:]  # `chuyên khoa II Điểu Thị Mai Hương`: the grade before a full name
    if len(run) >= 3 and run[0].text in cues["burmese_honorifics"] and all(m.text.isascii() for m in run[1:]):
        return run[1:], True  # `U Myo Zaw Htun`, `Daw Khin Su Mon`; not `U Minh Thượng`
    while run:
        keys = tuple(m.key for m in run)
        if lead := _leading_not_name(keys, cues):
            run = run[len(lead) :]
            continue
        title = _starts_with(keys, cues["honorific_runs"])
        if title:  # `ĐỒNG CHÍ LÊ QUANG MINH`: in capitals the honorific is inside the run
            run, honorific = run[len(title) :], True
            continue
        # `Đoàn Việt Nam`: a not-a-name phrase after the first word
        rest_not_name = len(keys) > 1 and _starts_with(keys[1:], cues["leading"], whole=True) is not None
        surname_first = keys[0] in names and len(run) >= 3 and not rest_not_name
        if surname_first and all(_name_like(m.text) == "title" for m in run):
            break  # `Đoàn Ngọc Lâm`: a lead word that is also a surname starts a name
        if keys[0] not in cues["dropped_first"] or (honorific and len(run) <= 2 and keys[0] in cues["lead_words"]):
            break  # after `Ông`, a lead word is the name: `Ông Sáng là người ...`
        honorific = honorific or keys[0] in cues["singles"]
        run = run[1:]
    return run, honorific


def _leading_not_name(keys: tuple[str, ...], cues: dict) -> tuple[str, ...] | None:
    """The not-a-name phrase (`Lào`, `Việt Nam`) that `keys` start with, if more words follow."""
    return _starts_with(keys, cues["leading"])


def _starts_with(keys: tuple[str, ...], phrases: dict, whole: bool = False) -> tuple[str, ...] | None:
    """The longest phrase of `phrases` (grouped by first word) that `keys` start with; unless `whole`,
    one that leaves more words after it."""
    return next(
        (n for n in phrases.get(keys[0], ()) if (len(n) <= len(keys) if whole else len(n) < len(keys))
         and keys[: len(n)] == n),
        None,
    )


def _from_surname(run: list[NameToken], names: frozenset[str]) -> list[NameToken]:
    """`Pakse Đinh Xuân Tùng` → `Đinh Xuân Tùng`: a surname inside a run starts the name."""
    if not run or run[0].key in names or any(_name_like(m.text) != "title" for m in run):
        return run
    if len(run[0].text) == 1 or _APOSTROPHE_NAME.match(run[0].text):
        return run  # `Y Thanh Hà Niê Kđăm`, `H'Lim Niê Kdăm`: a name prefix starts the name
    if len(run) > 2 and run[1].key in name_middles():  # `Giáp Thị Mai Hương`: an unlisted surname first
        return run
    for k, m in enumerate(run[1:3], start=1):
        if m.key in names and 2 <= len(run) - k <= 4:
            return run[k:]
    return run


_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def _merge_dashed(runs: list[list[NameToken]], doc: Doc, names: frozenset, credit: re.Pattern[str]) -> list:
    """Joins `Su Căn - Bun Nhông`, `Chăn Thạ Xỏn - In Thạ Vông` (spaced hyphen-minus, no surname
    first, two runs of at most three words: Lao names spelt syllable by syllable); not on a line of its
    own or after a credit cue, where `Hữu Huynh - Thanh Tiến` is a byline of two people, nor where a
    run has a Vietnamese name middle (`Văn`, `Thị`), which no Lao name spelt so has, nor in capitals at
    the end of a line (a byline glued to its paragraph)."""
    text, merged = doc.norm, []
    for run in runs:
        prev = merged[-1] if merged else None
        gap = text[prev[-1].end : run[0].start] if prev else ""
        dash = gap == " - " and doc.original_char(prev[-1].end + 1)[:1] == "-"
        after_credit = dash and bool(_cue_before(doc, credit, prev[0].start))
        byline = dash and (_whole_line(doc, prev[0].start, run[-1].end) or after_credit)  # `Ảnh: Minh Hà - Quốc Bảo`
        # `... địa phương. THU HUYỀN - HẢI VÂN`: two names in capitals that end the line sign the paragraph
        signed = dash and all(w.text.isupper() for w in prev + run) and bool(_LINE_END.match(text, run[-1].end))
        short = dash and len(prev) <= 3 and len(run) <= 3
        # `Lô Văn Thắng - Vi Thị Hoa`: two Vietnamese names, two people
        vietnamese = short and any(len(r) == 3 and r[1].key in name_middles() for r in (prev, run))
        if short and not (byline or signed or vietnamese) and prev[0].key not in names:  # `Phôn Xay - Vi Lạ Xúc`
            merged[-1] = prev + run
        else:
            merged.append(run)
    return merged


def _dash_chains(text: str, runs: list) -> set[int]:
    """Start offsets of runs in a chain of three or more joined by spaced dashes: in running text a
    route or a list of places (`tuyến đường Xuân Hội – Thạch Khê – Vũng Áng`), not people."""
    chains, chain = set(), [runs[0]] if runs else []
    for prev, run in zip(runs, runs[1:]):
        gap = text[prev[-1].end : run[0].start]  # capitalized stop words may end a place: `Xuân Hội`
        if gap.endswith(" - ") and all(w[0].isupper() for w in gap[:-3].split()):
            chain.append(run)
            continue
        chains |= {r[0].start for r in chain} if len(chain) >= 3 else set()
        chain = [run]
    return chains | ({r[0].start for r in chain} if len(chain) >= 3 else set())


_REACH = 40  # characters before a run searched for its honorific or credit while runs are built


def _cue_before(doc: Doc, pattern: re.Pattern[str], start: int, finals: frozenset[str] | None = None):
    """The cue `pattern` (an honorific, a credit) ending right before `start`; not searched where the letter
    word before `start` is none of the `finals` its matches end with."""
    if finals is not None and _letter_key_before(doc, start) not in finals:
        return None
    return pattern.search(doc.lower, max(0, start - _REACH), start)


def _letter_key_before(doc: Doc, start: int) -> str:
    """The key of the last letter word that starts before `start` ("" at the text's start)."""
    i = bisect.bisect_left(doc.letter_starts, start) - 1
    return doc.letter_words[i].key if i >= 0 else ""


def _after_named_thing(doc: Doc, run: list[NameToken], cues: dict) -> bool:
    """The run follows a thing word other than a province's introducer (`Khu công nghiệp` + `Liên Hà
    Thái`): it is the thing's name whole, and a surname inside it starts no person."""
    thing = _cue_before(doc, cues["thing"], run[0].start, cues["finals"]["thing"])
    return bool(thing) and not _introduced_by(thing, cues["introducers"], alone=False)


def _names_line(doc: Doc, run: list[NameToken]) -> bool:
    """The run follows one to four words and a dash on a line whose every word is capitalized, as on a byline
    (`Thu Hà – Lăng Quý (Báo Lạng Sơn)`): a thing word there starts a name (`Lăng`), not a thing's."""
    line_start, line_end = doc.line_bounds(run[0].start, run[-1].end)
    before = doc.norm[line_start : run[0].start]
    return bool(_NAME_THEN_DASH.fullmatch(before)) and all(
        w[0].isupper() for w in syllables(doc.norm[line_start:line_end])
    )


_NAME_THEN_DASH = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3} - ")


def _in_caps_line(doc: Doc, run: list[NameToken]) -> bool:
    """The run's line has no lower-case letter."""
    line_start, line_end = doc.line_bounds(run[0].start, run[-1].end)
    return not any(ch.islower() for ch in doc.norm[line_start:line_end])


def _cut_at_verb(run: list[NameToken], verbs: frozenset[str]) -> list[NameToken]:
    """The name of a surname-first run in an all-caps line ends before its first verb (after two words)."""
    cut = next((k for k in range(2, len(run)) if run[k].key in verbs), len(run))
    return run[:cut]


def _byline_with_given_honorific(doc: Doc, run: list[NameToken], cues: dict) -> bool:
    """A line that holds only `Anh Tú` / `ANH THƯ` (or one of the names of a byline: `HỒNG NHUNG - ANH
    KHOA`), or a credit (`Ảnh: Anh Thư`): a byline whose given name starts with `Anh`."""
    if not (run[0].key in cues["given_honorifics"] and 2 <= len(run) <= 3):
        return False
    return bool(_cue_before(doc, cues["credit"], run[0].start)) or _byline_part(doc, run[0].start, run[-1].end)


_SOURCE_AFTER = re.compile(r"\s*(?:\([^()]*\)|/[^\W\d_][\w+.]*)?\s*")  # `(TTXVN)`, `(Báo Phú Thọ)`, `/TTXVN`


def _bracketed_nickname(doc: Doc, run: list[NameToken], cues: dict) -> bool:
    """A Southern nickname in brackets: a birth-order word and a given name (`(Năm Diễm)`)."""
    return (
        len(run) == 2 and run[0].key in cues["birth_order"]
        and doc.norm.endswith("(", 0, run[0].start) and doc.norm.startswith(")", run[-1].end)
    )


def _whole_line(doc: Doc, start: int, end: int) -> bool:
    """[start, end) is all there is on its line, but for white space and a source after it, bracketed or
    after a slash."""
    line_start, line_end = doc.line_bounds(start, end)
    return not doc.norm[line_start:start].strip() and bool(_SOURCE_AFTER.fullmatch(doc.norm, end, line_end))


def _byline_part(doc: Doc, start: int, end: int) -> bool:
    """[start, end) is one of the names of a byline line, joined by spaced dashes: `HỒNG NHUNG - ANH
    KHOA`, `ĐỨC THỌ - QUỐC KHÁNH (TTXVN)`."""
    line_start, line_end = doc.line_bounds(start, end)
    source = _SOURCE_AFTER.search(doc.norm, line_start, line_end)
    while source and source.end() != line_end:
        source = _SOURCE_AFTER.search(doc.norm, source.end() + 1, line_end)
    parts = re.split(r"\s+-\s+", doc.norm[line_start : source.start() if source else line_end].strip())
    return len(parts) <= 3 and doc.norm[start:end] in parts and all(len(part.split()) <= 4 for part in parts)


def _spans_by(spans: list[Span], place: str) -> dict[tuple[int, str], list[Span]]:
    """TITLE and PROVINCE spans by (start or end, label), in the order found: a test looks up its
    place instead of scanning every span, so the tests stay linear in the document's length."""
    index: dict[tuple[int, str], list[Span]] = {}
    for s in spans:
        if s.label in ("TITLE", "PROVINCE"):
            index.setdefault((getattr(s, place), s.label), []).append(s)
    return index


def _after_title(low: str, pos: int, spans: dict, cues: dict) -> bool:
    """`TITLE [[tại] [tỉnh|nước] PROVINCE|country]* [-] name`; the `tỉnh` may also end the title.

    Places between a title and a name are in neither span and are skipped, walking back one
    place at a time: `Thủ tướng Lào Sonexay Siphandone`, `Đại sứ Campuchia tại Việt Nam Chea
    Sophal`, `Phó Chủ tịch Quốc hội nước Lào ...`. A word such as `tỉnh` or `tại` is skipped
    only before a place, so `Chủ tịch UBND tỉnh Vân Nam` never makes `Vân Nam` a holder.
    """
    ends, seen = [_stripped_end(low, pos, " -")], set()
    while ends:
        end = ends.pop()
        if end in seen:
            continue
        seen.add(end)
        if (end, "TITLE") in spans:
            return True
        country = _last_word(low, end) in cues["country_last_words"] and cues["country"].search(
            low, max(0, end - 40), end
        )
        places = [country.start()] if country else []
        bracket = low.rfind("(", max(0, end - 40), end) if low.endswith(")", 0, end) else -1
        if bracket >= 0 and cues["country"].search(low, bracket + 1, end - 1):  # `Gyeonggi (Hàn Quốc) Park Jae-hyun`
            places.append(bracket)
        if province := spans.get((end, "PROVINCE")):
            places.append(province[0].start)
        for place in places:
            head = _stripped_end(low, place)
            ends.append(head)
            words = cues["before_place"]
            for word in words:  # `tỉnh`, `tại`, or both: `tại thành phố Hồ Chí Minh`
                if low.endswith(" " + word, 0, head):
                    inner = _stripped_end(low, head - len(word))
                    ends.append(inner)
                    ends += [_stripped_end(low, inner - len(w)) for w in words if low.endswith(" " + w, 0, inner)]
    return False


def _last_word(text: str, end: int) -> str:
    """The letters and digits that end `text[:end]` (at most 30): a cheap look before a pattern search."""
    start = end
    while start > max(0, end - 30) and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _stripped_end(text: str, end: int, chars: str = " \t\n") -> int:
    """Where `text[:end]` ends once the `chars` at its end are dropped: `rstrip` without the copy."""
    while end > 0 and text[end - 1] in chars:
        end -= 1
    return end


def _byline_name(run: list[NameToken], names: frozenset[str]) -> bool:
    """A byline name: `S.TRUNG`, `Xuân Hiếu`, `NGUYỄN VĂN AN`; not a four-word slogan."""
    if len(run) == 1:
        return "." in run[0].text
    return len(run) <= 3 or (len(run) <= 4 and run[0].key in names)


def _byline_pair(runs: list) -> bool:
    """`NGỌC HÀ – K'LINH`: a one-word name in capitals counts beside a longer name on the line."""
    return len(runs) >= 2 and any(len(r) >= 2 for r in runs) and all(
        len(r) >= 2 or _name_like(r[0].text) == "upper" for r in runs
    )


def _byline_lines(text: str, runs: list, names: frozenset[str], cues: dict) -> set[int]:
    """Start offsets of the runs on lines made only of names and dashes (`SƠN TRUNG`, `A – B`), maybe
    after a lead word (`Theo LÊ VY`), before a bracketed source (`(TTXVN)`) or an agency or a paper after
    a dash (`Thu Hà - TTXVN`, `Minh Thu - Báo Hải Phòng`). A run never spans a
    line break and `runs` are in text order, so one pass over the lines meets each run once."""
    lines, starts = set(), {r[0].start for r in runs if _byline_name(r, names)}
    offset, next_run = 0, 0
    for line in text.split("\n"):
        first = next_run
        while next_run < len(runs) and runs[next_run][0].start <= offset + len(line):
            next_run += 1
        if first == next_run:
            offset += len(line) + 1
            continue  # no run on this line
        unbracketed = _BRACKETED.sub(lambda m: " " * len(m[0]), line)  # `Thu Hà - TTXVN (Hà Nội)`
        source = cues["byline_source"].search(unbracketed)  # `- TTXVN`, `- Báo Nhân Dân` ends the line
        cut = offset + (source.start() if source else len(line))
        inside = _outside_brackets(line, offset, [r for r in runs[first:next_run] if r[-1].end <= cut])
        rest = _without_runs(line[: cut - offset], offset, inside)
        rest = _BRACKETED.sub("", cues["byline_lead"].sub("", rest, count=1))  # `Hải Yến (Phnom Penh)`
        names_only = all(r[0].start in starts for r in inside) or _byline_pair(inside)
        if 0 < len(inside) <= 3 and names_only and not rest.strip(" -,;"):
            lines |= {r[0].start for r in inside}
        else:
            lines |= _byline_after_the_last_sentence(line, offset, inside, starts)
        offset += len(line) + 1
    return lines


def _byline_after_the_last_sentence(line: str, offset: int, runs: list, starts: set[int]) -> set[int]:
    """A byline in capitals glued to the paragraph it signs (`... nhân dân. NÔNG HẢI`, as pages joined
    into one line print it): after the line's last sentence end, only names, every word in capitals,
    maybe before a bracketed place (`THANH TÂM (từ Dubai)`)."""
    tail = _LAST_SENTENCE_TAIL.search(line)
    if tail is None:
        return set()
    at = offset + tail.start(1)
    ends = _outside_brackets(tail[1], at, [r for r in runs if r[0].start >= at])
    rest = _BRACKETED.sub("", _without_runs(line[tail.start(1) :], at, ends))
    capitals = all(w.text == w.text.upper() for r in ends for w in r)
    if 0 < len(ends) <= 2 and capitals and all(r[0].start in starts for r in ends) and not rest.strip(" -,;"):
        return {r[0].start for r in ends}
    return set()


def _outside_brackets(segment: str, at: int, runs: list) -> list:
    """The runs that do not start inside a bracketed part of `segment` (starting at text offset `at`):
    `(Báo Công lý)` is the source, `(từ Dubai)` where the byline was filed from."""
    bracketed = [(at + m.start(), at + m.end()) for m in _BRACKETED.finditer(segment)]
    return [r for r in runs if not any(s <= r[0].start < e for s, e in bracketed)]


def _without_runs(segment: str, at: int, runs: list) -> str:
    """`segment` (starting at text offset `at`) with the given runs inside it cut out."""
    for r in reversed(runs):
        segment = segment[: r[0].start - at] + segment[r[-1].end - at :]
    return segment


_LAST_SENTENCE_TAIL = re.compile(r"[.!?] ([^.!?]*)\Z")


_BRACKETED = re.compile(r"\([^()]*\)")


@dataclass
class _View:
    """What the evidence tests need about the document; `previous_end` ends the last PERSON found."""

    doc: Doc
    cues: dict
    names: frozenset[str]
    window: int
    bylines: set[int] = field(default_factory=set)  # runs on a byline line
    routes: set[int] = field(default_factory=set)  # runs in a chain of three joined by dashes
    previous_end: int = 0
    previous_credit: bool = False  # the last PERSON found followed a credit cue (`Ảnh: A - B`: two people)
    person_keys: set[str] = field(default_factory=set)  # what `person_words` has read so far
    person_folds: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)  # keys of the given names of Vietnamese full names
    full_names: set[str] = field(default_factory=set)  # keys of the names of two or more words
    persons_read: int = -1  # -1: not even the earlier records' names read yet

    @cached_property
    def span_ends(self) -> dict[tuple[int, str], list[Span]]:
        """TITLE and PROVINCE spans by where they end (they are all found before PERSON)."""
        return _spans_by(self.doc.spans, "end")

    @cached_property
    def span_starts(self) -> dict[tuple[int, str], list[Span]]:
        """TITLE and PROVINCE spans by where they start."""
        return _spans_by(self.doc.spans, "start")

    def person_words(self) -> tuple[set[str], set[str]]:
        """The words of the PERSONs found so far, by `key` and by `name_key`; each span is read once. The
        names of the document's earlier records count as found before, read on the first call."""
        if self.persons_read < 0:
            for name in self.doc.earlier_names:
                self._read_person(NormalizedText.build(name).text.split())
            self.persons_read = 0
        for span in self.doc.spans[self.persons_read :]:
            if span.label == "PERSON":
                self._read_person(self.doc.norm[span.start : span.end].split())
        self.persons_read = len(self.doc.spans)
        return self.person_keys, self.person_folds

    def _read_person(self, words: list[str]) -> None:
        self.person_keys.update(map(key, words))
        self.person_folds.update(map(name_key, words))
        if len(words) >= 2:
            self.full_names.add(" ".join(map(key, words)))
        if 2 <= len(words) <= 4 and key(words[0]) in self.names and all(_name_like(w) == "title" for w in words):
            self.given_names.add(key(words[-1]))  # `Nguyễn Văn Khải`: `Khải` alone is this person later
            if len(words) == 4:  # `Lò Thị Ngọc Ánh`: `Ngọc Ánh` too
                self.given_names.add(" ".join(map(key, words[2:])))


@dataclass(frozen=True)
class _Run:
    """A candidate name and what the tests compute from it."""

    tokens: list[NameToken]
    honorific: bool  # an honorific was dropped from its front
    view: _View

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @cached_property  # the tests ask for these many times per candidate
    def keys(self) -> list[str]:
        return [m.key for m in self.tokens]

    @cached_property
    def kinds(self) -> set[str | None]:
        return {_name_like(m.text) for m in self.tokens}

    @property
    def many(self) -> bool:
        """More than one word, all caps, a name hyphenated syllable by syllable (`Xu-pha-nu-vông`), or
        one with an apostrophe after its first letters (`K'Mák`, a Central Highlands name)."""
        first = self.tokens[0].text
        return len(self.tokens) >= 2 or "upper" in self.kinds or first.count("-") >= 2 or _APOSTROPHE_NAME.match(first)

    @cached_property
    def _cues_before(self) -> dict[str, re.Match[str] | None]:
        return {}

    def before(self, cue: str) -> re.Match[str] | None:
        """The cue pattern `cue` right before the run, within the cue window (searched once per cue)."""
        found = self._cues_before
        if cue not in found:
            doc, cues = self.view.doc, self.view.cues
            finals = cues["finals"].get(cue)
            if finals is not None and _letter_key_before(doc, self.start) not in finals:
                found[cue] = None  # the word before the run ends no such cue
            else:
                found[cue] = cues[cue].search(doc.lower, max(0, self.start - self.view.window), self.start)
        return found[cue]


def _caps_line(c: _Run) -> bool:
    """The run's line has no lower-case letter: a byline or an all-caps headline."""
    return _in_caps_line(c.view.doc, c.tokens)


def _after_local_word(doc: Doc, start: int, cues: dict) -> bool:
    """A district or commune word in lower case (`xã`, `huyện`; not `Nhật Bản`) right before `start`."""
    low, window = doc.lower, max(0, start - 20)
    local = cues["local"].search(low, window, window + len(low[window:start].rstrip()))
    return bool(local) and doc.norm[local.start() : local.end()].islower()


def _local_unit(c: _Run) -> bool:
    """`Chủ tịch UBND xã Tân Lập`, `xã Lâm Bình`: after a district or commune word the run names the
    unit, unless it is a full name of three words or more that starts with a surname (the holder)."""
    in_lower_case = _after_local_word(c.view.doc, c.start, c.view.cues)
    return in_lower_case and (c.keys[0] not in c.view.names or len(c.tokens) <= 2)  # `xã Lâm Bình`


def _introduced_by(thing: re.Match[str], introducers, alone: bool = True) -> bool:
    """The thing cue is one of `introducers` (`tỉnh`, `thành phố`): alone, or (`alone=False`) also
    before named-after words (`thành phố du lịch`)."""
    words = key(thing[0].rstrip())
    return words in introducers if alone else any(words == w or words.startswith(w + " ") for w in introducers)


def _thing_name(c: _Run) -> bool:
    """A thing's name (`Trường Nguyễn Du`); after `tỉnh` only a surname and 3+ words make a person."""
    thing = c.before("thing")
    return bool(thing) and not (
        _introduced_by(thing, c.view.cues["introducers"]) and c.keys[0] in c.view.names and len(c.tokens) >= 3
    )


def _company_name(c: _Run) -> bool:
    """`Đông Dương Invest`, `Hoàng Long Group`: a Latin company word ends the run or follows it."""
    words = c.view.cues["company_words"]
    after = re.match(r" (\w+)", c.view.doc.norm[c.end : c.end + 16])
    return c.tokens[-1].text in words or bool(after and after[1] in words)


def _city_name(c: _Run) -> bool:
    """A city's name of one or two words right after `thành phố`/`TP` (`Chủ tịch UBND thành phố` +
    `Trà Vinh`, a provincial city and no PROVINCE); after `tỉnh` a name that is no province's is the
    holder's (`Phó Chủ tịch UBND tỉnh H'Yâm Byă`)."""
    thing = c.before("thing")
    city = bool(thing) and _introduced_by(thing, c.view.cues["city_words"])
    return city and len(c.tokens) <= 2 and not _name_shaped(c.tokens, c.view)


def _title_follows(c: _Run) -> bool:
    """`Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy`, `H'Duệ Êban (Chủ nhiệm ...)`: a comma, a dash or an
    opening bracket, then a TITLE, maybe after `nguyên` (`Vì Văn Sương, nguyên Bí thư`)."""
    gap = re.match(r"\s*[,(-]\s*(?:nguyên )?", c.view.doc.lower[c.end : c.end + 16])
    return bool(gap) and (c.end + gap.end(), "TITLE") in c.view.span_starts


TESTS = {
    "listed_not_name": lambda c: " ".join(c.keys) in c.view.cues["not_names"]
    or (c.keys[0] in c.view.cues["stems"] and c.keys[-1] in c.view.cues["branches"]),  # `Giáp Thìn`
    "acronym": lambda c: len(c.tokens) == 1 and c.kinds == {"upper"} and len(c.keys[0]) <= 4
    and "." not in c.tokens[0].text,  # `Ảnh: EVN`
    "caps_line": _caps_line,
    "after_credit": lambda c: bool(c.before("credit")),
    "byline_line": lambda c: c.start in c.view.bylines,
    "in_route": lambda c: c.start in c.view.routes,
    "full_name": lambda c: len(c.tokens) >= 3 and c.keys[0] in c.view.names,  # `Trần Văn Bình`: no place
    "alias": lambda c: _alias(c.tokens, c.view),
    "many": lambda c: c.many,
    "local_unit": _local_unit,
    "after_title": lambda c: _after_title(c.view.doc.lower, c.start, c.view.span_ends, c.view.cues),
    "after_honorific": lambda c: c.honorific or bool(c.before("honorific")),
    "two_or_more": lambda c: len(c.tokens) >= 2,
    "name_shaped": lambda c: _name_shaped(c.tokens, c.view),
    "after_role": lambda c: bool(c.before("role")),
    "nickname_of_a_person": lambda c: _nickname_of_a_person(c),
    "lower_word_follows": lambda c: bool(re.match(r" [^\W\d_]*[a-zđ]", c.view.doc.lower[c.end : c.end + 3])),
    "thing_name": _thing_name,
    "company_name": _company_name,
    "city_name": _city_name,
    "after_thing_pair": lambda c: bool(c.before("thing_pair")),
    "title_follows": _title_follows,
    "after_org_word": lambda c: _after_org_word(c),
    "caps_named_after_honorific": lambda c: (c.honorific or bool(c.before("honorific"))) and 2 <= len(c.tokens) <= 4
    and c.keys[0] in c.view.names and c.kinds == {"upper"},
    "credit_word": lambda c: len(c.tokens) == 1 and c.keys[0] in c.view.cues["credit_words"]
    and c.view.doc.norm.startswith(":", c.end),  # `Bài: HOÀNG PHÚC`
    "age_follows": lambda c: bool(c.view.cues["age_after"].match(c.view.doc.lower, c.end)),
    "verb_follows": lambda c: bool(c.view.cues["verb_after_name"].match(c.view.doc.lower, c.end)),
    "after_locative": lambda c: bool(c.before("locative")),
    "study_field": lambda c: bool(c.before("study")),
    "web_address": lambda c: c.view.doc.lower.startswith(".", c.end)
    and bool(_WEB_SUFFIX.match(c.view.doc.lower, c.end)),
    "listed_after_unit": lambda c: bool(_UNIT_LIST.search(c.view.doc.norm, max(0, c.start - 80), c.start)),
    "after_theo_title_comma": lambda c: _after_theo_title(c),
    "given_name_shaped": lambda c: len(c.tokens) == 1 and (not _foreign(c.tokens[0].text) or _seen_in_a_name(c)),
    "credit_continues": lambda c: c.view.previous_credit
    and bool(re.fullmatch(r"\s*[-–,]\s*", c.view.doc.norm[c.view.previous_end : c.start])),
    "after_bodiless_office": lambda c: _after_bodiless_office(c),
    "seen_in_a_name": lambda c: len(c.tokens) == 1 and _seen_in_a_name(c),
    "foreign_word": lambda c: len(c.tokens) == 1 and _foreign(c.tokens[0].text) and "upper" not in c.kinds,
    "province_in_brackets_after": lambda c: _province_in_brackets_after(c),
    "given_name_again": lambda c: _given_name_again(c),
    "named_before": lambda c: len(c.tokens) >= 2 and not c.view.person_words()[0].isdisjoint(c.keys)
    and " ".join(c.keys) in c.view.full_names,  # `cho Y Thông Niê` after `bị cáo Y Thông Niê`
    "surname_name": lambda c: 2 <= len(c.tokens) <= 4 and c.keys[0] in c.view.names and c.kinds == {"title"},
}


_WEB_SUFFIX = re.compile(r"\.(?:vn|com|net|org|gov|info)\b")  # `Ảnh: Quochoi.vn`
# `các huyện Hương Khê, Vũ Quang`: the later items of a list of units named after their level word
_CAPITALIZED = r"[A-ZĐÂĂÊÔƠƯ]\w*"
_UNIT_LIST = re.compile(
    rf"(?<!\w)(?:huyện|xã|phường|quận|thị xã|thị trấn)(?: {_CAPITALIZED})+"
    rf"(?:, {_CAPITALIZED}(?: {_CAPITALIZED})*)*(?:,| và) \Z"
)


def _nickname_of_a_person(c: _Run) -> bool:
    """`Lê Phước Hải, Giám đốc ... (thường gọi là Hải Bầu)`: a nickname cue right before the run, and a
    PERSON found earlier in the same sentence, at most 200 characters back."""
    cue = c.before("nickname")
    if cue is None or not c.view.previous_end or c.start - c.view.previous_end > 200:
        return False
    return not re.search(r"[.!?;\n]", c.view.doc.norm[c.view.previous_end : cue.start()])


def _after_theo_title(c: _Run) -> bool:
    """`Theo Thống đốc Phương, ...`: `theo`, a TITLE, the name, a comma."""
    low = c.view.doc.lower
    titles = c.view.span_ends.get((_stripped_end(low, c.start), "TITLE"))
    title = titles[0].start if titles else 0
    return bool(titles) and low.startswith(",", c.end) and bool(
        c.view.cues["according"].search(low, max(0, title - 8), title)
    )


def _province_in_brackets_after(c: _Run) -> bool:
    """`Yên Bình (Thái Nguyên)`: a place followed by its province in brackets."""
    doc = c.view.doc
    return doc.norm.startswith(" (", c.end) and any(
        doc.norm.startswith(")", s.end) for s in c.view.span_starts.get((c.end + 2, "PROVINCE"), ())
    )


def _after_bodiless_office(c: _Run) -> bool:
    """Right after a TITLE that names no body (`Đại sứ`, `Thống đốc`), with one space between."""
    doc = c.view.doc
    return doc.norm.startswith(" ", c.start - 1) and any(
        key(doc.norm[s.start : s.end]) in c.view.cues["bodiless_offices"]
        for s in c.view.span_ends.get((c.start - 1, "TITLE"), ())
    )


def _seen_in_a_name(c: _Run) -> bool:
    """The one word is a word of a PERSON found before it (`Hayashi` after `Hayashi Noboru`), or, for a
    foreign word, another spelling of one (`Khăm-phăn` after `Khamphan Sisouvong`, by `name_key`)."""
    word, text = c.keys[0], c.tokens[0].text
    keys, folds = c.view.person_words()
    folded = name_key(text) if _foreign(text) else ""
    return word in keys or bool(folded and folded in folds)


def _given_name_again(c: _Run) -> bool:
    """`Khải đã nhận`, `tuyên phạt Lộc 18 năm tù`, `Ngọc Ánh cho biết`: the given name (one capitalized
    syllable, or two of a four-word name) of a Vietnamese full name found before it in the document (court news
    names a defendant in full once), one syllable only before what follows a person (`after_given_alone`); at
    a sentence's start only before a verb that follows names."""
    if len(c.tokens) > 2 or c.kinds != {"title"}:
        return False
    c.view.person_words()
    if " ".join(c.keys) not in c.view.given_names or _foreign(c.tokens[0].text):
        return False
    doc = c.view.doc
    if _capitalized_beside(doc, c.start, c.end) or c.before("not_given_after") or doc.norm.endswith("- ", 0, c.start):
        return False  # `Hội Liên hiệp`: a word of a capitalized name; `tiếng Việt`; `Lào - Việt`
    if _sentence_start(doc, c.start):  # where any word is capitalized
        return bool(c.view.cues["verb_after_name"].match(doc.lower, c.end))
    return len(c.tokens) == 2 or bool(c.view.cues["after_given_alone"].match(doc.lower, c.end))


def _capitalized_beside(doc: Doc, start: int, end: int) -> bool:
    """A capitalized word one space before `start` or after `end`."""
    text = doc.norm
    previous = text[max(0, start - 40) : start - 1].rsplit(" ", 1)[-1]
    before = start >= 2 and text[start - 1] == " " and previous[:1].isupper()
    return before or (text.startswith(" ", end) and text[end + 1 : end + 2].isupper())


def _after_org_word(c: _Run) -> bool:
    """`trụ sở Bộ Công Thương`: the run right after a capitalized org word names the body."""
    before = " " + c.view.doc.norm[max(0, c.start - 12) : c.start]
    return any(before.endswith(f" {word} ") for word in c.view.cues["org_words"])


def _alias(run: list[NameToken], view: _View) -> bool:
    """A second spelling of the name just found: `Bô Nhơn - Lê Viết Muồng`, `Vi-lay (Vilay)`.

    A bracketed one (`(tức Bảy Lùn)`) must look like a name: `Ông John Smith (Mỹ)` gives a country,
    not an alias.
    """
    start, end, text = run[0].start, run[-1].end, view.doc.norm
    between = text[view.previous_end : start]
    if re.fullmatch(r"\s*-\s*", between):
        return not _two_vietnamese_names(run, view)
    if not (between.startswith(" (") and (text.startswith(")", end) or text.startswith(", ", end))):
        return False  # closed, or a comma before more about the person: `(tức Tư Bửu, SN 1983)`
    # `(tức Bảy Lùn)`, `(tên Thái là Wanida Srisuk)`: said to be an alias
    said = re.fullmatch(r" \((?:tức|hay|bí danh|tên(?: [^\W\d_]+){0,3} là):? ", between)
    shaped = said or (between == " (" and (
        _name_shaped(run, view) or _bracketed_nickname(view.doc, run, view.cues) or _reading_after_person(run, view)
    ))
    return bool(shaped) and not view.cues["country"].search(view.doc.lower, start, end)


def _two_vietnamese_names(run: list[NameToken], view: _View) -> bool:
    """The run and the PERSON before its dash both have a name middle second (`Lô Văn Thắng - Vi Thị Hoa`):
    two people of a list, not one name and its other spelling (`Bô Nhơn – Lê Viết Muồng`)."""
    person = view.doc.spans[-1] if view.doc.spans else None
    if person is None or person.label != "PERSON" or len(run) < 3 or run[1].key not in name_middles():
        return False
    words = view.doc.norm[person.start : person.end].split()
    return len(words) >= 3 and key(words[1]) in name_middles()


_READING_OPENS = re.compile(r" \((?:tên(?: [^\W\d_]+){0,3} là:? )?")


def _reading_after_person(run: list[NameToken], view: _View) -> bool:
    """The bracketed run reads the PERSON just found (`_reading_of`)."""
    person = view.doc.spans[-1] if view.doc.spans else None
    found = person is not None and person.label == "PERSON" and person.end == view.previous_end
    return found and _reading_of(view.doc, person.start, person.end, run)


def _reading_of(doc: Doc, start: int, end: int, run: list[NameToken]) -> bool:
    """`run` is the Sino-Vietnamese reading of a Korean or Chinese name at [start, end), bracketed
    right after it (`Choi Min-seok (Thôi Mẫn Thạc)`, `Hong Jae-sung (Hồng Tại Thành)`): two to four
    capitalized syllables after a name of two or more words in Latin letters."""
    text = doc.norm
    opening = _READING_OPENS.fullmatch(text, end, run[0].start)  # ` (`, ` (tên Hán Việt là `
    bracketed = bool(opening) and text.startswith(")", run[-1].end)
    latin = text[start:end].isascii() and " " in text[start:end]
    syllables = 2 <= len(run) <= 4 and all(_name_like(m.text) == "title" and "-" not in m.text for m in run)
    return bracketed and latin and syllables


def _name_shaped(run: list[NameToken], view: _View) -> bool:
    """Starts with a Vietnamese surname or a one-letter name prefix (`A Lềnh`, `Y Bhin`), or is spelt as
    a foreign name (`Xỉ-sạ-vắt`, `Phetsamone`).

    For weak cues, where a title-case Vietnamese phrase (`sinh viên Bách Khoa`, `(Tây Nguyên)`) is
    more likely a place or thing than a person.
    """
    prefixed = len(run) > 1 and len(run[0].text) == 1 and run[0].text.isupper()
    return prefixed or run[0].key in view.names or any(_foreign(m.text) for m in run)


def _foreign(word: str) -> bool:
    """Hyphenated, more than one vowel group, or a letter Vietnamese spelling has not (`Zhiyuan`,
    `Wanida`): not a single Vietnamese syllable."""
    letters = bare(word.lower())
    return "-" in word or vowel_groups(letters) > 1 or bool(_NOT_VIETNAMESE_LETTERS.search(letters))


def _sentence_start(doc: Doc, start: int) -> bool:
    """Nothing but a quote or a bracket between `start` and the end of the sentence before it."""
    before = doc.norm[max(0, start - 4) : start].rstrip(" \"“‘(")
    return not before or before[-1] in ".!?:;…\n"


def _given_name_not_lead_word(doc: Doc, run: list[NameToken], view: _View) -> bool:
    """A lone lead word (`Sáng`) that is the given name of a full name in the document's earlier records,
    inside a sentence: the person again, not a word to drop (`given_name_again` judges it)."""
    if len(run) != 1 or run[0].key not in view.cues["lead_words"]:
        return False
    view.person_words()  # read the earlier records' names (no PERSON of this text is found yet)
    return run[0].key in view.given_names and not _sentence_start(doc, run[0].start)


_NOT_VIETNAMESE_LETTERS = re.compile("[fjwz]")


class PersonFinder:
    def __init__(self, settings: PersonSettings):
        self.settings = settings
        self.cues = person_cues(settings.cues, settings.countries, tuple(settings.place_introducers))
        self.names = surnames(settings.surnames)
        self.evidence = Evidence.load(settings.evidence, TESTS)

    def __call__(self, doc: Doc) -> None:
        cues, names = self.cues, self.names
        view = _View(doc, cues, names, self.settings.cue_window)
        runs, honorific_at = [], set()
        for run in _runs(doc, cues["stop_words"], names, cues["particle_gap"]):
            if _given_name_not_lead_word(doc, run, view):
                honorific = False  # `Đổi lại, Sáng nhận ...` after `Lê Đình Sáng`: the name, not `Sáng` (morning)
            elif _byline_with_given_honorific(doc, run, cues):
                honorific = False  # a byline `ANH TÚ`: `Anh` starts the given name
            elif _bracketed_nickname(doc, run, cues):
                honorific = False  # `bà Diễm (Năm Diễm)`: `Năm` starts the nickname, no lead word
            elif run[0].key in cues["singles"] and _after_local_word(doc, run[0].start, cues):
                continue  # `xã Bác Ái Tây`: a commune whose name starts with an honorific
            else:
                start = run[0].start
                personal = _cue_before(doc, cues["personal_honorific"], start, cues["finals"]["personal_honorific"])
                credit = bool(_cue_before(doc, cues["credit"], start))
                run, honorific = _trim(run, cues, names, bool(personal), credit)
            ahead = run and cues["honorific_ahead"].match(doc.lower, run[0].start)
            if not run or (ahead and ahead.end() > run[-1].end):
                continue  # `đồng chí Đại tá Nguyễn Hồng Quân`: `Đại` begins the rank, no name
            after_honorific = _cue_before(doc, cues["honorific"], run[0].start, cues["finals"]["honorific"])
            personal = after_honorific and _cue_before(doc, cues["personal_honorific"], run[0].start)
            if (
                not personal and cues["thing_start"].match(doc.lower, run[0].start) and not _names_line(doc, run)
                and not (len(run) == 1 and _after_title(doc.lower, run[0].start, view.span_ends, cues))
            ):
                continue  # `Trường Nguyễn Huệ`, `Đồn Biên phòng`: a thing's name; not `ông Trường`, `Bí thư Trường`
            # kept whole; the name may be a run before `(tên Hán Việt là`, itself a run
            reading = any(_reading_of(doc, r[0].start, r[-1].end, run) for r in runs[-2:])
            if not honorific and not after_honorific and not reading and not _after_named_thing(doc, run, cues):
                run = _from_surname(run, names)  # after `đồng chí` the whole run is the name
            elif run[0].key in names and _in_caps_line(doc, run):
                run = _cut_at_verb(run, cues["headline_verbs"])  # `BÀ NÔNG THỊ HẠNH ĐƯỢC BẦU ...`
            runs.append(run)
            honorific_at |= {run[0].start} if honorific else set()
        runs = _merge_dashed(runs, doc, names, cues["credit"])
        view.bylines = _byline_lines(doc.norm, runs, names, cues)
        view.routes = _dash_chains(doc.norm, runs)
        for run in runs:
            if verdict := self.evidence.judge(_Run(run, run[0].start in honorific_at, view)):
                start, end = run[0].start, run[-1].end
                doc.add(start, end, "PERSON", score=verdict[1], source=f"persons:{verdict[0]}")
                view.previous_end, view.previous_credit = end, "credit" in verdict[0]
                if native := _NATIVE_ALIAS.match(doc.norm, end):
                    doc.add(*native.span(1), "PERSON", score=0.9, source="persons:native_alias")


# A name in its own script in brackets right after a PERSON is that person's alias: `Kim Dong-hwan
# (김동환)`, `Yamada Takeshi (山田剛)`. Hangul, kana, CJK ideographs, Thai, Lao and Khmer letters.
_NATIVE_LETTER = "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f" \
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_NATIVE_ALIAS = re.compile(f" ?\\(([{_NATIVE_LETTER}]+(?:[ ·・][{_NATIVE_LETTER}]+)*)\\)")


@factory("persons", PersonSettings)
def make_persons(settings: PersonSettings) -> PersonFinder:
    return PersonFinder(settings)
