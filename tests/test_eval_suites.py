"""The evaluation suites: registry, data resolution, scorers (on fixtures we wrote, with a stub coder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.evaluation.runner import SuiteSkipped, run_suite
from tacitus.evaluation.suite import (
    RunContext,
    classification,
    get_suite,
    prf,
    shared_data_root,
    suite_data_dir,
    suites,
)
from tacitus.evaluation.suites.conflibert_cameo import penta
from tacitus.evaluation.suites.ngec_actors import ngec_fields
from tacitus.evaluation.suites.plover_gsr import gsr_category
from tacitus.model import Actor, CodedDocument, Event, Trigger

FIX = Path(__file__).parent / "fixtures" / "eval"


def test_registered_suite_names_are_stable():
    assert list(suites()) == [
        "conflibert-cameo", "counts-ours", "dates-ours", "entities-re3d", "geo-gwn", "geo-lgl", "geo-trnews",
        "news-gold", "news-gold-agreement", "ngec-actors", "ngec-synthetic", "petrarch2-unit", "plover-gsr",
        "quotes-polnear", "stories-ecbplus", "up-gsr-en",
    ]


def test_our_gold_suites_read_the_repository_not_the_shared_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_SHARED_DATA", str(tmp_path))  # empty: the shared suites would skip
    for name in ("counts-ours", "dates-ours"):
        assert suite_data_dir(get_suite(name)).name == "fixtures"


def test_shared_data_root_from_env(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_SHARED_DATA", str(tmp_path))
    assert shared_data_root() == tmp_path
    with pytest.raises(SuiteSkipped, match="not found"):
        suite_data_dir(get_suite("plover-gsr"))
    (tmp_path / "plover").mkdir()
    with pytest.raises(SuiteSkipped, match=r"PLOVER_GSR_CAMEO\.json"):
        suite_data_dir(get_suite("plover-gsr"))


def test_cli_skips_cleanly_without_data(tmp_path, monkeypatch, capsys):
    from tacitus.cli.main import main

    monkeypatch.setenv("TACITUS_SHARED_DATA", str(tmp_path))
    assert main(["eval", "all", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {d["suite"] for d in out} == set(suites())
    ours = {"counts-ours", "dates-ours"}  # bundled gold: they run without the shared folder
    assert all("skipped" in d for d in out if d["suite"] not in ours)
    assert all("skipped" not in d for d in out if d["suite"] in ours)


def test_metrics():
    assert prf(1, 1, 0) == (0.5, 1.0, pytest.approx(2 / 3))
    rows, macro, confusion = classification(["a", "a", "b"], ["a", "b", "b"])
    assert rows == [["a", 2, 1.0, 0.5, 0.667], ["b", 1, 0.5, 1.0, 0.667]]
    assert macro == pytest.approx(2 / 3)
    assert confusion == {"a": {"a": 1, "b": 1}, "b": {"b": 1}}


def test_label_mappings():
    assert gsr_category("190") == "FIGHT" and gsr_category("20") == "FIGHT"
    assert gsr_category("183") == "ASSAULT" and gsr_category("0873") == "RETREAT"
    assert gsr_category("081") == "CONCEDE" and gsr_category("112") == "DISAPPROVE"
    assert gsr_category("010") is None
    roots = ("02", "05", "06", "13", "16", "14", "17")
    assert [penta(r) for r in roots] == ["0", "1", "2", "3", "3", "4", "4"]
    assert ngec_fields("RUSMIL", "RUS") == {"country": "RUS", "code_1": "MIL"}
    assert ngec_fields("IGOUNOHLHWHO", None) == {"country": "UNO", "code_1": "HLH"}
    assert ngec_fields("REB", None) == {"country": None, "code_1": "REB"}


# ---------------------------------------------------------------------------------------------- stub coder
def _actor(code: str | None) -> Actor | None:
    if code is None:
        return None
    return Actor(code, code, code[:3] if code[:3] not in ("IGO", "REB") else None, code[3:6] or None, 0, 1)


def _event(cameo: str, src: str | None, tgt: str | None) -> Event:
    return Event("d", 0, "s", None, cameo, cameo[:2], 4, -10.0, None, None, _actor(src), _actor(tgt),
                 Trigger("x", 0, 1), "asserted", None, 0.8, f"verb:test-{cameo}")


class StubCoder:
    """Answers with canned events per sentence text."""

    def __init__(self, answers: dict[str, list[Event]]) -> None:
        self.answers = answers

    def code_documents(self, docs):
        for d in docs:
            yield CodedDocument(document=d, events=self.answers.get(d.text, []))


def test_plover_suite_scores_type_and_actors():
    suite = get_suite("plover-gsr")
    cases = suite.load(FIX / "plover")
    assert [c["id"] for c in cases] == ["T-1", "T-2"]
    coder = StubCoder({"Ruritanian troops attacked Zenda.": [_event("010", "RUR", None),
                                                             _event("190", "RURMIL", "ZEN")]})
    r = suite.run(cases, RunContext(FIX / "plover", coder))
    assert r.metric("event-type accuracy") == 0.0  # gold ASSAULT, our 190 is FIGHT; 010 has no category
    assert r.confusion["ASSAULT"] == {"FIGHT": 1}
    assert {e.kind for e in r.errors} == {"wrong type ASSAULT→FIGHT", "missed (no event)"}


def test_plover_suite_full_match():
    suite = get_suite("plover-gsr")
    cases = suite.load(FIX / "plover")
    coder = StubCoder({"Ruritanian troops attacked Zenda.": [_event("180", "RURMIL", "ZEN")],
                       "The ministers met.": [_event("040", "RURGOV", "XYZ")]})
    r = suite.run(cases, RunContext(FIX / "plover", coder))
    assert r.metric("event-type macro-F1") == 1.0
    assert r.metric("type + actor + recipient accuracy") == 1.0  # no gold target: any target accepted


def _synthetic_zip(folder: Path, rows: list[dict]) -> Path:
    import csv
    import io
    import zipfile

    from tacitus.evaluation.suites.ngec_synthetic import FILE

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["disclaimer", "text", "title", "source", "prompt", "label", "mode"])
    w.writeheader()
    for r in rows:
        w.writerow({"disclaimer": "synthetic", "source": "AP", **r})
    with zipfile.ZipFile(folder / FILE, "w") as z:
        z.writestr(FILE.removesuffix(".zip"), buf.getvalue())
    return folder


def test_ngec_synthetic_suite_scores_the_labelled_type(tmp_path):
    from tacitus.evaluation.suites.ngec_synthetic import split_of

    suite = get_suite("ngec-synthetic")
    a, b = "{country_1} Shells Border Town", "{country_1} Eases Curfew"
    rows = [
        {"text": "Ruritanian artillery shelled Zenda.", "title": a, "label": "ASSAULT", "mode": "AERIAL",
         "prompt": "Ruritania Shells Border Town\n\n(AP) --"},
        {"text": "The ministers met.", "title": a, "prompt": "", "label": "ASSAULT", "mode": ""},
        {"text": "The curfew was lifted.", "title": b, "prompt": "Ruritania Eases Curfew", "label": "retreat",
         "mode": ""},
        {"text": "", "title": b, "prompt": "", "label": "RETREAT", "mode": ""},  # no story: left out
    ]
    stories = suite.load(_synthetic_zip(tmp_path, rows))
    assert [s.label for s in stories] == ["ASSAULT", "ASSAULT", "RETREAT"]
    assert stories[0].text.startswith("Ruritania Shells Border Town\n\nRuritanian")  # the headline first
    assert {s.split for s in stories[:2]} == {split_of(a)}  # a template's stories stay in one half
    shelled = _event("195", "RURMIL", "ZEN")
    shelled.plover_type, shelled.plover_mode = "ASSAULT", "heavy-weapons"
    met = _event("040", "RURGOV", None)
    met.plover_type = "CONSULT"
    coder = StubCoder({stories[0].text: [shelled], "The ministers met.": [met]})
    r = suite.run(stories, RunContext(tmp_path, coder, split="all"))
    assert r.metric("stories whose labelled event type we find") == pytest.approx(1 / 3)
    assert r.metric("stories whose labelled type and mode we find") == 0  # AERIAL asked, heavy-weapons found
    assert r.metric("stories with no event") == pytest.approx(1 / 3)
    assert r.metric("share of our events of the labelled type (proxy)") == 0.5
    assert sorted(e.kind for e in r.errors) == ["missed: no event in the story", "missed: only other types"]
    shelled.plover_mode = "aerial"  # our modes are lower case
    assert suite.run(stories, RunContext(tmp_path, coder, split="all")).metric(
        "stories whose labelled type and mode we find") == 1.0


def test_petrarch_suite_triples():
    suite = get_suite("petrarch2-unit")
    cases = suite.load(FIX / "petrarch")
    assert [c.id for c in cases] == ["A-1", "A-3"]  # the error-handling record is left out
    both = [_event("190", "RIV", "ZOR"), _event("111", "RIV", "ZOR")]
    coder = StubCoder({"Rivendale attacked Zorbia.": both,
                       "Nothing here.": [_event("042", "RIV", None)]})
    r = suite.run(cases, RunContext(FIX / "petrarch", coder))
    assert r.metric("expected events coded exactly (source, target, code)") == 1.0
    assert r.metric("extra events per expected event") == 2.0
    assert r.error_classes() == {"extra event": 1, "event in a no-event sentence": 1}


def test_petrarch_suite_miss_classes():
    suite = get_suite("petrarch2-unit")
    cases = suite.load(FIX / "petrarch")
    coder = StubCoder({"Rivendale attacked Zorbia.": [_event("193", "RIV", "ZOR")]})
    r = suite.run(cases, RunContext(FIX / "petrarch", coder))
    assert r.error_classes()["right root, wrong sub-code"] == 1
    assert r.confusion == {"19": {"19": 1}}


def test_conflibert_suite():
    suite = get_suite("conflibert-cameo")
    cases = suite.load(FIX / "conflibert")
    assert cases == [("A sentence we wrote about talks.", "1"), ("Another sentence about a bombing.", "4")]
    coder = StubCoder({"A sentence we wrote about talks.": [_event("040", "A", "B")]})
    r = suite.run(cases, RunContext(FIX / "conflibert", coder))
    assert r.metric("accuracy") == 0.5
    assert r.confusion == {"1": {"1": 1}, "4": {"none": 1}}


def test_run_suite_with_data_override_and_real_coder():
    """End to end through the runner with the real coder (NGEC fixture: 2 scored cases)."""
    from tacitus.evaluation.runner import CoderPool

    r = run_suite("ngec-actors", data=FIX / "ngec", pool=CoderPool())
    assert r.n_cases == 2 and r.data_dir.endswith("ngec")
    assert r.metric("exact code (country and sector as expected)") == 1.0
    d = r.to_dict(errors=0)
    assert d["suite"] == "ngec-actors" and d["errors"] == []


def test_documents_the_coder_fails_on_are_named_in_the_notes():
    from types import SimpleNamespace

    from tacitus.evaluation.runner import failed_note
    from tacitus.evaluation.suite import RunContext

    class FailingOnSecond:
        def code_documents(self, docs):
            for n, d in enumerate(docs):
                yield SimpleNamespace(document=d, status="error" if n == 1 else "ok",
                                      reason="E100 coding failed: KeyError('x')" if n == 1 else None)

    ctx = RunContext(data_dir=Path("."), coder=FailingOnSecond())
    coded = ctx.code(["Fine.", "Breaks.", "Fine again."], ids=["a", "b", "c"])
    assert [c.status for c in coded] == ["ok", "error", "ok"]
    assert ctx.failed == ["b (E100 coding failed: KeyError('x'))"]
    assert failed_note(ctx.failed) == [
        "1 documents failed to code, scored with no events: b (E100 coding failed: KeyError('x'))"]
    assert failed_note([]) == []
    assert failed_note([f"d{n} (x)" for n in range(12)], shown=2)[0].endswith("d0 (x); d1 (x) and 10 more")
