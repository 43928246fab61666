"""What the machine is, and how much of it other processes took while a configuration ran."""

from __future__ import annotations

import os
import platform
import resource
import time
from pathlib import Path
from typing import Any


def machine_info() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "python": platform.python_version(),
        "load_average_at_start": load_average(),
    }


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _busy_cpu_seconds() -> float | None:
    """CPU seconds all processes have spent since boot (/proc/stat)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # minus idle, iowait


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class OtherLoad:
    """Started before a configuration's subprocesses, read after they were waited for:
    the share of all CPUs that processes other than this one and its children used meanwhile."""

    def __init__(self) -> None:
        self.busy, self.own, self.began = _busy_cpu_seconds(), _children_cpu_seconds(), time.perf_counter()

    def wall(self) -> float:
        return time.perf_counter() - self.began

    def cpu_share(self) -> float | None:
        busy, wall = _busy_cpu_seconds(), self.wall()
        if self.busy is None or busy is None or wall <= 0:
            return None
        others = busy - self.busy - (_children_cpu_seconds() - self.own)
        return round(min(1.0, max(0.0, others / (wall * (os.cpu_count() or 1)))), 3)
