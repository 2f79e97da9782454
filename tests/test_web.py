"""The web UI as a person sees it: the server on loopback, Debian's headless Chromium loads the page,
applies a filter, opens an article, and we assert on the rendered DOM.

UI state lives in the URL hash (``#root=19``, ``#doc=ID&event=0``), so each step is a page load of the
address a person reaches by using the filter form or clicking an event.
"""

from __future__ import annotations

import re

import pytest

from tacitus.api import create_app
from tacitus.api.synthetic import build_store, hand_made
from tacitus.web.browser import LoopbackServer, dump_dom, find_chromium

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(find_chromium() is None, reason="chromium not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def docs():
    return hand_made()


@pytest.fixture(scope="module")
def server(tmp_path_factory, docs):
    path = tmp_path_factory.mktemp("web") / "store.duckdb"
    build_store(path, docs)
    app = create_app(path)
    with LoopbackServer(app) as srv:
        yield srv
    app.state.db.close()


def rows(dom: str) -> list[str]:
    body = dom.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr [^>]*>", body)


def test_dashboard_renders_map_timeline_network_and_events(server):
    dom = dump_dom(server.url)
    assert 'data-ready="1"' in dom
    assert "6 events in the store" in dom
    assert len(rows(dom)) == 6
    assert len(re.findall(r'<circle [^>]*class="event-point"', dom)) == 6  # every event placed on the map
    assert 'data-geo="location"' in dom and 'data-geo="target_country"' in dom
    assert dom.count('class="country"') > 150  # the bundled outlines drew
    # a true time axis: one bar per month from 2016-09 to 2024-12 (100 slots, zeros included), 3 with events
    assert 'data-unit="month"' in dom and 'data-slots="100"' in dom
    assert len(re.findall(r'<g class="day"', dom)) == 3
    zoom = float(re.search(r'id="map"[^>]*data-zoom="([\d.]+)"', dom).group(1))
    assert zoom > 1  # the map opened fitted to the events
    assert "Employ aerial weapons" in dom.split("<tbody>", 1)[1]  # names beside codes in the table
    assert "Russia · armed forces" in dom
    assert 'data-actor="RUSGOV"' in dom and 'data-source="DEUGOV" data-target="RUSGOV"' in dom
    assert "Fight" in dom  # the root legend names CAMEO roots


def test_filter_drives_all_views(server):
    dom = dump_dom(server.url + "#quad_class=4")
    assert "2 events match the filters" in dom
    assert {re.search(r'data-quad="(\d)"', r).group(1) for r in rows(dom)} == {"4"}
    assert len(re.findall(r'class="event-point"', dom)) == 2
    assert len(re.findall(r'<g class="day"', dom)) == 2
    nodes = set(re.findall(r'data-actor="([A-Z]+)"', dom))
    assert nodes == {"RUSMIL", "SYRREB", "GEOCOP", "GEOOPP"}
    dom = dump_dom(server.url + "#actor=DEU&since=2022-01-01")
    assert "1 events match the filters" in dom and len(rows(dom)) == 1
    dom = dump_dom(server.url + "#min_confidence=0.9")  # the hand-made events' confidence is 0.8
    assert "0 events match the filters" in dom and 'name="min_confidence"' in dom


def test_article_view_highlights_and_explains(server, docs):
    doc = docs[0]
    dom = dump_dom(f"{server.url}#doc={doc.document.id}&event=0")
    assert f'data-doc="{doc.document.id}"' in dom
    article = dom.split('<aside id="article"', 1)[1]
    assert article.split(">", 1)[0].find("hidden") == -1  # the panel is shown
    assert "Airstrikes hit Aleppo" in article
    assert re.search(r'<mark class="hl-trigger selected"[^>]*>bombed</mark>', article)
    assert re.search(r'<mark class="hl-actor hl-source[^"]*"[^>]*>Russian forces</mark>', article)
    assert re.search(r'<mark class="hl-place"[^>]*>Aleppo</mark>', article)
    assert re.search(r'<mark class="hl-count"[^>]*>At least 40 people</mark>', article)
    assert re.search(r'<mark class="hl-quote"[^>]*>"This is a catastrophe,"</mark>', article)
    assert re.search(r'<mark class="hl-date"[^>]*>Wednesday</mark>', article)
    # each event explained: code and name, rule, confidence, modality
    assert "195 Employ aerial weapons" in article
    assert "verb:bombed/verb" in article and ">0.8<" in article and ">threat<" in article
    assert "40 (approx.) people killed" in article


def test_article_markup_renders_as_text(server, docs):
    hostile = docs[2]
    dom = dump_dom(f"{server.url}#doc={hostile.document.id}")
    assert "<title>tacitus — events</title>" in dom  # no script ran (it would retitle the page)
    assert "PWNED" not in dom.split("<title>", 1)[1].split("</title>", 1)[0]
    article = dom.split('<aside id="article"', 1)[1]
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=" in article
    assert "&lt;b&gt;Protest&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;" in article  # the title
    assert "<script>document.title" not in dom and "<img src=" not in dom and "<b>Protest" not in dom
    # the events table of the dashboard shows the same sentence escaped too
    assert "&lt;script&gt;" in dom.split("<tbody>", 1)[1]


def test_api_docs_are_served_offline(server):
    import httpx

    for path, asset in (("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")):
        page = httpx.get(server.url.rstrip("/") + path).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', page)
        assert sources and all(u.startswith("/") for u in sources), sources  # nothing from a CDN
        assert any(u.endswith(asset) for u in sources)
        for u in sources:
            assert httpx.get(server.url.rstrip("/") + u).status_code == 200
    dom = dump_dom(server.url.rstrip("/") + "/docs", budget_ms=10000)
    assert "swagger-ui" in dom and "/events" in dom  # the UI rendered the operations, offline


def test_plover_types_have_distinct_colours():
    from pathlib import Path

    import tacitus.web

    js = (Path(tacitus.web.__file__).parent / "static" / "dom.js").read_text()
    block = js.split("PLOVER_COLORS = {", 1)[1].split("}", 1)[0]
    colours = dict(re.findall(r"([A-Z]+): \"(#[0-9a-f]{6})\"", block))
    assert len(colours) == 16 and len(set(colours.values())) == 16
    assert colours["COERCE"] != colours["SANCTION"]


@pytest.fixture(scope="module")
def big_server(tmp_path_factory):
    from tacitus.api.synthetic import synthetic

    path = tmp_path_factory.mktemp("web-big") / "store.duckdb"
    build_store(path, synthetic(600))
    app = create_app(path)
    with LoopbackServer(app) as srv:
        yield srv
    app.state.db.close()


def test_network_shows_top_actors_and_timeline_keeps_zero_days(big_server):
    everyone = len(re.findall(r'<g class="node" data-actor=', dump_dom(big_server.url + "#top=0")))
    dom = dump_dom(big_server.url + "#top=10")
    assert len(re.findall(r'<g class="node" data-actor=', dom)) == 10 < everyone
    assert int(re.search(r'id="network"[^>]*data-hidden="(\d+)"', dom).group(1)) == everyone - 10
    assert "more actors not drawn" in dom
    dom = dump_dom(big_server.url + "#since=2023-03-01&until=2023-03-31")
    slots = int(re.search(r'id="timeline"[^>]*data-slots="(\d+)"', dom).group(1))
    bars = len(re.findall(r'<g class="day"', dom))
    assert 'data-unit="day"' in dom and bars < slots  # days without events are on the axis, as zeros
