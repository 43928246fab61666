"""Language data of vnner: word lists and tables in this folder, read by one checked loader.

Every file is read here and nowhere else, so a bad entry is always reported the same way:
one line naming the file, the line and what is wrong (`vnner/data/dates.yaml:12: ...`).
A YAML file's top-level keys are listed with the kind of value each must hold; anything else
in the file, or a key missing, is an error too.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from vnner.config import ConfigError

DATA_DIR = Path(__file__).resolve().parent


class DataError(ConfigError):
    """A data file of `vnner/data/` is missing, unreadable or holds an entry vnner cannot use."""


def _where(path: Path, node: yaml.Node | None = None) -> str:
    shown = f"vnner/data/{path.name}" if path.parent == DATA_DIR else str(path)
    return f"{shown}:{node.start_mark.line + 1}" if node is not None else shown


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise DataError(f"{_where(path)}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise DataError(f"{_where(path)}: not UTF-8 ({error.reason} at byte {error.start})") from None


def _check(path: Path, key: str, kind: str, node: yaml.Node) -> None:
    """`words`: a list of non-empty strings; `text`: one non-empty string; `map`: string to string;
    `rows`: a list of mappings; `any`: not checked here (its reader checks it)."""
    def bad(at: yaml.Node, what: str) -> DataError:
        return DataError(f"{_where(path, at)}: {key}: {what}")

    def string(at: yaml.Node) -> None:
        if not isinstance(at, yaml.ScalarNode) or at.tag != "tag:yaml.org,2002:str" or not at.value:
            raise bad(at, f"expected a non-empty string, got {getattr(at, 'value', at.tag)!r}")

    if kind == "words":
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            raise bad(node, "expected a non-empty list of strings")
        for item in node.value:
            string(item)
    elif kind == "text":
        string(node)
    elif kind == "map":
        if not isinstance(node, yaml.MappingNode):
            raise bad(node, "expected a mapping of strings")
        for name, value in node.value:
            string(name)
            if not isinstance(value, yaml.ScalarNode) or value.tag != "tag:yaml.org,2002:str":
                raise bad(value, f"expected a string, got {value.value!r}")
    elif kind == "rows":
        if not isinstance(node, yaml.SequenceNode) or not all(isinstance(i, yaml.MappingNode) for i in node.value):
            raise bad(node, "expected a list of mappings")
    elif kind != "any":
        raise ValueError(f"unknown data kind {kind!r}")


# libyaml's parser where PyYAML was built with it (its wheels are): the tables load at every start.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(name: str | Path, schema: Mapping[str, str]) -> dict[str, Any]:
    """A YAML table, its top-level keys checked against `schema` (key -> kind, see `_check`)."""
    path = DATA_DIR / name
    try:
        root = yaml.compose(_read(path), Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise DataError(f"{_where(path)}{line}: invalid YAML: {getattr(error, 'problem', error)}") from None
    if not isinstance(root, yaml.MappingNode):
        raise DataError(f"{_where(path)}: expected a mapping at the top level")
    seen = set()
    for key_node, value_node in root.value:
        key = key_node.value
        if key not in schema:
            raise DataError(f"{_where(path, key_node)}: unknown key {key!r}; expected {', '.join(schema)}")
        _check(path, key, schema[key], value_node)
        seen.add(key)
    if missing := [k for k in schema if k not in seen]:
        raise DataError(f"{_where(path)}: missing {', '.join(missing)}")
    return _LOADER("").construct_document(root)


def rows_with_lines(name: str | Path, key: str) -> list[tuple[str, dict[str, Any]]]:
    """The mappings of list `key` in a YAML file, each with its `file:line`, for readers that check rows."""
    path = DATA_DIR / name
    root = yaml.compose(_read(path), Loader=_LOADER)
    node = next(v for k, v in root.value if k.value == key)
    data = load_yaml(name, {k.value: "rows" if k.value == key else "any" for k, _ in root.value})[key]
    return [(_where(path, item), row) for item, row in zip(node.value, data)]


def load_tsv(
    name: str | Path, columns: tuple[str, ...], required: int | None = None
) -> list[tuple[str, dict[str, str]]]:
    """Rows of a tab-separated table with a header line (`#` lines are comments), each with its
    `file:line`; the first `required` columns (all by default) must be non-empty."""
    path = DATA_DIR / name
    lines = [(n, line) for n, line in enumerate(_read(path).splitlines(), start=1) if not line.startswith("#")]
    if not lines or tuple(lines[0][1].split("\t")) != columns:
        raise DataError(f"{_where(path)}: expected a header line {' | '.join(columns)}")
    rows, shown = [], _where(path)
    for number, row in zip((n for n, _ in lines[1:]), csv.reader([line for _, line in lines[1:]], delimiter="\t")):
        if not row:
            continue
        where = f"{shown}:{number}"
        if len(row) > len(columns):
            raise DataError(f"{where}: {len(row)} columns, expected at most {len(columns)}")
        values = dict(zip(columns, row + [""] * (len(columns) - len(row))))
        if empty := [c for c in columns[: required or len(columns)] if not values[c].strip()]:
            raise DataError(f"{where}: empty {', '.join(empty)}")
        rows.append((where, values))
    return rows


def load_lines(name: str) -> tuple[str, ...]:
    """A list with one entry a line; `#` lines and blank lines are skipped."""
    return tuple(s.strip() for s in _read(DATA_DIR / name).splitlines() if s.strip() and not s.startswith("#"))
