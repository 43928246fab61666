"""Model-layer pieces that need no trained weights: segmentation, windows, encoding, BPE files,
augmentation, settings and the hybrid merge."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vnner.config import HybridSettings, load_training_config
from vnner.corpus import Record
from vnner.entity import Entity
from vnner.hybrid import merge
from vnner.model.augment import augment
from vnner.model.bpe import alphabet, build_tokenizer
from vnner.model.encode import Encoder, entity_ids, expand
from vnner.model.segment import PyviSegmenter, align_words, get_segmenter, split_at_boundaries
from vnner.model.windows import make_windows, owners
from vnner.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent


def record(rid: str, text: str, *spans: tuple[str, str]) -> Record:
    entities, position = [], 0
    for surface, label in spans:
        start = text.index(surface, position)
        entities.append(Entity.from_span(text, start, start + len(surface), label))
        position = start + len(surface)
    return Record(rid, text, entities, {"doc": rid.split("-")[0]})


RECORDS = [
    record(
        "a-1",
        "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng tiếp đoàn ngày 27/3/2024.",
        ("Chủ tịch UBND tỉnh", "TITLE"),
        ("Quảng Nam", "PROVINCE"),
        ("Lê Văn Dũng", "PERSON"),
        ("27/3/2024", "DATE"),
    ),
    record(
        "b-1",
        "Ông Nguyễn Đức Dũng trao 1.500 tỷ đồng cho tỉnh Sê Kông.",
        ("Nguyễn Đức Dũng", "PERSON"),
        ("1.500 tỷ đồng", "MONEY"),
        ("Sê Kông", "PROVINCE"),
    ),
]


def test_pyvi_groups_cover_units_in_order_and_keep_numbers_whole():
    units = [t.text for t in tokenize("Phó Bí thư Thành uỷ ngày 27/3 trao 1.500 tỷ đồng")]
    (groups,) = get_segmenter("pyvi").segment([units])
    assert [i for g in groups for i in g] == list(range(len(units)))
    assert [units[i] for i in groups[0]] == ["Phó", "Bí", "thư"]
    assert [units.index("27/3")] in groups and [units.index("1.500")] in groups
    assert PyviSegmenter().segment([[]]) == [[]]


def test_words_never_cross_entity_edges_in_training():
    tags = ["O", "B-TITLE", "I-TITLE", "B-PERSON", "I-PERSON", "O"]
    assert entity_ids(tags) == [None, 0, 0, 1, 1, None]
    assert split_at_boundaries([[0, 1], [2, 3, 4], [5]], entity_ids(tags)) == [[0], [1], [2], [3, 4], [5]]


def test_align_words_joins_units_and_gives_up_on_changed_characters():
    assert align_words(["Hà", "Nội", "27/3"], [["Hà", "Nội"], ["27"], ["/"], ["3"]]) == [[0, 1], [2]]
    assert align_words(["Hoà", "Bình"], [["Hòa", "Bình"], ["x"]]) == [[0], [1]]


def test_expand_gives_the_first_unit_the_word_tag():
    assert expand(["B-TITLE", "O", "I-TITLE"], [[0, 1], [2], [3, 4]], 5) == [
        "B-TITLE",
        "I-TITLE",
        "O",
        "I-TITLE",
        "I-TITLE",
    ]


def test_windows_fit_the_budget_overlap_and_give_every_word_one_owner():
    lengths = [3, 1, 2, 5, 1, 1, 4, 2, 2, 1, 30, 1]
    windows = make_windows(lengths, budget=8, overlap=2)
    assert windows[0][0] == 0 and windows[-1][1] == len(lengths)
    for (start, end), (next_start, _) in zip(windows, windows[1:]):
        assert next_start > start and next_start <= end
    assert all(sum(lengths[s:e]) <= 8 or e - s == 1 for s, e in windows)
    owner = owners(windows, len(lengths))
    assert all(windows[w][0] <= i < windows[w][1] for i, w in enumerate(owner))
    assert make_windows([], 8, 2) == [(0, 0)]


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory):
    return build_tokenizer([r.text for r in RECORDS] * 3, tmp_path_factory.mktemp("tok"), merges=300)


@pytest.fixture(scope="module")
def tokenizer(tokenizer_dir):
    from transformers import PhobertTokenizer

    return PhobertTokenizer(str(tokenizer_dir / "vocab.txt"), str(tokenizer_dir / "bpe.codes"))


def test_bpe_files_follow_the_fastbpe_format_and_know_every_letter(tokenizer, tokenizer_dir, tmp_path):
    codes = (tokenizer_dir / "bpe.codes").read_text(encoding="utf-8")
    assert len(codes.splitlines()) > 50
    assert codes.endswith("\n") and all(len(line.split()) == 3 for line in codes.splitlines())
    letters = " ".join(alphabet())
    assert tokenizer.unk_token_id not in tokenizer(letters + " Thành_uỷ " + "".join(alphabet()))["input_ids"]
    again = build_tokenizer([r.text for r in RECORDS] * 3, tmp_path / "again", merges=300)
    assert (again / "bpe.codes").read_text(encoding="utf-8") == codes  # deterministic


def test_training_rows_label_first_pieces_and_split_long_texts(tokenizer):
    from vnner.bio import TAGS, to_dataset

    encoder = Encoder(tokenizer, get_segmenter("pyvi"), "old", max_length=10, overlap=2)
    rows = encoder.training_rows(to_dataset(RECORDS)[:], list(TAGS))
    assert len(rows["input_ids"]) > len(RECORDS)  # windows
    for ids, labels in zip(rows["input_ids"], rows["labels"]):
        assert len(ids) <= 10 and ids[0] == tokenizer.cls_token_id and ids[-1] == tokenizer.sep_token_id
        assert labels[0] == labels[-1] == -100 and any(label != -100 for label in labels)
    first = [TAGS[label] for label in rows["labels"][0] if label != -100]
    assert first[:3] == ["B-TITLE", "I-TITLE", "I-TITLE"]  # Chủ_tịch | UBND | tỉnh


def test_augment_is_seeded_keeps_offsets_and_labels():
    variants = augment(RECORDS, copies=2, seed=3)
    assert variants == augment(RECORDS, copies=2, seed=3) and len(variants) == 4
    for variant in variants:
        original = next(r for r in RECORDS if variant.id.startswith(r.id))
        assert [e.label for e in variant.entities] == [e.label for e in original.entities]
        assert all(variant.text[e.start : e.end] == e.text for e in variant.entities)
        dates = [e.text for e in variant.entities if e.label in ("DATE", "MONEY", "TITLE")]
        assert dates == [e.text for e in original.entities if e.label in ("DATE", "MONEY", "TITLE")]
    assert any(v.text != r.text for v, r in zip(variants[::2], RECORDS))


def test_config_overrides_are_parsed_as_yaml(tmp_path):
    from vnner.config import ConfigError

    path = tmp_path / "c.yaml"
    path.write_text("model: {tokenizer: tok}\ntraining: {seed: 1}\n", encoding="utf-8")
    config = load_training_config(path, ["training.num_train_epochs=3", "augment.enabled=true"])
    assert config.training == {"seed": 1, "num_train_epochs": 3} and config.augment.enabled is True
    with pytest.raises(ConfigError, match="exactly one"):
        load_training_config(path, ["model.pretrained=vinai/phobert-base"])


def entity(text: str, label: str, start: int, source: str, score: float = 1.0, value=None) -> Entity:
    return Entity(text, label, start, start + len(text), score=score, source=source, value=value)


def test_merge_policy_rules_for_dates_model_for_people():
    rules = [
        entity("27/3/2024", "DATE", 40, "rules", value="2024-03-27"),
        entity("Lê Văn", "PERSON", 10, "rules"),
        entity("Quảng Nam", "PROVINCE", 60, "rules", value="Quảng Nam"),
    ]
    model = [
        entity("3/2024", "DATE", 43, "model", 0.9),
        entity("Lê Văn Dũng", "PERSON", 10, "model", 0.8),
        entity("Quảng Nam", "PROVINCE", 60, "model", 0.7),
        entity("Sê Kông", "PROVINCE", 80, "model", 0.6),
    ]
    people_to_model = {"DATE": "rules", "MONEY": "rules", "PROVINCE": "rules", "PERSON": "model", "TITLE": "model"}
    merged = merge(model, rules, HybridSettings(people_to_model, 0.0))
    assert [(e.text, e.source) for e in merged] == [
        ("Lê Văn Dũng", "model"),
        ("27/3/2024", "rules"),
        ("Quảng Nam", "rules"),
        ("Sê Kông", "model"),
    ]
    assert merged[1].value == "2024-03-27"
    assert all(a.end <= b.start for a, b in zip(merged, merged[1:]))
    kept = merge([entity("Quảng Nam", "PROVINCE", 60, "model")], rules, HybridSettings({"PROVINCE": "model"}, 0))
    assert kept[-1].source == "model" and kept[-1].value == "Quảng Nam"
    assert merge([entity("Sê Kông", "PROVINCE", 80, "model", 0.2)], [], HybridSettings({}, 0.5)) == []


def test_vncorenlp_segmenter_when_installed():
    pytest.importorskip("py_vncorenlp")
    from vnner.model.segment import VnCoreNLPSegmenter

    try:
        segmenter = VnCoreNLPSegmenter()
    except Exception as error:  # installed but without Java or its model files
        pytest.skip(f"VnCoreNLP not usable here: {error}")
    units = [t.text for t in tokenize("Chủ tịch UBND ngày 27/3")]
    (groups,) = segmenter.segment([units])
    assert [i for g in groups for i in g] == list(range(len(units)))


def test_training_refuses_to_replace_a_directory_that_is_not_a_model(tmp_path):
    from vnner.model.errors import ModelError
    from vnner.model.train import check_output_dir

    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ModelError, match="not a vnner model directory"):
        check_output_dir(tmp_path)
    assert (tmp_path / "notes.txt").exists()
    check_output_dir(tmp_path / "new")  # absent: fine
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "vnner.json").write_text("{}", encoding="utf-8")
    check_output_dir(tmp_path / "model")  # a previous model: replaced after training


@pytest.mark.parametrize(
    ("override", "key"),
    [
        ("max_length=abc", "max_length"),
        ("overlap=1.5", "overlap"),
        ("augment.copies=two", "augment.copies"),
        ("training.seed=x", "training.seed"),
        ("segmenter=foo", "segmenter"),
        ("segmenter=syllable", "segmenter"),  # removed: nothing used it
        ("data.corpus=nothing/*.jsonl", "data.corpus"),
        ("data.train_on=dev", "data.train_on"),
        ("training=5", "training"),
    ],
)
def test_bad_config_values_are_one_line_config_errors_naming_path_and_key(tmp_path, override, key):
    from vnner.config import ConfigError

    path = tmp_path / "c.yaml"
    path.write_text("model: {tokenizer: tok}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_training_config(path, [override])
    message = str(caught.value)
    assert message.startswith(f"{path}: {key} ") and "\n" not in message


def test_unknown_training_option_is_a_config_error_naming_the_key():
    from transformers import TrainingArguments

    from vnner.config import ConfigError
    from vnner.model.train import check_training_options

    check_training_options({"seed": 1, "num_train_epochs": 2}, TrainingArguments)
    with pytest.raises(ConfigError, match=r"^training\.bogus_arg: "):
        check_training_options({"seed": 1, "bogus_arg": 1}, TrainingArguments)
    with pytest.raises(ConfigError, match=r"^training\.output_dir: "):
        check_training_options({"output_dir": "x"}, TrainingArguments)


def test_augment_fails_loudly_when_a_shipped_table_is_missing(tmp_path, monkeypatch):
    import vnner.data
    import vnner.model.augment as module

    monkeypatch.setattr(vnner.data, "DATA_DIR", tmp_path)  # a broken install: no provinces.tsv, no surnames.txt
    with pytest.raises(vnner.data.DataError, match=r"provinces\.tsv: cannot read"):
        augment(RECORDS, copies=1, seed=0)
    monkeypatch.undo()
    assert "Nguyễn" in module.surname_display_forms()  # display forms, not lexicon keys


def test_model_package_exports_no_dead_names():
    import vnner.model
    from vnner.model.segment import SEGMENTERS

    assert not hasattr(vnner.model, "DEFAULT_MODEL") and set(vnner.model.__all__) == {"ModelError", "Tagger"}
    assert set(SEGMENTERS) == {"pyvi", "vncorenlp"}


def test_model_meta_has_what_a_tagger_reads():
    from vnner.bio import TAGS
    from vnner.model.checkpoint import model_meta

    config = load_training_config(ROOT / "configs" / "phobert-tiny.yaml")
    assert model_meta(config, TAGS) == {
        "labels": list(TAGS),
        "segmenter": "pyvi",
        "tone_style": "old",
        "max_length": 256,
        "overlap": 32,
    }


def run_script(*argv: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    return subprocess.run([sys.executable, *argv], capture_output=True, text=True, timeout=120, cwd=cwd, env=env)


def assert_one_line_error(done: subprocess.CompletedProcess, *fragments: str) -> None:
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and all(f in done.stderr for f in fragments), done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("script", ["train.py", "cross_validate.py"])
def test_scripts_report_a_missing_config_in_one_line(tmp_path, script):
    assert_one_line_error(run_script(str(ROOT / "scripts" / script), "nope.yaml", cwd=tmp_path), "nope.yaml")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("override", "fragment"),
    [
        ("max_length=abc", "max_length"),
        ("data.corpus=nothing/*.jsonl", "data.corpus"),
        ("segmenter=foo", "segmenter"),
        ("training.bogus_arg=1", "training.bogus_arg"),
    ],
)
def test_train_script_reports_bad_values_in_one_line(tmp_path, override, fragment):
    config = str(ROOT / "configs" / "phobert-tiny.yaml")
    done = run_script(str(ROOT / "scripts" / "train.py"), config, "--output", str(tmp_path / "m"), override)
    assert_one_line_error(done, fragment)
    assert not (tmp_path / "m").exists()


@pytest.mark.slow
def test_vnner_train_reports_a_bad_value_in_one_line(tmp_path):
    config = str(ROOT / "configs" / "phobert-tiny.yaml")
    done = run_script("-m", "vnner.cli", "train", config, "--output", str(tmp_path / "m"), "max_length=abc")
    assert_one_line_error(done, "max_length")


@pytest.mark.slow
def test_scripts_refuse_a_corpus_glob_or_corpus_without_records(tmp_path):
    done = run_script(str(ROOT / "scripts" / "build_tokenizer.py"), "--corpus", "/nothing/*.jsonl", "--output", "x")
    assert_one_line_error(done, "/nothing/*.jsonl")
    assert not (ROOT / "x").exists()
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    config = str(ROOT / "configs" / "phobert-tiny.yaml")
    corpus = f"data.corpus={tmp_path / '*.jsonl'}"
    assert_one_line_error(run_script(str(ROOT / "scripts" / "cross_validate.py"), config, corpus), "2+ documents")
