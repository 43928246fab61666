"""One configuration in a fresh interpreter (`bench.py ... --worker NAME`), its JSON result read back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.log import log
from benchmarks.machine import OtherLoad

BENCH = Path(__file__).resolve().parents[1] / "bench.py"


def run_worker(name: str, argv: list[str], timeout: float) -> tuple[dict[str, Any] | None, str | None]:
    """(result, None) or (None, why)."""
    log(f"running {name}")
    load = OtherLoad()
    command = [sys.executable, str(BENCH), *argv, "--worker", name]
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=None, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s"
    wall = load.wall()
    if done.returncode != 0:
        return None, f"worker failed with exit code {done.returncode} (see stderr)"
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return None, "worker printed no JSON"
    result["process_wall_s"] = round(wall, 2)
    share = load.cpu_share()
    if share is not None:
        result["other_processes_cpu_share"] = share
    log(f"{name} done in {wall:.1f} s")
    return result, None
