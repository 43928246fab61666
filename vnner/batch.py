"""Batch extraction: a text or JSONL file in, one JSONL record per document out.

`extract_file` streams the input (never the whole file in memory), sends lists of texts to
the extractor, appends and flushes each result so an interrupted run keeps what it wrote, and
on a rerun skips the ids already in the output. A record that cannot be read or extracted goes
to an errors file with its line number and reason; none is dropped. Memory stays bounded by
the batches in flight plus the set of ids seen (needed for resume and duplicate checks).

Too big for one machine? `vnner.engines` runs the same extraction on `datasets`, Ray Data or Spark.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import chain, groupby, islice
from pathlib import Path
from typing import Any

from tqdm import tqdm

from vnner.corpus import CorpusError
from vnner.doc import Doc
from vnner.engines import extract_each
from vnner.entity import Entity
from vnner.evaluate_links import document_of

# One result per text: its entities, or a `Doc` (whose roles and people are written too).
ExtractBatch = Callable[[list[str]], list[list[Entity]] | list[Doc]]


@dataclass
class Summary:
    """Counts for the CLI to print; `failed > 0` should make it exit non-zero."""

    read: int = 0
    written: int = 0
    skipped_existing: int = 0
    dropped_line: int | None = None  # a last output line cut short by an earlier run, dropped and redone
    failed: int = 0


@dataclass
class _Doc:
    line: int  # 1-based number of the document's first input line
    id: str | None
    text: str | None
    error: str | None = None


def _decode(raw: bytes) -> str:
    """A line as UTF-8; raises ValueError `not UTF-8 (<reason> at byte N)` (N: 0-based, in the line).

    Decoding here, not in `json.loads(bytes)`, which guesses UTF-16/32 from the first bytes."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 ({error.reason} at byte {error.start})") from None


def _read_jsonl(handle) -> Iterator[_Doc]:
    """One `{"id": ..., "text": ...}` object per line; an integer id is taken as its string."""
    for number, raw in enumerate(handle, start=1):
        try:
            line = _decode(raw)
            line = line.removeprefix("\ufeff") if number == 1 else line  # a byte-order mark opens the file
        except ValueError as error:
            yield _Doc(number, None, None, str(error))
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as error:
            yield _Doc(number, None, None, f"invalid JSON: {error}")
            continue
        doc_id, text = (data.get("id"), data.get("text")) if isinstance(data, dict) else (None, None)
        doc_id = str(doc_id) if type(doc_id) is int else doc_id if isinstance(doc_id, str) and doc_id else None
        if not isinstance(data, dict):
            reason = f"expected a JSON object, got {type(data).__name__}"
        elif doc_id is None:
            reason = "`id` must be a non-empty string or an integer"
        else:
            reason = None if isinstance(text, str) else "`text` must be a string"
        yield _Doc(number, doc_id, text, reason)


def _read_blocks(handle) -> Iterator[_Doc]:
    """Plain text: one document per block of lines, blocks split by blank lines."""
    lines: list[str] = []
    first, error = 0, None
    for number, raw in enumerate(chain(handle, [b""]), start=1):  # b"": a last blank line
        try:
            line = _decode(raw).rstrip("\r\n")
            line = line.removeprefix("\ufeff") if number == 1 else line
        except ValueError as problem:  # the block becomes an error record; its text is not used
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            error = error or f"line {number}: {problem}"
        if line.strip():
            first = first or number
            lines.append(line)
        elif lines:
            yield _Doc(first, f"line-{first}", "\n".join(lines), error)
            lines, first, error = [], 0, None


_RECORD_START = b'{"id": '  # how every output line of `extract_file` begins


def existing_ids(output: Path) -> tuple[set[str], int | None]:
    """Ids already written by an earlier run, read from `output` (created if missing), and the number
    of the cut-off last line that was dropped, if any.

    Only a last line that does not parse, has no newline and starts as vnner writes its records
    (`{"id": `: cut short by a crash; a cut JSON object never parses) is cut off the file. Any
    other damage, or a line that is not a record with a string `id` (say `output` is some
    unrelated file), raises `CorpusError` naming the file and line, and leaves the file as it was.
    """
    ids: set[str] = set()
    good_end, bad_line, last = 0, None, b""
    with output.open("a+b") as handle:
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            if bad_line is not None:
                raise CorpusError(f"{output}:{bad_line}: not a complete JSON record; fix or remove the file")
            try:
                data = json.loads(_decode(raw))
            except ValueError:
                if raw.endswith(b"\n") or not (raw.startswith(_RECORD_START) or _RECORD_START.startswith(raw)):
                    raise CorpusError(
                        f"{output}:{number}: not a vnner output record (not JSON); is --output the right file?"
                    ) from None
                bad_line = number  # a record of ours cut short by a crash, unless more lines follow
                continue
            if not (isinstance(data, dict) and isinstance(data.get("id"), str)):
                raise CorpusError(
                    f"{output}:{number}: not a vnner output record (no string `id`); "
                    "is --output the right file?"
                )
            ids.add(data["id"])
            good_end += len(raw)
            last = raw
        if bad_line is not None:
            handle.truncate(good_end)  # drops only a damaged last line
        elif last and not last.endswith(b"\n"):
            handle.write(b"\n")  # a complete last record without its newline: end it before appending
    return ids, bad_line


