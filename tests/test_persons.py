"""PERSON finder: contexts (title, honorific, list, credit, byline), dashes and exclusions."""

from __future__ import annotations

import unicodedata

import pytest

from vnner.entity import Entity
from vnner.pipeline import default_pipeline, extract_rules


def persons(text: str, provinces: tuple[str, ...] = ()) -> list[str]:
    """PERSON texts in `text` after the title finder, with these substrings pre-found as PROVINCE."""
    found = []
    for name in provinces:
        start = text.index(name)
        found.append(Entity.from_span(text, start, start + len(name), "PROVINCE"))
    entities = default_pipeline().run_component("persons", text, found=found, before=["titles"])
    for e in entities:
        assert text[e.start : e.end] == e.text and e.label == "PERSON" and e.source.startswith("persons:")
    return [e.text for e in entities]


@pytest.mark.parametrize(
    ("text", "provinces", "expected"),
    [
        ("Chủ tịch UBND tỉnh Đặng Minh Châu phát biểu.", (), ["Đặng Minh Châu"]),
        ("Bí thư, Tỉnh trưởng Savannakhet Santiphap Phomvihane chủ trì.", ("Savannakhet",), ["Santiphap Phomvihane"]),
        ("Tỉnh trưởng tỉnh Attapeu Khamlay Sipaseuth tiếp đoàn.", ("Attapeu",), ["Khamlay Sipaseuth"]),
        ("Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên dự.", ("Gia Lai",), ["Hồ Văn Niên"]),
        ("Tỉnh trưởng Attapeu - Viengkham XAYSANA phát biểu.", ("Attapeu",), ["Viengkham XAYSANA"]),
        ("Phó Trưởng đoàn ĐBQH tỉnh Hà Tĩnh Đào Thị Hằng chất vấn.", ("Hà Tĩnh",), ["Đào Thị Hằng"]),
        ("Tổng Lãnh sự Lào tại Đà Nẵng Phonesavanh Vongsa tiếp đoàn.", ("Đà Nẵng",), ["Phonesavanh Vongsa"]),
        ("gặp Đại sứ Thái Lan tại Việt Nam Urawadee Sriphiromya.", (), ["Urawadee Sriphiromya"]),
        ("Chủ tịch UBND tỉnh Vân Nam Vương Dư Ba dự.", ("Vân Nam",), ["Vương Dư Ba"]),
    ],
)
def test_name_after_a_title(text, provinces, expected):
    assert persons(text, provinces) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tại buổi gặp, đồng chí Vongsavath Phanthavong cảm ơn.", ["Vongsavath Phanthavong"]),
        ("Ông Trịnh Quốc Việt trao quà.", ["Trịnh Quốc Việt"]),
        ("Thăm hỏi phu nhân Keo Chanthala tại nhà.", ["Keo Chanthala"]),
        ("Các đồng chí: Lò Thị Mai, Phó Bí thư Tỉnh ủy; Cầm Văn Đông dự.", ["Lò Thị Mai", "Cầm Văn Đông"]),
        ("Đại tá Nông Văn Tài báo cáo.", ["Nông Văn Tài"]),
        ("Cảm ơn anh Tuấn đã giúp đỡ.", ["Tuấn"]),
    ],
)
def test_name_after_an_honorific_without_the_honorific(text, expected):
    assert persons(text) == expected


def test_name_before_a_title_in_a_list():
    text = "Đón đoàn có Khamsone Vilaysak, Phó Bí thư Tỉnh ủy; Phạm Hữu Lộc – Chủ tịch HĐND tỉnh."
    assert persons(text) == ["Khamsone Vilaysak", "Phạm Hữu Lộc"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai bên ký biên bản ghi nhớ. ẢNH: H.LINH", ["H.LINH"]),
        ("Quang cảnh buổi làm việc (Ảnh: Minh Khôi)", ["Minh Khôi"]),
        ("Bài và ảnh: THANH HÀ", ["THANH HÀ"]),
        ("MINH ANH", ["MINH ANH"]),
        ("Hữu Phúc – Thu Trang", ["Hữu Phúc", "Thu Trang"]),
        ("Nhóm PV", []),
        ("BÌNH LUẬN", []),
    ],
)
def test_credits_and_bylines(text, expected):
    assert persons(text) == expected


def test_dashes_inside_and_between_names():
    assert persons("Đồng chí Khăm Phăn - Xay Nha dẫn đầu đoàn.") == ["Khăm Phăn - Xay Nha"]
    assert persons("Đồng chí Thoong Sỉ-xạ-vẳn phát biểu.") == ["Thoong Sỉ-xạ-vẳn"]
    assert persons("Bà Bua Khăm Ma - Xi Phăn Đon phát biểu.") == ["Bua Khăm Ma - Xi Phăn Đon"]  # 3 + 3 syllables
    # a run that starts with a Vietnamese surname is never joined: two names, the second an alias
    assert persons("Ông Lê Văn Hòa - Bun Mi Sa dự.") == ["Lê Văn Hòa", "Bun Mi Sa"]
    # an alias after an en dash is its own span
    assert persons("Ông Bun Mi – Nguyễn Văn Mịch là bạn cũ.") == ["Bun Mi", "Nguyễn Văn Mịch"]
    # and so is a second spelling in brackets, but not any bracketed capitalized words
    bracketed = persons("Ông Xổm-xạ-vạt Lềnh-xạ-vắt (Somsavat Lengsavad) dự.")
    assert bracketed == ["Xổm-xạ-vạt Lềnh-xạ-vắt", "Somsavat Lengsavad"]
    assert persons("Ông Xổm-xạ-vạt Lềnh-xạ-vắt (Trưởng đoàn Lào) dự.") == ["Xổm-xạ-vạt Lềnh-xạ-vắt"]


def test_role_nouns_mark_names_of_two_words_or_more():
    assert persons("Em Lò Thị Mai đạt giải Nhất.") == ["Lò Thị Mai"]
    assert persons("Giải thưởng trao cho thí sinh Bounmy Phommasone.") == ["Bounmy Phommasone"]
    assert persons("Lưu học sinh Lào Sổm Phết Vông-xay phát biểu.") == ["Sổm Phết Vông-xay"]
    assert persons("Các sinh viên Lào học tại đây.") == []
    assert persons("chiến sĩ Đồn Biên phòng Cha Lo") == []  # a thing word starts the run


