"""Coder v2: two parties that share one code — a named office holder and other office holders named by a
plural noun, two different local governments — are two actors; an office holder and the government he
serves stay one; a harm that did not happen "but for" someone credits them, it does not criticise them.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code
from coded_events import root_triples as roots


# ---------------------------------------------------------------- an office holder and other office holders
def test_a_president_dismissing_governors_acts_on_them(coder):
    c = code(coder, "Several Brazilian governors criticized the budget on Monday. On Tuesday, Brazilian "
                    "President Paulo Andrade dismissed four governors.")
    assert ("17", "BRAGOV", "BRAGOV") in roots(c)


def test_a_governor_praising_firefighters_praises_them(coder):
    c = code(coder, "Texas firefighters fought the blaze for three days. On Friday, Texas Gov. Mark Dalton "
                    "praised the firefighters.")
    assert roots(c) == [("05", "USAGOV", "USAGOV")]


def test_a_president_praising_ministers_but_not_meeting_his_aides(coder):
    c = code(coder, "Several Brazilian ministers resigned on Monday. On Tuesday, Brazilian President Paulo "
                    "Andrade praised the ministers.")
    assert roots(c) == [("05", "BRAGOV", "BRAGOV")]
    c = code(coder, "Several Brazilian governors criticized the budget on Monday. On Tuesday, Brazilian "
                    "President Paulo Andrade met his aides.")
    assert not any(k == "04" for k, _s, _t in roots(c))  # his own staff: one actor


# ---------------------------------------------------------------- two local governments
def test_a_city_and_a_county_are_two_governments(coder):
    for text, root in (("The city worked with the county to repair the bridge.", "04"),
                       ("The city sued the county over the water contract.", "11"),
                       ("The county criticized the city for the delays.", "11")):
        assert [k for k, _s, _t in roots(code(coder, text))] == [root], text


# ---------------------------------------------------------------- an office holder and his own government
def test_a_minister_speaking_of_the_government_speaks_of_his_own(coder):
    c = code(coder, "The Australian Government announced new funding on Monday. Education Minister Jane "
                    "Porter says the Government is aware of a problem of youth crime, but she says it is not "
                    "targeting any particular town.")
    assert not any(k == "11" for k, _s, _t in roots(c))


# ---------------------------------------------------------------- "but for": credit, not blame
def test_a_harm_averted_but_for_someone_does_not_criticise_them(coder):
    for text in ("Texas firefighters fought the blaze for three days. “It would have been far worse but for "
                 "those firefighters,” Texas Gov. Mark Dalton said.",
                 "“The damage would have been far worse if not for the police,” Mayor Ellen Pruitt said."):
        assert not any(k == "11" for k, _s, _t in roots(code(coder, text))), text
    c = code(coder, "“The damage was terrible because of the police,” Mayor Ellen Pruitt said.")
    assert [k for k, _s, _t in roots(c)] == ["11"]  # blamed, not credited
