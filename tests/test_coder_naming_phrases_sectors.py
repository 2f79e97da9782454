"""Coder v2: a naming in a phrase of blame criticises whom it names (111): "called the audit a witch hunt",
"called the governor a basket case" (a class's phrases are read in the naming's predicate, as its single words
are), and so does a plain insult ("an imbecile", "a moron"), also when the parse reads the one named as a
first predicate ("called Governor Lena Marsh a moron"). A naming in words of praise or a plain call is no
criticism; a quoted naming the parse hangs on the object as an apposition ('called the governor "a moron"') is
a naming, no phone call. Duties "of 25 percent" imposed on a country's imports are sanctions (163); duties
laid on landlords are not.

Sectors: a legislator "for" a constituency the tagger takes for a firm ("the Labour MP for Leeds Central") is
a legislator, not a business; a body whose name holds "Mosque", "Church" or "Synagogue" is religious (REL),
not a firm guessed for want of a word.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _criticism(coder, text):
    return [(e.source and e.source.sector, e.target and e.target.sector) for e in code(coder, text).events
            if e.cameo == "111"]


def test_a_naming_in_a_phrase_of_blame_is_criticism(coder):
    for text in ("Senator Ray Holt called the governor a basket case.",
                 "Senator Ray Holt called the president's inquiry a witch hunt."):
        assert ("LEG", "GOV") in _criticism(coder, text), text
    for text in ("Senator Ray Holt called the governor a good friend and a step forward for the state.",
                 "Senator Ray Holt called the governor on Tuesday to discuss the budget."):
        assert _criticism(coder, text) == [], text  # praise, a call: no criticism


def test_an_insult_in_a_naming_is_criticism(coder):
    for text in ("Senator Ray Holt called the governor a moron.",
                 'Senator Ray Holt called Governor Lena Marsh "an imbecile".',  # (two predicates)
                 "Senator Ray Holt called Governor Lena Marsh a moron."):
        assert ("LEG", "GOV") in _criticism(coder, text), text
    assert _criticism(coder, "Senator Ray Holt called Governor Lena Marsh a good friend.") == []


def test_a_quoted_naming_is_no_phone_call(coder):
    # the parse hangs a quoted predicate on the object as an apposition
    for text in ('Senator Ray Holt called the governor "a moron".',
                 'Senator Ray Holt called the governor "a disgrace" on Tuesday.'):
        got = [(e.cameo, e.target and e.target.sector) for e in code(coder, text).events]
        assert ("111", "GOV") in got and not any(c == "041" for c, _t in got), (text, got)


def _sources(coder, text):
    return [e.source and e.source.sector for e in code(coder, text).events if e.source is not None]


def test_a_member_for_a_constituency_is_a_legislator(coder):
    text = ("Priya Mannan, the Labour MP for Leeds Central, said the home secretary had failed "
            "the victims and called the inquiry a whitewash.")
    got = _sources(coder, text)
    assert got and "BUS" not in got and "LEG" in got, got


def test_a_mosque_by_name_is_religious(coder):
    text = "Chairman of the Elmfield Central Mosque Tariq Anwar Qadri criticised the city council."
    got = _sources(coder, text)
    assert got and got[0] == "REL", got


def test_percent_duties_imposed_on_a_country_are_sanctions(coder):
    got = [(e.cameo, e.target and e.target.code) for e in code(
        coder, "Canada said it would impose 30 percent duties on steel imports from Brazil.").events]
    assert ("163", "BRA") in got, got
    got = [e.cameo for e in code(coder, "The new law imposes duties on landlords in Ontario.").events]
    assert "163" not in got, got


def test_the_one_a_judged_act_is_done_to_is_not_its_target(coder):
    text = ("Governor Lena Marsh announced a new levy on imported cars on Monday.\n\n"
            "Senator Ray Holt called the levy a reckless way to punish Mexico.")
    got = [(e.target.sector, e.target.text) for e in code(coder, text).events
           if e.cameo == "111" and e.target is not None]
    assert got and got[0][0] == "GOV", got  # the governor whose levy it is, not Mexico
