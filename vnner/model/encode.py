"""Text to PhoBERT inputs: vnner units, their model view, segmenter words, BPE pieces, windows.

PhobertTokenizer is slow-only (no word_ids, no offsets), so words are encoded one by one and
the first piece of each word carries its label (-100 elsewhere), as in HF's run_ner.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vnner.model.segment import Groups, Segmenter, split_at_boundaries
from vnner.model.windows import make_windows
from vnner.normalize import NormalizedText, ToneStyle
from vnner.tokens import Token

IGNORE = -100


@dataclass
class Chunk:
    """One model input: a window of words of one text."""

    text_index: int
    window: int
    first_word: int
    input_ids: list[int]
    word_positions: list[int]  # position of each word's first piece in input_ids


class Encoder:
    def __init__(self, tokenizer, segmenter: Segmenter, tone_style: ToneStyle, max_length: int, overlap: int):
        self.tokenizer = tokenizer
        self.segmenter = segmenter
        self.tone_style = tone_style
        self.budget = max_length - 2  # <s> and </s>
        self.overlap = overlap
        self._pieces: dict[str, list[int]] = {}

    def view(self, unit: str) -> str:
        """The model's spelling of one unit (NFC, PhoBERT tone placement, ASCII quotes/dashes)."""
        return NormalizedText.build(unit, self.tone_style).text or unit

    def words(self, tokens: Sequence[Sequence[Token]], tags: Sequence[Sequence[str]] | None = None) -> list[Groups]:
        """Segmenter words per text; with gold tags, no word crosses an entity edge."""
        groups = self.segmenter.segment([[self.view(t.text) for t in units] for units in tokens])
        if tags is not None:
            groups = [split_at_boundaries(g, entity_ids(t)) for g, t in zip(groups, tags)]
        return groups

    def pieces(self, word: str) -> list[int]:
        if word not in self._pieces:
            ids = self.tokenizer.convert_tokens_to_ids(self.tokenizer.tokenize(word))
            self._pieces[word] = (ids or [self.tokenizer.unk_token_id])[: self.budget]
        return self._pieces[word]

    def word_pieces(self, tokens: Sequence[Token], group: Sequence[int]) -> list[int]:
        """BPE ids of the word made of these units, syllables joined by `_` as PhoBERT expects."""
        return self.pieces("_".join(self.view(tokens[i].text) for i in group))

    def chunks(self, text_index: int, tokens: Sequence[Token], groups: Groups) -> list[Chunk]:
        """The windows of one text, each as input ids with the position of every word."""
        word_ids = [self.word_pieces(tokens, group) for group in groups]
        windows = make_windows([len(ids) for ids in word_ids], self.budget, self.overlap)
        chunks = []
        for index, (start, end) in enumerate(windows):
            input_ids, positions = [self.tokenizer.cls_token_id], []
            for ids in word_ids[start:end]:
                positions.append(len(input_ids))
                input_ids.extend(ids)
            input_ids.append(self.tokenizer.sep_token_id)
            chunks.append(Chunk(text_index, index, start, input_ids, positions))
        return chunks

    def training_rows(self, batch: dict[str, list], tag_names: Sequence[str]) -> dict[str, list]:
        """A `datasets.map(batched=True)` function: rows of bio.to_dataset to windowed inputs."""
        rows = zip(batch["tokens"], batch["starts"], batch["ends"])
        tokens = [[Token(t, s, e) for t, s, e in zip(*row)] for row in rows]
        tags = [[tag_names[i] for i in row] for row in batch["ner_tags"]]
        out: dict[str, list] = {"input_ids": [], "labels": []}
        for index, groups in enumerate(self.words(tokens, tags)):
            word_labels = [tag_names.index(tags[index][group[0]]) for group in groups]
            for chunk in self.chunks(index, tokens[index], groups):
                labels = [IGNORE] * len(chunk.input_ids)
                for offset, position in enumerate(chunk.word_positions):
                    labels[position] = word_labels[chunk.first_word + offset]
                out["input_ids"].append(chunk.input_ids)
                out["labels"].append(labels)
        return out


def entity_ids(tags: Sequence[str]) -> list[int | None]:
    """Which entity each unit belongs to (None outside), from IOB2 tags."""
    ids: list[int | None] = []
    current = -1
    for tag in tags:
        if tag.startswith("B-") or (tag.startswith("I-") and (not ids or ids[-1] is None)):
            current += 1
        ids.append(None if tag == "O" else current)
    return ids


def expand(tags_per_word: Sequence[str], groups: Groups, n_tokens: int) -> list[str]:
    """Word tags to unit tags: a word's first unit takes its tag, the rest continue it (I-)."""
    tags = ["O"] * n_tokens
    for tag, group in zip(tags_per_word, groups):
        tags[group[0]] = tag
        for index in group[1:]:
            tags[index] = "O" if tag == "O" else "I-" + tag[2:]
    return tags
