"""Evidence tables: how sure a component is of a candidate span, as ordered rows of data.

A table (`vnner/data/evidence/*.yaml`) is a list of rows, read top to bottom; the first row
whose `form` (when given) includes the candidate's form and whose tests (`if`, each a test
name, `not NAME` for its negation) all hold decides: its `score`, or `reject`. No row: reject.
The row's `id` becomes the span's rule (`Entity.source` is `component:id`), so an error can
be traced to the row that made it. Tests are named functions of the component, evaluated
lazily (a row stops at its first failing test) and at most once per candidate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from vnner.data import DataError, rows_with_lines

Test = Callable[[Any], bool]


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    forms: frozenset[str] | None
    tests: tuple[tuple[str, bool], ...]  # (test name, required value)
    score: float | None  # None: reject


class Evidence:
    def __init__(self, rows: tuple[Row, ...], tests: Mapping[str, Test]):
        self.rows = rows
        # rows as (forms, ((test index, wanted), ...), verdict): `judge` runs for every candidate
        names = sorted({name for row in rows for name, _ in row.tests})
        index = {name: i for i, name in enumerate(names)}
        self._functions = tuple(tests[name] for name in names)
        self._compiled = tuple(
            (row.forms, tuple((index[name], wanted) for name, wanted in row.tests),
             None if row.score is None else (row.id, row.score))
            for row in rows
        )

    @classmethod
    def load(cls, name: str, tests: Mapping[str, Test], forms: frozenset[str] = frozenset()) -> Evidence:
        """Reads table `name`; every test and form it names must be one the component knows."""
        rows, ids = [], set()
        for where, raw in rows_with_lines(name, "rules"):
            rows.append(_row(where, raw, tests, forms))
            if rows[-1].id in ids:
                raise DataError(f"{where}: rule id {rows[-1].id!r} is used twice")
            ids.add(rows[-1].id)
        return cls(tuple(rows), tests)

    def judge(self, candidate: Any, form: str | None = None) -> tuple[str, float] | None:
        """(rule id, score) of the first row that holds for `candidate`, or None when rejected."""
        functions = self._functions
        memo: list[bool | None] = [None] * len(functions)
        for forms, tests, verdict in self._compiled:
            if forms is not None and form not in forms:
                continue
            for i, wanted in tests:
                value = memo[i]
                if value is None:
                    value = memo[i] = bool(functions[i](candidate))
                if value is not wanted:
                    break
            else:
                return verdict
        return None


def _row(where: str, raw: dict[str, Any], tests: Mapping[str, Test], forms: frozenset[str]) -> Row:
    unknown = set(raw) - {"id", "form", "if", "score"}
    if unknown or not isinstance(raw.get("id"), str) or "score" not in raw:
        raise DataError(f"{where}: a rule needs `id` and `score` (and may have `form`, `if`); got {sorted(raw)}")
    score = raw["score"]
    if score != "reject" and not (isinstance(score, int | float) and 0 < score <= 1):
        raise DataError(f"{where}: rule {raw['id']}: score must be in (0, 1] or `reject`, got {score!r}")
    conditions = []
    for test in raw.get("if", []):
        name = test.removeprefix("not ") if isinstance(test, str) else test
        if name not in tests:
            raise DataError(f"{where}: rule {raw['id']}: unknown test {test!r} (known: {', '.join(sorted(tests))})")
        conditions.append((name, not test.startswith("not ")))
    row_forms = raw.get("form")
    if row_forms is not None and (not isinstance(row_forms, list) or set(row_forms) - forms):
        raise DataError(f"{where}: rule {raw['id']}: form must be a list of {', '.join(sorted(forms))}")
    return Row(raw["id"], frozenset(row_forms) if row_forms else None, tuple(conditions),
               None if score == "reject" else float(score))
