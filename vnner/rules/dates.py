"""DATE finder: absolute calendar references with a number (guidelines, DATE section).

Matching runs on the normalized view; a directly preceding `ngày`/`tháng`/`năm` is inside
the span, frame words (`sáng`, `giai đoạn`, `từ`...) are only context. Forms and scores
(the score is how rarely the form is anything but a date in news text):

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

import datetime as dt
import re
from dataclasses import dataclass

from vnner.entity import Entity
from vnner.normalize import NormalizedText
from vnner.rules import RuleContext, register
from vnner.rules.resolve import keep_disjoint


def _alt(words: str) -> str:
    """A regex alternation of the `|`-separated `words` in both tone styles, longest first."""
    forms = {NormalizedText.build(w, s).text for w in words.split("|") for s in ("old", "new")}
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
_FORMS = {
    name: re.compile(rx, re.I)
    for name, rx in {
        "range": _PRE.format("ngày") + _L + _DMY.format(1, _D, _M, _Y) + " ?- ?" + _DMY.format(2, _D, _M, _Y) + _R,
        "full": _PRE.format("ngày") + _L + _DMY.format(1, _D, _M, _Y) + _R,
        "iso": _L + rf"(?P<y1>{_Y})-(?P<m1>0[1-9]|1[0-2])(?:-(?P<d1>0[1-9]|[12]\d|3[01]))?" + _R,
        "words": rf"(?<!\w)(?:ngày (?P<d1>{_D}) )?tháng (?P<m1>{_M})(?:(?: năm |[/.-])(?P<y1>\d{{4}}))?" + _R,
        "quarter": rf"(?<!\w)quý (?P<q>IV|I{{1,3}}|[1-4])(?: năm |/)(?P<y1>{_Y})" + _R,
        "month": _L + rf"(?P<m1>{_M})[/-](?P<y1>{_Y})" + _R,
        "years": _PRE.format("năm") + _L + rf"(?P<y1>{_Y}) ?- ?(?P<y2>{_Y})" + _R,
        "year": _PRE.format("năm") + _L + r"(?P<y1>[12]\d{3})" + _R,
        "days": _PRE.format("ngày") + _L + rf"(?P<d1>{_D}) ?- ?(?P<d2>{_D})/(?P<m1>{_M})(?:/(?P<y1>{_Y}))?" + _R,
        "daymonth": _PRE.format("ngày") + _L + rf"(?P<d1>{_D})(?P<s>[/.-])(?P<m1>{_M})" + _R,
        "day": rf"(?<!\w)ngày (?P<d1>{_D})" + _R,
    }.items()
}
# Word lists are `|`-separated; `_alt` turns them into regexes for both tone styles.
_DAY_WORDS = "ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya|mùng|mồng|chủ nhật|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy"
_FRAME_WORDS = "từ|đến|tới|vào|trước|sau|dịp|hạn|hạn chót|hết|kể từ"
# The day a holiday names: `Quốc khánh 2/9`, `ngày thành lập 3/2`; capitalized or after `ngày`,
# since `Quốc hội thống nhất 2/3 số đại biểu` holds a fraction.
_HOLIDAY_WORDS = "quốc khánh|giải phóng|độc lập|thành lập|chiến thắng|thống nhất"
_AFTER_WORDS = "vừa qua|hằng năm|hàng năm|năm nay|năm ngoái|tới đây|âm lịch"
_YEAR_WORDS = (
    "phật lịch|dương lịch|giai đoạn|nhiệm kỳ|niên khóa|niên vụ|năm mới|tầm nhìn|đến|tới|từ|kể từ|trước|sau|đầu|cuối"
    "|giữa|trong|vào|mùa|tết|xuân|bunpimay|bun pi mai"
)
_CAN = "giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý"
_CHI = "tý|tí|sửu|dần|mão|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi"
_COUNT_WORDS_BEFORE = "mỗi|một|hằng|hàng|vài|mấy"
_COUNT_WORDS_AFTER = (
    "lần|buổi|đợt|lượt|ngày|đêm|giờ|tiếng|người|bữa|chuyến|ca|hộ|tấn|đồng|triệu|tỷ"
    "|hằng tháng|hàng tháng"  # `ngày 25 hằng tháng`: every month, no one date
)

_DAY_WORD = _before(_alt(_DAY_WORDS), ",? ")
_FRAME_WORD = _before(_alt(_FRAME_WORDS))
_HOLIDAY = re.compile(
    rf"(?<!\w)(?:(?i:ngày) {_alt(_HOLIDAY_WORDS)}"
    rf"|{_alt('|'.join(f'{w.capitalize()}|{w.title()}|{w.upper()}' for w in _HOLIDAY_WORDS.split('|')))}) \Z"
)
_AFTER_WORD = re.compile(rf" {_alt(_AFTER_WORDS)}(?!\w)", re.I)
_COMMA = re.compile(r"[^\W\d_]\)?, \Z")
_YEAR_WORD = _before(f"(?:{_alt(_YEAR_WORDS)}|{_alt(_CAN)} {_alt(_CHI)})")
_OTHER_CALENDAR = _before(_alt("phật lịch|bunpimay|bun pi mai"))  # Lao New Year counts Buddhist Era years
_DOC_NUMBER = _before(_alt("số"))
_TENSE = re.compile(rf" ({_alt('tới|sắp tới|vừa qua|qua')})(?!\w)(?! \d| ngày| tháng| năm)", re.I)
_COUNT_BEFORE = re.compile(rf"(?:\d|(?<!\w){_alt(_COUNT_WORDS_BEFORE)}) \Z", re.I)
_COUNT_AFTER = re.compile(rf" (?:\d|{_alt(_COUNT_WORDS_AFTER)}(?!\w))", re.I)
_CHAIN_GAP = re.compile(r" ?(?:,|và|hoặc|đến|tới|-)? ?", re.I)

Parts = tuple[int | None, int | None, int | None]  # year, month, day


@dataclass
class _Candidate:
    start: int
    end: int
    score: float
    parts: tuple[Parts, ...] | None  # one for a date, two for a range; None: no ISO value


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        dt.date(year or 2000, month or 1, day or 1)
    except ValueError:
        return False
    return True


def _num(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def _judge(name: str, m: re.Match[str], text: str) -> float | None:
    """The score of a match of form `name`, or None when its context says it is no date."""
    s, e = m.start(), m.end()
    if name in ("range", "full", "iso"):
        return 0.98
    if name == "quarter":
        return 0.95
    if name == "words":
        if m["y1"] or m["d1"]:
            return 0.98 if m["d1"] and m["y1"] else 0.95
        return None if _count_context(text, s, e) else 0.7
    if name == "month":
        return None if _DOC_NUMBER.search(text, max(0, s - 10), s) or re.match(r"/[^\W\d_]", text[e : e + 2]) else 0.95
    if name == "years":
        return 0.95 if 0 < int(m["y2"]) - int(m["y1"]) <= 100 else None
    if name == "year":
        if m["pre"]:
            return 0.95
        year = int(m["y1"])
        buddhist = 2400 <= year <= 2700 and _OTHER_CALENDAR.search(text, max(0, s - 20), s)
        good = (1900 <= year <= 2100 or buddhist) and _YEAR_WORD.search(text, max(0, s - 30), s)
        return 0.85 if good and not _COUNT_AFTER.match(text, e) else None
    if name == "day":
        return None if _count_context(text, s, e) else 0.7
    if m["pre"]:  # daymonth, days: `ngày 2-4`, `ngày 10-12/4`
        return 0.95
    slash = name == "days" or m["s"] == "/"
    if _DAY_WORD.search(text, max(0, s - 20), s):
        return 0.9
    if name == "daymonth" and m["s"] == ".":  # `2.4` is a decimal number unless a day word says not
        return None
    if (text[s - 1 : s] == "(" and text[e : e + 1] == ")") or _AFTER_WORD.match(text, e):
        return 0.8
    if slash and (_FRAME_WORD.search(text, max(0, s - 20), s) or _holiday_before(text, s)):
        return 0.8
    return 0.75 if _COMMA.search(text, max(0, s - 20), s) else None


def _holiday_before(text: str, start: int) -> bool:
    return bool(_HOLIDAY.search(text, max(0, start - 25), start))


def _count_context(text: str, start: int, end: int) -> bool:
    return bool(_COUNT_BEFORE.search(text, max(0, start - 20), start) or _COUNT_AFTER.match(text, end))


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
        q = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(m["q"].upper()) or int(m["q"])
        return (first[0], 3 * q - 2, None), (first[0], 3 * q, None)
    return (first,)


def _candidates(text: str) -> tuple[list[_Candidate], list[_Candidate]]:
    """Accepted candidates and those (bare day-months) that only a neighbouring date can save."""
    accepted, pending = [], []
    for name, pattern in _FORMS.items():
        for m in pattern.finditer(text):
            parts = _parts(name, m, text)
            if parts and not all(_valid(*p) for p in parts):
                continue
            score = _judge(name, m, text)
            if score is not None:
                accepted.append(_Candidate(m.start(), m.end(), score, parts))
            elif name in ("daymonth", "days") and m.groupdict().get("s") != ".":
                pending.append(_Candidate(m.start(), m.end(), 0.8, parts))
    return accepted, pending


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then most reliable: the same order the overlap resolver uses."""
    return keep_disjoint(candidates, lambda c: (c.start - c.end, -c.score, c.start))


