"""Coder v2: local politics — contracts a public body awards, and the local bodies and office holders of a
town or county story (councils, selectmen, school boards, superintendents, provincial members).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples
from coded_events import sector_triples as sectors


def sources(coded):
    """(code, source sector) of each event."""
    return [(e.cameo, e.source and e.source.sector) for e in coded.events]


# ---------------------------------------------------------------- 061: a public body hires a contractor
def test_a_council_hiring_a_firm_cooperates_economically_with_it(coder):
    c = code(coder, "The Millbrook Town Council on Tuesday hired an engineering firm to inspect the dam.")
    assert [(k, t) for k, _s, t in sectors(c) if k[:2] == "06"] == [("061", "BUS")]


def test_a_list_of_named_firms_is_one_contractor(coder):
    c = code(coder, "Springfield commissioners hired Harlow & Finch, Delmar Construction and Pike Realty to "
                    "rebuild the county jail.")
    assert [(k, t) for k, _s, t in sectors(c)] == [("061", "BUS")]


def test_selectmen_retaining_an_attorney_hire_a_contractor(coder):
    c = code(coder, "The Board of Selectmen retained a veteran attorney to represent the town.")
    assert sectors(c) == [("061", "GOV", "BUS")]


def test_hiring_staff_or_a_company_s_hiring_is_no_contract(coder):
    for text in ("The mayor hired a new police chief on Monday.",
                 "The city council hired Dana Whitlock as its new city manager.",
                 "Acme Corp. hired a consulting firm to review its accounts.",
                 "The sheriff's office hired twelve new deputies this spring."):
        assert not any(e.cameo == "061" for e in code(coder, text).events), text


def test_an_expert_described_as_hired_reports_no_hiring(coder):
    c = code(coder, "The judge heard Ellen Vance, an economist hired by the city, on Thursday.")
    assert not any(e.cameo == "061" for e in c.events)


# ---------------------------------------------------------------- local bodies and their office holders
def test_a_school_board_is_education(coder):
    c = code(coder, "The Oakdale school board sharply criticized Gov. Ted Brandt on Monday over the cuts.")
    assert [(k[:2], s) for k, s in sources(c)] == [("11", "EDU")]


def test_selectmen_and_a_first_selectman_are_the_town_government(coder):
    c = code(coder, "First Selectman Ruth Calder criticized state lawmakers on Monday over the road plan.")
    assert [(k[:2], s) for k, s in sources(c)] == [("11", "GOV")]
    c = code(coder, "The selectmen criticized state lawmakers on Monday over the road plan.")
    assert [s for _k, s in sources(c)] == ["GOV"]


def test_aldermen_and_a_council_chairman_are_legislators(coder):
    c = code(coder, "The aldermen criticized the governor on Monday over the road plan.")
    assert [s for _k, s in sources(c)] == ["LEG"]
    c = code(coder, "Council chairman Dale Ortiz criticized the governor on Monday over the road plan.")
    assert [s for _k, s in sources(c)] == ["LEG"]


def test_a_provincial_member_is_a_legislator(coder):
    c = code(coder, "Ottawa MPP Lena Marchand criticized the provincial government's budget on Friday.")
    assert triples(c)[0][:2] == ("111", "CANLEG")


def test_a_commission_chairman_and_a_superintendent_hold_office(coder):
    c = code(coder, "Commission Chairman Walt Peyton criticized the school superintendent on Monday.")
    assert [(k[:2], s, t) for k, s, t in sectors(c)] == [("11", "GOV", "EDU")]


# ---------------------------------------------------------------- two offices of a government are two actors
def test_a_named_local_official_and_another_office_are_two_actors(coder):
    c = code(coder, "Mayor Ann Pruitt criticized the county commission on Monday over the landfill.")
    assert [(k[:2], s, t) for k, s, t in sectors(c)] == [("11", "GOV", "GOV")]
    c = code(coder, "First Selectman Ruth Calder criticized the governor on Monday over the road plan.")
    assert [(k[:2], s, t) for k, s, t in sectors(c)] == [("11", "GOV", "GOV")]


def test_two_offices_carried_to_the_story_s_country_are_two_actors(coder):
    # ("the governor" and "the mayor of Wichita" both take the story's USAGOV: two offices, two actors;
    # the governor and the governor's own staff stay one)
    told = "Kansas Gov. Ellen Marsh toured a flooded farm on Friday. "
    c = code(coder, told + "The governor scolded the mayor of Wichita over the levee repairs.")
    assert [(e.cameo[:2], e.source.code, e.target.code) for e in c.events if e.sentence_index == 1] == \
        [("11", "USAGOV", "USAGOV")]
    c = code(coder, told + "Later the governor praised the governor's staff.")
    assert [e for e in c.events if e.sentence_index == 1] == []


def test_a_state_governor_and_the_national_seat_are_two_actors(coder):
    c = code(coder, "Nebraska Gov. Tom Ridley criticized the White House on Monday over the farm tariffs.")
    assert [(k[:2], s, t) for k, s, t in sectors(c)] == [("11", "GOV", "GOV")]


def test_a_governor_of_a_state_named_with_a_given_name_holds_the_state_s_office(coder):
    # ("Carolina", "Virginia", "Georgia" are also given names: the title is still the state's governor's)
    for text in ("South Carolina Gov. Ann Whitlow criticized the White House on Monday.",
                 "West Virginia Gov. Ann Whitlow criticized the White House on Monday.",
                 "Georgia Gov. Ann Whitlow criticized the White House on Monday."):
        assert [(e.cameo[:2], e.source.code, e.target.code) for e in code(coder, text).events] == \
            [("11", "USAGOV", "USAGOV")], text


def test_an_official_and_the_body_he_heads_are_one_actor(coder):
    for text in ("President Joe Biden praised the administration on Monday.",
                 "Mayor Ann Pruitt praised the city on Monday for its recycling effort."):
        assert not any(e.cameo[:2] == "05" for e in code(coder, text).events), text


# ---------------------------------------------------------------- permits and offers turned down
def test_a_zoning_commission_denying_a_developer_s_request_rejects_the_developer(coder):
    c = code(coder, "The planning and zoning commission rejected the developer's request on Tuesday.")
    assert [(k[:2], s, t) for k, s, t in sectors(c)] == [("12", "GOV", "BUS")]


def test_city_attorneys_act_for_the_city(coder):
    c = code(coder, "City attorneys rejected a settlement offer from the developer last week.")
    assert [(k[:2], s, t) for k, s, t in sectors(c)] == [("12", "GOV", "BUS")]


def test_a_software_developer_is_a_private_person_not_a_builder(coder):
    c = code(coder, "Police arrested Ola Lind, a Swedish software developer, in Quito on Monday.")
    assert [(k, t) for k, _s, t in sectors(c)] == [("173", "CVL")]
