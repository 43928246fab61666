"""Smoke test of scripts/bench.py: one quick run with the tiny architecture; no timing assertions."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEED_KEYS = ("sentences_per_s", "tokens_per_s", "peak_rss_mib")
TOP_KEYS = {"workload", "machine", "configs", "matmul", "ratios", "targets", "quantization_f1", "skipped"}


def test_quick_run_prints_one_json_object_with_positive_numbers():
    command = [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--arch", "tiny", "--skip-underthesea"]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
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
    assert report["machine"]["torch_threads"] >= 1


def _bench_module():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return bench


def test_sentence_workload_cuts_at_sentence_ends_and_keeps_every_character():
    split = _bench_module().split_sentences
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
