"""Coder v2: "the accused" is a party (the tagger reads it as a verb); a private person's shots fired at
someone are gunfire (193), not a blow (182); a person pulled or knocked to the ground by a private person is
assaulted (182, not when officers do it); a person held against her will is abducted (181). A blow with
a tool stays an assault. Gunfire exchanged with another side is coded both ways, one entry per side.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _violence(c):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.sector)
            for e in c.events if e.cameo[:2] in ("18", "19")]


def test_the_accused_is_the_doer_of_an_assault(coder):
    for text in ("The accused then struck the driver with a bottle.",
                 "The clerk was counting the till when the accused walked up to the counter and punched her "
                 "in the face."):
        got = _violence(code(coder, text))
        assert [(r[:2], s, t) for r, s, t in got] == [("18", "CVL", "CVL")], (text, got)


def test_shots_fired_at_a_person_by_a_private_person_are_gunfire_a_blow_an_assault(coder):
    for text in ("Marvin Doyle fired his rifle at his neighbor during a dispute over a fence.",
                 "Police said Rita Vance opened fire on her husband in the driveway of their home."):
        got = _violence(code(coder, text))
        assert got and got[0] == ("193", "CVL", "CVL"), (text, got)
    got = _violence(code(coder, "Marvin Doyle hit his neighbor with a shovel during a dispute over a fence."))
    assert got and got[0][0] == "182", got


def test_a_person_thrown_to_the_ground_by_a_private_person_is_assaulted(coder):
    for text in ("Lyle Ferris knocked the cashier to the ground and ran off with the cash box.",
                 "Nora Quill was pulled to the ground by a man in a grey hoodie outside the library."):
        got = _violence(code(coder, text))
        assert got and got[0] == ("182", "CVL", "CVL"), (text, got)
    # officers taking a suspect to the ground make an arrest, no assault
    assert _violence(code(coder, "Two officers pushed Lyle Ferris to the ground and handcuffed him.")) == []


def test_a_person_held_against_her_will_is_abducted(coder):
    for text in ("Lyle Ferris held his girlfriend against her will in a motel room for two days.",
                 "Lyle Ferris kept his wife captive in a shed behind their farmhouse."):
        got = _violence(code(coder, text))
        assert got and got[0] == ("181", "CVL", "CVL"), (text, got)


def test_gunfire_exchanged_with_another_side_is_coded_both_ways(coder):
    for text in ("The sheriff's officer traded gunfire with the burglar behind the warehouse.",
                 "Border police exchanged fire with the smugglers near the river crossing."):
        got = _violence(code(coder, text))
        assert {r[:2] for r, _, _ in got} == {"19"}, (text, got)
        sides = sorted((s, t) for _, s, t in got)
        assert len(sides) == 2 and sides[0] == sides[1][::-1], (text, got)


def test_an_unnamed_accuser_is_the_police_or_prosecution_the_story_names_else_of_no_sector(coder):
    """'X is accused of Y' with no accuser: the police or the prosecution the sentence or the story names;
    when it names neither, an accuser of the story's country whose sector is not told (no invented court)."""
    deed = "Two Ohio men are accused of running a methamphetamine lab out of a motel room."
    for before, sector in (("Police in Dayton raided a motel on Friday. ", "COP"),
                           ("Prosecutors in Dayton filed the case on Friday. ", "JUD"),
                           ("", None)):
        c = code(coder, before + deed)
        assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events if e.cameo == "112"] == \
            [("112", sector, "CVL")], before
    c = code(coder, "The Spanish culture minister was accused of lying to parliament about the museum deal.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("112", "ESP", "ESPGOV")]


def test_accused_of_a_deed_in_the_passive_is_an_accusation_by_unnamed_accusers(coder):
    """'was accused of doing': an accusation (112) told without its accusers, also of no crime; not a
    participle that describes, a charge named by a noun, an accusation with no deed or one asked about."""
    for text in ("The provost of Harwick College has been accused of copying passages from a rival's thesis.",
                 "The transport minister was accused of being swayed by a property developer."):
        got = [(e.cameo, e.target and e.target.sector) for e in code(coder, text).events]
        assert [r for r, _ in got] == ["112"] and got[0][1], (text, got)
    for text in ("Students accused of cheating will meet a review panel in March.",
                 "The minister was accused in the case.",
                 "At the hearing the defendants learn what they are accused of doing."):
        got = [e.cameo for e in code(coder, text).events if e.cameo[:2] == "11"]
        assert got == [], (text, got)


def test_fire_in_a_when_clause_is_aimed_at_whom_the_main_clause_says_it_harmed(coder):
    for text in ("Dorian Platt was wounded when the county police returned fire.",
                 "A villager was killed when soldiers opened fire near the market."):
        got = _violence(code(coder, text))
        assert [(s, t) for _r, s, t in got] == [("COP" if "police" in text else "MIL", "CVL")], (text, got)
    # fire in a "when" clause whose main clause harms no one names no target
    got = _violence(code(coder, "The crowd scattered when soldiers opened fire near the village market."))
    assert all(t is None for _r, _s, t in got), got


def test_police_clashing_with_protesters_is_force_one_way(coder):
    """Protesters do not fight back with force in a clash: one 19x, the police's; armed sides, both ways."""
    got = _violence(code(coder, "Riot police clashed with opposition protesters in the capital on Sunday."))
    assert not any(s == "OPP" for _, s, _ in got), got
    got = _violence(code(coder, "Government troops clashed with rebels near the northern border on Sunday."))
    sides = sorted((s, t) for r, s, t in got if r.startswith("19"))
    assert len(sides) == 2 and sides[0] == sides[1][::-1], got
