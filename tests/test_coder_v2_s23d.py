"""Coder v2, session 23d: who speaks or acts when the subject is a description, not a name (every sentence
here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


def _actor(coded, text):
    return next((a for a in coded.actors if a.text == text), None)


# ---------------------------------------------------------------- epithets of a person just named
def test_an_epithet_is_the_person_just_named(coder):
    c = code(coder, "Michael Bloomberg apologised for the policy on Monday. "
                    "The billionaire accused the city police of ignoring the court.")
    assert ("112", "USAELI", "USACOP") in triples(c)
    c = code(coder, "Donald Trump spoke at a rally in Ohio. The real estate mogul accused China of cheating.")
    assert ("112", "USAELI", "CHN") in triples(c)


def test_an_indefinite_epithet_is_someone_else(coder):
    c = code(coder, "Michael Bloomberg apologised for the policy on Monday. "
                    "A billionaire accused the city police of ignoring the court.")
    assert not any(e.cameo.startswith("112") for e in c.events)


def test_an_age_is_the_person_of_that_age(coder):
    c = code(coder, "Police arrested John Smith, 45, and Mary Jones, 30, on Monday. "
                    "The 30-year-old was charged with assault.")
    assert _actor(c, "The 30-year-old").person == "Mary Jones"
    c = code(coder, "Police arrested John Smith, 45, on Monday. The 52-year-old was charged with assault.")
    assert _actor(c, "The 52-year-old") is None  # no one of that age was named


# ---------------------------------------------------------------- followers of a political figure
def test_followers_of_an_opposition_figure_are_the_opposition(coder):
    c = code(coder, "Former president Park Geun-hye was jailed on Friday. Hundreds of supporters of Park "
                    "clashed with police outside the court in Seoul.")
    assert _actor(c, "supporters of Park").code == "KOROPP"
    c = code(coder, "Nawaz Sharif, the head of the largest opposition party in Pakistan, defied the order. "
                    "His supporters clashed with police in Lahore.")
    assert ("145", "PAKOPP", "PAKCOP") in triples(c)


def test_followers_of_a_government_or_of_no_one_stay_unknown(coder):
    c = code(coder, "President Erdogan spoke in Ankara. His supporters clashed with police.")
    assert not any(a.text.endswith("supporters") for a in c.actors)
    c = code(coder, "Supporters of the permit clashed with police in Ohio.")
    assert not any("supporters" in a.text.lower() for a in c.actors)


# ---------------------------------------------------------------- "the official": the one just described
def test_the_official_is_the_official_just_described(coder):
    c = code(coder, "A senior US official said on Monday that the talks would resume. "
                    "The official accused Iran of stalling.")
    assert ("112", "USAGOV", "IRN") in triples(c)
    c = code(coder, "Kremlin spokesman Dmitry Peskov said the talks would resume. "
                    "The spokesman accused Ukraine of stalling.")
    assert ("112", "RUSGOV", "UKR") in triples(c)


def test_the_official_of_an_unknown_country_is_no_guess(coder):
    c = code(coder, "Egyptian officials met on Sunday. A senior official said the talks would resume. "
                    "The official accused Israel of stalling.")
    assert not any(e.source and e.source.code == "EGYGOV" and e.cameo.startswith("112") for e in c.events)


# ---------------------------------------------------------------- voices of a named person
def test_a_voice_of_a_named_politician_speaks_for_him(coder):
    c = code(coder, "Senator Elizabeth Warren criticized the bill. A senior aide to Warren accused the White "
                    "House of lying.")
    assert ("112", "USALEG", "USAGOV") in triples(c)
    c = code(coder, "Senator Elizabeth Warren criticized the bill. Warren's office accused the White "
                    "House of lying.")
    assert ("112", "USALEG", "USAGOV") in triples(c)
    c = code(coder, "The US trade representative, Robert Lighthizer, met Chinese officials. A representative "
                    "from Lighthizer's office accused China of stalling.")
    assert ("112", "USAGOV", "CHN") in triples(c)
    c = code(coder, "The Ohio governor vetoed the spending bill. The governor's office accused the state "
                    "legislature of lying.")
    assert [e.source.text for e in c.events if e.cameo == "112"] == ["The governor's office"]


def test_a_private_persons_office_is_nobodys_voice(coder):
    c = code(coder, "Police arrested John Smith in Ohio. Smith's office accused the police of lying.")
    assert not any(e.cameo.startswith("112") for e in c.events)


# ---------------------------------------------------------------- documents speak for who wrote them
def test_a_letter_is_by_those_who_wrote_it(coder):
    c = code(coder, "Twenty US senators wrote to the Egyptian president on Monday. The letter urged the "
                    "Egyptian government to free the jailed activists.")
    assert ("0253", "USALEG", "EGYGOV") in triples(c)


def test_a_letter_no_one_is_said_to_have_written_is_nobodys(coder):
    c = code(coder, "The Egyptian president met the senators on Monday. The letter urged the Egyptian "
                    "government to free the jailed activists.")
    assert not any(e.cameo == "0253" for e in c.events)


# ---------------------------------------------------------------- "the pair": the two just named
def test_the_pair_is_the_two_parties_just_named(coder):
    c = code(coder, "Israel and Hamas agreed to a truce on Monday. The pair accused Egypt of delaying aid.")
    assert {t for t in triples(c) if t[0] == "112"} == {("112", "ISR", "EGY"), ("112", "PSEREBHMS", "EGY")}


def test_the_pair_with_no_two_named_is_nobody(coder):
    c = code(coder, "Israel signed a truce on Monday. The pair accused Egypt of delaying aid.")
    assert not any(e.cameo == "112" for e in c.events)


# ---------------------------------------------------------------- a workforce named again by another word
def test_staffers_after_a_bodys_employees_are_the_bodys(coder):
    c = code(coder, "Boeing employees met union leaders on Monday. The staffers accused the FAA of lying.")
    assert ("112", "USABUS", "USAGOV") in triples(c)


def test_agents_after_a_bodys_employees_are_not_the_bodys(coder):
    c = code(coder, "Boeing employees met union leaders on Monday. The agents accused the FAA of lying.")
    assert not any(e.source and e.source.code == "USABUS" and e.cameo == "112" for e in c.events)
