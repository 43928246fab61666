"""PhoBERT token classifier: segmentation, encoding, training and the `Tagger` used at inference.

Importing this package is cheap; torch and transformers load only when a model is built or loaded.
"""

from pathlib import Path

from vnner.model.errors import ModelError
from vnner.model.tagger import Tagger

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "default_model"
"""The offline model shipped inside the package (configs/phobert-tiny.yaml, trained on all documents)."""

__all__ = ["DEFAULT_MODEL", "ModelError", "Tagger"]
