"""Inputs and events that used to stop a batch: a lone surrogate (valid in a Python `str`, not in
UTF-8: JSON output keeps it as a `\\udXXX` escape, so text and offsets read back unchanged; printed
lines show U+FFFD), `--output` equal to `--input`, a killed parent; and a CLI that starts without
loading scikit-learn."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from vnner.batch import dumps
from vnner.cli import app

TEXT = "T\ud800 tỉnh Sơn La"


def test_dumps_escapes_lone_surrogates_only():
    line = dumps({"text": TEXT, "ok": "Sê Kông"})
    line.encode("utf-8")  # would raise on a raw surrogate
    assert "\\ud800" in line and "Sê Kông" in line
    assert json.loads(line)["text"] == TEXT


def test_a_batch_with_a_lone_surrogate_finishes_resumes_and_keeps_offsets(tmp_path):
    source, output, page = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "out.html"
    lines = ['{"id": "a", "text": "T\\ud800 tỉnh Sơn La"}', '{"id": "b", "text": "tỉnh Sê Kông"}']
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["extract", "--input", str(source), "--output", str(output), "--no-progress", "--html", str(page)]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"] and rows[0]["text"] == TEXT
    (entity,) = rows[0]["entities"]
    assert TEXT[entity["start"] : entity["end"]] == entity["text"] == "Sơn La"
    again = CliRunner().invoke(app, args[:-2])
    assert again.exit_code == 0 and "skipped (already done) 2" in again.output
    assert page.read_text(encoding="utf-8").count('data-label="PROVINCE"') == 2


def test_single_text_mode_prints_and_dumps_a_lone_surrogate():
    runner = CliRunner()
    done = runner.invoke(app, ["extract", "T\ud800 tỉnh Sơn La"])
    assert done.exit_code == 0 and done.output.startswith("PROVINCE\t8-14\tSơn La")
    data = json.loads(runner.invoke(app, ["extract", "--json", "tỉnh Sơn La \ud800"]).stdout)
    assert data["text"] == "tỉnh Sơn La \ud800" and [e["text"] for e in data["entities"]] == ["Sơn La"]


def test_output_equal_to_input_is_refused_before_anything_is_written(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "tỉnh Sơn La"}\n', encoding="utf-8")
    before = source.read_bytes()
    done = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(source), "--no-progress"])
    assert done.exit_code == 2 and "--output is the --input file" in done.output
    assert source.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_the_cli_starts_without_importing_scikit_learn():
    import subprocess
    import sys

    code = "import sys, vnner.cli; print(sorted(m for m in ('sklearn', 'seqeval', 'torch') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


SLOW_RUN = """
import sys, time
from vnner.batch import extract_file
import slow_extractor
extract_file(sys.argv[1], sys.argv[2], extract_batch=slow_extractor.slow, workers=2, batch_size=1, progress=False)
"""



@pytest.mark.slow
@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_killing_the_parent_ends_every_worker(tmp_path, signal_name):
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    (tmp_path / "slow_extractor.py").write_text(
        "import time\ndef slow(texts):\n    time.sleep(0.5)\n    return [[] for _ in texts]\n", encoding="utf-8"
    )
    source = tmp_path / "in.jsonl"
    source.write_text("".join(f'{{"id": "{i}", "text": "tỉnh Sơn La"}}\n' for i in range(200)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    parent = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(source), str(tmp_path / "out.jsonl")], env=env)
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "out.jsonl").exists() or not (tmp_path / "out.jsonl").read_text():
            assert time.monotonic() < deadline and parent.poll() is None, "the run never started writing"
            time.sleep(0.2)
        workers = psutil.Process(parent.pid).children(recursive=True)
        assert len(workers) >= 2
        parent.send_signal(getattr(signal, signal_name))
        parent.wait(timeout=30)
        gone, alive = psutil.wait_procs(workers, timeout=15)
        assert alive == [], f"workers still alive after the parent's {signal_name}: {alive}"
    finally:
        if parent.poll() is None:
            parent.kill()


@pytest.mark.parametrize(
    ("name", "content"), [("in.jsonl", '{"id": "a", "text": "tỉnh Sơn La"}\n'), ("in.txt", "tỉnh Sơn La\n")]
)
def test_a_byte_order_mark_at_the_start_of_a_file_is_no_part_of_the_first_record(tmp_path, name, content):
    source, output = tmp_path / name, tmp_path / "out.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    done = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(output), "--no-progress"])
    assert done.exit_code == 0, done.output
    (row,) = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert row["text"] == "tỉnh Sơn La" and [e["text"] for e in row["entities"]] == ["Sơn La"]


def test_a_cut_off_last_line_dropped_on_resume_is_reported(tmp_path):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text('{"id": "a", "text": "tỉnh Sơn La"}\n{"id": "b", "text": "tỉnh Sê Kông"}\n', encoding="utf-8")
    args = ["extract", "--input", str(source), "--output", str(output), "--no-progress"]
    assert CliRunner().invoke(app, args).exit_code == 0
    complete = output.read_text(encoding="utf-8")
    output.write_text(complete[: complete.index('"id": "b"') + 12], encoding="utf-8")  # killed mid-write
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0 and f"{output}:2 was cut short by an earlier run" in done.output
    assert output.read_text(encoding="utf-8") == complete


@pytest.mark.parametrize("content", ["my notes\n", "my notes", '{"id": "a", "text": "x"}\nmy notes\n'])
def test_an_output_that_is_no_vnner_output_is_refused_and_left_as_it_was(tmp_path, content):
    source, output = tmp_path / "in.jsonl", tmp_path / "notes.txt"
    source.write_text('{"id": "b", "text": "tỉnh Sơn La"}\n', encoding="utf-8")
    output.write_text(content, encoding="utf-8")
    done = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(output), "--no-progress"])
    assert done.exit_code == 2 and "not a vnner output record" in done.output
    assert output.read_text(encoding="utf-8") == content


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_a_refused_input_leaves_no_output_file_behind(tmp_path, kind):
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    if kind == "folder":
        source.mkdir()
    done = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(output), "--no-progress"])
    assert done.exit_code == 2 and str(source) in done.output and done.output.count("\n") == 1
    assert not output.exists() and not output.with_name("out.jsonl.errors.jsonl").exists()


@dataclass(frozen=True)
class ExplodeSettings:
    word: str


def _exploding_pipeline(tmp_path: Path):
    """The default pipeline plus a component that raises on one word: a bug inside one stage."""
    from vnner.pipeline import Pipeline
    from vnner.rules import FACTORIES, factory

    if "test_explode" not in FACTORIES:

        @factory("test_explode", ExplodeSettings)
        def make(settings):
            def explode(doc):
                if settings.word in doc.text:
                    raise RuntimeError(f"component broke on {settings.word!r}")

            return explode

    root = Path(__file__).resolve().parent.parent
    data = yaml.safe_load((root / "configs" / "rules.yaml").read_text(encoding="utf-8"))
    data["pipeline"].append("test_explode")
    data["components"]["test_explode"] = {"factory": "test_explode", "word": "NỔ"}
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return Pipeline.from_config(path)


def test_a_record_that_makes_a_stage_raise_goes_to_the_errors_file_and_the_run_goes_on(tmp_path):
    from vnner.batch import extract_file

    pipeline = _exploding_pipeline(tmp_path)
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    texts = ["tỉnh Sơn La", "tỉnh NỔ Sê Kông", "tỉnh Hà Giang"]
    source.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
    for run in range(2):  # the rerun retries the failed record only, and writes nothing twice
        summary = extract_file(source, output, extract_batch=pipeline.parse_all, batch_size=3, progress=False)
        assert (summary.written, summary.failed, summary.skipped_existing) == ((2, 1, 0) if run == 0 else (0, 1, 2))
        rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in rows] == ["r0", "r2"]
        assert [[e["text"] for e in r["entities"]] for r in rows] == [["Sơn La"], ["Hà Giang"]]
        (error,) = [json.loads(line) for line in (tmp_path / "out.jsonl.errors.jsonl").read_text("utf-8").splitlines()]
        assert error == {"line": 2, "id": "r1", "reason": "extract failed: RuntimeError: component broke on 'NỔ'"}
