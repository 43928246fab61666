"""The path a user with `vinai/phobert-base` takes, on a PhoBERT-shaped checkpoint scaled down:
fine-tune from a base directory, save, `Tagger.from_pretrained`, predict; plus windowing seams
and the one-line errors for broken model directories. No network: conftest sets HF_HUB_OFFLINE."""

from __future__ import annotations

import json
import shutil
import unicodedata
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
import torch
from test_model_units import RECORDS, record  # tests/ is on sys.path under pytest

from vnner.bio import TAGS
from vnner.corpus import write_jsonl
from vnner.model import ModelError, Tagger
from vnner.model.bpe import build_tokenizer
from vnner.model.tagger import STAGES
from vnner.model.train import train_from_config
from vnner.model.windows import make_windows, owners
from vnner.tokens import tokenize

pytestmark = pytest.mark.slow  # trains small models

MORE = [
    record(
        "c-1",
        "Bí thư Tỉnh ủy Nguyễn Văn An làm việc tại Hà Nội.",
        ("Bí thư Tỉnh ủy", "TITLE"),
        ("Nguyễn Văn An", "PERSON"),
        ("Hà Nội", "PROVINCE"),
    ),
    record(
        "c-2",
        "Ngày 2/4, tỉnh Đà Nẵng chi 300 triệu đồng.",
        ("2/4", "DATE"),
        ("Đà Nẵng", "PROVINCE"),
        ("300 triệu đồng", "MONEY"),
    ),
]
CORPUS = RECORDS + MORE


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """What `vinai/phobert-base` is on the hub, in miniature: RobertaForMaskedLM + fastBPE files."""
    from transformers import PhobertTokenizer, RobertaConfig, RobertaForMaskedLM

    directory = build_tokenizer([r.text for r in CORPUS] * 2, tmp_path_factory.mktemp("phobert-base"), merges=400)
    tokenizer = PhobertTokenizer(str(directory / "vocab.txt"), str(directory / "bpe.codes"))
    config = RobertaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=258,
        type_vocab_size=1,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        tokenizer_class="PhobertTokenizer",
    )
    torch.manual_seed(0)
    RobertaForMaskedLM(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def fine_tune(base, root, seed=7):
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    write_jsonl(CORPUS, docs / "all.jsonl")
    (root / "config.yaml").write_text(
        json.dumps(
            {
                "model": {"pretrained": str(base)},
                "max_length": 64,
                "overlap": 8,
                "data": {"corpus": str(docs / "*.jsonl"), "train_on": "all"},
                "augment": {"enabled": True, "copies": 1, "seed": 1},
                "training": {
                    "seed": seed,
                    "max_steps": 60,
                    "learning_rate": 3e-3,
                    "per_device_train_batch_size": 4,
                    "optim": "adamw_torch_fused",
                    "train_sampling_strategy": "group_by_length",
                    "disable_tqdm": True,
                    "logging_strategy": "no",
                    "dataloader_pin_memory": False,
                },
            }
        ),
        encoding="utf-8",
    )
    train_from_config(root / "config.yaml", root / "model")
    return root / "model"


@pytest.fixture(scope="module")
def trained(base, tmp_path_factory):
    return fine_tune(base, tmp_path_factory.mktemp("run"))


def test_fine_tuned_directory_reloads_and_predicts_offsets_into_the_original(trained):
    assert {"config.json", "model.safetensors", "vocab.txt", "bpe.codes", "vnner.json"} <= {
        p.name for p in trained.iterdir()
    }
    tagger = Tagger.from_pretrained(str(trained))
    texts = [r.text for r in CORPUS]
    nfd = unicodedata.normalize("NFD", texts[0]).replace(" ", "  ")
    predictions = tagger.predict([*texts, nfd, ""])
    assert predictions[-1] == []
    for text, entities in zip([*texts, nfd], predictions):
        for entity in entities:
            assert text[entity.start : entity.end] == entity.text
            assert entity.source == "model" and 0.0 <= entity.score <= 1.0
    gold = {(r.id, e.key) for r in CORPUS for e in r.entities}
    found = {(r.id, e.key) for r, entities in zip(CORPUS, predictions) for e in entities}
    assert len(gold & found) >= len(gold) // 2  # the few training sentences are learned


def test_training_is_reproducible(base, trained, tmp_path):
    from safetensors.torch import load_file

    again = fine_tune(base, tmp_path)
    first, second = load_file(trained / "model.safetensors"), load_file(again / "model.safetensors")
    assert first.keys() == second.keys() and all(torch.equal(first[k], second[k]) for k in first)


class TagByPiece(torch.nn.Module):
    """A context-free stand-in model: each piece's tag depends on its id only."""

    def forward(self, input_ids, attention_mask):
        logits = torch.nn.functional.one_hot((input_ids * 7) % len(TAGS), len(TAGS)).float() * 5
        return SimpleNamespace(logits=logits)


def test_windows_lose_and_duplicate_nothing_at_seams(trained):
    tagger = Tagger.from_pretrained(trained)
    whole = Tagger(TagByPiece(), tagger.tokenizer, tagger.meta)
    small = Tagger(TagByPiece(), tagger.tokenizer, {**tagger.meta, "max_length": 12, "overlap": 3}, batch_size=3)
    text = " ".join(r.text for r in CORPUS * 3)
    expected, got = whole.predict([text])[0], small.predict([text])[0]
    assert got == expected and len(expected) > 10
    tokens = tokenize(text)
    groups = small.encoder.words([tokens])[0]
    lengths = [len(small.encoder.word_pieces(tokens, g)) for g in groups]
    windows = make_windows(lengths, small.encoder.budget, 3)
    owner = owners(windows, len(groups))
    word_of = {unit: word for word, group in enumerate(groups) for unit in group}
    crossing = [
        e for e in got if len({owner[word_of[i]] for i, t in enumerate(tokens) if e.start <= t.start < e.end}) > 1
    ]
    assert len(windows) > 10 and crossing  # entities read from two windows still come out whole, once


def test_timer_hook_wraps_each_stage_of_predict_and_changes_nothing(trained):
    tagger = Tagger.from_pretrained(trained, batch_size=2)
    texts = [r.text for r in CORPUS]
    expected = tagger.predict(texts)
    events: list[tuple[str, str]] = []

    @contextmanager
    def timer(stage):
        events.append(("enter", stage))
        yield
        events.append(("exit", stage))

    tagger.timer = timer
    assert tagger.predict(texts) == expected
    entered = [stage for what, stage in events if what == "enter"]
    assert events == [(what, stage) for stage in entered for what in ("enter", "exit")]  # never nested
    assert set(entered) == set(STAGES)
    assert entered[:2] == ["segmentation", "tokenization"] and entered[-1] == "postprocessing"
    assert entered.count("forward") == len(texts) // 2  # once per batch
    assert tagger.quantized().timer is not timer


def test_broken_model_directories_fail_with_one_line(base, trained, tmp_path):
    def error_for(path) -> str:
        with pytest.raises(ModelError) as caught:
            Tagger.from_pretrained(path)
        message = str(caught.value)
        assert "\n" not in message
        return message

    assert "no such model directory" in error_for(tmp_path / "missing")
    assert "vnner.json" in error_for(base) and "fine-tune" in error_for(base)
    broken = shutil.copytree(trained, tmp_path / "broken")
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    assert "cannot load model" in error_for(broken)
    (broken / "model.safetensors").unlink()
    assert "missing model.safetensors" in error_for(broken)
    relabelled = shutil.copytree(trained, tmp_path / "relabelled")
    meta = json.loads((relabelled / "vnner.json").read_text(encoding="utf-8"))
    (relabelled / "vnner.json").write_text(json.dumps({**meta, "labels": meta["labels"][:-1]}), encoding="utf-8")
    assert "do not match" in error_for(relabelled)
    assert "no such directory and not downloadable" in error_for("nobody/no-such-model")


def test_extract_with_a_model_directory_plain_quantized_and_from_threads(trained):
    from concurrent.futures import ThreadPoolExecutor

    from vnner import extract
    from vnner.pipeline import load_tagger

    texts = [r.text for r in CORPUS] * 3
    expected = extract(texts, model=str(trained))
    assert load_tagger(str(trained)) is load_tagger(str(trained))  # loaded once per process
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda t: extract(t, model=str(trained)), texts)) == expected
    quantized = extract(texts, model=str(trained), quantize=True)
    for text, entities in zip(texts, quantized):
        assert all(text[e.start : e.end] == e.text for e in entities)
        assert all(a.end <= b.start for a, b in zip(entities, entities[1:]))


