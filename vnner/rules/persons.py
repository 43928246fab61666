"""PERSON finder: Vietnamese and foreign (Lao) names, found through their context.

A candidate is a run of name-like words (`Lê`, `Leklay`, `XAYNHAPHON`, `Lếch-lay`, `S.TRUNG`)
joined by single spaces and outside every entity found earlier (so a PROVINCE, TITLE or DATE
is never part of a name). A capitalized word proves nothing in Vietnamese, where titles,
bodies and places are capitalized too, so a run becomes a PERSON only with evidence:

score 0.9  after a TITLE (possibly `TITLE [tỉnh] PROVINCE [-]`): `Tỉnh trưởng Sekong Leklay Sivilay`
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
(`Chủ tịch UBND xã Tân Lập`). Cues live in `person_cues.yaml`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from vnner.entity import LABELS, Entity
from vnner.rules import RuleContext, register
from vnner.rules.lexicon import found_spans, key, lower_in_place, person_cues, surnames, taken_mask

_TOKEN = re.compile(r"(?<![^\W\d_'’])(?:[^\W\d_]['’](?=[^\W\d_]))?(?:[^\W\d_]\.)*[^\W\d_]+(?:-[^\W\d_]+)*")  # `H'Yim`


def _name_like(word: str) -> str | None:
    """'upper' for ALL-CAPS names, 'title' for capitalized ones, None for anything else."""
    core = re.sub(r"^[^\W\d_]['’]", "", word.rsplit(".", 1)[-1])  # `H'Yim` is judged as `Yim`
    parts = core.split("-")
    if core.isupper() and len(core) > 1:
        plain = "".join(unicodedata.normalize("NFD", c)[0] for c in core.lower().replace("-", ""))
        clusters = re.findall(r"[^aeiouy]+", plain)
        romanized = len(plain) >= 8 and len(plain) - len("".join(clusters)) >= 3  # `KHAMPHOUNVONG`
        if plain == "".join(clusters) or (any(len(c) > 2 and c != "ngh" for c in clusters) and not romanized):
            return None  # UBND, HĐND, UVTW: abbreviations, not names
        return "upper"
    capitalized = parts[0][0].isupper() and (len(parts[0]) == 1 or parts[0][1:].islower())
    rest_ok = all(p.islower() or (p[0].isupper() and p[1:].islower()) for p in parts[1:])
    return "title" if capitalized and rest_ok else None


def _runs(text: str, blocked: list[tuple[int, int, str]], stop: frozenset[str]) -> list[list[re.Match]]:
    """Maximal runs of name-like tokens separated by single spaces, outside earlier entities."""
    runs: list[list[re.Match]] = []
    taken = taken_mask(len(text), blocked)
    for m in _TOKEN.finditer(text):
        ok = _name_like(m.group()) and key(m.group()) not in stop
        ok = ok and not any(taken[m.start() : m.end()])
        if not ok:
            runs.append([])
        elif runs and runs[-1] and text[runs[-1][-1].end() : m.start()] == " ":
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if r]


def _trim(run: list[re.Match], cues: dict, names: frozenset[str]) -> tuple[list[re.Match], bool]:
    """Drops leading function words, honorifics, roles and country names (`Lào Sommad Pholsena`).

    Says whether an honorific was dropped.
    """
    honorific = False
    while run:
        keys = tuple(key(m.group()) for m in run)
        if lead := _leading_not_name(keys, cues):
            run = run[len(lead) :]
            continue
        rest_not_name = any(keys[1 : 1 + len(n)] == n for n in cues["leading"])  # `Đoàn Việt Nam`
        surname_first = keys[0] in names and len(run) >= 3 and not rest_not_name
        if surname_first and all(_name_like(m.group()) == "title" for m in run):
            break  # `Đoàn Ngọc Lâm`: a lead word that is also a surname starts a name
        if keys[0] not in cues["dropped_first"]:
            break
        honorific = honorific or keys[0] in cues["singles"]
        run = run[1:]
    return run, honorific


def _leading_not_name(keys: tuple[str, ...], cues: dict) -> tuple[str, ...] | None:
    """The not-a-name phrase (`Lào`, `Việt Nam`) that `keys` start with, if more words follow."""
    return next((n for n in cues["leading"] if len(n) < len(keys) and keys[: len(n)] == n), None)


def _from_surname(run: list[re.Match], names: frozenset[str]) -> list[re.Match]:
    """`Pakse Đinh Xuân Tùng` → `Đinh Xuân Tùng`: a surname inside a run starts the name."""
    if not run or key(run[0].group()) in names or any(_name_like(m.group()) != "title" for m in run):
        return run
    if len(run[0].group()) == 1:  # `Y Thanh Hà Niê Kđăm`: a one-letter name prefix starts the name
        return run
    for k, m in enumerate(run[1:3], start=1):
        if key(m.group()) in names and 2 <= len(run) - k <= 4:
            return run[k:]
    return run


def _merge_dashed(runs: list[list[re.Match]], context: RuleContext, names: frozenset) -> list:
    """Joins `Su Căn - Bun Nhông`, `Chăn Thạ Xỏn - In Thạ Vông` (spaced hyphen-minus, no surname
    first, two runs of at most three words: Lao names spelt syllable by syllable); not on a line of its
    own, where `Hữu Huynh - Thanh Tiến` is a byline of two people."""
    text, merged = context.doc.text, []
    for run in runs:
        prev = merged[-1] if merged else None
        gap = text[prev[-1].end() : run[0].start()] if prev else ""
        dash = gap == " - " and context.doc.original[context.doc.origin[prev[-1].end() + 1][0]] == "-"
        byline = dash and _whole_line(text, prev[0].start(), run[-1].end())
        short = dash and len(prev) <= 3 and len(run) <= 3
        if short and not byline and key(prev[0].group()) not in names:  # `Phôn Xay - Vi Lạ Xúc`
            merged[-1] = prev + run
        else:
            merged.append(run)
    return merged


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line that holds [start, end)."""
    return text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1)


