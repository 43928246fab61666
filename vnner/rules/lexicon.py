"""Language data the components share: lexicon phrases, surnames, countries and cue patterns.

Everything is read through `vnner.data` (one checked loader) and compared by
`vnner.normalize.key`, so data files may be written in either tone style. Loaders take the
file names a component's settings give, so another config may point to other tables.
"""

from __future__ import annotations

import re
from functools import cache, cached_property

from vnner.data import load_lines, load_yaml
from vnner.doc import Doc
from vnner.names import vowel_groups
from vnner.normalize import key

_BLANK = r"[^\S\n]"  # white space within a line: cues never reach across a line break


class Phrases(tuple):
    """Word-key tuples of lexicon entries, longest first (so the longest match wins)."""

    @cached_property
    def by_first_word(self) -> dict[str, list[tuple[str, ...]]]:
        """The same phrases grouped by first word: matching tries only those that can fit."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self:
            index.setdefault(phrase[0], []).append(phrase)
        return index

    @cached_property
    def members(self) -> frozenset[tuple[str, ...]]:
        return frozenset(self)


def phrase_keys(text: str, letters_only: bool = True) -> tuple[str, ...]:
    """The word keys of a phrase, cut by the one tokenizer of `Doc`."""
    doc = Doc(text)
    return tuple(w.key for w in (doc.letter_words if letters_only else doc.words))


def phrases(entries: list[str]) -> Phrases:
    return Phrases(sorted({phrase_keys(entry) for entry in entries}, key=len, reverse=True))


@cache
def surnames(name: str) -> frozenset[str]:
    return frozenset(key(s) for s in load_lines(name))


@cache
def name_middles() -> frozenset[str]:
    """Keys of `vnner/data/name_middles.txt`: `Thị`, `Văn` after a capitalized word start a name."""
    return frozenset(key(s) for s in load_lines("name_middles.txt"))


@cache
def countries(name: str) -> dict[str, list[str]]:
    """`countries` (never a PROVINCE) and `country_pair_words` (`Việt - Lào`)."""
    return load_yaml(name, {"countries": "words", "country_pair_words": "words"})


def country_pair_words(name: str) -> list[str]:
    """Countries and their short forms that pair with a dash (`Việt - Lào`)."""
    data = countries(name)
    return [*data["countries"], *data["country_pair_words"]]


def alternatives(entries: list[str]) -> str:
    """A regex alternation of the entries' keys, longest first."""
    return "|".join(re.escape(key(e)) for e in sorted(entries, key=len, reverse=True))


PERSON_CUES = {
    name: "words"
    for name in (
        "honorifics", "credits", "roles", "stop_words", "lead_words", "thing_words", "named_after", "not_names",
        "year_stems", "year_branches", "before_place", "local_units", "org_words", "verbs_after_name", "locatives",
        "headline_verbs", "study_cues", "degrees", "given_honorifics", "adverbs_before_verb", "byline_leads",
        "byline_sources", "byline_outlets", "paired_things", "not_given_after", "after_given_alone",
        "personal_honorifics", "ranks", "bodiless_offices", "birth_order", "age_words", "birth_words",
        "company_words", "burmese_honorifics", "plural_markers", "name_particles", "nickname_cues",
    )
}


def _finals(phrases: list[str]) -> frozenset[str]:
    """The key of each phrase's last letter word."""
    return frozenset(words[-1] for p in phrases if (words := _LETTER_RUN.findall(key(p))))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word-key tuples of `phrases` grouped by their first word, longest first: a run is checked only
    against the phrases its first word starts."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted({tuple(key(x) for x in p.split()) for p in phrases}, key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in index.items()}


@cache
def person_cue_lists(name: str) -> dict[str, list[str]]:
    """The word lists of the cue file as written; ranks are honorifics too."""
    data = load_yaml(name, PERSON_CUES)
    return {**data, "honorifics": data["honorifics"] + data["ranks"]}


