"""Coder v2: the dictators of the last century whom today's news names are of their own country, not of
the story's (a New York paper's history of the Munich putsch is no American arrest).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def test_hitler_arrested_is_german(coder):
    c = code(coder, "The New York museum opened a show on the 1920s. Hitler was arrested after the failed "
                    "coup and sentenced to prison.")
    assert {e.target.country for e in c.events if e.cameo[:3] == "173"} == {"DEU"}


def test_stalin_is_soviet_russian(coder):
    c = code(coder, "In Chicago, historians said Stalin ordered the purge of the army's generals.")
    assert [e.source.country for e in c.events][:1] == ["RUS"]


def test_a_portrait_of_hitler_does_not_move_american_police(coder):
    c = code(coder, "The Ohio man was charged in Franklin County. Police arrested a man who had painted a "
                    "portrait of Hitler on the school wall.")
    assert "DEUCOP" not in [e.source.code for e in c.events]
