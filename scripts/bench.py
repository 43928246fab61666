"""Speed and memory benchmark of vnner; prints ONE JSON object on stdout (progress on stderr).

    python scripts/bench.py                      # full run, a few minutes on 2 cores
    python scripts/bench.py --quick --arch tiny  # smoke run in seconds (the test uses it)
    python scripts/bench.py --skip-base --skip-f1 --baseline-rev 5bfab87   # rules here vs at 5bfab87

Workload: the corpus (`annotations/docs/*.jsonl`) cut into its sentences (`--unit paragraph`
keeps its paragraphs whole), each pass over all of them, the same passes for every configuration:

- `rules`: `extract_rules` (a); `default`: `extract()` with no arguments (b), whatever it is;
- `fp32`: a PhoBERT-base-shaped RobertaForTokenClassification (random weights, seeded) in vnner's
  `Tagger` with the project tokenizer (c); `int8`: the same after `quantize_dynamic` (d);
- `underthesea`: its `ner`, when the optional peer is installed.

Each configuration runs in a fresh subprocess, so its memory figures are its own:
`peak_rss_mib` is `resource.getrusage` ru_maxrss of that process (imports, model build and run);
`run_peak_rss_mib` is the RSS high-water mark of the timed passes alone (reset through
/proc/self/clear_refs just before them; null where the kernel refuses).

Rates come from the best pass (other load only ever adds time); median and worst are kept. The
fp32 rounds interleave end-to-end, bare-forward, one-at-a-time and matmul timings in one process,
so load from other processes hits the numbers that `overhead`, `batching_speedup` and
`efficiency` compare alike. `other_processes_cpu_share` (from /proc/stat) says how busy the
machine was. Repeated passes see the tagger's word-piece cache warm, as a long-running service would.

`--baseline-rev REV` adds `rules_vs_baseline`: `extract(text, model=None)` on the same sentences in
this tree and in a temporary git worktree of REV, each in its own process, rounds alternating
between them (see scripts/benchmarks/baseline.py). The modules are listed in scripts/benchmarks/__init__.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree's vnner, whatever is installed

from benchmarks.cli import main  # noqa: E402  (scripts/ is on sys.path: this file's folder)

if __name__ == "__main__":
    sys.exit(main(description=__doc__))
