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
    "invented-b-010": "`ga đường sắt quốc tế Lào Cai`: a station named after its province is taken as the province",
    "invented-b-033": "`NGỌC MINH – HẢI DƯƠNG`: a byline whose second name is a former province's",
    "invented-d-004": "`Tiến sĩ Kinh tế`: a degree's field after the honorific `Tiến sĩ` reads as a one-word name",
    "invented-d-018": "`Tú khai nhận ...`, `gồm Somphone Keola và Bounmy Sisouk`: names with no cue at all",
    "invented-d-022": "`đến Sầm Nưa`: a Lao town whose name starts with the surname `Sầm`",
    "invented-d-023": "`chế độ diệt chủng Pol Pot`: a foreign name with no cue",
    "invented-d-031": "`Công ty Điện lực Xê Kông 3` holds a province name",
    "f08-p04": "v1.2: a country after an office is part of the TITLE (`Đại sứ Việt Nam`), not yet applied (issue 12); the bracketed Latin alias after a Khmer name is not found",
    "h01-p05": "first run of set h: adds `ủy viên Ban Chấp hành Đảng bộ` TITLE",
    "h03-p03": "first run of set h: misses `Giám đốc Sở Nội vụ` TITLE; adds `Giám đốc Sở Nội vụ tỉnh` TITLE",
    "h07-p04": "first run of set h: misses `A Thiết` PERSON; adds `Tư lệnh Quân khu 5` TITLE",
    "h09-p03": "first run of set h: adds `Mù Cang Chải` PERSON",
    "h09-p04": "first run of set h: adds `Yên Bái` PERSON",
    "i07-p04": "first run of set i: adds `Cần Thơ` PROVINCE, `Cà Mau` PROVINCE",
    "i08-p04": "first run of set i: misses `Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp` TITLE; adds `Trưởng Ban Quản lý Khu kinh tế` TITLE, `Nghi Sơn` PERSON",
    "j08-p05": "first run of set j: misses `Thứ trưởng Bộ Xây dựng` TITLE, `La Thị Bích Thủy` PERSON; adds `Long Thành` PERSON, `Thứ trưởng Bộ Xây dựng La Thị Bích Thủy` TITLE",
    "k02-p02": "first run of set k: adds `Kim Thành` PERSON",
    "k03-p04": "first run of set k: misses `Hải Nam` PROVINCE, `Tổng Giám đốc Tập đoàn Du lịch` TITLE, `Hải Nam` PROVINCE; adds `Tổng Giám đốc Tập đoàn Du lịch Hải Nam` TITLE",
    "k07-p06": "first run of set k: misses `HOÀNG ANH` PERSON",
    "k10-p04": "first run of set k: misses `Ốt-đô Mia-chây` PROVINCE",
    "l03-p02": "first run of set l: misses `22/10/2025` DATE, `Tham tán Thương mại Đại sứ quán Hàn Quốc` TITLE; adds `Ngày 22/10/2025` DATE, `Tham tán` TITLE",
    "l04-p02": "first run of set l: adds `Hà Thái` PERSON",
    "l07-p02": "first run of set l: misses `28-12-2025` DATE, `Chủ tịch Hiệp hội Du lịch` TITLE; adds `Ngày 28-12-2025` DATE, `Chủ tịch` TITLE",
    "l08-p02": "first run of set l: misses `12/7/2024` DATE, `Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh` TITLE; adds `Ngày 12/7/2024` DATE, `Giám đốc Ngân hàng Nhà nước` TITLE",
    "l10-p02": "first run of set l: misses `26/8/2025` DATE; adds `Ngày 26/8/2025` DATE",
    "m02-p04": "first run of set m: adds `4 kíp` MONEY",
    "n09-p06": "first run of set n: misses `THÁI BÌNH` PERSON, `ĐÌNH NHẬT` PERSON; adds `THÁI BÌNH` PROVINCE",
    "o05-p04": "first run of set o: misses `Giám đốc sở` TITLE; adds `Giám đốc` TITLE",
    "p04-p05": "first run of set p: misses `Giám đốc điều hành Công ty lữ hành Haneul Travel` TITLE; adds `Giám đốc` TITLE",
    "p10-p03": "first run of set p: adds `Kim Thành` PERSON, `Lào Cai` PROVINCE",
    "q02-p03": "first run of set q: misses `Đại biểu Quốc hội đoàn tỉnh` TITLE, `Đại biểu` TITLE; adds `Đại biểu Quốc hội` TITLE",
    "s05-p03": "first run of set s: misses `Chủ tịch nước` TITLE, `Giám đốc Hợp tác xã nông nghiệp Thành Công` TITLE; adds `quyền Chủ tịch nước` TITLE, `Giám đốc` TITLE",
    "t01-p03": "first run of set t: misses `42.000` MONEY, `43.500 tỷ đồng` MONEY; adds `42.000 đến 43.500 tỷ đồng` MONEY",
    "t04-p04": "first run of set t: misses `2025/2026` DATE",
    "t06-p05": "first run of set t: misses `290.000` MONEY, `310.000 đồng` MONEY; adds `290.000 đến 310.000 đồng` MONEY",
    "t07-p04": "first run of set t: misses `Trưởng ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh` TITLE; adds `Trưởng ban` TITLE",
    "t08-p04": "first run of set t: adds `Ninh Chữ` PERSON",
    "t09-p05": "first run of set t: misses `Phan Thái Bình` PERSON, `Trưởng ban Chỉ đạo xây dựng bảng giá đất` TITLE; adds `Thái Bình` PROVINCE, `Trưởng ban Chỉ đạo` TITLE",
    "u03-p02": "first run of set u: misses `Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai` TITLE; adds `Cục trưởng Cục Quản lý` TITLE",
    "u04-p04": "first run of set u: misses `Phương` PERSON, `Vụ trưởng Vụ Tín dụng các ngành kinh tế` TITLE; adds `Vụ trưởng Vụ Tín dụng` TITLE",
    "v04-p04": "first run of set v: misses `Giám đốc Hiệp hội Xúc tiến lao động` TITLE; adds `Giám đốc Hiệp hội Xúc tiến` TITLE",
    "w01-p03": "first run of set w: misses `Trưởng phòng Tổ chức cán bộ Sở Giáo dục và Đào tạo` TITLE, `Chủ tịch UBND xã Si Ma Cai` TITLE; adds `Trưởng phòng Tổ chức` TITLE, `Chủ tịch UBND xã` TITLE, `Ma Cai` PERSON",
    "w03-p02": "first run of set w: misses `ngày 8` DATE",
    "w08-p03": "first run of set w: misses `Trưởng Ban Công tác Mặt trận khóm Vĩnh Trung` TITLE; adds `Trưởng Ban Công tác Mặt trận` TITLE",
    "w08-p04": "first run of set w: misses `Trụ trì chùa Sà Lôn` TITLE",
    "w09-p03": "first run of set w: adds `ủy viên` TITLE",
    "x06-p03": "first run of set x: misses `Giám đốc Hợp tác xã chè Tân Cương Xanh` TITLE; adds `Giám đốc` TITLE",
    "x07-p04": "first run of set x: misses `Giám đốc Văn phòng đại diện Công ty lữ hành Mirae Travel` TITLE; adds `Giám đốc Văn phòng đại diện Công ty` TITLE",
    "x07-p06": "first run of set x: misses `30/4-1/5` DATE",
    "y03-p02": "first run of set y: misses `Trưởng Ban kiểm phiếu` TITLE; adds `Trưởng Ban` TITLE",
    "y06-p04": "first run of set y: misses `Cục trưởng Cục Thương mại điện tử và Kinh tế số` TITLE; adds `Cục trưởng Cục Thương mại` TITLE",
    "y07-p03": "first run of set y: misses `Trưởng Ban Chỉ đạo quốc gia về phòng chống thiên tai` TITLE; adds `Trưởng Ban Chỉ đạo` TITLE",
    "y08-p02": "first run of set y: misses `Trưởng Ban Chỉ đạo liên ngành ứng phó hạn hán và xâm nhập mặn vùng Đồng bằng sông Cửu Long` TITLE; adds `Trưởng Ban Chỉ đạo` TITLE",
    "y08-p04": "first run of set y: misses `Vụ trưởng Vụ Quản lý công trình thủy lợi và an toàn đập` TITLE; adds `Vụ trưởng Vụ Quản lý` TITLE",
    "y10-p02": "first run of set y: adds `đại biểu Quốc hội` TITLE",
    "q09-p03": "`cao tốc Khánh Hòa – Buôn Ma Thuột`: the annotator tagged a province inside a road's name, which the "
    "guidelines (§ PROVINCE: names of roads) and set x's annotator leave untagged",
    "aa04-p02": "first run of set aa: misses `Bí thư Huyện ủy Si Ma Cai` TITLE; adds `Ma Cai` PERSON, `Bí thư Huyện ủy` TITLE, `Ma Cai` PERSON",
    "ac04-p02": "first run of set ac: misses `Trưởng Ban Chỉ đạo quốc gia về phòng thủ dân sự` TITLE, `Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam` TITLE; adds `Trưởng Ban Chỉ đạo quốc gia` TITLE, `Phó Tổng Tham mưu trưởng` TITLE",
    "ad04-p05": "first run of set ad: misses `Lê Hội` PERSON",
    "af04-p04": "first run of set af: misses `Giám đốc điều hành Meridian Port Logistics` TITLE; adds `Giám đốc điều hành` TITLE, `Meridian Port Logistics` PERSON",
    "ah05-p03": "first run of set ah: misses `Fujita Shinji` PERSON",
    "ai04-p02": "first run of set ai: misses `4/11` DATE; adds `Ngày 4/11` DATE",
    "ai05-p02": "first run of set ai: misses `20/11` DATE; adds `Ngày 20/11` DATE",
    "ai05-p04": "first run of set ai: misses `Chi hội trưởng Chi hội Phụ nữ buôn Kô Siêr` TITLE",
    "ai06-p02": "first run of set ai: misses `19/11` DATE; adds `Ngày 19/11` DATE",
    "ai07-p04": "first run of set ai: misses `Phó Giám đốc Trung tâm Y tế khu vực Tủa Chùa` TITLE; adds `Phó Giám đốc Trung tâm Y tế khu vực` TITLE, `Tủa Chùa` PERSON",
    "ai09-p01": "first run of set ai: misses `Đàng Thị Mỹ Dung` PERSON",
    "ai09-p02": "first run of set ai: misses `20/10` DATE",
    "ai09-p04": "first run of set ai: misses `Chủ tịch Hội đồng quản trị Công ty cổ phần Nho Thái An` TITLE; adds `Chủ tịch Hội đồng quản trị Công ty cổ phần Nho` TITLE, `Thái An` PERSON",
    "ai10-p02": "first run of set ai: misses `9/11` DATE; adds `Ngày 9/11` DATE",
    "ai10-p04": "first run of set ai: misses `Chi hội trưởng Chi hội Cựu chiến binh xóm Mu` TITLE",
    "aj04-p03": "first run of set aj: misses `Phó Trưởng Ban Quản lý Khu kinh tế cửa khẩu` TITLE; adds `Phó Trưởng Ban Quản lý Khu kinh tế` TITLE",
    "aj06-p04": "first run of set aj: misses `Trưởng Ban đại diện Hội đồng quản trị NHCSXH tỉnh` TITLE; adds `Trưởng Ban` TITLE",
    "aj07-p03": "first run of set aj: misses `Chánh Văn phòng Điều phối nông thôn mới tỉnh` TITLE; adds `Chánh Văn phòng` TITLE",
    "aj10-p04": "first run of set aj: misses `Chủ tịch Hội đồng quản trị công ty` TITLE; adds `Chủ tịch Hội đồng quản trị` TITLE",
    "al06-p05": "first run of set al: misses `Lê Hội` PERSON",
    "am04-p01": "first run of set am: misses `20/11` DATE",
    "am06-p04": "first run of set am: misses `Phó Trụ trì chùa Som Rông` TITLE",
    "an08-p04": "first run of set an: misses `Trưởng Ban Quản lý Khu kinh tế Vân Phong` TITLE; adds `Trưởng Ban Quản lý Khu kinh tế` TITLE, `Vân Phong` PERSON",
    "ao06-p03": "first run of set ao: misses `Phó Thống đốc` TITLE, `Đức` PERSON; adds `Phó Thống đốc Đức` TITLE",
    "ao08-p03": "first run of set ao: misses `Khải` PERSON, `Chủ tịch HĐQT Công ty cổ phần Thiết bị y tế Đông Dương` TITLE, `Vân` PERSON; adds `Chủ tịch HĐQT Công ty cổ phần Thiết bị` TITLE",
    "ap02-p04": "first run of set ap: misses `Giám đốc Văn phòng xúc tiến đầu tư` TITLE; adds `Giám đốc Văn phòng` TITLE",
    "ap03-p04": "first run of set ap: misses `Giám đốc Trung tâm giao lưu quốc tế` TITLE; adds `Giám đốc Trung tâm` TITLE",
    "ap10-p02": "first run of set ap: misses `A-tô-pơ` PROVINCE",
    "ap10-p04": "first run of set ap: misses `A-tô-pơ` PROVINCE",
    "ar01-p04": "first run of set ar: misses `2.500 tỷ đồng` MONEY; adds `2.000 đến 2.500 tỷ đồng` MONEY",
    "ar04-p04": "first run of set ar: misses `700 USD` MONEY; adds `650 đến 700 USD` MONEY",
    "ar08-p04": "first run of set ar: misses `Giám đốc quốc gia ADB` TITLE, `Trưởng nhóm chuyên gia giao thông` TITLE; adds `Giám đốc` TITLE",
    "ar09-p04": "first run of set ar: misses `15.000 đồng` MONEY; adds `10.000 đến 15.000 đồng` MONEY",
    "aq03-p04": "first run of set aq: adds `giám đốc` TITLE",
    "ba05-p04": "first run of set ba: misses `Sổm-phon` PERSON",
    "bb04-p05": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set bb: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Quan Sơn` TITLE",
    "bb09-p03": "first run of set bb: adds `Hồ` PERSON",
    "ay01-p01": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Mường Lạn` TITLE",
    "ay01-p03": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Bí thư Thường trực Huyện ủy` TITLE; adds `Phó Bí thư Thường trực Huyện ủy Mai Sơn` TITLE",
    "ay03-p01": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Bí thư Đảng ủy phường` TITLE; adds `Bí thư Đảng ủy phường Tân An` TITLE",
    "ay04-p04": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Chủ tịch UBND thị xã` TITLE; adds `Phó Chủ tịch UBND thị xã Tân Uyên` TITLE",
    "ay06-p03": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Chủ tịch UBND huyện` TITLE, `Chủ tịch UBND xã` TITLE, `Chủ tịch UBND xã` TITLE, `Phó Chủ tịch UBND xã` TITLE, `Trưởng phòng Văn hóa và Thông tin huyện` TITLE; adds `Phó Chủ tịch UBND huyện Kiên Lương` TITLE, `Chủ tịch UBND xã Hòa Điền` TITLE, `Chủ tịch UBND xã Bình An` TITLE, `Phó Chủ tịch UBND xã Hòa Điền` TITLE, `Trưởng phòng Văn hóa và Thông tin huyện Kiên Lương` TITLE",
    "ay06-p05": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Chủ tịch HĐND xã` TITLE; adds `Chủ tịch HĐND xã Hòa Điền` TITLE",
    "ay07-p03": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Trường` PERSON, `Trường` PERSON, `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Đà Bắc` TITLE",
    "ay08-p04": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Phó Bí thư Thường trực Huyện ủy` TITLE; adds `Phó Bí thư Thường trực Huyện ủy Mèo Vạc` TITLE",
    "ay10-p04": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set ay: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Khánh Sơn` TITLE",
    "bc01-p07": "first run of set bc: misses `THÁI BÌNH` PERSON; adds `THÁI BÌNH` PROVINCE",
    "bc04-p04": "convention: this annotator leaves a commune's or district's name after its level word out of the TITLE, where decision #63 (and sets w, aa, ai, am) take it in; first run of set bc: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Mù Cang Chải` TITLE",
    "be02-p03": "first run of set be: misses `Trưởng Ban chỉ đạo thí điểm` TITLE; adds `Trưởng Ban` TITLE",
    "be03-p03": "convention: this annotator tags a bare `đại biểu` before a deputy's name as a TITLE, which the annotators of some 20 other sets leave untagged (vnner follows them); first run of set be: misses `đại biểu` TITLE",
    "be03-p05": "convention: this annotator tags a bare `đại biểu` before a deputy's name as a TITLE, which the annotators of some 20 other sets leave untagged (vnner follows them); first run of set be: misses `đại biểu` TITLE, `đại biểu` TITLE",
    "be09-p03": "convention: this annotator tags a bare `đại biểu` before a deputy's name as a TITLE, which the annotators of some 20 other sets leave untagged (vnner follows them); first run of set be: misses `đại biểu` TITLE",
    "be10-p04": "convention: this annotator leaves `tỉnh` out of `Giám đốc Sở GD&ĐT tỉnh`, where the annotators of ay, az, bc and bd keep it in a department's title (vnner follows them); first run of set be: misses `Giám đốc Sở GD&ĐT` TITLE; adds `Giám đốc Sở GD&ĐT tỉnh` TITLE",
    "bj05-p04": "first run of set bj: misses `Trưởng Văn phòng đại diện` TITLE",
    "bj07-p05": "first run of set bj: misses `Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh` TITLE; adds `Phó Chủ tịch Liên hiệp` TITLE",
    "bj07-p06": "first run of set bj: misses `Suzuki` PERSON",
    "bj08-p03": "first run of set bj: misses `Na-khon Pha-nôm` PROVINCE; adds `Hồ` PERSON",
    "bj08-p06": "first run of set bj: adds `Hồ` PERSON",
    "bg06-p03": "first run of set bg: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Tây Giang` TITLE",
    "bg09-p04": "first run of set bg: misses `Tư Khởi` PERSON",
    "bg10-p04": "first run of set bg: misses `Châu trưởng` TITLE",
    "bi03-p05": "first run of set bi: misses `Ama Hùng` PERSON",
    "bi04-p04": "first run of set bi: misses `Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy` TITLE, `Trưởng phòng PC04` TITLE; adds `Cục trưởng Cục Cảnh sát` TITLE, `Trưởng phòng PC` TITLE",
    "bi05-p02": "first run of set bi: misses `Phó Bí thư Quân ủy Trung ương` TITLE; adds `Phó Bí thư` TITLE",
    "bi06-p03": "first run of set bi: misses `Bảy` PERSON, `Bảy Tàu` PERSON",
    "br01-p03": "first run of set br: misses `đại biểu` TITLE",
    "br03-p02": "first run of set br: misses `Trưởng Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia` TITLE; adds `Trưởng Ban Chỉ đạo Trung ương` TITLE",
    "br04-p05": "first run of set br: adds `4 kíp` MONEY",
    "br07-p03": "first run of set br: misses `Đại biểu` TITLE, `đại biểu` TITLE",
    "br07-p05": "first run of set br: misses `đại biểu` TITLE, `Trinh` PERSON",
    "br10-p03": "first run of set br: misses `Đại biểu` TITLE",
    "br10-p04": "first run of set br: misses `đại biểu` TITLE, `Ka H'Rơm` PERSON, `đại biểu` TITLE",
    "br10-p06": "first run of set br: misses `đại biểu` TITLE",
    "bo08-p03": "first run of set bo: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "bo09-p04": "first run of set bo: misses `Giám đốc Sở Tài chính` TITLE; adds `Giám đốc Sở Tài chính tỉnh` TITLE",
    "bp01-p04": "first run of set bp: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Tam Đường` TITLE",
    "bp03-p05": "first run of set bp: misses `H'XUÂN` PERSON",
    "bp04-p03": "first run of set bp: misses `Bí thư Huyện ủy` TITLE; adds `Bí thư Huyện ủy Hà Quảng` TITLE, `Trùng Khánh` PROVINCE",
    "bp04-p04": "first run of set bp: misses `Phó Chủ tịch UBND huyện` TITLE; adds `Phó Chủ tịch UBND huyện Bảo Lạc` TITLE",
    "bp06-p02": "first run of set bp: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Lũng Hồ` TITLE",
    "bp06-p03": "first run of set bp: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Nậm Đăm` TITLE",
    "bp07-p03": "first run of set bp: misses `Trưởng ấp` TITLE (now `Trưởng ấp Tâm Lộc`, #63: a convention difference)",
    "bq02-p04": "first run of set bq: misses `Nuon Sreymom` PERSON, `Nu-ôn Xrây-mom` PERSON, `Phon-xa-vẳn Xi-ha-lạt` PERSON, `Phonesavanh Sihalath` PERSON",
    "bq04-p03": "first run of set bq: misses `Chỉ huy trưởng Cảnh sát tỉnh` TITLE; adds `Chỉ huy trưởng` TITLE",
    "bu01-p02": "first run of set bu: misses `Trưởng Ban Chỉ đạo quốc gia về phòng thủ dân sự` TITLE; adds `Trưởng Ban Chỉ đạo quốc gia` TITLE",
    "bu03-p03": "first run of set bu: misses `Đại biểu` TITLE",
    "bu08-p03": "first run of set bu: misses `đại biểu` TITLE",
    "bu08-p04": "first run of set bu: misses `đại biểu` TITLE; adds `Chu Lai` PERSON",
    "bv01-p03": "first run of set bv: misses `Li Mei` PERSON",
    "bv03-p03": "first run of set bv: adds `Incheon` PROVINCE",
    "bv05-p04": "first run of set bv: misses `Chủ tịch Hội người Thái gốc Việt` TITLE; adds `Chủ tịch Hội` TITLE",
    "bt01-p05": "first run of set bt: misses `Tổ trưởng Tổ công tác đôn đốc giải ngân` TITLE",
    "bt04-p02": "first run of set bt: adds `Lạc Việt` PERSON",
    "bs05-p03": "first run of set bs: misses `Trụ trì chùa Som Rông` TITLE",
    "bx05-p03": "first run of set bx: misses `Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai` TITLE, `Trạm trưởng Trạm Kiểm tra biên phòng Hà Khẩu` TITLE; adds `Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế` TITLE, `Lào Cai` PROVINCE, `Trạm trưởng Trạm Kiểm tra` TITLE",
    "bx06-p04": "first run of set bx: misses `Xổm Sạ Vẳn` PERSON, `Bun Mi` PERSON, `Thong Chăn` PERSON",
    "bx06-p05": "first run of set bx: misses `Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy` TITLE; adds `Phó Trưởng phòng Cảnh sát` TITLE",
    "bx08-p03": "first run of set bx: misses `Hậu` PERSON",
    "bx08-p05": "first run of set bx: misses `Chi đội trưởng Chi đội Quản lý biên giới Phòng Thành Cảng` TITLE",
    "bx09-p03": "first run of set bx: misses `Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo` TITLE, `Sổm-phon Vi-lay-vông` PERSON, `Bua` PERSON; adds `Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế` TITLE",
    "bx09-p04": "first run of set bx: misses `Lộc` PERSON",
    "by01-p04": "first run of set by: misses `Phàn Văn Lùng` PERSON",
    "by02-p03": "first run of set by: misses `Trưởng bản` TITLE; adds `Trưởng bản Huổi Lóng` TITLE",
    "by02-p04": "first run of set by: misses `Phó Chủ tịch UBND xã` TITLE; adds `Phó Chủ tịch UBND xã Mường Phăng` TITLE",
    "by02-p05": "first run of set by: misses `Giám đốc Hợp tác xã Nông lâm nghiệp Hoàng Gia` TITLE; adds `Giám đốc Hợp tác xã Nông lâm` TITLE, `Hoàng Gia` PERSON",
    "by03-p02": "first run of set by: misses `Chủ tịch HĐND xã` TITLE; adds `Chủ tịch HĐND xã Ea Kiết` TITLE",
    "by04-p04": "first run of set by: misses `Chủ tịch Hội Liên hiệp Phụ nữ xã` TITLE; adds `Chủ tịch Hội Liên hiệp Phụ nữ xã Yên Thành` TITLE",
    "by04-p05": "first run of set by: misses `Chủ tịch Ủy ban MTTQ Việt Nam xã` TITLE; adds `Chủ tịch Ủy ban MTTQ Việt Nam xã Yên Thành` TITLE",
    "by05-p04": "first run of set by: misses `Trưởng thôn` TITLE; adds `Trưởng thôn Sin Câu` TITLE",
    "by06-p03": "first run of set by: misses `Giám đốc Hợp tác xã Dịch vụ nông nghiệp Thành Công` TITLE; adds `Giám đốc Hợp tác xã Dịch vụ` TITLE",
    "by08-p03": "first run of set by: misses `Trưởng ấp` TITLE; adds `Trưởng ấp Nội Ninh` TITLE",
    "by08-p04": "first run of set by: misses `Giám đốc hợp tác xã` TITLE; adds `Giám đốc` TITLE",
    "by09-p04": "first run of set by: misses `Trưởng thôn` TITLE, `Trưởng Công an xã` TITLE; adds `Trưởng thôn Nặm Ngặt` TITLE, `Trưởng Công an xã Thanh Thủy` TITLE",
    "by10-p04": "first run of set by: misses `Bí thư Đảng ủy xã` TITLE; adds `Bí thư Đảng ủy xã Hướng Phùng` TITLE",
    "bz01-p01": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz01-p02": "first run of set bz: misses `Chủ tịch Ủy ban bầu cử tỉnh` TITLE; adds `đại biểu Quốc hội` TITLE, `đại biểu HĐND tỉnh` TITLE, `Chủ tịch Ủy ban` TITLE",
    "bz01-p03": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz02-p01": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz02-p02": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz02-p03": "first run of set bz: misses `1979` DATE, `Bí thư Đoàn xã` TITLE; adds `Trung` PERSON, `Bí thư Đoàn xã Lũng Cú` TITLE",
    "bz03-p02": "first run of set bz: misses `Phó Chủ tịch Thường trực Ủy ban bầu cử Thành phố` TITLE, `15/3` DATE; adds `đại biểu Quốc hội` TITLE, `đại biểu HĐND Thành phố` TITLE, `Phó Chủ tịch Thường trực Ủy ban` TITLE",
    "bz03-p04": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz05-p03": "first run of set bz: misses `Phó Chủ tịch Ủy ban bầu cử tỉnh` TITLE; adds `đại biểu Quốc hội` TITLE, `đại biểu HĐND tỉnh` TITLE, `Phó Chủ tịch Ủy ban` TITLE",
    "bz06-p01": "first run of set bz: adds `đại biểu HĐND tỉnh` TITLE",
    "bz06-p02": "first run of set bz: adds `đại biểu Quốc hội` TITLE, `đại biểu HĐND tỉnh` TITLE",
    "bz06-p03": "first run of set bz: misses `Chủ tịch Hội Liên hiệp Phụ nữ xã` TITLE; adds `đại biểu Quốc hội` TITLE, `đại biểu HĐND tỉnh` TITLE, `đại biểu HĐND tỉnh` TITLE, `Chủ tịch Hội Liên hiệp Phụ nữ xã Đồng Đăng` TITLE",
    "bz07-p04": "first run of set bz: misses `Tổ trưởng Tổ bầu cử số 3` TITLE; adds `đại biểu HĐND tỉnh` TITLE",
    "bz08-p01": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz08-p02": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz08-p04": "first run of set bz: misses `Chủ tịch Ủy ban bầu cử thành phố` TITLE; adds `Chủ tịch Ủy ban` TITLE, `đại biểu HĐND thành phố` TITLE",
    "bz09-p03": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bz09-p04": "first run of set bz: adds `đại biểu Quốc hội` TITLE",
    "bw06-p03": "first run of set bw: misses `Phó Giám đốc Sở Giáo dục và Đào tạo` TITLE, `Chủ tịch UBND xã` TITLE; adds `Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh` TITLE, `Chủ tịch UBND xã Quảng Sơn` TITLE",
    "bw09-p05": "first run of set bw: adds `Pinpeat` PERSON",
    "bw10-p02": "first run of set bw: misses `Quảng Ninh` PROVINCE; adds `Lâm Yên Tử` PERSON",
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
