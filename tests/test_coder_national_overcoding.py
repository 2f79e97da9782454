"""Coder v2: over-coding on national and international news: a vow of reprisals is a threat (not an
intent to cooperate), "a campaign of <acts>" is no party's campaign team, an adverbial "in protest of" is
protested by the clause's subject, a bare "sit down" is no meeting, and a blow at a thing is no assault on its
owner.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def by_code(coded, prefix):
    """(code, source code, target code) of the events whose code starts with ``prefix``."""
    return [t for t in triples(coded) if t[0].startswith(prefix)]


# ---------------------------------------------------------------- vows of reprisals
def test_a_vow_of_retaliation_is_a_threat_against_whom_it_names(coder):
    c = code(coder, "The Iranian government vowed retaliation against Israel on Sunday.")
    assert by_code(c, "03") == []
    assert by_code(c, "13") == [("130", "IRNGOV", "ISR")]


def test_a_pledged_campaign_of_countermeasures_is_a_threat_not_a_party(coder):
    c = code(coder, "The Russian foreign minister pledged a campaign of counter-measures against Ukraine.")
    assert by_code(c, "03") == []
    assert by_code(c, "13") == [("130", "RUSGOV", "UKR")]
    c = code(coder, "Japan pledged humanitarian aid to Sudan on Monday.")  # a pledge of aid stays one
    assert by_code(c, "03") == [("0333", "JPN", "SDN")]


# ---------------------------------------------------------------- in protest of
def test_in_protest_of_the_protester_is_the_clauses_subject(coder):
    c = code(coder, "Iran recalled its envoy in protest of the naval exercise by Britain and France.")
    protests = by_code(c, "14")
    assert protests and all(t[1] == "IRN" for t in protests)
    assert {t[2] for t in protests} <= {"GBR", "FRA"}


# ---------------------------------------------------------------- sitting down
def test_telling_two_people_to_sit_down_is_no_meeting_between_them(coder):
    c = code(coder, "The Kenyan president angrily told Raila Odinga and William Ruto to sit down.")
    assert by_code(c, "04") == []
    # sitting down for talks, or with a party, is a meeting
    c = code(coder, "Vladimir Putin and Emmanuel Macron sat down for talks at the Kremlin.")
    assert ("040", "RUSGOV", "FRAGOV") in by_code(c, "04")
    c = code(coder, "The French president sat down with Vladimir Putin on Friday.")
    assert by_code(c, "04") == [("040", "FRAGOV", "RUSGOV")]


# ---------------------------------------------------------------- a blow at a thing
def test_hitting_someones_car_is_no_assault_on_them(coder):
    c = code(coder, "Police in Ohio said the suspect hit the officer's cruiser with a metal bar.")
    assert by_code(c, "18") == []
    c = code(coder, "Police in Ohio said the suspect hit the officer with a metal bar.")
    assert [t[0] for t in by_code(c, "18")] == ["182"]


def test_a_threatened_campaign_of_attacks_is_aimed_at_whom_the_attacks_are_on(coder):
    c = code(coder, "Somali militants threatened a new campaign of attacks on Kenya.")
    assert [t[2] for t in by_code(c, "13")] == ["KEN"]


# ---------------------------------------------------------------- judging words that name a topic
def test_a_wrong_named_as_what_an_agency_is_barred_from_accuses_no_one(coder):
    c = code(coder, "The senator said he knew the FBI is legally prohibited from spying on citizens.")
    assert by_code(c, "11") == []
    c = code(coder, "The senator said the FBI was spying on citizens.")  # said it did: an accusation
    assert by_code(c, "11") == [("112", "USALEG", "USASPY")]


def test_a_wrong_named_as_the_topic_of_work_accuses_no_one(coder):
    c = code(coder, "His work on corruption in world football gave weight to his reports on the senator's "
                    "ties to Moscow, U.S. officials said on Tuesday.")
    assert by_code(c, "11") == []


def test_a_relationship_mistaken_for_another_is_no_criticism(coder):
    c = code(coder, "Senator Warren said the governor's friendship with the mayor is mistaken for a pact.")
    assert by_code(c, "11") == []


# ---------------------------------------------------------------- training and claims after a semicolon
def test_training_for_ones_own_officers_is_no_military_aid(coder):
    c = code(coder, "The sheriff's office is working with consultants to provide training to all deputies.")
    assert by_code(c, "07") == []
    c = code(coder, "Britain provided military training to Ukrainian troops last year.")
    assert by_code(c, "07") == [("072", "GBR", "UKRMIL")]


def test_a_clause_before_a_semicolon_is_not_what_a_claimant_says(coder):
    c = code(coder, "The state prosecutor questioned Governor Smith about the bribes; Governor Smith claimed "
                    "he had no idea.")
    assert by_code(c, "11") == []


def test_support_given_with_intelligence_and_logistics_is_military_aid(coder):
    c = code(coder, "France supported the Malian army with intelligence and logistics.")
    assert by_code(c, "0") == [("072", "FRA", "MLIMIL")]
