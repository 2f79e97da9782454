"""Coder v2, 24th session (lead): actors' countries from what the story says of them (every sentence here is
ours, written for the test)."""

from __future__ import annotations

from coded_events import code


# ---------------------------------------------------------------- a person described by an apposition
def test_a_demonym_in_an_apposition_gives_the_person_its_country(coder):
    c = code(coder, "A casino owner in Las Vegas hired a security firm. On Monday, Lars Berg, a Swedish "
                    "programmer, was arrested in Ecuador and held for months.")
    arrests = [(e.source.code, e.target.code) for e in c.events if e.cameo == "173"]
    assert arrests == [("ECUCOP", "SWECVL")]


def test_a_list_hung_on_a_name_is_no_apposition(nlp):
    from tacitus.actors.resolver.phrase import _describes_one

    def appositions(text):
        return [t for t in nlp(text) if t.dep_ == "appos"]
    described = appositions("Lars Berg, a Swedish programmer, was arrested.")
    assert [_describes_one(t) for t in described] == [True]
    listed = appositions("The firm spied on Assange, his lawyer, an American friend, and a congressman.")
    assert listed and not any(_describes_one(t) for t in listed)  # not "Assange, … an American friend"


# ---------------------------------------------------------------- "charged with" a task
def test_charged_with_a_duty_is_no_charge(coder):
    for text in ("Ortiz, the Chilean consultant charged with leading the surveillance, flew to Miami.",
                 "The general was charged with overseeing the military operation in the north."):
        assert [e.cameo for e in code(coder, text).events if e.cameo.startswith("17")] == [], text


def test_charged_with_a_crime_is_still_a_charge(coder):
    for text in ("Police said Smith was charged with leading a riot at the prison.",
                 "Prosecutors charged the mayor with killing two officers."):
        assert "173" in [e.cameo for e in code(coder, text).events], text


# ---------------------------------------------------------------- one person on both sides
def test_one_person_is_not_both_source_and_target(coder):
    c = code(coder, "Joe Biden spoke on Monday night. Mr. Biden took a swipe at his likely election opponent "
                    "on NBC's late-night show.")
    assert not [e for e in c.events if e.source.person and e.target is not None and
                e.source.person == e.target.person]  # was 111 Biden -> "his" (Biden)
    c = code(coder, "Joe Biden spoke on Monday night. Mr. Biden took a swipe at Donald Trump on NBC's show.")
    assert [e.cameo for e in c.events] == ["111"]
