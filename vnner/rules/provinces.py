"""PROVINCE: longest-match lookup of the gazetteer: `vnner/data/provinces.tsv` (vnner's own rows:
Vietnam before and after the 2025 merger, Vietnamese spellings of foreign units) merged by ISO
3166-2 code with `vnner/data/subdivisions.tsv` (every first-level unit of every other country,
generated from pycountry by `scripts/build_gazetteer.py`).

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

import dataclasses
import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from vnner.data import DATA_DIR, DataError, load_tsv
from vnner.doc import Doc, Word
from vnner.names import is_vietnamese, name_key, vowel_groups
from vnner.normalize import bare, key
from vnner.rules import factory
from vnner.rules.evidence import Evidence
from vnner.rules.lexicon import alternatives, countries, person_cues, phrase_keys, surnames


@dataclass(frozen=True)
class ProvinceSettings:
    gazetteer: str  # in vnner/data/, or an absolute path
    subdivisions: str  # generated from pycountry; rows merge into the gazetteer's by ISO code
    merged_on: str  # the date the `merged_into` of the gazetteer took effect
    whole_names: list[str]  # spellings that keep their introducer inside the span (`TP.HCM`)
    city_introducers: list[str]  # `thành phố X` names a city: a PROVINCE only where X is one
    centrally_run: list[str]  # canonical names of the Vietnamese cities that are first-level units
    city_types: list[str]  # ISO unit types (parts of) of foreign units that are themselves cities
    evidence: str
    introducers: list[str]
    blocked_after: list[str]
    named_after: list[str]  # phrases ending in a blocking word that still name the place (`điểm cầu`)
    foreign_levels: list[str]  # blocking words that name a first-level unit abroad (`quận Faro`)
    route_words: list[str]  # a route named by a dashed chain of places: none of them is a PROVINCE
    stop_phrases: list[str]
    cues: str  # honorifics and thing words: a bare name after them is no province
    countries: str
    surnames: str


@dataclass(frozen=True)
class Province:
    canonical: str
    country: str
    iso: str = ""  # ISO 3166-2 code
    merged_into: str = ""  # a Vietnamese unit merged into another on `merged_on`
    merged_on: str = ""
    unit_type: str = ""  # the ISO 3166-2 type of a foreign unit (`Prefecture`, `Metropolitan city`)
    historical: bool = False  # a unit of the past with no code (`Nghệ Tĩnh`, 1976-1991)

    @property
    def value(self) -> dict[str, str | bool]:
        value: dict[str, str | bool] = {"name": self.canonical, "country": self.country, "iso": self.iso}
        if self.merged_into:
            value.update(merged_into=self.merged_into, merged_on=self.merged_on)
        if self.historical:
            value["historical"] = True
        return value


@dataclass(frozen=True)
class _Entry:
    province: Province | None  # None for a stop phrase
    skip: int  # tokens of introducer (`tỉnh`, `thành phố`) before the name itself


@dataclass(frozen=True)
class Gazetteer:
    """Spellings keyed by their word keys, so whitespace never matters."""

    entries: dict[tuple[str, ...], _Entry]
    blocked_after: frozenset[tuple[str, ...]]
    loose: dict[tuple[str, ...], _Entry]  # Lao and Khmer names of 2+ words by their bare letters
    folded: dict[str, _Entry]  # foreign names by `name_key`: hyphens, spacing, tones, the usual pairs
    folded_words: int  # the most words a folded name spans
    letters: frozenset[str]  # foreign names as bare letters run together (`chonburi`): no letter changed

    @cached_property
    def folded_prefixes(self) -> frozenset[str]:
        """Every beginning of a folded key: a first word whose key begins none starts no name."""
        return frozenset(key[:n] for key in self.folded for n in range(1, len(key) + 1))

    @cached_property
    def exact_prefixes(self) -> frozenset[tuple[str, ...]]:
        """Every beginning of a spelling of `entries`: a match is grown word by word only this far."""
        return frozenset(name[:n] for name in self.entries for n in range(1, len(name) + 1))

    @cached_property
    def first_words(self) -> tuple[dict[str, int], dict[str, int]]:
        """The most words of a spelling of `entries` and of `loose` by its first word: most words
        start no name and are skipped at once, the others are tried only as far as one reaches."""
        exact: dict[str, int] = {}
        loose: dict[str, int] = {}
        for longest, table in ((exact, self.entries), (loose, self.loose)):
            for name in table:
                if longest.get(name[0], 0) < len(name):
                    longest[name[0]] = len(name)
        return exact, loose


# Latin words that stand before a unit's name in event and company names: no given names.
_LATIN_WORDS = frozenset({"festival", "expo", "korea", "japan", "china", "thailand", "vietnam", "forum", "summit",
                          "tour", "global", "international", "group", "bank", "city"})

# Transliterated names only: Sino-Vietnamese ones (`Vân Nam`) are Vietnamese syllables (`Văn Nam`).
LOOSE_COUNTRIES = frozenset({"LA", "KH"})
# Countries whose units Vietnamese papers also write in hyphenated syllables (`U-đon-tha-ni`,
# `Nả-khon Pha-nôm`): such a spelling the table lacks is still found by its folded key.
HYPHENATED_COUNTRIES = LOOSE_COUNTRIES | {"TH", "MM"}
MIN_FOLDED = 5  # letters of a folded key: shorter ones collide with words
COLUMNS = ("canonical", "country", "iso", "status", "variants", "merged_into")  # merged_into may be empty
SUBDIVISION_COLUMNS = ("iso", "country", "name", "type", "variants")


@cache
def _key(phrase: str) -> tuple[str, ...]:
    return phrase_keys(phrase, letters_only=False)


def load_provinces(
    name: str, subdivisions: str | None = None, merged_on: str = ""
) -> list[tuple[Province, list[str]]]:
    """Each province with its spellings: the rows of `name`, then those of `subdivisions` whose ISO
    code `name` lacks; a code in both gets the generated spellings too. A spelling already given
    to an earlier row is not given again."""
    provinces: dict[str, tuple[Province, list[str]]] = {}
    for where, row in load_tsv(name, COLUMNS, required=2):
        historical = row["status"] == "historical"
        if empty := [c for c in ("status", "variants", *(() if historical else ("iso",))) if not row[c]]:
            raise DataError(f"{where}: empty {', '.join(empty)}")
        if historical and (row["iso"] or row["merged_into"]):
            raise DataError(f"{where}: a historical unit has no ISO code and no merged_into")
        code = row["iso"] or f"{row['country']}:{row['canonical']}"
        if code in provinces:
            raise DataError(f"{where}: {code} is on two rows")
        province = Province(row["canonical"], row["country"], row["iso"], row["merged_into"],
                            merged_on if row["merged_into"] else "", historical=historical)
        provinces[code] = (province, row["variants"].split("|"))
    for _, row in load_tsv(subdivisions, SUBDIVISION_COLUMNS) if subdivisions else ():
        generated = row["variants"].split("|")
        if row["iso"] in provinces:
            province, variants = provinces[row["iso"]]
            provinces[row["iso"]] = (dataclasses.replace(province, unit_type=row["type"]), variants + generated)
        else:
            unit = Province(generated[-1], row["country"], row["iso"], unit_type=row["type"])
            provinces[row["iso"]] = (unit, generated)
    seen: set[tuple[str, ...]] = set()
    result = []
    for province, variants in provinces.values():
        fresh = [v for v in variants if _key(v) not in seen]
        seen.update(map(_key, fresh))
        result.append((province, fresh))
    return result


def build_gazetteer(settings: ProvinceSettings) -> Gazetteer:
    introducers = [_key(word) for word in settings.introducers]
    # a foreign unit named as its country (the state `México`, the province `Panamá`) is that unit
    # only after a level word (`bang México`); alone the name is the country's, never a PROVINCE
    country_keys = {name_key(c) for c in countries(settings.countries)["countries"]}
    entry = cache(_Entry)  # one object per (province, skip): the cached table loads in a third of the time
    generated: dict[tuple[str, ...], _Entry] = {}
    written: dict[tuple[str, ...], _Entry] = {}  # variants listed with their introducer win
    for province, variants in load_provinces(settings.gazetteer, settings.subdivisions, settings.merged_on):
        for variant in map(_key, variants):
            if not variant:
                raise DataError(f"{settings.gazetteer}: {province.canonical}: an empty variant")
            lead = next((i for i in introducers if variant[: len(i)] == i and len(variant) > len(i)), ())
            if lead:  # `tỉnh Viêng Chăn` is the province, `thủ đô Viêng Chăn` the capital
                written[variant] = entry(province, len(lead))
                continue
            named_as_its_country = province.country != "VN" and name_key(" ".join(variant)) in country_keys
            if not named_as_its_country:
                generated[variant] = entry(province, 0)
            for introducer in introducers:
                generated[introducer + variant] = entry(province, len(introducer))
                if named_as_its_country:  # `bang Mexico`: no folded key finds it after its level word
                    generated[introducer + tuple(map(bare, variant))] = entry(province, len(introducer))
    entries = {**generated, **written}
    for name in map(_key, settings.whole_names):  # v1.2: a fixed abbreviation is one span
        if name in entries:  # (a gazetteer without the spelling has nothing to keep whole)
            entries[name] = entry(entries[name].province, 0)
    for phrase in settings.stop_phrases:
        entries[_key(phrase)] = entry(None, 0)
    blocked = frozenset(_key(word) for word in settings.blocked_after)
    loose = {
        tuple(map(bare, name)): entry
        for name, entry in entries.items()
        if entry.province and entry.province.country in LOOSE_COUNTRIES and _words(name[entry.skip :]) >= 2
    }
    folded: dict[str, _Entry] = {}
    letters: set[str] = set()
    for name, entry in entries.items():
        if entry.province and entry.province.country != "VN" and not entry.skip:
            key_of_name = name_key(" ".join(name))
            letters.add(_letters(name))
            if len(key_of_name) >= MIN_FOLDED:
                folded.setdefault(key_of_name, entry)
    longest_folded = max((len(k) for k, e in entries.items() if e.province and e.province.country != "VN"), default=0)
    return Gazetteer(entries, blocked, loose, folded, longest_folded, frozenset(letters))


def _letters(keys: tuple[str, ...]) -> str:
    """Bare letters of word keys run together: `Chon Buri`, `Chonburi` -> `chonburi`."""
    return "".join(bare(k) for k in keys if k != "-")


# What a built gazetteer depends on besides its settings: the tables and the code that keys them.
_SOURCES = (  # what the table's keys are computed with: folded keys come from `name_key`
    "rules/provinces.py", "rules/lexicon.py", "normalize.py", "tokens.py", "doc.py", "names.py",
    "data/orthography.yaml", "data/name_keys.yaml", "data/surnames.txt",
)


def cached_gazetteer(settings: ProvinceSettings) -> Gazetteer:
    """`build_gazetteer`, kept as a pickle in the user's cache folder (`$VNNER_CACHE_DIR`, else
    `$XDG_CACHE_HOME/vnner` or `~/.cache/vnner`): some 24,000 spellings take 0.16 s to key, 0.03 s
    to load, in a one-sentence `vnner extract` of 0.25 s. The file is named by a hash of the settings and of
    every input's bytes, so any change rebuilds; an unreadable or unwritable cache is ignored, and
    only the newest few files are kept."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(repr(settings).encode())
    tables = (DATA_DIR / name for name in (settings.gazetteer, settings.subdivisions, settings.countries))
    for path in [*(package / name for name in _SOURCES), *tables]:
        digest.update(path.read_bytes())
    user_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vnner"
    folder = Path(os.environ.get("VNNER_CACHE_DIR") or user_cache)
    cached = folder / f"gazetteer-{digest.hexdigest()[:24]}.pickle"
    try:
        with cached.open("rb") as handle:
            table = pickle.load(handle)
        if isinstance(table, Gazetteer):
            return table
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    table = build_gazetteer(settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(cached)  # whole or not at all, even with several processes starting at once
        _prune(folder)
    except OSError:
        pass
    return table


KEPT_CACHES = 4  # gazetteers of other settings or versions kept beside the newest


def _prune(folder: Path) -> None:
    """Removes all but the `KEPT_CACHES` newest gazetteer files: each upgrade writes a new one."""
    old = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEPT_CACHES:]
    for path in old:
        path.unlink(missing_ok=True)


