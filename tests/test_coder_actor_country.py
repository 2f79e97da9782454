"""Coder v2: the countries of actors in the dyad: a body whose own name tells its country after its "of",
an acronym a text defines for itself, attackers named with their nationality, and police or troops named
bare again after the sentence before gave them a country.

Every sentence here is ours, written for the test."""

from __future__ import annotations

import datetime as dt

from coded_events import actor_named, code, root_dyads


def test_body_named_with_a_nationality_after_of(coder):
    c = code(coder, "The Federation of Dutch Industries said the new tariffs were harmful.")
    a = actor_named(c, "Federation of Dutch Industries")
    assert a is not None and a.country == "NLD"


def test_title_held_in_a_body_named_with_a_nationality(coder):
    c = code(coder, "Pieter Janssen, head of the Federation of Dutch Industries, criticised the finance "
                    "ministry, calling its plan reckless.")
    a = actor_named(c, "Pieter Janssen")
    assert a is not None and a.country == "NLD"


def test_acronym_defined_with_a_full_stop_in_its_brackets(coder):
    c = code(coder, "Ratings are set by the Food Standards Agency (FSA.) The FSA inspected forty cafes "
                    "in Leeds last month.")
    assert all(a.country != "SYR" for a in c.actors)


def test_attackers_named_with_their_nationality(coder):
    c = code(coder, "Witnesses said two women were dragged by Moldovan attackers into a barn near the "
                    "border.")
    assert any(d[0] == "18" and d[1] == "MDA" for d in root_dyads(c))


def test_police_named_bare_after_the_sentence_that_placed_them(coder):
    text = ("LEXINGTON, Ky. (WKYT) - A Lexington nurse from the University of Kentucky hospital is safe "
            "after a trip to Europe, Kentucky officials said.\n\n"
            "The Lexington woman was visiting Berlin with her family last week.\n\n"
            "A gunman opened fire on police in Berlin on Friday night.\n\n"
            "Police shot and killed the attacker minutes later.\n\n"
            "Kentucky Governor Andy Beshear said the state was relieved.")
    c = code(coder, text)
    assert any(d[0] == "19" and d[1] == "DEU" for d in root_dyads(c))
    assert not any(d[0] == "19" and d[1] == "USA" for d in root_dyads(c))


def test_victims_of_local_offenders_stay_in_the_story_country(coder):
    # "Edmonton" is a suburb of Cairns here, not the Canadian city
    text = ("Youth crime rising in Far North Queensland\n\n"
            "Police in Cairns say break-ins have doubled this year.\n\n"
            "Shop owners in Edmonton, south of Cairns, say the nights have become hard.\n\n"
            "One trader said a gang of teenagers roams Edmonton after dark.\n\n"
            "Detective Sergeant Mary Collins says these teenagers are regularly assaulting "
            "people and stealing cars.")
    c = code(coder, text)
    assert any(d[0] == "18" for d in root_dyads(c))
    assert not any(d[0] == "18" and d[2] == "CAN" for d in root_dyads(c))


def test_title_the_parser_splits_from_the_name_after_it(coder):
    text = ("Jawed Karimi, a video blogger in Florida, posts in Dari every week.\n\n"
            "In one video, he accused President Barack Obama of backing Pakistan's spy agency.")
    c = code(coder, text, published=dt.date(2016, 6, 1))
    accused = [e for e in c.events if e.cameo.startswith("112")]
    assert accused and all(e.target is not None and e.target.country == "USA" for e in accused)


def test_custody_in_a_prison_named_with_its_country(coder):
    # the jailers of "held in Peru's Lurigancho prison" are Peru's, whoever else the sentence names
    c = code(coder, "Since March, Novak has been held in Peru's Lurigancho prison, where US officials have "
                    "asked to question him.")
    held = [e for e in c.events if e.cameo == "173"]
    assert held and all(e.source is not None and e.source.country == "PER" for e in held)