@pytest.mark.parametrize(
    "text",
    [
        "Sinh viên Bách Khoa giành giải nhất.",  # a role noun before a title-case phrase that is no name
        "Các chiến sĩ Điện Biên Phủ năm xưa trở lại.",
        "Tình anh em Việt Nam - Lào mãi mãi bền vững.",
        "Ông John Smith (Mỹ) và ông Lee Sang (Singapore) dự.",  # countries in brackets are no aliases
        "Anh Nguyễn Văn Bình (Tây Nguyên) phát biểu.",
        "Đoàn Việt Nam giành 5 huy chương vàng.",  # `Đoàn` the delegation, before a country
    ],
)
def test_weak_cues_need_a_name_shaped_run(text):
    assert all(name in ("John Smith", "Lee Sang", "Nguyễn Văn Bình") for name in persons(text))


def test_lead_word_that_is_also_a_surname_starts_a_name():
    assert persons("Chủ tịch UBND tỉnh Đồng Nai Đoàn Minh Tuấn phát biểu.", ("Đồng Nai",)) == ["Đoàn Minh Tuấn"]
    assert persons("Đoàn Thanh niên tỉnh tổ chức.") == []


def test_long_romanized_capitals_are_names_not_abbreviations():
    assert persons("đồng chí Bounthong KHAMPHOUNVONG phát biểu.") == ["Bounthong KHAMPHOUNVONG"]
    assert persons("đồng chí UBMTTQ phát biểu.") == []


def test_names_of_institutions_are_not_persons():
    assert persons("tại Học viện Chính trị quốc gia Hồ Chí Minh") == []
    assert persons("Trường song ngữ Lào – Việt Nguyễn Du khai giảng.") == []
    assert persons("thành phố Buôn Ma Thuột") == []


def test_lines_bound_names_and_cues():
    assert persons("ký kết. Ảnh: Thành Cường\nThành Duy - Mai Hoa") == ["Thành Cường", "Thành Duy", "Mai Hoa"]
    assert persons("Ảnh: Hồ Cầu\nHải Âu") == ["Hồ Cầu", "Hải Âu"]  # `cầu` (bridge) ends a line, not a cue
    assert persons("đầu tư.\nHải Yến (Phnom Penh)", ("Phnom Penh",)) == ["Hải Yến"]  # a byline with a place


def test_credits_take_names_not_acronyms_or_captions():
    assert persons("Ảnh: EVN") == []
    assert persons("Ảnh: Công an cung cấp") == []
    assert persons("ẢNH: T.LINH") == ["T.LINH"]


def test_ede_names_and_dashed_lao_names_with_a_surname_second():
    assert persons("Đắk Lắk; H'Yim Kđoh, Phó Chủ tịch") == ["H'Yim Kđoh"]
    assert persons("do đồng chí Phôn Xay - Vi Lạ Xúc, Phó Bí thư") == ["Phôn Xay - Vi Lạ Xúc"]
    assert persons("Nghệ An, ngày 14/8\nQUYẾT ĐỊNH\nVề việc bổ nhiệm") == []  # a document heading


def test_degrees_and_name_prefixes():
    assert persons("Theo BS.CKII Nguyễn Thị Lan, bệnh nhân ổn định.") == ["Nguyễn Thị Lan"]
    assert persons("Bí thư Tỉnh ủy Y Thanh Hà Niê Kđăm phát biểu.") == ["Y Thanh Hà Niê Kđăm"]


def test_spaced_initials_start_a_name():
    assert persons("Đại diện bang Kerala, ông K. P. Suresh Babu, Cố vấn Kinh tế, đề xuất.") == ["K. P. Suresh Babu"]
    assert persons("Tiến sĩ A. P. J. Abdul Kalam phát biểu.") == ["A. P. J. Abdul Kalam"]
    # one initial ending a sentence is an anonymized name, not the start of a longer one
    assert persons("Theo anh H. Sau đó, anh trở về nhà.") == ["H"]


def test_pen_names_and_things_named_after_people():
    assert persons("loạt bài của nhà báo Lương Thị Bích Ngọc (bút danh Ngọc Lương), Báo Nhân Dân") == [
        "Lương Thị Bích Ngọc", "Ngọc Lương"]
    assert persons("người gắn với bút danh Đình Sơn, vẫn viết") == ["Đình Sơn"]
    assert persons("Công ty CP Xi măng Hoàng Mai tài trợ 100 triệu đồng.") == []
    assert persons("khi còn dạy văn ở Trường cấp III Đào Duy Từ") == []
    assert persons("48 tác phẩm đoạt Giải Báo chí Huỳnh Thúc Kháng năm 2025") == []


def test_bare_vietnamese_name_with_a_surname():
    assert persons("Theo Lê Minh Đức, công trình sắp xong.") == ["Lê Minh Đức"]
    assert persons("Khách mời là Tăng Thị Ngọc.") == ["Tăng Thị Ngọc"]


@pytest.mark.parametrize(
    "text",
    [
        "Xe chạy trên đường Hồ Chí Minh và phố Trần Hưng Đạo.",
        "Trường Nguyễn Huệ và Bệnh viện Trần Văn Thời khai giảng.",
        "Quan hệ Việt Nam - Lào và Thái Lan được nhắc tới.",
        "Hội nghị tổ chức vào xuân Giáp Thìn, năm Đinh Dậu cũng vậy.",
        "Đồng chí nhấn mạnh vai trò của Đảng và Nhà nước.",
        "Sau đó, Chủ tịch UBND tỉnh phát biểu.",
        "Hành lang Kinh tế Đông - Tây phát triển.",
        "ĐỒNG CHÍ BÍ THƯ TIẾP ĐOÀN KHÁCH LÀO NGÀY HÔM QUA",
    ],
)
def test_things_countries_years_and_bodies_are_not_persons(text):
    assert persons(text) == []


def test_a_found_province_is_never_a_name():
    assert persons("Đồng chí Quảng Trị nói.", ("Quảng Trị",)) == []


def test_scores_rank_the_evidence(run_component):
    found = run_component("persons", "Chủ tịch UBND tỉnh Vũ Hải Nam gặp Lê Quang Huy.", before=["titles"])
    assert [(e.source, e.score) for e in found] == [("persons:after_title", 0.9), ("persons:surname", 0.7)]


def test_nfd_and_tone_placement_keep_original_offsets():
    original = unicodedata.normalize("NFD", "Uỷ viên Ban Thường vụ Tỉnh uỷ  Hoàng Thuỳ Linh dự.")
    entities = extract_rules(original)
    for e in entities:
        assert original[e.start : e.end] == e.text
    names = [unicodedata.normalize("NFC", e.text) for e in entities if e.label == "PERSON"]
    assert names == ["Hoàng Thuỳ Linh"]


