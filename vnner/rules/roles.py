"""ROLES: who holds which office of which province (guidelines v1.2, "Roles and people").

A linker: it runs after the entities are final and reads `doc.ents`. Titles joined by `,`, `-`
or `kiêm`, with the provinces right after them, form a chain; a chain right before a name
(with only `tỉnh`, an honorific or a rank between) is that person's, else a chain right after
a name (after `,`, `-`, `(`, or a verb such as `giữ chức`, `nguyên`) is; a chain after a linking
verb that starts a clause (`Ông Páo sinh năm 1965, ..., từng giữ chức`) is the sentence's nearest
PERSON's. Nothing links across a sentence or another PERSON. A title's province is the PROVINCE
right after it (after an optional `tỉnh`/`thành phố`/`TP`, never after `tại`); in a chain, the province after its last
title also belongs to the earlier titles that are no national office (`Bí thư` in `Bí thư,
Tỉnh trưởng Sekong`, not `UVTW Đảng`). Words are in `vnner/data/roles.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnner.data import load_yaml
from vnner.doc import Doc, Role
from vnner.entity import Entity
from vnner.normalize import NormalizedText, key
from vnner.rules import factory
from vnner.rules.evidence import Evidence
from vnner.rules.lexicon import person_cues

SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+\W*([^\W\d_])|\n")


@dataclass(frozen=True)
class RoleSettings:
    words: str  # in vnner/data/
    cues: str  # honorifics and ranks between a title and a name
    countries: str
    place_introducers: list[str]
    evidence: str


@dataclass
class _Chain:
    titles: list[int]  # entity indices, in order
    provinces: dict[int, int | None]  # title index -> the PROVINCE right after it
    start: int  # first and last entity index of the chain
    end: int


def _words(text: str) -> list[str]:
    """Word keys and the punctuation that matters here; dashes of any kind are `-`."""
    return [key(w) for w in re.findall(r"[^\W\d_]+|[,;:()\-]", NormalizedText.build(text).text)]


class RoleLinker:
    def __init__(self, settings: RoleSettings):
        lists = (
            "between_title_and_name", "verbs", "verb_modifiers", "chain_joiners", "before_province", "national_words",
            "office_words", "holder_words", "term_words", "bracketed_notes", "before_title", "then_words",
        )
        data = load_yaml(settings.words, dict.fromkeys(lists, "words"))
        cues = person_cues(settings.cues, settings.countries, tuple(settings.place_introducers))
        honorifics = {tuple(_words(h)) for h in cues["honorific_phrases"]}
        countries = {tuple(_words(c)) for c in cues["country_names"]}
        self.between = {tuple(_words(w)) for w in data["between_title_and_name"]} | honorifics | countries
        self.honorifics = honorifics
        self.verbs = {tuple(_words(w)) for w in data["verbs"]}
        self.verb_modifiers = {tuple(_words(w)) for w in data["verb_modifiers"]}
        self.before_title = {key(w) for w in data["before_title"]}
        self.then_words = {tuple(_words(w)) for w in data["then_words"]}
        notes = "|".join(re.escape(w) for w in data["bracketed_notes"])
        self.bracketed = re.compile(rf"\s*\((?:[^()]*\d[^()]*|{notes})\)")  # a term, or `(cũ)`: skipped in a chain
        self.joiners = {tuple(_words(w)) for w in data["chain_joiners"]}
        self.before_province = {tuple(_words(w)) for w in data["before_province"]}
        self.national = [tuple(_words(w)) for w in data["national_words"]]
        self.office_words = [tuple(_words(w)) for w in data["office_words"]]
        self.to_holder = self.between | {tuple(_words(w)) for w in [*data["holder_words"], *data["term_words"]]}
        self.holder_words = [tuple(_words(w)) for w in data["holder_words"]]
        forms = frozenset(("before_name", "after_name", "after_verb", "after_verb_in_sentence", "office_for_holder"))
        self.evidence = Evidence.load(settings.evidence, {}, forms)

    def __call__(self, doc: Doc) -> None:
        ents, text = doc.ents, doc.text
        sentence = _sentence_numbers(text, ents)
        chains = self._chains(text, ents, sentence)
        taken: set[int] = set()
        roles: list[Role] = []
        for chain in chains:  # a chain right before a name is that name's
            person, last = chain.end + 1, chain.end
            while (  # `Tổng Lãnh sự Việt Nam tại [Battambang] Ngô Thanh Bình`: places are skipped
                person < len(ents) and ents[person].label == "PROVINCE"
                and self._only(text[ents[last].end : ents[person].start], self.between)
            ):
                last, person = person, person + 1
            if (
                person < len(ents)
                and ents[person].label == "PERSON"
                and sentence[person] == sentence[chain.end]
                and self._directly_before(text[ents[last].end : ents[person].start])
            ):
                roles += self._roles(ents, chain, person, "before_name")
                taken.add(id(chain))
            elif (holder := self._holder_named_after(text, ents, chain, sentence)) is not None:
                roles += self._roles(ents, chain, holder, "office_for_holder")
                taken.add(id(chain))
        index = {id(entity): i for i, entity in enumerate(ents)}
        holder = {index[id(r.person)] - 1: index[id(r.person)] for r in roles}  # end of a held chain -> person
        for chain in chains:  # else a chain right after a name, or after a verb after a held chain
            if id(chain) in taken or chain.start == 0 or sentence[chain.start - 1] != sentence[chain.start]:
                continue
            before = chain.start - 1
            person = before if ents[before].label == "PERSON" else holder.get(before)
            gap = _words(text[ents[before].end : ents[chain.start].start])
            if gap[:1] == [")"]:  # after an alias in brackets: `Khăm-phăn (Khamphanh), Bí thư ...`
                gap = gap[1:]
            elif gap[:1] == ["("] and ")" in gap:  # a remark in brackets: `bà A (dân tộc Mường), Tỉnh ủy viên`
                gap = gap[gap.index(")") + 1 :]
            if person is not None and person == before and gap in ([], [","], ["-"], ["("]):
                form = "after_name"
            elif person is not None and self._verb(gap):
                form = "after_verb"
            elif (person := self._subject(text, ents, chain, sentence, holder)) is not None:
                form = "after_verb_in_sentence"  # `Ông Páo sinh năm 1965, ..., từng giữ chức Trưởng Ban ...`
            else:
                continue
            roles += self._roles(ents, chain, person, form)
            holder[chain.end] = person
        doc.roles = tuple(sorted(roles, key=lambda r: (r.person.start, r.title.start)))

    def _holder_named_after(self, text: str, ents, chain: _Chain, sentence: list[int]) -> int | None:
        """The PERSON an office is given to or taken from (#65): `chức vụ` + the chain, then only a
        term (`nhiệm kỳ` and its DATE), `đối với` and an honorific before the name."""
        before = _words(text[max(0, ents[chain.start].start - 20) : ents[chain.start].start])
        if not any(tuple(before[len(before) - len(w) :]) == w for w in self.office_words):
            return None
        k, gap = chain.end + 1, ""
        while k < len(ents) and ents[k].label == "DATE" and sentence[k] == sentence[chain.end]:
            gap += " " + text[ents[k - 1].end : ents[k].start]  # `nhiệm kỳ 2021-2026`: the term is skipped
            k += 1
        if k == len(ents) or ents[k].label != "PERSON" or sentence[k] != sentence[chain.end]:
            return None
        said = _words(gap + " " + text[ents[k - 1].end : ents[k].start])
        named = any(tuple(said[i : i + len(w)]) == w for w in self.holder_words for i in range(len(said)))
        return k if named and self._only(" ".join(said), self.to_holder) else None

    def _subject(self, text: str, ents, chain: _Chain, sentence: list[int], holder: dict) -> int | None:
        """The sentence's PERSON a chain is said of after a linking verb that starts its clause
        (`..., từng giữ chức`, `... và giữ chức`): the nearest PERSON before it, with only dates,
        provinces and that person's own titles between, and no `;` (which closes a person's entry)."""
        clauses = re.split(r"[,;()]| và ", text[ents[chain.start - 1].end : ents[chain.start].start])
        clause = _words(clauses[-1])
        passive = clause[:1] == ["được"] and any(self._verb(clause[k:]) for k in range(2, min(len(clause), 6)))
        listed = (
            tuple(clause) in self.then_words and self._starts_with_verb(clauses[:-1])
            and _ends_its_clause(text, ents[chain.end].end)
        )
        if not (self._verb(clause) or passive or listed):  # `được Ban Chấp hành tín nhiệm bầu giữ chức`: an agent
            return None
        k, start = chain.start - 1, ents[chain.start].start
        while k >= 0 and sentence[k] == sentence[chain.start] and ";" not in text[ents[k].end : start]:
            if ents[k].label == "PERSON":
                return k
            owner = next((p for end, p in holder.items() if end >= k and ents[p].end <= ents[k].start), None)
            agent = _words(text[max(0, ents[k].start - 8) : ents[k].start])[-1:] == ["được"]
            if ents[k].label == "TITLE" and owner is None and not agent:
                return None  # an office of someone not named: `giao Giám đốc Sở X làm ...`; not the agent
                # of a passive (`được Chủ tịch nước bổ nhiệm làm ...`)
            k -= 1
        return None

    def _starts_with_verb(self, clauses: list[str]) -> bool:
        """One of the clauses before starts with modifiers and a linking verb, then says what the person
        was (`từng là giáo viên cắm bản`): a `rồi` clause after it goes on the list."""
        for clause in clauses:  # split at commas already
            words = _words(clause)
            if any(self._verb(words[:k]) for k in range(1, min(len(words), 6) + 1)):
                return True
        return False

    def _directly_before(self, gap: str) -> bool:
        """Only `tỉnh`, places, honorifics and ranks between a chain and a name; a comma or dash only
        before an honorific (`Chủ tịch UBND tỉnh Quảng Nam – ông A`): `T, Nguyễn Văn Tuấn` in a list
        of `name – title` entries is the title of the name before it."""
        words = _words(gap)
        marks = [i for i, w in enumerate(words) if w in (",", "-")]
        if marks:  # one mark, not after a bracket, then only an honorific (`tại Việt Nam, bà A`)
            before, after = words[: marks[0]], words[marks[0] + 1 :]
            if len(marks) > 1 or "(" in before or not after or not self._only(" ".join(after), self.honorifics):
                return False
        return self._only(gap, self.between) or _at_a_place(gap)

    def _verb(self, gap: list[str]) -> bool:
        """`giữ chức`, `, nguyên`, `vừa được tín nhiệm bầu vào`: modifiers, then one linking verb, maybe
        a word said of the title (`là nữ Phó Bí thư`)."""
        words = [w for w in gap if w != ","]
        while words and words[-1] in self.before_title:
            words = words[:-1]
        for n in range(len(words), 0, -1):
            if tuple(words[len(words) - n :]) in self.verbs:
                return self._only(" ".join(words[: len(words) - n]), self.verb_modifiers)
        return False

    def _only(self, gap: str, allowed: set[tuple[str, ...]]) -> bool:
        """The gap holds nothing but punctuation (`,`, `-`, `:`, brackets) and phrases of `allowed`:
        `Tỉnh trưởng tỉnh Gyeonggi (Hàn Quốc) Park Jae-hyun`."""
        words = [w for w in _words(gap) if w not in (",", "-", ":", "(", ")")]
        i = 0
        while i < len(words):
            n = next((n for n in range(len(words) - i, 0, -1) if tuple(words[i : i + n]) in allowed), 0)
            if not n:
                return False
            i += n
        return True

    def _chains(self, text: str, ents: tuple[Entity, ...], sentence: list[int]) -> list[_Chain]:
        chains: list[_Chain] = []
        current: _Chain | None = None
        for i, entity in enumerate(ents):
            if current is not None and entity.label == "DATE" and _bracketed(text, entity):
                continue  # `Chủ tịch UBND tỉnh Cao Bằng (1986-1991), Bí thư Tỉnh ủy`: a term in brackets
            if current is not None and sentence[i] == sentence[current.end]:
                gap = _words(self.bracketed.sub("", text[ents[current.end].end : entity.start]))
                last = ents[current.end]
                after_title = last.label == "TITLE" and (not gap or tuple(gap) in self.before_province)
                if entity.label == "PROVINCE" and after_title:
                    current.provinces[current.end] = i
                    current.end = i
                    continue
                if entity.label == "TITLE" and tuple(gap) in self.joiners:
                    current.titles.append(i)
                    current.end = i
                    continue
            current = None
            if entity.label == "TITLE":
                current = _Chain([i], {}, i, i)
                chains.append(current)
        return chains

    def _roles(self, ents: tuple[Entity, ...], chain: _Chain, person: int, form: str) -> list[Role]:
        rule, score = self.evidence.judge(None, form)
        last = chain.provinces.get(chain.titles[-1])
        roles = []
        for title in chain.titles:
            province = chain.provinces.get(title)
            if province is None and last is not None and not self._national(ents[title].text):
                province = last
            place = None if province is None else ents[province]
            roles.append(Role(ents[person], ents[title], place, score, f"roles:{rule}"))
        return roles

    def _national(self, title: str) -> bool:
        words = tuple(_words(title))
        return any(words[i : i + len(n)] == n for n in self.national for i in range(len(words)))


def _ends_its_clause(text: str, end: int) -> bool:
    """A comma, a full stop or the end of the text right after `end`: no verb follows the chain."""
    return re.match(r"\s*(?:[,.;]|$)", text[end : end + 3]) is not None


def _at_a_place(gap: str) -> bool:
    """`Tổng Lãnh sự Việt Nam tại Nam Ninh Phạm Thị Ngọc Lan`: `tại` and one to three capitalized words
    (a city, which is no PROVINCE) between an office and its holder."""
    words = gap.split()
    return words[:1] == ["tại"] and 1 <= len(words) - 1 <= 3 and all(w[0].isupper() and w.isalpha() for w in words[1:])


def _bracketed(text: str, entity: Entity) -> bool:
    return text[entity.start - 1 : entity.start] == "(" and text[entity.end : entity.end + 1] == ")"


def _sentence_numbers(text: str, ents: tuple[Entity, ...]) -> list[int]:
    """For each entity, the number of sentence ends before it."""
    ends = [m.start() for m in SENTENCE_END.finditer(text) if m.group(1) is None or m.group(1).isupper()]
    numbers, k = [], 0
    for entity in ents:
        while k < len(ends) and ends[k] < entity.start:
            k += 1
        numbers.append(k)
    return numbers


@factory("roles", RoleSettings)
def make_roles(settings: RoleSettings) -> RoleLinker:
    return RoleLinker(settings)
