"""The overlap resolver: the greedy rule it promises, checked against the plain pairwise version."""

from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from vnner import Entity
from vnner.rules.resolve import keep_disjoint, resolve_overlaps


class _Span(NamedTuple):
    start: int
    end: int
    rank: int


def _pairwise(spans: list[_Span]) -> list[_Span]:
    """The definition: best rank first, kept unless it overlaps any span kept before it."""
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: s.rank):
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return sorted(kept)


spans = st.lists(
    st.builds(lambda start, length, rank: _Span(start, start + length, rank),
              st.integers(0, 60), st.integers(1, 15), st.integers(0, 5)),
    max_size=40,
)


@given(spans)
def test_keep_disjoint_is_the_greedy_rule(candidates):
    kept = keep_disjoint(candidates, lambda s: (s.rank, s.start, s.end))
    assert kept == _pairwise(sorted(candidates, key=lambda s: (s.rank, s.start, s.end)))
    assert all(a.end <= b.start for a, b in zip(kept, kept[1:]))  # disjoint and in start order


def test_longer_spans_win_then_label_priority():
    title = Entity("Chủ tịch UBND tỉnh Lào Cai", "TITLE", 0, 26)
    province = Entity("Lào Cai", "PROVINCE", 19, 26)
    assert resolve_overlaps([province, title], ["PROVINCE", "TITLE"]) == [title]
    as_person, as_title = Entity("Chủ tịch", "PERSON", 0, 8), Entity("Chủ tịch", "TITLE", 0, 8)
    assert resolve_overlaps([as_person, as_title], ["TITLE", "PERSON"]) == [as_title]
    assert resolve_overlaps([province, as_person], ["TITLE"]) == [as_person, province]  # disjoint: both stay
    assert resolve_overlaps([], ["TITLE"]) == []
