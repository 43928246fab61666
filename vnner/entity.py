"""The one entity record that every stage (corpus, rules, model, API, eval) speaks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LABELS: tuple[str, ...] = ("PERSON", "PROVINCE", "TITLE", "DATE", "MONEY")


@dataclass(frozen=True, slots=True)
class Entity:
    """A labelled span; `start`/`end` index the caller's original string (end exclusive)."""

    text: str
    label: str
    start: int
    end: int
    score: float = 1.0
    source: str = "gold"
    value: Any = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"unknown label {self.label!r}; expected one of {', '.join(LABELS)}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad offsets [{self.start}, {self.end}) for {self.text!r}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not fit offsets [{self.start}, {self.end})")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score {self.score} is outside 0..1")

    @property
    def key(self) -> tuple[int, int, str]:
        """What strict evaluation compares: exact offsets and label."""
        return (self.start, self.end, self.label)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["value"] is None:
            del data["value"]
        return data

    def to_hf(self) -> dict[str, Any]:
        """The dict of a Hugging Face `pipeline("ner", aggregation_strategy="simple")` result:
        `entity_group`, `score`, `word`, `start`, `end` (the label is vnner's, `PERSON` ...)."""
        return {"entity_group": self.label, "score": self.score, "word": self.text, "start": self.start,
                "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            text=data["text"],
            label=data["label"],
            start=int(data["start"]),
            end=int(data["end"]),
            score=float(data.get("score", 1.0)),
            source=data.get("source", "gold"),
            value=data.get("value"),
        )

    @classmethod
    def from_span(cls, text: str, start: int, end: int, label: str, **kwargs: Any) -> Entity:
        """Builds an entity from offsets into `text`, copying the covered characters."""
        return cls(text=text[start:end], label=label, start=start, end=end, **kwargs)
