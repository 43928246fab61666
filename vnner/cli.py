"""The `vnner` command line: extract, eval, corpus validate/stats."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from vnner.batch import dumps, extract_file, guideline_fields, hf_fields
from vnner.config import ConfigError
from vnner.corpus import CorpusError, Record, load_records, read_jsonl
from vnner.doc import Doc
from vnner.engines import prediction_files
from vnner.entity import LABELS, Entity
from vnner.evaluate import Report, errors_by_rule, score
from vnner.evaluate_links import predict, role_errors, score_people, score_roles
from vnner.model.errors import ModelError
from vnner.pipeline import default_pipeline
from vnner.render import render_errors_html, render_html
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
    """One printable line; a lone surrogate in the text is shown as U+FFFD (offsets are unchanged)."""
    value = "" if entity.value is None else "\t" + json.dumps(entity.value, ensure_ascii=False)
    text = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in entity.text)
    return f"{entity.label}\t{entity.start}-{entity.end}\t{text}\t{entity.score:.2f}{value}"


ModelOption = Annotated[
    str,
    typer.Option("--model", help="Model directory or hub id; 'default' is the embedded default."),
]
RulesOnlyOption = Annotated[bool, typer.Option("--rules-only", help="Run the rule layer alone, no model.")]
QuantizeOption = Annotated[bool, typer.Option("--quantize", help="Run the model with dynamic int8 weights.")]


def parse_texts(texts: list[str], **options) -> list:
    """`Doc`s of the default pipeline (module level: batch workers receive it pickled)."""
    return default_pipeline().parse_all(texts, **options)


def parse_document_texts(texts: list[str], **options) -> list:
    """`Doc`s of the records of one document, read together (`Pipeline.parse_document`)."""
    return default_pipeline().parse_document(texts, **options)


def _extractor(
    model: str, rules_only: bool, quantize: bool, document_date: dt.date | None = None, documents: bool = False
):
    """A picklable `list[str] -> list[Doc]` (batch workers receive it once each)."""
    options = {"model": None if rules_only else model, "quantize": quantize, "document_date": document_date}
    return partial(parse_document_texts if documents else parse_texts, **options)


FORMATS = ("text", "json", "hf", "labelstudio")


def _date(value: str | None) -> dt.date | None:
    try:
        return None if value is None else dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2024-04-02") from None


@app.command("extract")
def extract_command(
    text: Annotated[str | None, typer.Argument(help="Text to analyse; standard input if omitted.")] = None,
    input_path: Annotated[Path | None, typer.Option("--input", help="Text file (blank-line blocks) or JSONL.")] = None,
    output: Annotated[Path | None, typer.Option(help="JSONL to append results to (needed with --input).")] = None,
    errors_file: Annotated[
        Path | None, typer.Option(help="Failed records, one JSON line each.", show_default="OUTPUT.errors.jsonl")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes on this machine.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Texts per model batch.")] = 32,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="Hide the progress bar.")] = False,
    html: Annotated[Path | None, typer.Option(help="Also write a self-contained HTML page.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="text (lines; one text only), json (the guideline record: entities, roles, people), "
            "hf (Hugging Face pipeline('ner', aggregation_strategy='simple') dicts), labelstudio (with "
            "--input: a JSON list of Label Studio import tasks, vnner's spans and roles as predictions). "
            "[default: text, or json with --input]",
            show_default=False,
        ),
    ] = None,
    document_date: Annotated[
        str | None, typer.Option(help="YYYY-MM-DD: gives `ngày 2-4` and the like their year.")
    ] = None,
    documents: Annotated[
        bool,
        typer.Option(
            "--documents",
            help="With a JSONL --input: read the records of one document (ids sharing the part before the "
            "last '-') together, so a person named in full in one is found by the given name in the next.",
        ),
    ] = False,
    model: ModelOption = "default",
    rules_only: RulesOnlyOption = False,
    quantize: QuantizeOption = False,
) -> None:
    """Find PERSON, PROVINCE, TITLE, DATE and MONEY entities in a text or a whole file."""
    if documents and (input_path is None or input_path.suffix != ".jsonl"):
        raise _fail("--documents needs a JSONL --input (its record ids say which document each is of)")
    extract_batch = _extractor(model, rules_only, quantize, _date(document_date), documents)
    chosen = output_format or ("json" if as_json or input_path is not None else "text")
    if chosen not in FORMATS:
        raise typer.BadParameter(f"{chosen!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if input_path is not None:
        if output is None:
            raise _fail("--input needs --output FILE.jsonl")
        if output.resolve() == input_path.resolve():
            raise _fail(f"{output}: --output is the --input file; nothing was written")
        if chosen == "hf" and html is not None:
            raise _fail("--html draws the guideline format; leave out --format hf")
        fields = hf_fields if chosen == "hf" else guideline_fields
        progress = not no_progress
        target = output.with_name(output.name + ".partial.jsonl") if chosen == "labelstudio" else output
        _extract_file(
            input_path, target, errors_file, extract_batch, workers, batch_size, progress, html, fields, documents
        )
        if chosen == "labelstudio":
            _write_tasks(target, output)
        return
    if chosen == "labelstudio":
        raise _fail("--format labelstudio writes a task file: it goes with --input FILE --output tasks.json")
    if output is not None or errors_file is not None:
        raise _fail("--output and --errors-file go with --input FILE")
    if text is None:
        text = sys.stdin.read()
    doc = _run_model(extract_batch, [text])[0]
    if html is not None:
        html.write_text(render_html([("text", doc)], title="vnner"), encoding="utf-8", errors="replace")
    if chosen == "hf":
        typer.echo(dumps([e.to_hf() for e in doc.ents]))
    elif chosen == "json":
        typer.echo(dumps(doc.to_dict()))
    else:
        for entity in doc.ents:
            typer.echo(_entity_line(entity))
        for role in doc.roles:
            province = f" ({role.province.text})" if role.province else ""
            typer.echo(f"ROLE\t{role.person.text}\t{role.title.text}{province}")


def _write_tasks(extracted: Path, output: Path) -> None:
    """The Label Studio task list of a finished run; its JSONL (resumable) is removed once written."""
    from vnner import __version__
    from vnner.labelstudio import to_task

    with extracted.open(encoding="utf-8") as handle:
        tasks = [to_task(json.loads(line), model_version=f"vnner {__version__}") for line in handle if line.strip()]
    output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    extracted.unlink()
    note = "labeling config: vnner corpus labelstudio-config"
    typer.echo(f"{output}: {len(tasks)} Label Studio tasks ({note})", err=True)


def _run_model(extract_batch, texts: list[str]):
    try:
        return extract_batch(texts)
    except ModelError as error:
        raise _fail(str(error)) from None


def _extract_file(
    input_path, output, errors_file, extract_batch, workers, batch_size, progress, html, fields, documents=False
) -> None:
    _run_model(extract_batch, [""])  # a bad --model fails here, once, not once per record
    try:
        summary = extract_file(
            input_path, output, errors_path=errors_file, extract_batch=extract_batch,
            workers=workers, batch_size=batch_size, progress=progress, fields=fields, documents=documents,
        )
    except (OSError, CorpusError) as error:
        raise _fail(str(error)) from None
    if summary.dropped_line is not None:
        typer.echo(
            f"note: {output}:{summary.dropped_line} was cut short by an earlier run; dropped, its record done again",
            err=True,
        )
    typer.echo(
        f"read {summary.read}, written {summary.written}, skipped (already done) {summary.skipped_existing}, "
        f"failed {summary.failed}",
        err=True,
    )
    if html is not None:
        with output.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        documents = [(r["id"], Doc.from_dict(r)) for r in rows]
        html.write_text(render_html(documents, title=str(input_path)), encoding="utf-8", errors="replace")
    if summary.failed:
        errors_at = errors_file or output.with_name(output.name + ".errors.jsonl")
        typer.echo(f"error: {summary.failed} records failed; see {errors_at}", err=True)
        raise typer.Exit(code=1)


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
        Path | None,
        typer.Option(help="Score this JSONL of predictions (or a folder of an engine's part files) instead of vnner."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print exactly one JSON object.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every false positive and negative.")] = False,
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="Errors grouped by the rule that made or missed them (implies --errors).")
    ] = False,
    html: Annotated[Path | None, typer.Option(help="Write gold and predicted spans of each error as HTML.")] = None,
    model: ModelOption = "default",
    rules_only: RulesOnlyOption = False,
    quantize: QuantizeOption = False,
) -> None:
    """Score entities against gold spans (seqeval, entity level, strict IOB2), and roles and people
    where the gold has them."""
    gold = _load(data)
    if predictions is not None:
        predicted = _load(prediction_files(predictions), gold=False, source="predictions")
    else:
        pipeline = default_pipeline()
        options = {"model": None if rules_only else model, "quantize": quantize}
        try:
            predicted = predict(gold, lambda texts: pipeline.parse_document(texts, **options), pipeline.people_across)
        except ModelError as error:
            raise _fail(str(error)) from None
    try:
        report = score(gold, predicted)
    except ValueError as error:
        raise _fail(str(error)) from None
    links = {"roles": score_roles(gold, predicted), "people": score_people(gold, predicted)}
    links = {name: scores for name, scores in links.items() if scores is not None}
    grouped = errors_by_rule(report.errors, predicted) if by_rule else None
    if html is not None:
        html.write_text(render_errors_html(gold, predicted, report), encoding="utf-8")
    if as_json:
        extra = {"by_rule": grouped} if grouped is not None else {}
        typer.echo(json.dumps({**report.to_dict(), **links, **extra}, ensure_ascii=False))
    else:
        _print_table(report)
        for name, row in links.items():
            typer.echo(f"{name}: precision {row['precision']:.4f}  recall {row['recall']:.4f}  "
                       f"f1 {row['f1']:.4f}  support {row['support']}")
    if errors or by_rule:
        _print_errors(report, grouped, role_errors(gold, predicted) if "roles" in links else [], as_json)


_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _one_line(*fields: object) -> str:
    """Tab-joined fields with newlines, tabs and other control characters escaped (`\\n`)."""
    def escape(match: re.Match) -> str:
        return _ESCAPES.get(match.group(), f"\\u{ord(match.group()):04x}")

    return "\t".join(_LINE_BREAKING.sub(escape, str(field)) for field in fields)


def _print_errors(report: Report, grouped: dict | None, roles: list[dict], to_stderr: bool) -> None:
    """Errors in context, one a line (on stderr with --json, so stdout stays one JSON object)."""
    def say(line: str) -> None:
        typer.echo(line, err=to_stderr)

    if grouped is None:
        for error in report.errors:
            say(_one_line(error.kind, error.record_id, error.entity.label, error.entity.text, error.context))
    else:
        for rule, group in grouped.items():
            say(_one_line(rule, f"FP {group['false_positives']}", f"FN {group['false_negatives']}"))
            for e in group["errors"]:
                say("  " + _one_line(e["kind"], e["id"], e["label"], e["text"], e["context"]))
    for role in roles:
        fields = (role[name] for name in ("id", "person", "title", "province", "context"))
        say(_one_line(f"ROLE {role['kind']}", *fields))
    if not report.errors and not roles:
        say("0 errors")


@corpus_app.command("validate")
def validate_command(paths: PathsArgument) -> None:
    """Check every record (ids unique across files); the first problem names file, line and id."""
    seen: dict[str, str] = {}
    for path in paths:
        try:
            records = list(read_jsonl(path, seen=seen))
        except CorpusError as error:
            raise _fail(str(error)) from None
        entities = sum(len(r.entities) for r in records)
        typer.echo(f"ok\t{path}\t{len(records)} records\t{entities} entities")


@corpus_app.command("export")
def export_command(
    paths: PathsArgument,
    output: Annotated[Path, typer.Option(help="File to write.")],
    output_format: Annotated[
        str, typer.Option("--format", help="conll: word-level IOB2, `token TAG` a line.")
    ] = "conll",
) -> None:
    """Write annotated JSONL in another tool's format (validated first, like `corpus validate`)."""
    if output_format != "conll":
        raise typer.BadParameter(f"{output_format!r} is not one of conll", param_hint="--format")
    from vnner.bio import write_conll

    records = _load(paths)
    try:
        sentences = write_conll(records, output)
    except ValueError as error:  # a span that does not fall on token edges
        raise _fail(str(error)) from None
    typer.echo(f"{output}: {len(records)} records, {sentences} sentences", err=True)


