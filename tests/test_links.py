"""Roles and people (guidelines v1.2): name keys, the roles and people linkers, their validation
in the corpus loader and their scores."""

from __future__ import annotations

import json

import pytest

from vnner import name_key, parse
from vnner.corpus import CorpusError, load_records, parse_record
from vnner.evaluate_links import score_people, score_roles


@pytest.mark.parametrize(
    "spellings",
    [
        ["Xay Nha Phon", "Xay-nhạ-phon", "XAYNHAPHON", "xay nhạ phon"],
        ["Lếch-lay Sỉ-vi-lay", "Leklay Sivilay", "LEKLAY SIVILAY"],
        ["Vi-lay Phôm-ma-chăn", "Vilay Phommachanh"],
        ["Xổm-xạ-vạt Lềnh-xạ-vắt", "Somsavat Lengsavad"],
        ["Bun-mi", "Bounmy"],
        ["Khăm-xạ-vẳn Sổm-phon", "Khamsavanh Somphone"],  # a Latin spelling's silent final e
        ["Khăm-pheng Phôm-ma-vông", "Khamphaeng Phommavong"],  # Lao `ae` written `e`
        ["Sam Chhorn", "Xăm Chhon"],  # a Khmer final r is silent
        ["Sok Vannak", "Xốc Van-nác"],  # a final k written `c`
        ["Nguyễn Đức Hải", "NGUYỄN ĐỨC HẢI", "Nguyễn  Đức Hải"],
        ["Hoàng Thuỳ Linh", "Hoàng Thùy Linh"],  # tone placement is not a spelling difference
    ],
)
def test_spellings_of_one_name_share_a_key(spellings):
    assert len({name_key(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Nguyễn Đức Hải", "Nguyễn Đức Hai"),  # Vietnamese names keep their tone marks
        ("Nguyễn Đức Hải", "Nguyễn Đức Hãi"),
        ("Lê Văn Dũng", "Nguyễn Đức Dũng"),
        ("Trần Thị Hà", "Trần Thị Hạ"),
        ("Leklay Sivilay", "Bounlai Bouththi"),
        ("Sam Chhorn", "Sam Chhay"),
    ],
)
def test_different_names_do_not_collide(one, other):
    assert name_key(one) != name_key(other)


def roles(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.person.text, r.title.text, r.province and r.province.text) for r in parse(text, model=None).roles]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a chain before the name; the chain's province spreads to `Bí thư`
            "Bí thư, Tỉnh trưởng tỉnh Sekong Leklay Sivilay phát biểu.",
            [("Leklay Sivilay", "Bí thư", "Sekong"), ("Leklay Sivilay", "Tỉnh trưởng", "Sekong")],
        ),
        (  # a chain after the name, after a comma
            "Ông Lê Văn Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Nam phát biểu.",
            [("Lê Văn Dũng", "Phó Bí thư Tỉnh ủy", "Quảng Nam"), ("Lê Văn Dũng", "Chủ tịch UBND tỉnh", "Quảng Nam")],
        ),
        (  # a national office keeps no province of its chain
            "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam Lương Nguyễn Minh Triết dự.",
            [
                ("Lương Nguyễn Minh Triết", "Ủy viên Trung ương Đảng", None),
                ("Lương Nguyễn Minh Triết", "Bí thư Tỉnh ủy", "Quảng Nam"),
            ],
        ),
        (  # in a list of `name – title` entries, a title before a comma is the name's before it
            "gồm: Lê Thị Thu Hằng – Trưởng Ban Xây dựng Đảng, Nguyễn Văn Tuấn – Giám đốc Sở Y tế.",
            [("Lê Thị Thu Hằng", "Trưởng Ban Xây dựng Đảng", None), ("Nguyễn Văn Tuấn", "Giám đốc Sở Y tế", None)],
        ),
        (  # a remark in brackets after the name is skipped
            "bà Bùi Thị Lan (dân tộc Mường), Tỉnh ủy viên, được bầu giữ chức Phó Chủ tịch HĐND tỉnh Phú Thọ.",
            [("Bùi Thị Lan", "Tỉnh ủy viên", None), ("Bùi Thị Lan", "Phó Chủ tịch HĐND tỉnh", "Phú Thọ")],
        ),
        (  # `cho thôi làm nhiệm vụ X đối với bà Y` gives X to Y (decision #65)
            "Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với bà Đinh Thị Hơ để nghỉ hưu.",
            [("Đinh Thị Hơ", "đại biểu HĐND tỉnh", None)],
        ),
        (  # `bổ nhiệm X cho đồng chí Y`: the office appointed is given to Y
            "trao quyết định bổ nhiệm Giám đốc Sở Nội vụ cho đồng chí Nguyễn Thế Giang.",
            [("Nguyễn Thế Giang", "Giám đốc Sở Nội vụ", None)],
        ),
        (  # `cho biết`: no holder after `cho`
            "UBND tỉnh bổ nhiệm Giám đốc Sở Y tế cho biết ông Lê Văn An sẽ dự.",
            [],
        ),
        (  # a title after `tại` + a place and a bracket, then a comma: the earlier name's, not the next
            "bổ nhiệm ông Hà Văn Toản làm Tổng Lãnh sự Việt Nam tại Osaka (Nhật Bản), bà Lường Thị Ánh làm Lãnh sự.",
            [("Hà Văn Toản", "Tổng Lãnh sự Việt Nam", None), ("Lường Thị Ánh", "Lãnh sự", None)],
        ),
        (  # `tại Việt Nam, bà A`: a comma before an honorific after a place
            "Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam, bà Helena Brandt, cho biết.",
            [("Helena Brandt", "Giám đốc Quốc gia Ngân hàng Thế giới", None)],
        ),
        (  # a comma before an honorific does not break the link
            "Chủ tịch UBND tỉnh Quảng Nam, ông Lê Văn Dũng phát biểu.",
            [("Lê Văn Dũng", "Chủ tịch UBND tỉnh", "Quảng Nam")],
        ),
        (  # a title between two names goes to the name it precedes
            "Chủ tịch nước Lương Cường, Đại sứ Nguyễn Bá Hùng dự lễ.",
            [("Lương Cường", "Chủ tịch nước", None), ("Nguyễn Bá Hùng", "Đại sứ", None)],
        ),
        ("Ông Trần Văn Nam giữ chức Chủ tịch UBND tỉnh Sơn La.", [("Trần Văn Nam", "Chủ tịch UBND tỉnh", "Sơn La")]),
        (  # modifiers before a linking verb
            "Đồng chí Bun Mi vừa được tín nhiệm bầu vào UVTW Đảng.",
            [("Bun Mi", "UVTW Đảng", None)],
        ),
        (  # a dash chain, then `làm` + a further title of the same person
            "Đồng chí Su Căn - Bun Nhông, Bí thư – Tỉnh trưởng tỉnh Sekong làm Trưởng đoàn.",
            [("Su Căn - Bun Nhông", "Bí thư", "Sekong"), ("Su Căn - Bun Nhông", "Tỉnh trưởng", "Sekong"),
             ("Su Căn - Bun Nhông", "Trưởng đoàn", None)],
        ),
        ("Chủ tịch Hội người Việt Nam tại Champasak tặng quà.", []),  # no holder named
        ("Đoàn do Chủ tịch UBND tỉnh dẫn đầu. Nguyễn Văn An phát biểu.", []),  # never across a sentence
    ],
)
def test_roles_follow_the_guidelines(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a linking verb that starts a later clause of the sentence: the sentence's person
            "Ông Páo sinh năm 1965, người dân tộc H'Mông, từng giữ chức Trưởng Ban Dân vận Tỉnh ủy Lào Cai.",
            [("Páo", "Trưởng Ban Dân vận Tỉnh ủy", "Lào Cai")],
        ),
        (
            "Đồng chí Lò Minh Hải tái đắc cử Bí thư Tỉnh ủy Sơn La nhiệm kỳ 2025-2030",
            [("Lò Minh Hải", "Bí thư Tỉnh ủy", "Sơn La")],
        ),
        (  # a coordinated predicate after the person's own title
            "Bộ Chính trị điều động đồng chí Hà Thị Mai Phương, Phó Trưởng Ban Tổ chức Trung ương, tham gia "
            "Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Hà Giang.",
            [("Hà Thị Mai Phương", "Phó Trưởng Ban Tổ chức Trung ương", None),
             ("Hà Thị Mai Phương", "Bí thư Tỉnh ủy", "Hà Giang")],
        ),
        (  # a passive with its agent between `được` and the verb
            "Đồng chí Lê Minh Khôi, Ủy viên Trung ương Đảng, được Ban Chấp hành tín nhiệm bầu giữ chức Bí thư Tỉnh ủy.",
            [("Lê Minh Khôi", "Ủy viên Trung ương Đảng", None), ("Lê Minh Khôi", "Bí thư Tỉnh ủy", None)],
        ),
        (  # an office left is an office held
            "Bộ Chính trị đồng ý để đồng chí Đàng Văn Thuận thôi giữ chức Bí thư Tỉnh ủy, nghỉ hưu.",
            [("Đàng Văn Thuận", "Bí thư Tỉnh ủy", None)],
        ),
        (  # a chain of former offices shares its province
            "Ông Rơ Châm Thuyên, nguyên Phó Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh Kon Tum.",
            [("Rơ Châm Thuyên", "Phó Bí thư Tỉnh ủy", "Kon Tum"), ("Rơ Châm Thuyên", "Chủ tịch UBND tỉnh", "Kon Tum")],
        ),
        (  # `chỉ định giữ chức`: appointed to
            "Ban Thường vụ điều động đồng chí Lục Văn Toàn, Phó Trưởng Ban Tổ chức Tỉnh ủy, về công tác tại xã Bắc Hà "
            "và chỉ định giữ chức Bí thư Đảng ủy xã.",
            [("Lục Văn Toàn", "Phó Trưởng Ban Tổ chức Tỉnh ủy", None), ("Lục Văn Toàn", "Bí thư Đảng ủy xã", None)],
        ),
        (  # a term in brackets does not break a chain of offices
            "Đồng chí Hà Văn Thạch từng giữ chức Chủ tịch UBND tỉnh Cao Bằng (1986-1991), Bí thư Tỉnh ủy (1991-1997).",
            [("Hà Văn Thạch", "Chủ tịch UBND tỉnh", "Cao Bằng"), ("Hà Văn Thạch", "Bí thư Tỉnh ủy", None)],
        ),
        (  # `hiện là`: the office held now
            "Ông Hoàng Văn Kiên hiện là Phó Bí thư Tỉnh ủy.",
            [("Hoàng Văn Kiên", "Phó Bí thư Tỉnh ủy", None)],
        ),
        (  # `để nhận nhiệm vụ`: the office a holder leaves for
            "Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Đoàn Minh Khang để "
            "nhận nhiệm vụ Thứ trưởng Bộ Tài chính.",
            [("Đoàn Minh Khang", "Phó Chủ tịch UBND tỉnh", None), ("Đoàn Minh Khang", "Thứ trưởng Bộ Tài chính", None)],
        ),
        (  # `để` alone links nothing
            "Ông Lê Văn An để lại nhiều ấn tượng với Chủ tịch UBND tỉnh.",
            [],
        ),
        (  # an office of someone not named stands between: no link
            "Ông Nguyễn Văn An giao Giám đốc Sở Tài chính làm Trưởng ban chỉ đạo.",
            [],
        ),
        (  # `;` closes a person's entry
            "Dự có ông Nguyễn Văn An; đại diện Sở Nội vụ được bổ nhiệm làm Giám đốc Sở Nội vụ.",
            [],
        ),
    ],
)
def test_a_linking_verb_reaches_the_sentence_s_person(text, expected):
    assert roles(text) == expected


