"""`--baseline-rev REV`: the rules-only workload in this tree vs in REV, timed in the same run.

REV is checked out in a temporary `git worktree` (removed afterwards). Each tree gets its own
`baseline_worker` process with PYTHONPATH (and cwd) set to that tree, checked through
`vnner.__file__`; both call the public `vnner.extract(text, model=None)` on the same texts.
Rounds alternate current, baseline, current, baseline...: in each, a side runs its passes
while the other waits idle, and the round's rate is that side's best pass. `rules_vs_baseline`
is the median over rounds of current / baseline sentences per second.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from benchmarks.log import log
from benchmarks.machine import OtherLoad
from benchmarks.measure import ratio
from benchmarks.workload import ROOT

WORKER = Path(__file__).resolve().with_name("baseline_worker.py")


class BaselineError(Exception):
    """The comparison cannot run; the message says why in one line."""


def _git(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(ROOT), *argv], capture_output=True, text=True)


def resolve(rev: str) -> str:
    """The full commit id of `rev` in the repository this bench belongs to."""
    done = _git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    if done.returncode != 0:
        raise BaselineError(f"--baseline-rev {rev}: not a commit of the git repository at {ROOT}")
    return done.stdout.strip()


@contextmanager
def temporary_worktree(commit: str, parent: Path) -> Iterator[Path]:
    tree = parent / "tree"
    done = _git("worktree", "add", "--detach", "--quiet", str(tree), commit)
    if done.returncode != 0:
        raise BaselineError(f"git worktree add {commit[:12]} failed: {done.stderr.strip()}")
    try:
        yield tree
    finally:
        if _git("worktree", "remove", "--force", str(tree)).returncode != 0:
            log(f"git worktree remove {tree} failed; `git worktree prune` clears it once the folder is gone")


class TreeProcess:
    """A `baseline_worker` on one tree; `time(passes, min_seconds)` runs passes on request."""

    def __init__(self, name: str, tree: Path, texts_file: Path, timeout: float) -> None:
        self.name, self.tree, self.timeout = name, tree, timeout
        env = {**os.environ, "PYTHONPATH": str(tree)}  # replaces any PYTHONPATH this run got
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(texts_file)],
            cwd=tree,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            self.ready = self._receive()
            expected = (tree / "vnner" / "__init__.py").resolve()
            if Path(self.ready["vnner_file"]).resolve() != expected:
                raise BaselineError(f"{name} process imported {self.ready['vnner_file']}, not {expected}")
        except BaselineError:
            self.close()
            raise

    def _receive(self) -> dict[str, Any]:
        readable, _, _ = select.select([self.process.stdout], [], [], self.timeout)
        line = self.process.stdout.readline() if readable else ""
        if not line:
            why = f"timed out after {self.timeout:.0f} s" if not readable else "exited (see stderr)"
            raise BaselineError(f"{self.name} worker on {self.tree} {why}")
        return json.loads(line)

    def time(self, passes: int, min_seconds: float) -> dict[str, Any]:
        self.process.stdin.write(json.dumps({"passes": passes, "min_seconds": min_seconds}) + "\n")
        self.process.stdin.flush()
        return self._receive()

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def compare(args: argparse.Namespace, commit: str, texts: list[str]) -> dict[str, Any]:
    load = OtherLoad()
    with tempfile.TemporaryDirectory(prefix="vnner-baseline-") as tmp, ExitStack() as stack:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        log(f"baseline: git worktree of {args.baseline_rev} ({commit[:12]})")
        trees = {"current": ROOT, "baseline": stack.enter_context(temporary_worktree(commit, Path(tmp)))}
        sides = {}
        for name, tree in trees.items():
            sides[name] = TreeProcess(name, tree, texts_file, args.timeout)
            stack.callback(sides[name].close)
        rounds: dict[str, list[dict[str, Any]]] = {name: [] for name in sides}
        for round_ in range(args.baseline_rounds):
            log(f"baseline round {round_ + 1}/{args.baseline_rounds}")
            for name, side in sides.items():
                rounds[name].append(side.time(args.repeat, args.min_seconds))
        ready = {name: side.ready for name, side in sides.items()}
    rates = {name: [round(len(texts) / min(r["wall_s"]), 2) for r in results] for name, results in rounds.items()}
    cpu = {name: min(min(r["cpu_s"]) for r in results) for name, results in rounds.items()}
    pairs = [ratio(a, b) for a, b in zip(rates["current"], rates["baseline"])]
    return {
        "what": "vnner.extract(text, model=None) per sentence in this tree and in a temporary git worktree of the "
        "baseline (removed after the run), each in its own process (PYTHONPATH = that tree); rounds alternate "
        "current, baseline; a round's rate is the side's best pass",
        "rev": args.baseline_rev,
        "commit": commit,
        "sentences": len(texts),
        "rounds": args.baseline_rounds,
        **{
            name: {
                "tree": str(trees[name]),
                "vnner_file": ready[name]["vnner_file"],
                "sentences_per_s": statistics.median(rates[name]),
                "sentences_per_s_per_round": rates[name],
                "cpu_seconds_per_pass": round(cpu[name], 4),
                "entities": ready[name]["entities"],
            }
            for name in sides
        },
        "same_entities": ready["current"]["entities_sha256"] == ready["baseline"]["entities_sha256"],
        "rules_vs_baseline_per_round": pairs,
        "rules_vs_baseline": round(statistics.median(pairs), 3),
        # single-threaded code on CPU seconds: what the ratio would be on an idle machine
        "rules_vs_baseline_cpu_time": ratio(cpu["baseline"], cpu["current"]),
        "other_processes_cpu_share": load.cpu_share(),
        "process_wall_s": round(load.wall(), 2),
    }
