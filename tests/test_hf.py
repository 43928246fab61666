"""Hugging Face interop: `Entity.to_hf()` and `vnner extract --format hf` give the dicts of
`pipeline("ner", aggregation_strategy="simple")`, checked against the real pipeline's output."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from vnner import extract
from vnner.cli import app

TEXT = "Chủ tịch UBND tỉnh Sơn La Lê Văn Dũng tiếp đoàn ngày 2/4/2024."


def real_pipeline_keys(tmp_path) -> set[str]:
    """The keys of one entity from a real token-classification pipeline (a tiny random BERT)."""
    transformers = pytest.importorskip("transformers")
    torch = pytest.importorskip("torch")
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "b", "c"]) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(str(vocab))
    config = transformers.BertConfig(vocab_size=8, hidden_size=8, num_hidden_layers=1, num_attention_heads=1,
                                     intermediate_size=8, num_labels=2, id2label={0: "O", 1: "B-PERSON"},
                                     label2id={"O": 0, "B-PERSON": 1})
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.bias[:] = torch.tensor([-10.0, 10.0])  # every token a PERSON
    ner = transformers.pipeline("ner", model=model, tokenizer=tokenizer, aggregation_strategy="simple", device="cpu")
    found = ner("a b c")
    assert found, "the tiny pipeline found nothing"
    return set(found[0])


def test_to_hf_has_the_real_pipelines_shape(tmp_path):
    keys = real_pipeline_keys(tmp_path)
    for entity in extract(TEXT):
        row = entity.to_hf()
        assert set(row) == keys
        assert (row["entity_group"], row["word"], row["start"], row["end"]) == (
            entity.label, entity.text, entity.start, entity.end
        ) and TEXT[row["start"] : row["end"]] == row["word"]


def test_extract_format_hf_for_one_text_and_for_a_file(tmp_path):
    printed = json.loads(CliRunner().invoke(app, ["extract", "--format", "hf", TEXT]).stdout)
    assert printed == [e.to_hf() for e in extract(TEXT)]
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(output), "--format", "hf",
                                    "--no-progress"])
    assert done.exit_code == 0, done.output
    (row,) = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "a" and row["entities"] == printed


def test_an_unknown_format_is_refused():
    done = CliRunner().invoke(app, ["extract", "--format", "xml", TEXT])
    assert done.exit_code == 2 and "'xml' is not one of text, json, hf" in done.output