def guideline_fields(found: list[Entity] | Doc) -> str:
    """The JSON fields of one result: `"entities": [...]`, and `"roles"`, `"people"` for a `Doc`."""
    if isinstance(found, Doc):
        data = found.to_dict()
        return ", ".join(f'"{name}": {dumps(data[name])}' for name in ("entities", "roles", "people"))
    return f'"entities": {dumps([e.to_dict() for e in found])}'


def hf_fields(found: list[Entity] | Doc) -> str:
    """`"entities"` in the shape of Hugging Face's `pipeline("ner", aggregation_strategy="simple")`."""
    entities = found.ents if isinstance(found, Doc) else found
    return f'"entities": {dumps([e.to_hf() for e in entities])}'


Fields = Callable[[Any], str]


def _extract_chunk(
    extract_batch: ExtractBatch, texts: list[str], fields: Fields = guideline_fields
) -> list[tuple[str | None, str | None]]:
    """(result fields as JSON, None) or (None, error) per text; a bad text does not fail its neighbours."""
    try:
        found = extract_batch(texts) if texts else []
        if len(found) != len(texts):
            raise ValueError(f"extractor returned {len(found)} results for {len(texts)} texts")
        return [(fields(row), None) for row in found]
    except Exception as error:
        if len(texts) == 1:
            return [(None, f"extract failed: {type(error).__name__}: {error}")]
        return [_extract_chunk(extract_batch, [text], fields)[0] for text in texts]


