"""PROVINCE: longest-match lookup of the gazetteer in `vnner/data/provinces.tsv`.

Matching runs on the normalized view (NFC, one tone placement, plain dashes), ignores case
but wants a capital first letter (`Hòa Bình` the province, not `hòa bình` peace), and
respects word edges. Settings and exclusions live in `configs/rules.yaml`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from vnner.config import ConfigError, packaged_config
from vnner.entity import Entity
from vnner.normalize import NormalizedText
from vnner.rules import RuleContext, register

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Province:
    canonical: str
    country: str

    @property
    def value(self) -> dict[str, str]:
        return {"name": self.canonical, "country": self.country}


@dataclass(frozen=True)
class _Entry:
    province: Province | None  # None for a stop phrase
    skip: int  # characters of introducer (`tỉnh `) before the name itself


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, _Entry]
    pattern: re.Pattern[str]
    blocked_after: tuple[str, ...]


def _canonical(phrase: str, tone_style: str) -> str:
    return NormalizedText.build(phrase.strip(), tone_style).text.lower()


def load_provinces(path: Path) -> list[tuple[Province, list[str]]]:
    """Rows of the gazetteer: each province with its spellings."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read gazetteer: {error.strerror}") from None
    provinces = []
    for line, row in enumerate(rows, start=2):
        if not row.get("canonical") or not row.get("variants") or not row.get("country"):
            raise ConfigError(f"{path}:{line}: a row needs canonical, country and variants")
        provinces.append((Province(row["canonical"], row["country"]), row["variants"].split("|")))
    return provinces


@cache
def gazetteer() -> Gazetteer:
    rules = packaged_config("rules")
    settings, style = rules["provinces"], rules["tone_style"]
    introducers = [_canonical(word, style) for word in settings["introducers"]]
    entries: dict[str, _Entry] = {}
    for province, variants in load_provinces(DATA_DIR / settings["gazetteer"]):
        for variant in map(lambda v: _canonical(v, style), variants):
            lead = next((i for i in introducers if variant.startswith(i + " ")), None)
            name = variant[len(lead) + 1 :] if lead else variant
            if not lead:
                entries[name] = _Entry(province, 0)
            for introducer in introducers:
                entries[f"{introducer} {name}"] = _Entry(province, len(introducer) + 1)
    for phrase in settings["stop_phrases"]:
        entries[_canonical(phrase, style)] = _Entry(None, 0)
    alternatives = "|".join(re.escape(key) for key in sorted(entries, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    blocked = tuple(_canonical(word, style) + " " for word in settings["blocked_after"])
    return Gazetteer(entries, pattern, blocked)


def find_in(doc: NormalizedText, score: float) -> list[Entity]:
    table = gazetteer()
    found = []
    for match in table.pattern.finditer(doc.text):
        entry = table.entries.get(match.group().lower())
        if entry is None or entry.province is None:
            continue
        start = match.start() + entry.skip
        if not doc.text[start].isupper() and not doc.text[start].isdigit():
            continue
        before = doc.text[max(0, match.start() - 20) : match.start()].lower()
        if entry.skip == 0 and before.endswith(table.blocked_after):
            continue
        found.append(doc.entity(start, match.end(), "PROVINCE", score=score, source="rules.provinces",
                                value=entry.province.value))
    return found


@register("provinces")
def find_provinces(context: RuleContext) -> list[Entity]:
    return find_in(context.doc, packaged_config("rules")["provinces"]["score"])
