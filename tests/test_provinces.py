import unicodedata

import pytest

from vnner.pipeline import extract_rules
from vnner.rules.provinces import load_provinces


def provinces(text):
    return [(e.text, e.value["name"], e.value["country"]) for e in extract_rules(text) if e.label == "PROVINCE"]


def test_gazetteer_covers_vietnam_before_and_after_2025_and_laos():
    rows = load_provinces("provinces.tsv")
    vietnam = [p for p, _ in rows if p.country == "VN" and not p.historical]
    assert len(vietnam) == 63
    assert len([p for p, _ in rows if p.country == "LA"]) == 18  # 17 provinces + Vientiane prefecture


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lãnh đạo tỉnh Sekong", [("Sekong", "Sekong", "LA")]),
        ("đoàn thành phố Đà Nẵng", [("Đà Nẵng", "Đà Nẵng", "VN")]),
        ("hai tỉnh Quảng Nam – Sê Kông", [("Quảng Nam", "Quảng Nam", "VN"), ("Sê Kông", "Sekong", "LA")]),
        ("tỉnh Xê Kông và tỉnh Sê Koong", [("Xê Kông", "Sekong", "LA"), ("Sê Koong", "Sekong", "LA")]),
        ("Attapu, Attapeu", [("Attapu", "Attapeu", "LA"), ("Attapeu", "Attapeu", "LA")]),
        ("tại Luông Pha Bang", [("Luông Pha Bang", "Luang Prabang", "LA")]),
        ("Thừa Thiên Huế và Huế", [("Thừa Thiên Huế", "Huế", "VN"), ("Huế", "Huế", "VN")]),
        ("UBND tỉnh Sơn La", [("Sơn La", "Sơn La", "VN")]),
        ("tỉnh Thanh Hoá, tỉnh Thanh Hóa", [("Thanh Hoá", "Thanh Hóa", "VN"), ("Thanh Hóa", "Thanh Hóa", "VN")]),
        ("ĐÀ NẴNG TĂNG CƯỜNG HỢP TÁC", [("ĐÀ NẴNG", "Đà Nẵng", "VN")]),
        ("đến Thành phố Hồ Chí Minh", [("Hồ Chí Minh", "Hồ Chí Minh", "VN")]),
        ("tỉnh Chăm-pa-sắc", [("Chăm-pa-sắc", "Champasak", "LA")]),
        ("TỈNH XA-LA-VĂN", [("XA-LA-VĂN", "Salavan", "LA")]),
        ("giáp tỉnh Vân Nam và Quảng Tây", [("Vân Nam", "Yunnan", "CN"), ("Quảng Tây", "Guangxi", "CN")]),
        ("thủ đô Viêng Chăn", [("Viêng Chăn", "Vientiane Prefecture", "LA")]),
        ("tỉnh Viêng Chăn", [("Viêng Chăn", "Vientiane Province", "LA")]),
        ("Viêng Chăn", [("Viêng Chăn", "Vientiane Prefecture", "LA")]),
        # foreign names by their bare letters, every word capitalized
        ("tại Sa-van-na-khẹt", [("Sa-van-na-khẹt", "Savannakhet", "LA")]),
        ("tỉnh Xa Văn Na Khet", [("Xa Văn Na Khet", "Savannakhet", "LA")]),
        ("tỉnh Kampong Cham và Xiêm Riệp", [("Kampong Cham", "Kampong Cham", "KH"), ("Xiêm Riệp", "Siem Reap", "KH")]),
        # `TP.` stays out like `thành phố` before a name; `TP.HCM`, `TP HCM`, `TPHCM` are one span (v1.2)
        (
            "TP. Hồ Chí Minh, TP.HCM, TP HCM, TPHCM",
            [("Hồ Chí Minh", "Hồ Chí Minh", "VN"), ("TP.HCM", "Hồ Chí Minh", "VN"), ("TP HCM", "Hồ Chí Minh", "VN"),
             ("TPHCM", "Hồ Chí Minh", "VN")],
        ),
        # `thành phố X` of a province that is no centrally-run city is its provincial city (v1.2)
        ("thành phố Yên Bái, tỉnh Yên Bái, TP Thanh Hóa, thành phố Huế, thành phố Busan",
         [("Yên Bái", "Yên Bái", "VN"), ("Huế", "Huế", "VN"), ("Busan", "Busan", "KR")]),
        ("Công ty Hoàng Anh Gia Lai", [("Gia Lai", "Gia Lai", "VN")]),  # `Anh` here is a name, not an honorific
    ],
)
def test_names_in_any_spelling(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hai nước Việt Nam và Lào",
        "các tỉnh Nam Trung Lào, miền Trung",
        "tuyến đường Hồ Chí Minh",
        "Chủ tịch Hồ Chí Minh",
        "sông Sê Kông chảy qua",
        "chiến thắng Điện Biên Phủ",
        "vì hòa bình và phát triển",
        "cửa khẩu Lao Bảo, huyện Nam Giang",
        "Sơn Lateral",
        "Phòng xa lý do an toàn",  # bare letters of `Phông Xa Lỳ`, but not every word capitalized
        "Chương trình “Vì Hòa Bình và hữu nghị”",
        "dọc đại lộ Bình Dương",
        "Bài và ảnh: THÁI BÌNH",  # a byline
        "Ông Bình Dương cho biết",  # a bare name after an honorific is a person's
        "BÁC HỒ CĂN DẶN",  # bare letters of `Can Đan` (Kandal), but not title case
        "Viện Chăn nuôi Quốc gia công bố",  # bare letters of `Viên Chăn`, but two words, no hyphen
        "Bà Hứa Phấn Xa bán hàng",  # three words, but starting with a surname
        "Ông Đoàn Văn Nam, Phó Chủ tịch",  # bare letters of `Vân Nam`, a Sino-Vietnamese name
    ],
)
def test_exclusions(text):
    assert provinces(text) == []


