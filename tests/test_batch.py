"""Batch extraction: formats, failures written not dropped, resume after a crash, workers, datasets."""

import json

import pytest

from vnner.batch import extract_each, extract_file
from vnner.corpus import CorpusError
from vnner.pipeline import extract

SENTENCES = [
    "Ngày 3/4/2024, Thủ tướng Phạm Minh Chính đến tỉnh Quảng Ninh.",
    "Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh trao 500 triệu đồng cho tỉnh Sê Kông.",
    "Bí thư, Tỉnh trưởng Sekong Leklay Sivilay tiếp đoàn ngày 02/04/2024.",
    "Không có thực thể nào ở đây.",
]


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows))


def expected(text):
    return [e.to_dict() for e in extract(text)]


def failing_extract(texts):
    """Like the default, but raises on any text containing BOOM (module-level: picklable)."""
    if any("BOOM" in text for text in texts):
        raise RuntimeError("model exploded")
    return extract_each(texts)


def test_plain_text_blocks_are_documents_with_line_ids(tmp_path, capsys):
    source = tmp_path / "news.txt"
    source.write_text(f"{SENTENCES[0]}\n{SENTENCES[1]}\n\n  \n\n{SENTENCES[2]}\n", encoding="utf-8")
    summary = extract_file(source, tmp_path / "out.jsonl")
    rows = lines(tmp_path / "out.jsonl")
    assert [r["id"] for r in rows] == ["line-1", "line-6"]
    assert rows[0]["text"] == f"{SENTENCES[0]}\n{SENTENCES[1]}"
    assert all(r["entities"] == expected(r["text"]) for r in rows)
    assert (summary.read, summary.written, summary.skipped_existing, summary.failed) == (2, 2, 0, 0)
    assert capsys.readouterr().err == ""  # no progress bar when stderr is not a terminal


def test_bad_records_go_to_the_errors_file_with_line_and_reason(tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(
        source,
        [
            {"id": "a", "text": SENTENCES[0]},
            "{not json",
            "[1, 2]",
            {"id": "b"},
            {"id": "c", "text": 42},
            {"text": SENTENCES[1]},
            {"id": "a", "text": SENTENCES[2]},
            {"id": "d", "text": "BOOM " + SENTENCES[3]},
            {"id": 7, "text": SENTENCES[1]},
        ],
    )
    summary = extract_file(source, tmp_path / "out.jsonl", extract_batch=failing_extract, batch_size=4)
    assert [r["id"] for r in lines(tmp_path / "out.jsonl")] == ["a", "7"]
    errors = lines(tmp_path / "out.jsonl.errors.jsonl")
    assert [e["line"] for e in errors] == [2, 3, 4, 5, 6, 7, 8]
    reasons = " | ".join(e["reason"] for e in errors)
    for needle in ("invalid JSON", "JSON object", "`text`", "`id`", "duplicate id 'a'", "model exploded"):
        assert needle in reasons
    assert (summary.read, summary.written, summary.failed) == (9, 2, 7)


def test_rerun_skips_written_ids_and_repairs_a_line_cut_by_a_crash(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"id": str(i), "text": text} for i, text in enumerate(SENTENCES)])
    extract_file(source, output)
    complete = output.read_text(encoding="utf-8")
    output.write_text(complete[: complete.index('"id": "3"') + 20], encoding="utf-8")  # killed mid-write

    calls = []
    summary = extract_file(source, output, extract_batch=lambda texts: calls.append(texts) or extract_each(texts))
    assert output.read_text(encoding="utf-8") == complete
    assert calls == [[SENTENCES[3]]]
    assert (summary.read, summary.written, summary.skipped_existing, summary.failed) == (4, 1, 3, 0)
    assert summary.dropped_line == 4
    assert extract_file(source, output).dropped_line is None  # nothing cut this time


