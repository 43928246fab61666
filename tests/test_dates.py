"""DATE rules: every form and exclusion of the guidelines, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from vnner.pipeline import default_pipeline, extract_rules


def dates(text: str, document_date: dt.date | None = None) -> list[tuple[str, str | None]]:
    entities = default_pipeline().run_component("dates", text, document_date=document_date)
    for e in entities:
        assert text[e.start : e.end] == e.text
        assert e.label == "DATE" and e.source.startswith("dates:") and 0 < e.score <= 1
    return [(e.text, e.value) for e in entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hà Nội, 02/04/2024 - Hội nghị khai mạc.", [("02/04/2024", "2024-04-02")]),
        ("Ngày 2-4, đoàn công tác lên đường.", [("Ngày 2-4", "--04-02")]),
        ("Sáng 27/3, hai bên ký biên bản.", [("27/3", "--03-27")]),
        ("Ông sinh ngày 14-4-1984 tại Huế.", [("ngày 14-4-1984", "1984-04-14")]),
        ("Dự án khởi công tháng 11/2019.", [("tháng 11/2019", "2019-11")]),
        ("Số liệu cập nhật 11/2019.", [("11/2019", "2019-11")]),
        ("Bản tin date 2024-09 của cổng thông tin.", [("2024-09", "2024-09")]),
        ("Kế hoạch năm 2024 đã được duyệt.", [("năm 2024", "2024")]),
        ("Lễ ký kết diễn ra ngày 27 tháng 3 năm 2023.", [("ngày 27 tháng 3 năm 2023", "2023-03-27")]),
        ("Năm 2020-2021, trường chuyển sang học trực tuyến.", [("Năm 2020-2021", "2020/2021")]),
        ("Chương trình giai đoạn 2023-2027 có năm nội dung.", [("2023-2027", "2023/2027")]),
        ("Thỏa thuận giai đoạn 2022 - 2026 được gia hạn.", [("2022 - 2026", "2022/2026")]),
        ("Nhiệm kỳ 2024 – 2029 bắt đầu.", [("2024 – 2029", "2024/2029")]),
        ("Kỷ niệm ngày thành lập (14-4-1984 -14-4-2024).", [("14-4-1984 -14-4-2024", "1984-04-14/2024-04-14")]),
        ("Mừng Tết cổ truyền Phật lịch 2567 của bạn Lào.", [("2567", None)]),
        ("Chúc mừng Xuân Giáp Thìn 2024 an khang.", [("2024", "2024")]),
        ("Chào đón năm mới 2026 với nhiều niềm vui.", [("2026", "2026")]),
        ("Lễ hội kéo dài từ ngày 10 đến ngày 14/4.", [("ngày 10", "--04-10"), ("ngày 14/4", "--04-14")]),
        ("Từ tháng 11/2019 đến năm 2021, tỉnh cử 3 đoàn.", [("tháng 11/2019", "2019-11"), ("năm 2021", "2021")]),
        ("Đề án đến năm 2030, tầm nhìn đến 2045.", [("năm 2030", "2030"), ("2045", "2045")]),
        ("Trong năm 2024, tỉnh mở rộng hợp tác.", [("năm 2024", "2024")]),
        ("Chiều 5/6 và 6/6, đoàn làm việc tại tỉnh.", [("5/6", "--06-05"), ("6/6", "--06-06")]),
        ("Hội chợ diễn ra ngày 10-12/4/2024 tại Đà Nẵng.", [("ngày 10-12/4/2024", "2024-04-10/2024-04-12")]),
        ("Vào thứ Hai, 2/4, đoàn trở về.", [("2/4", "--04-02")]),
        ("Đoàn đến thăm (2-4) và làm việc.", [("2-4", "--04-02")]),
        ("Lễ hội tổ chức vào 15/8 âm lịch.", [("15/8", "--08-15")]),
        ("Sáng 15.3, hội nghị khai mạc.", [("15.3", "--03-15")]),
        ("Báo cáo quý II/2024 cho thấy tăng trưởng.", [("quý II/2024", "2024-04/2024-06")]),
        ("Cuộc họp sẽ diễn ra vào tháng 11 tới.", [("tháng 11", "--11")]),
        ("Chào mừng Quốc khánh 2/9 và ngày Giải phóng 30/4.", [("2/9", "--09-02"), ("30/4", "--04-30")]),
        ("Tết Bunpimay 2568 và Bunpimay 2025.", [("2568", None), ("2025", "2025")]),
    ],
)
def test_guideline_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bản tin phát lúc 14:50 (GMT+7).",
        "Kỷ niệm 40 năm ngày thành lập tỉnh.",
        "Hội nghị tổ chức 2 năm 1 lần.",
        "Kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao.",
        "Chúc mừng năm mới, hẹn gặp trong thời gian tới.",
        "Đoàn chúc Tết Bunpimay cùng nhân dân.",
        "Tỉnh trao 15.000 khẩu trang cho 2 dân tộc anh em.",
        "Quan hệ Lào - Việt Nam ngày càng bền chặt.",
        "Mỗi nhóm có 2 - 3 người, từ 2-4 người mỗi ca.",
        "Đội nhà thắng 2-1, chiếm 3/4 số điểm.",
        "Nhà số 12/3 đường Lê Lợi, lớp 10/2.",
        "Tăng trưởng đạt 5,2%, tổng kinh phí 500 triệu đồng.",
        "Gọi số 0236.3822.111 hoặc 1900-1234.",
        "Cập nhật phiên bản 2.4 của ứng dụng.",
        "Nghị định số 05/2024/NĐ-CP quy định rõ.",
        "Dịch Covid-19 và quốc lộ 14D, hành lang Đông - Tây 2.",
        "Uống mỗi ngày 3 lần, tour 3 ngày 2 đêm.",
        "Bạn còn 500/500 ký tự.",
        "Giải Euro 2024 thu hút khán giả.",
        "Đại hội khóa 12 bế mạc.",
        "Quốc hội thống nhất 2/3 số đại biểu tán thành.",  # a holiday word, but lower case: a fraction
        "Báo cáo trước ngày 25 hằng tháng.",  # every month, no one date
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []


def test_document_date_resolves_missing_year() -> None:
    published = dt.date(2024, 4, 2)
    assert dates("Ngày 2-4, đoàn lên đường.", published) == [("Ngày 2-4", "2024-04-02")]
    assert dates("Từ ngày 10 đến ngày 14/4.", published) == [("ngày 10", "2024-04-10"), ("ngày 14/4", "2024-04-14")]
    assert dates("Trong tháng 11 tới.", published) == [("tháng 11", "2024-11")]
    assert dates("Trong tháng 11 vừa qua.", dt.date(2024, 12, 30)) == [("tháng 11", "2024-11")]
    # a late-December date in an early-January article is last year's
    assert dates("Hôm 27-12 vừa qua.", dt.date(2024, 1, 2)) == [("27-12", "2023-12-27")]
    assert dates("Năm 2024 và 02/04/2023.", published) == [("Năm 2024", "2024"), ("02/04/2023", "2023-04-02")]


def test_invalid_calendar_dates_are_rejected() -> None:
    assert dates("Ngày 31/2/2024 và ngày 30-2.") == []


def test_scores_rank_forms_by_reliability(run_component) -> None:
    entities = run_component("dates", "Ngày 02/04/2024, sáng 3/4, rồi (4-4) và tháng 5.")
    rules = ["dates:full_date", "dates:after_day_word", "dates:bracketed", "dates:month_alone"]
    assert [e.source for e in entities] == rules
    scores = {e.text: e.score for e in entities}
    assert scores["Ngày 02/04/2024"] > scores["3/4"] > scores["4-4"] > scores["tháng 5"]


def test_offsets_index_the_original_string() -> None:
    original = "Ng\u00e0y\u00a0\u00a02\u20134,  " + unicodedata.normalize("NFD", "năm 2024 và giai đoạn 2023\u20142027")
    assert dates(original) == [
        ("Ng\u00e0y\u00a0\u00a02\u20134", "--04-02"),
        (unicodedata.normalize("NFD", "năm 2024"), "2024"),
        ("2023\u20142027", "2023/2027"),
    ]


def test_pipeline_returns_dates() -> None:
    text = "Sáng 26/9, hội nghị giai đoạn 2024 – 2026 khai mạc."
    found = [(e.text, e.value) for e in extract_rules(text) if e.label == "DATE"]
    assert found == [("26/9", "--09-26"), ("2024 – 2026", "2024/2026")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trong các năm 2020 và 2021", ["năm 2020", "2021"]),  # guidelines v1.2: a bare year coordinated with a DATE
        ("năm 2024, 2025", ["năm 2024", "2025"]),
        ("giai đoạn 2021-2025 và 2026", ["2021-2025", "2026"]),
        ("ngày 2/4 và 2021 người", ["ngày 2/4"]),  # after a day, not a year: no year follows
        ("dân số 2021 người", []),
    ],
)
def test_a_bare_year_coordinated_with_a_year_is_a_date(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "DATE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare first day of a range that ends in a full date (two DATEs, as `từ ngày 10 đến ngày 14/4`)
        ("Hội chợ diễn ra từ 21 đến 25/10/2024 tại Nghĩa Ô.", [("21", "2024-10-21"), ("25/10/2024", "2024-10-25")]),
        # a year after a crop season, a festival or a fiscal year: the number only
        ("Thu hoạch lúa vụ Thu Đông 2025.", [("2025", "2025")]),
        ("Xuất khẩu dịp Tết Nguyên đán 2026.", [("2026", "2026")]),
        ("Ngân sách năm tài khóa 2024.", [("2024", "2024")]),
        ("Trao Huy hiệu Đảng đợt 2/9.", [("2/9", "--09-02")]),
        ("Mùa du lịch hè 2024 bùng nổ.", [("2024", "2024")]),
        # a quarter with a slash is one DATE; before `năm` it is a frame word
        ("Doanh thu quý II/2026 và quý I năm 2026.", [("quý II/2026", "2026-04/2026-06"), ("năm 2026", "2026")]),
    ],
)
def test_range_days_and_season_years(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khai mạc Hội chợ Thương mại Việt Nam – Thái Lan 2024 với 220 gian hàng.", [("2024", "2024")]),
        ("Hội chợ thương mại Điện Biên – Luông Pha Bang 2026", [("2026", "2026")]),
        ("Hội nghị có 2024 đại biểu dự.", []),  # a count, no event name before it
        ("giúp taekwondo Việt Nam giành suất dự Olympic 2028.", [("2028", "2028")]),  # the event's name alone
        ("việc thu hồi đất thực hiện theo Luật Đất đai 2024, giúp rút ngắn", [("2024", "2024")]),  # a law's year
        ("gặp gỡ lao động dịp Tết Trung thu 2024", [("2024", "2024")]),
        ("Ấm áp Xuân quê hương 2025 tại Tokyo", [("2025", "2025")]),
        ("huy chương tại Giải vô địch châu Á 2026.", [("2026", "2026")]),  # `Á`: a capital beyond ASCII
        ("thi đấu tại Đại hội Thể thao châu Á (ASIAD) 2026 ở Aichi", [("2026", "2026")]),  # its acronym between
        ("Luật được áp dụng từ năm ngân sách 2026.", [("2026", "2026")]),
    ],
)
def test_years_of_events_and_budgets(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


def test_a_year_right_after_a_new_year_festival_is_a_date() -> None:
    assert [t for t, _ in dates("Nhân dịp Tết cổ truyền Chol Chnam Thmay 2024, đoàn đến thăm.")] == ["2024"]
    assert [t for t, _ in dates("Tết Songkran 2025 của Thái Lan")] == ["2025"]
    assert [t for t, _ in dates("chúc mừng Tết cổ truyền Chol Chnam Thmey 2025 của tỉnh")] == ["2025"]


def test_a_birth_year_after_sn_is_a_date() -> None:
    assert [t for t, _ in dates("xe do Hoàng Văn Khải (SN 1991, trú tại xã Đồng Đăng) điều khiển")] == ["1991"]


def test_an_election_day_and_a_festival_day_year() -> None:
    assert [t for t, _ in dates("trong ngày bầu cử 15/3, toàn Thành phố")] == ["15/3"]
    assert [t for t, _ in dates("Ngày hội Văn hóa Việt Nam – Hàn Quốc 2025 thu hút")] == ["2025"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kế hoạch đầu tư công trung hạn 5 năm 2026-2030.", ["2026-2030"]),  # `5 năm`: a duration
        ("Kế hoạch 5 năm 2021 - 2025 đạt", ["2021 - 2025"]),
        ("tuần tra song phương đợt 3 năm 2025 trên tuyến", ["năm 2025"]),  # a rank: `năm` stays
        ("khắc phục hậu quả bão số 13 năm 2025.", ["năm 2025"]),
        ("Cập nhật lúc 16:40 ngày 28/08/2025", ["ngày 28/08/2025"]),  # a clock time is no count
    ],
)
def test_nam_after_a_count_is_the_durations_unit(text, expected):
    assert [t for t, _ in dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong 2 ngày 26 và 27-11, đoàn công tác làm việc tại tỉnh.", ["ngày 26", "27-11"]),  # a pair of days
        ("Trong 2 ngày 8 và 9/8/2025, Đảng bộ xã tổ chức Đại hội.", ["ngày 8", "9/8/2025"]),
        ("Trong 3 ngày 10 đoàn viên được kết nạp.", []),  # a count: no date follows the day
        ("uống mỗi ngày 3 lần", []),
        ("thi diễn ra trong các ngày 26, 27 và 28/6; kết quả", ["ngày 26", "27", "28/6"]),  # a list of days
        ("các ngày 3, 4, 5 và 6/7/2025 tại", ["ngày 3", "4", "5", "6/7/2025"]),
        ("ngày 3, 4 đoàn viên và 5 hội viên", ["ngày 3"]),  # no dated day closes the list: no listed days
        ("khách tham quan vịnh Hạ Long dịp nghỉ lễ 30/4. Ảnh", ["30/4"]),  # a holiday's day after `nghỉ lễ`
    ],
)
def test_a_day_counted_with_its_pair_takes_the_pairs_month(text, expected):
    assert [t for t, _ in dates(text)] == expected


def test_listed_days_take_the_month_and_year_of_the_last():
    from vnner import parse

    doc = parse("các ngày 3, 4, 5 và 6/7/2025 tại", model=None)
    assert [e.value for e in doc.ents] == ["2025-07-03", "2025-07-04", "2025-07-05", "2025-07-06"]