def test_a_title_glued_to_a_name_by_a_hyphen_is_split_there():
    """Guidelines v1.2: the hyphen is in neither span; a hyphenated Lao name still holds together."""
    text = "Đồng chí Hồ Văn Niên-Ủy viên Ban Chấp hành Trung ương Đảng phát biểu."
    found = [(e.label, e.text) for e in extract_rules(text)]
    assert found[:2] == [("PERSON", "Hồ Văn Niên"), ("TITLE", "Ủy viên Ban Chấp hành Trung ương Đảng")]
    assert ("PERSON", "Xay-nhạ-phon") in [(e.label, e.text) for e in extract_rules("Ông Xay-nhạ-phon phát biểu.")]


def test_an_unlisted_surname_before_thi_or_van_starts_the_name():
    text = "Chủ tịch UBND thành phố Hà Nội Giáp Thị Mai Hương kiến nghị."
    found = [e.text for e in extract_rules(text) if e.label == "PERSON"]
    assert found == ["Giáp Thị Mai Hương"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NGỌC HÀ – K'LINH", ["NGỌC HÀ", "K'LINH"]),  # a one-word name in capitals beside a longer one
        ("anh Điểu K'Lơi, Bí thư Chi đoàn thôn, người", ["Điểu K'Lơi"]),  # not `Lơi` (Loei) after `K'`
        ("tại trụ sở Bộ Công Thương, Bộ trưởng Nguyễn Văn An phát biểu", ["Nguyễn Văn An"]),  # a body's name
        ("Tổng Lãnh sự Nhật Bản Suzuki Hiroshi chứng kiến.", ["Suzuki Hiroshi"]),  # `Bản` is no village here
        ("Chủ tịch UBND xã Tân Lập dự.", []),  # but `xã` is
        ("tại Khu kinh tế mở Chu Lai.", []),
        ("Đoàn thăm Lào Cai – Hà Khẩu.", []),  # a Chinese town whose name starts with a surname
    ],
)
def test_names_and_their_neighbours(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "province", "person"),
    [
        ("Thống đốc tỉnh Okayama Ibaraki Shunsuke dự.", "Okayama", "Ibaraki Shunsuke"),
        ("Chủ tịch Hội đồng tỉnh Gunma Ishikawa Tetsuya tại Maebashi.", "Gunma", "Ishikawa Tetsuya"),
    ],
)
def test_a_prefecture_name_after_a_province_is_a_family_name(text, province, person):
    entities = extract_rules(text)
    assert [e.text for e in entities if e.label == "PERSON"] == [person]
    assert [e.text for e in entities if e.label == "PROVINCE"] == [province]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ trưởng Hạnh cho biết Bộ đã gửi văn bản.", ["Hạnh"]),  # a one-word name before a verb
        ("Phó Thủ tướng Phong ghi nhận sự chủ động.", ["Phong"]),
        ("Giám đốc Agribank cho biết.", []),  # not a Vietnamese syllable, not seen in a fuller name
        ("Ông Hayashi Noboru dự. Thống đốc Hayashi cho biết.", ["Hayashi Noboru", "Hayashi"]),
        ("Thứ trưởng Hạnh và đoàn công tác.", []),  # no verb: as likely a body's name
        ("Thủ tướng phát biểu. Ảnh: VGP/Nhật Bắc", ["Nhật Bắc"]),  # an agency before the name
        ("Công nhân thi công. Ảnh: H.PHÚC – Bài: HOÀNG PHÚC", ["H.PHÚC", "HOÀNG PHÚC"]),  # `Bài` is a credit
        ("Lễ ký kết. Ảnh: Hoàng Lâm - Văn Thịnh", ["Hoàng Lâm", "Văn Thịnh"]),
        ("Lễ ký kết. Ảnh: Minh Hà - Quốc Bảo", ["Minh Hà", "Quốc Bảo"]),  # no Lao name spelt with a dash
        ("bà Nay H'Bin, Phó Chủ tịch Hội", ["Nay H'Bin"]),  # `Nay` is a Jrai family name here
        ("tại bán đảo Phương Mai và cửa khẩu quốc tế Kim Thành", []),
        ("Bà Đàng Thị Hồng Nhung, người Chăm ở Châu Phong, chia sẻ.", ["Đàng Thị Hồng Nhung"]),  # a place after `ở`
        ("cặp chợ biên giới Kim Thành – Bắc Sơn", []),
        ("Theo Thống đốc Phương, Ngân hàng Nhà nước đã chỉ đạo.", ["Phương"]),
        ("Bộ trưởng Vĩnh được giao rà soát.", ["Vĩnh"]),
        ("Phó Chủ tịch Thường trực UBND thành phố Phan Thái Bình – Trưởng ban Chỉ đạo", ["Phan Thái Bình"]),
        ("Tại xã Vĩnh Linh, Thứ trưởng Hường đến thăm gia đình.", ["Hường"]),  # `đến thăm` as a verb
        ("Bà mẹ Việt Nam Anh hùng Nguyễn Thị Thơm tiếp đoàn. Mẹ Thơm có chồng là liệt sĩ.",
         ["Nguyễn Thị Thơm", "Thơm"]),  # `Mẹ`, a Heroic Mother's honorific
        ("Tượng đài Mẹ Việt Nam Anh hùng ở Quảng Nam", []),
        ("Bài và ảnh: ĐOÀN SƠN", ["ĐOÀN SƠN"]),  # after a credit, `Đoàn` is a surname, not `đoàn` (delegation)
        ("Ảnh: Đoàn Sơn", ["Đoàn Sơn"]),
        ("Ảnh: Tư liệu", []),
        ("gồm liệt sĩ A Lăng Thọ (Ba Thọ), quê xã Tây Giang", ["A Lăng Thọ", "Ba Thọ"]),  # a martyr, his alias
        ("Đoàn viếng Nghĩa trang liệt sĩ Hàng Dương và Đài tưởng niệm liệt sĩ Ngã ba Đồng Lộc.", []),  # places
        ("phối hợp với các giáo sư Hungary triển khai đề tài", []),  # a one-word foreign country is no name
        # a lower-case particle inside a foreign name; a province's name there is a word of the name
        ("Ông Mohd Rizal bin Ismail, Giám đốc MMEA tại Sabah, cho biết.", ["Mohd Rizal bin Ismail"]),
        ("Bà Ursula von der Leyen phát biểu.", ["Ursula von der Leyen"]),
        ("do bà Els Van den Broeck, Thống đốc tỉnh Antwerpen, dẫn đầu", ["Els Van den Broeck"]),
        ("bà Montserrat Puig i Serra, Bộ trưởng", ["Montserrat Puig i Serra"]),  # Catalan `i`
        ("Bà Ingrid van Houten (In-grít van Hau-tần) cho biết", ["Ingrid van Houten", "In-grít van Hau-tần"]),
        ("Thống đốc Els Van den Broeck (En-xơ Van đen Brúc) cho biết", ["Els Van den Broeck", "En-xơ Van đen Brúc"]),
        ("Ông Nguyễn Văn An và bà Lê Thị Hoa dự.", ["Nguyễn Văn An", "Lê Thị Hoa"]),  # `và` is no particle
    ],
)
def test_one_word_names_and_credits(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BÀ NÔNG THỊ HẠNH ĐƯỢC BẦU LÀM PHÓ BÍ THƯ TỈNH ỦY TUYÊN QUANG", ["NÔNG THỊ HẠNH"]),
        ("ĐỒNG CHÍ LÊ QUANG MINH ĐƯỢC BẦU GIỮ CHỨC BÍ THƯ TỈNH ỦY CAO BẰNG", ["LÊ QUANG MINH"]),
        ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 5", []),  # no honorific: nothing marks a name
    ],
)
def test_a_name_after_an_honorific_in_an_all_caps_headline_ends_at_its_verb(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phó Bí thư Đảng ủy xã Lâm Bình dự.", []),  # two words after a commune: the commune (in the title)
        ("Chủ tịch UBND xã Lò Văn Pín dự.", ["Lò Văn Pín"]),  # a full name: the holder
        ("các địa phương khó khăn như Bình Liêu, Ba Chẽ, Cô Tô.", []),  # a place that starts with `cô`
        ("Phó Thủ tướng Quân đồng ý về nguyên tắc.", ["Quân"]),
        ("Phó Chủ tịch UBND tỉnh K'Định tặng Bằng khen.", ["K'Định"]),
        ("Ông Bạc Cầm Tuyến phát biểu.", ["Bạc Cầm Tuyến"]),
    ],
)
def test_units_places_and_one_word_holders(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà H'Yâm sinh năm 1978, trình độ thạc sĩ Quản lý công.", ["H'Yâm"]),  # a field of study
        ("quê xã Chiềng Ngần, trình độ tiến sĩ Kinh tế nông nghiệp.", []),
        ("Bí thư Tỉnh ủy Cao Bằng Quản Minh Cường làm việc.", ["Quản Minh Cường"]),  # `Bằng` is no degree
        ("Bộ trưởng phát biểu tại hội trường. Ảnh: Quochoi.vn", []),  # a web address
        ("tập trung ở các huyện Hương Khê, Vũ Quang.", []),  # units listed after their level word
        ("Bác sĩ chuyên khoa II Điểu Thị Mai Hương, Giám đốc Trung tâm", ["Điểu Thị Mai Hương"]),
        ("qua cửa khẩu quốc tế đường bộ số II Kim Thành đạt 410 triệu USD", []),
        ("Bộ trưởng Thành thừa nhận tiến độ giải ngân chưa đạt.", ["Thành"]),
    ],
)
def test_fields_web_addresses_lists_and_grades(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ANH TÚ", ["ANH TÚ"]),  # a byline whose given name starts with `Anh`
        ("Bài và ảnh: Anh Thư", ["Anh Thư"]),
        ("Anh Tuấn cho biết thêm.", ["Tuấn"]),  # in running text `anh` is the honorific
        ("Ông Sáng là người dân tộc Sán Dìu.", ["Sáng"]),  # a lead word right after an honorific
        ("Bí thư Tuấn cũng đề nghị các bộ.", ["Tuấn"]),  # an adverb before the verb
        ("Ảnh: TƯ LIỆU", []),
        ("sau Anh hùng Lao động Zơrâm Thị Bích.", ["Zơrâm Thị Bích"]),  # an honorary title
        ("tại KCN Hoàng Mai và khu công nghệ Trương Giang", []),
        ("do Phó Tỉnh trưởng Anurak Chaiyaphum dẫn đầu", ["Anurak Chaiyaphum"]),  # a Thai family name = province
    ],
)
def test_bylines_honorary_titles_and_family_names(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo LÊ VY", ["LÊ VY"]),  # a byline line led by `Theo`
        ("Theo MINH HÀ (TTXVN)", ["MINH HÀ"]),
        ("Theo Lê Vy", ["Lê Vy"]),
        ("Theo Bộ Tài chính", []),
        ("Theo TTXVN", []),
        ("Theo kế hoạch, ông Hải dự.", ["Hải"]),
    ],
)
def test_a_byline_line_may_start_with_theo(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bylines in capitals joined by a dash, before a bracketed source: two people, not one name
        ("ĐỨC THỌ - QUỐC KHÁNH (TTXVN)", ["ĐỨC THỌ", "QUỐC KHÁNH"]),
        ("HỒNG NHUNG - ANH KHOA", ["HỒNG NHUNG", "ANH KHOA"]),  # `ANH` starts the second given name
        ("ĐINH VŨ (Báo Phú Thọ)", ["ĐINH VŨ"]),
        ("Nguyễn Hoài (Báo Công lý)", ["Nguyễn Hoài"]),  # the source in brackets holds no name
        # a news agency after a dash or slash ends a byline line: the name alone before it is a person
        ("Thu Hà - TTXVN", ["Thu Hà"]),
        ("Vân Anh – TTXVN", ["Vân Anh"]),
        ("Hải Yến/TTXVN", ["Hải Yến"]),
        ("Ban Tuyên giáo - TTXVN", []),
        # a name in its own script in brackets right after a person is that person's alias
        ("Ông Kim Dong-hwan (김동환) phát biểu.", ["Kim Dong-hwan", "김동환"]),
        ("Thống đốc Yamada Takeshi (山田剛) cho biết.", ["Yamada Takeshi", "山田剛"]),
        ("Hội chợ (김동환) khai mạc.", []),
        # after `ông`/`bà`, a lead word that starts a name is its surname
        ("ông Đồng Văn Hải cho biết.", ["Đồng Văn Hải"]),
        ("bà Từ Thị Lan cho biết.", ["Từ Thị Lan"]),
        ("ông Cho Yong-seok, Quận trưởng quận Yanggu, phát biểu.", ["Cho Yong-seok"]),
        ("Tặng quà cho ông Và Bà Nguyễn", ["Nguyễn"]),  # title-case words that are no name stay out
        ("ông Về Hưu rồi", []),
        ("Thu Hà - TTXVN (Hà Nội)", ["Thu Hà"]),  # an agency, then where she writes from
        # a stop word after a surname and `Thị`/`Văn` is the given name
        ("bà Cà Thị Ban, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", ["Cà Thị Ban"]),
        ("Ông Lò Văn Hội phát biểu.", ["Lò Văn Hội"]),
        # Chinese cities and a Vietnamese place that start with a surname are no one's name
        ("doanh nghiệp tại Hàng Châu và Ninh Ba đầu tư", []),
        ("dự án Nhà máy điện khí LNG Cà Ná", []),
        # on a byline of two names a thing word starts the second name, not a thing's
        ("Thu Hà – Lăng Quý (Báo Lạng Sơn)", ["Thu Hà", "Lăng Quý"]),
        ("Lăng Chủ tịch Hồ Chí Minh", []),
        ("Trường Sơn", []),
        ("Đồng chí Su Căn - Bun Nhông cùng dự lễ.", ["Su Căn - Bun Nhông"]),  # in running text: one Lao name
        # after `ông`, a word that names things elsewhere (`Trường`, `Đường`) starts a name
        ("Ông Trường sinh năm 1974.", ["Trường"]),
        ("do ông Đường Minh Hoa làm Trưởng đoàn.", ["Đường Minh Hoa"]),
        ("Trường Nguyễn Huệ khai giảng.", []),
        ("đoàn y, bác sĩ Bệnh viện Trung ương Huế", []),  # `bác sĩ` is said of a hospital's staff too
        # the first word of a rank after an honorific is no one-word name
        ("Dự có đồng chí Đại tá Nguyễn Hồng Quân, Chỉ huy trưởng.", ["Nguyễn Hồng Quân"]),
        ("Ông Đại cho biết.", ["Đại"]),
    ],
)
def test_byline_lines_thing_words_and_ranks_after_honorifics(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


def test_a_commune_whose_name_starts_with_an_honorific_is_no_person():
    text = "bà Pinăng Thị Thu, người Raglai ở xã Bác Ái Tây; ông Lê Văn Sáu dự."
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == ["Pinăng Thị Thu", "Lê Văn Sáu"]
    assert [e.text for e in extract_rules("Bác Hồ về thăm xã.") if e.label == "PERSON"] == ["Hồ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tuyến đường ven biển Xuân Hội – Thạch Khê – Vũng Áng còn 186 hộ", []),  # a route
        ("Bài: Minh Hà – Quốc Bảo – Lan Anh", ["Minh Hà", "Quốc Bảo", "Lan Anh"]),  # a credit of three
        ("các ông Nguyễn Văn An – Trần Văn Bình – Lê Văn Cường dự", ["Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường"]),
    ],
)
def test_three_places_joined_by_dashes_are_a_route(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


def test_a_consulate_in_a_credit_is_no_person():
    text = "Bà Liên (trái) tại buổi tiếp. Ảnh: Tổng Lãnh sự quán Việt Nam tại Pakse"
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == ["Liên"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lê Văn Bảy (tức Bảy Lùn) bị bắt.", ["Lê Văn Bảy", "Bảy Lùn"]),  # an alias said by `tức`
        ("Ông John Smith (Mỹ) phát biểu.", ["John Smith"]),  # a country in brackets is no alias
        ("trao cho ông Vàng A Chinh (tức Vàng Seo Chinh), nguyên Giám đốc Sở.", ["Vàng A Chinh", "Vàng Seo Chinh"]),
        # Central Highlands names with an apostrophe after their first letters
        ("Phó Trưởng Đoàn ĐBQH tỉnh Đắk Lắk H'Lim Niê Kdăm đề nghị.", ["H'Lim Niê Kdăm"]),
        ("Phó Chủ tịch UBND thành phố Bh'riu Thị Liên cho biết.", ["Bh'riu Thị Liên"]),
        ("Trưởng Ban Tổ chức Tỉnh ủy Lâm Đồng K'Mák. Đồng chí Trần Văn Hiệp dự.", ["K'Mák", "Trần Văn Hiệp"]),
        # a title in brackets after the name
        ("gồm: H'Duệ Êban (Chủ nhiệm Ủy ban Kiểm tra), Y Phun Mlô (Chủ tịch Ủy ban MTTQ).",
         ["H'Duệ Êban", "Y Phun Mlô"]),
        # one foreign word after an office that names no body, then a verb; not after `Giám đốc`
        ("mong muốn Đại sứ Takahashi thúc đẩy hợp tác.", ["Takahashi"]),
        ("Phó Thống đốc Nakamura đánh giá cao môi trường đầu tư.", ["Nakamura"]),
        ("Giám đốc Agribank cho biết sẽ tăng vốn.", []),
        # one word after a title that spells a word of a name said before it another way
        ("Đồng chí Khamphan Sisouvong dự. Tỉnh trưởng Khăm-phăn đề nghị hỗ trợ.", ["Khamphan Sisouvong", "Khăm-phăn"]),
        ("Thủ tướng Tuấn giao Bộ Xây dựng hoàn thiện hồ sơ.", ["Tuấn"]),
    ],
)
def test_aliases_apostrophe_names_and_one_word_holders(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bí thư Khu ủy Hà Chí Viễn (He Zhiyuan) cho biết.", ["Hà Chí Viễn", "He Zhiyuan"]),  # `z`: no Vietnamese word
        ("bà Nguyễn Thị Thanh Thủy (tên Thái là Wanida Srisuk) dự.", ["Nguyễn Thị Thanh Thủy", "Wanida Srisuk"]),
        ("Tỉnh trưởng tỉnh Gyeonggi (Hàn Quốc) Park Jae-hyun đã gửi thư.", ["Park Jae-hyun"]),  # a country in brackets
        ("Ảnh: LÊ HỘI", ["LÊ HỘI"]),  # in capitals a stop word after a lone surname is a given name
        ("Trần Ban Tuyên giáo họp.", []),
        ("Hai bên trao biên bản ghi nhớ. Ảnh: P.V", []),  # the paper's reporter
        ("Lễ trao quyết định. Ảnh: Đinh Vũ - Báo Phú Thọ", ["Đinh Vũ"]),
        ("Chủ tịch tỉnh Bảo cũng quyết định trích quỹ.", ["Bảo"]),
        ("giao Bộ trưởng Hương phối hợp với các tỉnh.", ["Hương"]),
    ],
)
def test_aliases_foreign_letters_bracketed_countries_and_credits(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo bà Diễm (Năm Diễm), mỗi vụ cần vốn.", ["Diễm", "Năm Diễm"]),  # a Southern nickname in brackets
        ("hai nhà máy tại Yên Phong (Bắc Ninh) và Yên Bình (Thái Nguyên).", []),  # places with their provinces
        ("đại biểu Rơ Châm H'Nhung (Gia Lai) phát biểu.", ["Rơ Châm H'Nhung"]),  # a deputy with hers
    ],
)
def test_nicknames_places_before_their_province_and_deputies(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minh Thu - Báo Hải Phòng", ["Minh Thu"]),  # a paper after a dash ends a byline
        ("Hải Yến - Báo Nhân Dân", ["Hải Yến"]),  # ... with the paper's own capitalized words
        ("Thu Hà - TTXVN (Hà Nội)", ["Thu Hà"]),
        ("Minh Hiếu - Lê Hội", ["Minh Hiếu", "Lê Hội"]),  # a stop word as given name ending a byline pair
        ("Hội nghị có ông Lê Hội Nông dân tỉnh.", ["Lê"]),  # not inside a sentence
        ("tại cặp cửa khẩu Hà Khẩu – Kim Thành và đề nghị", []),  # the second name of a pair of border gates
        ("Trường THPT Nguyễn Du - Nguyễn Văn An phát biểu.", ["Nguyễn Văn An"]),  # a full name is still one
        ("Đại diện trường THPT Nguyễn Du - Lê Hùng, Hiệu trưởng nhà trường, cho biết.", ["Lê Hùng"]),  # no paired thing
        ("Lan Hương - Đài PT-TH Sơn La", []),  # no outlet word in a byline name
        ("Ông Nguyễn Văn Nam, Tổ trưởng Tổ Dân phố Hòa Bình, cho biết.", ["Nguyễn Văn Nam"]),  # `Tổ` is no name
        ("Nhà văn Chu Lai vừa ra mắt tiểu thuyết mới.", ["Chu Lai"]),  # a writer's name, not only a port
        ("chủ yếu là đồng bào Mông, Hà Nhì.", []),  # an ethnic group
        ("Theo Chủ tịch UBND xã Y Tý Phàn Văn Lùng, chè là thế mạnh.", ["Phàn Văn Lùng"]),  # a Dao surname
    ],
)
def test_papers_on_bylines_gate_pairs_and_places(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bà Lý Thị Nhung, bác sĩ Trung tâm Y tế khu vực Yên Minh; ông", ["Lý Thị Nhung"]),  # a centre's name
        ("tại Phố đi bộ Nguyễn Huệ (phường Sài Gòn)", []),
        ("Các nghệ nhân Ê Đê biểu diễn cồng chiêng", []),  # an ethnic group after a role noun is no name
        ("Hơn 200 sinh viên Y Dược tham gia", []),
        ("như Phan Thiết, Mũi Né, La Gi.", []),  # a city that starts with a surname
        ("Đoàn về huyện A Lưới và gặp ông Hồ Văn Thiết", ["Hồ Văn Thiết"]),  # a district spelt like a name
    ],
)
def test_centres_walking_streets_village_elders_and_cities(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ trưởng phát biểu tại họp báo. Ảnh: Vietnam+", []),  # an agency's credit
        ("cải tạo sông Tô Lịch đang được ưu tiên", []),  # a river
        ("các phường ven biển như Quy Nhơn, Tuy Phước", []),
    ],
)
def test_agency_credits_rivers_and_another_city(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hữu Nghĩa - Thanh Sang/TTXVN", ["Hữu Nghĩa", "Thanh Sang"]),  # a byline of two with its agency
        ("có tuyến cao tốc Cao Lãnh - An Hữu.", []),  # an expressway and the second name of its pair
        (
            "chị Triệu Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Hoàng Su Phì, và chị Giàng Thị Say",
            ["Triệu Thị Mai", "Giàng Thị Say"],
        ),
    ],
)
def test_bylines_with_an_agency_expressways_and_districts(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


def test_a_chinese_prefecture_that_starts_with_a_surname_is_no_name():
    found = extract_rules("đoàn đại biểu Châu Hồng Hà (Vân Nam) thăm Lào Cai")
    assert [e.text for e in found if e.label == "PERSON"] == []


def test_a_given_name_that_starts_things_is_a_person_alone_after_a_title():
    found = extract_rules("Bí thư Tỉnh ủy Nguyễn Văn Trường chủ trì. Theo Bí thư Trường, tỉnh có 4,4 triệu dân.")
    assert [e.text for e in found if e.label == "PERSON"] == ["Nguyễn Văn Trường", "Trường"]
    found = extract_rules("Hiệu trưởng Trường, ông An, dự lễ.")  # no verb, no `Theo`: the school
    assert [e.text for e in found if e.label == "PERSON"] == ["An"]


def test_cham_family_names():
    found = extract_rules("Theo Chủ tịch UBND xã Thập Văn Hòa, năm 2026 xã dành 12 tỷ đồng.")
    assert [e.text for e in found if e.label == "PERSON"] == ["Thập Văn Hòa"]
    found = extract_rules("Nữ doanh nhân Chăm Đàng Thị Mỹ Dung được vinh danh")
    assert [e.text for e in found if e.label == "PERSON"] == ["Đàng Thị Mỹ Dung"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng chí cũng lưu ý làm tốt công tác vận động nhân dân. NÔNG HẢI", ["NÔNG HẢI"]),
        ("Hai bên ký biên bản ghi nhớ. NGUYỄN VĂN AN", ["NGUYỄN VĂN AN"]),
        ("Hai bên ký biên bản ghi nhớ. UBND TỈNH", []),  # capitals, but no name
        ("Hai bên ký biên bản ghi nhớ. THANH HÓA", []),  # a province in capitals stays a PROVINCE
        ("Đoàn làm việc với chính quyền. THANH TÂM (từ Dubai)", ["THANH TÂM"]),  # where it was filed from
        ("Đoàn làm việc với chính quyền. THANH HÓA (từ Dubai)", []),
    ],
)
def test_a_byline_in_capitals_after_the_last_sentence_of_its_paragraph(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bắt quả tang đối tượng Xổm-sắc Chăn-thạ-vông (sinh năm 1991).", ["Xổm-sắc Chăn-thạ-vông"]),
        ("Một đối tượng tên A Lềnh dụ dỗ ba chị sang biên giới.", ["A Lềnh"]),  # a one-letter name prefix
        ("Lý Minh, tên gọi khác là A Lâm, đã bị bắt.", ["Lý Minh", "A Lâm"]),
        ("Nhóm còn có Chea Vuthy (36 tuổi, quốc tịch Campuchia).", ["Chea Vuthy"]),  # an age in brackets
        ("Bắt giữ Lò Văn Sáu (SN 1985, trú tại xã Mường Lống).", ["Lò Văn Sáu"]),
        ("Các đối tượng Việt Nam bị xử lý.", []),  # a country after the role noun is no name
        ("Đoàn đến Trường Sơn (sinh năm 1990 là năm thành lập).", []),  # one word: the age cue needs two
    ],
)
def test_suspects_aliases_and_ages_mark_names(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự án 250 triệu USD tại Khu công nghiệp Liên Hà Thái.", []),  # a zone's name: `Hà` starts no person
        ("Nhà máy đặt tại Khu kinh tế Vũng Áng Hà Tĩnh.", []),
        ("đầu tư 400 tỷ đồng cho bến du thuyền Ninh Kiều.", []),
        ("nâng cấp Khu lưu niệm Hồ Chí Minh tại bản Nachok", []),
        ("Đoàn đến thành phố Pakse Đinh Xuân Tùng phát biểu.", ["Đinh Xuân Tùng"]),  # after a city, a name
    ],
)
def test_a_surname_inside_a_things_name_starts_no_person(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Hong Jae-sung (Hồng Tại Thành) cho biết", ["Hong Jae-sung", "Hồng Tại Thành"]),
        ("Phó Thống đốc Choi Min-seok (Thôi Mẫn Thạc) bày tỏ vui mừng", ["Choi Min-seok", "Thôi Mẫn Thạc"]),
        ("Ông John Smith (Hoa Kỳ) nói", ["John Smith"]),  # a country, no reading
        ("Ông Choi Min-seok (tên Hán Việt là Thôi Mẫn Thạc) cho biết", ["Choi Min-seok", "Thôi Mẫn Thạc"]),
        ("Phó Chủ tịch tỉnh; Vì Văn Sương, nguyên Bí thư Đảng ủy xã.", ["Vì Văn Sương"]),  # before a former office
        ("các đồng chí: Tẩn Thị Mây, Đèo Văn Khánh, Chẻo Văn Lìu.", ["Tẩn Thị Mây", "Đèo Văn Khánh", "Chẻo Văn Lìu"]),
    ],
)
def test_a_sino_vietnamese_reading_in_brackets_and_dao_and_thai_surnames(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huỳnh Văn Bé Năm, nguyên Chủ tịch UBND thành phố Trà Vinh.", ["Huỳnh Văn Bé Năm"]),  # a provincial city
        ("Chủ tịch UBND thành phố Lê Hùng dự", ["Lê Hùng"]),  # a holder's name after `thành phố`
        ("Phó Chủ tịch UBND tỉnh H'Yâm Byă cảm ơn", ["H'Yâm Byă"]),  # after `tỉnh`, the holder
        ("bổ nhiệm ông Hồ Văn Lai, người dân tộc Pa Kô, Phó Giám đốc Sở", ["Hồ Văn Lai"]),
        ("Chiều 14/11, tại thị trấn Lạc Xao, huyện Khăm Cợt", []),
        ("mở rộng tuyến đường từ cửa khẩu quốc tế Na Mèo đến Sầm Nưa.", []),  # a Lao town
        ("bác sĩ chuyên khoa I Hà Văn Chung, Trưởng khoa Nhi", ["Hà Văn Chung"]),  # the grade before a name
        ("Đối tượng cầm đầu là Xổm-chai Vông-khăm (41 tuổi) bị bắt.", ["Xổm-chai Vông-khăm"]),
    ],
)
def test_cities_towns_and_peoples_are_no_names(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trưởng Ban Tổ chức Trung ương; Đinh Công Sở, Phó Chủ tịch Ủy ban Kiểm tra", ["Đinh Công Sở"]),
        ("ông Lê Hội, Giám đốc Sở Y tế, cho biết", ["Lê Hội"]),
        ("ông Lê Văn An, Sở Y tế cho biết", ["Lê Văn An"]),  # no title after the comma: `Sở` starts a body
    ],
)
def test_a_stop_word_that_ends_a_name_before_its_title(text, expected):
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == expected


