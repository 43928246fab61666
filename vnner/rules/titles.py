"""TITLE finder: offices such as `Phó Chủ tịch Thường trực UBND tỉnh` or `Tỉnh trưởng`.

A title is `[prefix] head [modifier] body* [scope]` over the words of the normalized text, with
every list in `vnner/data/titles.yaml` (data over code). The grammar gives the boundaries the
guidelines ask for without special cases: a comma or dash is never inside a phrase, so listed
titles split; a province is not a body and is blocked by the PROVINCE entities already found,
so `Bí thư Tỉnh ủy Quảng Nam` stops at `Tỉnh ủy`; only a body that takes a level word
(`UBND`, `Công an`, `ĐBQH`) keeps the `tỉnh` after it, so `Tỉnh trưởng tỉnh X` leaves it out;
`tại`/`của` and ranks are simply not in the lexicon. A numbered unit ends a title with its
number (`Tư lệnh Quân khu 4`); a head right after a monument word is part of the monument's
name (`Lăng Chủ tịch Hồ Chí Minh`).

Words are compared case-insensitively and by tone-placement-free keys (`Ủy` = `Uỷ`), so data
files may use either spelling. Open-ended bodies (`Sở` + capitalized words) are case-sensitive.

Scores (`vnner/data/evidence/titles.yaml`): 0.95 for a lexicon title starting with a capital,
0.85 when an open-ended or numbered body was used, 0.15 less when the head is lower case
(`trưởng đoàn` is a title; lower case is rarer and more often generic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnner.data import load_yaml
from vnner.doc import Doc
from vnner.names import vowel_groups
from vnner.normalize import key
from vnner.rules import factory
from vnner.rules.evidence import Evidence
from vnner.rules.lexicon import (
    Phrases,
    countries,
    country_pair_words,
    name_middles,
    person_cue_lists,
    phrases,
    surnames,
)


@dataclass(frozen=True)
class TitleSettings:
    lexicon: str  # in vnner/data/
    countries: str
    cues: str  # the PERSON finder's cue file, for its ranks
    surnames: str
    evidence: str


LEXICON_LISTS = (
    "heads", "prefixes", "modifiers", "body_modifiers", "scoped_bodies", "closed_bodies", "org_words",
    "numbered_bodies", "scoped_numbered_bodies", "body_tails", "org_word_tails", "pair_short_words",
    "body_links", "named_things", "open_heads", "scopes", "blocked_after", "blocked_before", "minister_heads",
    "ministries", "bodies_keep_country", "never_in_body", "verb_tails", "owners", "local_levels",
    "group_heads", "company_forms", "body_nouns", "body_enders", "person_named_bodies",
    "gate_words", "zone_tails", "given_name_org_words", "local_heads", "field_names", "mission_bodies",
    "not_tasks", "department_words", "professions", "bodies_of_heads", "coaches", "team_words", "sports",
    "team_tails", "adjective_heads", "comma_pairs", "banks",
)


class Matcher:
    """Phrase matching over the letter words of a `Doc`; words inside `blocked` spans never match."""

    def __init__(self, doc: Doc, blocked: frozenset[str]):
        self.doc, self.text = doc, doc.norm
        self.words = doc.letter_words
        self.keys = [w.key for w in self.words]
        self.count = len(self.keys)
        self.taken = doc.taken(blocked)  # words are tested for being free only where a title may be
        self.last_title_end = -1  # where the last TITLE found so far ends

    def free(self, i: int) -> bool:
        """Word i is inside no blocked span."""
        word = self.words[i]
        return self.taken.find(1, word.start, word.end) < 0

    def joined(self, i: int) -> bool:
        """Word i and word i+1 are separated by exactly one space."""
        if not 0 <= i < self.count - 1:
            return False
        words = self.words
        end = words[i].end
        return words[i + 1].start == end + 1 and self.text[end] == " "

    def match(self, i: int, options: Phrases) -> int:
        """Length in words of the longest option starting at word i, or 0."""
        if i >= self.count or not (candidates := options.by_first_word.get(self.keys[i])):
            return 0
        keys, words = self.keys, self.words
        for option in candidates:
            n = len(option)
            end = i + n
            # an option's first word is word i's (`by_first_word`); joined words have one space between
            # them, which no blocked span covers: one look suffices
            if (
                end <= self.count
                and (n == 1 or (tuple(keys[i:end]) == option and all(map(self.joined, range(i, end - 1)))))
                and self.taken.find(1, words[i].start, words[end - 1].end) < 0
            ):
                return n
        return 0

    def after(self, i: int, n: int) -> int:
        """Index of the word after a match of n words at i, if it directly follows; else -1."""
        return i + n if n and self.joined(i + n - 1) else -1


def load_lexicon(settings: TitleSettings) -> dict:
    data = load_yaml(settings.lexicon, dict.fromkeys(LEXICON_LISTS, "words"))
    country_names = countries(settings.countries)["countries"]
    lex = {name: phrases(entries) for name, entries in data.items()}
    banks = [f"Ngân hàng{form} {name}" for name in data["banks"] for form in ("", " TMCP")]
    lex["bodies"] = phrases(data["scoped_bodies"] + data["closed_bodies"] + banks)
    lex["heads"] = phrases(data["heads"] + data["coaches"])
    lex["heads_or_prefixes"] = phrases(data["heads"] + data["coaches"] + data["prefixes"])
    lex["numbered_bodies"] = phrases(data["numbered_bodies"] + data["scoped_numbered_bodies"])
    lex["org_word_keys"] = frozenset(key(w) for w in data["org_words"] if " " not in w)
    lex["body_links"] = frozenset(key(w) for w in data["body_links"])
    lex["never_in_body"] = lex["body_links"] | {key(w) for w in data["never_in_body"]}
    lex["body_enders"] = frozenset(key(w) for w in data["body_enders"])
    lex["given_name_org_words"] = frozenset(key(w) for w in data["given_name_org_words"])
    lex["comma_pairs"] = tuple(
        tuple(tuple(key(w) for w in part.split()) for part in pair.split(", ")) for pair in data["comma_pairs"]
    )
    lex["gate_words"] = frozenset(tuple(key(w) for w in gate.split()) for gate in data["gate_words"])
    lex["verb_tails"] = frozenset(tuple(key(w) for w in tail.split()) for tail in data["verb_tails"])
    lex["countries"] = phrases(country_names)
    lex["foreign_countries"] = phrases([c for c in country_names if c not in data["bodies_keep_country"]])
    lex["pair_words"] = phrases(country_pair_words(settings.countries) + data["pair_short_words"])
    cue_lists = person_cue_lists(settings.cues)
    lex["ranks"] = phrases(cue_lists["ranks"])
    lex["honorifics"] = phrases(cue_lists["honorifics"])  # ranks among them
    lex["predicates"] = phrases(cue_lists["verbs_after_name"])
    lex["plural_markers"] = phrases(cue_lists["plural_markers"])
    return lex


def _org_body(m: Matcher, i: int, lex: dict, surnames: frozenset[str], bare: bool = False) -> int:
    """Words of an open-ended body: `Sở Ngoại vụ`, `Sở Kế hoạch và Đầu tư`, `Ban Tuyên giáo Tỉnh ủy`.

    A capitalized org word, alone or followed by capitalized words, each with at most one
    lower-case word after it, and known bodies whole (`bare`, after a head like `Trưởng ban`:
    no org word, and at least one capitalized word); it stops
    before a holder's name and a province (`Giám đốc Đại học` + `Huế`); a country ends it and
    stays in (`Bộ Thương mại Campuchia`, guidelines v1.2), and so does a dashed country pair
    (`Hội Hữu nghị Việt Nam - Lào`).
    """
    n = 0 if bare else m.match(i, lex["org_words"])
    if not bare and (n == 0 or not m.words[i].text[0].isupper()):
        return 0
    if not bare and (named := _person_named(m, i, lex, surnames)):
        return named
    if n and m.after(i + n - 1, 1) > 0 and (form := m.match(i + n, lex["company_forms"])):
        n += form  # `Công ty cổ phần Hải sản ...`, `Công ty TNHH ...`: the form is part of the name
    if _name_follows(m, i + 1):
        return 0  # `Đoàn Văn Thạnh`: a surname that is also an org word starts a name
    j = end = i + n
    if n and m.after(j - 1, 1) == j and m.words[j].text.islower() and (k := m.match(j, lex["org_word_tails"])):
        j = end = j + k  # `Hội hữu nghị`, `Ban chỉ đạo`: lower-case words that go on the org word
    while (j == i or m.after(j - 1, 1) == j) and j < len(m.words) and m.free(j):
        word = m.words[j]
        linked = word.key in lex["body_links"] and word.text.islower()  # `miền`, not the surname `Châu`
        if linked and m.after(j, 1) > 0 and m.words[j + 1].text[0].isupper():
            if m.match(j + 1, lex["heads_or_prefixes"]) or m.match(j + 1, lex["ranks"]):
                break  # `Giám đốc Sở Tài chính và Giám đốc Sở Xây dựng`, `... và Thiếu tướng X`: two people
            j += 1
            continue
        if k := _gate_name(m, j, lex):
            j = end = j + k  # `Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo`
            continue
        if (k := m.match(j, lex["bodies"]) or m.match(j, lex["org_words"])) > 1:
            # a known body or a body's word of several inside: `... Đảng Nhân dân Cách mạng Lào`, `Phòng
            # Lãnh sự Đại sứ quán`
            j = end = j + k
            continue
        if c := m.match(j, lex["foreign_countries"]):
            j = end = j + c  # v1.2: a country after the body says whose it is, and ends it
            break
        if k := m.match(j, lex["field_names"]):
            j = end = j + k  # `Bệnh viện Đại học Y Dược`: a field, not `Y` + a holder's name
            continue
        if not word.text[0].isupper() or _name_follows(m, j + 1) or _name_starts(m, j, surnames):
            break  # lower-case text, or a holder's name follows the body (`Ung Văn Lực`, `Y Thuận Byă`)
        if j > i + n and _numbered_unit(m, j, lex):
            break  # `Ngân hàng Nhà nước` + `Khu vực 2`: the numbered unit is a body of its own
        j = end = j + 1
        while j < len(m.words) and m.free(j) and _glued_capitals(m, j - 1):
            j = end = j + 1  # `Bộ KH&ĐT`, `Sở LĐ-TB&XH`: one abbreviation
        if m.words[j - 1].key in lex["body_enders"]:
            break  # `Siam Estate Holdings`: the company's name ends here
        tail = m.words[j] if m.after(j - 1, 1) == j and m.free(j) else None
        after_country = j - 2 > i and m.match(j - 2, lex["countries"]) == 2  # not `Mỹ thuật`, `Pháp luật`
        if (
            tail
            and not after_country  # `Ngân hàng Nhà nước Việt Nam` + `điều hành`: the body ends with its country
            and tail.text.islower()
            and (tail.key not in lex["never_in_body"] or _listed_tail(m, j, lex))  # `Chống` + `tham nhũng`
            and not m.match(j, lex["scopes"])
            and m.match(j, lex["predicates"]) < 2  # `Trường Đại học Vinh` + `phát biểu`: a verb after the body
        ):
            j = end = j + (m.match(j, lex["body_tails"]) or 1)  # `Ngoại tổng hợp`
            while m.after(j - 1, 1) == j and (k := _tail(m, j, lex)):
                j = end = j + k  # `Giao thông vận tải`, `Quản lý nợ`, `Chính sách thương mại đa biên`
    if end > i + n:
        end = _owner(m, _country_pair(m, _enumeration(m, end, lex, surnames), lex), lex)
    elif n == 1 and m.keys[i] in lex["given_name_org_words"]:
        return 0  # `Theo Bí thư Trường,`: a given name; a school is named (`Trường THPT Lê Lợi`)
    return end - i if end > i + n or not bare else 0


def _gate_name(m: Matcher, j: int, lex: dict) -> int:
    """Words of a border gate's or a zone's name at word j, right after `cửa khẩu (quốc tế)` or `Khu
    kinh tế`: one or two capitalized words (`Cầu Treo`, `Dung Quất`; `Lào Cai`, a gate named after its
    town, no PROVINCE there), none where a full name starts (a surname, then a name middle: the
    holder), or 0."""
    if not any(tuple(m.keys[max(0, j - len(gate)) : j]) == gate for gate in lex["gate_words"]):
        return 0
    if _name_follows(m, j + 1):
        return 0  # `Đồn Biên phòng cửa khẩu` + `Nguyễn Văn An`
    k = 0
    while k < 2 and j + k < len(m.words) and (k == 0 or m.joined(j + k - 1)) and m.free(j + k):
        if not m.words[j + k].text[0].isupper():
            break
        k += 1
    return k


def _gate(m: Matcher, j: int, lex: dict) -> int:
    """Words of a border gate at word j, its gate words and its name: `Trưởng Hải quan` + `cửa khẩu
    quốc tế Bờ Y`; or 0."""
    for n in sorted({len(gate) for gate in lex["gate_words"]}, reverse=True):
        if tuple(m.keys[j : j + n]) in lex["gate_words"] and m.after(j, n) > 0 and (k := _gate_name(m, j + n, lex)):
            return n + k
    return 0


def _body_at(m: Matcher, j: int, lex: dict) -> bool:
    """A capitalized body starts at word j (-1: no word there)."""
    return j >= 0 and m.words[j].text[0].isupper() and bool(m.match(j, lex["org_words"]) or m.match(j, lex["bodies"]))


def _named_org(m: Matcher, j: int, k: int, lex: dict) -> bool:
    """The known body of k words at j is a bare org word that a name follows (`Văn phòng` +
    `Ngoại vụ`): the open body is the one meant."""
    return m.match(j, lex["org_words"]) == k and m.after(j + k - 1, 1) > 0 and (
        m.words[j + k].text[0].isupper() and not m.match(j + k, lex["bodies"]) and not m.match(j + k, lex["heads"])
    )


def _glued_capitals(m: Matcher, j: int) -> bool:
    """Words j and j + 1 are capitals glued by `&` or `-` (`KH&ĐT`, `LĐ-TB`)."""
    left, right = m.words[j], m.words[j + 1]
    return m.text[left.end : right.start] in ("&", "-") and left.text.isupper() and right.text.isupper()


def _verb_tail(m: Matcher, j: int, k: int, lex: dict) -> bool:
    """The k words at j are a body tail that is also a verb (`tổng hợp`, `đầu tư`)."""
    return tuple(w.key for w in m.words[j : j + k]) in lex["verb_tails"]


def _listed_tail(m: Matcher, j: int, lex: dict) -> bool:
    """A listed tail of two words or more at word j that is no verb (`tham nhũng`; not `đầu tư`)."""
    k = m.match(j, lex["body_tails"])
    return k > 1 and not _verb_tail(m, j, k, lex)


def _tail(m: Matcher, j: int, lex: dict) -> int:
    """Length of a further body tail at word j; one that is also a verb only before no lower-case word
    but a level word (`Bộ Tài chính` + `tổng hợp phương án`; `... dự án đầu tư xây dựng quận`; as a first
    tail it stays: `Trưởng khoa Ngoại tổng hợp`)."""
    k = m.match(j, lex["body_tails"])
    if k and _verb_tail(m, j, k, lex) and m.after(j + k - 1, 1) > 0:
        return 0 if m.words[j + k].text.islower() and not m.match(j + k, lex["scopes"]) else k
    return k


def _owner(m: Matcher, end: int, lex: dict) -> int:
    """Extends a body over `của Quốc hội`: the body a committee belongs to is part of its name."""
    if m.after(end - 1, 1) > 0 and m.words[end].key == "của" and m.after(end, 1) > 0:
        return end + 1 + k if (k := m.match(end + 1, lex["owners"])) else end
    return end


def _name_starts(m: Matcher, j: int, surnames: frozenset[str]) -> bool:
    """Word j starts a holder's name: a surname or a one-letter name prefix (`Y Thuận`, Ê Đê)
    before a capitalized word."""
    if m.after(j, 1) < 0:
        return False
    following = m.words[j + 1].text
    if len(m.words[j].text) == 1 and m.words[j].text.isupper():
        return following[0].isupper() and following[1:].islower()  # not `SỞ Y TẾ` in capitals
    return m.words[j].key in surnames and following[0].isupper()


def _person_named(m: Matcher, i: int, lex: dict, surnames: frozenset[str]) -> int:
    """Words of a body at word i that bears a person's name (`Trường THPT Lê Quý Đôn`), or 0: the one
    to four capitalized words after the body's kind, or in a longer run those before a holder's
    surname that leaves two to four words (`Trường THPT Nguyễn Du` + `Trần Văn Bình`)."""
    k = m.match(i, lex["person_named_bodies"])
    run = 0
    while k and run < 8 and m.after(i + k + run - 1, 1) > 0 and m.free(i + k + run):
        if not m.words[i + k + run].text[0].isupper():
            break
        run += 1
    if 1 <= run <= 4:
        return k + run
    holder = next((j for j in (2, 3, 4) if 2 <= run - j <= 4 and m.words[i + k + j].key in surnames), None)
    return k + holder if holder else 0


def _numbered_unit(m: Matcher, j: int, lex: dict) -> bool:
    """A numbered unit with its number starts at word j (`Khu vực 2`)."""
    k = m.match(j, lex["numbered_bodies"])
    return bool(k) and _NUMBER.match(m.text, m.words[j + k - 1].end) is not None


_CONNECTIVES = frozenset(
    {"tại", "và", "ở", "cùng", "đã", "cho", "nhân", "về", "đến", "sang", "trình", "dẫn", "dự", "thăm"}
)


def _name_follows(m: Matcher, j: int) -> bool:
    """Word j is a name's middle (`Thị`, `Văn` before a capitalized word): the word before it was
    a surname, not a body's last word (`Chủ tịch HĐND tỉnh` + `Đoàn Văn Thạnh`, not `tỉnh Đoàn`;
    but `Sở Văn hóa`)."""
    return (
        0 < j < len(m.words) - 1 and m.joined(j - 1) and m.words[j].key in name_middles()
        and m.joined(j) and m.words[j + 1].text[0].isupper()
    )


def _compound(m: Matcher, j: int, k: int, lex: dict) -> bool:
    """A one-syllable country name of `bodies_keep_country` (also part of common words), glued to a
    lower-case word, is such a word (`Mỹ thuật`); not before a connective (`Đại sứ Mỹ tại Việt Nam`).
    Other countries never are (`Bộ trưởng Quốc phòng Lào tới dự`)."""
    following = m.words[j + 1] if m.after(j, 1) > 0 else None
    return (
        k == 1 and m.match(j, lex["bodies_keep_country"]) == 1
        and following is not None and following.text.islower() and following.key not in _CONNECTIVES
    )


def _country_pair(m: Matcher, end: int, lex: dict) -> int:
    """Extends `Hội Hữu nghị Lào` / `Hội Hữu nghị Việt` over ` - Việt Nam` / ` - Lào` (or `-Lào`): two
    countries joined by a dash name a friendship pair, not two listed items."""
    ends_in_country = any(tuple(w.key for w in m.words[max(0, end - len(c)) : end]) == c for c in lex["pair_words"])
    dash = m.text[m.words[end - 1].end : m.words[end].start] if ends_in_country and end < len(m.words) else ""
    if dash not in (" - ", "-"):
        return end
    if k := m.match(end, lex["countries"]):
        return end + k
    # a short word (`Trung`, `Hàn`) is also a name's first word: after a spaced dash, only where no
    # capitalized word follows it (`Việt - Trung tỉnh`, not `Việt Nam - Hàn Xuân Thu`)
    k = m.match(end, lex["pair_words"])
    name_goes_on = k and m.after(end + k - 1, 1) > 0 and m.words[end + k].text[0].isupper()
    return end + k if k and (dash == "-" or not name_goes_on) else end


def _enumeration(m: Matcher, end: int, lex: dict, surnames: frozenset[str]) -> int:
    """Extends a body over `, Thể thao và Du lịch` / ` - Thương binh và Xã hội`, and over a part joined
    by a spaced hyphen (`Hiệp hội Cà phê - Ca cao`, `Ban Kinh tế - Ngân sách`; not an en dash, which
    separates titles and names, nor a name or a country after it); else keeps `end`."""
    j = end
    while j < len(m.words) and (gap := m.text[m.words[j - 1].end : m.words[j].start]) in (", ", " - "):
        if gap == ", " and (k := _comma_pair(m, j, lex)):
            end = j = j + k  # `Báo và Phát thanh, Truyền hình`
            continue
        hyphen = gap == " - " and m.doc.original_char(m.words[j - 1].end + 1) == "-"
        part = j
        j = _item(m, j, lex)
        if j < 0 or (hyphen and (_name_starts(m, part, surnames) or m.match(part, lex["countries"]))):
            return end
        if hyphen:
            end = j  # a hyphenated part stands on its own; a listed one needs the `và` that closes the list
        if m.after(j - 1, 1) == j and m.words[j].key == "và":
            last = _item(m, j + 1, lex) if m.after(j, 1) > 0 else -1
            return last if last > 0 else end
    return end


def _comma_pair(m: Matcher, j: int, lex: dict) -> int:
    """Length of the second part of a listed comma pair at word j, its first part ending at word j - 1; or 0."""
    for first, second in lex["comma_pairs"]:
        n, k = len(first), len(second)
        if (
            tuple(m.keys[j - n : j]) == first and tuple(m.keys[j : j + k]) == second
            and all(m.after(x, 1) > 0 for x in range(j, j + k - 1)) and m.free(j + k - 1)
        ):
            return k
    return 0


def _item(m: Matcher, j: int, lex: dict) -> int:
    """End of one `Capitalized [lower]` item of an enumerated body starting at word j, or -1."""
    if not (m.free(j) and m.words[j].text[0].isupper()) or m.match(j, lex["heads_or_prefixes"]):
        return -1
    tail = m.words[j + 1] if m.after(j, 1) > 0 and m.free(j + 1) else None
    return j + 2 if tail and tail.text.islower() and tail.key != "và" else j + 1


# `JICA`; `KoCham`, `EuroCham` in camel case, but not a surname such as `McDonald`, `DeSantis`
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?!(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z])(?:[A-Z][a-z]+){2,3}")


def _acronym(m: Matcher, j: int, lex: dict) -> int:
    """1 where word j is a Latin acronym naming the body (`JICA`, `EVN`, `KOTRA`, `KoCham`); not a
    level word (`TP`), a country (`CHDCND Lào`) nor a dotted initial (`S.TRUNG`)."""
    word = m.words[j]
    glued = m.text[word.end : word.end + 1] in (".", "'")
    known = m.match(j, lex["scopes"]) or m.match(j, lex["countries"])  # `TP`, `CHDCND Lào`
    return int(m.free(j) and bool(_ACRONYM.fullmatch(word.text)) and not glued and not known)


def _brand_body(m: Matcher, j: int, lex: dict, surnames: frozenset[str]) -> int:
    """Words of a foreign company named by its brand and the country of its branch (`Samsung Việt
    Nam`, `Sunwoo Tech Việt Nam`): one to three capitalized Latin words, no surname among them, then
    a country of two words or more (`Vi Đức Chung` is a name), or ending in a company word of
    `body_enders` (`Siam Pack Holdings`) or in a brand written in camel case (`Thai AirAsia`); else 0."""
    k = 0
    while k < 4 and j + k < len(m.words) and m.free(j + k) and (k == 0 or m.after(j + k - 1, 1) == j + k):
        word = m.words[j + k]
        latin = word.text.isascii() and word.text[0].isupper() and word.key not in surnames
        if not latin or m.match(j + k, lex["countries"]):
            break
        k += 1
        if k > 1 and word.key in lex["body_enders"]:
            return k  # `Chủ tịch Hội đồng quản trị Siam Pack Holdings`: the company's word ends its name
        if _CAMEL_BRAND.match(word.text):
            return k  # `Giám đốc điều hành Thai AirAsia` + its holder: no name is written so
    if k > 3:
        return 0
    country = m.match(j + k, lex["countries"]) if k and m.after(j + k - 1, 1) == j + k else 0
    if country == 1 and not _latin_polysyllable(m.words[j + k].text):
        return 0  # `Vi Đức Chung`: a one-syllable country is also a name's word; `Singapore` is not
    return k + country if country else 0


# Two capitalized parts glued (`AirAsia`, `VinFast`, `PetroVietnam`), not a name's prefix (`McCarthy`, `MacArthur`)
_CAMEL_BRAND = re.compile(r"(?!Ma?c[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+\Z")


def _latin_polysyllable(word: str) -> bool:
    """A Latin word of two syllables or more (`Singapore`, `Cuba`), never a Vietnamese syllable."""
    return word.isascii() and vowel_groups(word) >= 2


_CODE_NUMBER = re.compile(r"\d+\b")
_NUMBER = re.compile(r" (?:số )?(?:\d+|[IVX]+\b)(?![\w.,/:-]\d)")  # `Quân khu 4`, `khu vực III`, `Tổ bầu cử số 3`


def _title_at(m: Matcher, i: int, lex: dict, surnames: frozenset[str]) -> tuple[int, str, int] | None:
    """End word index, kind (`lexicon`, `open_body`, `numbered_body`: what made its body) and end
    offset of a title starting at word i, if any."""
    if not m.free(i):
        return None
    # a phrase reaching into the title's first word blocks it only in lower case: `các chức vụ
    # Trưởng Công an`, not `giữ chức Vụ trưởng`
    blocked = m.match(i - 1, lex["blocked_before"]) if m.after(i - 1, 1) == i else 0
    if blocked == 1 or (blocked and m.words[i].text.islower()):
        return None
    if i >= 2 and m.after(i - 2, 2) == i and m.match(i - 2, lex["bodies_of_heads"]) == 2:
        return None  # `Hội đồng Thẩm phán`: the council of judges
    if m.words[i].text.islower() and m.match(i, lex["group_heads"]) and m.after(i - 1, 1) == i and m.match(
        i - 1, lex["plural_markers"]
    ):
        return None  # `các đại biểu Quốc hội`: a group
    j = i
    while (n := m.match(j, lex["prefixes"])) and m.after(j, n) > 0 and m.match(j + n, lex["heads"]):
        j += n
    n = m.match(j, lex["heads"])
    if not n or (m.after(j, n) > 0 and m.match(j + n, lex["blocked_after"])):
        return None
    if n > 1 and m.after(i - 1, 1) == i and m.keys[i - 1] in surnames and m.words[j + n - 1].shape == "title":
        return None  # `Đinh Công Sứ`: capitalized after a surname, a given name, not the head `Công sứ`
    if any(k <= i and m.after(i - k, k) == i and m.match(i - k, lex["named_things"]) == k for k in (1, 2, 3)):
        return None  # `Lăng Chủ tịch Hồ Chí Minh`: a monument's name
    head, end = tuple(w.key for w in m.words[j : j + n]), j + n
    # `Trưởng Công an` takes a level word (`tỉnh`); a head that is itself the body does not
    # (`đại biểu Quốc hội` + `tỉnh Đắk Lắk`: a deputy of the province, not of a provincial body)
    kind = "lexicon"
    scoped = any(head[k:] in lex["scoped_bodies"].members for k in range(1, len(head)))
    if head[-1] in lex["org_word_keys"] and max(m.match(end - 1, lex[b]) for b in ("numbered_bodies", "bodies")) > 1:
        end -= 1  # `Trưởng Ban Chỉ đạo 515`: the head's `Ban` starts a known body
    if m.after(end - 1, 1) > 0 and (k := m.match(end, lex["modifiers"])):
        end += k
    k = m.match(end, lex["body_modifiers"]) if m.after(end - 1, 1) > 0 else 0
    if k and _body_at(m, m.after(end + k - 1, 1), lex):
        end += k  # `Phó Giám đốc phụ trách` + `Sở Y tế`
    bare_unit = m.after(end - 1, 1) > 0 and not (m.match(end, lex["org_words"]) or m.match(end, lex["numbered_bodies"]))
    if head in lex["open_heads"] and bare_unit and (k := _org_body(m, end, lex, surnames, True)):
        end, kind, scoped = end + k, "open_body", True  # `Trưởng ban Tuyên giáo`
    elif head in lex["minister_heads"] and bare_unit and m.words[end].text[0].isupper():
        end += m.match(end, lex["ministries"])  # `Bộ trưởng Quốc phòng`, not `Bộ trưởng xây dựng`
    stop = None
    while m.after(end - 1, 1) > 0:
        if scoped and end > j + n and m.match(end, lex["scopes"]):
            break  # `UBND tỉnh` + `Đoàn Minh Sơn`: the level word of the body before, not `Tỉnh đoàn`
        numbered = m.match(end, lex["numbered_bodies"])
        if numbered and (number := _NUMBER.match(m.text, m.words[end + numbered - 1].end)):
            k, stop, kind = numbered, number.end(), "numbered_body"  # `Tư lệnh Quân khu 4`: the number ends it
            scoped = m.match(end, lex["scoped_numbered_bodies"]) == k  # `Ban Chỉ đạo 515 tỉnh`
        elif (k := m.match(end, lex["bodies"])) and not _name_follows(m, end + k) and not _named_org(m, end, k, lex):
            scoped = m.match(end, lex["scoped_bodies"]) == k
        elif k := _org_body(m, end, lex, surnames) or _brand_body(m, end, lex, surnames) or _acronym(m, end, lex):
            kind, scoped = "open_body", True  # `Sở Ngoại vụ`, `Samsung Việt Nam`, `Trưởng đại diện JICA`
        elif k := _gate_name(m, end, lex):
            kind, scoped = "open_body", True  # `Ban Quản lý Khu kinh tế` + `Dung Quất`
            if m.after(end + k - 1, 1) > 0:
                k += m.match(end + k, lex["zone_tails"])  # `... và các khu công nghiệp`
        elif k := _gate(m, end, lex):
            kind, scoped = "open_body", True  # `Trưởng Hải quan` + `cửa khẩu quốc tế Bờ Y`
        elif (k := numbered) and (k > 1 or m.words[end].text[0].isupper()):
            kind, scoped = "numbered_body", False  # `Tư lệnh Quân khu` without its number; not `vùng` + a name
            tails = 0
            while m.after(end + k + tails - 1, 1) > 0 and (t := _tail(m, end + k + tails, lex)):
                tails += t  # `Ban Chỉ đạo phòng chống tội phạm`: then named as open bodies are
            if tails and m.after(end + k + tails - 1, 1) > 0:
                tails += _gate_name(m, end + k + tails, lex)  # `Đồn Biên phòng cửa khẩu quốc tế Lào Cai`
            if tails:
                k, kind, scoped = k + tails, "open_body", True
        else:
            break
        end += k
        if stop:
            break
    if stop and end < len(m.words) and m.text[stop : m.words[end].start] == " ":
        # after the number: a level word, or whose unit it is (v1.2): `Lữ đoàn Biên phòng 703 Campuchia`,
        # `Binh đoàn 11 Bộ Quốc phòng Việt Nam` (the open body keeps the country that ends it)
        k = (
            (scoped and m.match(end, lex["scopes"]))
            or m.match(end, lex["bodies"])
            or _named_body(m, end, lex, surnames)
            or m.match(end, lex["countries"])
        )
        if k:
            owner_scoped = m.match(end, lex["scoped_bodies"]) == k
            end, stop = end + k, m.words[end + k - 1].end
            if owner_scoped and m.after(end - 1, 1) > 0 and (k := m.match(end, lex["scopes"])):
                end, stop = end + k, m.words[end + k - 1].end  # `... 655 Bộ đội Biên phòng tỉnh`
    elif not stop and scoped and m.after(end - 1, 1) > 0 and (k := m.match(end, lex["scopes"])):
        end += k
    local = any(m.match(end - n, lex["local_levels"]) == n for n in (1, 2) if end - n >= i)
    if local and not stop:
        end += _unit_name(m, end, surnames)  # `Chủ tịch UBND xã Ea Knốp`, `Bí thư Huyện ủy Đức Cơ` (#63)
    open_end = not stop and not local  # no number and no unit's name closed the title
    # the holder named before the title: a capitalized run after it names the body, not a second holder;
    # not after a level word (`UBND thành phố` + `Yên Bái`) nor a foreign local head (`Thị trưởng Sùng Tả`)
    holder_named = (
        open_end and not _ends_with_scope(m, i, end, lex) and head not in lex["local_heads"].members
        and _holder_before(m, i, lex, surnames)
    )
    if open_end and head in lex["coaches"] and m.after(end - 1, 1) > 0 and (k := _team(m, end, lex)):
        end, kind = end + k, "team"  # `HLV trưởng` + `đội tuyển điền kinh quốc gia`
        if m.after(end - 1, 1) > 0:
            end += m.match(end, lex["scopes"])  # `đội tuyển boxing tỉnh`: the province's team
    elif open_end and m.after(end - 1, 1) > 0 and (k := _body_noun(m, end, lex, holder_named, surnames)):
        end += k
    elif holder_named and m.after(end - 1, 1) > 0:
        end += _body_name(m, end, lex)  # `Ông Jang Min-seok, Tổng Giám đốc` + `Hanul Vina,`
    if open_end and (k := _lower_tail(m, i, end, lex)):
        end += k
    after_scope = _ends_with_scope(m, i, end, lex)
    country = open_end and not after_scope and m.after(end - 1, 1) > 0 and (k := m.match(end, lex["countries"]))
    if country and end == j + n and head in lex["local_heads"].members:
        country = False  # `Phó Tỉnh trưởng` + `Úc Van-na-ra`: a provincial office has no country
    if country and not _compound(m, end, k, lex):
        end += k  # v1.2: `Thủ tướng Lào`, `Đại sứ Việt Nam` (tại Lào): whose office it is
    last = m.words[end - 1]
    if not stop and last.text.isupper() and (code := _CODE_NUMBER.match(m.text, last.end)):
        stop = code.end()  # `Đội trưởng Đội K72`: a unit's code, capitals glued to a number
    return end, kind, stop or last.end


_CLAUSE_END = re.compile(r"[,.;:)]| \(|$")  # or a bracketed note after it: `Côn Minh (Trung Quốc)`
_APPOSITION_END = re.compile(r"[,)]")  # `Ông A, Vụ trưởng Vụ Chính quyền địa phương, đề nghị`


def _lower_tail(m: Matcher, i: int, end: int, lex: dict) -> int:
    """Lower-case words that close a body's name: `về` + the task of a body named by it (`Ban Chỉ đạo
    quốc gia` + `về phòng thủ dân sự`, then the clause ends), or the rest of a department's name in an
    apposition (`Vụ Chính quyền` + `địa phương,`, `Cục Quản lý` + `chất lượng,`): at most five words,
    none that starts a predicate, an acronym among them (`về chống khai thác IUU`); or 0."""
    if m.after(end - 1, 1) < 0 or not m.words[end].text.islower():
        return 0
    body = range(i, end)
    if m.keys[end] == "về" and any(m.match(k, lex["mission_bodies"]) for k in body):
        start, closes, stops = end + 1, _CLAUSE_END, lex["not_tasks"]  # not `về hưu`
    elif any(m.match(k, lex["department_words"]) for k in body):
        start, closes, stops = end, _APPOSITION_END, lex["predicates"]
    else:
        return 0
    k = start
    while k < min(start + 5, len(m.words)) and m.after(k - 1, 1) == k and _lower_or_acronym(m.words[k].text):
        if m.keys[k] in lex["never_in_body"] or m.match(k, stops):
            return 0
        k += 1
    return k - end if k > start and closes.match(m.text, m.words[k - 1].end) else 0


def _lower_or_acronym(word: str) -> bool:
    return word.islower() or (word.isupper() and word.isalpha() and 2 <= len(word) <= 5)


def _body_noun(m: Matcher, j: int, lex: dict, holder_named: bool, surnames: frozenset[str]) -> int:
    """Length of one or two lower-case body nouns at word j (`nhà trường`, `phòng giao dịch ngân hàng`),
    with the body's capitalized name after them where the holder is named before the title or the name is
    a brand's (`hãng` + `Beibu Gulf Airlines`); 0 where another capitalized name follows (the holder's:
    `Tổng Giám đốc công ty` + `Nguyễn Văn A`)."""
    k = m.match(j, lex["body_nouns"]) if m.words[j].text.islower() else 0
    if k and m.after(j + k - 1, 1) > 0 and m.words[j + k].text.islower():
        k += m.match(j + k, lex["body_nouns"])  # `phòng giao dịch` + `ngân hàng`
    following = m.after(j + k - 1, 1) if k else -1
    if following < 0 or not m.words[following].text[0].isupper():
        return k
    if brand := _brand_body(m, following, lex, surnames):
        return k + brand
    return k + name if holder_named and (name := _body_name(m, following, lex)) else 0


def _team(m: Matcher, j: int, lex: dict) -> int:
    """Length of a coach's team at word j (`đội tuyển` + `điền kinh` + `quốc gia`), or 0."""
    k = m.match(j, lex["team_words"])
    sport = m.match(j + k, lex["sports"]) if k and m.after(j + k - 1, 1) > 0 else 0
    if not sport:
        return 0
    k += sport
    return k + (m.match(j + k, lex["team_tails"]) if m.after(j + k - 1, 1) > 0 else 0)


def _ends_with_scope(m: Matcher, i: int, end: int, lex: dict) -> bool:
    """The title [i, end) ends with a level word (`tỉnh`, `thành phố`)."""
    return any(end - n >= i and m.match(end - n, lex["scopes"]) == n for n in (1, 2))


def _holder_before(m: Matcher, i: int, lex: dict, surnames: frozenset[str]) -> bool:
    """The title at word i follows its holder's name and a comma or a dash, maybe with `nguyên` (`Ông
    Jang Min-seok, Tổng Giám đốc ...`, `PGS.TS Phan Quốc Đạt – Hiệu trưởng ...`): two to four capitalized
    words after an honorific or a rank, or a Vietnamese full name of three or four (court news names
    defendants bare: `và Lê Phước Hải, Giám đốc ...`), maybe with a short bracket after it (`Nguyễn Tuấn
    Kiệt (SN 1983), Giám đốc`); none of a PROVINCE or of the title found before (a list names each holder
    after the title: `Thủ tướng Phạm Minh Chính, Phó Thủ tướng ...`), a hyphenated syllable going with its
    word (`Min-seok`)."""
    after = i - 1 if i > 0 and m.keys[i - 1] == "nguyên" else i  # the word after the separator
    if after < 2:
        return False
    gap = m.text[m.words[after - 1].end : m.words[after].start]
    if gap.endswith("), "):  # `(SN 1983), `: step back over a short bracket
        opening = m.text.rfind(" (", max(0, m.words[after].start - 30), m.words[after].start)
        before = next((k for k in range(after - 1, max(-1, after - 6), -1) if m.words[k].end == opening), None)
        if before is None:
            return False
        after, gap = before + 1, ", "
    if gap not in (", ", " - "):
        return False
    capitalized, first = 0, None
    for k in range(after - 1, max(-1, after - 9), -1):
        word = m.words[k]
        glued = k > 0 and m.text[m.words[k - 1].end : word.start] == "-"
        if not m.free(k) or word.start < m.last_title_end or not (word.text[0].isupper() or glued):
            break
        capitalized, first = capitalized + word.text[0].isupper(), k
        if capitalized == 4 or (not glued and (k == 0 or m.text[m.words[k - 1].end : word.start] != " ")):
            break
    if capitalized < 2:
        return False
    after_title = m.text[m.last_title_end : m.words[first].start] == " "  # `Thủ tướng Phạm Minh Chính, Phó ...`
    if capitalized >= 3 and m.keys[first] in surnames and not after_title and all(
        w.text.istitle() for w in m.words[first:after]
    ):
        return True
    return bool(m.match(first, lex["honorifics"])) or any(
        first - n >= 0 and m.match(first - n, lex["honorifics"]) == n and m.after(first - 1, 1) == first
        for n in (1, 2, 3)
    )


def _body_name(m: Matcher, j: int, lex: dict) -> int:
    """Length of a capitalized name at word j that closes a body's name where its holder is named
    before the title (`Bệnh viện` + `Bạch Mai.`, `Hanul Vina,`, `Trường Đại học Y khoa` + `Phạm Ngọc
    Thạch cho biết`): one to four free words, then a clause's end, a predicate or a connective; or 0."""
    k = 0
    while k < 4 and j + k < len(m.words) and (k == 0 or m.after(j + k - 1, 1) == j + k) and m.free(j + k):
        if not m.words[j + k].text[0].isupper() or m.match(j + k, lex["heads_or_prefixes"]):
            break
        if k and m.keys[j + k] in name_middles():
            return 0  # `Mai Thị Thu Trang`: a person's full name
        k += 1
        while j + k < len(m.words) and m.free(j + k) and _glued_capitals(m, j + k - 1):
            k += 1  # `Hanbit E&C`: one abbreviation
    if not k:
        return 0
    after = m.after(j + k - 1, 1)
    if after < 0:
        return k if _CLAUSE_END.match(m.text, m.words[j + k - 1].end) else 0
    return k if m.keys[after] in lex["never_in_body"] or m.match(after, lex["predicates"]) else 0


def _named_body(m: Matcher, j: int, lex: dict, surnames: frozenset[str]) -> int:
    """Length of an open body at word j that names more than its org word (`Bộ Quốc phòng`, not a
    bare `Bộ` of `Bộ đội`), or 0."""
    k = _org_body(m, j, lex, surnames)
    return k if k > m.match(j, lex["org_words"]) else 0


def _unit_name(m: Matcher, j: int, surnames: frozenset[str]) -> int:
    """Words of the commune's or district's name after its level word: they belong to the title, since a
    unit below the province is no entity of its own (#63). Two capitalized words are the unit's name
    (`xã Lâm Bình`); in a longer run the holder's name is left out where it starts (`xã Ea Knốp` +
    `Y Bhin`, `xã` + `Lò Văn Pín`: a surname, a name middle or a one-letter prefix); no province.
    A syllable hyphened to the name's last word belongs to it (`quận Nam-dong`, Korean romanization)."""
    k = _unit_name_words(m, j, surnames)
    return k + _hyphened_tail(m, j + k) if k else 0


def _hyphened_tail(m: Matcher, j: int) -> int:
    """1 where word j is a lower-case syllable glued by a hyphen to the unit's name (`quận Nam-dong`)."""
    if j >= m.count or not m.free(j) or not m.words[j].text[0].islower():
        return 0
    before = m.words[j - 1].end
    return int(m.words[j].start == before + 1 and m.text[before] == "-")


def _unit_name_words(m: Matcher, j: int, surnames: frozenset[str]) -> int:
    """The capitalized words of the unit's name, the holder's name left out."""
    run = 0
    while run < 5 and m.after(j + run - 1, 1) > 0 and m.free(j + run) and m.words[j + run].text[0].isupper():
        run += 1
    if run <= 2:
        if run and len(m.words[j].text) == 1 and _name_starts(m, j, surnames):
            return 0  # `Trưởng buôn` + `Y Bhin`: a one-letter prefix starts a holder's name
        return 0 if run == 2 and m.words[j + 1].key in name_middles() else run  # `xã Lâm Bình`
    middle = next((k for k in range(min(run, 3)) if _name_follows(m, j + k + 1)), None)
    if middle is not None:
        return middle  # `xã Yên Phú` + `Ma Văn Hòa`: a name middle says where the holder's name starts
    k = 0
    while k < min(run, 3) and not _holder_starts(m, j + k, surnames):
        k += 1
    return k


def _holder_starts(m: Matcher, j: int, surnames: frozenset[str]) -> bool:
    """In a unit's run, word j starts the holder's name; a one-letter word does not where a surname
    and a name middle follow the word after it (`xã Y Tý` + `Phàn Văn Lùng`)."""
    full_name_after = _name_follows(m, j + 3) and m.words[j + 2].key in surnames
    return _name_starts(m, j, surnames) and not (len(m.words[j].text) == 1 and full_name_after)


class TitleFinder:
    def __init__(self, settings: TitleSettings):
        self.lex, self.names = load_lexicon(settings), surnames(settings.surnames)
        # a title starts with a prefix or a head: other words are skipped without a look
        self.starts = frozenset(self.lex["prefixes"].by_first_word) | frozenset(self.lex["heads"].by_first_word)
        professions, coaches, plurals = self.lex["professions"], self.lex["coaches"], self.lex["plural_markers"]

        def coach(c: tuple[Matcher, int, int]) -> bool:
            m, i, end = c  # a prefix or two may come first (`Trợ lý HLV`)
            return any(m.keys[k] in coaches.by_first_word and m.match(k, coaches) for k in range(i, min(i + 3, end)))

        def name_after(c: tuple[Matcher, int, int]) -> bool:
            m, _, end = c
            return m.after(end - 1, 1) > 0 and m.words[end].text[0].isupper()

        tests = {  # a candidate is (matcher, index of the title's first word, index of the word after it)
            "capitalized": lambda c: c[0].words[c[1]].text[0].isupper(),
            "profession": lambda c: c[0].match(c[1], professions) > 0,
            "coach": coach,
            "adjective_head": lambda c: c[0].match(c[1], self.lex["adjective_heads"]) > 0,
            "after_plural": lambda c: c[0].after(c[1] - 1, 1) == c[1] and c[0].match(c[1] - 1, plurals) > 0,
            "name_after": name_after,
        }
        kinds = frozenset(("lexicon", "open_body", "numbered_body", "team"))
        self.evidence = Evidence.load(settings.evidence, tests, kinds)

    def __call__(self, doc: Doc) -> None:
        m = Matcher(doc, frozenset(("PROVINCE", "DATE", "MONEY")))
        starts = self.starts
        i = 0
        while i < len(m.words):
            found = _title_at(m, i, self.lex, self.names) if m.words[i].key in starts else None
            if found is None:
                i += 1
                continue
            end, kind, char_end = found
            if verdict := self.evidence.judge((m, i, end), kind):
                doc.add(m.words[i].start, char_end, "TITLE", score=verdict[1], source=f"titles:{verdict[0]}")
                m.last_title_end = char_end
            i = end


@factory("titles", TitleSettings)
def make_titles(settings: TitleSettings) -> TitleFinder:
    return TitleFinder(settings)
