"""Builds PhoBERT-format tokenizer files (fastBPE `bpe.codes` + `vocab.txt`) offline.

The `tokenizers` BPE trainer learns merges over segmenter words of the model view; the result
is written in the exact format `PhobertTokenizer` reads. Format traps (see platform facts):
every merge line needs a count and the file a final newline, every vocab line needs a count,
and every character needs both its plain (word-final) and `@@` (word-inner) form, else <unk>.
"""

from __future__ import annotations

import json
import string
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

from vnner.model.segment import get_segmenter
from vnner.normalize import NormalizedText, orthography
from vnner.tokens import tokenize

SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")
_FINAL = 0xF0000  # word-final characters train as private-use twins, written back as `c</w>`


def alphabet() -> list[str]:
    """Every character vnner must never map to <unk>: all toned Vietnamese letters, ASCII, `_`."""
    chars = set(string.ascii_letters + string.digits + string.punctuation + "đĐ")
    table = orthography()
    for vowel in table["vowels"]:
        for tone in ("", *table["tones"]):
            for case in (vowel, vowel.upper()):
                chars.add(unicodedata.normalize("NFC", case + tone))
    return sorted(chars)


def words_of(texts: Iterable[str], segmenter: str = "pyvi", tone_style: str = "old") -> list[list[str]]:
    """Each text as the `_`-joined words PhoBERT would read."""
    units = [[NormalizedText.build(t.text, tone_style).text or t.text for t in tokenize(text)] for text in texts]
    groups = get_segmenter(segmenter).segment(units)
    return [["_".join(u[i] for i in group) for group in g] for u, g in zip(units, groups)]


def build_tokenizer(texts: Iterable[str], out_dir: str | Path, merges: int = 4000, segmenter: str = "pyvi") -> Path:
    """Trains at most `merges` BPE merges (each seen twice or more) and writes PhoBERT's files.

    The last character of each word is trained as a private-use twin instead of using the
    trainer's `end_of_word_suffix`: suffixed symbols get hash-ordered ids, so ties between
    equally frequent merges broke differently on every run; single characters are sorted.
    """
    sentences = [" ".join(w[:-1] + chr(_FINAL + ord(w[-1])) for w in words) for words in words_of(texts, segmenter)]
    chars = alphabet()
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    initial = [*chars, *(chr(_FINAL + ord(c)) for c in chars)]
    trainer = trainers.BpeTrainer(
        vocab_size=len(initial) + merges, min_frequency=2, initial_alphabet=initial, show_progress=False
    )
    tokenizer.train_from_iterator(sentences, trainer=trainer)
    trained = json.loads(tokenizer.to_str())["model"]["merges"]
    merges = [" ".join(map(_symbol, m.split(" ") if isinstance(m, str) else m)) for m in trained]
    vocab = [c for char in chars for c in (char, char + "@@")]
    vocab += [_piece(m.replace(" ", "")) for m in merges]
    vocab = [t for t in dict.fromkeys(vocab) if t not in SPECIALS]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # Counts are only a format requirement here: PhobertTokenizer uses order, not frequency.
    (out / "bpe.codes").write_text("".join(f"{m} {len(merges) - i}\n" for i, m in enumerate(merges)), "utf-8")
    (out / "vocab.txt").write_text("".join(f"{t} {len(vocab) - i}\n" for i, t in enumerate(vocab)), "utf-8")
    return out


def _symbol(trained: str) -> str:
    """A trained symbol in fastBPE spelling: a final twin becomes its character plus `</w>`."""
    last = ord(trained[-1])
    return trained[:-1] + chr(last - _FINAL) + "</w>" if last >= _FINAL else trained


def _piece(symbol: str) -> str:
    """A BPE symbol as PhoBERT spells it: word-final plain, word-inner with `@@`."""
    return symbol[:-4] if symbol.endswith("</w>") else symbol + "@@"
