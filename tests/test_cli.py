"""The `vnner` command as a user runs it: extract (text and files), HTML, eval with --html."""

import json

from typer.testing import CliRunner

from vnner.cli import app

SENTENCE = "Sáng 2-4, Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh trao 500 triệu đồng cho tỉnh Sê Kông."


def test_extract_prints_one_line_per_entity_and_json():
    runner = CliRunner()
    lines = runner.invoke(app, ["extract", SENTENCE]).stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["DATE", "TITLE", "PROVINCE", "PERSON", "MONEY", "PROVINCE"]
    data = json.loads(runner.invoke(app, ["extract", "--json", SENTENCE]).stdout)
    assert data[-1] == {
        "text": "Sê Kông", "label": "PROVINCE", "start": 86, "end": 93, "score": 0.97,
        "source": "rules.provinces", "value": {"name": "Sekong", "country": "LA"},
    }


def test_extract_reads_standard_input():
    result = CliRunner().invoke(app, ["extract", "--json"], input="tỉnh Sơn La")
    assert [e["text"] for e in json.loads(result.stdout)] == ["Sơn La"]


def test_file_extraction_counts_failures_and_exits_non_zero(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": SENTENCE}, ensure_ascii=False) + "\n" + "{not json\n"
        + json.dumps({"id": "b", "text": 42}) + "\n",
        encoding="utf-8",
    )
    output, page = tmp_path / "out.jsonl", tmp_path / "out.html"
    result = CliRunner().invoke(
        app, ["extract", "--input", str(source), "--output", str(output), "--html", str(page), "--no-progress"]
    )
    assert result.exit_code == 1
    assert "failed 2" in result.stderr
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a"] and len(rows[0]["entities"]) == 6
    errors = [json.loads(line) for line in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [e["line"] for e in errors] == [2, 3]
    assert page.read_text(encoding="utf-8").count('class="ent ent-') == 6


def test_input_without_output_is_refused():
    result = CliRunner().invoke(app, ["extract", "--input", "x.txt"])
    assert result.exit_code == 2 and "--output" in result.stderr


def test_a_missing_model_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["extract", "--model", str(tmp_path / "absent"), "x"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "absent" in result.stderr


def test_eval_writes_an_errors_page(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "r1", "text": "Đoàn tỉnh Sê Kông", "entities": [[5, 9, "PROVINCE"]]}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    page = tmp_path / "errors.html"
    result = CliRunner().invoke(app, ["eval", str(gold), "--rules-only", "--html", str(page), "--json"])
    assert json.loads(result.stdout)["micro"]["f1"] == 0.0
    assert "Sê Kông" in page.read_text(encoding="utf-8")
