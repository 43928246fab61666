import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILES = sorted((ROOT / "annotations" / "docs").glob("*.jsonl"))


@pytest.fixture(scope="session")
def corpus():
    from vnner.corpus import load_records

    return load_records(CORPUS_FILES)
