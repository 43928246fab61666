"""The `vnner` command line: extract, eval, corpus validate/stats."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from vnner.config import ConfigError
from vnner.corpus import CorpusError, Record, load_records
from vnner.entity import LABELS, Entity
from vnner.evaluate import Report, score
from vnner.pipeline import extract
from vnner.tokens import tokenize

app = typer.Typer(help="Named-entity recognition for Vietnamese official news.", no_args_is_help=True)
corpus_app = typer.Typer(help="Check and describe annotated JSONL files.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")

PathsArgument = Annotated[list[Path], typer.Argument(help="JSONL files in the guideline format.")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


def _load(paths: list[Path], **kwargs) -> list[Record]:
    try:
        return load_records(paths, **kwargs)
    except CorpusError as error:
        raise _fail(str(error)) from None


def _entity_line(entity: Entity) -> str:
    value = "" if entity.value is None else "\t" + json.dumps(entity.value, ensure_ascii=False)
    return f"{entity.label}\t{entity.start}-{entity.end}\t{entity.text}\t{entity.score:.2f}{value}"


@app.command("extract")
def extract_command(
    text: Annotated[str | None, typer.Argument(help="Text to analyse; read from standard input if omitted.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entities as a JSON list.")] = False,
) -> None:
    """Find PERSON, PROVINCE, TITLE, DATE and MONEY entities in a text."""
    if text is None:
        text = sys.stdin.read()
    entities = extract(text)
    if as_json:
        typer.echo(json.dumps([e.to_dict() for e in entities], ensure_ascii=False))
    else:
        for entity in entities:
            typer.echo(_entity_line(entity))


def _print_table(report: Report) -> None:
    typer.echo(f"{'label':<10}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    rows = [*report.labels.items(), ("micro avg", report.micro), ("macro avg", report.macro)]
    for name, row in rows:
        typer.echo(
            f"{name:<10}{row['precision']:>10.4f}{row['recall']:>10.4f}{row['f1']:>10.4f}{row['support']:>10}"
        )
    typer.echo(f"records: {report.records}")


@app.command("eval")
def eval_command(
    data: PathsArgument,
    predictions: Annotated[
        Path | None, typer.Option(help="Score this JSONL of predictions instead of running vnner.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print exactly one JSON object.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every false positive and negative.")] = False,
) -> None:
    """Score entities against gold spans: seqeval, entity level, strict IOB2."""
    gold = _load(data)
    if predictions is not None:
        predicted = _load([predictions], gold=False, source="predictions")
    else:
        predicted = [Record(r.id, r.text, extract(r.text), r.meta) for r in gold]
    try:
        report = score(gold, predicted)
    except ValueError as error:
        raise _fail(str(error)) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        _print_table(report)
    if errors:
        stream_is_err = as_json  # keep stdout one JSON object
        for error in report.errors:
            line = f"{error.kind}\t{error.record_id}\t{error.entity.label}\t{error.entity.text}\t{error.context}"
            typer.echo(line, err=stream_is_err)


@corpus_app.command("validate")
def validate_command(paths: PathsArgument) -> None:
    """Check every record; the first problem is reported with file, line and record id."""
    for path in paths:
        records = _load([path])
        entities = sum(len(r.entities) for r in records)
        typer.echo(f"ok\t{path}\t{len(records)} records\t{entities} entities")


@corpus_app.command("stats")
def stats_command(paths: PathsArgument) -> None:
    """Records, tokens and entities per label, per document and in total."""
    records = _load(paths)
    per_document: dict[str, Counter] = {}
    for record in records:
        counts = per_document.setdefault(record.document, Counter())
        counts["records"] += 1
        counts["tokens"] += len(tokenize(record.text))
        counts.update(e.label for e in record.entities)
    columns = ["records", "tokens", *LABELS]
    typer.echo("document".ljust(24) + "".join(c.rjust(10) for c in columns))
    total: Counter = Counter()
    for document, counts in sorted(per_document.items()):
        total.update(counts)
        typer.echo(document.ljust(24) + "".join(str(counts[c]).rjust(10) for c in columns))
    typer.echo("total".ljust(24) + "".join(str(total[c]).rjust(10) for c in columns))


def main() -> None:
    try:
        app()
    except (ConfigError, CorpusError) as error:
        typer.echo(f"error: {error}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
