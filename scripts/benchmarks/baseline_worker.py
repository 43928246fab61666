"""Times `vnner.extract(text, model=None)` over a list of texts in whichever vnner PYTHONPATH gives.

Run by `benchmarks.baseline`, once per tree, with PYTHONPATH set to that tree; it imports nothing
from the bench package, so the same file serves any revision. argv: a JSON file of texts. It
prints one JSON line when ready (which vnner, the entities found), then answers each request
line on stdin, {"passes": N, "min_seconds": S}, with the wall and CPU seconds of each pass.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

if sys.path and sys.path[0] and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # this script's folder: only PYTHONPATH decides which vnner is imported


def send(message: dict) -> None:
    print(json.dumps(message), flush=True)


def main() -> int:
    texts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    began = time.perf_counter()
    import vnner

    found = [vnner.extract(text, model=None) for text in texts]  # also the warm-up
    spans = [[(e.start, e.end, e.label) for e in entities] for entities in found]
    send(
        {
            "vnner_file": vnner.__file__,
            "python": sys.executable,
            "warmup_s": round(time.perf_counter() - began, 3),
            "entities": sum(map(len, spans)),
            "entities_sha256": hashlib.sha256(json.dumps(spans).encode()).hexdigest(),
        }
    )
    for line in sys.stdin:
        request = json.loads(line)
        walls: list[float] = []
        cpus: list[float] = []
        while len(walls) < request["passes"] or sum(walls) < request["min_seconds"]:
            wall, cpu = time.perf_counter(), time.process_time()
            for text in texts:
                vnner.extract(text, model=None)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        send({"wall_s": walls, "cpu_s": cpus})
    return 0


if __name__ == "__main__":
    sys.exit(main())
