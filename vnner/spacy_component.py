"""vnner as a spaCy pipeline component (extra `vnner[spacy]`): `nlp = spacy.blank("vi");
nlp.add_pipe("vnner")`. Registered through spaCy's `spacy_factories` entry point, so
`spacy.load` of a saved pipeline finds it too.

`doc.ents` then holds every vnner entity with its exact `start_char`/`end_char` and label: where an
entity edge falls inside a token (spaCy's Vietnamese tokenizer joins syllables into words), the
token is split there first, so no entity is dropped or moved. Each entity span carries
`span._.value`, `span._.score` and `span._.source`; `doc._.roles` holds `(person, title,
province_or_None)` span triples and `doc._.people` one dict per person (`name`, `key`,
`mentions`, `titles`, `provinces`, all spans but the strings). vnner owns the document's
entities: `doc.ents` is set, not merged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from vnner.pipeline import default_pipeline

for _name in ("value", "score", "source"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("roles", "people"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class VnnerComponent:
    """Runs `vnner.parse` on the doc's text and writes its entities, roles and people."""

    def __init__(self, name: str, model: str | None, document_date: str | None, quantize: bool):
        self.name, self.model, self.quantize = name, model, quantize
        self.document_date = dt.date.fromisoformat(document_date) if document_date else None

    def __call__(self, doc: Doc) -> Doc:
        parsed = default_pipeline().parse(
            doc.text, model=self.model, document_date=self.document_date, quantize=self.quantize
        )
        _split_at(doc, {edge for e in parsed.ents for edge in (e.start, e.end)})
        spans = {}
        for entity in parsed.ents:
            span = doc.char_span(entity.start, entity.end, label=entity.label)
            span._.value, span._.score, span._.source = entity.value, entity.score, entity.source
            spans[entity.key] = span
        doc.ents = list(spans.values())
        doc._.roles = [
            (spans[r.person.key], spans[r.title.key], spans[r.province.key] if r.province else None)
            for r in parsed.roles
        ]
        doc._.people = [
            {
                "name": p.name, "key": p.key, "mentions": [spans[m.key] for m in p.mentions],
                "titles": [spans[t.key] for t in p.titles], "provinces": [spans[v.key] for v in p.provinces],
            }
            for p in parsed.people
        ]
        return doc


def _split_at(doc: Doc, edges: set[int]) -> None:
    """Splits every token that an offset of `edges` falls strictly inside, at those offsets."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            cuts = sorted(e - token.idx for e in edges if token.idx < e < token.idx + len(token.text))
            if cuts:
                bounds = [0, *cuts, len(token.text)]
                orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
                retokenizer.split(token, orths, heads=[(token, i) for i in range(len(orths))])


@Language.factory(
    "vnner",
    default_config={"model": "default", "document_date": None, "quantize": False},
)
def make_vnner(nlp: Language, name: str, model: str | None, document_date: str | None, quantize: bool) -> Any:
    """`model`: as for `vnner.extract` ("default", null for rules only, a directory or hub id);
    `document_date`: `YYYY-MM-DD`, for dates without a year."""
    return VnnerComponent(name, model, document_date, quantize)
