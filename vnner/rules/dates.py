"""DATE finder: absolute calendar references with a number (guidelines, DATE section).

Matching runs on the normalized view of the `Doc`; a directly preceding `ngày`/`tháng`/`năm` is inside
the span, frame words (`sáng`, `giai đoạn`, `từ`...) are only context. Forms and scores
(the score is how rarely the form is anything but a date in news text; the scores and their
order live in `vnner/data/evidence/dates.yaml`, the words in `vnner/data/dates.yaml`):

- 0.98 full dates `02/04/2024`, `14-4-1984`, `2.4.2024`, `2024-04-02`, `ngày 27 tháng 3
  năm 2023`; two full dates joined by `-` (`14-4-1984 -14-4-2024`) are one span.
- 0.95 month-year `11/2019`, `tháng 11/2019`, `tháng 3.2024`, `tháng 3 năm 2023`, `2024-09`
  (not a document number: after `số`, or followed by `/NĐ-CP`); quarters `quý II/2024`;
  `năm 2024`; year ranges `2023-2027`, `2022 - 2026` (end after start, at most 100 years).
- A bare year is a DATE only after a year word (`giai đoạn`, `nhiệm kỳ`, `đến`, `trong`,
  `Phật lịch`, `năm mới`, a can-chi year name `Giáp Thìn`...): 0.85, number only.
- Day-month `27/3`, `2-4` (no spaces, valid day and month) needs context, because `2/3` is
  also a fraction, `2-1` a score and `12/3` a house number: 0.95 after `ngày`; 0.9 after a
  day word (`sáng`, `chiều`, `tối`, `hôm`, `mùng`, a weekday), the only context that admits
  the dotted form `15.3` (else a decimal number); 0.8 inside `(2-4)`, after `từ`/`đến`/
  `vào`/`trước`/`sau` or a holiday (`Quốc khánh 2/9`; slash form only: `từ 2-4 người` is a
  count), or before `vừa qua`/`hằng năm`; 0.75 after `<word>, `; 0.8 right after an accepted date (`2/4 và 3/4`).
  Without such context it is not taken. `10-12/4` (a day range) follows the same rules.
- 0.7 `ngày 10`, `tháng 11` alone, unless a count follows or precedes (`mỗi ngày 3 lần`).

Not DATE: clock times, `(GMT+7)`, durations (`40 năm`), counts, percentages, money, phone and
version numbers (the boundaries reject digits, `.`, `:`, `%` glued to a candidate).

Values are ISO 8601: `2024-04-02`, `2019-11`, `2024`, ranges `start/end`. Without a year,
`document_date` picks the year that puts the date closest to it (`27/12` in a 2 January
article is last December); with no document date the value stays partial (`--04-02`,
`--11`, `---10`). `ngày 10 đến ngày 14/4` lends the month and year of the second date to
the first. A quarter is its months (`quý II/2024` -> `2024-04/2024-06`). A year in another
calendar (`Phật lịch 2567`) has value None: it does not map to one Gregorian year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from vnner.data import load_yaml
from vnner.doc import Doc
from vnner.normalize import NormalizedText
from vnner.rules import factory
from vnner.rules.evidence import Evidence
from vnner.rules.resolve import keep_disjoint


@dataclass(frozen=True)
class DateSettings:
    words: str  # word lists, in vnner/data/
    evidence: str
    cue_window: int  # characters searched before a candidate for a day, frame or calendar word
    year_cue_window: int  # ... for a year word
    holiday_window: int  # ... for a holiday
    number_window: int  # ... for `số`


WORD_LISTS = (
    "day_words", "frame_words", "holiday_words", "after_words", "year_words", "year_stems", "year_branches",
    "other_calendars", "number_words", "count_words_before", "count_words_after", "coming_words", "past_words",
    "chain_words", "lend_words", "range_start_words", "event_words", "law_words", "rank_words",
)
# Capital letters of Vietnamese and Latin text, for a regex class (`re` has no `\p{Lu}`): `châu Á`.
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())


def _forms(word: str) -> set[str]:
    """`word` in both tone styles."""
    return {NormalizedText.build(word, s).text for s in ("old", "new")}


def _alt(words: list[str]) -> str:
    """A regex alternation of `words` in both tone styles, longest first."""
    forms = {f for w in words for f in _forms(w)}
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def _before(words: str, tail: str = " ") -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){words}{tail}\Z", re.I)


_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:1[89]\d\d|2[01]\d\d)"
_L = r"(?<![\w./:+-])(?<!\d,)"  # not inside a longer number
_R = r"(?![\w%]|[./:,-]\d)"
_PRE = r"(?:(?<!\w)(?P<pre>{}) )?"
_DMY = r"(?P<d{0}>{1})(?P<s{0}>[/.-])(?P<m{0}>{2})(?P=s{0})(?P<y{0}>{3})"
# Every form starts with a digit or with the word it may lead with (`ngày`, `năm`, `tháng`, `quý`): the
# leading lookahead lets the regex engine give up at once everywhere else.
_DAY, _YEAR = r"(?=\d|ngày )", r"(?=\d|năm )"
_STARTS = {
    "range": _DAY, "full": _DAY, "iso": r"(?=\d)", "words": r"(?=ngày |tháng )", "quarter": r"(?=quý )",
    "month": r"(?=\d)", "years": _YEAR, "year": _YEAR, "days": _DAY, "daymonth": _DAY, "day": r"(?=ngày )",
}
_FORMS = {
    name: re.compile(_STARTS[name] + rx, re.I)
    for name, rx in {
        "range": _PRE.format("ngày") + _L + _DMY.format(1, _D, _M, _Y) + " ?- ?" + _DMY.format(2, _D, _M, _Y) + _R,
        "full": _PRE.format("ngày") + _L + _DMY.format(1, _D, _M, _Y) + _R,
        "iso": _L + rf"(?P<y1>{_Y})-(?P<m1>0[1-9]|1[0-2])(?:-(?P<d1>0[1-9]|[12]\d|3[01]))?" + _R,
        "words": rf"(?<!\w)(?:ngày (?P<d1>{_D}) )?tháng (?P<m1>{_M})(?:(?: năm |[/.-])(?P<y1>\d{{4}}))?" + _R,
        # `quý II/2024` is one DATE; in `quý I năm 2025` the quarter is a frame word, as annotators read it
        "quarter": rf"(?<!\w)quý (?P<q>IV|I{{1,3}}|[1-4])/(?P<y1>{_Y})" + _R,
        "month": _L + rf"(?P<m1>{_M})[/-](?P<y1>{_Y})" + _R,
        "years": _PRE.format("năm") + _L + rf"(?P<y1>{_Y}) ?- ?(?P<y2>{_Y})" + _R,
        "year": _PRE.format("năm") + _L + r"(?P<y1>[12]\d{3})" + _R,
        "days": _PRE.format("ngày") + _L + rf"(?P<d1>{_D}) ?- ?(?P<d2>{_D})/(?P<m1>{_M})(?:/(?P<y1>{_Y}))?" + _R,
        "daymonth": _PRE.format("ngày") + _L + rf"(?P<d1>{_D})(?P<s>[/.-])(?P<m1>{_M})" + _R,
        "day": rf"(?<!\w)ngày (?P<d1>{_D})" + _R,
    }.items()
}
# What a text must hold for a form to match anywhere in it: most sentences skip most forms at once.
_SEPARATED = re.compile(r"\d[/.-]\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_NEEDS: dict[str, re.Pattern[str] | str] = {
    "range": _SEPARATED, "full": _SEPARATED, "iso": _SEPARATED, "month": _SEPARATED, "days": _SEPARATED,
    "daymonth": _SEPARATED, "years": _FOUR_DIGITS, "year": _FOUR_DIGITS, "words": "tháng", "quarter": "quý",
    "day": "ngày",
}
_DISTINCT_NEEDS = tuple({*_NEEDS.values()})
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


class _Cues:
    """The context patterns, built from the word lists."""

    def __init__(self, words: dict[str, list[str]]):
        holidays = words["holiday_words"]
        self.day_word = _before(_alt(words["day_words"]), ",? ")
        self.frame_word = _before(_alt(words["frame_words"]))
        self.holiday = re.compile(
            rf"(?<!\w)(?:(?i:ngày) {_alt(holidays)}"
            rf"|{_alt([f(w) for w in holidays for f in (str.capitalize, str.title, str.upper)])}) \Z"
        )
        self.after_word = re.compile(rf" {_alt(words['after_words'])}(?!\w)", re.I)
        self.comma = re.compile(r"[^\W\d_]\)?, \Z")
        can_chi = f"{_alt(words['year_stems'])} {_alt(words['year_branches'])}"  # `Giáp Thìn`
        self.year_word = _before(f"(?:{_alt(words['year_words'])}|{can_chi})")
        self.other_calendar = _before(_alt(words["other_calendars"]))
        self.doc_number = _before(_alt(words["number_words"]))
        self.coming = frozenset(words["coming_words"])
        tense_words = _alt([*words["coming_words"], *words["past_words"]])
        self.tense = re.compile(rf" ({tense_words})(?!\w)(?! \d| ngày| tháng| năm)", re.I)
        # a count before `năm` (no rank word before the number): `5 năm 2026-2030`; one fixed-width
        # lookbehind per rank word, since a lookbehind cannot hold an alternation of several widths
        not_ranked = "".join(f"(?<!{re.escape(f)} )" for w in words["rank_words"] for f in _forms(w))
        self.duration = re.compile(rf"(?<![\w.,:/-]){not_ranked}\d{{1,3}} \Z", re.I)
        self.count_before = re.compile(rf"(?:\d|(?<!\w){_alt(words['count_words_before'])}) \Z", re.I)
        self.count_after = re.compile(rf" (?:\d|{_alt(words['count_words_after'])}(?!\w))", re.I)
        self.chain_gap = re.compile(rf" ?(?:,|{_alt(words['chain_words'])}|-)? ?", re.I)
        # `ngày 26 và 27-11`: a day whose month the next date of the pair gives
        # or a list of them (`các ngày 26, 27 và 28/6`): the listed days are dates too
        self.paired_day = re.compile(
            rf"(?P<list>(?:, \d{{1,2}}(?![\d/.:-]))*) ?(?:,|{_alt(words['chain_words'])})"
            rf" \d{{1,2}}[/-]\d{{1,2}}(?!\d)",
            re.I,
        )
        self.lend_gap = re.compile(rf",? (?:(?:{_alt(words['lend_words'])}|-) )?", re.I)
        events = "|".join(re.escape(w) for w in sorted(words["event_words"], key=len, reverse=True))
        # `Hội chợ ... Thái Lan 2024`, `Olympic 2028`, `Đại hội Thể thao châu Á (ASIAD) 2026`: an event word,
        # then words ending in a capitalized one (no clause break), then a bracketed acronym, then the year
        self.event_name = re.compile(
            rf"(?<!\w)(?:{events})(?:(?: (?:[^\W\d_][^\s,.;:!?]*|[-–]))*? [{_CAPITALS}][^\s,.;:!?]*)?"
            rf"(?: \([{_CAPITALS}]+\))? \Z"
        )
        laws = "|".join(re.escape(w) for w in sorted(words["law_words"], key=len, reverse=True))
        # `Luật Đất đai 2024`: a law's name, whose last words are in lower case, then its year
        self.law_name = re.compile(rf"(?<!\w)(?:{laws})(?: [^\W\d_][^\s,.;:!?]*){{0,8}} \Z")
        # `từ 21 đến 25/10/2024`: a bare day that starts a range ending in a full date
        self.range_day = re.compile(
            rf"(?<!\w){_alt(words['range_start_words'])} (\d{{1,2}}) {_alt(words['lend_words'])} \Z", re.I
        )


Parts = tuple[int | None, int | None, int | None]  # year, month, day


_DAY_NUMBER = re.compile(r"\d{1,2}")


@dataclass
class _Candidate:
    start: int
    end: int
    score: float
    parts: tuple[Parts, ...] | None  # one for a date, two for a range; None: no ISO value
    rule: str


@dataclass(frozen=True, slots=True)
class _Match:
    """What the evidence tests look at: a pattern match in the normalized text."""

    form: str
    m: re.Match[str]
    text: str


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        dt.date(year or 2000, month or 1, day or 1)
    except ValueError:
        return False
    return True


def _num(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def _parts(name: str, m: re.Match[str], text: str) -> tuple[Parts, ...] | None:
    if name == "year" and int(m["y1"]) > 2100:  # a Buddhist Era year: no one Gregorian year
        return None
    first = (_num(m, "y1"), _num(m, "m1"), _num(m, "d1"))
    if name == "range":
        return first, (_num(m, "y2"), _num(m, "m2"), _num(m, "d2"))
    if name == "years":
        return first, (_num(m, "y2"), None, None)
    if name == "days":
        return first, (first[0], first[1], _num(m, "d2"))
    if name == "quarter":  # a quarter is its months: `quý II/2024` -> 2024-04/2024-06
        q = _QUARTERS.get(m["q"].upper()) or int(m["q"])
        return (first[0], 3 * q - 2, None), (first[0], 3 * q, None)
    return (first,)


class DateFinder:
    def __init__(self, settings: DateSettings):
        self.settings = settings
        self.cues = _Cues(load_yaml(settings.words, dict.fromkeys(WORD_LISTS, "words")))
        self.evidence = Evidence.load(settings.evidence, self._tests(), frozenset(_FORMS))

    def _tests(self) -> dict:
        cues, window = self.cues, self.settings.cue_window

        def before(pattern: re.Pattern[str], reach: int):
            return lambda c: pattern.search(c.text, max(0, c.m.start() - reach), c.m.start())

        def plausible_year(c: _Match) -> bool:
            year, start = int(c.m["y1"]), c.m.start()
            buddhist = 2400 <= year <= 2700 and cues.other_calendar.search(c.text, max(0, start - window), start)
            return 1900 <= year <= 2100 or bool(buddhist)

        def document_number(c: _Match) -> bool:
            start, end = c.m.start(), c.m.end()
            number = cues.doc_number.search(c.text, max(0, start - self.settings.number_window), start)
            return bool(number or re.match(r"/[^\W\d_]", c.text[end : end + 2]))

        return {
            "has_day": lambda c: bool(c.m["d1"]),
            "has_year": lambda c: bool(c.m["y1"]),
            "with_prefix": lambda c: bool(c.m["pre"]),
            "count_context": lambda c: self._count_context(c.text, c.m.start(), c.m.end()),
            "count_after": lambda c: bool(cues.count_after.match(c.text, c.m.end())),
            "before_a_dated_day": lambda c: bool(cues.paired_day.match(c.text, c.m.end())),
            "document_number": document_number,
            "plausible_range": lambda c: 0 < int(c.m["y2"]) - int(c.m["y1"]) <= 100,
            "plausible_year": plausible_year,
            "after_year_word": before(cues.year_word, self.settings.year_cue_window),
            "after_day_word": before(cues.day_word, window),
            "dotted": lambda c: c.m.groupdict().get("s") == ".",
            "slashed": lambda c: c.form == "days" or c.m.groupdict().get("s") == "/",
            "bracketed": lambda c: c.text[c.m.start() - 1 : c.m.start()] + c.text[c.m.end() : c.m.end() + 1] == "()",
            "before_after_word": lambda c: bool(cues.after_word.match(c.text, c.m.end())),
            "after_frame_word": before(cues.frame_word, window),
            "after_holiday": before(cues.holiday, self.settings.holiday_window),
            "after_comma": before(cues.comma, window),
            "after_event_name": before(cues.event_name, 100),
            "after_law_name": before(cues.law_name, 100),
        }

    def _count_context(self, text: str, start: int, end: int) -> bool:
        window = self.settings.cue_window
        before = self.cues.count_before.search(text, max(0, start - window), start)
        return bool(before or self.cues.count_after.match(text, end))

    def __call__(self, doc: Doc) -> None:
        text = doc.norm
        accepted, pending = self._candidates(text, doc.lower)
        kept = self._chain(text, _select(accepted), pending)
        kept = self._range_days(text, kept)
        self._lend(text, kept)
        for c in kept:
            value = self._value(c, text, doc.document_date)
            doc.add(c.start, c.end, "DATE", score=c.score, source=f"dates:{c.rule}", value=value)

    def _after_a_count(self, text: str, start: int) -> bool:
        """A count, not a rank, ends right before `start` (`5 ` of `5 năm`; not `đợt 3 `)."""
        return bool(self.cues.duration.search(text, max(0, start - 24), start))

    def _candidates(self, text: str, lower: str) -> tuple[list[_Candidate], list[_Candidate]]:
        """Accepted candidates and those (bare day-months) that only a neighbouring date can save."""
        accepted, pending = [], []
        present = {n: n in lower if isinstance(n, str) else bool(n.search(text)) for n in _DISTINCT_NEEDS}
        for name, pattern in _FORMS.items():
            if not present[_NEEDS[name]]:
                continue
            for m in pattern.finditer(text):
                parts = _parts(name, m, text)
                if parts and not all(_valid(*p) for p in parts):
                    continue
                if verdict := self.evidence.judge(_Match(name, m, text), name):
                    start = m.start()
                    if name in ("years", "year") and m["pre"] and self._after_a_count(text, start):
                        start = m.start("y1")  # `5 năm 2026-2030`: `năm` is the duration's
                    accepted.append(_Candidate(start, m.end(), verdict[1], parts, verdict[0]))
                    if verdict[0] == "day_of_a_pair":
                        accepted.extend(self._listed_days(text, m.end(), verdict[1]))
                elif name in ("daymonth", "days") and m.groupdict().get("s") != ".":
                    pending.append(_Candidate(m.start(), m.end(), 0.8, parts, "chained"))
                elif name == "year" and 1900 <= int(m["y1"]) <= 2100:  # `năm 2020 và 2021` (v1.2)
                    pending.append(_Candidate(m.start(), m.end(), 0.8, parts, "coordinated_year"))
        return accepted, pending

    def _listed_days(self, text: str, end: int, score: float) -> list[_Candidate]:
        """The bare days listed after a day of a pair (`27` of `các ngày 26, 27 và 28/6`)."""
        listed = self.cues.paired_day.match(text, end)
        return [
            _Candidate(d.start(), d.end(), score, ((None, None, int(d[0])),), "listed_day")
            for d in _DAY_NUMBER.finditer(text, listed.start("list"), listed.end("list"))
            if 1 <= int(d[0]) <= 31
        ]

    def _chain(self, text: str, kept: list[_Candidate], pending: list[_Candidate]) -> list[_Candidate]:
        """Adds bare day-months that directly follow an accepted date with a day (`ngày 2/4 và
        3/4`), and bare years that follow an accepted year (`năm 2020 và 2021`, guidelines v1.2)."""
        gap = self.cues.chain_gap

        def leads(k: _Candidate, c: _Candidate) -> bool:
            if not k.parts or k.end > c.start:
                return False
            year, month, day = k.parts[-1]
            return year is not None and month is None if c.rule == "coordinated_year" else bool(day)

        # `kept` is disjoint and in text order; a gap holds no date, so only the date that ends
        # last before a candidate can lead it: one binary search per candidate, not a scan
        ends = [k.end for k in kept]
        for c in sorted(pending, key=lambda c: c.start):
            i = bisect.bisect_right(ends, c.start)
            if not i or not leads(kept[i - 1], c) or not gap.fullmatch(text, kept[i - 1].end, c.start):
                continue
            if i < len(kept) and kept[i].start < c.end:  # it overlaps the next date: the resolver decides
                kept = _select([*kept, c])
                ends = [k.end for k in kept]
            else:
                kept.insert(i, c)
                ends.insert(i, c.end)
        return kept

    def _range_days(self, text: str, kept: list[_Candidate]) -> list[_Candidate]:
        """Adds the bare first day of `từ 21 đến 25/10/2024` (two DATEs, as `từ ngày 10 đến ngày 14/4`)."""
        found = []
        for k in kept:
            if k.parts and k.parts[0][1] is not None and k.parts[0][2] is not None:
                day = self.cues.range_day.search(text, max(0, k.start - 16), k.start)
                if day and 1 <= int(day[1]) <= 31:
                    found.append(_Candidate(day.start(1), day.end(1), 0.8, ((None, None, int(day[1])),), "range_day"))
        return _select([*kept, *found]) if found else kept

    def _lend(self, text: str, kept: list[_Candidate]) -> None:
        """`ngày 10 đến ngày 14/4`: a day alone takes the month and year of the date after it."""
        for c, nxt in reversed(list(zip(kept, kept[1:]))):  # the last date lends first: `26, 27 và 28/6`
            lone_day = c.parts and c.parts[0][1] is None and c.parts[0][2] is not None
            lone_day = lone_day and nxt.parts and nxt.parts[0][1] is not None
            if lone_day and self.cues.lend_gap.fullmatch(text[c.end : nxt.start]):
                year, month, _ = nxt.parts[0]
                c.parts = ((year, month, c.parts[0][2]),)

    def _tense(self, text: str, end: int) -> int:
        """+1 for `tháng 11 tới` (the coming one), -1 for `27/12 vừa qua`, else 0."""
        follow = self.cues.tense.match(text, end)
        return 0 if not follow else 1 if follow[1].lower() in self.cues.coming else -1

    def _value(self, c: _Candidate, text: str, ref: dt.date | None) -> str | None:
        return "/".join(_iso(p, ref, self._tense(text, c.end)) for p in c.parts) if c.parts else None


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then most reliable: the same order the overlap resolver uses."""
    return keep_disjoint(candidates, lambda c: (c.start - c.end, -c.score, c.start))


def _iso(parts: Parts, ref: dt.date | None, tense: int = 0) -> str:
    """ISO text of one date; a missing year is the one closest to `ref` on the `tense` side."""
    year, month, day = parts
    if year is None and ref is not None and month is not None:
        years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, month, day)]
        offset = {y: (dt.date(y, month, day or 15) - ref).days for y in years}
        years = [y for y in years if offset[y] * tense >= 0] or years
        year = min(years, key=lambda y: abs(offset[y]))
    elif year is None and ref is not None and _valid(ref.year, ref.month, day):
        year, month = ref.year, ref.month
    head = f"{year:04d}" if year is not None else "-" if month is not None else "--"
    return "-".join([head] + [f"{n:02d}" for n in (month, day) if n is not None])



@factory("dates", DateSettings)
def make_dates(settings: DateSettings) -> DateFinder:
    return DateFinder(settings)
