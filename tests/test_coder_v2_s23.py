"""Coder v2, session 23 (lead): words of everyday pages that are no actors or no acts (our sentences, written
after what the coder made of lifestyle and tech pages: reviews, guides, newsletters)."""

from __future__ import annotations

from coded_events import code


def _actor_texts(coder, text):
    return [a.text for a in code(coder, text).actors]


def test_market_intelligence_is_no_spy_agency(coder):
    c = code(coder, "Our consultants help students, supported by market intelligence and artificial "
                    "intelligence.")
    assert not any(a.sector == "SPY" for a in c.actors)
    assert not c.events


def test_an_intelligence_agency_is_still_one(coder):
    c = code(coder, "Russian intelligence hacked the ministry's servers, British officials said.")
    assert any(a.sector == "SPY" for a in c.actors)


def test_a_travel_agency_and_a_fish_tank_are_things(coder):
    c = code(coder, "The travel agency said the hotel will require a larger fish tank next year.")
    assert not any(a.sector in ("GOV", "MIL") for a in c.actors)
    assert not c.events


def test_a_government_agency_is_still_one(coder):
    c = code(coder, "The agency accused Moscow of meddling in the vote.")
    assert [(e.cameo[:2], e.source.sector) for e in c.events] == [("11", "GOV")]


def test_a_name_after_the_is_no_person(coder):
    c = code(coder, "Within a year the Oscar will require a bigger aquarium than the guppy.")
    assert not c.events
    assert "Oscar" not in _actor_texts(coder, "Within a year the Oscar will require a bigger aquarium.")


def test_a_family_named_with_the_is_still_people(coder):
    c = code(coder, "The lease was signed last week by the Hendersons and the provincial government.")
    assert any(a.text == "Hendersons" for a in c.actors)


def test_a_scholarship_or_a_cup_is_no_body(coder):
    c = code(coder, "Funded by the European Union, the Horizon Mobility Scholarship is an award for doctoral "
                    "students.")
    assert not c.events
    assert not any("Scholarship" in a.text for a in c.actors)


def test_demonstrating_that_something_is_so_is_no_protest(coder):
    c = code(coder, "Women entered the workforce in record numbers, demonstrating that the policy worked.")
    assert not c.events


def test_demonstrating_against_a_government_is_a_protest(coder):
    c = code(coder, "Thousands of students demonstrated in Caracas against the government on Monday.")
    assert [e.cameo for e in c.events] == ["141"]


def test_a_table_row_is_no_sentence(coder):
    c = code(coder, "| Mouse Sensor and Model | Razer Advanced Optical Tracking |")
    assert not c.events


def test_advice_to_the_reader_is_no_appeal(coder):
    text = ("Donors want to know where their money goes. The watchdog recommends that you publish a privacy "
            "policy on your website.")
    assert not code(coder, text).events


def test_an_appeal_to_a_government_still_is_one(coder):
    c = code(coder, "The watchdog recommended that the ministry publish its contracts.")
    assert [(e.cameo, e.target.sector) for e in c.events] == [("020", "GOV")]


def test_business_operations_are_no_offensive(coder):
    c = code(coder, "James Sedlak, a former wildland firefighter, now leads business operations at a "
                    "start-up.")
    assert not c.events


def test_a_military_operation_is_still_one(coder):
    c = code(coder, "The army launched a military operation against rebels in the north.")
    assert [e.root for e in c.events] == ["19"]


def test_an_officer_acted_on_by_a_named_head_of_state_is_his_own(coder):
    # (a bug of the officer-facing-officer rule: the army chief a president sacks lost his country)
    c = code(coder, "Nigerian President Buhari sacked the army chief on Monday.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("172", "NGAGOV", "NGAMIL")]


def test_a_foreign_critic_of_a_measure_is_no_critic_of_its_own_government(coder):
    # (a bug: "the law drew criticism from the United States" was the US faulting its own government)
    text = ("Budapest passed a media law on Monday. The new law drew sharp criticism from the European Union "
            "and the United States.")
    c = code(coder, text)
    assert {(e.source.code, e.target.code) for e in c.events if e.sentence_index == 1} == \
        {("IGOEUREEC", "HUNGOV"), ("USA", "HUNGOV")}


def test_a_domestic_group_faults_its_own_government_for_a_measure(coder):
    c = code(coder, "Irish pub groups slammed the decision to close bars at 10pm.")
    assert [(e.root, e.target.code) for e in c.events] == [("11", "IRLGOV")]