FIRST = "Bị cáo Nguyễn Văn Khải (sinh năm 1970), nguyên Chủ tịch UBND xã, và bà Võ Thị Hằng bị truy tố."


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("Theo cáo trạng, năm 2021, Khải đã nhận 2 tỷ đồng, chia cho Hằng.", ["Khải", "Hằng"]),
        ("Cấp sơ thẩm tuyên phạt Khải 18 năm tù; tài sản của Khải bị kê biên.", ["Khải", "Khải"]),
        ("Khải đã thừa nhận hành vi.", ["Khải"]),  # a sentence's start, before a verb that follows names
        ("Khải khai nhận hành vi.", []),  # a sentence's start, no such verb: any word is capitalized there
        ("Hằng Nga là tên một chương trình.", []),  # a longer capitalized run
        ("Lớp học tiếng Hằng, ủy ban Khải định", []),  # not a person's context
        ("Hội Liên hiệp Hằng Khải hoạt động.", []),
        ("Quan hệ Lào - Khải, hợp tác tốt.", []),  # beside a dash: a pair of places
        ("Ủy ban Khải ương đã họp.", []),  # a capitalized syllable before a lower-case word: a compound
    ],
)
def test_a_given_name_alone_in_a_later_record_is_the_person_named_in_full(later, expected):
    first, second = default_pipeline().parse_document([FIRST, later], model=None)
    assert [e.text for e in first.ents if e.label == "PERSON"] == ["Nguyễn Văn Khải", "Võ Thị Hằng"]
    assert [e.text for e in second.ents if e.label == "PERSON"] == expected
    alone = [e.text for e in default_pipeline().parse(later, model=None).ents if e.label == "PERSON"]
    assert alone == []  # without the earlier record nothing names them


