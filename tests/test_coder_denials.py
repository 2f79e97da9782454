"""Coder v2: denials and refusals in reported speech. A speaker saying his own side did not do a violent act
denies it (120, to no one named); a party "not going to" deal with another refuses it (120); claims said to be
"not true" are dismissed (120 toward their author).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def _rejections(coder, text):
    return [t for t in triples(code(coder, text)) if t[0] == "120"]


def test_own_forces_did_not_shoot_is_a_denial(coder):
    assert ("120", "USACOP", None) in _rejections(
        coder, "Police Chief Tom Hale of Dallas said his officers did not shoot the man.")


def test_another_party_not_shooting_is_no_denial(coder):
    assert not _rejections(coder, "Police Chief Tom Hale of Dallas said the gunman did not shoot a guard.")


def test_a_pledge_not_to_shoot_is_no_denial(coder):
    assert not _rejections(coder, "Police Chief Tom Hale of Dallas said his officers will not shoot anyone.")


def test_not_going_to_negotiate_is_a_refusal(coder):
    assert ("120", "PAKGOV", "AFGREB") in _rejections(
        coder, "\u201cWe are not going to negotiate with the Taliban,\u201d the Pakistani premier said.")


def test_going_to_negotiate_is_no_refusal(coder):
    assert not _rejections(
        coder, "\u201cWe are going to negotiate with the Taliban,\u201d the Pakistani premier said.")


def test_claims_said_not_true_are_dismissed(coder):
    assert ("120", "RUSGOV", "GBR") in _rejections(
        coder, "The Kremlin said the allegations by Britain were not true.")


def test_claims_said_true_are_not_dismissed(coder):
    assert not _rejections(coder, "The Kremlin said the allegations by Britain were true.")


def _criticism(coder, text):
    return [t for t in triples(code(coder, text)) if t[0] == "111"]


def test_a_programme_that_wont_work_is_criticised(coder):
    assert ("111", "GBRHLH", "GBRGOV") in _criticism(
        coder, "The Health Department announced a new recovery programme for rural clinics. The British "
               "Medical Association says the programme won't halt the exodus of doctors.")


def test_proposals_unlikely_to_help_criticise_their_author(coder):
    assert ("111", "GBRNGO", "GBRPTY") in _criticism(
        coder, "The Labour Party proposed free school meals. The Resolution Foundation says the proposals "
               "make good sense but are unlikely to reduce poverty.")


def test_a_programme_that_will_work_is_not_criticised(coder):
    assert not _criticism(
        coder, "The Health Department announced a new recovery programme for rural clinics. The British "
               "Medical Association says the programme will halt the exodus of doctors.")


def test_a_storm_that_wont_stop_is_no_measure(coder):
    assert not _criticism(
        coder, "The Health Department announced a new recovery programme for rural clinics. The British "
               "Medical Association says the storm won't stop before Friday.")


def _outlooks(coder, text):
    return [t for t in triples(code(coder, text)) if t[0] == "013"]


def test_a_ministry_confident_in_its_words_is_optimistic(coder):
    assert ("013", "KENGOV", None) in _outlooks(
        coder, "The Kenyan Ministry of Health said it was confident that the outbreak would end soon.")


def test_a_ministry_satisfied_that_is_optimistic(coder):
    assert ("013", "KENGOV", None) in _outlooks(
        coder, "The Kenyan Ministry of Health said it was satisfied that pupils can return to classes.")


def test_satisfied_with_replies_is_no_outlook(coder):
    assert not _outlooks(
        coder, "The Kenyan Ministry of Health said it was satisfied with the replies from the hospitals.")
