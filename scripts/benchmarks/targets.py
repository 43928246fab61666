"""The ratios the report compares across configurations, and their targets."""

from __future__ import annotations

from typing import Any

from benchmarks.measure import ratio

TARGETS = {  # name: (comparison, threshold)
    "overhead": ("<=", 1.15),
    "efficiency": (">=", 0.65),
    "int8_speedup": (">=", 1.4),
    "batching_speedup": (">=", 1.5),
    "vs_underthesea": (">=", 10.0),
    "rules_vs_baseline": (">=", 0.95),
    "time_1MB_over_100KB": ("<=", 11.0),
    "time_4MB_over_1MB": ("<=", 4.4),
    "one_piece_time_10x": ("<=", 11.0),  # the stages themselves, on one uncut text ten times longer
    "workers_speedup": (">=", 1.6),
    "rules_chars_per_s": (">=", 600_000),
}


def lookup(results: dict[str, Any], config: str, *path: str) -> Any:
    """results[config][path[0]][path[1]]..., None where any step is missing."""
    node = results.get(config)
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def ratios(results: dict[str, Any], baseline: dict[str, Any] | None) -> dict[str, float | None]:
    def value(config: str, *path: str) -> float | None:
        return lookup(results, config, *path)

    fp32_bare = value("fp32", "bare_forward", "tokens_per_s")
    flop = value("fp32", "flop_per_token", "total")
    matmul = value("fp32", "matmul", "gflop_per_s")
    return {
        "overhead": value("fp32", "overhead"),
        "efficiency": ratio(fp32_bare * flop if fp32_bare and flop else None, matmul * 1e9 if matmul else None),
        "int8_speedup": ratio(value("int8", "tokens_per_s"), value("fp32", "tokens_per_s")),
        "batching_speedup": ratio(value("fp32", "sentences_per_s"), value("fp32", "one_at_a_time", "sentences_per_s")),
        "vs_underthesea": ratio(value("default", "sentences_per_s"), value("underthesea", "sentences_per_s")),
        "rules_vs_underthesea": ratio(value("rules", "sentences_per_s"), value("underthesea", "sentences_per_s")),
        # single-threaded code on CPU seconds: what vs_underthesea would be on an idle machine
        "vs_underthesea_cpu_time": ratio(
            value("underthesea", "cpu_seconds_per_pass"), value("default", "cpu_seconds_per_pass")
        ),
        "rules_vs_baseline": baseline["rules_vs_baseline"] if baseline else None,
        "time_1MB_over_100KB": value("scaling", "time_1MB_over_100KB"),
        "time_4MB_over_1MB": value("scaling", "time_4MB_over_1MB"),
        "one_piece_time_10x": value("scaling", "one_piece", "time_10x"),
        "workers_speedup": value("batch_workers", "workers_speedup"),
        "rules_chars_per_s": value("rules", "chars_per_s"),
    }


def target_block(values: dict[str, float | None]) -> dict[str, Any]:
    block = {}
    for name, (comparison, threshold) in TARGETS.items():
        value = values.get(name)
        passed = None if value is None else (value <= threshold if comparison == "<=" else value >= threshold)
        block[name] = {"value": value, "target": f"{comparison} {threshold}", "pass": passed}
    return block
