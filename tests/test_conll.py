"""`vnner corpus export --format conll`: word-level IOB2 for other tools, read back to the same tags."""

from __future__ import annotations

from typer.testing import CliRunner

from vnner.bio import record_tags
from vnner.cli import app


def read_conll(path) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line:
            token, tag = line.split(" ")
            current.append((token, tag))
        elif current:
            sentences.append(current)
            current = []
    return sentences


def test_the_corpus_exports_and_reads_back_to_its_tags(tmp_path, corpus):
    from conftest import CORPUS_FILES

    output = tmp_path / "corpus.conll"
    done = CliRunner().invoke(app, ["corpus", "export", *map(str, CORPUS_FILES), "--output", str(output)])
    assert done.exit_code == 0, done.output
    sentences = read_conll(output)
    expected = [(t.text, tag) for record in corpus for t, tag in zip(*record_tags(record))]
    assert [pair for sentence in sentences for pair in sentence] == expected  # every token, in order
    assert len(sentences) > len(corpus)  # records are cut into sentences
    assert not any(sentence[0][1].startswith("I-") for sentence in sentences)  # never inside an entity
    assert output.read_text(encoding="utf-8").endswith("\n\n")
    assert f"{len(corpus)} records, {len(sentences)} sentences" in done.output


def test_a_sentence_ends_at_a_full_stop_before_a_capital_and_at_a_line_break(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(
        '{"id": "d-1", "text": "Ông A đến Hà Nội. Bà B ở lại.\\nẢnh: C", "entities": [[10, 16, "PROVINCE"]]}\n',
        encoding="utf-8",
    )
    output = tmp_path / "a.conll"
    assert CliRunner().invoke(app, ["corpus", "export", str(source), "--output", str(output)]).exit_code == 0
    assert [[token for token, _ in s] for s in read_conll(output)] == [
        ["Ông", "A", "đến", "Hà", "Nội", "."], ["Bà", "B", "ở", "lại", "."], ["Ảnh", ":", "C"]
    ]
    assert read_conll(output)[0][3:5] == [("Hà", "B-PROVINCE"), ("Nội", "I-PROVINCE")]


def test_an_unknown_format_is_refused(tmp_path):
    done = CliRunner().invoke(app, ["corpus", "export", "x.jsonl", "--output", str(tmp_path / "o"), "--format", "xml"])
    assert done.exit_code == 2 and "'xml' is not one of conll" in done.output
