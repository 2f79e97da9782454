"""Coder v2: cooperation told in more ways: in touch with a party (040), offering to help one (031),
ties bettered (050) or promised to be (03x), going on with a cooperative act promised (031), thanks and
tribute paid or praise won (051).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


def roots(coder, text, root):
    return [r for r in root_dyads(code(coder, text)) if r[0] == root]


# ---------------------------------------------------------------- 04: in touch with a party
def test_being_in_touch_with_a_party_consults_it(coder):
    assert ("04", "GHA", "TGO") in roots(coder, "The Ghanaian president has been in touch with the Togolese "
                                                "prime minister since the flooding.", "04")
    assert ("04", "GHA", "TGO") in roots(coder, "The Ghanaian government is in contact with Togo about the "
                                                "border.", "04")


def test_being_in_touch_with_families_is_no_consultation(coder):
    assert not roots(coder, "The ministry is in touch with the families of the missing fishermen.", "04")


# ---------------------------------------------------------------- 03: an offer to help
def test_offering_to_help_a_state_do_something_names_it_the_target(coder):
    assert ("03", "GHA", "TGO") in roots(coder, "Ghana offered to help Togo rebuild its main bridge.", "03")


def test_helping_named_in_anothers_clause_is_no_intent(coder):
    assert not roots(coder, "A farmer asked how the new tax would help Ghanaian exporters compete.", "03")


# ---------------------------------------------------------------- 05 / 03: ties bettered or promised
def test_strengthened_ties_are_diplomatic_cooperation(coder):
    text = "Ghana has strengthened its ties with Togo in recent years."
    assert ("05", "GHA", "TGO") in roots(coder, text, "05")


def test_agreeing_to_deepen_ties_is_an_intent(coder):
    dyads = root_dyads(code(coder, "Ghana and Togo agreed to deepen ties after the summit."))
    assert ("03", "GHA", "TGO") in dyads and ("03", "TGO", "GHA") in dyads
    assert not [r for r in dyads if r[0] == "05"]


def test_a_coach_bettering_his_relationship_with_players_is_none(coder):
    assert not root_dyads(code(coder, "The coach improved his relationship with the players."))


# ---------------------------------------------------------------- 03: going on with a cooperation promised
def test_vowing_to_continue_working_with_a_state_is_an_intent(coder):
    dyads = root_dyads(code(coder, "Ghana vowed to continue working with Togo on the railway."))
    assert ("03", "GHA", "TGO") in dyads
    assert not [r for r in dyads if r[0] == "04"]  # promised, not yet done


# ---------------------------------------------------------------- 05: thanks, tribute, praise won
def test_gratitude_expressed_to_a_state_praises_it(coder):
    assert ("05", "GHA", "TGO") in roots(coder, "The Ghanaian president expressed his gratitude to Togo for "
                                                "its help.", "05")


def test_tribute_paid_to_peacekeepers_praises_them(coder):
    assert ("05", "GHA", "TGO") in roots(coder, "The Ghanaian president paid tribute to Togolese "
                                                "peacekeepers.", "05")


def test_tribute_to_victims_and_thanks_to_the_weather_are_none(coder):
    assert not roots(coder, "The mayor paid tribute to the victims of the fire.", "05")
    assert not roots(coder, "Thanks to the rain, the fire was put out quickly.", "05")


def test_praise_won_from_a_government_is_its_praise(coder):
    text = "The Ghanaian president won praise from the Togolese government for his mediation."
    assert ("05", "TGO", "GHA") in roots(coder, text, "05")
