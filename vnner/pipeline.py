"""`parse` and `extract`: text in, a `Doc` (or its entities) with offsets into that same text out.

A `Pipeline` is built once from a rules config (`configs/rules.yaml` by default): its
components, made by registered factories, run in order on a `Doc`; the spans they add are
mapped back to the caller's string once, at the end, and the overlaps resolved. A token
classifier runs too when one is given or embedded, and `vnner.hybrid.merge` combines both.
Pipelines and loaded models are cached per process, so a worker that calls `extract` many
times builds them once. Build another pipeline from another config to use it side by side.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, overload

from vnner.config import ConfigError, RulesConfig, build_settings, load_rules_config
from vnner.doc import Doc
from vnner.entity import Entity
from vnner.rules import FACTORIES, Component, load_builtin_factories
from vnner.rules.resolve import resolve_overlaps

if TYPE_CHECKING:
    from vnner.model import Tagger

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "default_model"
PIECE_CHARS = 20_000  # longer texts are processed piece by piece
EARLIER_NAMES = 256  # names of a document's earlier records a record sees: time stays linear in its length
PIECE_MARGIN = 500  # context each piece sees beyond the part it owns; far longer than an entity
_load_lock = threading.Lock()


class Pipeline:
    """The rule components of one config, built once; call `parse` or `extract` on it."""

    def __init__(self, config: RulesConfig):
        load_builtin_factories()
        self.config = config
        self.components = [(name, self._build(name)) for name in config.pipeline]
        self.linkers = [(name, self._build(name)) for name in config.linkers]

    def _build(self, name: str) -> Component:
        """The component of block `components.<name>`, made by the factory the block names."""
        config, block = self.config, dict(self.config.components[name])
        factory_name = block.pop("factory", None)
        if factory_name not in FACTORIES:
            raise ConfigError(
                f"{config.path}: components.{name}.factory: unknown factory {factory_name!r}; "
                f"known: {', '.join(sorted(FACTORIES))}"
            )
        factory = FACTORIES[factory_name]
        return factory.make(build_settings(factory.settings, block, config.path, key=f"components.{name}"))

    @classmethod
    def from_config(cls, path: str | Path | None = None) -> Pipeline:
        """The pipeline of a rules config file (None: the packaged `configs/rules.yaml`), built once
        per file and process."""
        return _pipeline_of(None if path is None else str(Path(path).resolve()))

    def rules(
        self, text: str, document_date: dt.date | None = None, earlier_names: Sequence[str] = ()
    ) -> list[Entity]:
        """Entities the rule components alone find in `text` (one piece), sorted and non-overlapping;
        `earlier_names`: the PERSONs earlier records of the same document hold."""
        doc = Doc(text, tone_style=self.config.tone_style, document_date=document_date, earlier_names=earlier_names)
        for _, component in self.components:
            component(doc)
        return resolve_overlaps(map(doc.entity, doc.spans), self.config.label_priority)

    def run_component(
        self,
        name: str,
        text: str,
        *,
        found: Iterable[Entity] = (),
        before: Sequence[str] = (),
        document_date: dt.date | None = None,
    ) -> list[Entity]:
        """What component `name` alone adds to a `Doc` of `text`, as entities: for tests and for
        tuning one component. `found` (offsets into `text`) and the components `before` run first."""
        components = dict(self.components)
        doc = Doc(text, tone_style=self.config.tone_style, document_date=document_date)
        for entity in found:
            span = doc.view.from_original(entity.start, entity.end)
            if span is None:
                raise ValueError(f"{entity.text!r} at {entity.start} does not start and end on characters of the text")
            doc.add(*span, entity.label, score=entity.score, source=entity.source, value=entity.value)
        for earlier in before:
            components[earlier](doc)
        already = len(doc.spans)
        components[name](doc)
        return [doc.entity(span) for span in doc.spans[already:]]

    def people_across(self, docs: list[Doc]) -> list[dict[int, str]]:
        """Person keys shared across several `Doc`s of one document (records of one article)."""
        from vnner.rules.people import PeopleLinker

        linker = next((linker for _, linker in self.linkers if isinstance(linker, PeopleLinker)), None)
        if linker is None:
            return [{i: e.text for i, e in enumerate(d.ents) if e.label == "PERSON"} for d in docs]
        return linker.across(docs)

    def parse(
        self,
        text: str,
        *,
        model: str | Path | Tagger | None = "default",
        document_date: dt.date | None = None,
        quantize: bool = False,
    ) -> Doc:
        """A `Doc` of `text` whose `ents` are what `extract` returns, with its roles and people."""
        if not isinstance(text, str):
            raise TypeError(f"parse expects a str, got {type(text).__name__}")
        return self.parse_all([text], model=model, document_date=document_date, quantize=quantize)[0]

    def parse_all(
        self,
        texts: Sequence[str],
        *,
        model: str | Path | Tagger | None = "default",
        document_date: dt.date | None = None,
        quantize: bool = False,
        earlier_names: Sequence[str] = (),
    ) -> list[Doc]:
        """`parse` for many texts at once, so that a model sees them as one batch. `earlier_names`: PERSON
        names of the same document met before these texts (see `parse_document`)."""
        texts, document_date = _checked_texts(texts), _checked_date(document_date)
        docs = []
        for text, ents in zip(texts, self._entities(texts, model, document_date, quantize, tuple(earlier_names))):
            doc = Doc(text, tone_style=self.config.tone_style, document_date=document_date)
            doc.ents = tuple(ents)
            for _, linker in self.linkers:
                linker(doc)
            docs.append(doc)
        return docs

    def parse_document(
        self,
        texts: Sequence[str],
        *,
        model: str | Path | Tagger | None = "default",
        document_date: dt.date | None = None,
        quantize: bool = False,
    ) -> list[Doc]:
        """The records of one document (the paragraphs, captions and byline of one article), in order:
        `parse` each, and a person named in full in one record is found again by the given name alone
        in a later one (`Khải đã nhận` after `Nguyễn Văn Khải`)."""
        docs: list[Doc] = []
        names: dict[str, None] = {}
        options = {"model": model, "document_date": document_date, "quantize": quantize}
        for text in _checked_texts(texts):
            docs.extend(self.parse_all([text], **options, earlier_names=tuple(names)[-EARLIER_NAMES:]))
            for name in (e.text for e in docs[-1].ents if e.label == "PERSON"):
                names.pop(name, None)
                names[name] = None  # the most recent last: a long document keeps the latest names only
        return docs

    def extract(
        self,
        text: str | Sequence[str],
        *,
        model: str | Path | Tagger | None = "default",
        document_date: dt.date | None = None,
        quantize: bool = False,
    ) -> list[Entity] | list[list[Entity]]:
        single = isinstance(text, str)
        texts = [text] if single else _checked_texts(text)
        results = self._entities(texts, model, _checked_date(document_date), quantize)
        return results[0] if single else results

    def _entities(
        self, texts: list[str], model, document_date: dt.date | None, quantize: bool, earlier_names: tuple = ()
    ) -> list[list[Entity]]:
        tagger = load_tagger(model, quantize)
        pieces = [(index, piece) for index, t in enumerate(texts) for piece in _pieces(t)]
        piece_texts = [texts[index][piece.start : piece.end] for index, piece in pieces]
        found = [self.rules(piece_text, document_date, earlier_names) for piece_text in piece_texts]
        if tagger is not None:
            from vnner.hybrid import merge

            predicted = tagger.predict(piece_texts)
            hybrid = self.config.hybrid
            found = [
                merge(model_found, rule_found, hybrid)
                for model_found, rule_found in zip(predicted, found)
            ]
        results: list[list[Entity]] = [[] for _ in texts]
        for (index, piece), entities in zip(pieces, found):
            owned = (e for e in _shifted(entities, piece.start) if piece.core_start <= e.start < piece.core_end)
            results[index].extend(owned)
        if len(pieces) > len(texts):  # a seam may still leave two readings of one long span
            results = [resolve_overlaps(entities, self.config.label_priority) for entities in results]
        return results


@cache
def _pipeline_of(path: str | None) -> Pipeline:
    return Pipeline(load_rules_config(path))


def default_pipeline() -> Pipeline:
    """The pipeline of the packaged `configs/rules.yaml`, built once per process."""
    return Pipeline.from_config()


def extract_rules(text: str, document_date: dt.date | None = None) -> list[Entity]:
    """Entities the default rule components alone find in `text`, sorted and non-overlapping."""
    return default_pipeline().rules(text, document_date)


@cache
def _cached_tagger(name: str, quantize: bool) -> Tagger:
    from vnner.model import Tagger

    tagger = Tagger.from_pretrained(name)
    # Dynamic int8 weights for the Linear layers: the bulk of a transformer's CPU time.
    return tagger.quantized() if quantize else tagger


def load_tagger(model: str | Path | Tagger | None = "default", quantize: bool = False) -> Tagger | None:
    """The tagger `extract` would use: None for rules only, the embedded default for "default"."""
    if model is None or (model == "default" and not DEFAULT_MODEL_DIR.is_dir()):
        return None
    if not isinstance(model, str | Path):
        return model
    name = str(DEFAULT_MODEL_DIR if model == "default" else model)
    with _load_lock:  # threads that start together load the model once
        return _cached_tagger(name, quantize)


def parse(
    text: str,
    *,
    model: str | Path | Tagger | None = "default",
    document_date: dt.date | None = None,
    quantize: bool = False,
) -> Doc:
    """A `Doc` of `text` from the default pipeline: `.ents` (what `extract` returns), `.roles`,
    `.people`, `.to_dict()`. Arguments as for `extract`."""
    return default_pipeline().parse(text, model=model, document_date=document_date, quantize=quantize)


@overload
def extract(text: str, **kwargs) -> list[Entity]: ...
@overload
def extract(text: Sequence[str], **kwargs) -> list[list[Entity]]: ...


def extract(
    text: str | Sequence[str],
    *,
    model: str | Path | Tagger | None = "default",
    document_date: dt.date | None = None,
    quantize: bool = False,
) -> list[Entity] | list[list[Entity]]:
    """Finds PERSON, PROVINCE, TITLE, DATE and MONEY entities.

    `text` is one string (returns its entities) or a list of strings (returns one list per
    string). `model` is "default" (the embedded model, or rules only where none ships), None
    (rules only), a model directory, a hub id, or a loaded `vnner.model.Tagger`.
    `document_date` resolves day-month dates without a year. Every entity satisfies
    `text[entity.start:entity.end] == entity.text`.
    """
    return default_pipeline().extract(text, model=model, document_date=document_date, quantize=quantize)


def _checked_date(document_date: dt.date | None) -> dt.date | None:
    if document_date is not None and not isinstance(document_date, dt.date):
        raise TypeError(f"document_date must be a datetime.date, got {type(document_date).__name__}")
    return document_date.date() if isinstance(document_date, dt.datetime) else document_date


@dataclass(frozen=True)
class _Piece:
    """A slice [start, end) of a long text; it owns the entities that start in its core."""

    start: int
    end: int
    core_start: int
    core_end: int


def _pieces(text: str, limit: int = PIECE_CHARS, margin: int = PIECE_MARGIN) -> list[_Piece]:
    """Cuts a long text into overlapping pieces, so memory stays bounded for any length.

    Cores partition the text at line breaks where possible, else sentence ends, else
    spaces. Each piece reaches `margin` characters beyond its core on both sides, so an
    entity that starts in a core lies whole inside its piece, with its context.
    """
    cores, start = [], 0
    while len(text) - start > limit:
        window = text[start + limit // 2 : start + limit]
        cut = next((i for i in (window.rfind("\n"), window.rfind(". "), window.rfind(" ")) if i >= 0), -1)
        end = start + limit // 2 + cut + 1 if cut >= 0 else start + limit
        cores.append((start, end))
        start = end
    cores.append((start, len(text)))
    return [
        _Piece(_space_before(text, core_start - margin), _space_after(text, core_end + margin), core_start, core_end)
        for core_start, core_end in cores
    ]


def _space_before(text: str, position: int, reach: int = PIECE_MARGIN) -> int:
    """The start of the word at `position`, looking back at most `reach` characters."""
    if position <= 0:
        return 0
    found = text.rfind(" ", max(0, position - reach), position)
    return position if found < 0 else found + 1


def _space_after(text: str, position: int, reach: int = PIECE_MARGIN) -> int:
    """The end of the word at `position`, looking ahead at most `reach` characters."""
    if position >= len(text):
        return len(text)
    found = text.find(" ", position, position + reach)
    return position if found < 0 else found


def _shifted(entities: list[Entity], offset: int) -> list[Entity]:
    if not offset:
        return entities
    return [dataclasses.replace(e, start=e.start + offset, end=e.end + offset) for e in entities]


def _checked_texts(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, bytes | bytearray) or not isinstance(texts, Sequence):
        raise TypeError(f"extract expects a str or a list of str, got {type(texts).__name__}")
    for index, item in enumerate(texts):
        if not isinstance(item, str):
            raise TypeError(f"extract expects a str or a list of str; item {index} is {type(item).__name__}")
    return list(texts)
