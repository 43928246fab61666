"""Progress on stderr: stdout carries only the JSON report."""

import sys


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)