def test_nfd_input_keeps_original_offsets():
    original = unicodedata.normalize("NFD", "Đoàn tỉnh Quảng Nam\u00a0thăm Sê\u00a0Kông")
    found = [e for e in extract_rules(original) if e.label == "PROVINCE"]
    assert [unicodedata.normalize("NFC", e.text) for e in found] == ["Quảng Nam", "Sê\u00a0Kông"]
    assert all(original[e.start : e.end] == e.text for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tỉnh Xiengkhuang", [("Xiengkhuang", "LA-XI")]),  # not in the table: folded like a person's name
        ("đoàn Sa-kon Na-khon", [("Sa-kon Na-khon", "TH-47")]),
        ("tỉnh Khammuon", [("Khammuon", "LA-KH")]),
    ],
)
def test_foreign_units_match_by_name_key(text, expected):
    assert [(e.text, e.value["iso"]) for e in extract_rules(text) if e.label == "PROVINCE"] == expected


@pytest.mark.parametrize(
    "text",
    ["Công ty Cổ phần Sông Đà", "Tại thành phố", "ông Đoàn Văn Nam", "Viện Chăn nuôi Quốc gia", "ông Quang Thái"],
)
def test_vietnamese_words_never_fold_into_a_foreign_unit(text):
    assert [e for e in extract_rules(text) if e.label == "PROVINCE"] == []


def test_a_foreign_city_of_a_province_is_no_province_but_a_city_unit_is():
    text = "thành phố Osaka, tỉnh Osaka, thành phố Busan, thành phố Savannakhet, TP Phnom Penh, thủ đô Tokyo"
    assert [e.text for e in extract_rules(text) if e.label == "PROVINCE"] == ["Osaka", "Busan", "Phnom Penh", "Tokyo"]


def test_chinese_provinces_bare_where_no_common_name_shares_the_spelling():
    found = provinces("Đoàn làm việc tại Phúc Kiến, Hồ Bắc, Hồ Nam và An Huy; phóng viên Hải Nam đưa tin.")
    assert [(text, country) for text, _, country in found] == [
        ("Phúc Kiến", "CN"), ("Hồ Bắc", "CN"), ("Hồ Nam", "CN"), ("An Huy", "CN")
    ]
    assert [t for t, _, _ in provinces("Đoàn làm việc tại tỉnh Hải Nam.")] == ["Hải Nam"]
    assert [t for t, _, _ in provinces("Đà Nẵng - Hải Nam mở rộng hợp tác; ông Trần Hải Nam dự.")] == [
        "Đà Nẵng", "Hải Nam"
    ]


def test_a_byline_of_names_in_capitals_holds_no_province():
    assert provinces("MINH CHÂU - HẢI NAM") == []
    assert provinces("THÁI BÌNH – ĐÌNH NHẬT") == []
    assert [t for t, _, _ in provinces("ĐÀ NẴNG - HẢI NAM")] == ["ĐÀ NẴNG", "HẢI NAM"]  # two units: a headline


