"""The `vnner` command as a user runs it: extract (text and files), HTML, eval with --html."""

import json
from pathlib import Path

from typer.testing import CliRunner

from vnner.cli import app

ROOT = Path(__file__).resolve().parents[1]

SENTENCE = "Sáng 2-4, Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh trao 500 triệu đồng cho tỉnh Sê Kông."


def test_extract_prints_one_line_per_entity_and_json():
    runner = CliRunner()
    lines = runner.invoke(app, ["extract", SENTENCE]).stdout.splitlines()
    labels = ["DATE", "TITLE", "PROVINCE", "PERSON", "MONEY", "PROVINCE", "ROLE"]
    assert [line.split("\t")[0] for line in lines] == labels
    assert lines[-1] == "ROLE\tLê Trung Chinh\tChủ tịch UBND thành phố (Đà Nẵng)"
    data = json.loads(runner.invoke(app, ["extract", "--json", SENTENCE]).stdout)
    assert set(data) == {"text", "entities", "roles", "people"} and data["text"] == SENTENCE
    assert data["roles"] == [[3, 1, 2]] and data["people"] == {"3": "lê trung chinh"}
    assert data["entities"][-1] == {
        "text": "Sê Kông", "label": "PROVINCE", "start": 86, "end": 93, "score": 0.97,
        "source": "provinces:gazetteer", "value": {"name": "Sekong", "country": "LA", "iso": "LA-XE"},
    }


def test_extract_reads_standard_input():
    result = CliRunner().invoke(app, ["extract", "--json"], input="tỉnh Sơn La")
    assert [e["text"] for e in json.loads(result.stdout)["entities"]] == ["Sơn La"]


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
    assert rows[0]["roles"] == [[3, 1, 2]] and rows[0]["people"] == {"3": "lê trung chinh"}
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


def test_extract_output_scores_with_eval_predictions(tmp_path):
    """vnner's own output file is a valid predictions file: extract -> eval round trip."""
    corpus = sorted((ROOT / "annotations" / "docs").glob("*.jsonl"))[0]
    output = tmp_path / "pred.jsonl"
    runner = CliRunner()
    done = runner.invoke(app, ["extract", "--input", str(corpus), "--output", str(output), "--no-progress"])
    assert done.exit_code == 0, done.stderr
    scored = runner.invoke(app, ["eval", str(corpus), "--predictions", str(output), "--json"])
    direct = runner.invoke(app, ["eval", str(corpus), "--json"])
    assert scored.exit_code == 0, scored.stderr
    from_file, from_run = json.loads(scored.stdout), json.loads(direct.stdout)
    # Records are extracted one by one, so the file keys people per record (by name_key); eval's own
    # run also links a document's records (`S.TRUNG` in one, `SƠN TRUNG` in another).
    people_file, people_run = from_file.pop("people"), from_run.pop("people")
    assert from_file == from_run
    assert people_file["precision"] == people_run["precision"] == 1.0
    assert people_file["recall"] < people_run["recall"] == 1.0


def test_validate_demands_unique_ids_across_files(tmp_path):
    record = json.dumps({"id": "x-1", "text": "tỉnh Sơn La", "entities": [[5, 11, "PROVINCE"]]}, ensure_ascii=False)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(record + "\n", encoding="utf-8")
    second.write_text("\n" + record + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["corpus", "validate", str(first), str(second)])
    assert result.exit_code == 2
    assert f"{second}:2: record 'x-1': duplicate id (first at {first}:1)" in result.stderr


def test_validate_and_stats_on_the_corpus():
    files = [str(p) for p in sorted((ROOT / "annotations" / "docs").glob("*.jsonl"))]
    runner = CliRunner()
    validated = runner.invoke(app, ["corpus", "validate", *files])
    assert validated.exit_code == 0 and validated.stdout.count("ok\t") == len(files)
    stats = runner.invoke(app, ["corpus", "stats", *files]).stdout.splitlines()
    header, total = stats[0].split(), stats[-1].split()
    assert header[:3] == ["document", "records", "tokens"] and total[0] == "total"
    entities = sum(int(line.split("\t")[3].split()[0]) for line in validated.stdout.splitlines())
    assert sum(int(n) for n in total[3:]) == entities > 0


def test_a_line_that_is_not_utf8_is_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "a", "text": "x", "entities": []}\n{"id": "b", "text": "\xff"}\n')
    result = CliRunner().invoke(app, ["corpus", "validate", str(bad)])
    assert result.exit_code == 2 and f"{bad}:2: not UTF-8" in result.stderr


def test_output_without_input_is_refused(tmp_path):
    result = CliRunner().invoke(app, ["extract", "tỉnh Sơn La", "--output", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2 and "--input" in result.stderr


def test_document_date_gives_day_months_their_year():
    runner = CliRunner()
    found = json.loads(runner.invoke(app, ["extract", "--json", "--document-date", "2024-04-03", "ngày 2-4"]).stdout)
    assert found["entities"][0]["value"] == "2024-04-02"
    bad = runner.invoke(app, ["extract", "--document-date", "2/4/2024", "ngày 2-4"])
    assert bad.exit_code == 2 and "not a date like 2024-04-02" in bad.output


def test_eval_errors_are_one_a_line_with_newlines_escaped(tmp_path):
    gold = tmp_path / "gold.jsonl"
    record = {"id": "a-1", "text": "Tin vắn\ntỉnh Sơn La\tvà Hà Nội", "entities": [[13, 19, "PROVINCE"]]}
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold), "--rules-only", "--errors"])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if line.startswith(("FP", "FN"))]
    assert errors == ["FP\ta-1\tPROVINCE\tHà Nội\tTin vắn\\ntỉnh Sơn La\\tvà [Hà Nội]"]
    assert "0 errors" not in result.output


def test_eval_errors_says_0_errors_when_there_are_none(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a-1", "text": "tỉnh Sơn La", "entities": [[5, 11, "PROVINCE"]]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold), "--rules-only", "--errors"])
    assert result.exit_code == 0 and result.output.splitlines()[-1] == "0 errors"


def test_errors_file_help_shows_its_default():
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert "[default: (OUTPUT.errors.jsonl)]" in result.output
