"""Coder v2: persuading a party to act is an appeal to it (020; convincing someone that something is so
asks nothing); putting or stepping up pressure on a party is a demand of it (100); a statement that "all
sides" or "both parties" should or must act is an appeal with no target (coding guide: appeals to "all
sides" are 020 with no target).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def test_persuading_a_party_to_act_is_an_appeal_to_it(coder):
    got = triples(code(coder, "The French president persuaded the German chancellor to back the plan."), "02")
    assert got == [("020", "FRAGOV", "DEUGOV")], got


def test_convincing_someone_that_something_is_so_is_no_appeal(coder):
    text = "The Dutch prime minister convinced the Belgian premier that the plan was sound."
    got = triples(code(coder, text), "02")
    assert got == [], got


def test_putting_pressure_on_a_party_is_a_demand_of_it(coder):
    for text in ("Azerbaijan puts pressure on Georgia over the border works.",
                 "The European Union has stepped up pressure on Belarus to free political prisoners."):
        got = [(c, s[:3], t[:3]) for c, s, t in triples(code(coder, text), "10") if s and t]
        assert got and got[0][0] == "100", (text, got)
        assert got[0][2] in ("GEO", "BLR"), (text, got)


def test_pressure_of_a_storm_or_of_rebels_is_no_demand(coder):
    for text in ("The storm put pressure on the power grid of Cuba.",
                 "Rebels kept up the pressure on government troops near the city of Goma."):
        got = triples(code(coder, text), "10")
        assert got == [], (text, got)


def test_an_appeal_to_all_sides_has_no_target(coder):
    for text in ("All sides should return to the negotiating table, the Norwegian foreign minister said.",
                 "The Chinese foreign ministry said both parties must show restraint along the border."):
        got = triples(code(coder, text), "02")
        assert len(got) == 1 and got[0][0] == "020" and got[0][2] is None, (text, got)


def test_a_private_speaker_on_both_sides_makes_no_appeal(coder):
    got = triples(code(coder, "The coach said both sides should have scored more goals."), "02")
    assert got == [], got


def test_the_shipped_coder_keeps_an_appeal_to_all_sides(dyadic_coder):
    text = "All sides should return to the negotiating table, the Norwegian foreign minister said."
    got = triples(code(dyadic_coder, text), "02")
    assert got == [("020", "NORGOV", None)], got