def test_a_country_of_two_words_is_no_name_and_a_holder_after_tai_thanh_pho():
    assert persons("tiếp đoàn đại biểu tỉnh Selenge (Mông Cổ) do ông Gantulga dẫn đầu") == ["Gantulga"]
    text = "tiếp Tổng Lãnh sự Hoa Kỳ tại thành phố Hồ Chí Minh Daniel Whitaker đang thăm"
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == ["Daniel Whitaker"]


def test_burmese_honorifics_stay_outside_the_name():
    doc = default_pipeline().parse("Thủ hiến vùng Mandalay U Myo Zaw Htun và Bộ trưởng Daw Khin Su Mon dự", model=None)
    assert [e.text for e in doc.ents if e.label == "PERSON"] == ["Myo Zaw Htun", "Khin Su Mon"]
    assert [(r.person.text, r.title.text, r.province and r.province.text) for r in doc.roles] == [
        ("Myo Zaw Htun", "Thủ hiến", "Mandalay"), ("Khin Su Mon", "Bộ trưởng", None)
    ]
    assert persons("Vườn quốc gia U Minh Thượng mở cửa") == []


def test_a_rank_is_said_only_of_a_person():
    # a thing word (`Trường`, a school) right after a rank starts a name, as after `ông`
    assert persons("Thượng tá Hồ Xuân Trường dự. Thượng tá Trường khẳng định, đơn vị sẵn sàng") == [
        "Hồ Xuân Trường", "Trường"
    ]
    assert persons("bà Y Hoa, vợ Thượng sĩ A Thương, chiến sĩ Đồn Biên phòng Bờ Y, cho biết") == ["Y Hoa", "A Thương"]


