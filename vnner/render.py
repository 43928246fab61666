"""Self-contained HTML views of entities: one page, inline CSS, no scripts, nothing fetched.

Pages open offline and can be mailed or attached to a report as a single file. Every
highlighted span is `<span class="ent ent-LABEL" data-label data-start data-end>` over exactly
`text[start:end]`; hovering shows label, score, source and normalized value (CSS tooltip and
`title`). Everything from the data is escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from vnner.corpus import Record
from vnner.entity import LABELS, Entity

if TYPE_CHECKING:
    from vnner.evaluate import Report

COLOURS: dict[str, str] = {
    "PERSON": "#ffb000",
    "PROVINCE": "#4db8ff",
    "TITLE": "#c58cff",
    "DATE": "#5cd65c",
    "MONEY": "#ff6f91",
}

_CSS = """
body { font: 18px/1.9 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; margin: 24px; color: #222; background: #fff; }
h1 { font-size: 22px; margin: 0 0 8px; }
.legend { margin: 0 0 16px; font-size: 14px; }
.legend span { margin-right: 14px; white-space: nowrap; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
.doc { border-top: 1px solid #ddd; padding: 8px 0; }
.doc h2, .doc h3 { font-size: 13px; color: #666; margin: 0; font-weight: normal; }
.text { white-space: pre-wrap; margin: 0; }
.ent { position: relative; border-radius: 3px; }
.ent::after { content: attr(data-tip); display: none; position: absolute; left: 0; top: 100%; z-index: 1;
  background: #222; color: #fff; font-size: 12px; line-height: 1.5; padding: 2px 6px; border-radius: 3px;
  white-space: pre; }
.ent:hover::after { display: block; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.err { outline: 2px solid #d00; }
.err-FN { outline-style: dashed; }
.err::before { content: attr(data-error); color: #d00; font-size: 11px; font-weight: bold; vertical-align: super; }
.scores { font-size: 14px; color: #444; }
"""


def _css() -> str:
    return _CSS + "".join(f".ent-{label}, .swatch-{label} {{ background: {COLOURS[label]}; }}\n" for label in LABELS)


def _page(title: str, body: str) -> str:
    legend = "".join(f'<span><i class="swatch-{label}"></i>{label}</span>' for label in LABELS)
    return (
        f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
        f"<style>{_css()}</style>\n</head>\n<body>\n<h1>{escape(title)}</h1>\n"
        f'<div class="legend">{legend}</div>\n{body}</body>\n</html>\n'
    )


def _tip(entity: Entity) -> str:
    tip = f"{entity.label} · score {entity.score:.2f} · {entity.source}"
    if entity.value is not None:
        tip += "\nvalue: " + json.dumps(entity.value, ensure_ascii=False, default=str)
    return tip


def _span(entity: Entity, error: str | None) -> str:
    label, tip = entity.label, escape(_tip(entity))
    classes = f"ent ent-{label}" + (f" err err-{error}" if error else "")
    marks = f' data-error="{error}"' if error else ""
    return (
        f'<span class="{classes}" data-label="{label}" data-start="{entity.start}" data-end="{entity.end}"'
        f'{marks} data-tip="{tip}" title="{tip}">{escape(entity.text)}</span>'
    )


def highlight(text: str, entities: Iterable[Entity], errors: dict[tuple, str] | None = None) -> str:
    """Escaped `text` with each entity wrapped in its span; `errors` maps an entity key to FP/FN.

    Raises ValueError for overlapping spans or offsets that do not match the text, rather
    than drawing a highlight in the wrong place.
    """
    parts, cursor = [], 0
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        if entity.start < cursor or text[entity.start : entity.end] != entity.text:
            raise ValueError(f"entity {list(entity.key)} ({entity.text!r}) overlaps another or misses the text")
        parts += [escape(text[cursor : entity.start]), _span(entity, (errors or {}).get(entity.key))]
        cursor = entity.end
    parts.append(escape(text[cursor:]))
    return f'<p class="text">{"".join(parts)}</p>'


def render_html(documents: Iterable[tuple[str, str, list[Entity]]], title: str) -> str:
    """One page showing `(id, text, entities)` documents, e.g. the output of `vnner extract`."""
    body = "".join(
        f'<section class="doc" id="{escape(doc_id)}">\n<h2>{escape(doc_id)}</h2>\n{highlight(text, entities)}\n'
        "</section>\n"
        for doc_id, text, entities in documents
    )
    return _page(title, body)


def render_errors_html(
    gold: Sequence[Record], predicted: Sequence[Record], report: Report, title: str = "vnner errors"
) -> str:
    """Gold and predicted spans side by side for every record with a false positive or negative.

    `report` is `vnner.evaluate.score(gold, predicted)`; FN are marked in the gold column
    (dashed outline), FP in the predicted one (solid outline).
    """
    marks: dict[str, dict[tuple, str]] = {}
    for error in report.errors:
        marks.setdefault(error.record_id, {})[error.entity.key, error.kind] = error.kind
    by_id = {record.id: record for record in predicted}
    micro = report.micro
    body = (
        f'<p class="scores">micro precision {micro["precision"]:.4f} · recall {micro["recall"]:.4f} · '
        f"F1 {micro['f1']:.4f} · {len(report.errors)} errors in {len(marks)} of {report.records} records</p>\n"
    )
    for record in gold:
        if record.id not in marks:
            continue
        fn = {key: "FN" for key, kind in marks[record.id] if kind == "FN"}
        fp = {key: "FP" for key, kind in marks[record.id] if kind == "FP"}
        guess = by_id[record.id]
        counts = f"{len(fp)} FP, {len(fn)} FN"
        body += (
            f'<section class="doc" id="{escape(record.id)}">\n<h2>{escape(record.id)} · {counts}</h2>\n'
            f'<div class="cols">\n<div class="gold"><h3>gold</h3>{highlight(record.text, record.entities, fn)}</div>\n'
            f'<div class="predicted"><h3>predicted</h3>{highlight(guess.text, guess.entities, fp)}</div>\n'
            "</div>\n</section>\n"
        )
    return _page(title, body if marks else body + "<p>No errors.</p>\n")
