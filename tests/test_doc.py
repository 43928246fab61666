"""`parse` -> `Doc`: one word list, spans in the normalized view, entities in the caller's string;
pipelines built from other configs; the checked loaders of data, evidence tables and settings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from vnner import Doc, Entity, Pipeline, extract, parse
from vnner.config import ConfigError
from vnner.data import DataError, load_tsv, load_yaml
from vnner.rules.evidence import Evidence

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Sáng 2-4, Chủ tịch UBND tỉnh Sê Kông Leklay Sivilay trao 500 triệu đồng.\nẢNH: S.TRUNG"


def test_parse_gives_a_doc_whose_ents_are_what_extract_returns():
    doc = parse(TEXT)
    assert isinstance(doc, Doc) and doc.text is TEXT
    assert doc.ents == tuple(extract(TEXT))
    assert [e.label for e in doc.ents] == ["DATE", "TITLE", "PROVINCE", "PERSON", "MONEY", "PERSON"]
    assert all(TEXT[e.start : e.end] == e.text for e in doc.ents)
    title, province, person = doc.ents[1:4]
    assert [(r.person, r.title, r.province, r.source) for r in doc.roles] == [
        (person, title, province, "roles:before_name")
    ]
    assert [(p.name, p.mentions, p.titles, p.provinces) for p in doc.people] == [
        ("Leklay Sivilay", (person,), (title,), (province,)),
        ("S.TRUNG", (doc.ents[5],), (), ()),
    ]


def test_parse_keeps_offsets_of_an_nfd_text_and_rejects_non_strings():
    original = unicodedata.normalize("NFD", TEXT)
    doc = parse(original)
    assert [original[e.start : e.end] for e in doc.ents] == [e.text for e in doc.ents]
    assert [unicodedata.normalize("NFC", e.text) for e in doc.ents] == [e.text for e in parse(TEXT).ents]
    with pytest.raises(TypeError, match="parse expects a str"):
        parse(b"bytes")


def test_to_dict_and_from_dict_round_trip_in_the_guideline_format():
    doc = parse(TEXT)
    data = doc.to_dict()
    assert set(data) == {"text", "entities", "roles", "people"}
    assert data["entities"][2] == {
        "text": "Sê Kông", "label": "PROVINCE", "start": 29, "end": 36, "score": 0.97,
        "source": "provinces:gazetteer", "value": {"name": "Sekong", "country": "LA", "iso": "LA-XE"},
    }
    assert data["roles"] == [[3, 1, 2]] and data["people"] == {"3": "leklaisivilai", "5": "strun"}
    again = Doc.from_dict(data)
    assert again.text == doc.text and again.ents == doc.ents
    assert again.to_dict() == {**data, "people": {"3": "leklaisivilai", "5": "strun"}}
    first = again.people[0]
    assert (first.key, first.titles, first.provinces) == ("leklaisivilai", (doc.ents[1],), (doc.ents[2],))
    assert [e.value for e in again.ents] == [e.value for e in doc.ents]
    triples = Doc.from_dict({"text": TEXT, "entities": [[29, 36, "PROVINCE"]]})
    assert triples.ents == (Entity("Sê Kông", "PROVINCE", 29, 36),)


@pytest.mark.parametrize(
    ("entities", "message"),
    [
        ([[29, 36, "ORG"]], "unknown label 'ORG'"),
        ([[29, 360, "PROVINCE"]], "out of range"),
        ([[29, 36, "PROVINCE"], [30, 40, "PERSON"]], "overlap"),
    ],
)
def test_from_dict_refuses_what_the_guidelines_do_not_allow(entities, message):
    with pytest.raises(ValueError, match=message):
        Doc.from_dict({"text": TEXT, "entities": entities})


def test_one_word_list_with_keys_shapes_and_lines():
    doc = Doc("Phó Chủ tịch UBND tỉnh Hoà Bình\n– Xay-nha 27/3")
    assert [(w.text, w.key, w.shape, w.line) for w in doc.words] == [
        ("Phó", "phó", "title", 0), ("Chủ", "chủ", "title", 0), ("tịch", "tịch", "lower", 0),
        ("UBND", "ubnd", "upper", 0), ("tỉnh", "tỉnh", "lower", 0), ("Hoà", "hoà", "title", 0),
        ("Bình", "bình", "title", 0), ("-", "-", "other", 1), ("Xay", "xay", "title", 1), ("-", "-", "other", 1),
        ("nha", "nha", "lower", 1), ("27/3", "27/3", "digit", 1),
    ]
    assert all(doc.norm[w.start : w.end] == w.text for w in doc.words)
    dash, hyphen = doc.words[7], doc.words[9]
    assert doc.norm[dash.start] == doc.norm[hyphen.start] == "-"
    assert doc.original_char(dash.start) == "–" and doc.original_char(hyphen.start) == "-"
    assert doc.line_bounds(dash.start, hyphen.end) == (len("Phó Chủ tịch UBND tỉnh Hoà Bình\n"), len(doc.norm))
    assert doc.line_bounds(0, 3) == (0, len("Phó Chủ tịch UBND tỉnh Hoà Bình"))


def _config(tmp_path: Path, edit) -> Path:
    data = yaml.safe_load((ROOT / "configs" / "rules.yaml").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_pipeline_from_another_config_runs_side_by_side_with_the_default(tmp_path):
    gazetteer = tmp_path / "places.tsv"
    header = "canonical\tcountry\tiso\tstatus\tvariants\tmerged_into\n"
    gazetteer.write_text(header + "Xứ Tuyết\tXX\tXX-1\tnew\tXứ Tuyết\n", encoding="utf-8")
    evidence = tmp_path / "provinces.yaml"
    evidence.write_text("rules:\n  - {id: mine, score: 0.5}\n", encoding="utf-8")

    def edit(data):
        data["components"]["provinces"].update(gazetteer=str(gazetteer), evidence=str(evidence))

    mine = Pipeline.from_config(_config(tmp_path, edit))
    text = "Đoàn tỉnh Xứ Tuyết thăm tỉnh Sê Kông."
    assert [(e.text, e.score, e.source) for e in mine.extract(text, model=None) if e.label == "PROVINCE"] == [
        ("Xứ Tuyết", 0.5, "provinces:mine")
    ]
    assert [e.text for e in extract(text, model=None) if e.label == "PROVINCE"] == ["Sê Kông"]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["components"]["dates"].update(factory="calendar"),
            r"components\.dates\.factory: unknown factory 'calendar'",
        ),
        (
            lambda d: d["components"]["money"].update(colour="red"),
            r"rules\.yaml: components\.money\.colour: unknown setting; known: currencies, words, evidence",
        ),
        (lambda d: d["components"].pop("titles"), r"rules\.yaml: components\.titles: missing"),
    ],
)
def test_a_bad_component_block_is_a_one_line_error(tmp_path, edit, message):
    with pytest.raises(ConfigError, match=message):
        Pipeline.from_config(_config(tmp_path, edit))


def test_data_loader_names_file_and_line(tmp_path):
    bad = tmp_path / "words.yaml"
    bad.write_text("honorifics:\n  - ông\n  - 3\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"words\.yaml:3: honorifics: expected a non-empty string, got '3'"):
        load_yaml(bad, {"honorifics": "words"})
    with pytest.raises(DataError, match=r"words\.yaml:1: unknown key 'honorifics'"):
        load_yaml(bad, {"credits": "words"})
    good = _write(tmp_path / "good.yaml", "honorifics: [ông]\n")
    with pytest.raises(DataError, match=r"good\.yaml: missing credits"):
        load_yaml(good, {"honorifics": "words", "credits": "words"})
    table = _write(tmp_path / "t.tsv", "a\tb\nx\ty\n\t\n")
    with pytest.raises(DataError, match=r"t\.tsv:3: empty a, b"):
        load_tsv(table, ("a", "b"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("  - {id: a, if: [nonsense], score: 0.9}\n", r"t\.yaml:2: rule a: unknown test 'nonsense'"),
        ("  - {id: a, score: 0.9}\n  - {id: a, score: 0.8}\n", r"t\.yaml:3: rule id 'a' is used twice"),
        ("  - {id: a, score: 2}\n", r"t\.yaml:2: rule a: score must be in \(0, 1\] or `reject`"),
        ("  - {id: a, form: [odd], score: 0.9}\n", r"t\.yaml:2: rule a: form must be a list of"),
        ("  - {score: 0.9}\n", r"t\.yaml:2: a rule needs `id` and `score`"),
    ],
)
def test_a_bad_evidence_row_names_its_file_and_line(tmp_path, rows, message):
    path = _write(tmp_path / "t.yaml", "rules:\n" + rows)
    with pytest.raises(DataError, match=message):
        Evidence.load(str(path), {"big": lambda n: n > 10}, frozenset({"number"}))


def test_evidence_rows_decide_in_order_and_tests_run_lazily(tmp_path):
    calls = []

    def big(n):
        calls.append(n)
        return n > 10

    path = _write(
        tmp_path / "t.yaml",
        "rules:\n  - {id: small, if: [not big], score: reject}\n  - {id: huge, form: [number], score: 0.9}\n"
        "  - {id: other, score: 0.5}\n",
    )
    table = Evidence.load(str(path), {"big": big}, frozenset({"number", "word"}))
    assert table.judge(3, "number") is None
    assert table.judge(30, "number") == ("huge", 0.9)
    assert table.judge(30, "word") == ("other", 0.5)
    assert calls == [3, 30, 30]  # each test once per candidate


def test_a_factory_registered_by_a_user_runs_in_a_configured_pipeline(tmp_path):
    """The example of DEVELOPERS.md: a factory, its settings dataclass, a block in the config."""
    from dataclasses import dataclass

    from vnner.rules import factory

    @dataclass(frozen=True)
    class UbndSettings:
        score: float

    @factory("test_ubnd", UbndSettings)
    def make(settings):
        def find(doc):
            for word in doc.words:
                if word.key == "ubnd":
                    doc.add(word.start, word.end, "TITLE", score=settings.score, source="test_ubnd:ubnd")

        return find

    def edit(data):
        data["pipeline"], data["linkers"] = ["test_ubnd"], []
        data["components"] = {"test_ubnd": {"factory": "test_ubnd", "score": 0.4}}

    found = Pipeline.from_config(_config(tmp_path, edit)).extract("Chủ tịch UBND tỉnh", model=None)
    assert [(e.text, e.score, e.source) for e in found] == [("UBND", 0.4, "test_ubnd:ubnd")]
    with pytest.raises(ValueError, match="registered twice"):
        factory("test_ubnd", UbndSettings)(make)


def test_a_pipeline_is_built_once_per_config_file(tmp_path):
    path = _config(tmp_path, lambda data: None)
    assert Pipeline.from_config(path) is Pipeline.from_config(str(path))
    assert Pipeline.from_config() is Pipeline.from_config() is not Pipeline.from_config(path)
