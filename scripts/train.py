"""Trains a vnner PhoBERT tagger from a config file.

python scripts/train.py configs/phobert-tiny.yaml --output vnner/default_model
python scripts/train.py configs/phobert-base.yaml --output runs/base training.num_train_epochs=10
torchrun --nproc_per_node=4 scripts/train.py configs/phobert-base.yaml --output runs/base
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vnner.config import ConfigError  # noqa: E402
from vnner.corpus import CorpusError  # noqa: E402
from vnner.model.errors import ModelError  # noqa: E402
from vnner.model.train import train_from_config  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config", help="YAML training config, e.g. configs/phobert-tiny.yaml")
    parser.add_argument("--output", default=None, help="model directory to write (default: runs/<config name>)")
    parser.add_argument("overrides", nargs="*", help="config overrides such as training.seed=7")
    args = parser.parse_intermixed_args(argv)
    output = args.output or f"runs/{Path(args.config).stem}"
    started = time.perf_counter()
    try:
        metrics = train_from_config(args.config, output, args.overrides)
    except (ConfigError, CorpusError, ModelError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    metrics["wall_seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in metrics.items()}))
    print(f"saved {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