def test_damage_before_the_last_line_is_refused_not_truncated(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"id": "0", "text": SENTENCES[0]}])
    output.write_text('{"id": "x", "text": "", "entities": []}\n{oops\n{"id": "y", "text": "", "entities": []}\n')
    with pytest.raises(CorpusError, match="out.jsonl:2"):
        extract_file(source, output)
    assert output.read_text().count("\n") == 3


def test_interrupted_run_keeps_every_flushed_record_and_batches_the_input(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"id": str(i), "text": SENTENCES[i % 4]} for i in range(10)])
    sizes = []

    def interrupted(texts):
        sizes.append(len(texts))
        if len(sizes) == 3:
            raise KeyboardInterrupt
        return extract_each(texts)

    with pytest.raises(KeyboardInterrupt):
        extract_file(source, output, extract_batch=interrupted, batch_size=3)
    assert sizes == [3, 3, 3]
    assert [r["id"] for r in lines(output)] == [str(i) for i in range(6)]


def test_missing_input_creates_no_output(tmp_path):
    with pytest.raises(FileNotFoundError):
        extract_file(tmp_path / "nope.txt", tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_workers_give_the_same_output_in_the_same_order(tmp_path, monkeypatch, start_method):
    monkeypatch.setattr("vnner.batch._start_method", lambda: start_method)
    source = tmp_path / "in.jsonl"
    rows = [{"id": f"r{i}", "text": SENTENCES[i % 4] + (" BOOM" if i == 5 else "")} for i in range(23)]
    write_jsonl(source, rows)
    one = extract_file(source, tmp_path / "one.jsonl", extract_batch=failing_extract, batch_size=2)
    two = extract_file(source, tmp_path / "two.jsonl", extract_batch=failing_extract, batch_size=2, workers=2)
    assert one == two
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert lines(tmp_path / "two.jsonl.errors.jsonl") == lines(tmp_path / "one.jsonl.errors.jsonl")
    assert two.failed == 1 and two.written == 22


def test_workers_fork_only_while_torch_is_not_loaded(monkeypatch):
    import sys

    from vnner.batch import _start_method

    monkeypatch.setitem(sys.modules, "torch", object())
    assert _start_method() == "spawn"  # torch's thread pools do not survive a fork
    monkeypatch.delitem(sys.modules, "torch")
    assert _start_method() == ("spawn" if sys.platform == "darwin" else "fork")


def test_jsonl_line_that_is_not_utf8_is_reported_as_such_with_its_line(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = json.dumps({"id": "a", "text": SENTENCES[0]}, ensure_ascii=False).encode("utf-8")
    source.write_bytes(good + b"\n" + b'\xff\xfe{"id": "b", "text": "x"}\n' + b'{"id": "c", "text": "\xc3"}\n')
    summary = extract_file(source, output)
    assert [r["id"] for r in lines(output)] == ["a"]
    errors = lines(tmp_path / "out.jsonl.errors.jsonl")
    assert [(e["line"], e["reason"]) for e in errors] == [
        (2, "not UTF-8 (invalid start byte at byte 0)"),
        (3, "not UTF-8 (invalid continuation byte at byte 21)"),
    ]
    assert (summary.read, summary.written, summary.failed) == (3, 1, 2)


def test_plain_text_block_that_is_not_utf8_is_an_error_record_not_a_crash_or_a_drop(tmp_path):
    source, output = tmp_path / "news.txt", tmp_path / "out.jsonl"
    source.write_bytes(f"{SENTENCES[0]}\n\n{SENTENCES[1]}\n".encode() + b"ab\xffcd\n\n" + SENTENCES[2].encode() + b"\n")
    summary = extract_file(source, output)
    assert [r["id"] for r in lines(output)] == ["line-1", "line-6"]
    errors = lines(tmp_path / "out.jsonl.errors.jsonl")
    assert errors == [{"line": 3, "id": "line-3", "reason": "line 4: not UTF-8 (invalid start byte at byte 2)"}]
    assert (summary.read, summary.written, summary.failed) == (3, 2, 1)


@pytest.mark.parametrize(
    "last",
    [
        '{"name": "unrelated", "value": 1}',  # parses, no `id`
        '{"id": 3, "text": "", "entities": []}',  # parses, `id` not a string
        '[1, 2, 3]',  # parses, not an object
    ],
)
def test_a_parseable_last_line_without_a_string_id_is_refused_not_truncated(tmp_path, last):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"id": "0", "text": SENTENCES[0]}])
    before = '{"id": "x", "text": "", "entities": []}\n' + last + "\n"
    output.write_text(before, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"out\.jsonl:2"):
        extract_file(source, output)
    assert output.read_text(encoding="utf-8") == before
    assert not (tmp_path / "out.jsonl.errors.jsonl").exists()


