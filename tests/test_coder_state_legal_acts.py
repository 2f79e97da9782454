"""Coder v2, state acts on persons (09, 16, 17): a passive act due to befall the subject of "is to"
("Renner is to be sentenced") is scheduled (future) and befalls him; a sentencing or an arraignment is the
court's act on whoever it names; a grand jury "returning" an indictment indicts; an inquiry into a crime
or an allegation names its target inside what it looks into ("corruption at the port authority",
"allegations of bribery against the mayor"; not who made the complaints); an inquiry "continuing" with no
doer of its own is that of the police or prosecutors who acted on the story's case; an authority evicting
people (174) and freezing a holder's assets (163); a thing or a person "searched" with no searcher named
is searched by the police. A purpose ("the aim is to …") is no scheduled act, and what one expects of
another ("police expect the men to be charged") is a forecast.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _events(c, roots=("09", "16", "17")):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.sector, str(e.modality))
            for e in c.events if e.cameo[:2] in roots]


def test_a_passive_act_due_to_befall_the_subject_of_is_to_is_scheduled(coder):
    got = _events(code(coder, "Officers said Dale Renner robbed a pharmacy in Dover. Renner is to be "
                              "sentenced on June 3."))
    assert ("173", "JUD", "CRM", "future") in got, got  # (sentenced: convicted)
    got = _events(code(coder, "Police arrested Dale Renner in Dover. The two brothers are to be deported to "
                              "Canada next week."))
    assert any(c == "174" and m == "future" for c, _s, _t, m in got), got
    # a purpose after "is to" is no scheduled act
    got = _events(code(coder, "Police arrested Dale Renner in Dover. The goal is to be arrested on camera, "
                              "the activists said."))
    assert not any(m == "future" and c == "173" for c, _s, _t, m in got[1:]), got


def test_a_sentencing_or_an_arraignment_is_the_courts_act_on_whom_it_names(coder):
    for text in ("Officers said Dale Renner robbed a pharmacy in Dover. The sentencing of Dale Renner is set "
                 "for next month.",
                 "Officers said Dale Renner robbed a pharmacy in Dover. Renner's arraignment took place on "
                 "Tuesday."):
        got = _events(code(coder, text))
        assert any(c == "173" and s == "JUD" and t in ("CVL", "CRM") and m == "asserted"
                   for c, s, t, m in got), (text, got)
    # a sentencing no one is named in befalls no one
    got = _events(code(coder, "Officers said Dale Renner robbed a pharmacy in Dover. His mother wept during "
                              "sentencing."))
    assert not any(c == "173" and s == "JUD" for c, s, _t, _m in got), got


def test_a_grand_jury_returning_an_indictment_indicts(coder):
    c = code(coder, "A federal grand jury in Boston returned a four-count indictment against Mayor Tom "
                    "Keller on Friday.")
    got = [(e.cameo, e.source.text, e.target and e.target.sector) for e in c.events if e.cameo == "173"]
    assert got == [("173", "grand jury", "GOV")], got  # the jury named, not an implied prosecution


def test_an_inquiry_into_a_crime_names_its_target_inside_what_it_looks_into(coder):
    cases = (("The FBI is investigating allegations of bribery against Mayor Tom Keller.", "GOV"),
             ("The United Nations is investigating claims of torture by the Ethiopian army.", "MIL"),
             ("The justice ministry is probing corruption at Petrobras.", "BUS"))
    for text, sector in cases:
        got = _events(code(coder, text))
        assert got and got[0][0][:2] == "09" and got[0][2] == sector, (text, got)
    # who made the complaints is not the one investigated
    got = _events(code(coder, "The state auditor is investigating complaints by Mayor Tom Keller about "
                              "the water board."))
    assert not any(t == "GOV" for _c, _s, t, _m in got), got


def test_an_inquiry_continuing_with_no_doer_is_that_of_the_police_who_acted_on_the_case(coder):
    got = _events(code(coder, "Dover police arrested Dale Renner after a stabbing outside a bar on Tuesday "
                              "night. The investigation is continuing."))
    assert ("091", "COP", "CVL", "asserted") in got, got
    # police who only told of the deed (or of an accident) have no case told: the inquiry has no doer
    got = _events(code(coder, "Dover police said a hunter was shot in a stand on Sunday. The investigation "
                              "is continuing."))
    assert not any(c[:2] == "09" for c, _s, _t, _m in got), got


def test_an_authority_evicting_people_and_freezing_assets(coder):
    got = _events(code(coder, "Police evicted the protesters from the town square on Sunday."))
    assert ("174", "COP", "OPP", "asserted") in got, got
    got = _events(code(coder, "The European Union froze the assets of Arkady Rotenberg."))
    assert any(c == "163" and t == "CVL" for c, _s, t, _m in got), got
    # a landlord evicting a tenant is a private dispute; a bank freezing an account no sanction
    assert _events(code(coder, "The landlord evicted the tenant in March.")) == []
    assert not any(c == "163" for c, _s, _t, _m in _events(code(coder, "The bank froze his account.")))


def test_what_one_expects_of_another_is_a_forecast_not_an_act(coder):
    got = _events(code(coder, "Police arrested Dale Renner in Dover. Prosecutors expect the two men to be "
                              "charged next week."))
    assert [m for c, _s, _t, m in got[1:]] == ["hypothetical"], got
    # an intent of one's own stays a planned act
    got = _events(code(coder, "Police arrested Dale Renner in Dover. Dover police expect to charge him on "
                              "Friday."))
    assert [m for c, _s, _t, m in got[1:]] == ["future"], got


def test_a_thing_searched_with_no_searcher_named_is_searched_by_the_police(coder):
    got = _events(code(coder, "A clerk was shot at a gas station in Dover on Monday. The car used in the "
                              "robbery was searched, officers said."))
    assert any(c == "091" and s == "COP" for c, s, _t, _m in got), got
    got = _events(code(coder, "A clerk was shot at a gas station in Dover on Monday. Renner's apartment was "
                              "searched on Tuesday."))
    assert any(c == "091" and s == "COP" for c, s, _t, _m in got), got
    # a search for a missing person is a rescue, and a raided village is no police search
    got = _events(code(coder, "A hiker went missing near Dover on Monday. The ridge was searched for the "
                              "missing hiker."))
    assert not any(c[:2] == "09" for c, _s, _t, _m in got), got


def test_what_a_web_search_looks_up_is_no_police_search(coder):
    # a bug found on the newspaper4k pool: a food "searched more than" a football final was a police search
    for text in ("Cake recipes were searched more than football scores last year.",
                 "Acme Foods was searched more than any other brand on the site this week."):
        got = _events(code(coder, text))
        assert not any(c[:2] == "09" for c, _s, _t, _m in got), (text, got)