@corpus_app.command("import")
def import_command(
    tool: Annotated[str, typer.Argument(help="labelstudio: a Label Studio JSON export.")],
    export: Annotated[Path, typer.Argument(help="The exported file.")],
    output: Annotated[Path, typer.Option(help="Guideline JSONL to write.")],
) -> None:
    """Turn another tool's export into guideline records (validated like the corpus)."""
    if tool != "labelstudio":
        raise typer.BadParameter(f"{tool!r} is not one of labelstudio", param_hint="TOOL")
    from vnner.corpus import write_jsonl
    from vnner.labelstudio import LabelStudioError, from_export

    try:
        tasks = json.loads(export.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _fail(f"{export}: cannot read a JSON export: {error}") from None
    try:
        records = from_export(tasks)
    except LabelStudioError as error:
        raise _fail(f"{export}: {error}") from None
    write_jsonl(records, output)
    typer.echo(f"{output}: {len(records)} records", err=True)


@corpus_app.command("labelstudio-config")
def labelstudio_config_command() -> None:
    """Print the Label Studio labeling config for the five labels and the role relations."""
    from vnner.labelstudio import labeling_config

    typer.echo(labeling_config(), nl=False)


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


@app.command("people")
def people_command(
    inputs: Annotated[list[Path], typer.Argument(help="JSONL: vnner's output, or records with id and text.")],
    output: Annotated[Path, typer.Option(help="JSONL to write, one line per person.")],
    no_progress: Annotated[bool, typer.Option("--no-progress", help="Hide the progress bar.")] = False,
    model: ModelOption = "default",
    rules_only: RulesOnlyOption = False,
) -> None:
    """A who's-who across documents: each person with spellings, titles, provinces, documents, dates."""
    from tqdm import tqdm

    from vnner.whoswho import docs_of, whos_who

    pipeline = default_pipeline()
    options = {"model": None if rules_only else model}
    if output.resolve() in {p.resolve() for p in inputs}:
        raise _fail(f"{output}: --output is one of the inputs")
    records = tqdm(_records(inputs), unit=" docs", disable=no_progress)
    try:
        entries = whos_who(docs_of(records, lambda text: pipeline.parse(text, **options)))
    except (ValueError, ModelError) as error:
        raise _fail(str(error)) from None
    with output.open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    typer.echo(f"{len(entries)} people written to {output}", err=True)


def _records(paths: list[Path]):
    """Records of JSONL files, one at a time; a bad line is an error naming file and line."""
    for path in paths:
        try:
            handle = path.open(encoding="utf-8")
        except OSError as error:
            raise _fail(f"{path}: cannot open: {error.strerror}") from None
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise _fail(f"{path}:{number}: invalid JSON: {error.msg}") from None
                if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
                    raise _fail(f"{path}:{number}: a record needs an id and a text")
                yield record


@app.command("train")
def train_command(
    config: Annotated[Path, typer.Argument(help="Training config, e.g. configs/phobert-tiny.yaml.")],
    output: Annotated[Path, typer.Option(help="Model directory to write.")],
    overrides: Annotated[list[str] | None, typer.Argument(help="Config overrides such as training.seed=7.")] = None,
) -> None:
    """Fine-tune a PhoBERT token classifier on the corpus (same as scripts/train.py)."""
    from vnner.model.train import train_from_config

    try:
        metrics = train_from_config(config, output, overrides or [])
    except ModelError as error:
        raise _fail(str(error)) from None
    typer.echo(json.dumps(metrics, ensure_ascii=False))


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    model: ModelOption = "default",
    rules_only: RulesOnlyOption = False,
    max_bytes: Annotated[int, typer.Option(min=1, help="Largest request body accepted.")] = 1_000_000,
) -> None:
    """A local JSON API (/extract, /parse, /html, /health; OpenAPI at /docs) and a page at /."""
    import importlib.util

    if importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("uvicorn") is None:
        extra = "pip install 'vnner[serve]'"
        raise _fail(f"vnner serve needs fastapi and uvicorn, which come with the serve extra: {extra}")
    from vnner.serve import serve

    try:
        serve(host, port, None if rules_only else model, max_bytes)
    except ModelError as error:
        raise _fail(str(error)) from None


def main() -> None:
    try:
        app()
    except (ConfigError, CorpusError, ModelError) as error:
        typer.echo(f"error: {error}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
