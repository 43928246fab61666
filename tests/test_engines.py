"""The README's recipes for engines beyond one machine, run for real: `datasets` with two worker
processes and Ray Data on a local cluster (actors that load the model once each). Their JSON
output is read by `vnner eval --predictions` as it is and holds the same entities and roles as
the single-process batch (`vnner extract --input`) on the same input."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnner.cli import app
from vnner.engines import BatchExtractor, entity_row, map_batch, prediction_files

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "annotations" / "docs").glob("*.jsonl"))[:2]  # gold entities, roles and people


def gold_rows() -> list[dict]:
    return [json.loads(line) for path in GOLD for line in path.read_text(encoding="utf-8").splitlines()]


def single_process(tmp_path: Path) -> dict[str, dict]:
    """`vnner extract --input` on the gold records: {id: record}."""
    output = tmp_path / "single.jsonl"
    source = tmp_path / "gold.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_rows()), encoding="utf-8")
    done = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(output), "--no-progress"])
    assert done.exit_code == 0, done.output
    return {r["id"]: r for r in map(json.loads, output.read_text(encoding="utf-8").splitlines())}


def engine_rows(output: Path) -> dict[str, dict]:
    rows = [json.loads(line) for path in prediction_files(output) for line in path.read_text("utf-8").splitlines()]
    return {r["id"]: r for r in rows}


def assert_same_as_single_process(rows: dict[str, dict], single: dict[str, dict]) -> None:
    assert sorted(rows) == sorted(single)
    for record_id, row in rows.items():
        expected = single[record_id]
        assert row["text"] == expected["text"]
        for entity, wanted in zip(row["entities"], expected["entities"], strict=True):
            value = None if entity["value"] is None else json.loads(entity["value"])
            assert {**entity, "value": value} == {"value": None, **wanted}
        assert [list(role) for role in row["roles"]] == expected["roles"]
        assert "people" not in row


def eval_json(*argv: str) -> dict:
    done = CliRunner().invoke(app, ["eval", *map(str, GOLD), *argv, "--json"])
    assert done.exit_code == 0, done.output
    return json.loads(done.stdout)


def assert_eval_reads_it_as_vnner_scores(predictions: Path) -> None:
    scored, direct = eval_json("--predictions", str(predictions)), eval_json("--rules-only")
    assert scored["micro"] == direct["micro"] and scored["roles"] == direct["roles"]
    assert "people" not in scored and direct["people"]["support"] > 0  # engines leave people to extract


def test_entity_row_keeps_every_field_and_stores_the_value_as_json_text():
    from vnner import extract

    (entity,) = extract("tỉnh Sơn La")
    row = entity_row(entity)
    assert json.loads(row["value"]) == entity.value and {**row, "value": entity.value} == entity.to_dict()
    (title,) = extract("Chủ tịch nước")  # no value: the field is there all the same (one shape)
    assert title.value is None and entity_row(title)["value"] is None and set(entity_row(title)) == set(row)


def test_datasets_map_with_two_processes(tmp_path):
    datasets = pytest.importorskip("datasets")
    single = single_process(tmp_path)
    ds = datasets.load_dataset("json", data_files=[str(p) for p in GOLD], split="train", cache_dir=str(tmp_path / "c"))
    ds = ds.remove_columns(["entities", "roles", "people"])  # the recipe's input: id and text
    mapped = ds.map(map_batch, batched=True, batch_size=8, num_proc=2)
    output = tmp_path / "entities.jsonl"
    mapped.to_json(str(output), force_ascii=False)
    assert_same_as_single_process(engine_rows(output), single)
    assert_eval_reads_it_as_vnner_scores(output)


def test_batch_extractor_drops_gold_columns_and_keeps_the_others():
    extractor = BatchExtractor(model=None)
    batch = {"id": ["a"], "text": ["tỉnh Sơn La"], "entities": [[]], "people": [{}], "source": ["x.txt"]}
    pytest.importorskip("pyarrow")
    out = extractor(batch).to_pydict()
    assert set(out) == {"id", "text", "source", "entities", "roles"} and out["source"] == ["x.txt"]
    assert [e["text"] for e in out["entities"][0]] == ["Sơn La"] and out["roles"] == [[]]


class CountingExtractor(BatchExtractor):
    """Notes the process each actor loads in, so the test can count loads against batches."""

    def __init__(self, log: str, **kwargs) -> None:
        super().__init__(**kwargs)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        self.batches = 0

    def __call__(self, batch):
        self.batches += 1
        return super().__call__(batch)


@pytest.fixture(scope="module")
def ray_cluster():
    ray = pytest.importorskip("ray", reason="the cluster extra: pip install 'vnner[cluster]'")
    # A local cluster; logical CPUs leave room for the read and write tasks beside two actors.
    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/
    yield ray
    ray.shutdown()


def test_ray_data_map_batches_with_two_actors(tmp_path, ray_cluster):
    ray = ray_cluster
    single = single_process(tmp_path)
    log = tmp_path / "loads.txt"
    output = tmp_path / "entities"
    source = tmp_path / "docs.jsonl"  # the recipe's input: id and text
    source.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in gold_rows()), "utf-8")
    ds = ray.data.read_json(str(source))
    ds.map_batches(
        CountingExtractor,
        fn_constructor_kwargs={"log": str(log), "model": None},
        compute=ray.data.ActorPoolStrategy(size=2),
        batch_size=4,
    ).write_json(str(output))
    rows = engine_rows(output)
    assert len(prediction_files(output)) >= 1
    assert_same_as_single_process(rows, single)
    loads = log.read_text(encoding="utf-8").split()
    assert len(loads) == len(set(loads)) <= 2  # once per actor process, not once per batch
    assert len(rows) > 4 * len(loads)  # so several batches went through each load
    assert_eval_reads_it_as_vnner_scores(output)
