"""Coder v2: a company's name that the parser takes for a place ("the Toyota crashed", "the Toyota plant")
tells no country of the sentence or the story, and people a company names (the driver of a Toyota, Samsung
workers) are not of the firm's country: the police and workers near it are not the firm's country's.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


def test_car_make_gives_police_no_country(coder):
    dyads = root_dyads(code(coder, "Police arrested a man after the Toyota crashed into a fence."))
    assert dyads and all(s != "JPN" and t != "JPN" for _, s, t in dyads)
    # a town still tells the police's country, beside the firm's name
    coded = code(coder, "Tokyo police arrested a man outside the Toyota headquarters.")
    assert ("17", "JPN", "JPN") in root_dyads(coded)


def test_plant_of_a_foreign_firm_is_no_place_of_the_protest(coder):
    dyads = root_dyads(code(coder, "Workers at the Toyota plant protested outside city hall on Monday."))
    assert dyads and all(s != "JPN" and t != "JPN" for _, s, t in dyads)
    # a city abroad still does; the firm's executive stays the firm's
    coded = code(coder, "Police in Osaka arrested a Toyota executive.")
    assert ("17", "JPN", "JPN") in root_dyads(coded)


def test_driver_of_a_car_make_is_not_its_makers_country(coder):
    for text in ("Police arrested the driver of a Honda Civic.", "Police arrested a Toyota driver."):
        dyads = root_dyads(code(coder, text))
        assert dyads and all(s != "JPN" and t != "JPN" for _, s, t in dyads), text


def test_workers_of_a_foreign_firm_take_the_country_they_work_in(coder):
    dyads = root_dyads(code(coder, "Samsung workers in Vietnam protested."))
    assert dyads and all(s == "VNM" for _, s, _t in dyads)
