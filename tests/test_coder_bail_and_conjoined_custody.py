"""Coder v2: a defendant "free on bail" / "out on bond" / "free without bond" was let go by the court (0841,
coding guide §5: bail granted is 0841 by the court); "free on" something that is no bail, or "free on bail"
told with no verb ("Fumo, free on bail, will …": a description, coded where a verb tells it), is not.
A passive conjunct in a chain ("was charged …, was arrested …, and is being held on bond"; "was arrested …
and is expected to be arraigned") shares the patient of the first verb of the chain.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples


def test_free_on_bail_is_released_by_the_court_when_a_verb_tells_it(coder):
    for text in ("Police in Toledo arrested Dana Whitlock on Friday. Whitlock remains free on $15,000 bail.",
                 "Orrin Castell is free on $3 million bail, secured by his ranch in Montana.",
                 "The accountant pleaded not guilty in March and is free without bond.",
                 "Deputies say Lyle Brandt is out on bond while he awaits trial for burglary.",
                 "She is free on a $2,500 cash bond, court clerks said Tuesday."):
        got = sector_triples(code(coder, text), "08")
        assert ("0841", "JUD", "CVL") in got, (text, got)
    for text in ("Shoppers remain free on Sundays to visit the market.",
                 "Hollis, free on bail, will be sentenced in June for the fraud."):
        got = sector_triples(code(coder, text), "08")
        assert got == [], (text, got)


def test_a_passive_chain_shares_its_patient(coder):
    text = ("Corwin Hale was charged with arson, was arrested on Tuesday, and is being held on a $90,000 "
            "bond in the county jail.")
    got = sector_triples(code(coder, text), "17")
    assert ("173", "COP", "CVL") in got, got
    text = "Mira Gaunt was arrested in Nevada last week and is expected to be arraigned in Denver on Monday."
    got = [e for e in code(coder, text).events if e.trigger.text == "arraigned"]
    assert got and got[0].source.sector == "JUD" and got[0].target.sector == "CVL", got
