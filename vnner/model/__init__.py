"""PhoBERT token classifier: segmentation, encoding, training and the `Tagger` used at inference.

Importing this package is cheap; torch and transformers load only when a model is built or loaded.
"""

from vnner.model.errors import ModelError
from vnner.model.tagger import Tagger

__all__ = ["ModelError", "Tagger"]
