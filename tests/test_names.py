"""People's names as news copy writes them: invented sentences only."""

import pytest


# A middle initial is part of the name ("Karen T. Olsen"); only a longer all-capitals word is an
# acronym that keeps a run from being a person.
@pytest.mark.parametrize("paragraphs, text, speaker", [
    (["“We will not move,” said Karen T. Olsen, a steward at the depot."], "We will not move", "Karen T. Olsen"),
    (["“No deal tonight,” said Sen. Mark J. Vedder (R-Ohio)."], "No deal tonight", "Mark J. Vedder"),
    (["Paul B. Okoro, the port's director, said the cranes would stop on Monday."],
     "the cranes would stop", "Paul B. Okoro"),
])
def test_a_middle_initial_stays_in_the_name(extract, paragraphs, text, speaker):
    ex = extract(*paragraphs)
    assert [q.speaker for q in ex.quotes if q.text.startswith(text)] == [speaker], \
        [(q.text, q.speaker) for q in ex.quotes]
    assert speaker in {a.name for a in ex.actors if a.type == "person"}


def test_an_acronym_in_a_run_is_not_a_person(extract):
    ex = extract("The NBTA Harbour Fund said it would pay.")
    assert not [a for a in ex.actors if a.type == "person"], [a.name for a in ex.actors]
