"""Self-contained HTML views of entities: one page, inline CSS, no scripts, nothing fetched.

Pages open offline and can be mailed or attached to a report as a single file. Every
highlighted span is `<span class="ent ent-LABEL" data-label data-start data-end>` over exactly
`text[start:end]`; hovering shows label, score, source and normalized value (CSS tooltip and
`title`). A page of `Doc`s also shows each document's people above its text (name, mentions,
titles, provinces), and hovering a person shows its titles and provinces. Everything from the
data is escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from vnner.corpus import Record
from vnner.doc import Doc, Person
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
.people { border-collapse: collapse; font-size: 14px; line-height: 1.4; margin: 4px 0 8px; }
.people th, .people td { border: 1px solid #ddd; padding: 2px 8px; text-align: left; vertical-align: top; }
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


def _texts(entities: Iterable[Entity]) -> str:
    return "; ".join(dict.fromkeys(e.text for e in entities))


def _tip(entity: Entity, person: Person | None = None) -> str:
    tip = f"{entity.label} · score {entity.score:.2f} · {entity.source}"
    if entity.value is not None:
        tip += "\nvalue: " + json.dumps(entity.value, ensure_ascii=False, default=str)
    if person is not None:
        tip += f"\nperson: {person.name}"
        tip += f"\ntitles: {_texts(person.titles)}" if person.titles else ""
        tip += f"\nprovinces: {_texts(person.provinces)}" if person.provinces else ""
    return tip


def _span(entity: Entity, error: str | None, person: Person | None = None) -> str:
    label, tip = entity.label, escape(_tip(entity, person))
    classes = f"ent ent-{label}" + (f" err err-{error}" if error else "")
    marks = f' data-error="{error}"' if error else ""
    return (
        f'<span class="{classes}" data-label="{label}" data-start="{entity.start}" data-end="{entity.end}"'
        f'{marks} data-tip="{tip}" title="{tip}">{escape(entity.text)}</span>'
    )


def highlight(
    text: str, entities: Iterable[Entity], errors: dict[tuple, str] | None = None, people: Iterable[Person] = ()
) -> str:
    """Escaped `text` with each entity wrapped in its span; `errors` maps an entity key to FP/FN.

    Raises ValueError for overlapping spans or offsets that do not match the text, rather
    than drawing a highlight in the wrong place.
    """
    person_of = {mention.key: person for person in people for mention in person.mentions}
    parts, cursor = [], 0
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        if entity.start < cursor or text[entity.start : entity.end] != entity.text:
            raise ValueError(f"entity {list(entity.key)} ({entity.text!r}) overlaps another or misses the text")
        span = _span(entity, (errors or {}).get(entity.key), person_of.get(entity.key))
        parts += [escape(text[cursor : entity.start]), span]
        cursor = entity.end
    parts.append(escape(text[cursor:]))
    return f'<p class="text">{"".join(parts)}</p>'


def _people_table(people: Sequence[Person]) -> str:
    if not people:
        return ""
    rows = "".join(
        f"<tr><td>{escape(p.name)}</td><td>{escape(_texts(p.mentions))}</td><td>{escape(_texts(p.titles))}</td>"
        f"<td>{escape(_texts(p.provinces))}</td></tr>"
        for p in people
    )
    head = "<tr><th>person</th><th>mentions</th><th>titles</th><th>provinces</th></tr>"
    return f'<table class="people">{head}{rows}</table>\n'


def render_html(documents: Iterable[tuple[str, Doc] | tuple[str, str, list[Entity]]], title: str) -> str:
    """One page showing documents, each `(id, Doc)` (with its people) or `(id, text, entities)`."""
    sections = []
    for doc_id, *content in documents:
        doc = content[0] if len(content) == 1 else None
        text, entities, people = (doc.text, doc.ents, doc.people) if doc else (content[0], content[1], ())
        sections.append(
            f'<section class="doc" id="{escape(doc_id)}">\n<h2>{escape(doc_id)}</h2>\n{_people_table(people)}'
            f"{highlight(text, entities, people=people)}\n</section>\n"
        )
    return _page(title, "".join(sections))


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
