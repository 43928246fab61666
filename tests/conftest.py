import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# The built gazetteer's cache (vnner.rules.provinces.cached_gazetteer): one fresh folder per run.
os.environ.setdefault("VNNER_CACHE_DIR", tempfile.mkdtemp(prefix="vnner-cache-"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILES = sorted((ROOT / "annotations" / "docs").glob("*.jsonl"))


@pytest.fixture(scope="session")
def corpus():
    from vnner.corpus import load_records

    return load_records(CORPUS_FILES)


@pytest.fixture(scope="session")
def run_component():
    """`run_component(name, text, found=..., before=..., document_date=...)`: the entities one component
    of the default pipeline adds to a `Doc` of `text` (see `vnner.pipeline.Pipeline.run_component`)."""
    from vnner.pipeline import default_pipeline

    return default_pipeline().run_component


def chromium_binary() -> str:
    """The headless browser the page tests drive; CI must have it, elsewhere they are skipped."""
    binary = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but no chromium binary was found; CI must install it (apt-get install chromium)")
        pytest.skip("no chromium binary on PATH (apt-get install chromium) to check pages in a real browser")
    return binary
