"""HTML views: markup checks in pure Python, then a real headless Chromium reading and painting the page."""

import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser

import pytest
from conftest import chromium_binary

from vnner.corpus import Record
from vnner.entity import Entity
from vnner.evaluate import score
from vnner.render import COLOURS, render_errors_html, render_html

NASTY = "Ông <b>Lê \"A\" & B</b> đến Quảng Ninh '<script>alert(1)</script>' ngày 2/4.\nDòng hai: Hà Nội."


def spans_of(text, *pairs):
    """Entities for each (surface, label), found left to right in `text`."""
    found, cursor = [], 0
    for surface, label in pairs:
        start = text.index(surface, cursor)
        found.append(Entity.from_span(text, start, start + len(surface), label, score=0.5, value={"k": "<&>"}))
        cursor = start + len(surface)
    return found


NASTY_ENTITIES = spans_of(
    NASTY, ('Lê "A" & B', "PERSON"), ("Quảng Ninh", "PROVINCE"), ("2/4", "DATE"), ("Hà Nội", "PROVINCE")
)


class Markup(HTMLParser):
    """Text content of every `p.text` and each `.ent` span's attributes, offset and text within it."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.texts, self.spans, self.tags, self._open, self._in_text = [], [], Counter(), None, False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] += 1
        classes = (attrs.get("class") or "").split()
        if tag == "p" and "text" in classes:
            self.texts.append("")
            self._in_text = True
        elif tag == "span" and "ent" in classes:
            self._open = (attrs, len(self.texts[-1]))

    def handle_endtag(self, tag):
        if tag == "span" and self._open:
            attrs, offset = self._open
            self.spans.append((attrs, offset, self.texts[-1][offset:]))
            self._open = None
        elif tag == "p":
            self._in_text = False

    def handle_data(self, data):
        if self._in_text:
            self.texts[-1] += data


def check_spans(markup, text, entities):
    assert markup.texts == [text]  # the paragraph reads exactly as the original text
    assert len(markup.spans) == len(entities)
    for (attrs, offset, inner), entity in zip(markup.spans, entities):
        assert attrs["class"].split()[:2] == ["ent", f"ent-{entity.label}"]
        assert (attrs["data-label"], int(attrs["data-start"]), int(attrs["data-end"])) == (
            entity.label,
            entity.start,
            entity.end,
        )
        assert offset == entity.start and inner == entity.text
        assert attrs["title"].startswith(f"{entity.label} · score 0.50") and 'value: {"k": "<&>"}' in attrs["title"]


def test_every_entity_is_one_span_at_its_exact_offsets_and_everything_is_escaped():
    page = render_html([("doc-<1>", NASTY, NASTY_ENTITIES)], title="A & <B>")
    markup = Markup(page)
    check_spans(markup, NASTY, NASTY_ENTITIES)
    assert markup.tags["script"] == 0 and markup.tags["b"] == 0
    assert "<title>A &amp; &lt;B&gt;</title>" in page and "doc-&lt;1&gt;" in page
    assert "<link" not in page and "src=" not in page and "http" not in page  # self-contained
    for label, colour in COLOURS.items():
        assert f"ent-{label}" in page and colour in page  # legend and label colours


def test_bad_offsets_are_refused_not_drawn_in_the_wrong_place():
    shifted = Entity(text="Quảng Ninh", label="PROVINCE", start=0, end=10)
    with pytest.raises(ValueError, match="misses the text"):
        render_html([("d", NASTY, [shifted])], "t")


def test_errors_page_shows_gold_and_predicted_with_fp_and_fn_marked():
    gold = [Record("r1", NASTY, NASTY_ENTITIES), Record("r2", "Hà Nội.", spans_of("Hà Nội.", ("Hà Nội", "PROVINCE")))]
    wrong = spans_of(NASTY, ('Lê "A"', "PERSON"), ("Quảng Ninh", "PROVINCE"), ("2/4", "DATE"), ("Hà Nội", "PROVINCE"))
    predicted = [Record("r1", NASTY, wrong), gold[1]]
    page = render_errors_html(gold, predicted, score(gold, predicted))
    markup = Markup(page)
    assert markup.texts == [NASTY, NASTY]  # only r1 has errors: gold column, then predicted column
    marked = [(a["data-error"], inner) for a, _, inner in markup.spans if "data-error" in a]
    assert marked == [("FN", 'Lê "A" & B'), ("FP", 'Lê "A"')]
    assert page.index('class="gold"') < page.index('err-FN"') < page.index('class="predicted"') < page.index('err-FP"')


# --- a real browser -------------------------------------------------------------------------


def run_chromium(binary, tmp_path, *args):
    flags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
    flags += " --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1"
    command = [binary, *flags.split(), f"--user-data-dir={tmp_path / 'profile'}", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def read_png(path):
    """Rows of (r, g, b) pixels from an 8-bit, non-interlaced RGB(A) PNG: all Chromium writes."""
    data, pos, idat = path.read_bytes(), 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk, pos = data[pos + 8 : pos + 8 + length], pos + 12 + length
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
    assert depth == 8 and colour_type in (2, 6) and interlace == 0
    step = 3 if colour_type == 2 else 4
    raw, stride, previous, rows = zlib.decompress(idat), width * step, bytearray(width * step), []
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left, up = line[i - step] if i >= step else 0, previous[i]
            upleft = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else upleft)) & 255
        rows.append(list(zip(line[0::step], line[1::step], line[2::step])))
        previous = line
    return rows


def colour_per_row(histograms, hex_colour):
    """Pixels per row within 2 levels per channel of `hex_colour`, from per-row colour counts."""
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    near = [{c for c in counts if all(abs(a - b) <= 2 for a, b in zip(c, target))} for counts in histograms]
    return [sum(counts[c] for c in colours) for counts, colours in zip(histograms, near)]


def test_chromium_parses_the_spans_and_paints_each_entity_in_its_label_colour(tmp_path):
    binary = chromium_binary()
    text = "Quảng Ninh, Đà Nẵng và Thành phố Hồ Chí Minh đón ông Nguyễn Văn An."
    entities = spans_of(
        text,
        ("Quảng Ninh", "PROVINCE"),
        ("Đà Nẵng", "PROVINCE"),
        ("Hồ Chí Minh", "PROVINCE"),
        ("Nguyễn Văn An", "PERSON"),
    )
    page = tmp_path / "page.html"
    page.write_text(render_html([("d1", NASTY, NASTY_ENTITIES), ("d2", text, entities)], "vnner"), encoding="utf-8")

    dom = Markup(run_chromium(binary, tmp_path, "--dump-dom", page.as_uri()))
    assert dom.tags["script"] == 0 and dom.texts == [NASTY, text]
    assert [(a["data-label"], inner) for a, _, inner in dom.spans] == [
        (e.label, e.text) for e in NASTY_ENTITIES + entities
    ]

    shot = tmp_path / "page.png"
    run_chromium(binary, tmp_path, f"--screenshot={shot}", "--window-size=900,500", page.as_uri())
    rows = [Counter(row) for row in read_png(shot)]
    province, person = colour_per_row(rows, COLOURS["PROVINCE"]), colour_per_row(rows, COLOURS["PERSON"])
    money, title = colour_per_row(rows, COLOURS["MONEY"]), colour_per_row(rows, COLOURS["TITLE"])
    # The legend paints a 12 px swatch per label; an entity's box is a run of rows far wider than that.
    assert 0 < max(money) <= 14 and 0 < max(title) <= 14, "legend swatches are painted, no MONEY/TITLE entity"
    assert sum(count > 60 for count in province) >= 12, "PROVINCE boxes painted in the PROVINCE colour"
    assert sum(count > 60 for count in person) >= 12, "PERSON boxes painted in the PERSON colour"
    assert sum(province) > 10 * sum(money)
