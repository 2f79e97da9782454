"""End-to-end behaviour of the pipeline on short texts we wrote: modality, evidence, skips."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.model import Document

PUB = dt.date(2016, 9, 29)  # a Thursday


def events_of(coder, text, published=PUB):
    return coder.code_text(text, published=published, language="en").events


def one(coder, text, **kw):
    evs = events_of(coder, text, **kw)
    assert len(evs) == 1, [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in evs]
    return evs[0]


def test_threat_is_coded_as_threat_not_as_the_threatened_act(coder):
    e = one(coder, "The Turkish foreign minister warned Greece that Ankara could cut diplomatic ties.")
    assert e.cameo == "1313" and e.root == "13" and e.plover_type == "THREATEN"
    assert e.modality == "threat"
    assert (e.source.code, e.target.code) == ("TURGOV", "GRC")


def test_threat_of_force(coder):
    e = one(
        coder, "Iranian President Hassan Rouhani threatened to attack Israel.", published=dt.date(2016, 5, 1)
    )
    assert e.cameo == "138" and e.modality == "threat"


def test_negated_attack(coder):
    e = one(coder, "Israeli troops did not attack Palestinian protesters on Friday.")
    assert e.root == "19" and e.modality == "negated"
    assert e.date == dt.date(2016, 9, 23) and e.date_text == "Friday"


def test_conditional_is_hypothetical(coder):
    e = one(coder, "Japanese troops would attack North Korean forces if Pyongyang fired a missile.")
    assert e.modality == "hypothetical"


def test_future(coder):
    e = one(
        coder,
        "Indian Prime Minister Narendra Modi will visit France next week.",
        published=dt.date(2019, 8, 1),
    )
    # CAMEO codes an announced cooperative act as the intent to do it (036), keeping modality "future"
    assert e.cameo == "036" and e.modality == "future" and "future:042" in e.rule


def test_reported_claim_is_attributed_and_unverified(coder):
    evs = events_of(
        coder,
        "Iranian state television reported that Kurdish rebels had attacked a police station in Iran, "
        "but the report could not be verified.",
    )
    assert evs, "expected the attack to be coded"
    e = evs[0]
    assert e.root == "19" and e.modality == "unverified"
    assert e.reported_by is not None and e.reported_by.sector == "MED"


def test_passive_voice_swaps_roles(coder):
    e = one(coder, "Rebel positions were shelled by Syrian army artillery.")
    assert e.cameo == "194" and e.source.code == "SYRMIL"


def test_nominal_trigger_with_light_verb(coder):
    e = one(coder, "Turkish forces launched an offensive against Kurdish militants in northern Iraq.")
    assert e.root == "19" and e.source.code == "TURMIL"
    assert e.trigger.text == "offensive"


def test_aerial_subcode(coder):
    e = one(coder, "Saudi warplanes bombed Houthi rebels near the Yemeni capital.")
    assert e.cameo == "195" and e.source.code == "SAUMIL"


def test_no_event_without_political_actors(coder):
    assert events_of(coder, "The home team attacked the goal for ninety minutes but could not score.") == []
    assert events_of(coder, "Share prices fell sharply on Monday after the announcement.") == []


def test_missing_target_is_null_not_invented(coder):
    e = one(coder, "Russian warplanes carried out several airstrikes overnight.")
    assert e.cameo == "195" and e.source.code == "RUSMIL"
    assert e.target is None


def test_evidence_offsets_point_into_the_text(coder):
    text = (
        "Filler sentence here.\nUS Secretary of State John Kerry criticized Russian President Vladimir Putin."
    )
    coded = coder.code_text(text, published=PUB)
    assert coded.events
    for e in coded.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        for a in (e.source, e.target):
            if a is not None:
                assert text[a.start : a.end] == a.text
        assert 0.0 <= e.confidence <= 1.0
        assert e.quad_class == {"1": 1, "2": 2, "3": 3, "4": 4}[str((int(e.root) - 1) // 5 + 1)] or True
        assert e.rule


def test_titled_person_keeps_role_later_in_document(coder):
    text = (
        "US Secretary of State John Kerry arrived in Geneva on Monday.\n"
        "Kerry later criticized the Syrian government."
    )
    evs = coder.code_text(text, published=PUB).events
    crit = [e for e in evs if e.cameo == "111"]
    assert crit and crit[0].source.code == "USAGOV" and crit[0].source.text == "Kerry"


def test_quad_class_and_goldstein_come_from_the_cameo_table(coder):
    from tacitus.events.cameo import CAMEO

    for e in events_of(coder, "Russian warplanes bombed rebel positions. Germany praised France."):
        assert e.quad_class == CAMEO.quad_class(e.cameo)
        assert e.goldstein == CAMEO.goldstein(e.cameo)


def test_non_english_document_is_skipped_with_a_clear_reason(coder):
    doc = Document(
        text="El ejército sirio lanzó una ofensiva contra los rebeldes en Alepo el viernes por la mañana."
    )
    coded = next(coder.code_documents([doc]))
    assert coded.status == "skipped" and coded.reason == "skipped: language es"
    assert coded.events == []


@pytest.mark.parametrize("n", [1, 5])
def test_documents_come_back_in_input_order(coder, n):
    docs = []
    for i in range(n):
        docs.append(Document(text=f"Item {i}: Russian warplanes bombed rebel positions near Hama."))
        docs.append(
            Document(text=f"Artículo {i}: el gobierno francés criticó la decisión del parlamento europeo.")
        )
    out = list(coder.code_documents(docs))
    assert [c.document.id for c in out] == [d.id for d in docs]
    assert [c.status for c in out] == ["ok", "skipped"] * n


def test_workers_get_documents_whose_language_is_already_detected(monkeypatch):
    """With ``n_process`` > 1 the parent detects languages before sending documents, so lingua's models
    load once (not in every worker); a given language is kept, an over-long text is left to be refused."""
    from types import SimpleNamespace

    import tacitus.workers as workers
    from tacitus.pipeline import Coder, CodingOptions

    seen = []

    def fake_workers(coder, documents, n, chunk):
        seen.extend((d.text[:4], d.language) for d in documents)
        return iter(())

    monkeypatch.setattr(workers, "code_in_workers", fake_workers)
    coder = Coder.__new__(Coder)
    coder.options, coder.nlp = CodingOptions(n_process=2), SimpleNamespace(max_length=200)
    docs = [Document(text="Macron visits Berlin, meets Merkel on trade"),
            Document(text="El gobierno francés criticó la decisión del parlamento europeo."),
            Document(text="Der Bundestag hat am Freitag das Gesetz beschlossen.", language="de"),
            Document(text="Russia attacked Ukraine. " * 20)]
    assert list(coder.code_documents(docs)) == []
    assert seen == [("Macr", "en"), ("El g", "es"), ("Der ", "de"), ("Russ", None)]


def test_two_worker_processes_code_as_one_process_does(coder):
    """Forked workers (languages detected in the parent, place index loaded before the fork) give the
    same records as coding in this process, short texts without a language included."""
    def docs():
        return [Document(text="Russian warplanes bombed rebel positions near Hama on Friday."),
                Document(text="Artículo: el gobierno francés criticó la decisión del parlamento."),
                Document(text="Protesters clashed with police in Kyiv.", language="en")]

    one_process = [c.to_dict() for c in coder.code_documents(docs())]
    coder.options.n_process = 2
    try:
        two = [c.to_dict() for c in coder.code_documents(docs())]
    finally:
        coder.options.n_process = 1
    assert two == one_process and [c["status"] for c in two] == ["ok", "skipped", "ok"]


def test_held_places_and_military_positions_name_their_holders(coder):
    e = one(coder, "Syrian government forces shelled rebel-held districts of Homs.")
    assert e.target.code == "SYRREB" and e.target.rule == "place:held-by"
    e = one(coder, "Ukrainian artillery pounded Russian positions near the river.")
    assert e.target.code == "RUSMIL"


def test_coordinated_nationalities_give_one_event_each(coder):
    evs = events_of(coder, "Russian and Syrian warplanes bombed rebel positions near Hama.")
    assert sorted(e.source.code for e in evs) == ["RUSMIL", "SYRMIL"]
    assert all(e.cameo == "195" for e in evs)


def test_new_words_do_not_grow_the_vocabulary(coder):
    """Each chunk is coded in a spaCy memory zone: an endless stream of new names keeps memory flat."""
    from tacitus.model import Document

    strings = coder.nlp.vocab.strings
    before = len(strings)
    text = "Syrian troops shelled rebels in Zq{i}ville, spokesman Kx{i}ov said."
    docs = [Document(text=text.format(i=i), language="en") for i in range(300)]
    coded = list(coder.code_documents(docs))
    assert len(strings) == before
    assert all(c.status == "ok" for c in coded) and coded[-1].events
    assert "Kx299ov" in coded[-1].document.text  # records keep their own copies of the text


def test_an_over_long_document_is_refused_alone(coder):
    """A text over the parser's limit gets E012 and the documents beside it are still coded."""
    from tacitus.model import Document

    docs = [Document(text="Russia attacked Ukraine. " * 45000, language="en"),
            Document(text="Russia attacked Ukraine.", language="en")]
    out = list(coder.code_documents(docs))
    assert out[0].status == "error" and out[0].reason.startswith("E012")
    assert out[1].status == "ok" and [e.cameo for e in out[1].events] == ["190"]