def test_quantized_tagger_is_a_new_int8_tagger_and_leaves_the_original(trained):
    import warnings

    tagger = Tagger.from_pretrained(trained, batch_size=8, max_tokens=512)
    texts = [r.text for r in CORPUS]
    expected = tagger.predict(texts)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # torch.ao's deprecation notices are silenced inside
        quantized = tagger.quantized()
    assert quantized is not tagger and quantized.model is not tagger.model
    assert (quantized.meta, quantized.path, quantized.batch_size, quantized.max_tokens) == (
        tagger.meta,
        tagger.path,
        8,
        512,
    )
    linears = [type(m).__module__ for m in quantized.model.modules() if type(m).__name__ == "Linear"]
    assert linears and all("quantized" in name for name in linears)
    assert not any("quantized" in type(m).__module__ for m in tagger.model.modules())
    assert tagger.predict(texts) == expected
    for text, entities in zip(texts, quantized.predict(texts)):
        assert all(text[e.start : e.end] == e.text for e in entities)


def test_a_trained_directory_loads_with_plain_transformers_and_names_its_tags(trained):
    """What Hugging Face code does with it: AutoModelForTokenClassification, id2label the IOB2 tags."""
    from transformers import AutoModelForTokenClassification

    model = AutoModelForTokenClassification.from_pretrained(trained)
    assert [model.config.id2label[i] for i in range(len(TAGS))] == list(TAGS)
    assert model.config.label2id == {tag: i for i, tag in enumerate(TAGS)}