def test_an_unrelated_output_file_is_refused_even_on_its_first_line(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "data.jsonl"
    write_jsonl(source, [{"id": "0", "text": SENTENCES[0]}])
    output.write_text('{"name": "unrelated"}', encoding="utf-8")  # no newline either
    with pytest.raises(CorpusError, match=r"data\.jsonl:1"):
        extract_file(source, output)
    assert output.read_text(encoding="utf-8") == '{"name": "unrelated"}'


def test_a_complete_last_record_missing_only_its_newline_is_kept(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"id": "0", "text": SENTENCES[0]}, {"id": "1", "text": SENTENCES[1]}])
    extract_file(source, output)
    complete = output.read_text(encoding="utf-8")
    output.write_text(complete.split("\n")[0], encoding="utf-8")  # killed just before the newline
    calls = []
    summary = extract_file(source, output, extract_batch=lambda texts: calls.append(texts) or extract_each(texts))
    assert output.read_text(encoding="utf-8") == complete
    assert calls == [[SENTENCES[1]]]
    assert (summary.written, summary.skipped_existing) == (1, 1)


def test_errors_file_exists_only_when_something_failed(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    errors = tmp_path / "out.jsonl.errors.jsonl"
    write_jsonl(source, [{"id": "0", "text": SENTENCES[0]}])
    extract_file(source, output)
    assert not errors.exists()

    write_jsonl(source, [{"id": "0", "text": SENTENCES[0]}, {"id": "1", "text": "BOOM " + SENTENCES[1]}])
    summary = extract_file(source, output, extract_batch=failing_extract)
    assert summary.failed == 1 and [e["id"] for e in lines(errors)] == ["1"]

    # The rerun retries the failed record; it succeeds, so the stale errors file goes away.
    summary = extract_file(source, output)
    assert (summary.written, summary.skipped_existing, summary.failed) == (1, 1, 0)
    assert not errors.exists()
    assert [r["id"] for r in lines(output)] == ["0", "1"]


def test_errors_file_is_rewritten_with_only_this_runs_failures(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    errors = tmp_path / "errs.jsonl"
    errors.write_text('{"line": 99, "id": "old", "reason": "stale"}\n', encoding="utf-8")
    write_jsonl(source, [{"id": "0", "text": "BOOM"}])
    extract_file(source, output, errors_path=errors, extract_batch=failing_extract)
    assert [e["id"] for e in lines(errors)] == ["0"]


def test_default_extractor_sends_the_whole_batch_to_extract_once(tmp_path, monkeypatch):
    import vnner.pipeline

    calls = []

    def recording(text, **kwargs):
        calls.append(text)
        return extract(text, **kwargs)

    monkeypatch.setattr(vnner.pipeline, "extract", recording)
    assert extract_each(SENTENCES[:3]) == [extract(text) for text in SENTENCES[:3]]
    assert calls == [SENTENCES[:3]]

    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"id": str(i), "text": text} for i, text in enumerate(SENTENCES)])
    calls.clear()
    extract_file(source, output, batch_size=4)
    assert calls == [SENTENCES]
    assert [r["entities"] for r in lines(output)] == [expected(text) for text in SENTENCES]


