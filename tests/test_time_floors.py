"""The lazy order of the event-date search gives what sorting every candidate's floor gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract.timex.floors import FloorOrder, first_of
from vigil.model import Mention


def _sorted_floors(info, si, a, b, worded):
    """Every candidate's floor worked out and sorted (stably): the order the search must follow."""
    out = []
    for mi, top, start, m, never in info:
        if mi == si or a <= start < b:
            out.append((-50.0, start, m))
        elif not never:
            order = mi if si == 0 else abs(mi - si) + 0.5 * (mi > si)
            out.append((1000.0 if top else (2000.0 if mi in worded else 4000.0) + 10 * min(order, 90), start, m))
    return sorted(out, key=lambda x: x[:2])


def _info(rows):
    """Candidates from (sentence, top, never) triples; positions grow with the sentence, two
    candidates of a sentence may share a start."""
    info = []
    for k, (mi, top, never) in enumerate(sorted(rows, key=lambda r: r[0])):
        start = mi * 100 + (k % 3) * 10
        info.append((mi, top, start, Mention("date", start, start + 5, f"d{k}"), never))
    return info


ROWS = st.lists(st.tuples(st.integers(0, 250), st.booleans(), st.booleans()), max_size=40)


@settings(max_examples=300, deadline=None)
@given(rows=ROWS, si=st.integers(0, 250), line=st.one_of(st.none(), st.tuples(st.integers(0, 25000), st.integers(0, 400))),
       worded=st.frozensets(st.integers(0, 250)))
def test_the_lazy_order_is_the_sorted_order(rows, si, line, worded):
    info = _info(rows)
    a, b = (line[0], line[0] + line[1]) if line else (0, 0)
    got = list(first_of(FloorOrder(info).rows_in_order(si, a, b, worded), None))
    want = _sorted_floors(info, si, a, b, worded)
    assert [(f, s, id(m)) for f, s, m in got] == [(f, s, id(m)) for f, s, m in want]


def test_only_kept_mentions_are_given():
    info = _info([(0, False, False), (1, False, False), (2, True, False)])
    kept = {id(info[1][3])}
    got = list(first_of(FloorOrder(info).rows_in_order(0, 0, 0, frozenset()), kept))
    assert [m for _, _, m in got] == [info[1][3]]


def test_a_sentence_before_the_trigger_comes_before_one_as_far_after_it():
    info = _info([(4, False, False), (6, False, False), (3, False, False)])
    got = list(first_of(FloorOrder(info).rows_in_order(5, 0, 0, frozenset({3, 4, 6})), None))
    assert [f for f, _, _ in got] == [2010.0, 2015.0, 2020.0]