def test_people_group_spellings_aliases_and_initials():
    doc = parse(
        "Đồng chí Vi-lay Phôm-ma-chăn (Vilay Phommachanh) và ông Lê Văn Dũng dự. Ông Dũng cảm ơn đồng chí "
        "Vilay Phommachanh.\nẢNH: S.TRUNG\nSƠN TRUNG",
        model=None,
    )
    groups = sorted(sorted(m.text for m in p.mentions) for p in doc.people)
    assert groups == [
        ["Dũng", "Lê Văn Dũng"],
        ["S.TRUNG", "SƠN TRUNG"],
        ["Vi-lay Phôm-ma-chăn", "Vilay Phommachanh", "Vilay Phommachanh"],
    ]
    assert {p.name for p in doc.people} == {"Vi-lay Phôm-ma-chăn", "Lê Văn Dũng", "SƠN TRUNG"}


def test_vietnamese_names_joined_by_dashes_are_different_people():
    doc = parse("Giải A thuộc về nhóm tác giả Đinh Thị Thu Trang – Hồ Văn Mười – Alăng Thị Ngân, Báo Đà Nẵng, "
                "và nhóm tác giả Lô Văn Thắng - Vi Thị Hoa.", model=None)
    assert sorted(sorted(m.text for m in p.mentions) for p in doc.people) == [
        ["Alăng Thị Ngân"], ["Hồ Văn Mười"], ["Lô Văn Thắng"], ["Vi Thị Hoa"], ["Đinh Thị Thu Trang"],
    ]
    lao = parse("Tỉnh trưởng tỉnh Sekong Bô Nhơn – Lê Viết Muồng dự lễ.", model=None)  # a Lao name, its other spelling
    assert [len(p.mentions) for p in lao.people] == [2]