def _loose_name(words: tuple[Word, ...], names: frozenset[str]) -> bool:
    """A foreign name matched by bare letters must look foreign: hyphenated (`Sa-van-na-khẹt`) or of
    three words or more (`Xa Văn Na Khet`), in title case (not `CĂN DẶN`), not starting with a
    Vietnamese surname (`Hứa Phấn`, `Tạ Kèo` are people, not Houaphanh or Takéo)."""
    letters = [(k, w) for k, w in enumerate(words) if w.text[0].isalpha()]
    hyphenated = any(w.text == "-" for w in words)
    title_case = all(
        w.text[0].isupper() == (k == 0 or words[k - 1].text != "-") and (len(w.text) == 1 or w.text[1:].islower())
        for k, w in letters
    )
    return (hyphenated or len(letters) >= 3) and title_case and letters[0][1].key not in names


def _joined(doc: Doc, left: Word, right: Word) -> bool:
    """`right` continues a name after `left`: a letter word one space on, a hyphen, or a letter
    word right after a hyphen."""
    gap = doc.norm[left.end : right.start]
    if right.text == "-":
        return gap == "" and left.text[0].isalpha()
    return right.text[0].isalpha() and (gap == " " and left.text != "-" or gap == "" and left.text == "-")


def _name_cased(words: tuple[Word, ...] | list[Word]) -> bool:
    """Every letter word capitalized or in capitals, but right after a hyphen (`Xiêng-khoảng`)."""
    return all(
        w.shape in ("title", "upper") or (k > 0 and words[k - 1].text == "-" and w.shape == "lower")
        for k, w in enumerate(words)
        if w.text[0].isalpha()
    )


