"""What every configuration runs on: the corpus, as sentences or whole paragraphs."""

from __future__ import annotations

import argparse
import glob
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = "annotations/docs/*.jsonl"
SPLIT = "annotations/splits.json"
VNNER_TOKENS = "vnner tokens (vnner.tokens.tokenize units)"
PIECES = "PhoBERT sub-word tokens incl. <s> and </s>"

# A sentence ends at . ! ? or … followed by space and a capital letter or an opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“])")


def corpus_files() -> list[str]:
    return sorted(glob.glob(str(ROOT / CORPUS)))


def split_sentences(text: str) -> list[str]:
    """A corpus paragraph cut into sentences; a bench workload, not a sentence splitter for users."""
    return [sentence for sentence in SENTENCE_END.split(text) if sentence.strip()]


def load_texts(args: argparse.Namespace) -> list[str]:
    """The corpus in file order, as sentences (default) or whole paragraphs (--unit paragraph).

    With --sentences N, N of them spread over the corpus.
    """
    from vnner.corpus import load_records

    texts = [r.text for r in load_records(corpus_files())]
    if args.unit == "sentence":
        texts = [sentence for text in texts for sentence in split_sentences(text)]
    if args.sentences and args.sentences < len(texts):
        step = len(texts) / args.sentences
        texts = [texts[int(i * step)] for i in range(args.sentences)]
    return texts


def vnner_token_count(texts: list[str]) -> int:
    from vnner.tokens import tokenize

    return sum(len(tokenize(text)) for text in texts)
