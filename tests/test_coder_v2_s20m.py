"""Coder v2, session 20m: the second event of a sentence (conjoined verbs, a speech act and the act it
reports) read in real news. Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def _codes(coder, text):
    return [(e.cameo, e.trigger.text) for e in code(coder, text).events]


# ---------------------------------------------------------------- a passive series shares its subject
def test_a_fine_after_a_sentence_in_one_passive_series_is_coded(coder):
    # the tagger reads "fined" as a past tense; it is the participle of "was sentenced … and fined"
    c = _codes(coder, "In June, Lee was sentenced to 15 years in jail on 12 counts including embezzlement, "
                      "extortion and fraud, and fined $4.2 million.")
    assert ("173", "sentenced") in c and ("116", "fined") in c


def test_a_verdict_and_a_sentence_in_one_passive_series_are_two_acts(coder):
    c = _codes(coder, "The 52-year-old tycoon was found guilty of fraud in May and sentenced to six years.")
    assert ("116", "found guilty") in c and ("173", "sentenced") in c


def test_an_active_verb_after_an_arrest_does_not_befall_the_arrested(coder):
    c = code(coder, "The mayor was arrested on Monday and fired his lawyer.")
    assert [e.trigger.text for e in c.events] == ["arrested"]
    assert triples(c)[0][0] == "173"


# ---------------------------------------------------------------- an admission beside the arrest
def test_a_suspect_admitting_to_a_deed_owns_it(coder):
    c = _codes(coder, "Deputies arrested Dana Miller, 41, on Friday. The sheriff says Miller had two "
                      "warrants out for her arrest and she admitted to taking the jewelry.")
    assert ("015", "admitted") in c


def test_a_suspect_admitting_a_theft_owns_it(coder):
    c = code(coder, "A 30-year-old Dayton man who admitted stealing a police cruiser has been fined.")
    assert ("015", "USACVL", None) in triples(c) or ("015", "CVL", None) in triples(c)


def test_an_admission_of_a_state_of_affairs_or_of_no_offence_is_no_event(coder):
    assert _codes(coder, "The health minister admitted last week that it was hard to find a dentist.") == []
    assert _codes(coder, "The boy admitted eating the last slice of cake.") == []


# ---------------------------------------------------------------- a ruling told in the passive
def test_a_defendant_declared_incompetent_is_ruled_on_by_the_court(coder):
    c = _codes(coder, "A Fairfax man charged in the killing of his neighbor has been declared incompetent to "
                      "stand trial.")
    assert ("173", "charged") in c and ("116", "declared incompetent") in c


# ---------------------------------------------------------------- a series of one subject's acts
def test_a_past_tense_in_a_series_parsed_as_a_participle_keeps_the_subject(coder):
    # the parser reads "condoled" as a participle adjunct (passive); it is the chief's second act
    c = code(coder, "In Quetta the army chief also met the brother of the slain officer, condoled with him "
                    "and offered prayers.")
    assert ("018", "MIL", "CVL") in triples(c) or any(t[0] == "018" and t[1].endswith("MIL")
                                                      for t in triples(c))


def test_a_participle_adjunct_is_still_passive(coder):
    c = _codes(coder, "The clerk is in the county jail, accused of robbery.")
    assert ("112", "accused") in c


def test_muzzling_the_press_is_a_restriction_of_the_media(coder):
    c = code(coder, "The president has jailed opponents and muzzled the media since the election.")
    assert any(t[0] == "1721" for t in triples(c))
    assert _codes(coder, "The dog was muzzled before the walk.") == []


def test_a_columnist_admitting_a_taste_is_no_admission(coder):
    text = ("Maria Jenkins writes about weddings. “Tied to cakes and wrapped around glasses, the bow felt "
            "charming but it is now overdone,” Jenkins admits.")
    assert not any(e.cameo == "015" for e in code(coder, text).events)


# ---------------------------------------------------------------- "quoted X as saying"
def test_the_one_quoted_as_saying_is_the_speaker(coder):
    c = code(coder, "The agency quoted the Russian defence minister as saying that Ukraine had shelled "
                    "the dam.")
    assert ("112", "RUSGOV", "UKR") in triples(c)


def test_a_gerund_after_as_with_no_object_is_not_said_by_a_thing(coder):
    c = code(coder, "The agency described the dam as saying much about Soviet engineering.")
    assert [e for e in c.events if e.trigger.text == "saying"] == []
