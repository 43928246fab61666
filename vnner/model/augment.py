"""Training-only augmentation: real corpus sentences with PROVINCE and PERSON spans swapped.

The corpus is small and names repeat, so the model can memorise them instead of learning
the contexts they occur in. Swapping in other names from the rule layer's tables (and names
recombined from the training set's own people) keeps the real contexts and shows new names.
Never applied to evaluation data; seeded, so a training run is reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from vnner.corpus import Record
from vnner.data import load_lines
from vnner.entity import Entity
from vnner.rules.provinces import load_provinces
from vnner.tokens import tokenize


def province_names() -> list[str]:
    """Canonical names of the rule layer's gazetteer (the shipped `provinces.tsv`)."""
    return sorted({province.canonical for province, _ in load_provinces("provinces.tsv")})


def surname_display_forms() -> list[str]:
    """The shipped `surnames.txt` as written (`lexicon.surnames()` gives lower-case keys; text needs capitals)."""
    return sorted({line.split()[0] for line in load_lines("surnames.txt")})


def _is_name(entity: Entity) -> bool:
    """A Vietnamese-style personal name: 2-4 capitalised syllables, nothing else."""
    units = [t.text for t in tokenize(entity.text)]
    return 2 <= len(units) <= 4 and all(u.isalpha() and u[0].isupper() for u in units)


def _given_syllables(records: Sequence[Record]) -> list[str]:
    """The syllables after the surname in the training set's own personal names."""
    names = [e.text.split() for r in records for e in r.entities if e.label == "PERSON" and _is_name(e)]
    return sorted({s for n in names for s in n[1:]})


def augment(records: Sequence[Record], copies: int, seed: int) -> list[Record]:
    """`copies` variants of every record that has a swappable entity (originals not included)."""
    rng = random.Random(seed)
    provinces = province_names()
    surnames, syllables = surname_display_forms(), _given_syllables(records)

    def swappable(entity: Entity) -> bool:
        if entity.label == "PROVINCE":
            return bool(provinces)
        return entity.label == "PERSON" and bool(surnames and syllables) and _is_name(entity)

    def new_name(entity: Entity) -> str:
        if entity.label == "PROVINCE":
            return rng.choice(provinces)
        return " ".join([rng.choice(surnames)] + rng.sample(syllables, min(len(syllables), rng.randint(1, 3))))

    variants = []
    for record in records:
        if not any(swappable(e) for e in record.entities):
            continue
        for copy in range(copies):
            chosen: dict[tuple[str, str], str] = {}  # one surface, one replacement per record
            pieces, entities, position, shift = [], [], 0, 0
            for entity in record.entities:
                key = (entity.label, entity.text)
                if key not in chosen:
                    chosen[key] = new_name(entity) if swappable(entity) else entity.text
                surface = chosen[key]
                pieces.append(record.text[position : entity.start] + surface)
                start = entity.start + shift
                entities.append(Entity(surface, entity.label, start, start + len(surface), source="augment"))
                shift += len(surface) - len(entity.text)
                position = entity.end
            pieces.append(record.text[position:])
            variants.append(Record(f"{record.id}~aug{copy}", "".join(pieces), entities, dict(record.meta)))
    return variants