def _words(keys: tuple[str, ...]) -> int:
    return sum(k[0].isalpha() for k in keys)


@dataclass(frozen=True, slots=True)
class _Match:
    """A gazetteer match: words [i, i + n) of the doc, the name itself from word i + entry.skip."""

    doc: Doc
    i: int
    n: int
    entry: _Entry
    how: str  # `exact`, `loose` (Lao or Khmer bare letters) or `folded` (`name_key`)
    free_from: int  # the first word after the previous match


_CAPITALIZED = frozenset(("title", "upper"))
_DASHES = frozenset("-–")
_BYLINE_CHARS = 80  # a longer line is no byline of a few names


def _ends_with(words, i: int, phrases: frozenset[tuple[str, ...]] | tuple[tuple[str, ...], ...]) -> bool:
    """The words right before word i are one of `phrases` (word-key tuples)."""
    lengths, last_words = _shape(phrases)
    if i == 0 or words[i - 1].key not in last_words:
        return False  # the usual case, found with one lookup
    return any(tuple(w.key for w in words[max(0, i - n) : i]) in phrases for n in lengths)


@cache
def _shape(phrases: frozenset[tuple[str, ...]] | tuple[tuple[str, ...], ...]) -> tuple[frozenset[int], frozenset[str]]:
    """The lengths and the last words of `phrases`."""
    return frozenset(map(len, phrases)), frozenset(p[-1] for p in phrases if p)


