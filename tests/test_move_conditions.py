"""Conditions are demands (issue 15): what a side says must happen before it moves is what it wants.

Each row is an invented sentence (or paragraphs), the kind of move, the actor and the items in
order; a row with no items must give no move of that kind. All sentences are invented."""

import pytest


def _check(ex, kind, actor, items):
    moves = getattr(ex, kind)
    assert [m.text for m in moves] == items, [(m.actor, m.text, m.cue) for m in ex.all_moves]
    assert {m.actor for m in moves} == ({actor} if items else set())
    for m in moves:
        assert ex.document.text[m.start:m.end] == m.text


@pytest.mark.parametrize("paragraphs, kind, actor, items", [
    # "will not / never … until (after) Y": Y; "we" or "I" in a quote is the quote's speaker
    (["“We will never reopen the harbour until after you pay our fishermen,” Mr. Lund said."],
     "demands", "Lund", ["you pay our fishermen"]),
    (["“I will not sign the water treaty until Egypt shares the dam data,” Ana Ruiz said."],
     "demands", "Ana Ruiz", ["Egypt shares the dam data"]),
    (["Norway will not reopen the fishing grounds until after Sweden withdraws its trawlers."],
     "demands", "Norway", ["Sweden withdraws its trawlers"]),
    # a subject's insertion between commas stays inside the condition
    (["Norway, for its part, says it will take no new steps until Mr Lund, in custody since May, is set free."],
     "demands", "Norway", ["Mr Lund, in custody since May, is set free"]),
    # "until after" a time is no condition
    (["Norway will not vote until after the summer recess."], "demands", None, []),
])
def test_negated_until(extract, paragraphs, kind, actor, items):
    _check(extract(*paragraphs), kind, actor, items)
