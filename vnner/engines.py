"""Per-batch functions for engines beyond one machine: Hugging Face `datasets`, Ray Data, Spark.

Every engine runs the same function on a batch of rows (`{"id": [...], "text": [...]}`) and sets
two columns in the guideline format: `entities` (per row, entity dicts of one fixed shape) and
`roles` (`[person, title, province_or_null]`). These engines store a column with one Arrow type,
so `value`, which varies by label (a dict for PROVINCE and MONEY, a string for DATE), is stored
as its JSON text (`json.loads` gives it back; null where there is none), and `people` (an
object whose keys vary by row) is left out: `vnner extract --input` writes it. What the engines'
JSON writers emit (`Dataset.to_json`, `ray.data.Dataset.write_json`, Spark's `write.json`; one
file or a folder of part files) is read by `vnner eval --predictions` as it is. Input columns
named `entities`, `roles` or `people` (say, gold annotations) are replaced or dropped.

    ds = datasets.load_dataset("json", data_files="corpus.jsonl", split="train")
    ds.map(map_batch, batched=True, batch_size=64, num_proc=8).to_json("entities.jsonl", force_ascii=False)

    ray.data.read_json("corpus.jsonl").map_batches(
        BatchExtractor, fn_constructor_kwargs={"model": "default"},
        compute=ray.data.ActorPoolStrategy(size=8), batch_size=64,
    ).write_json("entities/")

Each worker builds the pipeline (and loads a model) once: `datasets` workers through the
per-process caches of `vnner.pipeline`, Ray actors in `BatchExtractor.__init__`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from vnner.doc import Doc
from vnner.entity import Entity

ParseBatch = Callable[[list[str]], list[Doc]]
ANNOTATIONS = ("entities", "roles", "people")  # the columns these functions own


def extract_each(texts: list[str]) -> list[list[Entity]]:
    """The embedded default on a list of texts (a model, where one ships, sees the whole batch)."""
    from vnner.pipeline import extract

    return extract(list(texts))


def parse_each(texts: list[str]) -> list[Doc]:
    """`extract_each`, as `Doc`s with their roles and people."""
    from vnner.pipeline import default_pipeline

    return default_pipeline().parse_all(list(texts))


def entity_row(entity: Entity) -> dict[str, Any]:
    """`Entity.to_dict()` with `value` as JSON text: one Arrow type for every label."""
    row = entity.to_dict()
    row["value"] = None if entity.value is None else json.dumps(entity.value, ensure_ascii=False)
    return row


def map_batch(batch: dict[str, Sequence[Any]], parse_batch: ParseBatch = parse_each) -> dict[str, list]:
    """`Dataset.map(batched=True)` function: the `entities` and `roles` columns for `batch["text"]`."""
    docs = parse_batch([str(text) for text in batch["text"]])
    return {
        "entities": [[entity_row(e) for e in doc.ents] for doc in docs],
        "roles": [doc.to_dict()["roles"] for doc in docs],
    }


class BatchExtractor:
    """A callable class for Ray Data's `map_batches(BatchExtractor, compute=ActorPoolStrategy(size=N))`:
    each actor loads the model once, in `__init__`, and keeps the other input columns in its output."""

    def __init__(self, model: str | None = "default", quantize: bool = False) -> None:
        from vnner.pipeline import default_pipeline, load_tagger

        self.pipeline = default_pipeline()
        self.tagger = load_tagger(model, quantize)

    def parse(self, texts: list[str]) -> list[Doc]:
        return self.pipeline.parse_all(texts, model=self.tagger)

    def __call__(self, batch: dict[str, Any]):
        """A `pyarrow.Table` (Ray Data's own dependency) with role indices typed as integers in Ray's
        blocks. Ray's JSON writer still goes through pandas, which writes `[4, 2, null]` as
        `[4.0, 2.0, null]`; the guideline loader reads those as integers."""
        import pyarrow as pa

        mapped = map_batch(batch, self.parse)
        columns = {name: column for name, column in batch.items() if name not in ANNOTATIONS}
        columns["entities"] = pa.array(mapped["entities"])
        columns["roles"] = pa.array(mapped["roles"], type=pa.list_(pa.list_(pa.int64())))
        return pa.Table.from_pydict(columns)


def prediction_files(path: Path) -> list[Path]:
    """`path` itself, or the JSON-lines part files an engine wrote into the folder `path`."""
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl") and not p.name.startswith((".", "_")))
