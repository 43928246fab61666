"""MONEY finder: a number, optional scale words and a currency unit (guidelines, MONEY section).

The span is `1,5 tỷ đồng`, `100.000 USD`, `1 tỷ 200 triệu đồng` (one span), `$100`, `5-10 triệu
đồng` (a range is one span); leading `khoảng`/`hơn`/`gần`/`trên` and trailing `tiền mặt` stay
outside because the span starts at the digit and ends at the unit. A number without a unit
is never MONEY (`15.000 khẩu trang`, `500 triệu`), nor is a percentage.

Currency units live in `vnner/data/currencies.tsv` (surface, ISO 4217 code, and the words
that, right after a surface, show it is an ordinary word: `đồng chí`, `đô thị`, `kíp trực`).
Numbers are Vietnamese: `.` groups thousands and `,` is the decimal mark (`1.500,5`); a
`,`-grouped number with two groups or more (`1,500,000`) is read the English way.

Scores: 0.97 with a scale word, a currency code, a symbol, a multiword unit or a number of
1.000 or more; 0.85 for a small bare number before an ambiguous unit (`5 đồng`, `20 đô`).
Value: `{"amount": int | float, "currency": code}`; a range adds `"amount_max"`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from vnner.entity import Entity
from vnner.normalize import NormalizedText
from vnner.rules import RuleContext, register
from vnner.rules.lexicon import DATA_DIR

# Bounded repetitions: an amount has at most 18 digits and 4 scaled parts (`1 tỷ 200 triệu`);
# unbounded ones made a long run of numbers backtrack quadratically.
_NUM = r"\d{1,3}(?:,\d{3}){2,5}(?:\.\d{1,6})?|\d{1,3}(?:\.\d{3}){1,5}(?:,\d{1,6})?|\d{1,18}(?:[.,]\d{1,6})?"
_SCALES = {"trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_SCALE = "|".join(_SCALES)
_SCALED = rf"(?:{_NUM})(?: ?(?:{_SCALE})(?!\w)){{1,3}}"
_PART = rf"(?:{_SCALED}(?: {_SCALED}){{0,3}}|{_NUM})"  # `1 tỷ 200 triệu`, `500.000`
_AMOUNT = rf"(?<![\w.,/:])(?:(?P<low>{_NUM}) ?- ?)?(?P<amount>{_PART})"
_SYMBOLS = ("US$", "$", "€")


@cache
def _currencies() -> tuple[dict[str, tuple[str, tuple[str, ...]]], re.Pattern[str]]:
    """Surface (normalized, lowercase) -> (code, exclusion words), and the finder pattern."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    path = DATA_DIR / "currencies.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        surface, code, *rest = line.split("\t")
        words = [w for w in (rest[0] if rest else "").split(",") if w]
        excluded = tuple({NormalizedText.build(w, s).text.lower() for w in words for s in ("old", "new")})
        for style in ("old", "new"):
            table[NormalizedText.build(surface, style).text.lower()] = (code, excluded)
    units = "|".join(re.escape(s) for s in sorted(table, key=len, reverse=True))
    symbols = "|".join(re.escape(s) for s in _SYMBOLS)
    pattern = re.compile(
        rf"{_AMOUNT} ?(?P<unit>{units})(?!\w)|(?P<symbol>{symbols}) ?(?<!\w)(?P<amount2>{_PART})", re.I
    )
    return table, pattern


def _number(text: str) -> Decimal:
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,5}(?:\.\d{1,6})?", text):
        return Decimal(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){1,5}(?:,\d{1,6})?", text):
        return Decimal(text.replace(".", "").replace(",", "."))
    return Decimal(text.replace(",", "."))


def _amount(text: str) -> Decimal:
    """`1 tỷ 200 triệu` -> 1200000000: each number times its scale words, summed."""
    total = Decimal(0)
    for part in re.finditer(rf"({_NUM})((?: ?(?:{_SCALE}))*)", text, re.I):
        value = _number(part[1])
        for scale in re.findall(_SCALE, part[2].lower()):
            value *= _SCALES[scale]
        total += value
    return total


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _excluded(text: str, end: int, words: tuple[str, ...]) -> bool:
    follow = re.match(r" ([^\W\d_]+)", text[end : end + 30])
    return bool(follow and follow[1].lower() in words)


@register("money")
def find_money(context: RuleContext) -> list[Entity]:
    table, pattern = _currencies()
    text = context.doc.text
    entities = []
    for m in pattern.finditer(text):
        if m["symbol"]:
            code, excluded, amount_text = "USD" if "$" in m["symbol"] else "EUR", (), m["amount2"]
        else:
            code, excluded = table[m["unit"].lower()]
            amount_text = m["amount"]
            if excluded and _excluded(text, m.end(), excluded):
                continue
        amount = _amount(amount_text)
        value: dict[str, object] = {"amount": _plain(amount), "currency": code}
        scaled = re.search(_SCALE, amount_text, re.I) is not None
        if m["low"]:
            scale = amount / _amount(re.match(_NUM, amount_text)[0]) if amount else Decimal(1)
            value = {"amount": _plain(_number(m["low"]) * scale), "amount_max": _plain(amount), "currency": code}
        ambiguous = bool(excluded) or (m["unit"] or "").lower() == "đ"
        score = 0.85 if ambiguous and not scaled and amount < 1000 else 0.97
        entities.append(context.doc.entity(m.start(), m.end(), "MONEY", score=score, source="rules.money", value=value))
    return entities
