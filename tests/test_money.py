"""MONEY rules: amounts with a currency, on sentences written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

from vnner.data import DATA_DIR
from vnner.pipeline import default_pipeline, extract_rules


def money(text: str) -> list[tuple[str, dict]]:
    entities = default_pipeline().run_component("money", text)
    for e in entities:
        assert text[e.start : e.end] == e.text
        assert e.label == "MONEY" and e.source.startswith("money:") and 0 < e.score <= 1
    return [(e.text, e.value) for e in entities]


def vnd(amount: int | float) -> dict:
    return {"amount": amount, "currency": "VND"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn trao tặng 500 triệu đồng cho quỹ.", [("500 triệu đồng", vnd(500_000_000))]),
        ("Dự án cần khoảng 1,5 tỷ đồng.", [("1,5 tỷ đồng", vnd(1_500_000_000))]),
        ("Tài trợ hơn 100.000 USD.", [("100.000 USD", {"amount": 100_000, "currency": "USD"})]),
        ("Quỹ nhận gần 650.000.000 đồng.", [("650.000.000 đồng", vnd(650_000_000))]),
        ("Tỉnh bạn góp 10 triệu kíp.", [("10 triệu kíp", {"amount": 10_000_000, "currency": "LAK"})]),
        ("Vé vào cửa 20.000 kíp.", [("20.000 kíp", {"amount": 20_000, "currency": "LAK"})]),
        ("Hỗ trợ 300 triệu đồng tiền mặt.", [("300 triệu đồng", vnd(300_000_000))]),
        ("Gói thầu 1 tỷ 200 triệu đồng.", [("1 tỷ 200 triệu đồng", vnd(1_200_000_000))]),
        ("Vốn đầu tư 2,5 nghìn tỷ đồng.", [("2,5 nghìn tỷ đồng", vnd(2_500_000_000_000))]),
        ("Giá vé 50.000đ một lượt.", [("50.000đ", vnd(50_000))]),
        (
            "Phí 20.000 VNĐ, 30.000 vnđ, 40.000 VND.",
            [("20.000 VNĐ", vnd(20_000)), ("30.000 vnđ", vnd(30_000)), ("40.000 VND", vnd(40_000))],
        ),
        (
            "Khoản vay 2 triệu đô la Mỹ và 3 triệu đô-la Mỹ.",
            [
                ("2 triệu đô la Mỹ", {"amount": 2_000_000, "currency": "USD"}),
                ("3 triệu đô-la Mỹ", {"amount": 3_000_000, "currency": "USD"}),
            ],
        ),
        (
            "Chi phí $250 và 1,2 USD.",
            [("$250", {"amount": 250, "currency": "USD"}), ("1,2 USD", {"amount": 1.2, "currency": "USD"})],
        ),
        (
            "Học bổng 5 triệu Kip và 7 triệu LAK.",
            [
                ("5 triệu Kip", {"amount": 5_000_000, "currency": "LAK"}),
                ("7 triệu LAK", {"amount": 7_000_000, "currency": "LAK"}),
            ],
        ),
        (
            "Giá 40 euro, 1.000 bạt, 8 triệu nhân dân tệ, 100 triệu yên, 9.000 riel.",
            [
                ("40 euro", {"amount": 40, "currency": "EUR"}),
                ("1.000 bạt", {"amount": 1000, "currency": "THB"}),
                ("8 triệu nhân dân tệ", {"amount": 8_000_000, "currency": "CNY"}),
                ("100 triệu yên", {"amount": 100_000_000, "currency": "JPY"}),
                ("9.000 riel", {"amount": 9000, "currency": "KHR"}),
            ],
        ),
        (
            "Trao 260 triệu kíp (tương đương 650.000.000 đồng).",
            [("260 triệu kíp", {"amount": 260_000_000, "currency": "LAK"}), ("650.000.000 đồng", vnd(650_000_000))],
        ),
        (
            "Mức hỗ trợ 5-10 triệu đồng mỗi hộ.",
            [("5-10 triệu đồng", {"amount": 5_000_000, "amount_max": 10_000_000, "currency": "VND"})],
        ),
    ],
)
def test_amounts(text: str, expected: list[tuple[str, dict]]) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh tặng 15.000 khẩu trang và 2 máy thở.",
        "Kinh phí hỗ trợ tăng 12% so với 500 triệu năm trước.",
        "Cảm ơn 2 đồng chí và 3 đồng bào đã giúp đỡ.",
        "Tỉnh Đồng Nai có 5 đồng hồ đo và hội đồng 7 người.",
        "Thành phố có 10 đô thị loại I, 3 kíp trực mỗi ngày.",
        "Các nhà thầu thi công 3 ca, 4 kíp.",  # work shifts: no plain kip amount under 1.000 is quoted
        "Sáng 2-4, đoàn đến năm 2024.",
        "Bạn còn 500/500 ký tự.",
    ],
)
def test_not_money(text: str) -> None:
    assert money(text) == []


def test_small_amount_of_an_ambiguous_unit_scores_lower(run_component) -> None:
    found = run_component("money", "Giá 5 đồng, sau đó 5 triệu đồng.")
    assert [e.source for e in found] == ["money:small_ambiguous", "money:amount"]
    scores = [e.score for e in found]
    assert scores[0] < scores[1]


def test_offsets_index_the_original_string() -> None:
    original = "Trao\u00a0500\u00a0 tri\u1ec7u  " + unicodedata.normalize("NFD", "đồng và 1,5 tỷ VNĐ")
    assert money(original) == [
        ("500\u00a0 tri\u1ec7u  " + unicodedata.normalize("NFD", "đồng"), vnd(500_000_000)),
        (unicodedata.normalize("NFD", "1,5 tỷ VNĐ"), vnd(1_500_000_000)),
    ]


def test_pipeline_returns_money() -> None:
    found = [e.text for e in extract_rules("Quảng Nam trao tặng 500 triệu đồng.") if e.label == "MONEY"]
    assert found == ["500 triệu đồng"]


def test_long_number_runs_are_neither_money_nor_slow():
    """Bounded repetitions: an 18-digit cap and at most four scaled parts."""
    from vnner.pipeline import extract_rules

    assert [e for e in extract_rules("9" * 5000 + " đồng") if e.label == "MONEY"] == []
    assert [e for e in extract_rules("1 triệu " * 3000) if e.label == "MONEY"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cần thêm từ 3.000 đến 5.000 tỷ đồng", [("3.000 đến 5.000 tỷ đồng", (3 * 10**12, 5 * 10**12))]),
        ("từ 500 triệu đến 1 tỷ đồng", [("500 triệu đến 1 tỷ đồng", (5 * 10**8, 10**9))]),
        ("tăng từ 12,5 tới 15 tỷ đồng", [("12,5 tới 15 tỷ đồng", (12.5 * 10**9, 15 * 10**9))]),
        ("khoảng 3 – 5 triệu USD", [("3 – 5 triệu USD", (3 * 10**6, 5 * 10**6))]),
    ],
)
def test_ranges_are_one_span(text, expected):
    found = [(e.text, (e.value["amount"], e.value["amount_max"])) for e in extract_rules(text) if e.label == "MONEY"]
    assert found == expected


def test_a_larger_number_before_đến_is_no_lower_end():
    found = [(e.text, e.value) for e in extract_rules("từ năm 2020 đến 500 tỷ đồng") if e.label == "MONEY"]
    assert found == [("500 tỷ đồng", vnd(500_000_000_000))]


def test_yen_in_latin_spelling():
    found = [(e.text, e.value) for e in extract_rules("vốn 48 tỷ yen") if e.label == "MONEY"]
    assert found == [("48 tỷ yen", {"amount": 48_000_000_000, "currency": "JPY"})]


def test_taiwan_dollars():
    text = "bị phạt tới 10.000 Đài tệ (khoảng 8 triệu đồng)"
    found = [(e.text, e.value) for e in extract_rules(text) if e.label == "MONEY"]
    assert found == [("10.000 Đài tệ", {"amount": 10_000, "currency": "TWD"}), ("8 triệu đồng", vnd(8_000_000))]


def test_indian_and_southeast_asian_currencies_and_the_crore():
    text = "dự án 2.500 crore rupee, 14,5 tỷ ringgit, 3.100 nghìn tỷ rupiah, 540 triệu kyat và 420 triệu peso"
    found = [(e.text, e.value) for e in extract_rules(text) if e.label == "MONEY"]
    assert found == [
        ("2.500 crore rupee", {"amount": 25_000_000_000, "currency": "INR"}),
        ("14,5 tỷ ringgit", {"amount": 14_500_000_000, "currency": "MYR"}),
        ("3.100 nghìn tỷ rupiah", {"amount": 3_100_000_000_000_000, "currency": "IDR"}),
        ("540 triệu kyat", {"amount": 540_000_000, "currency": "MMK"}),
        ("420 triệu peso", {"amount": 420_000_000, "currency": "PHP"}),
    ]


def test_an_amount_after_a_slash_that_follows_a_unit():
    found = [e.text for e in extract_rules("chỉ đạt khoảng 3.050 tỷ đồng/5.000 tỷ đồng kế hoạch") if e.label == "MONEY"]
    assert found == ["3.050 tỷ đồng", "5.000 tỷ đồng"]
    assert [e.label for e in extract_rules("ngày 3/5 tỷ đồng")] == ["DATE"]


def test_african_and_latin_american_currencies():
    text = (
        "hỗ trợ 25 triệu meticais, 12 tỷ kwanza, từ 2.300 shilling đến 2.800 shilling Kenya, "
        "40 triệu peso Mexico và 5 triệu real Brazil"
    )
    found = [(e.text, e.value) for e in extract_rules(text) if e.label == "MONEY"]
    assert found == [
        ("25 triệu meticais", {"amount": 25_000_000, "currency": "MZN"}),
        ("12 tỷ kwanza", {"amount": 12_000_000_000, "currency": "AOA"}),
        ("2.300 shilling", {"amount": 2_300, "currency": "TZS"}),
        ("2.800 shilling Kenya", {"amount": 2_800, "currency": "KES"}),
        ("40 triệu peso Mexico", {"amount": 40_000_000, "currency": "MXN"}),
        ("5 triệu real Brazil", {"amount": 5_000_000, "currency": "BRL"}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the Middle East and Central Asia
            "vốn 85 tỷ dirham, 620 tỷ tenge, 12 tỷ som Kyrgyzstan, 2,3 tỷ lira, 48.000 tỷ rial và 6.250 shekel",
            [("85 tỷ dirham", "AED"), ("620 tỷ tenge", "KZT"), ("12 tỷ som Kyrgyzstan", "KGS"),
             ("2,3 tỷ lira", "TRY"), ("48.000 tỷ rial", "IRR"), ("6.250 shekel", "ILS")],
        ),
        (  # Europe outside the euro
            "tài trợ 12 triệu złoty, 4,5 triệu PLN, 180.000 koruna, 45 triệu CZK, 1,4 tỷ forint và 2 triệu CHF",
            [("12 triệu złoty", "PLN"), ("4,5 triệu PLN", "PLN"), ("180.000 koruna", "CZK"), ("45 triệu CZK", "CZK"),
             ("1,4 tỷ forint", "HUF"), ("2 triệu CHF", "CHF")],
        ),
    ],
)
def test_currencies_of_more_regions(text, expected):
    assert [(e.text, e.value["currency"]) for e in extract_rules(text) if e.label == "MONEY"] == expected


def test_currency_words_without_an_amount_are_names():
    assert [e.label for e in extract_rules("Ông Som và bà Lira dự lễ.")] == ["PERSON", "PERSON"]


def test_every_currency_code_is_an_iso_4217_code():
    pycountry = pytest.importorskip("pycountry")
    rows = [line.split("\t") for line in (DATA_DIR / "currencies.tsv").read_text(encoding="utf-8").splitlines()]
    codes = {row[1] for row in rows[1:] if not row[0].startswith("#") and row[0] != "surface"}
    assert codes and not [c for c in sorted(codes) if pycountry.currencies.get(alpha_3=c) is None]
