"""Roles and people on the blind invented set f (written and annotated from the shared guidelines
by a helper who never saw the rules or the tests): the set is a regression test, record by record
for roles and document by document for people. First-run scores are in the README.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

import pytest

from vnner.corpus import load_records
from vnner.evaluate_links import document_of, people_pairs, predict, role_triples
from vnner.pipeline import default_pipeline

RECORDS = [r for r in load_records(sorted((Path(__file__).parent / "data").glob("invented_*.jsonl"))) if r.roles is not None]
ROLE_XFAIL: dict[str, str] = {}
PEOPLE_XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def predicted():
    pipeline = default_pipeline()
    found = predict(RECORDS, lambda text: pipeline.parse(text, model=None), pipeline.people_across)
    return {r.id: r for r in found}


def test_the_set_has_roles_and_people():
    assert len(RECORDS) >= 40 and sum(len(r.roles) for r in RECORDS) >= 60


def _marks(reasons: dict[str, str], key: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=reasons[key])] if key in reasons else []


@pytest.mark.parametrize("record", [pytest.param(r, id=r.id, marks=_marks(ROLE_XFAIL, r.id)) for r in RECORDS])
def test_roles_of_each_record(record, predicted):
    assert role_triples(predicted[record.id]) == role_triples(record)


DOCUMENTS = [(doc, list(group)) for doc, group in groupby(RECORDS, key=lambda r: document_of(r.id))]


@pytest.mark.parametrize(
    ("document", "records"), [pytest.param(d, g, id=d, marks=_marks(PEOPLE_XFAIL, d)) for d, g in DOCUMENTS]
)
def test_people_of_each_document(document, records, predicted):
    assert people_pairs([predicted[r.id] for r in records]) == people_pairs(records)