def test_a_one_word_mention_joins_only_an_unambiguous_fuller_name():
    doc = parse("Ông Lê Văn Dũng và ông Nguyễn Đức Dũng dự. Ông Dũng phát biểu.", model=None)
    assert sorted(len(p.mentions) for p in doc.people) == [1, 1, 1]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-word given name ends the full name
        ("Bà Sơn Thị Kim Chi nhận khen thưởng. Bà Kim Chi cảm ơn.", [["Kim Chi", "Sơn Thị Kim Chi"]]),
        # a name that is not Vietnamese is also referred to by its first words
        ("Ông Y Khuê Byă phát biểu. Ông Y Khuê cho biết thêm.", [["Y Khuê", "Y Khuê Byă"]]),
        # two fuller names end the same way: the short mention joins neither
        (
            "Bà Sơn Thị Kim Chi và bà Lê Thị Kim Chi dự. Bà Kim Chi cảm ơn.",
            [["Kim Chi"], ["Lê Thị Kim Chi"], ["Sơn Thị Kim Chi"]],
        ),
        # names that differ by tone marks only: they decide which one the short mention is
        (
            "Ông Hoàng Minh Tú và ông Nguyễn Văn Tư dự. Theo ông Tú, tàu cá phải đăng ký.",
            [["Hoàng Minh Tú", "Tú"], ["Nguyễn Văn Tư"]],
        ),
        # a name that ends with the short mention wins over one that starts with it (a pen name)
        (
            "Phó Thủ tướng Nguyễn Chí Thanh dự. Phó Thủ tướng Thanh phát biểu.\nTHANH TÂM",
            [["Nguyễn Chí Thanh", "Thanh"], ["THANH TÂM"]],
        ),
        # a Japanese name printed in either order, and its family name alone
        (
            "Bà Yamada Keiko dự. Thống đốc Keiko Yamada cho biết. Bà Yamada cảm ơn.",
            [["Keiko Yamada", "Yamada", "Yamada Keiko"]],
        ),
        # a family name alone, for a name with no Vietnamese middle; not `Hồ` for `Hồ Thị Ngân`
        ("Tỉnh trưởng Vương Kiến Hoa dự. Ông Vương đề nghị.", [["Vương", "Vương Kiến Hoa"]]),
        ("Bà Hồ Thị Ngân dự. Ông Hồ cảm ơn.", [["Hồ"], ["Hồ Thị Ngân"]]),
        # a Spanish name by its father's family name, the middle word; not a Vietnamese middle
        ("Trưởng đoàn, bác sĩ Yusleidy Martínez Cabrera dự. Bà Martínez cho biết.",
         [["Martínez", "Yusleidy Martínez Cabrera"]]),
        ("Bà Lê Thị Ngân dự. Bà Thị cảm ơn.", [["Lê Thị Ngân"], ["Thị"]]),
        # a short mention joins the fuller name though its own alias also ends with it
        ("Bà Trần Thị Ngọc Diễm dự. Theo bà Diễm (Năm Diễm), vốn thiếu.", [["Diễm", "Năm Diễm", "Trần Thị Ngọc Diễm"]]),
        # a byline's short form is no person of the story
        ("Bà Võ Thị Ngọc Diệp trúng cử.\nNGỌC DIỆP", [["NGỌC DIỆP"], ["Võ Thị Ngọc Diệp"]]),
        # a bracket may start with a few words before the alias
        ("bà Nguyễn Thị Hương (Sư cô Thích Nữ Diệu Hạnh) dự.", [["Nguyễn Thị Hương", "Thích Nữ Diệu Hạnh"]]),
        # a Vietnamese name is not referred to by its first words
        ("Ông Nguyễn Văn An và ông Nguyễn Văn dự.", None),
        # two people in one credit are two people, not a name and its alias
        ("Lễ ký kết. Ảnh: Giàng Sử - Thu Phương", [["Giàng Sử"], ["Thu Phương"]]),
    ],
)
def test_shorter_mentions_and_credits(text, expected):
    doc = parse(text, model=None)
    groups = sorted(sorted(m.text for m in p.mentions) for p in doc.people)
    if expected is None:
        assert all(len(g) == 1 for g in groups)
    else:
        assert groups == expected


