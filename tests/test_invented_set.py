# ruff: noqa: E501  (one expected failure per line reads best)
"""Invented news paragraphs annotated blind: written from the guidelines by helpers who never saw
the rules or the tests, and scored once before any rule was changed for them.

| set | records | entities | first run, strict micro-F1 |
| --- | --- | --- | --- |
| a (delegations, aid, Lao names) | 60 | 243 | 0.965 |
| c (visits, security, culture; old tone marks, odd spacing) | 60 | 225 | 0.960 |
| b (economy, appointments, money) | 60 | 398 | 0.972 |
| d (whole scraped articles: headline, dateline, captions, bylines) | 40 | 1163 | 0.934 |
| e (portal announcements, attendee lists, flattened tables) | 50 | 381 | 0.986 |
| f (cooperation with Korea, Japan, China, Cambodia; appointments; with roles and people) | 50 | 546 | 0.947 |
| g (the same kinds of partners; council elections, budgets; with roles and people) | 40 | 437 | 0.933 |

Set c was scored after the fixes for a, set b after those for a and c, set d after those for
a, b and c (its PERSON F1 was 0.81: line breaks were folded into spaces, so caption credits
and bylines ran together), set e after all of those. The misses were then
fixed in general form, and set a had three TITLE spans re-cut to decision #43 of
annotations/GUIDELINES.md. Every record must now match its gold exactly, span for span,
except those listed in XFAIL with the reason they still fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnner.corpus import load_records
from vnner.pipeline import extract_rules

RECORDS = load_records(sorted((Path(__file__).parent / "data").glob("invented_*.jsonl")))
XFAIL = {
    "invented-a-036": "`Tổ trưởng Tổ công tác đặc biệt`: a one-off working group with a lower-case name is not in "
    "the title grammar",
    "invented-b-010": "`ga đường sắt quốc tế Lào Cai`: a station named after its province is taken as the province",
    "invented-b-016": "`ĐỒNG CHÍ LÊ QUANG MINH ĐƯỢC BẦU ...`: in an all-caps headline nothing marks where a name ends",
    "invented-b-033": "`NGỌC MINH – HẢI DƯƠNG`: a byline whose second name is a former province's",
    "invented-b-056": "`Lào Cai – Hà Khẩu`: a Chinese town whose name starts with the surname `Hà` reads as a person",
    "invented-d-004": "`Tiến sĩ Kinh tế`: a degree's field after the honorific `Tiến sĩ` reads as a one-word name",
    "invented-d-018": "`Tú khai nhận ...`, `gồm Somphone Keola và Bounmy Sisouk`: names with no cue at all",
    "invented-d-021": "`Khu đô thị sinh thái Ninh Chữ`: a place whose name starts with the surname `Ninh`",
    "invented-d-022": "`đến Sầm Nưa`: a Lao town whose name starts with the surname `Sầm`",
    "invented-d-023": "`chế độ diệt chủng Pol Pot`: a foreign name with no cue",
    "invented-d-024": "`Tỉnh trưởng Phetsamone`: a one-word name after a title is not taken (`Giám đốc Agribank`)",
    "invented-d-030": "`giám đốc bệnh viện` in lower case: open-ended bodies need a capital",
    "invented-d-031": "`Tổng Giám đốc EVN`: an acronym body; `Công ty Điện lực Xê Kông 3` holds a province name; "
    "the byline `Anh Thư` starts with the honorific `anh`",
    "f04-p04": "a first-level unit of Korea or Japan missing from the gazetteer (issue 12); `Sở Hợp tác quốc tế tỉnh` cut before its lower-case words",
    "f08-p01": "`Mộc Bài` (a border gate) after a title-like context reads as a person",
    "f08-p04": "v1.2: a country after an office is part of the TITLE (`Đại sứ Việt Nam`), not yet applied (issue 12); the bracketed Latin alias after a Khmer name is not found",
    "f10-p03": "v1.2: a country after an office is part of the TITLE (`Đại sứ Việt Nam`), not yet applied (issue 12); `Chủ tịch Chính quyền Khu tự trị` is not in the title grammar",
    'g01-p02': 'first run of set g: misses `Xổm-phết` PERSON',
    'g03-p01': 'first run of set g: misses `Phó Tỉnh trưởng Chính phủ Nhân dân tỉnh` TITLE; adds `Lào Cai` PROVINCE, `Phó Tỉnh trưởng Chính phủ` TITLE',
    'g03-p03': 'first run of set g: misses `Phó Chủ tịch Chính phủ Nhân dân Khu tự trị dân tộc Choang` TITLE; adds `Phó Chủ tịch Chính phủ` TITLE',
    'g03-p04': 'first run of set g: misses `Nông Thị Hà` PERSON, `Tổng Lãnh sự Việt Nam` TITLE, `Phan Thị Ngọc` PERSON; adds `Nông Thị` PERSON, `Tổng Lãnh sự` TITLE, `Ninh Phan Thị Ngọc` PERSON',
    'g04-p04': 'first run of set g: misses `Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh` TITLE; adds `Chánh Văn phòng Đoàn ĐBQH` TITLE',
    'g05-p02': 'first run of set g: misses `Vụ trưởng Vụ Ngân sách nhà nước` TITLE, `Phó Chủ tịch UBND` TITLE, `TP.HCM` PROVINCE; adds `Vụ trưởng Vụ Ngân sách` TITLE, `Phó Chủ tịch UBND TP` TITLE, `HCM` PROVINCE',
    'g05-p04': 'first run of set g: misses `Đại sứ Việt Nam` TITLE, `Bộ trưởng Bộ Giáo dục và Thể thao Lào` TITLE, `Phút-sa-vẳn Vông-khăm-xao` PERSON; adds `Đại sứ` TITLE, `Bộ trưởng Bộ Giáo dục và Thể thao Lào Phút` TITLE',
    'g05-p05': 'first run of set g: misses `Vụ trưởng Vụ Đầu tư` TITLE; adds `Vụ trưởng Vụ Đầu tư tổng hợp` TITLE',
    'g07-p05': 'first run of set g: misses `Trưởng đại diện JICA` TITLE, `Ito Takeshi` PERSON; adds `Trưởng đại diện` TITLE',
}


def test_every_expected_failure_names_a_record():
    assert set(XFAIL) <= {r.id for r in RECORDS}


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[r.id])] if r.id in XFAIL else [])
        for r in RECORDS
    ],
)
def test_invented_record_matches_gold_exactly(record) -> None:
    found = [(e.start, e.end, e.label) for e in extract_rules(record.text)]
    assert found == [(e.start, e.end, e.label) for e in record.entities]
