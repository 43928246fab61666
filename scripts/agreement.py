"""Inter-annotator agreement on roles and people: two annotations of the same records.

    python scripts/agreement.py FIRST_DIR SECOND_DIR     # each holds the corpus files, same names

Agreement is F1 of one pass against the other (symmetric): role triples with equal spans, and
same-person pairs of PERSON mentions within a document. Disagreements are listed for adjudication.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vnner.corpus import load_records
from vnner.evaluate_links import people_pairs, role_errors, score_people, score_roles


def main(first_dir: str, second_dir: str) -> None:
    names = sorted(p.name for p in Path(first_dir).glob("*.jsonl"))
    first = load_records([Path(first_dir) / n for n in names])
    second = load_records([Path(second_dir) / n for n in names])
    texts = {r.id: r.text for r in first}
    report = {"records": len(first), "roles": score_roles(first, second), "people": score_people(first, second)}
    print(json.dumps(report, ensure_ascii=False))
    for error in role_errors(first, second):
        side = "second only" if error["kind"] == "wrong" else "first only"
        print(f"ROLE {side}\t{error['id']}\t{error['person']}\t{error['title']}\t{error['province']}")
    pairs_first, pairs_second = people_pairs(first), people_pairs(second)
    for side, pairs in (("first only", pairs_first - pairs_second), ("second only", pairs_second - pairs_first)):
        for (id_a, (s_a, e_a)), (id_b, (s_b, e_b)) in sorted(pairs):
            print(f"PEOPLE {side}\t{id_a} {texts[id_a][s_a:e_a]}\t{id_b} {texts[id_b][s_b:e_b]}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
