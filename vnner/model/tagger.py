"""Inference: texts in, model entities with offsets into each original text out."""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from vnner.bio import tags_to_spans
from vnner.entity import Entity
from vnner.model import checkpoint
from vnner.model.encode import Chunk, Encoder, expand
from vnner.model.errors import ModelError
from vnner.model.segment import get_segmenter
from vnner.model.windows import make_windows, owners
from vnner.tokens import tokenize

STAGES = ("segmentation", "tokenization", "forward", "postprocessing")


def no_timer(stage: str) -> AbstractContextManager:
    return nullcontext()


class Tagger:
    """A loaded vnner token classifier; load once per process, call `predict` many times.

    `timer` is a hook for profilers: `predict` calls `timer(stage)` with each name in `STAGES` and runs
    that stage inside the context manager it returns ("forward", model plus padding and softmax, once
    per batch; the others once per call). The default does nothing; a new Tagger starts with it.
    """

    def __init__(
        self, model, tokenizer, meta: dict, path: Path | None = None, batch_size: int = 64, max_tokens: int = 1024
    ):
        self.model, self.tokenizer, self.meta, self.path = model, tokenizer, meta, path
        self.labels: list[str] = list(meta["labels"])
        self.batch_size, self.max_tokens = batch_size, max_tokens
        try:
            segmenter = get_segmenter(meta["segmenter"])
        except (ValueError, ImportError) as error:
            raise ModelError(f"{path}: {error}") from None
        self.encoder = Encoder(tokenizer, segmenter, meta["tone_style"], meta["max_length"], meta["overlap"])
        self.timer: Callable[[str], AbstractContextManager] = no_timer

    @classmethod
    def from_pretrained(cls, path_or_hub_id: str | Path, **kwargs) -> Tagger:
        model, tokenizer, meta, directory = checkpoint.load(path_or_hub_id)
        return cls(model, tokenizer, meta, directory, **kwargs)

    def quantized(self) -> Tagger:
        """A new Tagger whose Linear layers have dynamic int8 weights: the bulk of a transformer's CPU time.

        The model is copied; this tagger is unchanged. torch.ao marks `quantize_dynamic` deprecated in
        favour of torchao; it works on the torch vnner pins, so its warnings are silenced here.
        """
        import torch

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", category=DeprecationWarning)
            warnings.simplefilter("ignore", category=UserWarning)
            model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear}, dtype=torch.qint8)
        return Tagger(
            model, self.tokenizer, self.meta, self.path, batch_size=self.batch_size, max_tokens=self.max_tokens
        )

    def predict(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Entities per text, `source="model"`, score = mean probability of the span's word tags."""
        import torch

        texts = list(texts)
        tokens = [tokenize(text) for text in texts]
        with self.timer("segmentation"):
            groups = self.encoder.words(tokens)
        with self.timer("tokenization"):
            chunks = [c for i, (t, g) in enumerate(zip(tokens, groups)) for c in self.encoder.chunks(i, t, g)]
        probabilities: dict[tuple[int, int], list] = {}
        with torch.inference_mode():
            for batch in self._batches(chunks):
                with self.timer("forward"):
                    scores = self._forward(batch)
                for row, chunk in enumerate(batch):
                    probabilities[chunk.text_index, chunk.window] = scores[row, chunk.word_positions].tolist()
        with self.timer("postprocessing"):
            return [self._entities(i, texts[i], tokens[i], groups[i], probabilities) for i in range(len(texts))]

    def _batches(self, chunks: list[Chunk]) -> list[list[Chunk]]:
        """Length-sorted batches of at most `batch_size` inputs and `max_tokens` padded tokens.

        Similar lengths keep padding low; the token cap lets short inputs share big batches
        while long ones go in small batches, so each matmul stays large and mostly real work.
        """
        batches: list[list[Chunk]] = []
        for chunk in sorted(chunks, key=lambda c: len(c.input_ids)):
            current = batches[-1] if batches else None
            fits = current is not None and len(current) < self.batch_size
            if fits and (len(current) + 1) * len(chunk.input_ids) <= self.max_tokens:
                current.append(chunk)
            else:
                batches.append([chunk])
        return batches

    def _forward(self, batch: Sequence[Chunk]):
        """Softmax over tags for a length-sorted batch padded to its own longest input."""
        import torch

        width = max(len(c.input_ids) for c in batch)
        pad = self.tokenizer.pad_token_id
        device = getattr(self.model, "device", None)  # a user may move the model to a GPU
        ids = torch.tensor([c.input_ids + [pad] * (width - len(c.input_ids)) for c in batch], device=device)
        mask = torch.tensor([[1] * len(c.input_ids) + [0] * (width - len(c.input_ids)) for c in batch], device=device)
        return self.model(input_ids=ids, attention_mask=mask).logits.float().softmax(-1).cpu()

    def _entities(self, index, text, tokens, groups, probabilities) -> list[Entity]:
        """Each word read from its most central window, word tags spread to units, BIO repaired."""
        if not tokens:
            return []
        lengths = [len(self.encoder.word_pieces(tokens, g)) for g in groups]
        windows = make_windows(lengths, self.encoder.budget, self.encoder.overlap)
        word_tags, word_scores = [], []
        for word, window in enumerate(owners(windows, len(groups))):
            row = probabilities[index, window][word - windows[window][0]]
            best = max(range(len(row)), key=row.__getitem__)
            word_tags.append(self.labels[best])
            word_scores.append(row[best])
        unit_word = {unit: word for word, group in enumerate(groups) for unit in group}
        first_unit = {t.start: i for i, t in enumerate(tokens)}
        last_unit = {t.end: i for i, t in enumerate(tokens)}
        entities = []
        for entity in tags_to_spans(text, tokens, expand(word_tags, groups, len(tokens)), source="model"):
            units = range(first_unit[entity.start], last_unit[entity.end] + 1)
            words = {unit_word[u] for u in units}
            score = sum(word_scores[w] for w in words) / len(words)
            entities.append(dataclasses.replace(entity, score=min(1.0, max(0.0, score))))
        return entities
