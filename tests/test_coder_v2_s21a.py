"""Coder v2, session 21a: reported statements whose content is itself the act (blame, refusal). Every
sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def acts(coded):
    """(root, source code, target code) of each event stated as done (not negated or hypothetical)."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events
            if str(e.modality) in ("asserted", "claimed")]


# ---------------------------------------------------------------- blame: another party's deed did harm
def test_saying_another_partys_policy_caused_harm_blames_that_party(coder):
    c = code(coder, "Biden says Russia's energy policies have caused European factories to shut down.")
    assert ("11", "USAGOV", "RUS") in acts(c)
    c = code(coder, "The opposition leader said the government's reforms have led to shortages of medicine.")
    assert any(r == "11" and t and t.endswith("GOV") for r, _s, t in acts(c))


def test_a_harm_verb_with_a_party_as_its_subject_blames_it(coder):
    c = code(coder, "Senator Elizabeth Warren said the Pentagon has hurt thousands of small businesses.")
    assert ("11", "USALEG", "USAMIL") in acts(c)


def test_harm_by_no_party_or_harm_forecast_is_no_blame(coder):
    for text in ("Senator Elizabeth Warren said the storm damaged hundreds of homes.",
                 "Senator Elizabeth Warren said Amazon's plan could hurt small businesses.",
                 "Senator Elizabeth Warren said Amazon has not hurt small businesses.",
                 "Senator Elizabeth Warren said her own bill has cost the Treasury money."):
        assert not any(r == "11" for r, _s, _t in acts(code(coder, text))), text


def test_a_suspects_harm_told_by_police_stays_their_account(coder):
    c = code(coder, "DAYTON, Ohio -- A burglar broke into a store overnight. The burglar also damaged a "
                    "vending machine while trying to open it, Sgt. Mark Hollis said.")
    assert not any(e.rule.endswith("speech:blame]/verb") for e in c.events)


# ---------------------------------------------------------------- refusal: the speaker's side won't
def test_the_speakers_side_will_not_cooperate_is_a_refusal(coder):
    c = code(coder, "Iran's foreign minister said Tehran would not negotiate with Washington under pressure.")
    assert ("12", "IRNGOV", "USA") in acts(c)
    c = code(coder, "Zelensky said Ukraine will never recognise Russia's annexation of Crimea.")
    assert ("12", "UKRGOV", "RUS") in acts(c)


def test_the_speakers_side_will_not_bow_to_pressure_is_a_refusal(coder):
    c = code(coder, "Prime Minister Stephen Harper declared that Canada would not be intimidated by Russian "
                    "bombers.")
    assert any(r == "12" and s == "CANGOV" and t and t.startswith("RUS") for r, s, t in acts(c))


def test_what_did_not_happen_or_what_another_party_wont_do_is_no_refusal(coder):
    for text in ("Zelensky said Ukraine did not negotiate with Russia.",
                 "Zelensky said Russia will not negotiate with Ukraine."):
        assert not any(r == "12" for r, _s, _t in acts(code(coder, text))), text


# ---------------------------------------------------------------- fault found in hindsight: "should have"
def test_should_have_done_is_criticism_of_its_subject_not_an_appeal(coder):
    c = code(coder, "Senator Susan Collins said the White House should have acted much sooner.")
    assert ("11", "USALEG", "USAGOV") in acts(c)
    assert not any(r == "02" for r, _s, _t in acts(c))
    c = code(coder, "Senator Susan Collins said no changes should have been made by the Pentagon.")
    assert ("11", "USALEG", "USAMIL") in acts(c)


def test_more_could_have_been_done_faults_whom_the_story_is_on(coder):
    c = code(coder, "The Pentagon set up a task force on the barracks. Senator Susan Collins stressed that "
                    "she believed more measures could have been taken.")
    assert ("11", "USALEG", "USAMIL") in acts(c)


def test_should_act_is_still_an_appeal_and_own_hindsight_faults_no_one(coder):
    c = code(coder, "Senator Susan Collins said the White House should act sooner.")
    assert ("02", "USALEG", "USAGOV") in acts(c)
    for text in ("The Pentagon set up a task force on the barracks. Senator Susan Collins said we should "
                 "have been told.",
                 "Senator Susan Collins said the Pentagon could have won the war."):
        assert not any(r == "11" for r, _s, _t in acts(code(coder, text))), text


# ---------------------------------------------------------------- a measure asked for: "should be removed"
def test_a_measure_said_to_be_needed_with_no_doer_is_an_appeal_to_the_government(coder):
    c = code(coder, "WASHINGTON -- Senator Susan Collins said the restrictions must be lifted immediately.")
    assert ("02", "USALEG", "USAGOV") in acts(c)


def test_a_government_stating_what_must_be_done_or_a_forecast_is_no_appeal(coder):
    for text in ("WASHINGTON -- The White House said the restrictions must be lifted immediately.",
                 "WASHINGTON -- Senator Susan Collins said the bridge will be rebuilt."):
        assert not any(r == "02" for r, _s, _t in acts(code(coder, text))), text


def test_a_quoted_i_think_still_hedges_the_judgement(coder):
    c = code(coder, "TORONTO -- \"I think people are kind of told that renting is irresponsible somehow,\" "
                    "Professor Heather Rollwagen of Ryerson University says.")
    assert not any(r == "11" for r, _s, _t in acts(c))