def test_default_extractor_failing_on_one_text_still_extracts_its_neighbours(tmp_path, monkeypatch):
    import vnner.pipeline

    calls = []

    def fragile(text, **kwargs):
        calls.append(text)
        texts = [text] if isinstance(text, str) else text
        if any("BOOM" in t for t in texts):
            raise RuntimeError("model exploded")
        return extract(text, **kwargs)

    monkeypatch.setattr(vnner.pipeline, "extract", fragile)
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{"id": str(i), "text": text} for i, text in enumerate([SENTENCES[0], "BOOM", SENTENCES[2]])])
    summary = extract_file(source, output, batch_size=3)
    assert calls[0] == [SENTENCES[0], "BOOM", SENTENCES[2]]  # one batched call first, then one per text
    assert [r["id"] for r in lines(output)] == ["0", "2"]
    assert summary.failed == 1
    assert "model exploded" in lines(tmp_path / "out.jsonl.errors.jsonl")[0]["reason"]


def test_documents_mode_reads_a_documents_records_together(tmp_path):
    from functools import partial

    from vnner.cli import parse_document_texts

    first = "Bị cáo Nguyễn Văn Khải (sinh năm 1970) bị truy tố."
    later = "Theo cáo trạng, Khải đã nhận 2 tỷ đồng."
    source = tmp_path / "in.jsonl"
    rows = [{"id": "a-p01", "text": first}, {"id": "a-p02", "text": later}, {"id": "b-p01", "text": later}]
    write_jsonl(source, rows)
    reader = partial(parse_document_texts, model=None)
    extract_file(source, tmp_path / "docs.jsonl", extract_batch=reader, documents=True)
    extract_file(source, tmp_path / "docs2.jsonl", extract_batch=reader, documents=True, workers=2)
    extract_file(source, tmp_path / "alone.jsonl")  # each record on its own

    def persons(path):
        return {r["id"]: [e["text"] for e in r["entities"] if e["label"] == "PERSON"] for r in lines(path)}

    assert persons(tmp_path / "docs.jsonl") == {"a-p01": ["Nguyễn Văn Khải"], "a-p02": ["Khải"], "b-p01": []}
    assert (tmp_path / "docs2.jsonl").read_bytes() == (tmp_path / "docs.jsonl").read_bytes()
    assert persons(tmp_path / "alone.jsonl")["a-p02"] == []


def test_documents_mode_needs_a_jsonl_input(tmp_path):
    from typer.testing import CliRunner

    from vnner.cli import app

    (tmp_path / "in.txt").write_text("Khải đã nhận.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--input", str(tmp_path / "in.txt"), "--output",
                                      str(tmp_path / "out.jsonl"), "--documents"])
    assert result.exit_code != 0 and "--documents needs a JSONL --input" in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_a_huge_document_is_sent_in_bounded_lists(tmp_path, monkeypatch):
    monkeypatch.setattr("vnner.batch.DOCUMENT_CHUNK", 3)
    sizes = []

    def record_sizes(texts):
        sizes.append(len(texts))
        return extract_each(texts)

    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"id": f"a-p{i}", "text": SENTENCES[i % 4]} for i in range(7)] + [{"id": "b-p1", "text": "x"}])
    summary = extract_file(source, tmp_path / "out.jsonl", extract_batch=record_sizes, documents=True)
    assert sizes == [3, 3, 1, 1] and summary.written == 8


def test_a_record_sees_the_latest_names_of_its_document_only(monkeypatch):
    from vnner.pipeline import default_pipeline

    monkeypatch.setattr("vnner.pipeline.EARLIER_NAMES", 1)
    texts = ["Bị cáo Nguyễn Văn Khải bị truy tố.", "Bị cáo Trần Văn Lộc bị truy tố."]
    texts.append("Theo cáo trạng, Khải đã nhận tiền.")
    last = default_pipeline().parse_document(texts, model=None)[-1]
    assert [e.text for e in last.ents if e.label == "PERSON"] == []  # `Khải` fell out of the window of one
    monkeypatch.setattr("vnner.pipeline.EARLIER_NAMES", 256)
    last = default_pipeline().parse_document(texts, model=None)[-1]
    assert [e.text for e in last.ents if e.label == "PERSON"] == ["Khải"]
