"""Tone (GKG V2 fields from our lexicon), themes (keyword taxonomy) and the enrich() stage."""

from __future__ import annotations

from tacitus.enrich.themes import ThemeTagger, default_tagger
from tacitus.enrich.tone import compute_tone, to_gkg


def test_tone_fields(nlp):
    t = compute_tone(nlp("We welcome the peace agreement. The attack killed ten people."))
    assert t.word_count == 10
    assert t.positive == 30.0 and t.negative == 20.0 and t.tone == 10.0 and t.polarity == 50.0
    assert t.self_group == 10.0
    assert to_gkg(t).endswith(",10")


def test_themes_strong_and_weak(nlp):
    tags = {
        t.name: t
        for t in default_tagger().tag(nlp("Warplanes carried out airstrikes as the truce collapsed."))
    }
    assert {"AIRSTRIKE", "CEASEFIRE"} <= set(tags)
    assert len(default_tagger().names) >= 50
    tagger = ThemeTagger({"X": {"strong": ["peace talks"], "weak": ["envoy", "round"]}})
    assert [t.name for t in tagger.tag(nlp("The envoy arrived."))] == []
    got = tagger.tag(nlp("The envoy opened a new round."))
    assert [t.name for t in got] == ["X"] and len(got[0].offsets) == 2
    doc = nlp("Peace talks resumed.")
    assert tagger.tag(doc)[0].offsets == [0]


def test_enrich_stage(coder):
    from tacitus.enrich.stage import enrich

    text = (
        "At least 30 people were killed in airstrikes on Idlib, according to the Syrian Observatory.\n\n"
        "“We will continue to fight,” a rebel commander said."
    )
    coded = coder.code_text(text)
    doc = coder.nlp(text)
    enrich(doc, coded, coder.actors.resolve(doc))
    assert [(c.number, c.category) for c in coded.counts] == [(30, "killed")]
    assert any(q.kind == "direct" for q in coded.quotes)
    assert coded.tone is not None and coded.tone.word_count > 0
    assert "AIRSTRIKE" in {t.name for t in coded.themes}
    assert any(e.text == "Idlib" for e in coded.entities)
    assert coded.to_dict()["counts"][0]["number"] == 30
