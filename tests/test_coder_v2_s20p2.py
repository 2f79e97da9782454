"""Coder v2, 20th session (p2): the country of actors in local news (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, root_dyads, triples


# ---------------------------------------------------------------- a country's name as a person's
def test_a_country_named_before_a_surname_is_a_given_name(coder):
    c = code(coder, "Nine-year-old Georgia Miller won a regional skating title in Ottawa. "
                    "Georgia's coach said the mayor later praised her.")
    assert root_dyads(c) == [("05", "CAN", "CAN")]
    assert not any(a.code.startswith("GEO") for a in c.actors)


def test_the_country_itself_is_still_read_beside_a_namesake(coder):
    c = code(coder, "Georgia Smith, a Russian lawmaker, met the Georgia prime minister in Tbilisi.")
    assert triples(c) == [("040", "RUSLEG", "GEOGOV")]
    c = code(coder, "Police in Macon, Georgia, arrested a man who attacked Georgia Miller.")
    assert root_dyads(c)[0] == ("17", "USA", "USA")


# ---------------------------------------------------------------- an initialism that names a device
def test_cctv_cameras_are_no_chinese_broadcaster(coder):
    c = code(coder, "Police released CCTV images of a man after a woman was attacked. "
                    "Officers arrested him on Friday.")
    assert ("17", "COP", "CVL") in root_dyads(c)
    assert not any(a.code.startswith("CHN") for a in c.actors)


def test_the_broadcaster_is_still_read_when_it_reports(coder):
    c = code(coder, "Police arrested a man on Friday, CCTV reported.")
    assert any(a.code == "CHNMED" for a in c.actors)