RECORD = {
    "id": "x-p01",
    "text": "Chủ tịch UBND tỉnh Sơn La Hoàng Quốc Khánh phát biểu.",
    "entities": [[0, 18, "TITLE"], [19, 25, "PROVINCE"], [26, 42, "PERSON"]],
    "roles": [[2, 0, 1]],
    "people": {"2": "Hoàng Quốc Khánh"},
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"roles": [[0, 0, 1]]}, r"entity 0 \('Chủ tịch UBND tỉnh'\) is a TITLE, not a PERSON"),
        ({"roles": [[2, 1, None]]}, "is a PROVINCE, not a TITLE"),
        ({"roles": [[2, 0, 7]]}, "7 is no entity index"),
        ({"roles": [[2.5, 0, 1]]}, "2.5 is no entity index"),
        ({"roles": [["2", 0, 1]]}, "'2' is no entity index"),
        ({"roles": [[2, 0]]}, "is not \\[person, title, province_or_null\\]"),
        ({"people": {}}, r"PERSON 2 \('Hoàng Quốc Khánh'\) has no person key"),
        ({"people": {"2": "a", "0": "b"}}, "entity 0 .* is not a PERSON"),
    ],
)
def test_the_loader_refuses_bad_roles_and_people_naming_file_line_and_record(tmp_path, change, message):
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(RECORD), json.dumps({**RECORD, "id": "x-p02", **change})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"gold\.jsonl:2: record 'x-p02': .*{message}"):
        load_records([path])


