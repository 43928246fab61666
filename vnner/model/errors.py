"""The one error the model layer raises for a bad or missing model directory."""


class ModelError(RuntimeError):
    """A model directory or hub id that cannot serve as a vnner tagger; the message is one line."""
