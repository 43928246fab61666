"""A second set of invented news paragraphs, annotated blind: written from the guidelines by a
helper who never saw the rules, before any rule was changed for them.

First run (2026-11-23): strict micro-F1 0.965 (PERSON 0.94, PROVINCE 0.98, TITLE 0.91, DATE
and MONEY 1.0). The misses were fixed in general form (Lao names spelt syllable by syllable,
bracketed aliases, a place between title and name, Chinese border provinces, friendship pairs),
and three TITLE spans were re-cut to decision #43 of annotations/GUIDELINES.md. Every record
must now match exactly, span for span, except the one listed below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnner.corpus import load_records
from vnner.pipeline import extract_rules

RECORDS = load_records([Path(__file__).parent / "data" / "invented_2026-11-23.jsonl"])
XFAIL = {
    "invented-036": "`Tổ trưởng Tổ công tác đặc biệt`: a one-off working group with a lower-case name is not in "
    "the title grammar",
}


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[r.id])] if r.id in XFAIL else [])
        for r in RECORDS
    ],
)
def test_invented_record_matches_gold_exactly(record) -> None:
    found = [(e.start, e.end, e.label) for e in extract_rules(record.text)]
    assert found == [(e.start, e.end, e.label) for e in record.entities]