@pytest.mark.parametrize(
    "text",
    [
        "dự án cao tốc Châu Đốc - Cần Thơ - Sóc Trăng mới giải ngân",
        "tuyến Hành lang kinh tế Côn Minh - Lào Cai - Hà Nội - Hải Phòng",
        "thúc đẩy dự án đường sắt Lào Cai - Hà Nội - Hải Phòng.",
        "dự án đường sắt tốc độ cao trên trục Bắc - Nam, Bộ trưởng cho biết",
    ],
)
def test_no_province_in_a_route_named_by_the_places_it_links(text):
    assert provinces(text) == []
    assert [e.text for e in extract_rules(text) if e.label == "PERSON"] == []


def test_a_zone_named_with_its_province_keeps_the_province():
    found = provinces("tại Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, Bí thư Tỉnh ủy Lạng Sơn dự")
    assert [t for t, _, _ in found] == ["Lạng Sơn", "Lạng Sơn"]


def test_no_province_inside_a_road_s_name():
    assert provinces("vốn cho tuyến cao tốc Khánh Hòa – Buôn Ma Thuột và quốc lộ Lào Cai") == []


def test_units_of_russia_australia_and_germany_by_the_names_papers_print():
    text = "đoàn tỉnh Kaluga (Liên bang Nga), Cộng hòa Tatarstan, bang Nam Australia và bang Bắc Rhine-Westphalia"
    assert provinces(text) == [
        ("Kaluga", "Kaluga", "RU"), ("Tatarstan", "Tatarstan", "RU"), ("Nam Australia", "South Australia", "AU"),
        ("Bắc Rhine-Westphalia", "North Rhine-Westphalia", "DE"),
    ]
    assert provinces("Tổng thống Vladimir Putin và ông Kirov dự") == []  # given names and surnames, left out


def test_indonesian_and_philippine_provinces_malaysian_states_and_myanmar_regions():
    text = "hợp tác với tỉnh Đông Java (Jawa Timur), tỉnh Cebu, tỉnh Palawan, bang Penang và vùng Mandalay"
    assert [(t, c) for t, _, c in provinces(text)] == [
        ("Đông Java", "ID"), ("Jawa Timur", "ID"), ("Cebu", "PH"), ("Palawan", "PH"), ("Penang", "MY"),
        ("Mandalay", "MM"),
    ]
    assert provinces("đảo Jawa của Indonesia") == []  # an island group, no province
    assert provinces("đường bay đến thủ đô New Delhi do hãng China Eastern Airlines khai thác") == []
    assert [t for t, _, _ in provinces("thủ phủ bang Tây Bengal")] == ["Tây Bengal"]
    # Indonesian provinces in Vietnamese, capital territories, a dateline in capitals
    text = "KUALA LUMPUR - Ngư dân bị giữ tại tỉnh Tây Kalimantan, Bắc Sulawesi, được đưa từ Jakarta về nước."
    assert [(t, c) for t, _, c in provinces(text)] == [
        ("KUALA LUMPUR", "MY"), ("Tây Kalimantan", "ID"), ("Bắc Sulawesi", "ID"), ("Jakarta", "ID"),
    ]
    found = extract_rules("tỉnh Tây Kalimantan và thủ đô Kuala Lumpur")
    assert [e.value["iso"] for e in found if e.label == "PROVINCE"] == ["ID-KB", "MY-14"]


def test_european_units_by_the_names_papers_print():
    text = (
        "đoàn vùng Małopolska, vùng Nam Moravia, thủ đô Praha, tỉnh Antwerpen thuộc vùng Flanders, quận Faro, "
        "vùng tự trị Madeira, Chính quyền vùng Cataluña, cộng đồng Madrid và hạt Bács-Kiskun"
    )
    assert [(t, c) for t, _, c in provinces(text)] == [
        ("Małopolska", "PL"), ("Nam Moravia", "CZ"), ("Praha", "CZ"), ("Antwerpen", "BE"), ("Flanders", "BE"),
        ("Faro", "PT"), ("Madeira", "PT"), ("Cataluña", "ES"), ("Madrid", "ES"), ("Bács-Kiskun", "HU"),
    ]
    assert provinces("thủ phủ là thành phố Kecskemét") == []  # a city with county rights, no county
    assert provinces("bảo tồn đầm phá Ria Formosa") == []  # a lagoon, not Argentina's Formosa
    assert provinces("tại quận Hải Châu và quận Sơn Trà") == []  # `quận` names a unit only abroad


