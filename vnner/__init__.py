"""vnner: named-entity recognition for Vietnamese official news."""

from vnner.doc import Doc
from vnner.entity import LABELS, Entity
from vnner.names import name_key
from vnner.pipeline import Pipeline, extract, parse

__all__ = ["LABELS", "Doc", "Entity", "Pipeline", "extract", "name_key", "parse"]
__version__ = "0.1.0"