def _chain(text: str, kept: list[_Candidate], pending: list[_Candidate]) -> list[_Candidate]:
    """Adds bare day-months that directly follow an accepted date: `ngày 2/4 và 3/4`."""
    for c in sorted(pending, key=lambda c: c.start):
        if any(
            k.end <= c.start and k.parts and k.parts[-1][2] and _CHAIN_GAP.fullmatch(text, k.end, c.start) for k in kept
        ):
            kept = _select([*kept, c])
    return kept


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


def _tense(text: str, end: int) -> int:
    """+1 for `tháng 11 tới` (the coming one), -1 for `27/12 vừa qua`, else 0."""
    follow = _TENSE.match(text, end)
    return 0 if not follow else 1 if follow[1].lower() in ("tới", "sắp tới") else -1


def _lend(text: str, kept: list[_Candidate]) -> None:
    """`ngày 10 đến ngày 14/4`: a day alone takes the month and year of the date after it."""
    for c, nxt in zip(kept, kept[1:]):
        lone_day = c.parts and c.parts[0][1] is None and c.parts[0][2] is not None
        lone_day = lone_day and nxt.parts and nxt.parts[0][1] is not None
        if lone_day and re.fullmatch(r",? (?:(?:đến|tới|và|-) )?", text[c.end : nxt.start], re.I):
            year, month, _ = nxt.parts[0]
            c.parts = ((year, month, c.parts[0][2]),)


def _value(c: _Candidate, text: str, ref: dt.date | None) -> str | None:
    return "/".join(_iso(p, ref, _tense(text, c.end)) for p in c.parts) if c.parts else None


@register("dates")
def find_dates(context: RuleContext) -> list[Entity]:
    text, doc = context.doc.text, context.doc
    accepted, pending = _candidates(text)
    kept = _chain(text, _select(accepted), pending)
    _lend(text, kept)
    return [
        doc.entity(
            c.start, c.end, "DATE", score=c.score, source="rules.dates", value=_value(c, text, context.document_date)
        )
        for c in kept
    ]