def test_a_company_s_trade_before_its_name_keeps_the_name_a_thing_s():
    assert persons("Công ty CP Khoáng sản Hoàng Long bị phạt 340 triệu đồng") == []
    assert persons("cho Liên doanh Meridian Land Singapore - Đông Dương Invest. Dự án") == []  # a company word
    assert persons("khởi công Dự án Khu nhà ở xã hội Kim Chung 2, quy mô") == []
    assert persons("Mức thấp nhất tại huyện đảo Bạch Long Vĩ là 500.000 đồng") == []


def test_two_given_syllables_of_a_four_word_name_again():
    first = "Vận động viên Lò Thị Ngọc Ánh giành huy chương vàng; ông Vũ Đình Tâm chúc mừng."
    later = ["Chia sẻ tại buổi lễ, Ngọc Ánh cho biết sẽ tặng quỹ.", "Sau đó, Đình Tâm cho biết sẽ nghỉ."]
    docs = default_pipeline().parse_document([first, *later], model=None)
    # the last two syllables of a four-word name, not of a three-word one
    assert [[e.text for e in d.ents if e.label == "PERSON"] for d in docs[1:]] == [["Ngọc Ánh"], []]
    assert [e.text for e in default_pipeline().parse(later[0], model=None).ents] == []


def test_a_given_name_again_in_one_text_and_its_person_across_records():
    text = "Bị cáo Trần Văn Lộc nguyên là cán bộ ngân hàng. Từ năm 2019, Lộc đã lập 96 bộ hồ sơ khống."
    doc = default_pipeline().parse(text, model=None)
    assert [e.text for e in doc.ents if e.label == "PERSON"] == ["Trần Văn Lộc", "Lộc"]
    assert [[m.text for m in p.mentions] for p in doc.people] == [["Trần Văn Lộc", "Lộc"]]
    pipeline = default_pipeline()
    # a defendant by the given name alone before what follows a person in court news; a nickname after its cue
    verdict = "Về dân sự, tòa buộc Quý phải bồi thường 5,6 tỷ đồng. Theo hồ sơ, Quý và Hoa lập khống chứng từ."
    _, second = pipeline.parse_document(["Bị cáo Lô Văn Quý và Vi Thị Hoa hầu tòa.", verdict], model=None)
    assert [e.text for e in second.ents if e.label == "PERSON"] == ["Quý", "Quý", "Hoa"]
    nickname = pipeline.parse("Trương Văn Phước, Giám đốc công ty, thường được gọi là Sáu Phước, hầu tòa.", model=None)
    assert [e.text for e in nickname.ents if e.label == "PERSON"] == ["Trương Văn Phước", "Sáu Phước"]
    assert [[m.text for m in p.mentions] for p in nickname.people] == [["Trương Văn Phước", "Sáu Phước"]]
    # a given name that is also a lead word (`Sáng`, morning) inside a sentence, after the full name
    later = "Theo cáo trạng, năm 2021, Sáng chỉ đạo cấp dưới. Sáng 5/3, tòa tuyên án."
    _, second = pipeline.parse_document(["Bị cáo Lê Đình Sáng hầu tòa.", later], model=None)
    assert [e.text for e in second.ents if e.label == "PERSON"] == ["Sáng"]
    # a foreign holder's family name again after an office that names no body, with no verb after it
    gift = "Dịp này, ông Thành đã tặng Thống đốc Cardin bức tranh gốm."
    _, second = pipeline.parse_document(["Thống đốc Veneto Stefano Cardin dự.", gift], model=None)
    assert [e.text for e in second.ents if e.label == "PERSON"] == ["Thành", "Cardin"]
    assert [e.text for e in pipeline.parse(gift, model=None).ents if e.label == "PERSON"] == ["Thành"]
    again = "Theo cơ quan điều tra, Khởi là chủ tàu. Từ tháng 3, Khởi vẫn thuê 8 lao động."  # `vẫn`: an adverb
    _, second = pipeline.parse_document(["Bắt tạm giam Hoàng Văn Khởi (sinh năm 1979).", again], model=None)
    assert [e.text for e in second.ents if e.label == "PERSON"] == ["Khởi", "Khởi"]
    docs = pipeline.parse_document([FIRST, "Ngoài ra, Khải còn nhận của Hằng 850 triệu đồng."], model=None)
    keys = [{d.ents[i].text: key for i, key in k.items()} for d, k in zip(docs, pipeline.people_across(docs))]
    assert keys[1] == {"Khải": keys[0]["Nguyễn Văn Khải"], "Hằng": keys[0]["Võ Thị Hằng"]}
    assert keys[0]["Nguyễn Văn Khải"] != keys[0]["Võ Thị Hằng"]


