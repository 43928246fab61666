"""Peak RSS of a worker process, and of its timed passes alone where Linux allows it."""

from __future__ import annotations

import resource
from pathlib import Path
from typing import Any

METHOD = (
    "fresh subprocess per configuration; peak_rss_mib = getrusage ru_maxrss (whole process), "
    "run_peak_rss_mib = VmHWM of the timed passes after /proc/self/clear_refs reset"
)


def _status_mib(key: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _maxrss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


class Memory:
    """Call `start_run` just before the timed passes and `report` after them."""

    def __init__(self) -> None:
        self.setup_peak = 0.0
        self.ready: float | None = None
        self.reset_ok = False

    def start_run(self) -> None:
        self.setup_peak = _maxrss_mib()
        self.ready = _status_mib("VmRSS")
        try:
            Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
            self.reset_ok = True
        except OSError:
            self.reset_ok = False

    def report(self) -> dict[str, Any]:
        run_peak = _status_mib("VmHWM") if self.reset_ok else None
        return {
            "peak_rss_mib": max(self.setup_peak, _maxrss_mib(), run_peak or 0.0),
            "run_peak_rss_mib": run_peak,
            "rss_before_run_mib": self.ready,
        }
