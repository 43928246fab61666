"""PROVINCE: longest-match lookup of the gazetteer in `vnner/data/provinces.tsv`.

Matching runs on the normalized view (NFC, one tone placement, plain dashes), ignores case
but wants a capital first letter (`Hòa Bình` the province, not `hòa bình` peace), and
respects word edges. Lao and Khmer names also match by their bare letters, whatever their
diacritics (`Sa-van-na-khẹt` = `Sa-van-na-khet`), since their Vietnamese spellings vary too
much to list, when they look foreign (see `_loose_name`). Settings and exclusions live in
`configs/rules.yaml`.

A bare name (no `tỉnh`/`thành phố` before it) right after capitalized words that hold a
surname ends a person's name and is not taken: `Nguyễn Hòa Bình`, `bà Nguyễn Thị Huế`;
unless a thing word comes first (`Công ty Hoàng Anh Gia Lai`, `Trường THPT ... Nghệ An`).
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from vnner.config import ConfigError, packaged_config
from vnner.entity import Entity
from vnner.normalize import NormalizedText
from vnner.rules import RuleContext, register
from vnner.rules.lexicon import DATA_DIR, key, load_yaml, lower_in_place, person_cues, surnames
from vnner.tokens import Token, tokenize


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
    skip: int  # tokens of introducer (`tỉnh`, `thành phố`) before the name itself


@dataclass(frozen=True)
class Gazetteer:
    """Spellings keyed by their lower-cased token texts, so whitespace never matters."""

    entries: dict[tuple[str, ...], _Entry]
    longest: int
    blocked_after: frozenset[tuple[str, ...]]
    blocked_lengths: tuple[int, ...]  # token counts of the blocked_after phrases
    loose: dict[tuple[str, ...], _Entry]  # Lao and Khmer names of 2+ words by their bare letters

    @cached_property
    def first_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """First tokens of `entries` and of `loose`: most tokens start no name and are skipped at once."""
        return frozenset(k[0] for k in self.entries), frozenset(k[0] for k in self.loose)


# Transliterated names only: Sino-Vietnamese ones (`Vân Nam`) are Vietnamese syllables (`Văn Nam`).
LOOSE_COUNTRIES = frozenset({"LA", "KH"})


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """`khẹt`, `khệt`, `khet` → `khet`: Lao and Khmer names reach Vietnamese in many diacritic spellings."""
    return "".join(c for c in unicodedata.normalize("NFD", word.replace("đ", "d")) if not unicodedata.combining(c))


def _key(phrase: str, tone_style: str) -> tuple[str, ...]:
    return tuple(t.text.lower() for t in tokenize(NormalizedText.build(phrase, tone_style).text))


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
    introducers = [_key(word, style) for word in settings["introducers"]]
    generated: dict[tuple[str, ...], _Entry] = {}
    written: dict[tuple[str, ...], _Entry] = {}  # variants listed with their introducer win
    for province, variants in load_provinces(DATA_DIR / settings["gazetteer"]):
        for variant in (_key(v, style) for v in variants):
            lead = next((i for i in introducers if variant[: len(i)] == i and len(variant) > len(i)), ())
            if lead:  # `tỉnh Viêng Chăn` is the province, `thủ đô Viêng Chăn` the capital
                written[variant] = _Entry(province, len(lead))
                continue
            generated[variant] = _Entry(province, 0)
            for introducer in introducers:
                generated[introducer + variant] = _Entry(province, len(introducer))
    entries = {**generated, **written}
    for phrase in settings["stop_phrases"]:
        entries[_key(phrase, style)] = _Entry(None, 0)
    blocked = frozenset(_key(word, style) for word in settings["blocked_after"])
    loose = {
        tuple(map(_bare, name)): entry
        for name, entry in entries.items()
        if entry.province and entry.province.country in LOOSE_COUNTRIES and _words(name[entry.skip :]) >= 2
    }
    return Gazetteer(entries, max(map(len, entries)), blocked, tuple(sorted({len(b) for b in blocked})), loose)


def _loose_name(tokens: list[Token]) -> bool:
    """A foreign name matched by bare letters must look foreign: hyphenated (`Sa-van-na-khẹt`) or of
    three words or more (`Xa Văn Na Khet`), in title case (not `CĂN DẶN`), not starting with a
    Vietnamese surname (`Hứa Phấn`, `Tạ Kèo` are people, not Houaphanh or Takéo)."""
    words = [(k, t) for k, t in enumerate(tokens) if t.text[0].isalpha()]
    hyphenated = any(t.text == "-" for t in tokens)
    title_case = all(
        t.text[0].isupper() == (k == 0 or tokens[k - 1].text != "-") and (len(t.text) == 1 or t.text[1:].islower())
        for k, t in words
    )
    return (hyphenated or len(words) >= 3) and title_case and key(words[0][1].text) not in surnames()


def _words(tokens: tuple[str, ...]) -> int:
    return sum(token[0].isalpha() for token in tokens)


def _after_honorific(text: str, start: int) -> bool:
    """`Ông Bình Dương cho biết`: a bare name right after `ông`, `bà`, `đồng chí` is a person's;
    not when the honorific is itself part of a name (`Công ty Hoàng Anh Gia Lai`)."""
    window = max(0, start - 20)
    honorific = person_cues()["honorific"].search(lower_in_place(text[window:start]))
    if honorific is None:
        return False
    at = window + honorific.start()
    previous = text[max(0, at - 12) : at].split()[-1:]
    in_a_name = text[at].isupper() and previous and previous[0].isalpha() and previous[0][0].isupper()
    return not in_a_name


def _thing_before(text: str) -> bool:
    return bool(person_cues()["thing"].search(lower_in_place(text)))


@cache
def _name_starters() -> frozenset[str]:
    """Surnames that start a person's name, less the capitalized function words (`Đoàn`)."""
    return surnames() - {key(w) for w in load_yaml("person_cues.yaml")["lead_words"]}


