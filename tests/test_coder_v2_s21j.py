"""Coder v2 behaviours found reading fresh events (21st session; every sentence here is ours)."""

from __future__ import annotations

from coded_events import code

POLICE_STORY = "Police in Wausau reopened the murder case last week. "


def _scored(coded):
    """(code, source, target) of the events the news-gold scorer counts (not negated, not hypothetical)."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events
            if e.modality not in ("negated", "hypothetical")]


# ---------------------------------------------------------------- negated threats
def test_a_warning_not_issued_is_no_threat(coder):
    c = code(coder, "Officers in Vancouver questioned the man. "
                    "The constable said he didn't issue a warning to the man before he fired the Taser.")
    assert not any(e.cameo.startswith("13") for e in c.events if e.modality != "negated")
    c = code(coder, "The mayor of Chicago did not threaten the teachers union.")
    assert [e.modality for e in c.events if e.cameo.startswith("13")] in ([], ["negated"])


def test_a_threat_made_is_still_a_threat(coder):
    c = code(coder, "Iran warned Israel that it would retaliate against any strike.")
    assert [(e.cameo[:2], e.modality) for e in c.events][:1] == [("13", "threat")]


# ---------------------------------------------------------------- forecasts of another's act
def test_a_speakers_forecast_of_the_governors_act_is_not_his_act(coder):
    c = code(coder, "We should see change because I am certain the governor is going to encourage lawmakers "
                    "to fund the program.")
    assert not any(cameo.startswith("02") for cameo, _s, _t in _scored(c))
    c = code(coder, '"Things will improve, because I am certain the governor is going to make this a '
                    'priority and strongly encourage his cabinet to do better," the senator said.')
    assert not any(cameo.startswith("02") for cameo, _s, _t in _scored(c))
    c = code(coder, "She expects the governor will urge lawmakers to fund the program.")
    assert not any(cameo.startswith("02") for cameo, _s, _t in _scored(c))


def test_a_planned_act_of_ones_own_is_still_coded(coder):
    c = code(coder, "Iran's foreign minister said Iran will retaliate against Israel.")
    assert ("13", "future") in [(e.cameo[:2], e.modality) for e in c.events]


# ---------------------------------------------------------------- guilty pleas and admissions
def test_admitting_the_charges_is_a_guilty_plea_not_an_admission(coder):
    c = code(coder, "A Leeds woman was arrested at the airport with a false passport. "
                    "Wanjiru admitted two charges of theft and one of fraud at the crown court.")
    assert not any(e.cameo == "015" for e in c.events)
    c = code(coder, "Two men were arrested after a burglary in Leeds. "
                    "John Hartley admitted three counts of burglary.")
    assert not any(e.cameo == "015" for e in c.events)


def test_admitting_the_deed_to_police_is_still_an_admission(coder):
    c = code(coder, "Two men were arrested after a stabbing in Leeds. "
                    "John Hartley admitted to police that he had stabbed the victim.")
    assert any(e.cameo == "015" for e in c.events)


def test_a_confession_a_girlfriend_reports_is_not_his_admission(coder):
    c = code(coder, POLICE_STORY + "Investigators said a former girlfriend of Chris Jacobs said he confessed "
                                   "to the murders.")
    assert not any(e.cameo == "015" for e in c.events)


def test_a_confession_police_report_is_his_admission(coder):
    c = code(coder, POLICE_STORY + "Police said Chris Jacobs confessed to the murders.")
    assert any(e.cameo == "015" for e in c.events)


# ---------------------------------------------------------------- convicted people are criminals
def test_a_sentenced_man_is_a_criminal_for_the_whole_story(coder):
    c = code(coder, "Police arrested John Perez in Dallas in May. "
                    "John Perez received a suspended 12-month sentence on Monday.")
    assert _scored(c) == [("173", "USACOP", "USACRM"), ("173", "USAJUD", "USACRM")]
    c = code(coder, "A Gainesville man gets 15 years for killing a baby.")
    assert [e.target.code for e in c.events if e.target][-1:] == ["USACRM"]


def test_a_charged_man_stays_a_civilian(coder):
    c = code(coder, "Police arrested John Perez in Dallas in May. John Perez was charged with burglary.")
    assert {e.target.code for e in c.events if e.target} == {"USACVL"}


def test_people_whose_convictions_were_undone_stay_civilians(coder):
    c = code(coder, "A Texas court on Tuesday exonerated three men convicted of arson in 1994. "
                    "John Perez and Mark Diaz were sentenced to 30 years in prison.")
    assert any(e.cameo[:2] == "08" for e in c.events)
    assert not any(a.sector == "CRM" for e in c.events for a in (e.source, e.target) if a is not None)
