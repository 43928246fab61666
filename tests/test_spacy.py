"""The spaCy component (`vnner[spacy]`), tested against the real library: `doc.ents` equal to
`vnner.extract` on the whole corpus and every invented set, extensions, settings through
`add_pipe(config=...)`, `nlp.to_disk` / `spacy.load`, and displaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
pytest.importorskip("pyvi")

from vnner import extract, parse  # noqa: E402
from vnner.corpus import load_records  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "annotations" / "docs").glob("*.jsonl"))
FILES = [*CORPUS, *sorted((ROOT / "tests" / "data").glob("invented_*.jsonl"))]
TEXT = "Bí thư, Tỉnh trưởng tỉnh Sekong Leklay Sivilay tiếp đoàn ngày 2-4. Ông Leklay Sivilay cảm ơn."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("vi")
    nlp.add_pipe("vnner", config={"model": None})
    return nlp


def test_doc_ents_are_vnners_entities_on_every_stored_text(nlp):
    texts = [record.text for record in load_records(FILES)]
    tokenizer, split = spacy.blank("vi"), 0
    for text, doc in zip(texts, nlp.pipe(texts)):
        assert doc.text == text
        expected = extract(text, model=None)
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [x.key for x in expected]
        extensions = [(e._.value, e._.score, e._.source) for e in doc.ents]
        assert extensions == [(x.value, x.score, x.source) for x in expected]
        split += len(doc) - len(tokenizer(text))  # spaCy's own tokens, before vnner split them
    assert split > 0  # some entity edges fell inside a Vietnamese word and the word was split there


def test_roles_and_people_are_spans_of_the_doc(nlp):
    doc = nlp(TEXT)
    assert [(p.text, t.text, v.text) for p, t, v in doc._.roles] == [
        ("Leklay Sivilay", "Bí thư", "Sekong"), ("Leklay Sivilay", "Tỉnh trưởng", "Sekong")
    ]
    (person,) = doc._.people
    assert [m.start_char for m in person["mentions"]] == [m.start for m in parse(TEXT, model=None).people[0].mentions]
    assert [t.text for t in person["titles"]] == ["Bí thư", "Tỉnh trưởng"]


def test_settings_pass_through_add_pipe_and_survive_to_disk_and_load(tmp_path):
    nlp = spacy.blank("vi")
    nlp.add_pipe("vnner", config={"model": None, "document_date": "2024-04-03"})
    (date,) = [e for e in nlp(TEXT).ents if e.label_ == "DATE"]
    assert date._.value == "2024-04-02"
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["vnner"] and loaded.config["components"]["vnner"]["document_date"] == "2024-04-03"
    assert [(e.start_char, e.end_char, e.label_, e._.value) for e in loaded(TEXT).ents] == [
        (e.start_char, e.end_char, e.label_, e._.value) for e in nlp(TEXT).ents
    ]


def test_displacy_renders_the_entities(nlp):
    from spacy import displacy

    html = displacy.render(nlp(TEXT), style="ent", page=False)
    assert "Sekong" in html and "PROVINCE" in html and "Leklay Sivilay" in html