def test_whole_numbers_written_as_floats_are_indices(tmp_path):
    """pandas' JSON writer (Ray Data, Spark) writes [2, 0, null] as [2.0, 0.0, null]."""
    record = parse_record({**RECORD, "roles": [[2.0, 0.0, None], [2.0, 0, 1.0]]})
    assert record.roles == [(2, 0, None), (2, 0, 1)] and all(type(i) is int for i in record.roles[1])


def test_a_link_score_is_left_out_when_the_predictions_say_nothing_of_it():
    gold = parse_record(RECORD)
    bare = parse_record({k: v for k, v in RECORD.items() if k not in ("roles", "people")})
    assert score_roles([gold], [bare]) is None and score_people([gold], [bare]) is None
    assert score_roles([gold], [gold])["support"] == 1


def test_role_and_people_scores_count_exact_spans():
    gold = parse_record(RECORD)
    assert score_roles([gold], [gold])["f1"] == 1.0
    no_province = parse_record({**RECORD, "roles": [[2, 0, None]]})
    assert score_roles([gold], [no_province]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    two = {**RECORD, "text": RECORD["text"] + " Ông Khánh nói.", "entities": [*RECORD["entities"], [58, 63, "PERSON"]]}
    joined = parse_record({**two, "people": {"2": "a", "3": "a"}})
    apart = parse_record({**two, "people": {"2": "a", "3": "b"}})
    assert score_people([joined], [joined])["f1"] == 1.0
    assert score_people([joined], [apart]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_the_html_page_shows_a_people_table_and_titles_on_hover():
    from vnner.render import render_html

    doc = parse("Bí thư, Tỉnh trưởng tỉnh Sekong Leklay Sivilay tiếp đoàn. Ông Leklay Sivilay cảm ơn.", model=None)
    page = render_html([("d1", doc)], title="t")
    table = page[page.index('<table class="people">') : page.index("</table>")]
    assert "<td>Leklay Sivilay</td>" in table and "<td>Bí thư; Tỉnh trưởng</td>" in table and "<td>Sekong</td>" in table
    person_spans = [part for part in page.split("<span ")[1:] if 'data-label="PERSON"' in part]
    assert len(person_spans) == 2
    assert all("titles: Bí thư; Tỉnh trưởng" in s and "provinces: Sekong" in s for s in person_spans)


def test_whos_who_merges_spellings_across_documents_and_keeps_common_names_apart(tmp_path):
    from typer.testing import CliRunner

    from vnner.cli import app

    records = [
        {"id": "a", "text": "Bí thư, Tỉnh trưởng tỉnh Sekong Leklay Sivilay tiếp đoàn.", "date": "2024-04-02"},
        {"id": "b", "text": "Đồng chí Lếch-lay Sỉ-vi-lay, Tỉnh trưởng tỉnh Sê Kông, phát biểu.", "date": "2023-03-27"},
        {"id": "c", "text": "Chủ tịch UBND tỉnh Sơn La Văn Nam dự lễ."},  # a short Vietnamese name:
        {"id": "d", "text": "Ông Văn Nam, Giám đốc Sở Tài chính, báo cáo."},  # no title or province shared
        {"id": "e", "text": "Ông Văn Nam, Chủ tịch UBND tỉnh Sơn La, phát biểu."},  # shares both with c
    ]
    source, output = tmp_path / "in.jsonl", tmp_path / "people.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    done = CliRunner().invoke(app, ["people", str(source), "--output", str(output), "--rules-only", "--no-progress"])
    assert done.exit_code == 0, done.output
    entries = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    leklay = next(e for e in entries if e["key"] == name_key("Leklay Sivilay"))
    assert leklay["spellings"] == {"Leklay Sivilay": 1, "Lếch-lay Sỉ-vi-lay": 1}
    assert leklay["documents"] == ["a", "b"]
    assert (leklay["first_date"], leklay["last_date"]) == ("2023-03-27", "2024-04-02")
    assert leklay["titles"] == {"Bí thư": 1, "Tỉnh trưởng": 2}
    assert leklay["provinces"] == [{"text": "Sekong", "value": {"name": "Sekong", "country": "LA", "iso": "LA-XE"}},
                                   {"text": "Sê Kông", "value": {"name": "Sekong", "country": "LA", "iso": "LA-XE"}}]
    van_nam = sorted(e["documents"] for e in entries if e["key"] == name_key("Văn Nam"))
    assert van_nam == [["c", "e"], ["d"]]
    refused = CliRunner().invoke(app, ["people", str(source), "--output", str(source), "--no-progress"])
    assert refused.exit_code == 2 and "--output is one of the inputs" in refused.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # decision #65: an office given to or taken from its holder after `đối với`
            "Kỳ họp cũng miễn nhiệm chức vụ Phó Chủ tịch HĐND tỉnh đối với bà Lò Thị Xuân do nghỉ hưu.",
            [("Lò Thị Xuân", "Phó Chủ tịch HĐND tỉnh", None)],
        ),
        (  # a term between the office and its holder
            "Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Sơn La nhiệm kỳ 2021-2026 "
            "đối với bà Cầm Thị Hồng Nhung.",
            [("Cầm Thị Hồng Nhung", "Phó Chủ tịch UBND tỉnh", "Sơn La")],
        ),
        (  # no `chức vụ` before the office: no link through `đối với`
            "Chủ tịch UBND tỉnh đối với ông Nguyễn Văn An là người thầy.",
            [],
        ),
        (  # modifiers before a linking verb
            "Đồng chí Nguyễn Thị Thu Hà đồng thời được giới thiệu để bầu giữ chức Chủ tịch HĐND xã.",
            [("Nguyễn Thị Thu Hà", "Chủ tịch HĐND xã", None)],
        ),
        (  # the agent of a passive stands between the person and the verb
            "Bà Quách Thị Liên được Chủ tịch nước bổ nhiệm làm Tổng Lãnh sự Việt Nam tại Pakse.",
            [("Quách Thị Liên", "Tổng Lãnh sự Việt Nam", None)],
        ),
    ],
)
def test_an_office_given_to_its_holder_after_doi_voi(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bracketed `(cũ)` inside a chain
            "Bà Sùng Thị Mỷ từng giữ chức Trưởng Ban Dân vận Tỉnh ủy Hà Giang (cũ), Phó Chủ tịch UBND tỉnh "
            "Tuyên Quang.",
            [
                ("Sùng Thị Mỷ", "Trưởng Ban Dân vận Tỉnh ủy", "Hà Giang"),
                ("Sùng Thị Mỷ", "Phó Chủ tịch UBND tỉnh", "Tuyên Quang"),
            ],
        ),
        (  # a word said of the title after the verb
            "Đồng chí Lò Thị Kim Ngân là nữ Phó Bí thư Thường trực Tỉnh ủy đầu tiên của Điện Biên.",
            [("Lò Thị Kim Ngân", "Phó Bí thư Thường trực Tỉnh ủy", None)],
        ),
        (  # `tại` and a city that is no PROVINCE between the office and its holder
            "Dự có Tổng Lãnh sự Việt Nam tại Nam Ninh Phạm Thị Ngọc Lan.",
            [("Phạm Thị Ngọc Lan", "Tổng Lãnh sự Việt Nam", None)],
        ),
        (  # ... but not a lower-case phrase
            "Tổng Lãnh sự Việt Nam tại đây Phạm Thị Ngọc Lan dự.",
            [],
        ),
    ],
)
def test_notes_in_chains_words_before_a_title_and_cities_after_tai(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # `rồi` goes on a list of what the person was
            "Bà Ngân từng là giáo viên cắm bản, rồi Bí thư Huyện ủy, trước khi được bầu làm Chủ tịch Ủy ban MTTQ "
            "Việt Nam tỉnh Quảng Trị.",
            [("Ngân", "Bí thư Huyện ủy", None), ("Ngân", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Quảng Trị")],
        ),
        (  # no linking verb before `rồi`: nothing is said of the person
            "Ông Nam đến thăm trường, rồi Chủ tịch UBND tỉnh phát biểu.",
            [],
        ),
        (  # a verb after the title: it starts a new clause
            "Ông Nam là người phát biểu đầu tiên, rồi Chủ tịch UBND tỉnh phát biểu kết luận.",
            [],
        ),
    ],
)
def test_a_list_of_offices_after_tung_la_and_roi(text, expected):
    assert roles(text) == expected


