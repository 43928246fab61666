import json

import pytest
from typer.testing import CliRunner

from vnner.cli import app
from vnner.corpus import Record
from vnner.entity import Entity
from vnner.evaluate import score

TEXT = "Bí thư Tỉnh ủy Quảng Nam Lương Nguyễn Minh Triết đến Sê Kông ngày 26/9"


def span(text, label, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Entity.from_span(TEXT, start, start + len(text), label)


GOLD = [
    span("Bí thư Tỉnh ủy", "TITLE"),
    span("Quảng Nam", "PROVINCE"),
    span("Lương Nguyễn Minh Triết", "PERSON"),
    span("Sê Kông", "PROVINCE"),
    span("ngày 26/9", "DATE"),
]


def run(predicted, gold=GOLD):
    return score([Record("r1", TEXT, list(gold))], [Record("r1", TEXT, list(predicted))])


def test_perfect_match():
    report = run(GOLD)
    assert report.micro == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 5}
    assert report.labels["PROVINCE"]["support"] == 2
    assert not report.errors


def test_boundary_error_is_both_a_false_positive_and_a_false_negative():
    predicted = [*GOLD[:4], span("26/9", "DATE")]
    report = run(predicted)
    assert report.labels["DATE"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert report.micro["precision"] == 0.8 and report.micro["recall"] == 0.8
    assert [(e.kind, e.entity.text) for e in report.errors] == [("FN", "ngày 26/9"), ("FP", "26/9")]


def test_span_cutting_inside_a_word_is_not_counted_as_its_word():
    predicted = [*GOLD[:3], Entity.from_span(TEXT, TEXT.index("Sê Kông"), TEXT.index("Sê Kông") + 5, "PROVINCE"),
                 GOLD[4]]
    assert run(predicted).labels["PROVINCE"]["recall"] == 0.5


def test_wrong_label():
    predicted = [GOLD[0], span("Quảng Nam", "PERSON"), *GOLD[2:]]
    report = run(predicted)
    assert report.labels["PROVINCE"]["recall"] == 0.5
    assert report.labels["PERSON"]["precision"] == 0.5
    assert report.micro["f1"] == 0.8


def test_missed_entity():
    report = run(GOLD[:4])
    assert report.labels["DATE"]["recall"] == 0.0
    assert report.micro["precision"] == 1.0 and report.micro["recall"] == 0.8
    assert round(report.macro["recall"], 4) == 0.75  # (1 + 1 + 1 + 0) / 4 labels present


def test_empty_gold_and_empty_prediction_scores_zero_support():
    report = run([], gold=[])
    assert report.micro["support"] == 0 and report.micro["f1"] == 0.0


def test_empty_gold_with_a_prediction_is_a_false_positive():
    report = run([GOLD[1]], gold=[])
    assert report.micro["precision"] == 0.0 and report.labels["PROVINCE"]["support"] == 0


def test_missing_prediction_is_an_error():
    with pytest.raises(ValueError, match="no prediction"):
        score([Record("r1", TEXT, GOLD)], [])


def _jsonl(path, records):
    path.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_eval_scores_a_predictions_file(tmp_path):
    gold = _jsonl(tmp_path / "gold.jsonl", [Record("r1", TEXT, GOLD)])
    pred = _jsonl(tmp_path / "pred.jsonl", [Record("r1", TEXT, GOLD[:4])])
    result = CliRunner().invoke(app, ["eval", str(gold), "--predictions", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"micro", "macro", "labels", "records"}
    assert data["records"] == 1 and data["labels"]["DATE"]["recall"] == 0.0
    assert data["micro"]["recall"] == 0.8


def test_cli_eval_lists_errors_with_record_id(tmp_path):
    gold = _jsonl(tmp_path / "gold.jsonl", [Record("r1", TEXT, GOLD)])
    pred = _jsonl(tmp_path / "pred.jsonl", [Record("r1", TEXT, GOLD[:4])])
    result = CliRunner().invoke(app, ["eval", str(gold), "--predictions", str(pred), "--errors"])
    assert "FN\tr1\tDATE\tngày 26/9" in result.stdout
    assert "micro avg" in result.stdout


def test_cli_reports_a_corrupt_file_in_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "a", "entities": [[0, 5, "DATE"]]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["corpus", "validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:1: record 'x'" in result.stderr and "out of range" in result.stderr
