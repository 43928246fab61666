"""Properties that hold for any input: no exception, valid spans, exact original offsets."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnner import Entity, extract
from vnner.normalize import NormalizedText

SAMPLE = (
    "Ngày 2-4, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh trao 500 triệu đồng "
    "cho tỉnh Sê Kông; Bí thư, Tỉnh trưởng Attapu - Let XAYNHAPHON phát biểu (giai đoạn 2023-2027)."
)
vietnamese_text = st.text(
    alphabet=st.sampled_from(list(SAMPLE) + ["\u00a0", "\u0301", "\u0323", "–", "“", "\n", "\t", "ﬁ", "😀", "\x00"]),
    max_size=200,
)
any_text = st.one_of(st.text(max_size=200), vietnamese_text)


def assert_valid(text: str, entities: list[Entity]) -> None:
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.text.strip() == entity.text and entity.text
        assert 0.0 <= entity.score <= 1.0
    for left, right in zip(entities, entities[1:]):
        assert left.end <= right.start


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_extract_never_raises_and_keeps_offsets(text):
    assert_valid(text, extract(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(SAMPLE.split(" ")), min_size=1, max_size=30))
def test_nfd_and_old_tone_placement_give_the_same_entities(words):
    text = " ".join(words)
    expected = [(e.label, e.text) for e in extract(text)]
    for variant in (unicodedata.normalize("NFD", text), NormalizedText.build(text, "new").text):
        found = extract(variant)
        assert_valid(variant, found)
        view = [(e.label, NormalizedText.build(e.text, "old").text) for e in found]
        assert view == [(label, NormalizedText.build(t, "old").text) for label, t in expected]


def test_empty_and_blank_text():
    assert extract("") == []
    assert extract(" \n\t ") == []


def test_a_non_string_is_refused_clearly():
    import pytest

    with pytest.raises(TypeError, match="expects a str"):
        extract(b"bytes")  # type: ignore[arg-type]
