"""Coder v2: coercion, protest and consultation told in the national-news register: curfews,
martial law and states of emergency imposed on a country's public, censorship of the internet and social
media, hunger strikes and strikes told as a state, walkouts, and peace talks hosted between two parties.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, codes, triples


# ---------------------------------------------------------------- 1723/1724: curfews and martial law
def test_a_curfew_imposed_by_a_government_is_aimed_at_its_public(dyadic_coder):
    c = code(dyadic_coder, "The Peruvian government imposed a nationwide curfew on Tuesday night.")
    assert ("1723", "PERGOV", "PERCVL") in triples(c)


def test_martial_law_declared_or_extended_is_aimed_at_the_public(dyadic_coder):
    c = code(dyadic_coder, "Thailand's army declared martial law across the country on Friday.")
    assert ("1724", "THAMIL", "THACVL") in triples(c)
    c = code(dyadic_coder, "Ukraine's parliament voted on Monday to extend martial law by another 90 days.")
    assert ("1724", "UKRLEG", "UKRCVL") in triples(c)


def test_a_curfew_extended_by_the_government_is_one_imposed(dyadic_coder):
    c = code(dyadic_coder, "The Kenyan government extended the dusk-to-dawn curfew until Friday.")
    assert ("1723", "KENGOV", "KENCVL") in triples(c)


def test_an_emergency_for_a_disaster_or_a_private_curfew_coerces_no_one(dyadic_coder):
    for text in ("The severe drought prompted Malawi's president to declare a state of emergency on Monday.",
                 "The hotel extended its curfew for guests until midnight.",
                 "Parents imposed a strict curfew on their teenage son."):
        assert not any(e.cameo.startswith("172") for e in code(dyadic_coder, text).events), text


# ---------------------------------------------------------------- 1721: censorship of the internet and media
def test_a_state_blocking_social_media_restricts_its_public_s_speech(dyadic_coder):
    c = code(dyadic_coder, "Ethiopian authorities blocked access to social media sites after the protests.")
    assert ("1721", "ETHGOV", "ETHCVL") in triples(c)
    c = code(dyadic_coder, "Iran cut off mobile internet in several provinces on Saturday.")
    assert ("1721", "IRN", "IRNCVL") in triples(c)


def test_blocking_water_channels_a_sale_or_one_s_own_account_is_no_censorship(dyadic_coder):
    for text in ("The Lebanese army tried to block the irrigation channels near the border.",
                 "The American government blocked the sale of TikTok to a Chinese buyer.",
                 "The defence ministry suspended its Twitter account for a week.",
                 "Meta blocked the accounts of several pages in Brazil."):
        assert "1721" not in codes(code(dyadic_coder, text)), text


# ---------------------------------------------------------------- 142/143: hunger strikes, strikes, walkouts
def test_going_on_hunger_strike_is_a_hunger_strike(coder):
    c = code(coder, "Jailed opposition leaders in Belarus went on hunger strike on Sunday.")
    assert "142" in codes(c) and "143" not in codes(c)


def test_thousands_of_workers_on_strike_strike(coder):
    c = code(coder, "Thousands of Portuguese nurses are on strike over pay.")
    assert [(e.cameo, e.source.code) for e in c.events if e.cameo == "143"] == [("143", "PRTHLH")]


def test_workers_walking_off_the_job_strike(coder):
    c = code(coder, "Thousands of Chilean teachers walked off the job on Wednesday.")
    assert "143" in codes(c)
    assert "143" not in codes(code(coder, "The striker walked off the pitch after the final whistle."))


# ---------------------------------------------------------------- 045: peace talks hosted between two parties
def test_a_country_hosting_talks_between_two_parties_mediates(dyadic_coder):
    c = code(dyadic_coder, "Norway hosted peace talks between the Colombian government and the rebels.")
    assert ("045", "NOR", "COLGOV") in triples(c)


def test_hosting_talks_with_a_guest_is_a_meeting(dyadic_coder):
    c = code(dyadic_coder, "The French president hosted talks with the German chancellor in Paris.")
    assert "045" not in codes(c) and "040" in codes(c)


# ------------------------------------------------------------ 141: crowds in the streets, protesters gather
def test_taking_to_the_streets_is_a_demonstration(coder):
    c = code(coder, "Thousands of Serbian students took to the streets of Belgrade against the government.")
    assert [e.cameo[:3] for e in c.events] == ["141"]
    assert c.events[0].source.code.startswith("SRB")


def test_taking_to_the_streets_to_celebrate_or_taking_someone_there_is_no_protest(coder):
    for text in ("Thousands of Argentine fans took to the streets of Buenos Aires to celebrate the title.",
                 "The union leader said he could take the workers to the streets."):
        assert not any(e.cameo.startswith("14") for e in code(coder, text).events), text


def test_protesters_gathering_demonstrate(coder):
    c = code(coder, "Hundreds of protesters gathered outside the parliament in Tbilisi on Monday.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("141", "GEOOPP")]


def test_reporters_or_officials_gathering_do_not_demonstrate(coder):
    for text in ("Reporters gathered outside the courthouse in Lagos on Friday.",
                 "Ministers from six countries gathered in Vienna for the conference."):
        assert not any(e.cameo.startswith("14") for e in code(coder, text).events), text