def _ends_a_name(text: str, tokens: list[Token], i: int, free_from: int) -> bool:
    """The province at token i ends a person's name: `Nguyễn Hòa Bình`, `bà Nguyễn Thị Huế`.

    True when one of the capitalized words right before it (one space apart, at most three,
    none inside an earlier province) is a surname, and no thing word (`công ty`, `trường`)
    comes before them.
    """
    j = i
    while (
        j > free_from
        and i - j < 3
        and tokens[j - 1].text[0].isupper()
        and tokens[j - 1].text.isalpha()
        and text[tokens[j - 1].end : tokens[j].start] == " "
    ):
        j -= 1
    if j == i or not any(key(t.text) in _name_starters() for t in tokens[j:i]):
        return False
    # `Công ty Hoàng Anh Gia Lai`, `Trường THPT Lê Quý Đôn Đà Nẵng`: a thing's name, not a person's
    return not _thing_before(text[max(0, tokens[j].start - 30) : tokens[j].start])


def find_in(doc: NormalizedText, score: float) -> list[Entity]:
    """Longest match at each token, left to right; a match consumes its tokens."""
    table = gazetteer()
    tokens = tokenize(doc.text)
    keys = [t.text.lower() for t in tokens]
    bare_keys = [_bare(k) for k in keys]
    found, i, free_from = [], 0, 0
    starts, loose_starts = table.first_words
    while i < len(tokens):
        if keys[i] not in starts and bare_keys[i] not in loose_starts:
            i += 1
            continue
        for n in range(min(table.longest, len(tokens) - i), 0, -1):
            entry = table.entries.get(tuple(keys[i : i + n]))
            if entry is None and (loose := table.loose.get(tuple(bare_keys[i : i + n]))):
                entry = loose if _loose_name(tokens[i + loose.skip : i + n]) else None
            if entry is not None:
                break
        else:
            i += 1
            continue
        name = tokens[i + entry.skip]
        bare = entry.skip == 0
        blocked = bare and any(tuple(keys[max(0, i - k) : i]) in table.blocked_after for k in table.blocked_lengths)
        if (
            entry.province
            and name.text[0].isupper()
            and not blocked
            and not (bare and (_ends_a_name(doc.text, tokens, i, free_from) or _after_honorific(doc.text, name.start)))
        ):
            found.append(
                doc.entity(
                    name.start,
                    tokens[i + n - 1].end,
                    "PROVINCE",
                    score=score,
                    source="rules.provinces",
                    value=entry.province.value,
                )
            )
        i += n
        free_from = i
    return found


@register("provinces")
def find_provinces(context: RuleContext) -> list[Entity]:
    return find_in(context.doc, packaged_config("rules")["provinces"]["score"])
