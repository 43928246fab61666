"""`vnner eval --errors --by-rule`: every error is traced to the rule that made or missed it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from vnner.cli import app
from vnner.corpus import parse_record
from vnner.evaluate import errors_by_rule, score

TEXT = "Chủ tịch UBND tỉnh Sơn La Hoàng Quốc Khánh dự ngày 2/4."
GOLD = {
    "id": "d-p1",
    "text": TEXT,
    "entities": [[0, 18, "TITLE"], [19, 25, "PROVINCE"], [26, 42, "PERSON"], [46, 54, "DATE"]],
}
PREDICTED = {
    "id": "d-p1",
    "text": TEXT,
    "entities": [
        {"start": 0, "end": 18, "label": "TITLE", "source": "titles:lexicon"},  # right
        {"start": 19, "end": 42, "label": "PERSON", "source": "persons:after_title"},  # FP, and makes two FNs
        {"start": 51, "end": 54, "label": "DATE", "source": "dates:after_day_word"},  # FP, and makes one FN
    ],
}


def test_errors_are_grouped_by_the_rule_that_made_or_missed_them():
    gold, predicted = parse_record(GOLD), parse_record(PREDICTED, gold=False)
    grouped = errors_by_rule(score([gold], [predicted]).errors, [predicted])
    counts = {rule: (g["false_positives"], g["false_negatives"]) for rule, g in grouped.items()}
    assert counts == {"persons:after_title": (1, 2), "dates:after_day_word": (1, 1)}
    assert list(grouped) == ["persons:after_title", "dates:after_day_word"]  # most errors first
    assert [e["text"] for e in grouped["persons:after_title"]["errors"]] == [
        "Sơn La", "Sơn La Hoàng Quốc Khánh", "Hoàng Quốc Khánh"
    ]


def test_a_gold_entity_nothing_overlaps_is_missed():
    gold = parse_record(GOLD)
    predicted = parse_record({**PREDICTED, "entities": PREDICTED["entities"][:1]}, gold=False)
    grouped = errors_by_rule(score([gold], [predicted]).errors, [predicted])
    assert {rule: g["false_negatives"] for rule, g in grouped.items()} == {"(missed)": 3}


def test_the_cli_prints_rules_and_json(tmp_path):
    gold_path, predicted_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    predicted_path.write_text(json.dumps(PREDICTED, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["eval", str(gold_path), "--predictions", str(predicted_path), "--errors", "--by-rule"])
    assert done.exit_code == 0, done.output
    assert "persons:after_title\tFP 1\tFN 2" in done.output and "dates:after_day_word\tFP 1\tFN 1" in done.output
    done = runner.invoke(app, ["eval", str(gold_path), "--predictions", str(predicted_path), "--json", "--by-rule"])
    data = json.loads(done.stdout)
    assert data["by_rule"]["dates:after_day_word"]["false_negatives"] == 1
    assert data["micro"]["support"] == 4


def test_eval_on_the_corpus_scores_roles_and_people_where_the_gold_has_them(tmp_path):
    record = {**GOLD, "roles": [[2, 0, 1]], "people": {"2": "Hoàng Quốc Khánh"}}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["eval", str(path), "--rules-only", "--json"])
    data = json.loads(done.stdout)
    assert data["roles"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert data["people"]["support"] == 0 and data["micro"]["f1"] == 1.0


def test_errors_list_wrong_and_missing_roles_in_context(tmp_path):
    record = {**GOLD, "roles": [[2, 0, None]], "people": {"2": "K"}}  # gold: no province for the title
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["eval", str(path), "--rules-only", "--errors"])
    lines = [line for line in done.output.splitlines() if line.startswith("ROLE")]
    assert lines == [
        f"ROLE wrong\td-p1\tHoàng Quốc Khánh\tChủ tịch UBND tỉnh\tSơn La\t{TEXT}",
        f"ROLE missing\td-p1\tHoàng Quốc Khánh\tChủ tịch UBND tỉnh\tNone\t{TEXT}",
    ]


def test_by_rule_alone_prints_each_rule_with_its_errors_in_context(tmp_path):
    """List-form predictions carry no rule: their errors go under `predictions`; `--by-rule` implies `--errors`."""
    gold_path, predicted_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    bare = {**PREDICTED, "entities": [[0, 18, "TITLE"], [19, 42, "PERSON"]]}
    predicted_path.write_text(json.dumps(bare, ensure_ascii=False) + "\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["eval", str(gold_path), "--predictions", str(predicted_path), "--by-rule"])
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    start = lines.index("predictions\tFP 1\tFN 2")
    assert lines[start + 1 : start + 6] == [
        "  FN\td-p1\tPROVINCE\tSơn La\tChủ tịch UBND tỉnh [Sơn La] Hoàng Quốc Khánh dự ngày 2/4.",
        "  FP\td-p1\tPERSON\tSơn La Hoàng Quốc Khánh\tChủ tịch UBND tỉnh [Sơn La Hoàng Quốc Khánh] dự ngày 2/4.",
        "  FN\td-p1\tPERSON\tHoàng Quốc Khánh\tChủ tịch UBND tỉnh Sơn La [Hoàng Quốc Khánh] dự ngày 2/4.",
        "(missed)\tFP 0\tFN 1",
        "  FN\td-p1\tDATE\tngày 2/4\tch UBND tỉnh Sơn La Hoàng Quốc Khánh dự [ngày 2/4].",
    ]


def test_json_by_rule_shape_and_stdout_stays_one_object(tmp_path):
    gold_path, predicted_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    predicted_path.write_text(json.dumps(PREDICTED, ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["eval", str(gold_path), "--predictions", str(predicted_path), "--json", "--errors", "--by-rule"]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)  # fails if anything else reached stdout
    assert set(data) == {"micro", "macro", "labels", "records", "by_rule"}
    assert list(data["by_rule"]) == ["persons:after_title", "dates:after_day_word"]
    group = data["by_rule"]["dates:after_day_word"]
    assert set(group) == {"false_positives", "false_negatives", "errors"}
    assert group["errors"][1] == {
        "kind": "FP", "id": "d-p1", "label": "DATE", "text": "2/4",
        "context": "ND tỉnh Sơn La Hoàng Quốc Khánh dự ngày [2/4].",
    }
    assert "dates:after_day_word\tFP 1\tFN 1" in done.stderr  # the listing goes to stderr


def test_wrong_labels_and_several_overlaps_go_to_the_rule_that_made_them():
    """An exact span with another label is the rule's FP and FN; an FN two predictions overlap goes to
    the leftmost (even when the record lists them out of order); nothing overlapping is `(missed)`."""
    from vnner.corpus import Record
    from vnner.entity import Entity

    gold = parse_record(GOLD)
    entities = [
        Entity.from_span(TEXT, 37, 42, "PERSON", source="persons:b"),  # "Khánh"
        Entity.from_span(TEXT, 19, 25, "PERSON", source="persons:bad_label"),  # "Sơn La", a PROVINCE
        Entity.from_span(TEXT, 26, 36, "PERSON", source="persons:a"),  # "Hoàng Quốc"
    ]
    predicted = Record("d-p1", TEXT, entities)
    grouped = errors_by_rule(score([gold], [predicted]).errors, [predicted])
    counts = {rule: (g["false_positives"], g["false_negatives"]) for rule, g in grouped.items()}
    assert counts == {"(missed)": (0, 2), "persons:a": (1, 1), "persons:bad_label": (1, 1), "persons:b": (1, 0)}
    assert list(grouped) == ["(missed)", "persons:a", "persons:bad_label", "persons:b"]
    assert [(e["kind"], e["label"], e["text"]) for e in grouped["persons:a"]["errors"]] == [
        ("FN", "PERSON", "Hoàng Quốc Khánh"), ("FP", "PERSON", "Hoàng Quốc")
    ]
    assert [(e["kind"], e["label"]) for e in grouped["persons:bad_label"]["errors"]] == [
        ("FN", "PROVINCE"), ("FP", "PERSON")
    ]
    assert [e["text"] for e in grouped["(missed)"]["errors"]] == ["Chủ tịch UBND tỉnh", "ngày 2/4"]


def test_no_errors_no_groups():
    gold = parse_record(GOLD)
    assert errors_by_rule(score([gold], [gold]).errors, [gold]) == {}


def test_by_rule_on_the_real_corpus_with_spans_deleted_shifted_and_relabelled(tmp_path):
    """The corpus scores 1.0 with the rules alone; break four of vnner's own predictions and every
    error must land under the rule of the span that was broken."""
    from pathlib import Path

    from vnner.corpus import load_records
    from vnner.pipeline import default_pipeline

    files = sorted((Path(__file__).resolve().parents[1] / "annotations" / "docs").glob("*.jsonl"))
    gold = load_records(files)
    pipeline = default_pipeline()
    docs = [pipeline.parse(r.text, model=None).to_dict() for r in gold]
    # entities only: roles and people point at entity indices, which the changes below would upset
    rows = [{"id": r.id, "text": d["text"], "entities": d["entities"]} for r, d in zip(gold, docs)]
    spans = [(row, span) for row in rows for span in row["entities"]]

    def first(label, words=1):
        return next((row, s) for row, s in spans if s["label"] == label and len(s["text"].split()) > words)

    expected: dict[str, tuple[int, int]] = {}
    row, person = first("PERSON")  # shifted end: the last word dropped -> FP and FN of its rule
    person["end"] = person["start"] + person["text"].rindex(" ")
    person["text"] = row["text"][person["start"] : person["end"]]
    expected[person["source"]] = (1, 1)
    row, province = first("PROVINCE", words=0)  # relabelled -> FP and FN of its rule
    province["label"] = "PERSON"
    expected[province["source"]] = (1, 1)
    row, title = first("TITLE")  # no source and a shifted start -> FP and FN of `predictions`
    del title["source"]
    title["start"] += title["text"].index(" ") + 1
    title["text"] = row["text"][title["start"] : title["end"]]
    expected["predictions"] = (1, 1)
    row, date = first("DATE", words=0)  # deleted -> an FN of `(missed)`
    row["entities"].remove(date)
    expected["(missed)"] = (0, 1)
    assert len({person["source"], province["source"], "predictions", "(missed)"}) == 4
    predicted_path = tmp_path / "pred.jsonl"
    predicted_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

    runner = CliRunner()
    args = ["eval", *map(str, files), "--predictions", str(predicted_path), "--by-rule"]
    done = runner.invoke(app, [*args, "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    counts = {rule: (g["false_positives"], g["false_negatives"]) for rule, g in data["by_rule"].items()}
    assert counts == expected
    assert list(counts)[-1] == "(missed)"  # the one rule with a single error comes last
    total = sum(len(r.entities) for r in gold)
    assert data["micro"]["support"] == total and data["micro"]["recall"] == round((total - 4) / total, 4)
    assert data["by_rule"]["(missed)"]["errors"][0]["text"] == date["text"]

    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    headers = [line for line in done.stdout.splitlines() if "\tFP " in line and not line.startswith(" ")]
    assert headers == [f"{rule}\tFP {fp}\tFN {fn}" for rule, (fp, fn) in counts.items()]
    assert f"  FN\t{row['id']}\tDATE\t{date['text']}\t" in done.stdout