_worker_extract: list[tuple[ExtractBatch, Fields]] = []


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """Ends this worker once its parent is gone (SIGKILL or SIGTERM of the parent runs no cleanup,
    and a worker blocked on its queue would otherwise live on for good)."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _init_worker(extract_batch: ExtractBatch, fields: Fields, parent: int | None = None) -> None:
    """Runs once per worker process, so the extractor (and a model it holds) is loaded once."""
    _worker_extract.append((extract_batch, fields))
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _worker_chunk(texts: list[str]) -> list[tuple[str | None, str | None]]:
    extract_batch, fields = _worker_extract[0]
    return _extract_chunk(extract_batch, texts, fields)


def _texts(chunk: list[_Doc]) -> list[str]:
    return [doc.text for doc in chunk if doc.error is None]


def _start_method() -> str:
    """`fork` where it is safe, so workers start at once with the rule tables the parent already
    built: POSIX but not macOS, and no torch in this process (its thread pools do not survive a
    fork). `spawn` otherwise: each worker then imports vnner and loads its extractor itself."""
    safe = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    return "fork" if safe and "torch" not in sys.modules else "spawn"


def _pool(extract_batch: ExtractBatch, fields: Fields, workers: int) -> ProcessPoolExecutor:
    """Started before any thread of ours (the progress bar's), since a fork copies only the caller."""
    context = multiprocessing.get_context(_start_method())
    initargs = (extract_batch, fields, os.getpid())
    pool = ProcessPoolExecutor(workers, context, initializer=_init_worker, initargs=initargs)
    pool.submit(int).result()  # launches the workers now
    return pool


def _run(chunks: Iterable[list[_Doc]], extract_batch: ExtractBatch, fields: Fields, pool, workers: int):
    """Yields (chunk, results) in input order, with at most 2 chunks per worker in flight."""
    if pool is None:
        yield from ((chunk, _extract_chunk(extract_batch, _texts(chunk), fields)) for chunk in chunks)
        return
    pending: deque = deque()
    for chunk in chain(chunks, [None]):  # None: the input is exhausted, drain what is left
        if chunk is not None:
            pending.append((chunk, pool.submit(_worker_chunk, _texts(chunk))))
        while pending and (chunk is None or len(pending) >= 2 * workers):
            done, future = pending.popleft()
            yield done, future.result()


def extract_file(
    input_path: str | Path,
    output_path: str | Path,
    *,
    errors_path: str | Path | None = None,
    extract_batch: ExtractBatch = extract_each,
    workers: int = 1,
    batch_size: int = 32,
    progress: bool = True,
    fields: Fields = guideline_fields,
    documents: bool = False,
) -> Summary:
    """Extracts every document of `input_path` (`.jsonl`, else plain text) into `output_path`.

    `documents`: the consecutive records of one document (ids sharing the part before the last
    `-`, as the guidelines define it) go to `extract_batch` together and in order, as one list
    (`Pipeline.parse_document` reads them so); else lists of `batch_size` records.

    Each output line is `{"id", "text", ...}` with the JSON fields `fields` gives a result
    (`guideline_fields`: entities, roles, people; `hf_fields`: Hugging Face entity dicts).
    Resumes a previous run. With `workers > 1`, `extract_batch` must be picklable (module-level,
    or a `functools.partial` of such). `errors_path` (default `<output>.errors.jsonl`) holds
    this run's failures: it is (re)written from the first failure on, and a stale one from an
    earlier run is removed when this run completes without failures (failed records are not in
    the output, so a rerun retries them). An interrupted run with no failure so far leaves a
    stale errors file as it was, since the records it lists may not have been retried yet.
    """
    source, output = Path(input_path), Path(output_path)
    errors = Path(errors_path) if errors_path else output.with_name(output.name + ".errors.jsonl")
    reader = _read_jsonl if source.suffix == ".jsonl" else _read_blocks
    summary = Summary()
    with ExitStack() as stack:
        handle = stack.enter_context(source.open("rb"))  # a missing input or a folder fails before the output exists
        size = os.fstat(handle.fileno()).st_size
        done, summary.dropped_line = existing_ids(output)
        pool = stack.enter_context(_pool(extract_batch, fields, workers)) if workers > 1 else None
        hidden = not (progress and sys.stderr.isatty())
        bar = tqdm(total=size, unit="B", unit_scale=True, file=sys.stderr, disable=hidden)
        out = stack.enter_context(output.open("a", encoding="utf-8"))
        stack.enter_context(bar)
        err = None  # opened at the first failure, so a run without failures creates no errors file
        docs = _todo(reader(handle), done, summary)
        chunks = _by_document(docs) if documents else iter(lambda: list(islice(docs, batch_size)), [])
        for chunk, results in _run(chunks, extract_batch, fields, pool, workers):
            extracted = iter(results)
            for doc in chunk:
                record_fields, error = (None, doc.error) if doc.error else next(extracted)
                if error is None:
                    _append(out, f'{{"id": {dumps(doc.id)}, "text": {dumps(doc.text)}, {record_fields}}}')
                    summary.written += 1
                else:
                    if err is None:
                        err = stack.enter_context(errors.open("w", encoding="utf-8"))
                    _append(err, dumps({"line": doc.line, "id": doc.id, "reason": error}))
                    summary.failed += 1
            bar.update(handle.tell() - bar.n)  # bytes read, a little ahead of the output
        bar.update(size - bar.n)
    if not summary.failed:
        errors.unlink(missing_ok=True)  # stale: this run retried those records and all succeeded
    return summary


DOCUMENT_CHUNK = 1024  # records of one document sent together at most: memory stays bounded


def _by_document(docs: Iterable[_Doc]) -> Iterator[list[_Doc]]:
    """The consecutive records of each document (a record that could not be read is its own), in lists of
    at most `DOCUMENT_CHUNK` records."""
    for _, group in groupby(docs, key=lambda d: document_of(d.id) if d.error is None and d.id else object()):
        while chunk := list(islice(group, DOCUMENT_CHUNK)):
            yield chunk


def _todo(docs: Iterable[_Doc], done: set[str], summary: Summary) -> Iterator[_Doc]:
    """Marks duplicate ids as failed and skips (but counts) ids already in the output."""
    seen: set[str | None] = set()
    for doc in docs:
        summary.read += 1
        if doc.error is None and doc.id in seen:
            doc.error = f"duplicate id {doc.id!r}"
        seen.add(doc.id)
        if doc.error is None and doc.id in done:
            summary.skipped_existing += 1
        else:
            yield doc


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(data: Any) -> str:
    """JSON text that can always be written as UTF-8: a lone surrogate (valid in a Python `str`, not
    in UTF-8) stays a `\\udXXX` escape, so the text and every offset read back unchanged."""
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False))



def _append(handle, line: str) -> None:
    """Writes one whole line and flushes, so a crash loses at most the line being written."""
    handle.write(line + "\n")
    handle.flush()
