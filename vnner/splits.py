"""Document-level splits: sentences of one article never sit on both sides of a split."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from vnner.corpus import CorpusError, Record


def load_split(path: str | Path) -> dict[str, list[str]]:
    """Reads `{"train": [doc, ...], "dev": [doc, ...]}` (other keys are ignored)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise CorpusError(f"{path}: cannot read split: {error}") from None
    if not all(isinstance(data.get(part), list) for part in ("train", "dev")):
        raise CorpusError(f"{path}: a split needs `train` and `dev` lists of document names")
    overlap = set(data["train"]) & set(data["dev"])
    if overlap:
        raise CorpusError(f"{path}: documents in both train and dev: {sorted(overlap)}")
    return {"train": data["train"], "dev": data["dev"]}


def split_records(records: Sequence[Record], split: dict[str, list[str]]) -> dict[str, list[Record]]:
    """Records per part; a record whose document the split does not name is an error."""
    part_of = {doc: part for part, docs in split.items() for doc in docs}
    parts: dict[str, list[Record]] = {part: [] for part in split}
    for record in records:
        if record.document not in part_of:
            raise CorpusError(f"record {record.id!r}: document {record.document!r} is in no split part")
        parts[part_of[record.document]].append(record)
    return parts


def leave_one_document_out(records: Sequence[Record]) -> Iterator[tuple[str, list[Record], list[Record]]]:
    """Yields (held-out document, training records, held-out records), one fold per document."""
    documents = sorted({record.document for record in records})
    for held_out in documents:
        train = [r for r in records if r.document != held_out]
        test = [r for r in records if r.document == held_out]
        yield held_out, train, test