def _chain_start(words, i: int, links: int = 4, name_words: int = 4) -> int:
    """First word of the dashed chain of capitalized names that word i ends (`Côn Minh - Lào Cai`),
    up to `links` names of up to `name_words` words back; i itself where no dash comes right before it."""
    while links and i >= 2 and words[i - 1].text in _DASHES and words[i - 2].shape in _CAPITALIZED:
        i, links, first = i - 2, links - 1, i - 2 - name_words
        while i > max(0, first) and words[i - 1].shape == "title" and words[i].start == words[i - 1].end + 1:
            i -= 1
    return i


_PROVINCES_AND_CITIES = re.compile(r"(?<!\w)tỉnh, $")  # not `tỉnh và thành phố X`: the province and its city


class ProvinceFinder:
    """Longest match at each word, left to right; a match consumes its words. The evidence table
    decides whether a match is a PROVINCE (a capital first letter, not after `đường`, not the end
    of a person's name)."""

    def __init__(self, settings: ProvinceSettings):
        self.table = cached_gazetteer(settings)
        self.names = surnames(settings.surnames)
        self.cues = person_cues(settings.cues, settings.countries, tuple(settings.introducers))
        # Surnames that start a person's name, less the capitalized function words (`Đoàn`).
        self.name_starters = self.names - self.cues["lead_words"]
        self.evidence = Evidence.load(
            settings.evidence,
            {
                "stop_phrase": lambda m: m.entry.province is None,
                "capitalized": lambda m: m.doc.words[m.i + m.entry.skip].text[0].isupper(),
                "bare": lambda m: m.entry.skip == 0,
                "loose": lambda m: m.how == "loose",
                "folded": lambda m: m.how == "folded",
                "after_blocking_word": self._blocked,
                "ends_a_name": self._ends_a_name,
                "after_honorific": self._after_honorific,
                "provincial_city": self._provincial_city,
                "glued_to_a_word": self._glued_to_a_word,
                "after_a_province": self._after_a_province,
                "in_a_byline": self._in_a_byline,
                "after_a_foreign_name": self._after_a_foreign_name,
                "japanese_surname": self._japanese_surname,
                "inside_a_latin_name": self._inside_a_latin_name,
                "one_word": lambda m: m.n - m.entry.skip == 1,
                "lao_or_khmer": lambda m: m.entry.province.country in LOOSE_COUNTRIES,
                "country_follows": self._country_follows,
                "spelt_as_listed": self._spelt_as_listed,
            },
        )
        self.country_after = re.compile(rf"\s*[(,]\s*(?:{alternatives(list(self.cues['country_names']))})(?!\w)")
        self.city_words = frozenset(_key(word) for word in settings.city_introducers)
        self.named_after = tuple(_key(phrase) for phrase in settings.named_after)
        self.foreign_levels = tuple(_key(phrase) for phrase in settings.foreign_levels)
        self.route_words = tuple(_key(phrase) for phrase in settings.route_words)
        self.centrally_run = frozenset(settings.centrally_run)
        self.city_types = tuple(t.lower() for t in settings.city_types)

    def __call__(self, doc: Doc) -> None:
        table, words = self.table, doc.words
        keys = [w.key for w in words]
        starts, loose_starts = table.first_words
        free_from = 0
        # a unit starts at a word that starts a spelling, or at a capitalized word (a loose spelling,
        # a name the table lacks); other words are never looked at
        candidates = [i for i, w in enumerate(words) if w.key in starts or w.shape in _CAPITALIZED]
        for i in candidates:
            if i < free_from:
                continue  # inside the unit just found
            # a loose (bare-letter) spelling is a capitalized name, or starts with an exact start (`tỉnh`)
            capitalized = words[i].shape in _CAPITALIZED
            if keys[i] in starts or (capitalized and bare(keys[i]) in loose_starts):
                found = self._lookup(keys, words, i) or self._folded(doc, i)
            else:  # a name the table lacks starts capitalized
                found = self._folded(doc, i)
            if found is None:
                continue
            n, entry, how = found
            match = _Match(doc, i, n, entry, how, free_from)
            if verdict := self.evidence.judge(match):
                rule, score = verdict
                start, end = words[i + entry.skip].start, words[i + n - 1].end
                doc.add(start, end, "PROVINCE", score=score, source=f"provinces:{rule}", value=entry.province.value)
            free_from = i + n

    def _lookup(self, keys: list[str], words, i: int) -> tuple[int, _Entry, str] | None:
        """The longest spelling of the table at word i, or a Lao or Khmer one by its bare letters."""
        table = self.table
        exact, loose = table.first_words[0].get(keys[i], 0), table.first_words[1].get(bare(keys[i]), 0)
        reach = min(max(exact, loose), len(words) - i)
        longest, prefixes, n = 0, table.exact_prefixes, 1
        while n <= min(exact, reach) and (words_so_far := tuple(keys[i : i + n])) in prefixes:
            if words_so_far in table.entries:
                longest = n
            n += 1
        if loose:  # a longer loose spelling wins; at the same length the exact one does
            bare_keys = tuple(map(bare, keys[i : i + reach]))
            for n in range(min(loose, reach), longest, -1):
                entry = table.loose.get(bare_keys[:n])
                if entry and _loose_name(words[i + entry.skip : i + n], self.names):
                    return n, entry, "loose"
        return (longest, table.entries[tuple(keys[i : i + longest])], "exact") if longest else None

    def _folded(self, doc: Doc, i: int) -> tuple[int, _Entry, str] | None:
        """A foreign unit whose spelling the table lacks, by `name_key` (`Xiengkhuang`, `Chămpaxắc`):
        capitalized words joined by spaces or hyphens, not starting with a Vietnamese surname, and
        not a Vietnamese name."""
        words, table = doc.words, self.table
        if not words[i].text[0].isupper() or words[i].key in self.names:
            return None
        if name_key(words[i].text) not in table.folded_prefixes:
            return None
        end = i
        while end + 1 < len(words) and end - i < table.folded_words and _joined(doc, words[end], words[end + 1]):
            following = words[end + 1]
            surface = doc.norm[words[i].start : following.end]
            if following.text != "-" and name_key(surface) not in table.folded_prefixes:
                break  # no folded name goes on this way: longer windows are not tried
            end += 1
        for last in range(end, i - 1, -1):
            if words[last].text == "-":
                continue
            surface, span = doc.norm[words[i].start : words[last].end], words[i : last + 1]
            ascii_only = surface.isascii()
            # with Vietnamese letters, only a Lao or Khmer name spelt as one (`Cổ phần` is no `Copán`),
            # or run together in one word of several syllables (`Phôngsaly`); the cheap tests come
            # first, the key is computed for what passes them
            run_together = last == i and vowel_groups(words[i].key) >= 2
            if not ascii_only and "-" not in surface and last - i < 2 and not run_together:
                continue  # one or two Vietnamese-lettered syllables without a hyphen: no loose name
            if not (ascii_only or run_together or _loose_name(span, self.names)) or not _name_cased(span):
                continue
            entry = table.folded.get(name_key(surface))
            if entry is None or is_vietnamese(surface):
                continue
            country = entry.province.country
            if ascii_only or country in LOOSE_COUNTRIES or ("-" in surface and country in HYPHENATED_COUNTRIES):
                return last - i + 1, entry, "folded"
        return None

    def _provincial_city(self, m: _Match) -> bool:
        """`thành phố Yên Bái`, `thành phố Osaka`: the city of a province that is no city itself (v1.2:
        not Hà Nội, Busan, Phnom Penh)."""
        introducer = tuple(w.key for w in m.doc.words[m.i : m.i + m.entry.skip])
        province = m.entry.province
        if introducer not in self.city_words:
            return False
        if _PROVINCES_AND_CITIES.search(m.doc.lower, max(0, m.doc.words[m.i].start - 8), m.doc.words[m.i].start):
            return False  # `ba tỉnh, thành phố Quảng Ninh, Bắc Ninh`: provinces and cities, not one's city
        if province.country == "VN":
            return province.canonical not in self.centrally_run
        return not any(kind in province.unit_type.lower() for kind in self.city_types)  # `thành phố Osaka`

    def _glued_to_a_word(self, m: _Match) -> bool:
        """`Điểu K'Lơi`: the match is the end of a word with an apostrophe, not a name of its own."""
        start, text = m.doc.words[m.i].start, m.doc.norm
        return start >= 2 and text[start - 1] == "'" and text[start - 2].isalpha()

    def _after_a_province(self, m: _Match) -> bool:
        """`Thống đốc tỉnh Okayama Ibaraki Shunsuke`: right after a province and before a capitalized
        word, a unit's name is a family name (Japanese ones often are), not a second province."""
        words, start = m.doc.words, m.doc.words[m.i].start
        last = m.i + m.n - 1
        follows = last + 1 < len(words) and _joined(m.doc, words[last], words[last + 1])
        named = follows and words[last + 1].shape in ("title", "upper")
        return named and any(s.end == start - 1 and s.label == "PROVINCE" for s in m.doc.spans[-3:])

    def _in_a_byline(self, m: _Match) -> bool:
        """`MINH CHÂU - HẢI NAM`: a line in capitals of short names joined by dashes, one of them no
        unit's, is a byline of reporters' names (`ĐÀ NẴNG - HẢI NAM` is two provinces)."""
        doc, span = m.doc, m.doc.words[m.i : m.i + m.n]
        if any(w.shape != "upper" for w in span):
            return False
        start, end = doc.line_bounds(span[0].start, span[-1].end)
        line = doc.norm[start:end].strip() if end - start <= _BYLINE_CHARS else ""
        if not line.isupper() or len(line.split()) > 8:
            return False
        names = [part.split() for part in re.split(r"\s*[-–]\s*", line)]
        if len(names) < 2 or not all(1 <= len(name) <= 3 for name in names):
            return False
        return any(_key(" ".join(name)) not in self.table.entries for name in names)

    def _after_a_foreign_name(self, m: _Match) -> bool:
        """`Phó Tỉnh trưởng Anurak Chaiyaphum`, `Rogelio Fernández Alba`: a foreign unit right after a
        capitalized Latin word of two syllables or more (a given name, not a unit's or a country's; accents
        allowed, since a Vietnamese word has one syllable) is a family name."""
        if m.entry.province.country == "VN" or m.i == 0:
            return False
        words, doc = m.doc.words, m.doc
        before = words[m.i - 1]
        syllables = vowel_groups(before.key)
        latin_name = before.shape == "title" and before.text.isalpha() and syllables >= 2
        return latin_name and not self._known_word(before) and doc.norm[before.end : words[m.i].start] == " "

    def _japanese_surname(self, m: _Match) -> bool:
        """`Phó Thống đốc Ishikawa Daisuke cho biết`: a prefecture right after `Thống đốc` and before one
        capitalized Latin word that ends the name is the governor's family name (`Thống đốc Aichi Omura
        Hideaki` names the prefecture, then a two-word name)."""
        start = m.doc.words[m.i].start
        if m.entry.province.country != "JP" or m.entry.skip or not m.doc.lower.endswith("thống đốc ", 0, start):
            return False
        words, doc, last = m.doc.words, m.doc, m.i + m.n - 1
        given = words[last + 1] if last + 1 < len(words) and _joined(doc, words[last], words[last + 1]) else None
        if given is None or given.shape != "title" or not given.text.isascii() or self._known_word(given):
            return False
        after = words[last + 2] if last + 2 < len(words) and _joined(doc, given, words[last + 2]) else None
        return after is None or after.shape not in _CAPITALIZED

    def _known_word(self, word) -> bool:
        """A word that starts a spelling of the table or is a common English word (`Festival`, `Group`):
        no given or company name."""
        return word.key in self.table.first_words[0] or word.key in _LATIN_WORDS

    def _inside_a_latin_name(self, m: _Match) -> bool:
        """`Tập đoàn Siam Coast Hospitality`: a foreign unit of one word between two capitalized Latin
        words (no units, countries or common English words; a name particle may follow the unit: `Mohd Rizal
        bin Ismail`) is a word of a company's or a person's name; so is one listed between two such names
        (`Google, Meta, Netflix`: companies)."""
        if m.entry.province.country == "VN" or m.n - m.entry.skip != 1 or m.i == 0 or m.i + m.n >= len(m.doc.words):
            return False
        words, text = m.doc.words, m.doc.norm
        before, unit, after = words[m.i - 1], words[m.i + m.n - 1], words[m.i + m.n]

        def latin(word) -> bool:
            return word.shape == "title" and word.text.isascii() and not self._known_word(word)

        if particle := self.cues["particle_gap"].match(text, unit.end):  # `Mohd Rizal bin Ismail`
            k = next((k for k in range(m.i + m.n, len(words)) if words[k].start >= particle.end()), None)
            joined = k is not None and words[k].start == particle.end() and text[before.end : unit.start] == " "
            return joined and latin(before) and latin(words[k])
        spaced = text[before.end : unit.start] == " " and text[unit.end : after.start] == " "
        if not spaced and before.text == "," == after.text and m.i >= 2 and m.i + m.n + 1 < len(words):
            before, after = words[m.i - 2], words[m.i + m.n + 1]  # `Google, Meta, Netflix`
            spaced = text[before.end : unit.start] == ", " and text[unit.end : after.start] == ", "
        return spaced and latin(before) and latin(after)

    def _spelt_as_listed(self, m: _Match) -> bool:
        """The words are a listed foreign spelling but for case, tones, spaces and hyphens (`Chonburi`)."""
        return _letters(tuple(w.key for w in m.doc.words[m.i : m.i + m.n])) in self.table.letters

    def _country_follows(self, m: _Match) -> bool:
        """`Samsun (Thổ Nhĩ Kỳ)`, `Gunma, Nhật Bản`: the unit's country in brackets or after a comma."""
        return self.country_after.match(m.doc.norm, m.doc.words[m.i + m.n - 1].end) is not None

    def _blocked(self, m: _Match) -> bool:
        """A blocking word (`đường`, `cửa khẩu`) right before the name, unless it names the place
        (`điểm cầu`) or a foreign unit's level (`quận Faro`); or a route word (`cao tốc`, `hành lang kinh
        tế`) before the dashed chain of names the name ends (`Hành lang kinh tế Côn Minh - Lào Cai - Hà Nội`)."""
        words = m.doc.words
        if m.entry.province.country != "VN" and _ends_with(words, m.i, self.foreign_levels):
            return False  # `quận Faro`: Portugal's districts are its first level
        if _ends_with(words, m.i, self.table.blocked_after):
            return not _ends_with(words, m.i, self.named_after)
        start = _chain_start(words, m.i)
        return start < m.i and _ends_with(words, start, self.route_words)

    def _after_honorific(self, m: _Match) -> bool:
        """`Ông Bình Dương cho biết`: a bare name right after `ông`, `bà`, `đồng chí` is a person's;
        not when the honorific is itself part of a name (`Công ty Hoàng Anh Gia Lai`)."""
        start, text = m.doc.words[m.i].start, m.doc.norm
        window = max(0, start - 20)
        honorific = self.cues["honorific"].search(m.doc.lower, window, start)
        if honorific is None:
            return False
        at = honorific.start()
        previous = text[max(0, at - 12) : at].split()[-1:]
        in_a_name = text[at].isupper() and previous and previous[0].isalpha() and previous[0][0].isupper()
        # `các bác sĩ Huế`: a group named by where it comes from, no person's name
        plural = previous and key(previous[0]) in self.cues["plural_markers"]
        group = plural and honorific[0].strip() not in self.cues["singles"]
        return not in_a_name and not group

    def _ends_a_name(self, m: _Match) -> bool:
        """The province at word i ends a person's name: `Nguyễn Hòa Bình`, `bà Nguyễn Thị Huế`.

        True when one of the capitalized words right before it (one space apart, at most three,
        none inside an earlier province) is a surname, and no thing word (`công ty`, `trường`)
        comes before them.
        """
        words, text, i = m.doc.words, m.doc.norm, m.i
        j = i
        while (
            j > m.free_from
            and i - j < 3
            and words[j - 1].text[0].isupper()
            and words[j - 1].text.isalpha()
            and text[words[j - 1].end : words[j].start] == " "
        ):
            j -= 1
        if j == i or not any(w.key in self.name_starters for w in words[j:i]):
            return False
        # `Công ty Hoàng Anh Gia Lai`, `Trường THPT Lê Quý Đôn Đà Nẵng`: a thing's name, not a person's;
        # but after `tỉnh`/`thành phố` a surname and three words are a holder (`UBND thành phố Phan Thái Bình`)
        start = words[j].start
        thing = self.cues["thing"].search(m.doc.lower, max(0, start - 30), start)
        introduced = thing is not None and thing[0].rstrip() in self.cues["introducers"]
        return thing is None or (introduced and words[j].key in self.name_starters and i + m.n - j >= 3)


@factory("provinces", ProvinceSettings)
def make_provinces(settings: ProvinceSettings) -> ProvinceFinder:
    return ProvinceFinder(settings)
