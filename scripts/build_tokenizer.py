"""Builds the PhoBERT-format tokenizer of the offline model from text vnner ships.

    python scripts/build_tokenizer.py [--output vnner/data/tokenizer] [--merges 4000]

Sources: every corpus text (annotations/docs/*.jsonl) and the rule tables in vnner/data
(names, titles, currencies), so entity words are whole pieces. Deterministic: the same
inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import glob
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnner.corpus import CorpusError, load_records  # noqa: E402
from vnner.model.bpe import build_tokenizer  # noqa: E402


def table_texts(data_dir: Path) -> list[str]:
    """Entries of the rule tables: non-comment lines, cells split on tabs, `|` and commas."""
    texts = []
    for path in sorted(data_dir.glob("*.tsv")) + sorted(data_dir.glob("*.txt")) + sorted(data_dir.glob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip().lstrip("- ").strip()
            if line and not line.endswith(":"):
                texts.extend(cell.strip() for cell in re.split(r"[\t|,]", line) if cell.strip())
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default=str(ROOT / "vnner/data/tokenizer"))
    parser.add_argument("--merges", type=int, default=4000, help="most BPE merges to learn")
    parser.add_argument("--corpus", default=str(ROOT / "annotations/docs/*.jsonl"))
    args = parser.parse_args(argv)
    paths = sorted(glob.glob(args.corpus))
    if not paths:
        print(f"error: --corpus {args.corpus!r} matches no files", file=sys.stderr)
        return 2
    try:
        texts = [record.text for record in load_records(paths)]
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    texts += table_texts(ROOT / "vnner/data")
    out = build_tokenizer(texts, args.output, args.merges)
    print(f"wrote {out}/vocab.txt and {out}/bpe.codes from {len(texts)} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
