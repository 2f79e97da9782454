"""Coder v2: cooperation and yielding acts the lexicon had no word for. Arms sold or an arms sale approved
between states (062); peacekeepers deployed to a country (074); aid disbursed, restored or released to a
party (07); prisoners swapped between two sides (0841, each to the other); amnesty granted and sentences
commuted (080, as a pardon); a border reopened or access restored by an authority (081); a demand or an
objection dropped (080); joint patrols (062); a partnership deepened (060); protests called off by their
movement (082: "called off" is no light verb of the protest noun, whose act it negates). A firm's sale, a
sale of a building, water restored by a utility, views exchanged and a road reopened by police stay no
event.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def test_arms_sold_or_a_sale_approved_between_states_is_military_cooperation(coder):
    for text in ("The Norwegian government sold twelve howitzers to Estonia last year.",
                 "The State Department approved the sale of 24 attack helicopters to Morocco."):
        got = triples(code(coder, text), "06", "03")
        assert got and got[0][0] in ("062", "0312"), (text, got)
        assert got[0][2] in ("EST", "MAR"), (text, got)
    for text in ("Saab sold fighter jets to the Hungarian air force.",
                 "The city council approved the sale of the old library to a developer.",
                 "The ministry sold its stake in the airline to a Qatari investor."):
        assert not triples(code(coder, text), "06"), (text, triples(code(coder, text)))


def test_peacekeepers_deployed_to_a_country_are_peacekeeping_aid(coder):
    got = triples(code(coder, "Bangladesh deployed 800 peacekeepers to South Sudan."))
    assert ("074", "BGD", "SSD") in got, got


def test_aid_disbursed_restored_or_released_to_a_party(coder):
    cases = {"The World Bank disbursed a $200 million loan to Zambia.": ("07", "ZMB"),
             "The European Union restored funding to the Palestinian Authority.": ("07", "PSE"),
             "Washington released $250 million in military aid to Ukraine.": ("072", "UKR")}
    for text, (want, target) in cases.items():
        got = triples(code(coder, text), "07")
        assert got and got[0][0].startswith(want) and (got[0][2] or "").startswith(target), (text, got)
    for text in ("The council released funds for road repairs on Monday.",
                 "The utility restored water supplies to 5,000 homes."):
        assert not triples(code(coder, text), "07"), (text, triples(code(coder, text)))


def test_prisoners_swapped_are_released_by_each_side_to_the_other(coder):
    got = triples(code(coder, "Ethiopia and Eritrea exchanged 40 prisoners on Sunday."), "08")
    assert sorted(got) == [("0841", "ERI", "ETH"), ("0841", "ETH", "ERI")], got
    text = "Armenia swapped detainees with Azerbaijan in a deal brokered by Moscow."
    got = triples(code(coder, text), "08")
    assert ("0841", "ARM", "AZE") in got, got
    for text in ("The two ministers exchanged views on the border dispute.",
                 "Traders exchanged currencies at the market in the capital."):
        assert not triples(code(coder, text), "08"), (text, triples(code(coder, text)))


def test_amnesty_granted_and_sentences_commuted_are_a_yield(coder):
    got = triples(code(coder, "The Colombian president granted amnesty to 300 guerrillas."), "08")
    assert got and got[0][0] == "080", got
    got = triples(code(coder, "The governor commuted the death sentences of 17 inmates on Friday."), "08")
    assert got and got[0][0] == "080", got


def test_a_border_reopened_or_access_restored_by_an_authority_eases_restrictions(coder):
    got = triples(code(coder, "The Tanzanian government reopened its border with Kenya on Monday."))
    assert ("081", "TZAGOV", "KEN") in got, got
    got = triples(code(coder, "The Pakistani government restored access to the social media platform."), "08")
    assert got and got[0][0] == "081", got
    for text in ("Police reopened the highway to traffic after the crash.",
                 "The mayor opened the new bridge over the river on Monday."):
        assert not triples(code(coder, text), "08"), (text, triples(code(coder, text)))


def test_joint_patrols_with_a_partner_are_military_cooperation(coder):
    got = triples(code(coder, "Thai and Malaysian troops carried out joint patrols along the border."))
    assert [c for c, _, _ in got].count("062") == 2, got


def test_a_partnership_deepened_with_a_state_is_cooperation(coder):
    got = triples(code(coder, "Indonesia expanded its partnership with Australia last year."))
    assert ("060", "IDN", "AUS") in got, got


def test_protests_called_off_by_the_movement_ease_dissent(coder):
    got = triples(code(coder, "Opposition leaders in Lusaka called off the demonstrations after meeting the "
                              "president."))
    assert [c for c, _, _ in got if c.startswith("08")] == ["082"], got
    got = triples(code(coder, "The Malian government called off talks with the rebels."))
    assert not [c for c, _, _ in got if c.startswith("08")], got