def test_middle_eastern_and_central_asian_units_by_the_names_papers_print():
    text = (
        "đoàn thăm Dubai, Abu Dhabi, tỉnh Turkistan, vùng Issyk-Kul, thủ đô Bishkek, tỉnh Bukhara, thung lũng "
        "Fergana, tỉnh Isfahan, Haifa, thành phố Almaty và tỉnh Pavlodar"
    )
    assert [(t, c) for t, _, c in provinces(text)] == [
        ("Dubai", "AE"), ("Abu Dhabi", "AE"), ("Turkistan", "KZ"), ("Issyk-Kul", "KG"), ("Bishkek", "KG"),
        ("Bukhara", "UZ"), ("Fergana", "UZ"), ("Isfahan", "IR"), ("Haifa", "IL"), ("Almaty", "KZ"),
        ("Pavlodar", "KZ"),
    ]
    isos = [e.value["iso"] for e in extract_rules("thành phố Almaty và tỉnh Almaty Region") if e.label == "PROVINCE"]
    assert isos == ["KZ-75", "KZ-19"]  # the city, and the region around it


def test_compounds_ending_in_a_blocking_word_and_names_holding_a_unit():
    assert [t for t, _, _ in provinces("hồi ký do Nhà xuất bản Thanh Hóa phát hành")] == ["Thanh Hóa"]
    assert [t for t, _, _ in provinces("dân cư vùng sạt lở ở miền núi Quảng Nam")] == ["Quảng Nam"]
    assert provinces("bản Thanh Hóa của xã") == []  # a village keeps blocking
    assert provinces("loạt bài về tuyến đường Trường Sơn Đông qua Tây Giang") == []  # not Shandong


def test_a_unit_after_an_accented_latin_given_name_is_a_family_name():
    assert provinces("Đại sứ Cuba tại Việt Nam Rogelio Fernández Alba cùng dự buổi lễ.") == []  # not Romania's Alba
    assert [t for t, _, _ in provinces("hợp tác với hạt Alba của Romania")] == ["Alba"]


def test_taiwan_s_cities_are_first_level_units_and_taiwan_no_province():
    found = provinces("lao động cư trú bất hợp pháp tại Đài Loan, tập trung ở Đào Viên, Đài Trung và Tân Bắc.")
    assert found == [("Đào Viên", "Taoyuan", "TW"), ("Đài Trung", "Taichung", "TW"), ("Tân Bắc", "New Taipei", "TW")]
    iso = {e.text: e.value["iso"] for e in extract_rules("tại Kaohsiung và Đài Bắc") if e.label == "PROVINCE"}
    assert iso == {"Kaohsiung": "TW-KHH", "Đài Bắc": "TW-TPE"}


def test_a_meeting_s_link_point_names_its_province_though_a_bridge_does_not():
    assert [t for t, _, _ in provinces("Từ điểm cầu Lạng Sơn, ông Hậu kiến nghị.")] == ["Lạng Sơn"]
    assert [t for t, _, _ in provinces("Tại điểm cầu tỉnh Hà Giang có 200 đại biểu.")] == ["Hà Giang"]
    assert provinces("Xe tải qua cầu Lạng Sơn.") == []
    # `bản` (a Lao village) ends `Nhật Bản`, a country: the city after it is named
    assert [t for t, _, _ in provinces("Lễ hội Văn hóa Nhật Bản Đà Nẵng 2025 khai mạc.")] == ["Đà Nẵng"]
    assert provinces("Đoàn về bản Lạng Sơn.") == []


def test_a_lone_word_found_only_by_its_folded_key_needs_its_country_or_an_introducer():
    assert provinces("Tổng Giám đốc Samsung Việt Nam dự.") == []  # `Samsung` folds as Turkey's `Samsun`
    assert [t for t, _, c in provinces("Đoàn công tác tỉnh Samsun thăm Việt Nam.")] == ["Samsun"]
    assert [t for t, _, c in provinces("Đoàn đại biểu Xiengkhuang sang thăm.")] == ["Xiengkhuang"]  # Lao


def test_a_lao_name_run_together_in_one_word_of_vietnamese_letters_is_folded():
    assert provinces("Phó Tỉnh trưởng tỉnh Phôngsaly làm Trưởng đoàn.") == [("Phôngsaly", "Phongsaly", "LA")]
    assert provinces("Công ty Cổ phần Việt dự.") == []  # one syllable a word: Vietnamese words, no loose name


