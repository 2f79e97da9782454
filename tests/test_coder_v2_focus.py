"""Which country a story is about when it names none often (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, triples

US_PAPER = "https://www.example-herald.com/news/local/1"  # a .com outlet tells no country


def codes(coder, text):
    return triples(code(coder, text, url=US_PAPER))


def test_the_town_a_headline_opens_with_is_the_storys_country(coder):
    text = ("Tucson man gets ten years in pension scheme. The judge imposed the sentence on Friday. "
            "Prosecutors say Ray Dunn forged statements and paid early clients with the money of later ones.")
    assert ("112", "USAJUD", "USACVL") in codes(coder, text)


def test_a_headline_place_that_is_someones_origin_is_no_focus(coder):
    text = ("New Zealand national stabbed in shed. The judge imposed the sentence on Friday. "
            "Prosecutors say Ray Dunn forged statements and paid early clients with the money of later ones.")
    assert ("112", "JUD", "CVL") in codes(coder, text)  # no country rather than the victim's


def test_a_state_legislator_makes_a_story_american(coder):
    text = ("Agencies miss their purchasing goals. \"These numbers are poor,\" said state Sen. Ann Lowe, "
            "who chairs a panel on contracts. Lowe argued that the state must set aside more purchases "
            "for small firms.")
    assert all(s.startswith("USA") for _, s, _t in codes(coder, text))
    assert codes(coder, text)


def test_a_state_abbreviation_counts_as_a_place_of_its_country():
    from tacitus.events.roles import story_places
    from tacitus.nlp.model import load_model

    doc = load_model()("She moved to Fla. in May and later to Calif. for work.")
    assert story_places(doc, _NoActors()) == {"USA": 2}


class _NoActors:
    """An actor lookup that knows no place: what is counted comes from the state names alone."""

    def country_for_token(self, token):
        return None

    def company_at(self, token):
        return False


def test_a_capitals_namesake_in_american_local_news_is_the_american_town(coder):
    text = ("Deputies of the Pike County Sheriff's Office stopped a truck on Route 9. Two London residents "
            "were arrested. Officer Dale Moss stopped a second vehicle near London an hour later.")
    assert all((s or "").startswith("USA") for _, s, _t in codes(coder, text))
    assert ("173", "USACOP", "USACVL") in codes(coder, text)
    text = "British police stopped a truck in Kent. Two London residents were arrested."
    assert ("173", "GBRCOP", "GBRCVL") in codes(coder, text)


def test_another_bodys_nationality_does_not_pass_to_an_unmarked_party(coder):
    text = ("Jamaican officials met in Kingston on Monday. Jamaica's cabinet discussed the budget. Governor "
            "Paul Reid on Thursday called for calm after United States Drug Enforcement Administration (DEA) "
            "officials arrested the island's finance minister, Omar Gayle, 51.")
    assert ("020", "JAMGOV", "JAMCVL") in codes(coder, text)


def test_where_people_are_from_is_not_where_the_act_happened():
    from tacitus.events.roles import sentence_places
    from tacitus.nlp.model import load_model

    nlp = load_model()
    gaza = _PlacesAt({"Gaza": "PSE", "Sderot": "ISR"})
    sent = next(nlp("The terrorists, people from Gaza, raped girls.").sents)
    assert sentence_places(sent, gaza) == set()
    sent = next(nlp("Rockets from Gaza hit homes in Sderot.").sents)
    assert sentence_places(sent, gaza) == {"PSE", "ISR"}  # (things fired from a place: it is a party's)


class _PlacesAt:
    """An actor lookup that knows the country of a few place names only."""

    def __init__(self, countries):
        self.countries = countries

    def country_for_token(self, token):
        return self.countries.get(token.text)

    def company_at(self, token):
        return False


def test_a_speaker_goes_on_speaking_across_a_long_quote(coder):
    text = ('Defence Minister Mark Oyelaran has said the army recruited 20,000 soldiers. According to him, '
            '"the army is stronger now. We have recruited across the country. We bought new equipment. We '
            'trained new officers. That was why the budget was approved," he added. He later criticised the '
            'opposition.')
    c = code(coder, text)
    pronouns = [a for a in c.actors if a.text in ("he", "He")]
    assert len(pronouns) == 2 and all(a.person == "Mark Oyelaran" for a in pronouns)
    # someone else named outside the quote since: no longer the minister
    text = ('Defence Minister Mark Oyelaran has said the army recruited 20,000 soldiers. "We bought new '
            'equipment. We trained officers. We paid the troops." Senator Paul Ade disagreed. "The budget is '
            'too small," he added.')
    c = code(coder, text)
    assert [a.person for a in c.actors if a.text == "he"] != ["Mark Oyelaran"]


def test_the_one_something_is_according_to_is_its_speaker(coder):
    text = ('"The vehicle refused to stop," according to the assistant district attorney. The driver ran '
            'two red lights, he added.')
    c = code(coder, text)
    assert [a.sector for a in c.actors if a.text == "he"] == ["JUD"]


def test_provinces_acting_together_are_governments(coder):
    c = code(coder, "Ottawa offered more money on Friday. Several provinces rejected the offer.")
    assert any(a.text == "provinces" and a.sector == "GOV" for a in c.actors)
    c = code(coder, "Tourists visited several provinces in the north.")
    assert not any(a.text == "provinces" for a in c.actors)


def test_bare_officials_in_a_police_story_are_the_polices(coder):
    text = ("Police arrested a man in Toronto on Monday after a police search of his home. Officers said "
            "he fled. Officials say the suspect stole a car.")
    c = code(coder, text)
    assert [a.sector for a in c.actors if a.text == "Officials"] == ["COP"]
    text = ("Police arrested a man in Toronto on Monday after a police search of his home. Officials in the "
            "regions complained to the governor.")
    c = code(coder, text)
    assert [a.sector for a in c.actors if a.text == "Officials"] != ["COP"]


def test_the_prisoners_a_state_frees_are_its_own_unless_the_sentence_says_whose(coder):
    c = code(coder, "Obama praised Cuba's decision to release dozens of political prisoners.")
    assert [(e.cameo, e.source.code, e.target.country) for e in c.events if e.cameo.startswith("084")] == \
        [("0841", "CUB", "CUB")]
    c = code(coder, "Iran released two American sailors on Tuesday.")
    assert [e.target.country for e in c.events] == ["USA"]


def test_a_noun_stranded_before_a_second_verb_is_its_subject_not_an_object(coder):
    c = code(coder, "Britain expelled 23 Russian diplomats and Canada expelled four.")
    assert not any(e.target is not None and e.target.code == "CAN" for e in c.events)
    c = code(coder, "Russia and Syria bombed Aleppo.")
    assert {e.source.code for e in c.events} == {"RUS", "SYR"}
