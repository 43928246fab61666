import json
from pathlib import Path

import pytest

from vnner.bio import TAGS, record_tags, tags_to_spans, to_dataset
from vnner.corpus import CorpusError, read_jsonl
from vnner.splits import leave_one_document_out, load_split, split_records
from vnner.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path, lines):
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = {"id": "d-1", "text": "Chủ tịch UBND tỉnh Lê Văn Dũng", "entities": [[0, 18, "TITLE"], [19, 30, "PERSON"]]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"entities": [[0, 99, "TITLE"]]}, "out of range"),
        ({"entities": [[0, 18, "ORG"]]}, "unknown label 'ORG'"),
        ({"entities": [[0, 18, "TITLE"], [9, 30, "PERSON"]]}, "overlap"),
        ({"entities": [[19, 30, "PERSON"], [0, 18, "TITLE"]]}, "not sorted"),
        ({"entities": [[18, 30, "PERSON"]]}, "whitespace or punctuation"),
        ({"entities": [[20, 30, "PERSON"]]}, "cuts inside a token"),
        ({"text": "Chu\u0309 tịch UBND tỉnh Lê Văn Dũng"}, "not NFC"),
        ({"id": ""}, "`id` must be"),
        ({"entities": [[0, "18", "TITLE"]]}, "must be integers"),
    ],
)
def test_bad_records_name_file_line_and_id(tmp_path, change, message):
    path = write(tmp_path, [json.dumps(GOOD), json.dumps(GOOD | {"id": "d-2"} | change)])
    with pytest.raises(CorpusError, match=message) as error:
        list(read_jsonl(path))
    assert f"{path}:2" in str(error.value)


def test_bad_json_and_duplicate_ids(tmp_path):
    with pytest.raises(CorpusError, match=r"data.jsonl:1: invalid JSON"):
        list(read_jsonl(write(tmp_path, ['{"id": "x", "text": '])))
    with pytest.raises(CorpusError, match=r":2: record 'd-1': duplicate id"):
        list(read_jsonl(write(tmp_path, [json.dumps(GOOD)] * 2)))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="cannot open"):
        list(read_jsonl(tmp_path / "absent.jsonl"))


def test_corpus_covers_all_five_documents(corpus):
    assert len({record.document for record in corpus}) == 5
    assert sum(len(record.entities) for record in corpus) > 300


def test_bio_round_trip_keeps_every_span_of_the_corpus(corpus):
    for record in corpus:
        tokens, tags = record_tags(record)
        back = tags_to_spans(record.text, tokens, tags)
        assert [e.key for e in back] == [e.key for e in record.entities], record.id


def test_dataset_has_classlabel_tags(corpus):
    dataset = to_dataset(corpus)
    assert dataset.features["ner_tags"].feature.names == list(TAGS)
    assert len(dataset) == len(corpus)
    first = dataset[0]
    assert len(first["tokens"]) == len(first["ner_tags"]) == len(first["starts"])


def test_invalid_bio_is_repaired_not_dropped():
    text = "Sơn La và Huế"
    units = tokenize(text)
    spans = tags_to_spans(text, units, ["I-PROVINCE", "I-PROVINCE", "O", "I-PROVINCE"])
    assert [(e.text, e.label) for e in spans] == [("Sơn La", "PROVINCE"), ("Huế", "PROVINCE")]


def test_split_is_by_document(corpus):
    parts = split_records(corpus, load_split(ROOT / "annotations" / "splits.json"))
    train_docs = {r.document for r in parts["train"]}
    dev_docs = {r.document for r in parts["dev"]}
    assert train_docs and dev_docs and not train_docs & dev_docs
    assert len(parts["train"]) + len(parts["dev"]) == len(corpus)


def test_leave_one_document_out(corpus):
    folds = list(leave_one_document_out(corpus))
    assert len(folds) == 5
    for held_out, train, test in folds:
        assert {r.document for r in test} == {held_out}
        assert held_out not in {r.document for r in train}
        assert len(train) + len(test) == len(corpus)


def test_predictions_keep_the_source_of_object_spans_and_gold_never_does():
    from vnner.corpus import parse_record

    spans = [
        {"start": 0, "end": 18, "label": "TITLE", "source": "titles:lexicon"},
        {"start": 19, "end": 30, "label": "PERSON", "source": ""},  # empty: the default
    ]
    record = {**GOOD, "entities": spans}
    predicted = parse_record(record, gold=False, source="predictions")
    assert [e.source for e in predicted.entities] == ["titles:lexicon", "predictions"]
    listed = parse_record({**GOOD}, gold=False, source="predictions")
    assert [e.source for e in listed.entities] == ["predictions", "predictions"]
    gold = parse_record(record)
    assert [e.source for e in gold.entities] == ["gold", "gold"]
    assert [e.key for e in gold.entities] == [e.key for e in predicted.entities]


def test_read_jsonl_of_predictions_keeps_sources(tmp_path):
    spans = [{"start": 0, "end": 18, "label": "TITLE", "source": "titles:lexicon"}, [19, 30, "PERSON"]]
    path = write(tmp_path, [json.dumps({**GOOD, "entities": spans}, ensure_ascii=False)])
    (predicted,) = read_jsonl(path, gold=False, source="predictions")
    assert [e.source for e in predicted.entities] == ["titles:lexicon", "predictions"]
    (gold,) = read_jsonl(path)
    assert {e.source for e in gold.entities} == {"gold"}
