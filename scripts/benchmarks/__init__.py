"""The pieces of `scripts/bench.py`, one job each (run the script; nothing here is vnner's API).

- `cli`: the flags and `main` (a worker in its own process, or the whole run);
- `orchestrate`: which configurations run, each in a fresh process, and the one JSON report;
- `targets`: the ratios compared across configurations and their thresholds;
- `workload`: the corpus cut into sentences or paragraphs, and its token count;
- `measure`: timed passes and the rates read from them;
- `memory`: peak RSS of a worker, and of its timed passes alone;
- `machine`: what the machine is and how busy other processes keep it;
- `log`: progress lines on stderr (stdout carries only the report);
- `subprocesses`: one configuration in a fresh interpreter, its JSON result read back;
- `workers`: the configurations (rules, default, underthesea) and the registry of all of them;
- `batch_workers`: `vnner extract --input` with 1 and 2 worker processes, docs/s and the ratio;
- `model`: the fp32/int8 configurations: a random-weight Tagger, its stages, bare forward, matmul;
- `quantization_f1`: dev-split F1 of a trained model, fp32 vs int8;
- `baseline`: `--baseline-rev`: the rules in this tree vs a temporary git worktree of another revision;
- `baseline_worker`: the process timing one tree's rules for `baseline` (imports only vnner).
"""
