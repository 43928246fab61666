"""MONEY finder: a number, optional scale words and a currency unit (guidelines, MONEY section).

The span is `1,5 tỷ đồng`, `100.000 USD`, `1 tỷ 200 triệu đồng` (one span), `$100`, `5-10 triệu
đồng`, `3.000 đến 5.000 tỷ đồng` (a range is one span); leading `khoảng`/`hơn`/`gần`/`trên` and
trailing `tiền mặt` stay outside because the span starts at the digit and ends at the unit. A number without a unit
is never MONEY (`15.000 khẩu trang`, `500 triệu`), nor is a percentage.

Currency units live in `vnner/data/currencies.tsv`, scale words and symbols in
`vnner/data/money.yaml`, scores in `vnner/data/evidence/money.yaml` (surface, ISO 4217 code,
and the words that, right after a surface, show it is an ordinary word: `đồng chí`, `đô thị`,
`kíp trực`).
Numbers are Vietnamese: `.` groups thousands and `,` is the decimal mark (`1.500,5`); a
`,`-grouped number with two groups or more (`1,500,000`) is read the English way.

Scores: 0.97 with a scale word, a currency code, a symbol, a multiword unit or a number of
1.000 or more; 0.85 for a small bare number before an ambiguous unit (`5 đồng`, `20 đô`).
Value: `{"amount": int | float, "currency": code}`; a range adds `"amount_max"`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from vnner.data import load_tsv, load_yaml
from vnner.doc import Doc
from vnner.normalize import NormalizedText
from vnner.rules import factory
from vnner.rules.evidence import Evidence


@dataclass(frozen=True)
class MoneySettings:
    currencies: str  # in vnner/data/
    words: str
    evidence: str


# Bounded repetitions: an amount has at most 18 digits and 4 scaled parts (`1 tỷ 200 triệu`);
# unbounded ones made a long run of numbers backtrack quadratically.
_NUM = r"\d{1,3}(?:,\d{3}){2,5}(?:\.\d{1,6})?|\d{1,3}(?:\.\d{3}){1,5}(?:,\d{1,6})?|\d{1,18}(?:[.,]\d{1,6})?"


@dataclass(frozen=True, slots=True)
class _Match:
    m: re.Match[str]
    text: str
    unit: str  # the unit's normalized lower-case surface, or "" after a symbol
    amount_text: str
    amount: Decimal


def _number(text: str) -> Decimal:
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,5}(?:\.\d{1,6})?", text):
        return Decimal(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){1,5}(?:,\d{1,6})?", text):
        return Decimal(text.replace(".", "").replace(",", "."))
    return Decimal(text.replace(",", "."))




def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class MoneyFinder:
    def __init__(self, settings: MoneySettings):
        words = load_yaml(settings.words, {"scales": "map", "symbols_before": "map", "never_small": "words"})
        self.never_small = frozenset(words["never_small"])
        self.scales = {w: Decimal(n) for w, n in words["scales"].items()}
        self.scale = "|".join(self.scales)
        self.units: dict[str, tuple[str, tuple[str, ...]]] = {}  # surface -> code, words that make it no unit
        for _, row in load_tsv(settings.currencies, ("surface", "code", "not_before"), required=2):
            ordinary = [w for w in row["not_before"].split(",") if w]
            excluded = tuple({NormalizedText.build(w, s).text.lower() for w in ordinary for s in ("old", "new")})
            for style in ("old", "new"):
                self.units[NormalizedText.build(row["surface"], style).text.lower()] = (row["code"], excluded)
        self.symbols = {symbol.lower(): code for symbol, code in words["symbols_before"].items()}
        scaled = rf"(?:{_NUM})(?: ?(?:{self.scale})(?!\w)){{1,3}}"
        self.part = rf"(?:{scaled}(?: {scaled}){{0,3}}|{_NUM})"  # `1 tỷ 200 triệu`, `500.000`
        low = rf"(?P<low>{self.part})(?: ?[-–] ?| (?:đến|tới) )"  # `5-10 triệu`, `3.000 đến 5.000 tỷ`
        amount = rf"(?<![\w.,:])(?<!\d/)(?:{low})?(?P<amount>{self.part})"  # `3.050 tỷ đồng/5.000 tỷ đồng`
        units = "|".join(re.escape(s) for s in sorted(self.units, key=len, reverse=True))
        symbols = "|".join(re.escape(s) for s in sorted(self.symbols, key=len, reverse=True))
        # Both forms start at a digit or a symbol: the lookahead lets the engine skip other characters.
        starts = "|".join(re.escape(s) for s in sorted({s[0] for s in self.symbols}))
        written = rf"{amount} ?(?P<unit>{units})(?!\w)|(?P<symbol>{symbols}) ?(?<!\w)(?P<amount2>{self.part})"
        self.pattern = re.compile(rf"(?=\d|{starts})(?:{written})", re.I)
        self.evidence = Evidence.load(
            settings.evidence,
            {
                "ordinary_word_follows": self._ordinary_word_follows,
                "ambiguous_unit": lambda c: bool(c.unit and self.units[c.unit][1]) or c.unit == "đ",
                "scaled": lambda c: re.search(self.scale, c.amount_text, re.I) is not None,
                "small": lambda c: c.amount < 1000,
                "never_small": lambda c: bool(c.unit) and self.units[c.unit][0] in self.never_small,
            },
        )

    def _amount(self, text: str) -> Decimal:
        """`1 tỷ 200 triệu` -> 1200000000: each number times its scale words, summed."""
        total = Decimal(0)
        for part in re.finditer(rf"({_NUM})((?: ?(?:{self.scale}))*)", text, re.I):
            value = _number(part[1])
            for scale in re.findall(self.scale, part[2].lower()):
                value *= self.scales[scale]
            total += value
        return total

    def _low(self, low: str, high: str, amount: Decimal) -> Decimal:
        """The lower end of a range: `500 triệu đến 1 tỷ` as written; a bare `3.000` (`3.000 đến
        5.000 tỷ`) takes the scale of the upper end."""
        if re.search(self.scale, low, re.I):
            return self._amount(low)
        scale = amount / self._amount(re.match(_NUM, high)[0]) if amount else Decimal(1)
        return _number(low) * scale

    def _ordinary_word_follows(self, c: _Match) -> bool:
        """`đồng chí`, `đô thị`, `kíp trực`: the word after the unit shows it is an ordinary word."""
        excluded = self.units[c.unit][1] if c.unit else ()
        follow = re.match(r" ([^\W\d_]+)", c.text[c.m.end() : c.m.end() + 30])
        return bool(excluded and follow and follow[1].lower() in excluded)

    def __call__(self, doc: Doc) -> None:
        text = doc.norm
        for m in self.pattern.finditer(text):
            if m["symbol"]:
                unit, code, amount_text = "", self.symbols[m["symbol"].lower()], m["amount2"]
            else:
                unit = m["unit"].lower()
                code, amount_text = self.units[unit][0], m["amount"]
            amount = self._amount(amount_text)
            verdict = self.evidence.judge(_Match(m, text, unit, amount_text, amount))
            if verdict is None:
                continue
            value: dict[str, object] = {"amount": _plain(amount), "currency": code}
            start = m.start()
            if m["low"] and (low := self._low(m["low"], amount_text, amount)) <= amount:
                value = {"amount": _plain(low), "amount_max": _plain(amount), "currency": code}
            elif m["low"]:
                start = m.start("amount")  # `năm 2020 đến 500 tỷ đồng`: no range, a year before an amount
            doc.add(start, m.end(), "MONEY", score=verdict[1], source=f"money:{verdict[0]}", value=value)


@factory("money", MoneySettings)
def make_money(settings: MoneySettings) -> MoneyFinder:
    return MoneyFinder(settings)
