"""`extract` gives what it gave before the `Doc` redesign (issue 9), on every text we have.

The snapshot was written by `scripts/snapshot_extract.py` at commit 5bfab87, before any
redesign. Offsets, labels, texts, scores and values must be equal. One intended difference:
`source` now names the rule that made the span (`persons:after_title`) where it named the
finder module (`rules.persons`), so the finder part of the new id must equal the old one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnner import extract

SNAPSHOT = Path(__file__).parent / "data" / "snapshots" / "extract.jsonl"


def _snapshot_cases():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from snapshot_extract import snapshot_texts

    expected = {}
    for line in SNAPSHOT.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        expected[record["id"]] = record["entities"]
    return [(name, text, date, expected[name]) for name, text, date in snapshot_texts()]


CASES = _snapshot_cases()


def _finder(source: str) -> str:
    """`rules.persons` (before) and `persons:after_title` (after) both name the finder `persons`."""
    return source.removeprefix("rules.").split(":")[0]


def test_snapshot_covers_every_text():
    assert len(CASES) == sum(1 for _ in SNAPSHOT.open(encoding="utf-8")) > 1000


@pytest.mark.parametrize(("name", "text", "date", "expected"), CASES, ids=[c[0] for c in CASES])
def test_extract_output_unchanged(name, text, date, expected):
    found = [
        [e.start, e.end, e.label, e.text, e.score, _finder(e.source), e.value]
        for e in extract(text, model=None, document_date=date)
    ]
    assert found == [[*row[:5], _finder(row[5]), row[6]] for row in expected]