def test_a_unit_inside_a_latin_name_and_after_an_international_border_gate_is_none():
    assert provinces("đầu tư cho Tập đoàn Siam Coast Hospitality.") == []  # Tanzania's `Coast` in a company's name
    assert provinces("Ông Mohd Rizal bin Ismail cho biết.") == []  # a Philippine province's name before `bin`
    assert [p[0] for p in provinces("tỉnh Rizal (Philippines)")] == ["Rizal"]
    assert [p[0] for p in provinces("Thống đốc Gyeonggi Kim Dong-yeon dự.")] == ["Gyeonggi"]  # a holder after it
    assert provinces("hàng hóa qua cửa khẩu quốc tế Lào Cai tăng.") == []  # a border gate, not the province
    assert [p[0] for p in provinces("Sở Công Thương tỉnh Lào Cai cho biết.")] == ["Lào Cai"]


def test_thanh_pho_after_tinh_comma_means_provinces_and_cities():
    found = [p[0] for p in provinces("lãnh đạo ba tỉnh, thành phố Quảng Ninh, Bắc Ninh, Hải Phòng.")]
    assert found == ["Quảng Ninh", "Bắc Ninh", "Hải Phòng"]
    assert provinces("tại thành phố Quảng Ninh") == []  # one province's city (v1.2)
    assert provinces("Lãnh đạo tỉnh và thành phố Lào Cai đã đến thăm") == []  # the province and its city


def test_yeu_cau_is_no_bridge():
    assert [p[0] for p in provinces("Thủ tướng yêu cầu TP.HCM phát huy vai trò đầu tàu.")] == ["TP.HCM"]
    assert provinces("xe qua cầu Hà Nội") == []  # a bridge named after the province


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phòng Thương mại tỉnh U-đon-tha-ni tổ chức hội chợ", ("U-đon-tha-ni", "Udon Thani", "TH")),
        ("đoàn tỉnh Mông-đun-ki-ri (Campuchia) do bà Touch Pisey dẫn đầu", ("Mông-đun-ki-ri", "Mondulkiri", "KH")),
    ],
)
def test_a_thai_or_khmer_unit_in_hyphenated_syllables(text, expected):
    assert provinces(text) == [expected]


def test_a_hyphenated_spelling_finds_no_unit_of_a_far_country():
    assert provinces("đầu tư vào Đặc khu kinh tế Xa-vẳn – Xê-nô.") == []  # not Mauritius's Savanne


def test_an_airport_s_name_and_a_korean_province_in_sino_vietnamese():
    assert [t for t, _, _ in provinces("đường bay giữa Đà Nẵng và sân bay quốc tế Daegu.")] == ["Đà Nẵng"]
    assert [t for t, _, _ in provinces("mở rộng nhà ga Cảng hàng không quốc tế Cần Thơ ở Cần Thơ")] == ["Cần Thơ"]
    assert [t for t, _, _ in provinces("tại khu vực ga Lào Cai mới, tỉnh Lào Cai")] == ["Lào Cai"]
    assert provinces("Chính quyền tỉnh Jeollanam (Toàn La Nam) tổ chức") == [
        ("Jeollanam", "Jeollanam", "KR"), ("Toàn La Nam", "Jeollanam", "KR")
    ]


def test_a_prefecture_that_is_the_governor_s_family_name():
    assert [t for t, _, _ in provinces("Phó Thống đốc Ishikawa Daisuke cho biết, tỉnh Nagano sẽ")] == ["Nagano"]
    assert [t for t, _, _ in provinces("Thống đốc Aichi Omura Hideaki dự")] == ["Aichi"]  # then a two-word name


def test_a_unit_named_as_its_country_is_found_only_after_its_level_word():
    assert provinces("Các nhà đầu tư Mexico có 3 dự án, xuất khẩu sang Mexico tăng.") == []
    found = provinces("Thống đốc bang Mexico và bang México dự.")
    assert found == [("Mexico", "México", "MX"), ("México", "México", "MX")]
    assert [name for name, _, _ in provinces("Đại sứ Guatemala thăm tỉnh Panamá.")] == ["Panamá"]


def test_a_one_word_unit_listed_between_company_names_is_a_company():
    assert provinces("thu từ các nhà cung cấp như Google, Meta, Netflix tăng mạnh") == []
    found = [name for name, _, _ in provinces("các tỉnh Santander, Meta, Antioquia của Colombia")]
    assert found == ["Santander", "Meta", "Antioquia"]
