"""The one error the model layer raises, and the check that the model extra is installed."""

from __future__ import annotations

import importlib.util

MODEL_EXTRA = "pip install 'vnner[model]'"
_TRAINING = ("torch", "transformers", "datasets", "accelerate", "pyvi")
_INFERENCE = ("torch", "transformers", "pyvi")


class ModelError(RuntimeError):
    """A model directory or hub id that cannot serve as a vnner tagger; the message is one line."""


def require_model_extra(what: str, training: bool = False) -> None:
    """Raises a one-line ModelError naming the extra when a model package is missing.

    The light install runs the embedded rule default, `eval` and the corpus tools; only the
    PhoBERT tagger needs torch, transformers, pyvi (and, to train, datasets and accelerate).
    """
    missing = [name for name in (_TRAINING if training else _INFERENCE) if importlib.util.find_spec(name) is None]
    if missing:
        raise ModelError(f"{what} needs {', '.join(missing)}, which come with the model extra: {MODEL_EXTRA}")
