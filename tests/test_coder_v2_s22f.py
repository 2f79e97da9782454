"""Coder v2, session 22f: who does an act told in a clause without its own subject (an infinitive after an
adjective or after another party's object, a content clause of a noun). Every sentence here is ours, written
for the test."""

from __future__ import annotations

from coded_events import code


def events(coded):
    """(root, source code, target code, modality) of each event."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code, str(e.modality))
            for e in coded.events]


def acts(coded):
    """(root, source code, target code) of each event stated as done (not negated or hypothetical)."""
    return [(r, s, t) for r, s, t, m in events(coded) if m in ("asserted", "claimed")]


# ---------------------------------------------------------------- an infinitive after an adjective
def test_ready_to_act_is_an_intent_of_the_copulas_subject(coder):
    c = code(coder, "German Chancellor Olaf Scholz said he was prepared to meet Vladimir Putin.")
    assert ("03", "DEUGOV", "RUSGOV", "future") in events(c)
    assert not any(r == "04" for r, _s, _t in acts(c))  # a readiness to meet is no meeting
    c = code(coder, "The Indian government said it is ready to negotiate with Pakistan.")
    assert any(r == "03" and s == "INDGOV" and t == "PAK" for r, s, t, _m in events(c))


def test_quick_to_condemn_is_a_condemnation_done(coder):
    c = code(coder, "The Kremlin was quick to condemn Ukraine.")
    assert ("11", "RUSGOV", "UKR") in acts(c)


def test_an_inability_tells_no_act_of_its_subject(coder):
    c = code(coder, "The driver of the van was unable to stop before striking a police car.")
    assert acts(c) == []


def test_not_ready_to_act_is_no_act(coder):
    c = code(coder, "The Polish government said it was not prepared to meet the Russian delegation.")
    assert not any(r == "04" for r, _s, _t in acts(c))


# ---------------------------------------------------------------- a noun's content clause has its own subject
def test_a_content_clause_of_a_noun_is_not_a_reduced_passive(coder):
    c = code(coder, "Opposition leader Nino Burjanadze said after the ministry's statement that she was "
                    "ready to cooperate with Georgian prosecutors.")
    assert any(r == "03" and s == "GEOOPP" for r, s, _t, _m in events(c))


# ---------------------------------------------------------------- object control: the object does it
def test_the_persuaded_or_prompted_party_does_the_act(coder):
    c = code(coder, "Washington persuaded Seoul to impose sanctions on North Korea.")
    assert not any(s == "USA" and r == "16" for r, s, _t in acts(c))
    assert any(r == "16" and s == "KOR" for r, s, _t in acts(c))
    c = code(coder, "The killing of the soldiers prompted Israel to strike Hamas positions in Gaza.")
    assert any(r in ("18", "19") and s == "ISR" for r, s, _t in acts(c))


def test_an_act_one_is_told_or_challenged_to_do_is_not_done(coder):
    c = code(coder, "Biden told Israel to attack Hamas.")
    assert not any(r in ("11", "18", "19") for r, _s, _t in acts(c))
    c = code(coder, "Biden challenged Netanyahu to meet Abbas.")
    assert not any(r == "04" for r, _s, _t in acts(c))


def test_persuading_as_a_means_is_not_a_done_act(coder):
    c = code(coder, "An aide said the only way out was by persuading Israel to release the prisoners.")
    assert not any(r == "08" for r, _s, _t in acts(c))


# ---------------------------------------------------------------- participles whose doer is named elsewhere
def test_with_x_doing_is_xs_act(coder):
    c = code(coder, "Tensions rose on Monday, with Russia accusing Ukraine of shelling the nuclear plant.")
    assert any(r == "11" and s == "RUS" and t == "UKR" for r, s, t in acts(c))
    c = code(coder, "Both women are former critics of President Trump, with Nikki Haley once calling him a "
                    "disgrace.")
    assert any(r == "11" and s == "USAELI" for r, s, _t in acts(c))


def test_fighting_with_people_is_not_an_absolute_phrase(coder):
    from tacitus.events.syntax import subject

    doc = coder.parse(["A local man was charged after fighting with store employees and police attempting "
                       "to detain him.", "Talks collapsed on Monday, with Israel blaming Hamas."])
    attempting = next(t for t in doc[0] if t.lower_ == "attempting")
    assert subject(attempting) is None or subject(attempting).lower_ != "employees"
    blaming = next(t for t in doc[1] if t.lower_ == "blaming")
    assert subject(blaming).text == "Israel"


def test_a_statement_a_group_of_parties_signs_speaks_for_them(coder):
    c = code(coder, "A group of Georgian opposition parties signed a joint statement condemning the "
                    "detention of the activists by Georgian police.")
    assert any(r == "11" and s == "GEOOPP" for r, s, _t in acts(c))


def test_people_forced_to_evacuate_their_homes_shelter_no_one(coder):
    c = code(coder, "The Greek army forced more than 5,000 Turkish people to evacuate their homes.")
    assert not any(r == "07" for r, _s, _t in acts(c))
    c = code(coder, "The Greek navy evacuated 300 migrants from the island.")
    assert any(r == "07" and s == "GRCMIL" for r, s, _t in acts(c))


# ---------------------------------------------------------------- a speaker who goes on
def test_a_second_verb_of_saying_is_the_speakers(coder):
    from tacitus.events.syntax import subject

    doc = coder.parse(["The Russian foreign minister said the talks were useful and added that Ukraine had "
                       "failed to keep its promises."])[0]
    added = next(t for t in doc if t.lower_ == "added")
    assert subject(added).lower_ == "minister"
    c = code(coder, "The Russian foreign minister said the talks were useful and added that Ukraine had "
                    "failed to keep its promises.")
    assert any(r == "11" and s == "RUSGOV" and t == "UKR" for r, s, t in acts(c))


def test_a_second_act_of_the_reported_party_stays_its_own(coder):
    c = code(coder, "The Russian foreign minister said Ukraine had shelled the plant and attacked a Russian "
                    "village.")
    assert not any(r in ("18", "19") and s == "RUSGOV" for r, s, _t, _m in events(c))
