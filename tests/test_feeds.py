"""RSS 2.0, RSS 1.0 and Atom feeds, read offline (entry content) — fetching links is in test_fetch."""

from __future__ import annotations

import datetime as dt

from tacitus.ingest import Rejected, read_inputs
from tacitus.ingest.feeds import parse_feed, read_feed

BODY = (
    "Russian warplanes bombed rebel positions near Aleppo on Tuesday, the Syrian Observatory for "
    "Human Rights said. At least twelve people were killed."
)
RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>
<item><title>Strikes near Aleppo</title><link>https://news.example.org/aleppo</link>
<pubDate>Tue, 27 Sep 2016 08:00:00 +0000</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded></item>
<item><title>Only a summary</title><guid isPermaLink="false">x-1</guid>
<description>&lt;p&gt;Talks resumed in Geneva on Monday, officials said.&lt;/p&gt;</description></item>
<item><title>Nothing</title></item>
</channel></rss>""".encode()
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Strikes</title><link rel="alternate" href="https://atom.example.org/1"/>
<link rel="enclosure" href="https://atom.example.org/1.mp3"/>
<published>2016-09-27T08:00:00Z</published><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>""".encode()
RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="x"><title>R</title></channel>
<item rdf:about="https://rdf.example.org/1"><title>T</title><link>https://rdf.example.org/1</link>
<dc:date>2016-09-26</dc:date>
<description>Talks resumed in Geneva on Monday, officials said.</description></item>
</rdf:RDF>"""


def test_rss_entries_offline():
    out = list(read_feed(RSS, origin="news.rss"))
    assert [type(o).__name__ for o in out] == ["Document", "Document", "Rejected"]
    first, second, third = out
    assert first.origin == first.url == "https://news.example.org/aleppo"
    assert "Aleppo" in first.text and first.published == dt.date(2016, 9, 27)
    assert first.title == "Strikes near Aleppo"
    assert second.origin == "news.rss#1" and "Geneva" in second.text  # no link: feed#index
    assert third.reason.startswith("E023")


def test_atom_and_rdf():
    (atom,) = parse_feed(ATOM)
    assert atom.link == "https://atom.example.org/1" and atom.published == dt.date(2016, 9, 27)
    (rdf,) = parse_feed(RDF)
    assert rdf.link == "https://rdf.example.org/1" and rdf.published == dt.date(2016, 9, 26)


def test_feed_files_by_extension_and_bad_feeds(tmp_path):
    (tmp_path / "a.atom").write_bytes(ATOM)
    (tmp_path / "b.xml").write_bytes(b"<config><x/></config>")  # not a feed, in a directory: skipped
    out = list(read_inputs([str(tmp_path)]))
    assert len(out) == 1 and "Aleppo" in out[0].text
    bad = tmp_path / "bad.rss"
    bad.write_bytes(b"<html><body>not a feed</body></html>")
    (rejected,) = read_inputs([str(bad)])
    assert isinstance(rejected, Rejected) and rejected.reason.startswith("E023")
    xxe = tmp_path / "xxe.rss"
    xxe.write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&e;</title><description>Geneva talks resumed on Monday."
        b"</description></item></channel></rss>"
    )
    (doc,) = read_inputs([str(xxe)])
    assert "root:" not in (doc.title or "") and "root:" not in doc.text
