import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnner.names import vowel_groups
from vnner.normalize import NormalizedText


@pytest.mark.parametrize(
    ("written", "old_style", "new_style"),
    [
        ("hòa", "hoà", "hòa"),
        ("hoà", "hoà", "hòa"),
        ("thủy", "thuỷ", "thủy"),
        ("khỏe", "khoẻ", "khỏe"),
        ("Qúy", "Quý", "Quý"),
        ("hoàng", "hoàng", "hoàng"),
        ("người", "người", "người"),
        ("giữa", "giữa", "giữa"),
        ("ngoài", "ngoài", "ngoài"),
        ("của", "của", "của"),
        ("Ủy", "Uỷ", "Ủy"),
        ("Uỷ", "Uỷ", "Ủy"),
    ],
)
def test_tone_placement(written, old_style, new_style):
    assert NormalizedText.build(written, "old").text == old_style
    assert NormalizedText.build(written, "new").text == new_style


def test_nfd_and_old_placement_give_the_same_view_as_nfc():
    nfc = "Chủ tịch UBND tỉnh Thanh Hóa, thủy lợi"
    variants = [unicodedata.normalize("NFD", nfc), "Chủ tịch UBND tỉnh Thanh Hoá, thuỷ lợi"]
    for variant in variants:
        assert NormalizedText.build(variant).text == NormalizedText.build(nfc).text


def test_spaces_quotes_and_dashes_are_canonical():
    doc = NormalizedText.build("Quảng Nam\u00a0 –  “Sê Kông”")
    assert doc.text == 'Quảng Nam - "Sê Kông"'


def test_offsets_map_back_to_the_original_string():
    original = unicodedata.normalize("NFD", "ông  Lê Văn Dũng\u00a0phát biểu")
    doc = NormalizedText.build(original)
    start = doc.text.index("Lê Văn Dũng")
    entity = doc.entity(start, start + len("Lê Văn Dũng"), "PERSON")
    assert original[entity.start : entity.end] == entity.text
    assert unicodedata.normalize("NFC", entity.text) == "Lê Văn Dũng"


def test_every_normalized_character_has_an_origin():
    for text in ["", " ", "\u0301abc", "a\u0301\u0301", "x\u00a0\u00a0y", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﬁ"]:
        doc = NormalizedText.build(text)
        assert len(doc.origin) == len(doc.text)
        assert all(0 <= s < e <= len(text) for s, e in doc.origin)
        letters = [c for c in unicodedata.normalize("NFC", text) if c.isalnum()]
        assert [c for c in unicodedata.normalize("NFC", doc.text) if c.isalnum()] == letters


def test_span_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="outside"):
        NormalizedText.build("abc").to_original(2, 9)


def test_a_whitespace_run_with_a_line_break_stays_a_line_break():
    doc = NormalizedText.build("Ảnh: Thành Cường \r\n  Thành Duy\u2028Mai Hoa\t Lan")
    assert doc.text == "Ảnh: Thành Cường\nThành Duy\nMai Hoa Lan"
    assert doc.to_original(16, 17) == (16, 21)  # the break covers the whole run it replaced


ALPHABET = list("aăâeêioôơuưy hòàỏõọủuỷỳUỷỦy\u00a0\t\r\n .,-–“”'09ĐđÀÁQuýí")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=300))
def test_the_stretch_copying_build_equals_the_reference_build(text):
    for style in ("old", "new"):
        fast, reference = NormalizedText.build(text, style), NormalizedText.build_slowly(text, style)
        assert fast.text == reference.text and list(fast.origin) == list(reference.origin)


def test_the_stretch_copying_build_equals_the_reference_on_every_stored_text():
    import glob
    import json
    from pathlib import Path

    paths = sorted(glob.glob("tests/data/*.jsonl"))
    texts = [json.loads(line)["text"] for path in paths for line in Path(path).read_text("utf-8").splitlines()]
    for text in texts + ["\u00a0 ".join(texts[:20]), "\r\n".join(texts[20:40])]:
        for style in ("old", "new"):
            fast, reference = NormalizedText.build(text, style), NormalizedText.build_slowly(text, style)
            assert fast.text == reference.text and list(fast.origin) == list(reference.origin)


@pytest.mark.parametrize(
    "word, groups",
    [("Khoa", 1), ("Dũng", 1), ("NGUYỄN", 1), ("Leklay", 2), ("Singapore", 4), ("Sivilay", 3), ("Ng", 0)],
)
def test_vowel_groups_tell_a_vietnamese_syllable_from_a_foreign_word(word, groups):
    assert vowel_groups(word) == groups