def _whole_line(text: str, start: int, end: int) -> bool:
    """[start, end) is all there is on its line, but for white space."""
    line_start, line_end = _line_bounds(text, start, end)
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _ends_at(spans: list[tuple[int, int, str]], pos: int, label: str) -> int | None:
    return next((s for s, e, lab in spans if e == pos and lab == label), None)


def _after_title(low: str, pos: int, spans: list, cues: dict) -> bool:
    """`TITLE [[tại] [tỉnh|nước] PROVINCE|country]* [-] name`; the `tỉnh` may also end the title.

    Places between a title and a name are in neither span and are skipped, walking back one
    place at a time: `Thủ tướng Lào Sonexay Siphandone`, `Đại sứ Campuchia tại Việt Nam Chea
    Sophal`, `Phó Chủ tịch Quốc hội nước Lào ...`. A word such as `tỉnh` or `tại` is skipped
    only before a place, so `Chủ tịch UBND tỉnh Vân Nam` never makes `Vân Nam` a holder.
    """
    ends, seen = [len(low[:pos].rstrip(" -"))], set()
    while ends:
        end = ends.pop()
        if end in seen:
            continue
        seen.add(end)
        if _ends_at(spans, end, "TITLE") is not None:
            return True
        places = [country.start()] if (country := cues["country"].search(low, max(0, end - 40), end)) else []
        if (start := _ends_at(spans, end, "PROVINCE")) is not None:
            places.append(start)
        for place in places:
            head = low[:place].rstrip()
            ends.append(len(head))
            ends += [len(head[: -len(w)].rstrip()) for w in cues["before_place"] if head.endswith(" " + w)]
    return False


def _byline_name(run: list[re.Match], names: frozenset[str]) -> bool:
    """A byline name: `S.TRUNG`, `Xuân Hiếu`, `NGUYỄN VĂN AN`; not a four-word slogan."""
    if len(run) == 1:
        return "." in run[0].group()
    return len(run) <= 3 or (len(run) <= 4 and key(run[0].group()) in names)


def _byline_lines(text: str, runs: list, names: frozenset[str]) -> set[int]:
    """Start offsets of lines made only of names and dashes (`SƠN TRUNG`, `A – B`)."""
    lines, starts = set(), {r[0].start() for r in runs if _byline_name(r, names)}
    offset = 0
    for line in text.split("\n"):
        inside = [r for r in runs if offset <= r[0].start() and r[-1].end() <= offset + len(line)]
        rest = line
        for r in sorted(inside, key=lambda r: -r[0].start()):
            rest = rest[: r[0].start() - offset] + rest[r[-1].end() - offset :]
        rest = re.sub(r"\([^()]*\)", "", rest)  # `Hải Yến (Phnom Penh)`: where the reporter writes from
        if 0 < len(inside) <= 3 and all(r[0].start() in starts for r in inside) and not rest.strip(" -,;"):
            lines.add(offset)
        offset += len(line) + 1
    return lines


