"""Smoke tests of scripts/bench.py: quick runs (the tiny architecture; the rules against a baseline
revision) and its sentence workload; no timing assertions."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEED_KEYS = ("sentences_per_s", "tokens_per_s", "peak_rss_mib")
TOP_KEYS = {"workload", "machine", "configs", "matmul", "ratios", "targets", "quantization_f1", "baseline", "skipped"}
RULES_ONLY = ("--quick", "--skip-base", "--skip-underthesea", "--skip-f1", "--skip-workers")


def run_bench(*argv: str) -> subprocess.CompletedProcess:
    command = [sys.executable, str(ROOT / "scripts" / "bench.py"), *argv]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)


def worktrees() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "worktree", "list"], capture_output=True, text=True).stdout


@pytest.mark.slow
def test_quick_run_prints_one_json_object_with_positive_numbers():
    done = run_bench("--quick", "--arch", "tiny", "--skip-underthesea")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)  # the whole of stdout is one JSON object

    assert set(report) >= TOP_KEYS
    configs = report["configs"]
    for name in ("rules", "default", "fp32", "int8"):
        assert all(configs[name][key] > 0 for key in SPEED_KEYS), name
    assert configs["fp32"]["bare_forward"]["tokens_per_s"] > 0
    assert configs["fp32"]["one_at_a_time"]["sentences_per_s"] > 0
    assert configs["fp32"]["token_unit"] != configs["rules"]["token_unit"]
    assert report["matmul"]["gflop_per_s"] > 0
    assert configs["underthesea"] is None and report["skipped"]["underthesea"]
    for name in ("overhead", "efficiency", "int8_speedup", "batching_speedup"):
        assert report["ratios"][name] > 0
        assert report["targets"][name]["pass"] in (True, False)
    assert report["targets"]["vs_underthesea"] == {"value": None, "target": ">= 10.0", "pass": None}
    assert (report["quantization_f1"] is None) == ("quantization_f1" in report["skipped"])
    scaling = report["scaling"]  # --quick: the two small sizes only
    assert set(scaling["sizes"]) == {"10KB", "100KB"}
    assert all(row["chars_per_s"] > 0 and 0 < row["vs_regex"] < 1 for row in scaling["sizes"].values())
    assert scaling["sizes"]["100KB"]["entities"] > 5 * scaling["sizes"]["10KB"]["entities"] > 0
    uncut = scaling["one_piece"]  # the stages on the whole text, not cut into pieces
    assert set(uncut["seconds"]) == {"10KB", "100KB"} and all(s > 0 for s in uncut["seconds"].values())
    assert uncut["time_10x"] == round(uncut["seconds"]["100KB"] / uncut["seconds"]["10KB"], 2)
    assert report["targets"]["one_piece_time_10x"]["value"] == uncut["time_10x"]
    rules = configs["rules"]  # characters per second, beside a plain regex pass in the same process
    assert rules["chars_per_s"] > 0 and rules["regex_chars_per_s"] > rules["chars_per_s"] and 0 < rules["vs_regex"] < 1
    assert report["ratios"]["rules_chars_per_s"] == rules["chars_per_s"]
    workers = report["batch_workers"]  # the real CLI with 1 and 2 processes on one JSONL
    for run in (workers["many"], workers["few"]):
        assert run["same_output"] and run["docs_per_s_1_worker"] > 0 and run["docs_per_s_2_workers"] > 0
    assert report["ratios"]["workers_speedup"] == workers["workers_speedup"] > 0
    assert report["targets"]["workers_speedup"]["target"] == ">= 1.6"
    assert report["machine"]["torch_threads"] >= 1
    stages = report["configs"]["fp32"]["breakdown_s_per_pass"]  # from the Tagger.timer hook
    assert set(stages) == {"segmentation", "tokenization", "forward_incl_padding_softmax", "postprocessing"}
    assert report["baseline"] is None and report["targets"]["rules_vs_baseline"]["value"] is None


@pytest.mark.slow
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout")
def test_baseline_rev_times_both_trees_in_their_own_processes_and_removes_the_worktree():
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    done = run_bench(*RULES_ONLY, "--baseline-rev", "HEAD", "--baseline-rounds", "2")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    baseline = report["baseline"]
    assert baseline["commit"] == head and baseline["rounds"] == 2
    assert baseline["current"]["vnner_file"] == str(ROOT / "vnner" / "__init__.py")
    tree = Path(baseline["baseline"]["tree"])
    assert baseline["baseline"]["vnner_file"] == str(tree / "vnner" / "__init__.py") and tree != ROOT
    assert not tree.exists() and str(tree) not in worktrees()
    assert baseline["same_entities"] and baseline["current"]["entities"] > 0  # HEAD's rules on the same texts
    assert len(baseline["rules_vs_baseline_per_round"]) == 2
    assert all(baseline[side]["sentences_per_s"] > 0 for side in ("current", "baseline"))
    assert report["ratios"]["rules_vs_baseline"] == baseline["rules_vs_baseline"] > 0
    assert report["targets"]["rules_vs_baseline"]["target"] == ">= 0.95"
    assert "baseline" not in report["skipped"]


@pytest.mark.slow
def test_an_unknown_baseline_rev_is_a_one_line_error_before_anything_runs():
    done = run_bench(*RULES_ONLY, "--baseline-rev", "no-such-rev")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("error: --baseline-rev no-such-rev") and "[bench] running" not in done.stderr


def _split_sentences():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from benchmarks.workload import split_sentences
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return split_sentences


def test_sentence_workload_cuts_at_sentence_ends_and_keeps_every_character():
    split = _split_sentences()
    text = "Sáng 2-4, đoàn đến tỉnh Huế. Đồng chí Lê Văn A phát biểu! “Hợp tác” tiếp tục…"
    sentences = split(text)
    assert sentences == [
        "Sáng 2-4, đoàn đến tỉnh Huế.",
        "Đồng chí Lê Văn A phát biểu!",
        "“Hợp tác” tiếp tục…",
    ]
    assert " ".join(sentences) == text
    assert split("số 2.5 triệu. không cắt trước chữ thường") == ["số 2.5 triệu. không cắt trước chữ thường"]
    assert split("  ") == []