@cache
def person_cues(name: str, countries_name: str, introducers: tuple[str, ...]) -> dict:
    """Word sets and patterns of the cue file: honorifics, credits, names of things..."""
    data = person_cue_lists(name)
    folded_introducers = tuple(key(w) for w in introducers)
    country = f"(?:{alternatives(country_pair_words(countries_name))})"
    sets = {
        name: frozenset(key(w) for w in data[name])
        for name in ("stop_words", "lead_words", "not_names", "plural_markers")
    }
    # countries of two words or more are no one's name (`Mông Cổ`), nor one of a foreign word (`Hungary`, `các
    # giáo sư Hungary`); `Nga`, `Đức`, `Anh`, one Vietnamese syllable each, are given names too
    sets["not_names"] |= {key(c) for c in countries(countries_name)["countries"] if " " in c or vowel_groups(c) > 1}
    singles = frozenset(key(w) for w in data["honorifics"] if " " not in w)
    lists_after_given = data["adverbs_before_verb"] + data["verbs_after_name"] + data["after_given_alone"]
    pair_words = country_pair_words(countries_name)
    return {
        # the key of the last letter word any match of a cue ends with (`chí` of `đồng chí`, `ts` of `PGS.TS`):
        # a run after another word has no such cue, and its pattern need not be searched
        "finals": {
            "honorific": _finals(data["honorifics"]),
            "personal_honorific": _finals(data["personal_honorifics"] + data["ranks"]),
            "role": _finals(data["roles"] + pair_words),
            "nickname": _finals(data["nickname_cues"]),
            "study": _finals(data["study_cues"] + data["degrees"]),
            "locative": _finals(data["locatives"]),
            "not_given_after": _finals(data["not_given_after"]),
            "thing": _finals(data["thing_words"] + data["named_after"] + pair_words),
        },
        **sets,
        "stems": frozenset(key(w) for w in data["year_stems"]),
        "branches": frozenset(key(w) for w in data["year_branches"]),
        "singles": singles,
        # words a name never starts with: `Theo`, `ông`, `Em` are dropped from the front of a run
        "dropped_first": sets["lead_words"] | singles | {key(w) for w in data["roles"] if " " not in w},
        "honorific": re.compile(rf"(?<!\w)(?:{alternatives(data['honorifics'])})(?:{_BLANK}*:)?{_BLANK}+$"),
        # `Đại tá`, `Bác sĩ`: an honorific of several words whose first word alone forms a run
        "honorific_ahead": re.compile(rf"(?:{alternatives([h for h in data['honorifics'] if ' ' in h])})(?!\w)"),
        # ranks too: said only of a person (`Thượng tá Trường khẳng định`)
        "personal_honorific": re.compile(
            rf"(?<!\w)(?:{alternatives(data['personal_honorifics'] + data['ranks'])}){_BLANK}+$"
        ),
        # `Ảnh: VGP/Nhật Bắc`: an agency's short name may stand before the name
        "credit": re.compile(rf"(?<!\w)(?:{alternatives(data['credits'])}){_BLANK}*:{_BLANK}*(?:[^\W\d_]{{2,10}}/)?$"),
        "credit_words": frozenset(key(w) for w in data["credits"]),
        # `trình độ thạc sĩ` + a field: the degree may be left out (`chuyên ngành Kinh tế`)
        "study": re.compile(
            rf"(?<!\w)(?:{alternatives(data['study_cues'])})(?: (?:{alternatives(data['degrees'])}))?{_BLANK}+$"
        ),
        "locative": re.compile(rf"(?<!\w)(?:{alternatives(data['locatives'])}){_BLANK}+$"),
        "not_given_after": re.compile(rf"(?<!\w)(?:{alternatives(data['not_given_after'])}) $"),
        "after_given_alone": re.compile(
            rf"\s*(?:[^\w\s–-]|\d|$| (?:{alternatives(lists_after_given)})(?!\w))"
        ),
        "according": re.compile(rf"(?<!\w)theo{_BLANK}+$"),
        "verb_after_name": re.compile(
            rf" (?:(?:{alternatives(data['adverbs_before_verb'])}) )?(?:{alternatives(data['verbs_after_name'])})(?!\w)"
        ),
        # `Chea Vuthy (36 tuổi`, `(sinh năm 1991`: an age or a birth year in brackets after a name
        "age_after": re.compile(
            rf" ?\((?:\d{{1,3}} (?:{alternatives(data['age_words'])})"
            rf"|(?:{alternatives(data['birth_words'])}) \d{{4}})(?!\w)"
        ),
        "given_honorifics": frozenset(key(w) for w in data["given_honorifics"]),
        "bodiless_offices": frozenset(key(w) for w in data["bodiless_offices"]),
        "birth_order": frozenset(key(w) for w in data["birth_order"]),
        "byline_lead": re.compile(rf"^{_BLANK}*(?:{alternatives(data['byline_leads'])}){_BLANK}+", re.IGNORECASE),
        "byline_source": re.compile(
            rf"{_BLANK}*[-/]{_BLANK}*(?:{alternatives(data['byline_sources'])}"
            rf"|(?:{alternatives(data['byline_outlets'])})(?:{_BLANK}+[^\W\d_][^\s]*){{0,6}}){_BLANK}*$",
            re.IGNORECASE,
        ),
        # `em`, `lưu học sinh Lào`: a role noun, possibly with the person's country
        "role": re.compile(rf"(?<!\w)(?:{alternatives(data['roles'])})(?: {country})?{_BLANK}+$"),
        "nickname": re.compile(rf"(?<!\w)(?:{alternatives(data['nickname_cues'])}){_BLANK}+$"),
        "thing_start": re.compile(rf"(?:{alternatives(data['thing_words'])})(?!\w)"),
        "thing": re.compile(
            rf"(?<!\w)(?:{alternatives(data['thing_words'])})"
            rf"(?: (?:{alternatives(data['named_after'])}|{country}(?: - {country})?)){{0,4}}{_BLANK}+\"?$"
        ),
        # `cặp cửa khẩu Hà Khẩu – Kim Thành`: the second name of a pair after a thing's name is a thing's too
        "thing_pair": re.compile(rf"(?<!\w)(?:{alternatives(data['paired_things'])})(?:(?: [^\W\d_]+){{1,4}} -)+ $"),
        "leading": _by_first_word(data["not_names"]),
        "country": re.compile(rf"(?<!\w)(?:{alternatives(countries(countries_name)['countries'])})\Z"),
        "country_last_words": frozenset(key(c).split()[-1] for c in countries(countries_name)["countries"]),
        "local": re.compile(rf"(?<!\w)(?:{alternatives(data['local_units'])})\Z"),
        "introducers": folded_introducers,
        "city_words": frozenset(w for w in folded_introducers if w != key("tỉnh")),  # `thành phố`, `TP`
        "before_place": (*folded_introducers, *(key(w) for w in data["before_place"])),
        "honorific_phrases": tuple(data["honorifics"]),
        # `đồng chí`, `Phó Giáo sư`: honorifics of several words, dropped from the front of a run as one
        "honorific_runs": _by_first_word([h for h in data["honorifics"] if " " in h]),
        "country_names": tuple(countries(countries_name)["countries"]),
        "org_words": tuple(data["org_words"]),  # case-sensitive: `Bộ Công Thương`, not `toàn bộ`
        "company_words": frozenset(data["company_words"]),  # case-sensitive: `Invest`, `Group`
        "burmese_honorifics": frozenset(data["burmese_honorifics"]),  # case-sensitive: `U`, `Daw`
        # the gap between two words of a foreign name that a particle fills: ` bin `, ` von der `
        "particle_gap": re.compile(rf" (?:{alternatives(data['name_particles'])}) "),
        "headline_verbs": frozenset(key(w) for w in data["headline_verbs"]),
    }
