"""Label Studio round trip: vnner records as import tasks (spans, and roles as relations), and a
Label Studio JSON export back to guideline records, validated like the corpus.

Shapes follow Label Studio's documented task format: a task is `{"data": {"text", "id"},
"predictions" | "annotations": [{"result": [...]}]}`; a span is a `labels` result
`{"id", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start", "end",
"text", "labels": [LABEL]}}` and a role is two `relation` results, PERSON -holds-> TITLE and
TITLE -of-> PROVINCE. Offsets in Label Studio count UTF-16 code units (JavaScript strings), so
they are converted both ways. A PERSON's person key travels in its region's `meta.text` as
`person: KEY` (the labeling config, `vnner/data/labelstudio.xml`, says so).
"""

from __future__ import annotations

from typing import Any

from vnner.corpus import Record, parse_record
from vnner.data import DATA_DIR

FROM_NAME, TO_NAME = "label", "text"
HOLDS, OF = "holds", "of"
PERSON_META = "person: "


class LabelStudioError(ValueError):
    """A task that cannot be mapped to a guideline record; the message names the task."""


def labeling_config() -> str:
    return (DATA_DIR / "labelstudio.xml").read_text(encoding="utf-8")


def _utf16_offsets(text: str) -> list[int]:
    """UTF-16 offset of every code point index 0..len(text): a character past U+FFFF counts two."""
    offsets, units = [0], 0
    for char in text:
        units += 2 if ord(char) > 0xFFFF else 1
        offsets.append(units)
    return offsets


def result_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Label Studio results for one guideline record (entities as dicts or `[start, end, label]`)."""
    text, results = record["text"], []
    units = _utf16_offsets(text)
    people = record.get("people") or {}
    for index, entity in enumerate(record["entities"]):
        start, end, label = (entity["start"], entity["end"], entity["label"]) if isinstance(entity, dict) else entity
        region = {
            "id": f"e{index}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {
                "start": units[start], "end": units[end], "text": text[start:end], "labels": [label]
            },
        }
        if isinstance(entity, dict) and "score" in entity:
            region["score"] = entity["score"]
        if str(index) in people:
            region["meta"] = {"text": [PERSON_META + people[str(index)]]}
        results.append(region)
    links = set()
    for person, title, province in record.get("roles") or ():
        links.add((person, title, HOLDS))
        if province is not None:
            links.add((title, province, OF))
    for source, target, kind in sorted(links):
        results.append({"from_id": f"e{source}", "to_id": f"e{target}", "type": "relation", "direction": "right",
                        "labels": [kind]})
    return results


def to_task(record: dict[str, Any], model_version: str | None = None) -> dict[str, Any]:
    """An import task: vnner's spans as `predictions` (with a model version), or, for gold
    records (`model_version=None`), as `annotations`."""
    data = {"text": record["text"], "id": record["id"], **({"meta": record["meta"]} if record.get("meta") else {})}
    block = {"result": result_of(record)}
    if model_version is None:
        return {"data": data, "annotations": [block]}
    return {"data": data, "predictions": [{**block, "model_version": model_version}]}


def from_task(task: dict[str, Any]) -> Record:
    """The guideline record of one exported task: its latest annotation that was not cancelled."""
    name = f"task {task.get('id', '?')}" if isinstance(task, dict) else "a task"
    try:
        return _record(task)
    except (LabelStudioError, ValueError, KeyError, TypeError) as error:
        detail = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise LabelStudioError(f"{name}: {detail}") from None


def _record(task: dict[str, Any]) -> Record:
    data = task["data"]
    text, record_id = data["text"], str(data.get("id") or task["id"])
    annotations = [a for a in task.get("annotations") or () if not a.get("was_cancelled")]
    if not annotations:
        raise LabelStudioError("no annotation that was not cancelled")
    latest = max(annotations, key=lambda a: (a.get("updated_at") or "", a.get("id") or 0))
    regions, relations = [], []
    for item in latest["result"]:
        if item.get("type") == "relation":
            relations.append(item)
        elif item.get("type") == "labels" and item.get("from_name") == FROM_NAME:
            regions.append(item)
        else:
            raise LabelStudioError(f"result {item.get('id')!r}: type {item.get('type')!r} is not vnner's")
    index_of_units = {units: index for index, units in enumerate(_utf16_offsets(text))}
    spans = []
    for item in regions:
        value = item["value"]
        if len(value["labels"]) != 1:
            raise LabelStudioError(f"region {item['id']!r}: {len(value['labels'])} labels, expected one")
        start, end = index_of_units.get(value["start"], -1), index_of_units.get(value["end"], -1)
        if start < 0 or end < 0:
            raise LabelStudioError(f"region {item['id']!r}: offsets {value['start']}-{value['end']} cut a character")
        spans.append((start, end, value["labels"][0], item))
    spans.sort(key=lambda s: (s[0], s[1]))
    index_of = {item["id"]: index for index, (*_, item) in enumerate(spans)}
    holds, of = [], {}
    for relation in relations:
        source, target = relation["from_id"], relation["to_id"]
        if source not in index_of or target not in index_of:
            raise LabelStudioError(f"relation {source!r} -> {target!r}: no such region")
        kind = (relation.get("labels") or [""])[0]
        if kind == HOLDS:
            holds.append((index_of[source], index_of[target]))
        elif kind == OF:
            if of.setdefault(index_of[source], index_of[target]) != index_of[target]:
                raise LabelStudioError(f"region {source!r}: `of` two provinces")
        else:
            raise LabelStudioError(f"relation {source!r} -> {target!r}: label {kind!r}, expected holds or of")
    people = {}
    for index, (_, _, label, item) in enumerate(spans):
        notes = [n for n in (item.get("meta") or {}).get("text", []) if n.startswith(PERSON_META)]
        if label == "PERSON" and notes:
            people[str(index)] = notes[-1][len(PERSON_META) :]
    persons = [i for i, (_, _, label, _) in enumerate(spans) if label == "PERSON"]
    if people and len(people) != len(persons):
        missing = [spans[i][3]["id"] for i in persons if str(i) not in people]
        raise LabelStudioError(f"regions {', '.join(map(repr, missing))}: PERSON without `{PERSON_META}KEY`")
    record = {
        "id": record_id, "text": text, "entities": [[s, e, label] for s, e, label, _ in spans],
        "roles": sorted([p, t, of.get(t)] for p, t in holds),
    }
    if people or not persons:  # no PERSON: nothing to key; PERSONs without keys: says nothing of people
        record["people"] = people
    if data.get("meta"):
        record["meta"] = data["meta"]
    return parse_record(record)


def from_export(tasks: Any) -> list[Record]:
    if not isinstance(tasks, list):
        raise LabelStudioError("a Label Studio JSON export is a list of tasks")
    return [from_task(task) for task in tasks]
