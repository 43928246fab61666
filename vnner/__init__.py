"""vnner: named-entity recognition for Vietnamese official news."""

from vnner.entity import LABELS, Entity
from vnner.pipeline import extract

__all__ = ["LABELS", "Entity", "extract"]
__version__ = "0.1.0"
