"""Root choice within one sentence: two acts of one root whose codes are siblings are two events (a seizure
and an arrest), and what an appeal asks for is not an act even when the appeal itself is not coded.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _codes(coder, text):
    return [(e.cameo, e.trigger.text) for e in code(coder, text).events]


def test_sibling_codes_of_one_root_are_two_acts():
    from tacitus.events.readings import same_act_family

    assert not same_act_family("1711", "173") and not same_act_family("172", "173")
    assert same_act_family("141", "1411") and same_act_family("180", "1823") and same_act_family("173", "173")


def test_a_seizure_and_an_arrest_in_one_sentence_are_both_coded(coder):
    c = _codes(coder, "Police seized 40 grams of cocaine and a handgun from the car and arrested the driver.")
    assert ("1711", "seized") in c and ("173", "arrested") in c


def test_aid_asked_for_in_an_appeal_with_no_addressee_found_is_not_aid_given(coder):
    c = _codes(coder, "Zakharova called on the international organizations to continue to provide aid "
                      "for the displaced residents in Deir ez-Zor with the same energy as before.")
    assert not any(cameo.startswith("07") for cameo, _ in c)
