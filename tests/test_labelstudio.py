"""Label Studio round trip: the corpus as tasks, in the shape Label Studio exports, back to the
same records; pre-annotation from `vnner extract`; one-line errors naming the task."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnner.cli import app
from vnner.corpus import load_records
from vnner.entity import LABELS
from vnner.labelstudio import LabelStudioError, from_export, labeling_config, to_task

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "annotations" / "docs").glob("*.jsonl"))
FILES = CORPUS + sorted((ROOT / "tests" / "data").glob("invented_[f-m].jsonl"))  # the sets with roles and people


def exported(tasks: list[dict]) -> list[dict]:
    """What Label Studio's JSON export gives for imported tasks once annotated: ids added."""
    return [
        {"id": n, "data": t["data"], "annotations": [{"id": 100 + n, "was_cancelled": False, **t["annotations"][0]}]}
        for n, t in enumerate(tasks, start=1)
    ]


def same_person_groups(record) -> set[frozenset[int]]:
    groups: dict[str, set[int]] = {}
    for index, key in (record.people or {}).items():
        groups.setdefault(key, set()).add(index)
    return {frozenset(g) for g in groups.values()}


def test_corpus_to_tasks_to_export_to_corpus_gives_the_same_records():
    records = load_records(FILES)
    tasks = [to_task(json.loads(r.to_json())) for r in records]
    back = from_export(json.loads(json.dumps(exported(tasks))))
    assert len(back) == len(records) > 500
    for before, after in zip(records, back):
        assert (after.id, after.text) == (before.id, before.text)
        assert [e.key for e in after.entities] == [e.key for e in before.entities]
        assert sorted(after.roles) == sorted(before.roles)
        assert after.people == before.people  # keys travel in the PERSON regions' meta
        assert after.meta == before.meta


def test_offsets_are_utf16_in_label_studio_and_code_points_here():
    record = {"id": "x-1", "text": "🇻🇳 tỉnh Sơn La", "entities": [[8, 14, "PROVINCE"]], "roles": []}
    task = to_task(record)
    region = task["annotations"][0]["result"][0]
    assert (region["value"]["start"], region["value"]["end"]) == (10, 16)  # two flag letters: 4 UTF-16 units
    (back,) = from_export(exported([task]))
    assert [(e.start, e.end, e.text) for e in back.entities] == [(8, 14, "Sơn La")]


def broken(change) -> list[dict]:
    record = {"id": "x-1", "text": "Chủ tịch UBND tỉnh Sơn La Hoàng Quốc Khánh phát biểu.",
              "entities": [[0, 18, "TITLE"], [19, 25, "PROVINCE"], [26, 42, "PERSON"]], "roles": [[2, 0, 1]],
              "people": {"2": "Khánh"}}
    tasks = exported([to_task(record)])
    change(tasks[0])
    return tasks


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.update(annotations=[]), "task 1: no annotation"),
        (lambda t: t["annotations"][0].update(was_cancelled=True), "task 1: no annotation"),
        (lambda t: t["annotations"][0]["result"][-1].update(labels=["friend"]), "label 'friend', expected holds or of"),
        (lambda t: t["annotations"][0]["result"][-1].update(to_id="e9"), "relation 'e2' -> 'e9': no such region"),
        (lambda t: t["annotations"][0]["result"][0]["value"].update(labels=["ORG"]), "unknown label 'ORG'"),
        (lambda t: t["annotations"][0]["result"][0]["value"].update(end=30), "overlap"),
        (lambda t: t["data"].pop("text"), "task 1: missing 'text'"),
    ],
)
def test_what_cannot_be_mapped_is_one_error_naming_the_task(change, message):
    with pytest.raises(LabelStudioError, match=message):
        from_export(broken(change))


def test_extract_pre_annotates_tasks_and_import_reads_an_export_back(tmp_path):
    source, tasks_file = tmp_path / "docs.jsonl", tmp_path / "tasks.json"
    text = "Bí thư, Tỉnh trưởng tỉnh Sekong Leklay Sivilay tiếp đoàn."
    source.write_text(json.dumps({"id": "d-1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    args = ["extract", "--input", str(source), "--output", str(tasks_file), "--format", "labelstudio", "--no-progress"]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    (task,) = json.loads(tasks_file.read_text(encoding="utf-8"))
    prediction = task["predictions"][0]
    assert task["data"] == {"text": text, "id": "d-1"} and prediction["model_version"].startswith("vnner ")
    labels = [r["value"]["labels"][0] for r in prediction["result"] if r["type"] == "labels"]
    relations = [(r["from_id"], r["to_id"], r["labels"][0]) for r in prediction["result"] if r["type"] == "relation"]
    assert labels == ["TITLE", "TITLE", "PROVINCE", "PERSON"]
    assert sorted(relations) == [("e0", "e2", "of"), ("e1", "e2", "of"), ("e3", "e0", "holds"), ("e3", "e1", "holds")]
    export = tmp_path / "export.json"  # an annotator accepts the prediction as it is
    export.write_text(json.dumps([{"id": 7, "data": task["data"], "annotations": [{"result": prediction["result"]}]}]))
    corpus = tmp_path / "corpus.jsonl"
    done = runner.invoke(app, ["corpus", "import", "labelstudio", str(export), "--output", str(corpus)])
    assert done.exit_code == 0, done.output
    assert runner.invoke(app, ["corpus", "validate", str(corpus)]).exit_code == 0
    (record,) = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert record["roles"] == [[3, 0, 2], [3, 1, 2]] and record["entities"][3] == [32, 46, "PERSON"]


def test_import_names_the_task_it_cannot_map(tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(broken(lambda t: t.update(annotations=[]))), encoding="utf-8")
    done = CliRunner().invoke(app, ["corpus", "import", "labelstudio", str(export), "--output", str(tmp_path / "o")])
    assert done.exit_code == 2
    assert done.output.strip() == f"error: {export}: task 1: no annotation that was not cancelled"


def test_the_labeling_config_has_the_five_labels_and_the_two_relations():
    root = ElementTree.fromstring(labeling_config())
    assert [label.get("value") for label in root.iter("Label")] == list(LABELS)
    assert [relation.get("value") for relation in root.iter("Relation")] == ["holds", "of"]
    assert CliRunner().invoke(app, ["corpus", "labelstudio-config"]).stdout == labeling_config()
