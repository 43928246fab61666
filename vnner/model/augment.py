"""Training-only augmentation: real corpus sentences with PROVINCE and PERSON spans swapped.

The corpus is small and names repeat, so the model can memorise them instead of learning
the contexts they occur in. Swapping in other names from the rule layer's tables (and names
recombined from the training set's own people) keeps the real contexts and shows new names.
Never applied to evaluation data; seeded, so a training run is reproducible.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from pathlib import Path

from vnner.corpus import Record
from vnner.entity import Entity
from vnner.rules.lexicon import DATA_DIR
from vnner.tokens import tokenize


def province_names(data_dir: Path = DATA_DIR) -> list[str]:
    path = data_dir / "provinces.tsv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return sorted({row["canonical"] for row in csv.DictReader(handle, delimiter="\t") if row.get("canonical")})


def _is_name(entity: Entity) -> bool:
    """A Vietnamese-style personal name: 2-4 capitalised syllables, nothing else."""
    units = [t.text for t in tokenize(entity.text)]
    return 2 <= len(units) <= 4 and all(u.isalpha() and u[0].isupper() for u in units)


def _name_parts(records: Sequence[Record], data_dir: Path) -> tuple[list[str], list[str]]:
    """Surnames (from `surnames.txt` if shipped, else the training names') and other syllables."""
    names = [e.text.split() for r in records for e in r.entities if e.label == "PERSON" and _is_name(e)]
    surnames = sorted({n[0] for n in names})
    path = data_dir / "surnames.txt"
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        surnames = sorted({line.split()[0] for line in lines if line.strip() and not line.startswith("#")})
    return surnames, sorted({s for n in names for s in n[1:]})


def augment(records: Sequence[Record], copies: int, seed: int, data_dir: Path = DATA_DIR) -> list[Record]:
    """`copies` variants of every record that has a swappable entity (originals not included)."""
    rng = random.Random(seed)
    provinces = province_names(data_dir)
    surnames, syllables = _name_parts(records, data_dir)

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
