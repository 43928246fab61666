"""Regenerates `vnner/data/subdivisions.tsv`: every first-level ISO 3166-2 unit of every country,
from the pinned `pycountry` (its copy of the iso-codes project), with the names a reader meets.

    python scripts/build_gazetteer.py          # rewrites the table; `tests/test_gazetteer.py` checks it

Each row: the ISO code, the country, the library's name, and the variants vnner matches: that
name and the name without its type word (`Yunnan Sheng` -> `Yunnan`, `Gyeonggi-do` -> `Gyeonggi`).
Vietnam is left out (`provinces.tsv` is vnner's own file for it, with the 2025 merger), and so is
`CN-TW` (Taiwan itself is no province); Taiwan's own counties and cities are first-level units (v1.2:
of every country, as ISO 3166-1 lists it). A one-word variant that reads as an
unaccented Vietnamese syllable (`Ba`, `Nan`, `Trang`, `Mon`) is dropped, since a capitalized
Vietnamese word or name would match it, and so is a bare English compass word (`Eastern`);
`provinces.tsv` lists the ones Vietnamese papers print.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "vnner" / "data" / "subdivisions.tsv"
SKIPPED = {"VN"}
SKIPPED_CODES = {"CN-TW"}
# Type words that the library's names carry and papers leave out, by country.
SUFFIXES = {
    "CN": (" Sheng", " Shi", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " SAR"),
    "KZ": (" oblysy",),  # `Pavlodar oblysy` -> `Pavlodar`
    "KR": ("-teukbyeolsi", "-gwangyeoksi", "-teukbyeoljachisi", "-teukbyeoljachido", "-do"),
    "TW": (" County",),  # `Changhua County` -> `Changhua`; `Chiayi City` keeps its word beside `Chiayi County`
}
# One Vietnamese syllable without its diacritics: onset, rhyme. Any word matching it could be a
# capitalized Vietnamese word.
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_RHYME = "(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?"
VIETNAMESE_SYLLABLE = re.compile(rf"{_ONSET}{_RHYME}", re.I)


def looks_vietnamese(name: str) -> bool:
    """One word that is also an unaccented Vietnamese syllable."""
    return bool(VIETNAMESE_SYLLABLE.fullmatch(name))


# English words some units are named by alone (Ghana's `Eastern`, Zambia's `Central`): capitalized they
# are mostly a brand's words (`China Eastern Airlines`, `Central Group`), so they are no variant.
GENERIC_WORDS = {"Eastern", "Western", "Northern", "Southern", "Central", "North", "South", "East", "West",
                 "Centre", "Coast"}


_OTHER_LANGUAGE = re.compile(r"(.+?) \[(.+)\]")
_INVERTED = re.compile(r"([^,]+), [^,]+")  # the library's `Name, Type` order
_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]+\b")


def variants(country: str, name: str) -> list[str]:
    found = [name]
    if bracketed := _OTHER_LANGUAGE.fullmatch(name):  # `Catalunya [Cataluña]`: both languages' names
        other = _CODE.sub("", bracketed[2]).strip()  # `Wales [Cymru GB-CYM]`; `Stockholms län [SE-01]`: a code
        found += [bracketed[1]] + ([other] if other[:1].isupper() and not any(c.isdigit() for c in other) else [])
    elif (inverted := _INVERTED.fullmatch(name)) and inverted[1][0].isupper():
        found.append(inverted[1])  # `Madrid, Comunidad de` -> `Madrid`; not `wallonne, Région`
    for suffix in SUFFIXES.get(country, ()):
        if name.endswith(suffix) and len(name) > len(suffix):
            found.append(name[: -len(suffix)])
            break
    return [v for v in dict.fromkeys(found) if not looks_vietnamese(v) and v not in GENERIC_WORDS]


# Countries whose first ISO level is not what papers call their provinces: Indonesia's is island groups
# (`Jawa`, no administration), which give way to the provinces under them (`Jawa Timur`); the Philippines'
# and Belgium's are regions, beside which their provinces stand (`Cebu`, `Palawan`; `Antwerpen`, `Liège`).
PROVINCES_BELOW = {"ID": "Geographical unit", "PH": "Region", "BE": "Region"}
# Hungary's cities with county rights stand beside its counties in ISO but are cities (`thủ phủ là thành phố
# Kecskemét`): the first level is the 19 counties and Budapest.
DROPPED_TYPES = {("ID", "Geographical unit"), ("HU", "City with county rights")}


def first_level(unit) -> bool:
    """A unit of the level vnner labels PROVINCE (see PROVINCES_BELOW)."""
    if (unit.country_code, unit.type) in DROPPED_TYPES:
        return False
    if unit.parent_code is None:
        return True
    parent = pycountry.subdivisions.get(code=unit.parent_code)
    return PROVINCES_BELOW.get(unit.country_code) == parent.type and parent.parent_code is None


def rows() -> list[tuple[str, str, str, str, str]]:
    result = []
    for unit in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if not first_level(unit) or unit.country_code in SKIPPED or unit.code in SKIPPED_CODES:
            continue
        names = variants(unit.country_code, unit.name)
        if names:
            result.append((unit.code, unit.country_code, unit.name, unit.type, "|".join(names)))
    return result


def main() -> int:
    lines = ["iso\tcountry\tname\ttype\tvariants"] + ["\t".join(row) for row in rows()]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(lines) - 1} units")
    return 0


if __name__ == "__main__":
    sys.exit(main())
