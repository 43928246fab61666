"""The light install: rules, eval and the corpus tools never import the model packages, and a model
command without them says in one line which extra brings them."""

import importlib.util
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from vnner.cli import app

MODEL_PACKAGES = ("torch", "transformers", "datasets", "accelerate", "pyvi")
# Runs a CLI command in a fresh interpreter where importing any model package fails, as it would
# in a light install.
BLOCKED = """
import sys

class Absent:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {packages!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}")

sys.meta_path.insert(0, Absent())
from vnner.cli import main
sys.argv = ["vnner", *sys.argv[1:]]
main()
"""


def run_without_model_packages(*argv: str) -> subprocess.CompletedProcess:
    code = BLOCKED.format(packages=MODEL_PACKAGES)
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120)


def test_extract_runs_without_the_model_packages():
    done = run_without_model_packages("extract", "Chủ tịch UBND tỉnh Sơn La Lê Văn Dũng")
    assert done.returncode == 0, done.stderr
    assert "PROVINCE" in done.stdout and "PERSON" in done.stdout


def test_eval_and_corpus_tools_run_without_the_model_packages(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a-1", "text": "tỉnh Sơn La", "entities": [[5, 11, "PROVINCE"]]}\n', encoding="utf-8")
    assert run_without_model_packages("corpus", "validate", str(gold)).returncode == 0
    done = run_without_model_packages("eval", str(gold), "--rules-only", "--json")
    assert done.returncode == 0, done.stderr
    assert '"f1": 1.0' in done.stdout


@pytest.fixture
def no_torch(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))


def test_a_model_command_without_the_extra_names_it_in_one_line(no_torch, tmp_path):
    result = CliRunner().invoke(app, ["extract", "--model", str(tmp_path), "tỉnh Sơn La"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: loading the model {tmp_path} needs torch, which come with the model extra: pip install 'vnner[model]'"
    ]


def test_training_without_the_extra_names_it(no_torch, tmp_path):
    result = CliRunner().invoke(app, ["train", "configs/phobert-tiny.yaml", "--output", str(tmp_path)])
    assert result.exit_code == 2
    assert "training needs torch" in result.output and "vnner[model]" in result.output
