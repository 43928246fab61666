"""Failure modes and limits: huge inputs, bad configs, threads, mutated real text."""

import json
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnner import extract
from vnner.config import ConfigError, load_rules_config, load_yaml

SENTENCE = "Ngày 2-4, Bí thư Tỉnh ủy Quảng Nam Lương Nguyễn Minh Triết tiếp đoàn tỉnh Sê Kông.\n"
FILLER = "Các đại biểu thảo luận về hợp tác kinh tế, giáo dục và văn hóa giữa hai bên trong thời gian tới. " * 10


_ONE_MEGABYTE = """
import json, resource, sys
from vnner import extract
sentence, filler = sys.argv[1], sys.argv[2]
text = ((filler + "\\n" + sentence) * 1100)[:1_000_000]
extract("warm up: tỉnh Sê Kông", model=None)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
entities = extract(text, model=None)
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
ok = all(text[e.start:e.end] == e.text for e in entities)
print(json.dumps({"grown_kib": grown, "entities": len(entities), "expected": 5 * text.count(sentence),
                  "offsets_ok": ok, "last_start": entities[-1].start}))
"""


@pytest.mark.slow
def test_a_one_megabyte_document_in_bounded_memory_with_exact_offsets():
    """Peak RSS growth in a fresh process: a whole-text offset map alone would take >100 MiB."""
    run = subprocess.run([sys.executable, "-c", _ONE_MEGABYTE, SENTENCE, FILLER],
                         capture_output=True, text=True, check=True)
    result = json.loads(run.stdout)
    assert result["offsets_ok"] and result["entities"] == result["expected"] > 0
    assert result["last_start"] > 990_000
    assert result["grown_kib"] < 60 * 1024, result


def test_no_entity_is_lost_or_doubled_where_a_long_text_is_cut():
    """One long line (no breaks): the pieces' seams fall inside sentences, even inside names."""
    from vnner.pipeline import PIECE_CHARS

    sentence = "Sáng 2-4, Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh trao 500 triệu đồng cho tỉnh Sê Kông."
    one = [(e.label, e.text) for e in extract(sentence, model=None)]
    copies = 3 * PIECE_CHARS // len(sentence)
    text = " ".join([sentence] * copies)
    found = extract(text, model=None)
    assert [(e.label, e.text) for e in found] == one * copies
    assert all(text[e.start : e.end] == e.text for e in found)


def test_document_date_resolves_and_is_checked():
    import datetime as dt

    assert extract("ngày 2/4", document_date=dt.date(2024, 4, 3))[0].value == "2024-04-02"
    assert extract("ngày 2/4", document_date=dt.datetime(2024, 4, 3, 9, 30))[0].value == "2024-04-02"
    with pytest.raises(TypeError, match="document_date must be a datetime.date"):
        extract("ngày 2/4", document_date="2024-04-03")


GOOD_START = "pipeline: [dates]\ncomponents: {dates: {factory: dates}}\nlabel_priority: [DATE]\ntone_style: old\n"
HYBRID = "hybrid: {policy: {DATE: rules}, min_model_score: 0.5}\n"


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        (GOOD_START.replace("[DATE]", "[DATE, ORG]") + HYBRID, "unknown labels \\['ORG'\\]"),
        (GOOD_START.replace("old", "modern") + HYBRID, "tone_style"),
        (GOOD_START.replace("pipeline: [dates]", "pipeline: []") + HYBRID, "pipeline must be a non-empty list"),
        (GOOD_START.replace("[dates]", "[dates, money]") + HYBRID, "components.money: missing"),
        (f"{GOOD_START}hybrid: {{policy: {{LOC: rules}}, min_model_score: 0.5}}\n", "hybrid.*policy"),
        (f"{GOOD_START}hybrid: {{policy: {{DATE: rules}}, min_model_score: 7}}\n", "min_model_score"),
        (GOOD_START, "hybrid"),
    ],
)
def test_a_bad_rules_config_names_the_file_and_the_problem(tmp_path, yaml_text, message):
    path = tmp_path / "rules.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as error:
        load_rules_config(path)
    assert str(path) in str(error.value)


def test_unreadable_yaml_is_a_one_line_error(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("finders: [provinces\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_yaml(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_yaml(tmp_path / "absent.yaml")


def test_extract_is_safe_from_several_threads():
    texts = [SENTENCE * (1 + i % 4) for i in range(24)]
    expected = [extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(extract, texts)) == expected


def _mutate(text: str, data) -> str:
    """Case changes, NFD, inserted whitespace and punctuation at random places."""
    if data.draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    if data.draw(st.booleans()):
        text = text.upper() if data.draw(st.booleans()) else text.lower()
    for _ in range(data.draw(st.integers(0, 8))):
        where = data.draw(st.integers(0, len(text)))
        insert = data.draw(st.sampled_from([" ", "  ", "\u00a0", "\n", ",", ".", "–", "-", "“", "(", "\u0301"]))
        text = text[:where] + insert + text[where:]
    return text


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_mutated_corpus_text_gives_valid_spans(corpus, data):
    record = data.draw(st.sampled_from(corpus))
    text = _mutate(record.text, data)
    entities = extract(text)
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:]))


def test_pieces_stay_bounded_in_text_without_spaces():
    """A text with no spaces (or line breaks) must not turn one piece into the whole text."""
    from vnner.pipeline import PIECE_CHARS, PIECE_MARGIN, _pieces

    text = "x" * (5 * PIECE_CHARS)
    pieces = _pieces(text)
    assert len(pieces) >= 5
    assert all(p.end - p.start <= PIECE_CHARS + 2 * PIECE_MARGIN for p in pieces)
    assert [p.core_start for p in pieces[1:]] == [p.core_end for p in pieces[:-1]]
    assert pieces[0].core_start == 0 and pieces[-1].core_end == len(text)
