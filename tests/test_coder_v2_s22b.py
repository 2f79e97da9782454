"""Coder v2: organisations and companies as actors (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


def actor(coded, text):
    """The actor mention whose text is ``text`` (None when there is none)."""
    return next((a for a in coded.actors if a.text == text), None)


# ---------------------------------------------------------------- companies: who they are
def test_a_multinational_of_the_phoenix_dictionary_is_its_home_countrys_business(coder):
    c = code(coder, "The ministry fined Daewoo over the chemical spill.")
    assert actor(c, "Daewoo").code == "KORBUS"  # (Phoenix writes MNCKOR, which no analyst's gold does)


def test_a_large_company_named_without_a_suffix_is_a_business_of_its_home_country(coder):
    c = code(coder, "Uber said it would appeal the ruling by the London transport regulator.")
    assert actor(c, "Uber").code == "USABUS"
    c = code(coder, "The European Commission fined Samsung over the merger.")
    assert actor(c, "Samsung").code == "KORBUS"


def test_a_namesake_of_a_carmaker_is_still_a_person(coder):
    c = code(coder, "Senator Harrison Ford criticized the White House on Tuesday.")
    assert not any(a.code.endswith("BUS") for a in c.actors)


def test_a_company_named_in_full_is_the_company_its_first_word_names(coder):
    c = code(coder, "Regulators in Bangkok fined Toyota Motor Corp. over the recall.")
    assert any(a.code == "JPNBUS" and a.text.startswith("Corp") for a in c.actors)
    c = code(coder, "Regulators fined Microsoft Corp. and Acme Corp. over the outage.")
    assert [a.code for a in c.actors if a.text.endswith("Corp.")] == ["USABUS", "BUS"]


def test_a_companys_car_is_no_actor(coder):
    c = code(coder, "The Toyota failed to yield to a Toyota Corolla, investigators said.")
    assert not any(a.code == "JPNBUS" for a in c.actors) and triples(c) == []


def test_a_name_ending_in_a_company_word_is_no_person(coder):
    c = code(coder, "Police arrested a manager. Harrison Airways criticised the Irish government over the "
                    "arrest.")
    assert actor(c, "Harrison Airways").sector == "BUS"
    c = code(coder, "Jane Goodall criticised the plan.")
    assert actor(c, "Jane Goodall").person == "Jane Goodall"


# ---------------------------------------------------------------- companies: what is done to them
def test_a_government_demand_of_a_company_is_coded(coder):
    c = code(coder, "California's attorney general said Uber must cease the driving immediately or face "
                    "further action.")
    assert ("130", "USAJUD", "USABUS") in triples(c)
    c = code(coder, "The senator said Walmart had failed its workers.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("111", "USABUS")]


def test_a_private_persons_words_about_a_company_are_no_event(coder):
    c = code(coder, "A shopper said Walmart had failed its customers.")
    assert triples(c) == []


def test_a_name_guessed_to_be_a_firms_is_not_judged(coder):
    c = code(coder, "DNA found at the scene was a probable match to Lovelle Mixon, Oakland police spokesman "
                    "Jeff Thomason said Monday.")
    assert not any(e.target is not None and e.target.code.endswith("BUS") for e in c.events)


def test_businesses_at_large_are_not_judged(coder):
    c = code(coder, "State officials said they hope that schools, businesses and families will practise "
                    "their disaster plans.")
    assert triples(c) == []


# ---------------------------------------------------------------- companies: the country they name
def test_a_company_whose_name_says_its_country_names_it_in_the_sentence(coder):
    c = code(coder, "Thousands of cabin crew workers at British Airways are preparing to strike just before "
                    "Christmas.")
    assert actor(c, "British Airways").rule.endswith("+own-country")
    assert [e.source.code for e in c.events] == ["GBRLAB"]
    c = code(coder, "Hundreds of workers at Samsung are preparing to strike next week.")
    assert [e.source.code for e in c.events] == ["LAB"]  # (Samsung is Korean; its workers may be anyone's)


# ---------------------------------------------------------------- a body's name before its noun
def test_a_name_given_to_a_union_is_the_union_later(coder):
    c = code(coder, "The Unite union, which represents 2,500 cabin crew, said a strike could happen. Unite "
                    "argues that its members are not paid a decent salary.")
    assert actor(c, "Unite").sector == "LAB" and actor(c, "Unite").person is None


def test_a_campaign_named_after_a_person_does_not_rename_the_person(coder):
    c = code(coder, "The Warren campaign said it raised more money. Warren criticized the Senate on Monday.")
    assert actor(c, "Warren") is None or actor(c, "Warren").person is not None
