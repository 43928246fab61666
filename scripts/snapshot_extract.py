"""Writes `extract`'s output on a fixed set of texts, for `tests/test_snapshot.py` to compare against.

Run only to accept an intended change of output (and list the change in the commit):
    python scripts/snapshot_extract.py tests/data/snapshots/extract.jsonl
The texts: every corpus record, every invented-set record, every unseen-style sentence, each
also in NFD; the corpus again with a document date (2024-04-03); and one long text made of all
corpus records (cut into pieces by `extract`).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


DOCUMENT_DATE = dt.date(2024, 4, 3)


def snapshot_texts() -> list[tuple[str, str, dt.date | None]]:
    from test_unseen_style import CASES

    from vnner.corpus import load_records

    corpus = load_records(sorted((ROOT / "annotations" / "docs").glob("*.jsonl")))
    invented = load_records(sorted((ROOT / "tests" / "data").glob("invented_[a-e].jsonl")))
    texts = [(r.id, r.text) for r in [*corpus, *invented]]
    texts += [(f"unseen-{i:03d}", text) for i, (text, _) in enumerate(CASES)]
    texts += [(f"{name}-nfd", unicodedata.normalize("NFD", text)) for name, text in list(texts)]
    texts.append(("corpus-long", "\n\n".join(r.text for r in corpus)))
    dated = [(f"{r.id}-dated", r.text, DOCUMENT_DATE) for r in corpus]
    return [(name, text, None) for name, text in texts] + dated


def main(out: str) -> None:
    from vnner import extract

    with open(out, "w", encoding="utf-8") as handle:
        for name, text, date in snapshot_texts():
            entities = [
                [e.start, e.end, e.label, e.text, e.score, e.source, e.value]
                for e in extract(text, model=None, document_date=date)
            ]
            handle.write(json.dumps({"id": name, "entities": entities}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