def test_a_name_after_a_pen_name_cue_is_the_person_named_before_it():
    doc = parse("Nhà báo Lê Đình Cẩn, nguyên Phó Tổng Biên tập Báo Thanh Hóa, người gắn với bút danh Đình Sơn, "
                "vẫn viết báo. Dưới các bút danh Hà Phong và Lê Hoằng, ông viết hàng trăm bài.", model=None)
    assert [sorted(m.text for m in p.mentions) for p in doc.people] == [
        ["Hà Phong", "Lê Hoằng", "Lê Đình Cẩn", "Đình Sơn"]]
    war = parse("Đồng chí Hà Văn Thạch từng là Bí thư Tỉnh ủy. Thời kháng chiến, ông mang bí danh Thạch Hùng.",
                model=None)
    assert [len(p.mentions) for p in war.people] == [2]
    # no cue, or a second name after the listed ones that is not joined by `và`: different people
    plain = parse("Ông Nguyễn Văn An trao giải cho tác giả Trần Minh và nhà báo Lê Hoa.", model=None)
    assert [len(p.mentions) for p in plain.people] == [1, 1, 1]
    listed = parse("Ông Lê Đình Cẩn ký bút danh Đình Sơn; ông Trần Hữu Nam dự lễ.", model=None)
    assert sorted(len(p.mentions) for p in listed.people) == [1, 2]