def _score(run: list[re.Match], honorific: bool, view: _View) -> float:
    """How strongly the context says `run` is a person's name; 0 when it does not."""
    cues, text, low = view.cues, view.text, view.low
    start, end = run[0].start(), run[-1].end()
    words = [key(m.group()) for m in run]
    kinds = {_name_like(m.group()) for m in run}
    if " ".join(words) in cues["not_names"] or (words[0] in cues["stems"] and words[-1] in cues["branches"]):
        return 0.0
    if len(run) == 1 and kinds == {"upper"} and len(words[0]) <= 4 and "." not in run[0].group():
        return 0.0  # `Ảnh: EVN`, `ẢNH: UDN`: an organisation's acronym, not a name
    many = len(run) >= 2 or "upper" in kinds or run[0].group().count("-") >= 2  # `Xu-pha-nu-vông`
    pre = (low, max(0, start - 60), start)  # the cues just before the run: a bounded search window
    line_start, line_end = _line_bounds(text, start, end)
    if not any(c.islower() for c in text[line_start:line_end]):  # a byline or an all-caps headline
        return 0.9 if cues["credit"].search(*pre) else 0.8 if line_start in view.bylines or _alias(run, view) else 0.0
    # `Chủ tịch UBND xã Tân Lập`: after a district or commune level word the run names the
    # unit (not in the gazetteer), unless it starts with a surname (the holder).
    window = max(0, start - 20)
    local = cues["local"].search(low, window, window + len(low[window:start].rstrip())) and words[0] not in view.names
    if many and not local and _after_title(low, start, view.spans, cues):
        return 0.9
    if honorific or cues["honorific"].search(*pre):
        return 0.9 if many else 0.75
    if len(run) >= 2 and _name_shaped(run, view) and cues["role"].search(low, max(0, start - 60), start):
        return 0.85
    if cues["credit"].search(*pre):  # `Ảnh: Minh Hoàng`, not `Ảnh: Công an cung cấp`
        return 0.9 if many or not re.match(r" [^\W\d_]*[a-zđ]", low[end : end + 3]) else 0.0
    if (thing := cues["thing"].search(low, max(0, start - 60), start)) and not (
        thing[0].rstrip() in cues["introducers"] and words[0] in view.names and len(run) >= 3
    ):
        return 0.0  # a thing's name; after `tỉnh` only a surname and 3+ words make a person
    gap = re.match(r"\s*[,-]\s*", low[end:])
    if many and gap and any(s == end + gap.end() and lab == "TITLE" for s, _, lab in view.spans):
        return 0.85
    if line_start in view.bylines or _alias(run, view):
        return 0.8
    return 0.7 if 2 <= len(run) <= 4 and words[0] in view.names and kinds == {"title"} else 0.0


def _alias(run: list[re.Match], view: _View) -> bool:
    """A second spelling of the name just found: `Bô Nhơn - Lê Viết Muồng`, `Vi-lay (Vilay)`.

    A bracketed one must look like a name: `Ông John Smith (Mỹ)` gives a country, not an alias.
    """
    start, end = run[0].start(), run[-1].end()
    between = view.text[view.previous_end : start]
    if re.fullmatch(r"\s*-\s*", between):
        return True
    bracketed = between == " (" and view.text.startswith(")", end)
    return bracketed and _name_shaped(run, view) and not view.cues["country"].search(view.low, start, end)


def _name_shaped(run: list[re.Match], view: _View) -> bool:
    """Starts with a Vietnamese surname, or is spelt as a foreign name (`Xỉ-sạ-vắt`, `Phetsamone`).

    For weak cues, where a title-case Vietnamese phrase (`sinh viên Bách Khoa`, `(Tây Nguyên)`) is
    more likely a place or thing than a person.
    """
    return key(run[0].group()) in view.names or any(_foreign(m.group()) for m in run)


def _foreign(word: str) -> bool:
    """Hyphenated, or more than one vowel group: not a single Vietnamese syllable."""
    plain = "".join(unicodedata.normalize("NFD", c)[0] for c in word.lower())
    return "-" in word or len(re.findall(r"[aeiouy]+", plain)) > 1


@dataclass
class _View:
    """What `_score` needs about the document; `previous_end` ends the last PERSON found."""

    text: str
    low: str
    spans: list[tuple[int, int, str]]
    cues: dict
    names: frozenset[str]
    bylines: set[int] = field(default_factory=set)
    previous_end: int = 0


@register("persons")
def find_persons(context: RuleContext) -> list[Entity]:
    cues, names, text = person_cues(), surnames(), context.doc.text
    view = _View(text, lower_in_place(text), found_spans(context, set(LABELS)), cues, names)
    runs, honorific_at = [], set()
    for run in _runs(text, view.spans, cues["stop_words"]):
        run, honorific = _trim(run, cues, names)
        if not run or cues["thing_start"].match(view.low, run[0].start()):
            continue  # `Trường Nguyễn Huệ`, `Buôn Ma Thuột`, `Đồn Biên phòng`: a thing's name
        after_honorific = cues["honorific"].search(view.low, max(0, run[0].start() - 40), run[0].start())
        if not honorific and not after_honorific:
            run = _from_surname(run, names)  # after `đồng chí` the whole run is the name
        runs.append(run)
        honorific_at |= {run[0].start()} if honorific else set()
    runs = _merge_dashed(runs, context, names)
    view.bylines = _byline_lines(text, runs, names)
    entities: list[Entity] = []
    for run in runs:
        if score := _score(run, run[0].start() in honorific_at, view):
            start, end = run[0].start(), run[-1].end()
            entities.append(context.doc.entity(start, end, "PERSON", score=score, source="rules.persons"))
            view.previous_end = end
    return entities