def test_national_newspaper_tells_the_country_of_its_local_story(coder):
    text = ("Farmer found dead near Parika\n\n"
            "Kaieteur News – Detectives in Region Three are probing the death of a farmer found in a "
            "canal on Sunday.\n\n"
            "Two fishermen are presently in police custody assisting with the probe.\n\n"
            "A relative told Kaieteur News that the farmer had left home early on Saturday.")
    c = code(coder, text)
    held = [e for e in c.events if e.cameo == "173"]
    assert held and all(e.source is not None and e.source.country == "GUY" for e in held)


def test_their_in_a_fronted_phrase_is_of_the_unknown_plural_subject(coder):
    text = ("Israeli officials met the casino owner in Tel Aviv last spring.\n\n"
            "In their complaint against Google, the claimants said the firm had mishandled their data.")
    c = code(coder, text)
    assert not any(e.source is not None and e.source.country == "ISR" and e.sentence_index == 1
                   for e in c.events)


def test_indefinite_description_of_the_first_of_two_people(coder):
    text = ("The guards were told to watch Lena Holm, a Danish web designer who visited the embassy, and "
            "Mark Webb, a friend of Holm.\n\n"
            "Holm was arrested by police on Tuesday.")
    c = code(coder, text)
    arrests = [e for e in c.events if e.cameo == "173"]
    assert arrests and all(e.target is not None and e.target.country == "DNK" for e in arrests)


def test_a_plural_weak_title_before_a_name_does_not_fail_the_page(coder):
    """"Kenyan chiefs Tom Mbuvi …": the title's entry is its lemma's ("chief"), not the plural's, which the
    word table does not hold (KeyError: the whole page failed to code)."""
    for text in ("Kenyan chiefs Tom Mbuvi and Ali Hassan said the suspects were arrested.",
                 "Kenyan tribal chiefs Tom Mbuvi criticized the government."):
        c = code(coder, text)
        assert c.status == "ok" and c.events, (text, c.reason)


def test_what_a_relative_clause_says_a_person_is_tells_his_country(coder):
    c = code(coder, "Gen. Harold Keller, who is the top army officer of Norway, met with President Macron in "
                    "Paris on Monday.")
    a = actor_named(c, "Gen. Harold Keller")
    assert a is not None and a.country == "NOR"


def test_the_country_is_the_one_the_text_named_before(coder):
    c = code(coder, "Peru declared a state of emergency on Monday. Carlos Ruiz, the chief economist in the "
                    "country, criticized the central bank.")
    a = actor_named(c, "Carlos Ruiz")
    assert a is not None and a.country == "PER"
    c = code(coder, "Ghana held a runoff vote on Sunday. The country's foreign minister met with the French "
                    "ambassador in Paris.")
    assert any(a.country == "GHA" and a.sector == "GOV" for a in c.actors)


def test_a_country_naming_a_topic_is_not_the_story_country(coder):
    c = code(coder, "Former minister meets with pupils to talk about their Ghana website. A former "
                    "government minister met students to discuss a website they have created. The website "
                    "was created by students who have been studying the Ghana elections.",
             url="https://www.surreycomet.co.uk/news/123.story/")
    assert [(e.source.code, e.target.code) for e in c.events if e.trigger.text == "met"] == \
        [("GBRELI", "GBREDU")]


def test_a_state_named_by_its_abbreviation(coder):
    c = code(coder, "The NSW Roads Minister Paul Hartley criticised the trucking companies for the delays.")
    assert any(d[0] == "11" and d[1] == "AUS" for d in root_dyads(c))


def test_an_australian_state_is_not_the_seychelles(coder):
    text = ("Horse racing was cancelled across Queensland on Monday. No cases have been found in Victoria, "
            "and meetings in Victoria will go ahead. \"We will be working with police to stop horse "
            "movements,\" the minister said.")
    c = code(coder, text)
    assert all(a.country != "SYC" for a in c.actors)
    assert any(e.source is not None and e.source.country == "AUS" for e in c.events)


def test_the_state_abbreviation_tells_the_story_country(coder):
    text = ("Racing was cancelled across NSW after the outbreak. No cases have been found in Victoria. "
            "\"We will be working with police to stop horse movements,\" the minister said.")
    c = code(coder, text)
    assert any(e.source is not None and e.source.country == "AUS" for e in c.events)