def test_a_full_name_again_in_a_later_record_and_things_and_groups_named_by_a_word():
    pipeline = default_pipeline()
    first, second = pipeline.parse_document(
        ["bị cáo Y Thông Niê, nguyên Trưởng ban, bị truy tố.", "Phúc đã chi 1,3 tỷ đồng cho Y Thông Niê và cán bộ."],
        model=None,
    )
    assert [e.text for e in second.ents if e.label == "PERSON"] == ["Y Thông Niê"]
    assert [e.text for e in pipeline.parse(second.text, model=None).ents if e.label == "PERSON"] == []
    scholarship = pipeline.parse("trao 50 suất học bổng “Lý Minh Khôi” cho sinh viên", model=None)
    assert [e.label for e in scholarship.ents] == []  # a thing named after a person
    doctors = pipeline.parse("đánh giá cao tay nghề của các bác sĩ Huế.", model=None)
    assert [(e.text, e.label) for e in doctors.ents] == [("Huế", "PROVINCE")]  # a group, no person
    assert [(e.text, e.label) for e in pipeline.parse("các ông Bình Dương và Huế", model=None).ents][0] == (
        "Bình Dương", "PERSON"
    )


def test_an_alias_in_brackets_before_more_about_the_person():
    text = "Cầm đầu đường dây là Lâm Quốc Bửu (tức Tư Bửu, SN 1983, trú huyện Bến Cầu). Từ tháng 3/2024, Bửu thuê người"
    found = [e.text for e in default_pipeline().parse(text, model=None).ents if e.label == "PERSON"]
    assert found == ["Lâm Quốc Bửu", "Tư Bửu", "Bửu"]
    assert persons("xảy ra tại quán karaoke Hoàng Gia trên đường Lê Hoàn") == []


def test_two_names_in_capitals_glued_after_the_last_sentence_are_two_reporters():
    text = "Dự họp báo có hơn 30 phóng viên các cơ quan báo chí. THU HUYỀN - HẢI VÂN"
    assert persons(text) == ["THU HUYỀN", "HẢI VÂN"]
    assert persons("Ông Su Căn - Bun Nhông dự.") == ["Su Căn - Bun Nhông"]  # a Lao name spelt by syllables
