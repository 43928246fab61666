# ruff: noqa: E501  (one expected failure per line reads best)
"""Roles and people on the blind invented sets f to k (each written and annotated from the shared
guidelines by a helper who never saw the rules or the tests): regression tests, record by record
for roles and document by document for people. First-run scores are in the README; the listed
failures are each set's first run, less what has been fixed since.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

import pytest

from vnner.corpus import load_records
from vnner.evaluate_links import document_of, people_pairs, predict, role_triples
from vnner.pipeline import default_pipeline

SETS = sorted((Path(__file__).parent / "data").glob("invented_*.jsonl"))
RECORDS = [r for r in load_records(SETS) if r.roles is not None]
ROLE_XFAIL: dict[str, str] = {
    "o09-p04": "the title's span differs (`Phó Hiệu trưởng nhà trường`, GUIDELINES #76)",
    "w02-p04": "set w's annotator leaves `miễn nhiệm chức vụ X đối với bà Y` unlinked; decision #65 links it",
    'f08-p04': 'entity spans differ (see tests/test_invented_set.py): v1.2: a country after an office is part of the TITLE (`Đại sứ Việt Nam`), not yet applied (issue 12); the bracketed Latin alias after a Khmer name is not found',
    'f09-p03': '`X, nguyên T1, được HĐND tỉnh miễn nhiệm chức danh T2`: a title said of a name several words away',
    'g01-p01': 'first run of set g: a role the linker misses or adds',
    'g07-p04': 'entity spans differ (see tests/test_invented_set.py)',
    "h03-p03": "entity spans differ (see tests/test_invented_set.py): first run of set h: misses `Giám đốc Sở Nội vụ` TITLE; adds `Giám đốc Sở Nội vụ tỉnh` TITLE",
    "h09-p03": "entity spans differ (see tests/test_invented_set.py): first run of set h: adds `Mù Cang Chải` PERSON",
    "h09-p04": "entity spans differ (see tests/test_invented_set.py): first run of set h: adds `Yên Bái` PERSON",
    "o05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set o: misses `Giám đốc sở` TITLE; adds `Giám đốc` TITLE",
    "p04-p05": "entity spans differ (see tests/test_invented_set.py): first run of set p: misses `Giám đốc điều hành Công ty lữ hành Haneul Travel` TITLE; adds `Giám đốc` TITLE",
    "q02-p03": "entity spans differ (see tests/test_invented_set.py): first run of set q: misses `Đại biểu Quốc hội đoàn tỉnh` TITLE, `Đại biểu` TITLE; adds `Đại biểu Quốc hội` TITLE",
    "s05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set s: misses `Chủ tịch nước` TITLE, `Giám đốc Hợp tác xã nông nghiệp Thành Công` TITLE; adds `quyền Chủ tịch nước` TITLE, `Giám đốc` TITLE",
    "t09-p05": "entity spans differ (see tests/test_invented_set.py): first run of set t: misses `Phan Thái Bình` PERSON, `Trưởng ban Chỉ đạo xây dựng bảng giá đất` TITLE; adds `Thái Bình` PROVINCE, `Trưởng ban Chỉ đạo` TITLE",
    "u03-p02": "entity spans differ (see tests/test_invented_set.py): first run of set u: misses `Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai` TITLE; adds `Cục trưởng Cục Quản lý` TITLE",
    "u04-p04": "entity spans differ (see tests/test_invented_set.py): first run of set u: misses `Phương` PERSON, `Vụ trưởng Vụ Tín dụng các ngành kinh tế` TITLE; adds `Vụ trưởng Vụ Tín dụng` TITLE",
    "w01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set w: misses `Trưởng phòng Tổ chức cán bộ Sở Giáo dục và Đào tạo` TITLE, `Chủ tịch UBND xã Si Ma Cai` TITLE; adds `Trưởng phòng Tổ chức` TITLE, `Chủ tịch UBND xã` TITLE, `Ma Cai` PERSON",
    "w05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set w: misses `Bí thư Huyện ủy Kỳ Sơn` TITLE; adds `Bí thư Huyện ủy` TITLE, `Kỳ Sơn` PERSON",
    "w08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set w: misses `Trưởng Ban Công tác Mặt trận khóm Vĩnh Trung` TITLE; adds `Trưởng Ban Công tác Mặt trận` TITLE",
    "x06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set x: misses `Giám đốc Hợp tác xã chè Tân Cương Xanh` TITLE; adds `Giám đốc` TITLE",
    "x07-p04": "entity spans differ (see tests/test_invented_set.py): first run of set x: misses `Giám đốc Văn phòng đại diện Công ty lữ hành Mirae Travel` TITLE; adds `Giám đốc Văn phòng đại diện Công ty` TITLE",
    "y03-p02": "entity spans differ (see tests/test_invented_set.py): first run of set y: misses `Trưởng Ban kiểm phiếu` TITLE; adds `Trưởng Ban` TITLE",
    "y06-p04": "entity spans differ (see tests/test_invented_set.py): first run of set y: misses `Cục trưởng Cục Thương mại điện tử và Kinh tế số` TITLE; adds `Cục trưởng Cục Thương mại` TITLE",
    "y07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set y: misses `Trưởng Ban Chỉ đạo quốc gia về phòng chống thiên tai` TITLE; adds `Trưởng Ban Chỉ đạo` TITLE",
    "y08-p02": "entity spans differ (see tests/test_invented_set.py): first run of set y: misses `Trưởng Ban Chỉ đạo liên ngành ứng phó hạn hán và xâm nhập mặn vùng Đồng bằng sông Cửu Long` TITLE; adds `Trưởng Ban Chỉ đạo` TITLE",
    "y08-p04": "entity spans differ (see tests/test_invented_set.py): first run of set y: misses `Vụ trưởng Vụ Quản lý công trình thủy lợi và an toàn đập` TITLE; adds `Vụ trưởng Vụ Quản lý` TITLE",
    "aa04-p02": "entity spans differ (see tests/test_invented_set.py): first run of set aa: misses `Bí thư Huyện ủy Si Ma Cai` TITLE; adds `Ma Cai` PERSON, `Bí thư Huyện ủy` TITLE, `Ma Cai` PERSON",
    "ae08-p04": "first run of set ae: misses [Trần Hòa / Giám đốc Công an tỉnh / None]",
    "ah05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ah: misses `Fujita Shinji` PERSON",
    "ai05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ai: misses `Chi hội trưởng Chi hội Phụ nữ buôn Kô Siêr` TITLE",
    "ai10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ai: misses `Chi hội trưởng Chi hội Cựu chiến binh xóm Mu` TITLE",
    "aj04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set aj: misses `Phó Trưởng Ban Quản lý Khu kinh tế cửa khẩu` TITLE; adds `Phó Trưởng Ban Quản lý Khu kinh tế` TITLE",
    "aj07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set aj: misses `Chánh Văn phòng Điều phối nông thôn mới tỉnh` TITLE; adds `Chánh Văn phòng` TITLE",
    "am09-p03": "first run of set am: misses [Bùi Văn Khoát / Bí thư Đảng ủy xã / None]",
    "an03-p03": "first run of set an: misses [Lưu Chấn Hoa / Trưởng đoàn / None] adds [Lưu Chấn Hoa / Trưởng đoàn / Quảng Tây]",
    "ao06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ao: misses `Phó Thống đốc` TITLE, `Đức` PERSON; adds `Phó Thống đốc Đức` TITLE",
    "ao08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ao: misses `Khải` PERSON, `Chủ tịch HĐQT Công ty cổ phần Thiết bị y tế Đông Dương` TITLE, `Vân` PERSON; adds `Chủ tịch HĐQT Công ty cổ phần Thiết bị` TITLE",
    "ap02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ap: misses `Giám đốc Văn phòng xúc tiến đầu tư` TITLE; adds `Giám đốc Văn phòng` TITLE",
    "ap03-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ap: misses `Giám đốc Trung tâm giao lưu quốc tế` TITLE; adds `Giám đốc Trung tâm` TITLE",
    "ap10-p02": "entity spans differ (see tests/test_invented_set.py): first run of set ap: misses `A-tô-pơ` PROVINCE",
    "ar08-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ar: misses `Giám đốc quốc gia ADB` TITLE, `Trưởng nhóm chuyên gia giao thông` TITLE; adds `Giám đốc` TITLE",
    "bb04-p05": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set bb: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Quan Sơn` TITLE",
    "ay01-p01": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Mường Lạn` TITLE",
    "ay01-p03": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Bí thư Thường trực Huyện ủy` TITLE; adds `Phó Bí thư Thường trực Huyện ủy Mai Sơn` TITLE",
    "ay03-p01": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Bí thư Đảng ủy phường` TITLE; adds `Bí thư Đảng ủy phường Tân An` TITLE",
    "ay04-p04": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Chủ tịch UBND thị xã` TITLE; adds `Phó Chủ tịch UBND thị xã Tân Uyên` TITLE",
    "ay06-p03": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Chủ tịch UBND huyện` TITLE, `Chủ tịch UBND xã` TITLE, `Chủ tịch UBND xã` TITLE, `Phó Chủ tịch UBND xã` TITLE, `Trưởng phòng Văn hóa và Thông tin huyện` TITLE; adds `Phó Chủ tịch UBND huyện Kiên Lương` TITLE, `Chủ tịch UBND xã Hòa Điền` TITLE, `Chủ tịch UBND xã Bình An` TITLE, `Phó Chủ tịch UBND xã Hòa Điền` TITLE, `Trưởng phòng Văn hóa và Thông tin huyện Kiên Lương` TITLE",
    "ay06-p05": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Chủ tịch HĐND xã` TITLE; adds `Chủ tịch HĐND xã Hòa Điền` TITLE",
    "ay07-p03": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Trường` PERSON, `Trường` PERSON, `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Đà Bắc` TITLE",
    "ay08-p04": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Bí thư Thường trực Huyện ủy` TITLE; adds `Phó Bí thư Thường trực Huyện ủy Mèo Vạc` TITLE",
    "ay10-p04": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Khánh Sơn` TITLE",
    "bc04-p04": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set bc: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Mù Cang Chải` TITLE",
    "be02-p03": "entity spans differ (see tests/test_invented_set.py): first run of set be: misses `Trưởng Ban chỉ đạo thí điểm` TITLE; adds `Trưởng Ban` TITLE",
    "be03-p03": "entity spans differ (see tests/test_invented_set.py): convention: this annotator tags a bare `đại biểu` before a deputy's name as a TITLE, which the annotators of some 20 other sets leave untagged (vnner follows them); first run of set be: misses `đại biểu` TITLE",
    "be03-p05": "entity spans differ (see tests/test_invented_set.py): convention: this annotator tags a bare `đại biểu` before a deputy's name as a TITLE, which the annotators of some 20 other sets leave untagged (vnner follows them); first run of set be: misses `đại biểu` TITLE, `đại biểu` TITLE",
    "be09-p03": "entity spans differ (see tests/test_invented_set.py): convention: this annotator tags a bare `đại biểu` before a deputy's name as a TITLE, which the annotators of some 20 other sets leave untagged (vnner follows them); first run of set be: misses `đại biểu` TITLE",
    "be10-p04": "entity spans differ (see tests/test_invented_set.py): convention: this annotator leaves `tỉnh` out of `Giám đốc Sở GD&ĐT tỉnh`, where the annotators of ay, az, bc and bd keep it in a department's title (vnner follows them); first run of set be: misses `Giám đốc Sở GD&ĐT` TITLE; adds `Giám đốc Sở GD&ĐT tỉnh` TITLE",
    "bj06-p03": "first run of set bj: misses [Yamada Takeshi / Phó Thống đốc / Osaka] adds [Yamada Takeshi / Phó Thống đốc / None]",
    "bj07-p05": "entity spans differ (see tests/test_invented_set.py): first run of set bj: misses `Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh` TITLE; adds `Phó Chủ tịch Liên hiệp` TITLE",
    "bg06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bg: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Tây Giang` TITLE",
    "bi05-p02": "entity spans differ (see tests/test_invented_set.py): first run of set bi: misses `Phó Bí thư Quân ủy Trung ương` TITLE; adds `Phó Bí thư` TITLE",
    "br01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set br: misses `đại biểu` TITLE",
    "br03-p02": "entity spans differ (see tests/test_invented_set.py): first run of set br: misses `Trưởng Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia` TITLE; adds `Trưởng Ban Chỉ đạo Trung ương` TITLE",
    "br07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set br: misses `Đại biểu` TITLE, `đại biểu` TITLE",
    "br07-p05": "entity spans differ (see tests/test_invented_set.py): first run of set br: misses `đại biểu` TITLE, `Trinh` PERSON",
    "br10-p03": "entity spans differ (see tests/test_invented_set.py): first run of set br: misses `Đại biểu` TITLE",
    "br10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set br: misses `đại biểu` TITLE, `Ka H'Rơm` PERSON, `đại biểu` TITLE",
    "br10-p06": "entity spans differ (see tests/test_invented_set.py): first run of set br: misses `đại biểu` TITLE",
    "bo08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bo: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "bo09-p04": "entity spans differ (see tests/test_invented_set.py): first run of set bo: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "bp01-p04": "entity spans differ (see tests/test_invented_set.py): first run of set bp: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Tam Đường` TITLE",
    "bp03-p03": "first run of set bp: misses [Y Khu Mlô / Trưởng buôn / None], [Y Khu Mlô / Chủ tịch UBND xã / None]",
    "bp04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bp: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Hà Quảng` TITLE, `Trùng Khánh` PROVINCE",
    "bp04-p04": "entity spans differ (see tests/test_invented_set.py): first run of set bp: misses `Phó Chủ tịch UBND huyện` TITLE; adds `Phó Chủ tịch UBND huyện Bảo Lạc` TITLE",
    "bp05-p04": "first run of set bp: misses [Khánh / Phó Giám đốc / None], [Khánh / Giám đốc Sở Kế hoạch và Đầu tư / None]",
    "bp06-p02": "entity spans differ (see tests/test_invented_set.py): first run of set bp: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Lũng Hồ` TITLE",
    "bp06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bp: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Nậm Đăm` TITLE",
    "bp07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bp: misses `Trưởng ấp` TITLE (now `Trưởng ấp Tâm Lộc`, #63: a convention difference)",
    "bp08-p04": "first run of set bp: misses [Huỳnh Quốc Toàn / Phó Chánh Văn phòng UBND thành phố / Cần Thơ]",
    "bp09-p03": "first run of set bp: misses [Nam / Phó Chánh Văn phòng Bộ / None], [Nam / Vụ trưởng Vụ Tổ chức cán bộ / None], [Nam / Thứ trưởng Bộ Nội vụ / None]",
    "bp10-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bp: misses `A Blưn` PERSON",
    "bq03-p03": "first run of set bq: misses [Nguyễn Hữu Phước / Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh / Quảng Trị] adds [Nguyễn Hữu Phước / Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh / None]",
    "bq04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bq: misses `Chỉ huy trưởng Cảnh sát tỉnh` TITLE; adds `Chỉ huy trưởng` TITLE",
    "bq09-p03": "first run of set bq: misses [Bun-nhăng Vi-lạ-vông / Trưởng đoàn / None], [A Thuyết / Trưởng đoàn / None]",
    "bu03-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bu: misses `Đại biểu` TITLE",
    "bu08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bu: misses `đại biểu` TITLE",
    "bu08-p04": "entity spans differ (see tests/test_invented_set.py): first run of set bu: misses `đại biểu` TITLE; adds `Chu Lai` PERSON",
    "bv01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bv: misses `Li Mei` PERSON",
    "bv05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set bv: misses `Chủ tịch Hội người Thái gốc Việt` TITLE; adds `Chủ tịch Hội` TITLE",
    "bt01-p05": "entity spans differ (see tests/test_invented_set.py): first run of set bt: misses `Tổ trưởng Tổ công tác đôn đốc giải ngân` TITLE",
    "bs04-p05": "first run of set bs: misses [Phanh / Bí thư Huyện ủy / None]",
    "by01-p04": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Phàn Văn Lùng` PERSON",
    "by02-p03": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Trưởng bản` TITLE; adds `Trưởng bản Huổi Lóng` TITLE",
    "by02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Phó Chủ tịch UBND xã` TITLE; adds `Phó Chủ tịch UBND xã Mường Phăng` TITLE",
    "by03-p02": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Chủ tịch HĐND xã` TITLE; adds `Chủ tịch HĐND xã Ea Kiết` TITLE",
    "by04-p04": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Chủ tịch Hội Liên hiệp Phụ nữ xã` TITLE; adds `Chủ tịch Hội Liên hiệp Phụ nữ xã Yên Thành` TITLE",
    "by04-p05": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Chủ tịch Ủy ban MTTQ Việt Nam xã` TITLE; adds `Chủ tịch Ủy ban MTTQ Việt Nam xã Yên Thành` TITLE",
    "by05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Sin Câu` TITLE",
    "by08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Trưởng ấp` TITLE; adds `Trưởng ấp Nội Ninh` TITLE",
    "by09-p04": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Trưởng thôn` TITLE, `Trưởng Công an xã` TITLE; adds `Trưởng thôn Nặm Ngặt` TITLE, `Trưởng Công an xã Thanh Thủy` TITLE",
    "by10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set by: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Hướng Phùng` TITLE",
    "bz01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz01-p04": "entity spans differ (see tests/test_invented_set.py): first run of set bz: adds `Phan Thiết` PERSON",
    "bz02-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bz: misses `1979` DATE, `Bí thư Đoàn xã` TITLE; adds `Trung` PERSON, `Bí thư Đoàn xã Lũng Cú` TITLE",
    "bz03-p03": "first run of set bz: misses [Phạm Hữu Tín / Giám đốc Bệnh viện Chợ Rẫy / None]",
    "bz03-p04": "entity spans differ (see tests/test_invented_set.py): first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz05-p04": "first run of set bz: misses [H'Lim Niê / Phó Bí thư Tỉnh đoàn / Đắk Lắk]",
    "bz06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bz: misses `Chủ tịch Hội Liên hiệp Phụ nữ xã` TITLE; adds `đại biểu Quốc hội` TITLE, `đại biểu HĐND tỉnh` TITLE, `đại biểu HĐND tỉnh` TITLE, `Chủ tịch Hội Liên hiệp Phụ nữ xã Đồng Đăng` TITLE",
    "bz09-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bw06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set bw: misses `Phó Giám đốc Sở Giáo dục và Đào tạo` TITLE, `Chủ tịch UBND xã` TITLE; adds `Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh` TITLE, `Chủ tịch UBND xã Quảng Sơn` TITLE",
    "cb10-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cb: misses `Trưởng Thương vụ Việt Nam` TITLE, `9` DATE",
    "cd02-p02": "first run of set cd: misses [Vương Hồng Ba / Ủy viên Ban Thường vụ Tỉnh ủy / Vân Nam], [Vương Hồng Ba / Phó Tỉnh trưởng Thường trực / Vân Nam] adds [Wang Hongbo / Ủy viên Ban Thường vụ Tỉnh ủy / Vân Nam], [Wang Hongbo / Phó Tỉnh trưởng Thường trực / Vân Nam]",
    "cd03-p04": "first run of set cd: misses [Trương Vĩ / Giám đốc Sở Ngoại vụ / Quảng Tây] adds [Zhang Wei / Giám đốc Sở Ngoại vụ / Quảng Tây]",
    "cd04-p02": "first run of set cd: misses [Khiêu Xô-phia / Tỉnh trưởng / Svay Rieng] adds [Kheav Sophea / Tỉnh trưởng / Svay Rieng]",
    "cd04-p05": "first run of set cd: misses [Keo Bun-thơn / Tổng Lãnh sự Vương quốc Campuchia / None] adds [Keo Bunthoeun / Tổng Lãnh sự Vương quốc Campuchia / None]",
    "cd06-p03": "first run of set cd: misses [Xổm-phết Phôm-mạ-vông / Phó Tỉnh trưởng / Savannakhet] adds [Somphet Phommavong / Phó Tỉnh trưởng / Savannakhet]",
    "cd07-p02": "first run of set cd: misses [Thanit Suwannarat / Thống đốc / Udon Thani] adds [Tha-nít Xu-oan-na-rát / Thống đốc / Udon Thani]",
    "cd07-p05": "first run of set cd: misses [Somsak Phetcharat / Chủ tịch Hội Người Thái gốc Việt tỉnh / Udon Thani] adds [Nguyễn Văn Sơn / Chủ tịch Hội Người Thái gốc Việt tỉnh / Udon Thani]",
    "cd10-p03": "first run of set cd: misses [Phon-xa-vẳn Xỉ-xu-lát / Tổng Lãnh sự Lào / None] adds [Phonsavanh Sisoulath / Tổng Lãnh sự Lào / None]",
    "ca02-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ca: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Chư Păh` TITLE",
    "ca02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ca: misses `Giám đốc Sở Xây dựng` TITLE; adds `Giám đốc Sở Xây dựng tỉnh` TITLE",
    "ca03-p05": "entity spans differ (see tests/test_invented_set.py): first run of set ca: misses `Phó Trưởng Ban Dân tộc` TITLE; adds `Phó Trưởng Ban Dân tộc tỉnh` TITLE",
    "ca04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ca: misses `Chủ tịch UBND xã` TITLE; adds `Chủ tịch UBND xã Mèo Vạc` TITLE",
    "ca05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ca: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Hướng Hóa` TITLE",
    "ca06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ca: misses `Phó Trưởng Ban Chính sách, chiến lược Trung ương` TITLE; adds `Phó Trưởng Ban Chính sách` TITLE",
    "cf03-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cf: adds `Yên Bái` PERSON",
    "cf04-p02": "first run of set cf: misses [Chung / Giám đốc Công an tỉnh / None]",
    "cf06-p02": "entity spans differ (see tests/test_invented_set.py): first run of set cf: misses `Giám đốc Sở Y tế` TITLE; adds `Giám đốc Sở Y tế TP` TITLE",
    "cf07-p03": "first run of set cf: misses [Hiếu / Trưởng phòng Nông nghiệp huyện / None], [Hiếu / Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh / Gia Lai]",
    "cf10-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cf: adds `Trùng Khánh` PROVINCE",
    "ce01-p02": "first run of set ce: misses [Khăm-phăn Xủ-li-vông / Trưởng đoàn / None] adds [Khamphanh Soulivong / Trưởng đoàn / None]",
    "ce01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ce: misses `Bua-khăm Thăm-ma-vông` PERSON, `Bouakham Thammavong` PERSON",
    "ce03-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ce: misses `Chỉ huy trưởng Hiến binh tỉnh` TITLE; adds `Chỉ huy trưởng` TITLE",
    "ce07-p02": "first run of set ce: misses [Phết-xa-mỏn Xi-họ-môn / Trưởng đoàn / None] adds [Phetsamone Sihomone / Trưởng đoàn / None]",
    "ce07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ce: misses `Ma-ni Vông-xạ-vẳn` PERSON, `Many Vongsavanh` PERSON",
    "ce08-p02": "first run of set ce: misses [Vơn Xô-phia / trưởng đoàn / None] adds [Vorn Sophea / trưởng đoàn / None]",
    "cg07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cg: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Trà Cú` TITLE",
    "cg07-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cg: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Long Hiệp` TITLE",
    "ch03-p02": "first run of set ch: misses [Lưu Kiến Bình / Phó Chủ tịch Chính phủ Nhân dân tỉnh / Vân Nam], [Lưu Kiến Bình / Trưởng đoàn / None] adds [Liu Jianping / Phó Chủ tịch Chính phủ Nhân dân tỉnh / Vân Nam], [Liu Jianping / Trưởng đoàn / None]",
    "cf08-p03": "first run of set cf: misses [Ngân / Bí thư Huyện ủy / None]: `rồi` + a title links only where the title ends its clause, and `ngay trên quê hương mình` follows",
    "cj02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Chủ tịch UBND xã` TITLE; adds `Chủ tịch UBND xã Sơn Vĩ` TITLE",
    "cj05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Bí thư Đảng ủy phường` TITLE, `Bí thư Đảng ủy xã` TITLE, `Phó Bí thư Thường trực Đảng ủy xã` TITLE, `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy phường Quy Nhơn Bắc` TITLE, `Bí thư Đảng ủy xã Tuy Phước` TITLE, `Phó Bí thư Thường trực Đảng ủy xã Ia Hrú` TITLE, `Bí thư Đảng ủy xã Phù Cát` TITLE",
    "cj05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Phó Bí thư Đảng ủy xã` TITLE, `Chủ tịch UBND huyện` TITLE, `Chủ tịch UBND xã` TITLE; adds `Phó Bí thư Đảng ủy xã Phù Cát` TITLE, `Chủ tịch UBND huyện Phù Cát` TITLE, `Chủ tịch UBND xã Cát Tiến` TITLE",
    "cj06-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Bí thư Đảng ủy phường` TITLE; adds `Bí thư Đảng ủy phường Thủ Dầu Một` TITLE",
    "cj08-p02": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Chủ tịch UBND xã` TITLE; adds `Chủ tịch UBND xã Kế Sách` TITLE",
    "cj08-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Chủ tịch UBND xã` TITLE; adds `Chủ tịch UBND xã Thới An Hội` TITLE",
    "cj09-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Pà Cò` TITLE",
    "cj10-p05": "entity spans differ (see tests/test_invented_set.py): first run of set cj: misses `Chủ tịch UBND xã` TITLE, `Chủ tịch huyện` TITLE; adds `Chủ tịch UBND xã Lao Bảo` TITLE, `Chủ tịch` TITLE",
    "ck08-p04": "first run of set ck: misses [Sơn Thị Kim Huệ / Phó Chủ tịch Quốc hội / None]",
    "cl01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cl: misses `Giám đốc Sở Nội vụ` TITLE; adds `Giám đốc Sở Nội vụ tỉnh` TITLE",
    "cl01-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cl: misses `Phó Giám đốc Sở Nông nghiệp và Môi trường` TITLE; adds `Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh` TITLE",
    "cl02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cl: misses `Trưởng phòng An ninh đối nội` TITLE; adds `Trưởng phòng An ninh` TITLE",
    "cl07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cl: misses `Trưởng Văn phòng đại diện` TITLE",
    "cl07-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cl: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "cl09-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cl: misses `Giám đốc Sở Công Thương` TITLE; adds `Giám đốc Sở Công Thương tỉnh` TITLE",
    "cm02-p03": "first run of set cm: misses [Trần Quốc Hưng / Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh / Nghệ An] adds [Trần Quốc Hưng / Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh / None]",
    "cm07-p04": "first run of set cm: misses [Men Sophal / Phó Tư lệnh Quân khu 3 / None] adds [Men Sophal / Phó Tư lệnh Quân khu 3 / Takeo]",
    "ci07-p05": "entity spans differ (see tests/test_invented_set.py): first run of set ci: misses `Trạm trưởng Trạm Kiểm soát biên phòng Thủy Khẩu` TITLE, `A Lềnh` PERSON; adds `Trạm trưởng Trạm Kiểm soát` TITLE",
    "cp02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cp: misses `Y Khoa Mlô` PERSON",
    "cp04-p03": "first run of set cp: misses [Ma Văn Chiến / Phó Trưởng Ban Dân vận Trung ương / None]",
    "cp05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cp: misses `Trưởng Công an huyện` TITLE; adds `vụ Trưởng Công an huyện Tuần Giáo` TITLE",
    "cp06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cp: misses `Bí thư Đảng ủy phường` TITLE; adds `Bí thư Đảng ủy phường Châu Đốc` TITLE",
    "cp07-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cp: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Phước Bình` TITLE",
    "co09-p02": "first run of set co: misses [Hạ Quốc Vĩnh / Bí thư Khu ủy / Quảng Tây] adds [Hạ Quốc Vĩnh / Bí thư Khu ủy / None]",
    "cn02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cn: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "cn08-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cn: misses `Giám đốc Sở Kế hoạch và Đầu tư` TITLE; adds `Giám đốc Sở Kế hoạch và Đầu tư tỉnh` TITLE",
    "ct02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ct: misses `Giám đốc Sở Du lịch` TITLE; adds `Giám đốc Sở Du lịch tỉnh` TITLE",
    "ct07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ct: misses `Giám đốc Sở Du lịch` TITLE; adds `Giám đốc Sở Du lịch tỉnh` TITLE",
    "ct10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ct: misses `Phó Giám đốc Sở Tài chính` TITLE; adds `Phó Giám đốc Sở Tài chính TP` TITLE",
    "cs01-p05": "entity spans differ (see tests/test_invented_set.py): first run of set cs: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Tú Lệ` TITLE",
    "cs04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cs: misses `Vì Văn Sương` PERSON, `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Chiềng Mung` TITLE",
    "cs05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cs: misses `Trưởng ấp` TITLE, `Chủ tịch Hội Liên hiệp Phụ nữ xã` TITLE, `Phó Chủ tịch UBND xã` TITLE; adds `Trưởng ấp Bưng Cốc` TITLE, `Chủ tịch Hội Liên hiệp Phụ nữ xã Trần Đề` TITLE, `Phó Chủ tịch UBND xã Vĩnh Thuận Đông` TITLE",
    "cs07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cs: misses `Phó Chủ tịch UBND xã` TITLE; adds `Phó Chủ tịch UBND xã Bằng Vân` TITLE",
    "cs08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cs: misses `Phó Bí thư Huyện ủy` TITLE; adds `Phó Bí thư Huyện ủy Tân Lạc` TITLE",
    "cs08-p05": "entity spans differ (see tests/test_invented_set.py): first run of set cs: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Mường Bi` TITLE",
    "cw02-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cw: misses `Phó Chủ tịch UBND xã` TITLE, `Chủ tịch UBND xã` TITLE, `Phó Bí thư Đảng ủy xã` TITLE, `Chủ tịch UBND xã` TITLE, `Chủ tịch UBND phường` TITLE; adds `Phó Chủ tịch UBND xã Ea Kiết` TITLE, `Chủ tịch UBND xã Ea Kiết` TITLE, `Phó Bí thư Đảng ủy xã Cư M` TITLE, `Chủ tịch UBND xã Cư M` TITLE, `Chủ tịch UBND phường Tuy Hòa` TITLE",
    "cw02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cw: misses `Chủ tịch UBND xã` TITLE, `Chủ tịch UBND xã` TITLE; adds `Chủ tịch UBND xã Ea Kiết` TITLE, `Chủ tịch UBND xã Cư M` TITLE",
    "cw04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cw: misses `Bí thư Đảng ủy xã` TITLE, `Chủ tịch UBND xã` TITLE; adds `Bí thư Đảng ủy xã Bắc Hà` TITLE, `Chủ tịch UBND xã Mường Khương` TITLE",
    "cw05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cw: misses `Chủ tịch UBND huyện` TITLE; adds `Chủ tịch UBND huyện Mèo Vạc` TITLE",
    "cw07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cw: misses `Trưởng phòng Xây dựng chính quyền và công tác thanh niên` TITLE; adds `Trưởng phòng Xây dựng chính quyền` TITLE",
    "cw08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cw: misses `Bí thư Đảng ủy phường` TITLE, `Bí thư Đảng ủy phường` TITLE, `Chủ tịch UBND xã` TITLE; adds `Bí thư Đảng ủy phường Hoa Lư` TITLE, `Nam Định` PERSON, `Bí thư Đảng ủy phường Nam Định` TITLE, `Chủ tịch UBND xã Nghĩa Hưng` TITLE",
    "cw10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cw: adds `Pa Kô` PERSON",
    "cy10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cy: misses `Xổm-phết` PERSON",
    "cz01-p04": "entity spans differ (see tests/test_invented_set.py): first run of set cz: misses `đại biểu` TITLE",
    "cz02-p03": "entity spans differ (see tests/test_invented_set.py): first run of set cz: misses `Đại biểu` TITLE",
    "cz08-p03": "first run of set cz: misses [Văn Đình Thạc / Phó Trưởng Ban Tổ chức Trung ương / None]",
    "dc01-p02": "first run of set dc: misses [Vương Kiến Hoa / trưởng đoàn / None] adds [Wang Jianhua / trưởng đoàn / None]",
    "dc02-p03": "first run of set dc: misses [Lý Học Bân / Phó Tỉnh trưởng / Vân Nam] adds [Li Xuebin / Phó Tỉnh trưởng / Vân Nam]",
    "dc04-p02": "first run of set dc: misses [Đàm Chí Viễn / Phó Bí thư Khu ủy / Quảng Tây], [Đàm Chí Viễn / Chủ tịch Chính phủ nhân dân Khu tự trị dân tộc Choang / Quảng Tây] adds [Tan Zhiyuan / Phó Bí thư Khu ủy / Quảng Tây], [Tan Zhiyuan / Chủ tịch Chính phủ nhân dân Khu tự trị dân tộc Choang / Quảng Tây]",
    "dc07-p02": "entity spans differ (see tests/test_invented_set.py): first run of set dc: misses `Bí thư Thị ủy Đông Hưng` TITLE; adds `Bí thư` TITLE",
    "dc08-p02": "first run of set dc: misses [Xổm-phon Phăn-tha-vông / Phó Tỉnh trưởng / Sa-va-na-khệt] adds [Somphone Phanthavong / Phó Tỉnh trưởng / Sa-va-na-khệt]",
    "dc09-p03": "first run of set dc: misses [Dương Chí Cường / Chi đội trưởng Chi đội Quản lý xuất nhập cảnh biên phòng Hồng Hà / None], [Vàng A Chứ / Trưởng đoàn / None] adds [Yang Zhiqiang / Chi đội trưởng Chi đội Quản lý xuất nhập cảnh biên phòng Hồng Hà / None]",
    "dc10-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dc: adds `Sầm Nưa` PERSON",
    "dd07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dd: misses `Trưởng Ủy ban đặc trách tìm kiếm hài cốt` TITLE",
    "dg05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dg: misses `Tổng Giám đốc Ban Quản lý dự án đường Hồ Chí Minh` TITLE; adds `Tổng Giám đốc Ban Quản lý` TITLE",
    "dg05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set dg: misses `Cục trưởng Cục Kinh tế - Quản lý đầu tư xây dựng` TITLE; adds `Cục trưởng Cục Kinh tế - Quản lý` TITLE",
    "dg09-p04": "entity spans differ (see tests/test_invented_set.py): first run of set dg: misses `Vụ trưởng Vụ Thị trường châu Á - châu Phi` TITLE; adds `Vụ trưởng Vụ Thị trường châu Á` TITLE",
    "dg10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set dg: misses `Cục trưởng Cục Quản lý Khám, chữa bệnh` TITLE; adds `Cục trưởng Cục Quản lý Khám` TITLE",
    "df01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set df: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "df04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set df: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "df07-p02": "first run of set df: misses [Elena Marchetti / trưởng đoàn / None]",
    "df10-p03": "entity spans differ (see tests/test_invented_set.py): first run of set df: misses `Phó Giám đốc Sở Tài chính` TITLE, `Giám đốc Sở Kế hoạch và Đầu tư` TITLE; adds `Phó Giám đốc Sở Tài chính tỉnh` TITLE, `Giám đốc Sở Kế hoạch và Đầu tư tỉnh` TITLE",
    "de01-p05": "entity spans differ (see tests/test_invented_set.py): first run of set de: misses `Trưởng Ban Dân tộc HĐND tỉnh` TITLE",
    "de05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set de: misses `Bí thư Quận ủy Quận 8` TITLE; adds `Bí thư Quận ủy Quận` TITLE",
    "de06-p05": "entity spans differ (see tests/test_invented_set.py): first run of set de: misses `Giám đốc Sở Tài chính` TITLE, `Thiên Sanh Hải` PERSON; adds `Giám đốc Sở Tài chính Thiên Sanh Hải` TITLE",
    "dh07-p05": "entity spans differ (see tests/test_invented_set.py): first run of set dh: misses `Chủ tịch Hội đồng quản trị Sakura Human Bridge` TITLE; adds `Chủ tịch Hội đồng quản trị` TITLE, `Sakura Human Bridge` PERSON",
    "di03-p04": "entity spans differ (see tests/test_invented_set.py): first run of set di: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Mù Cang Chải` TITLE",
    "di04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set di: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Ea Súp` TITLE",
    "di05-p04": "entity spans differ (see tests/test_invented_set.py): #63: set di leaves the special zone's name out of the title (`Bí thư Đảng ủy đặc khu`), vnner keeps it in (`Bí thư Đảng ủy đặc khu Côn Đảo`), as set ej wrote it",
    "di07-p04": "first run of set di: misses [Phan Đình Khương / Phó Bí thư Tỉnh ủy / Bình Thuận] adds [Phan Đình Khương / Phó Bí thư Tỉnh ủy / Đắk Nông]",
    "dm01-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dm: misses `Phó Chủ tịch UBND huyện` TITLE, `Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện` TITLE; adds `Phó Chủ tịch UBND huyện Bình Sơn` TITLE, `Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Bình Sơn` TITLE",
    "dm03-p02": "entity spans differ (see tests/test_invented_set.py): first run of set dm: misses `Giám đốc Phòng giao dịch Tam Hiệp` TITLE; adds `Giám đốc` TITLE, `Phòng` PERSON",
    "dm06-p02": "entity spans differ (see tests/test_invented_set.py): first run of set dm: misses `Chủ tịch UBND xã` TITLE; adds `Chủ tịch UBND xã Kỳ Thịnh` TITLE",
    "dm07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dm: misses `Bí thư Thị ủy` TITLE; adds `Bí thư Thị ủy Long Khánh` TITLE",
    "dm08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dm: misses `Trưởng Ban quản lý rừng phòng hộ huyện` TITLE; adds `Trưởng Ban` TITLE",
    "do06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set do: misses `Trưởng Ban Chỉ đạo thi tốt nghiệp THPT tỉnh` TITLE; adds `Trưởng Ban Chỉ đạo` TITLE",
    "dp08-p04": "entity spans differ (see tests/test_invented_set.py): first run of set dp: misses `Chủ tịch HĐQT Tập đoàn Hải Thạch` TITLE, `Lâm Quang Vinh` PERSON; adds `Chủ tịch HĐQT Tập đoàn Hải` TITLE, `Thạch Lâm Quang Vinh` PERSON",
    "ds02-p03": "first run of set ds: misses [Tanaka Hiroshi / Trưởng đoàn / None] adds [Tanaka Hiroshi / Trưởng đoàn / Chiba]",
    "ds05-p03": "entity spans differ (see tests/test_invented_set.py): first run of set ds: misses `Trưởng Ban Chỉ đạo Chương trình phát triển lâm nghiệp bền vững tỉnh` TITLE; adds `Trưởng Ban Chỉ đạo Chương trình` TITLE",
    "ds10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ds: misses `Giám đốc Công ty Udon Fruit Import` TITLE; adds `Giám đốc Công ty` TITLE, `Udon` PROVINCE, `Fruit Import` PERSON",
    "dt01-p03": "first run of set dt: misses [Lâm Sóc Kha / Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam / None] adds [Lâm Sóc Kha / Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam / Sóc Trăng]",
    "dt04-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dt: misses `Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh` TITLE; adds `Chủ tịch Hội đồng Chức sắc Bà` TITLE",
    "dt07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dt: misses `Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh` TITLE, `Trụ trì` TITLE; adds `Chủ tịch Hội Đoàn kết Sư sãi` TITLE",
    "dt08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dt: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Sín Chải` TITLE",
    "dt09-p03": "entity spans differ (see tests/test_invented_set.py): first run of set dt: misses `Trụ trì` TITLE",
    "dt10-p05": "entity spans differ (see tests/test_invented_set.py): first run of set dt: misses `Chủ tịch Hội Liên hiệp Phụ nữ xã` TITLE; adds `Chủ tịch Hội Liên hiệp Phụ nữ xã Ia Pa` TITLE",
    "du08-p03": "entity spans differ (see tests/test_invented_set.py): first run of set du: misses `Chủ tịch LĐLĐ tỉnh` TITLE; adds `Chủ tịch` TITLE",
    "dv01-p05": "entity spans differ (see tests/test_invented_set.py): first run of set dv: misses `Chủ tịch UBND xã` TITLE; adds `Chủ tịch UBND xã Trà Giang` TITLE",
    "dv02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set dv: misses `Phó Giám đốc Sở Nông nghiệp và Môi trường` TITLE, `2024` DATE; adds `Phó Giám đốc Sở Nông nghiệp và Môi trường thành phố` TITLE",
    "dv02-p05": "entity spans differ (see tests/test_invented_set.py): first run of set dv: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Phú Mỹ` TITLE",
    "dv04-p04": "entity spans differ (see tests/test_invented_set.py): first run of set dv: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Kon Mahar` TITLE",
    "dv06-p05": "entity spans differ (see tests/test_invented_set.py): first run of set dv: misses `Giám đốc Sở Nông nghiệp và Môi trường` TITLE; adds `Giám đốc Sở Nông nghiệp và Môi trường tỉnh` TITLE",
    "eb02-p04": "entity spans differ (see tests/test_invented_set.py): first run of set eb: misses `Chủ tịch HĐND huyện` TITLE; adds `Chủ tịch HĐND huyện Đông Thạch` TITLE",
    "eb06-p05": "first run of set eb: misses [Khoa / Bí thư Tỉnh ủy / Quảng Trị]",
    "eb07-p03": "entity spans differ (see tests/test_invented_set.py): first run of set eb: misses `Chủ tịch UBND quận` TITLE; adds `Chủ tịch UBND quận Hà Thanh` TITLE",
    "eb08-p04": "entity spans differ (see tests/test_invented_set.py): first run of set eb: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Nậm Khiên` TITLE",
    "dz08-p02": "first run of set dz: misses [Gennady Orlov / Đại sứ đặc mệnh toàn quyền Liên bang Nga / None]",
    "ed10-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ed: misses `K. P. Suresh Babu` PERSON, `Cố vấn Kinh tế` TITLE, `Thant Zin Oo` PERSON; adds `K` PERSON, `U Thant Zin Oo` PERSON",
    "ef05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set ef: misses `Giám đốc dự án Điện mặt trời Phước Hữu 3` TITLE; adds `Giám đốc` TITLE",
    "ej04-p04": "first run of set ej: misses [Nguyễn Thị Ngọc Diễm / Phó Chủ tịch HĐND tỉnh / -]",
    "ej07-p03": "first run of set ej: adds [Đặng Bá Tùng / Chủ tịch UBND thành phố / -]",
    "eh08-p02": "first run of set eh: misses [Đinh Thị Thu Hằng / Phó Trưởng đoàn / -]",
    "eq01-p02": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `Chủ tọa phiên tòa` TITLE",
    "eq02-p02": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `chủ tọa` TITLE",
    "eq03-p03": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `Sáng` PERSON, `Sáng` PERSON, `Giám đốc Công ty CP Thiết bị Y khoa Phương Nam` TITLE; adds `Giám đốc Công ty CP Thiết bị Y khoa` TITLE, `Phương Nam` PERSON",
    "eq04-p02": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `chủ tọa` TITLE",
    "eq05-p02": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `Sáu Phước` PERSON, `Chánh tòa Hình sự TAND TP` TITLE, `chủ tọa` TITLE",
    "eq05-p04": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `Phước` PERSON, `Kế toán trưởng` TITLE",
    "eq06-p03": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `Quý` PERSON, `Tổ trưởng tổ bảo vệ rừng bản Piêng Cu` TITLE; adds `Tổ trưởng` TITLE",
    "eq06-p04": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `Phó Trưởng phòng 3 VKSND tỉnh` TITLE, `chủ tọa phiên tòa` TITLE; adds `Phó Trưởng phòng` TITLE",
    "eq09-p02": "first run of set eq: misses [Lương Thế Vĩnh / Giám đốc Công ty TNHH Xây dựng Vĩnh Thành Đạt / -]",
    "eq09-p03": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `Chủ tọa phiên tòa` TITLE",
    "eq10-p02": "first run of set eq: misses [Võ Thành Lũy / Giám đốc Công ty TNHH Thương mại Lũy Phát / -]",
    "eq10-p05": "entity spans differ (see tests/test_invented_set.py): first run of set eq: misses `chủ tọa` TITLE",
}
PEOPLE_XFAIL: dict[str, str] = {
    'f08': 'the bracketed Latin alias `Soch Pheap` is not found as a PERSON',
    "j06": "first run of set j: same-person pairs differ (entity spans differ too)",
    "ai02": "first run of set ai: same-person pairs differ (entity spans differ too)",
    "ao06": "first run of set ao: same-person pairs differ (entity spans differ too)",
    "bj08": "first run of set bj: same-person pairs differ (entity spans differ too)",
    "bg10": "first run of set bg: same-person pairs differ (entity spans differ too)",
    "bp03": "first run of set bp: same-person pairs differ (entity spans differ too)",
    "bq02": "first run of set bq: same-person pairs differ (entity spans differ too)",
    "bv01": "first run of set bv: same-person pairs differ (entity spans differ too)",
    "bx09": "first run of set bx: same-person pairs differ (entity spans differ too)",
    "ce01": "first run of set ce: same-person pairs differ (entity spans differ too)",
    "ce07": "first run of set ce: same-person pairs differ (entity spans differ too)",
    "ci02": "first run of set ci: same-person pairs differ (entity spans differ too)",
    "ci11": "first run of set ci: same-person pairs differ",
    "cp02": "first run of set cp: same-person pairs differ (entity spans differ too)",
    "cp07": "first run of set cp: same-person pairs differ (entity spans differ too)",
    "cr05": "first run of set cr: same-person pairs differ",
    "cv02": "first run of set cv: same-person pairs differ",
    "cy06": "first run of set cy: same-person pairs differ",
    "cy10": "first run of set cy: same-person pairs differ (entity spans differ too)",
    "di08": "first run of set di: same-person pairs differ",
    "dm06": "first run of set dm: same-person pairs differ (entity spans differ too)",
    "do01": "first run of set do: same-person pairs differ (entity spans differ too)",
    "dq01": "first run of set dq: same-person pairs differ (entity spans differ too)",
    "dy04": "first run of set dy: same-person pairs differ (entity spans differ too)",
    "dz07": "first run of set dz: same-person pairs differ (entity spans differ too)",
    "ed01": "first run of set ed: same-person pairs differ (entity spans differ too)",
    "ed02": "first run of set ed: same-person pairs differ (entity spans differ too)",
    "ed09": "first run of set ed: same-person pairs differ (entity spans differ too)",
    "ei09": "first run of set ei: same-person pairs differ",
    "eq05": "first run of set eq: same-person pairs differ (entity spans differ too)",
    "eq08": "first run of set eq: same-person pairs differ (entity spans differ too)",
    "eq10": "first run of set eq: same-person pairs differ (entity spans differ too)",
}


@pytest.fixture(scope="module")
def predicted():
    pipeline = default_pipeline()
    found = predict(RECORDS, lambda texts: pipeline.parse_document(texts, model=None), pipeline.people_across)
    return {r.id: r for r in found}


def test_the_set_has_roles_and_people():
    assert len(RECORDS) >= 40 and sum(len(r.roles) for r in RECORDS) >= 60


def _marks(reasons: dict[str, str], key: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=reasons[key])] if key in reasons else []


@pytest.mark.parametrize("record", [pytest.param(r, id=r.id, marks=_marks(ROLE_XFAIL, r.id)) for r in RECORDS])
def test_roles_of_each_record(record, predicted):
    assert role_triples(predicted[record.id]) == role_triples(record)


DOCUMENTS = [(doc, list(group)) for doc, group in groupby(RECORDS, key=lambda r: document_of(r.id))]


@pytest.mark.parametrize(
    ("document", "records"), [pytest.param(d, g, id=d, marks=_marks(PEOPLE_XFAIL, d)) for d, g in DOCUMENTS]
)
def test_people_of_each_document(document, records, predicted):
    assert people_pairs([predicted[r.id] for r in records]) == people_pairs(records)


def test_the_role_linker_on_gold_entities_of_the_set():
    """The linker alone, given the gold entities: what end-to-end roles would score with perfect spans."""
    from vnner.corpus import parse_record
    from vnner.doc import Doc
    from vnner.evaluate_links import score_roles

    found = []
    for record in RECORDS:
        doc = Doc(record.text)
        doc.ents = tuple(record.entities)
        for _, linker in default_pipeline().linkers:
            linker(doc)
        found.append(parse_record({"id": record.id, **doc.to_dict()}, gold=False))
    scores = score_roles(RECORDS, found)
    assert scores["precision"] >= 0.99 and scores["recall"] >= 0.96  # f: P 1.000 R 0.969; g: P 0.990 R 0.971
