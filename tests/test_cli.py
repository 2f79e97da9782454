"""The command line as a user runs it: code files into a store, rerun, bad input, explain."""

from __future__ import annotations

import json

import pytest

from tacitus.cli.main import EXIT_OK, EXIT_SOME_FAILED, main

ARTICLE = (
    "English\n"
    "Share this article\n"
    "Canadian Foreign Minister Chrystia Freeland criticized Saudi Arabia on Monday.\n"
    "Saudi warplanes bombed Houthi rebels near the Yemeni capital.\n"
    "Loading...\n"
)


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "b.jsonl").write_text(
        json.dumps(
            {
                "url": "https://example.org/x",
                "date": "2018-08-06",
                "body": "Chinese President Xi Jinping praised Pakistani Prime Minister Imran Khan.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return d


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_code_directory_into_store_and_rerun_adds_nothing(capsys, corpus, tmp_path):
    db = str(tmp_path / "news.duckdb")
    code, events, err = run(
        capsys, "code", str(corpus), "--db", db, "--date", "2018-08-06", "--text-field", "body"
    )
    assert code == EXIT_OK, err
    assert {e["cameo"][:2] for e in events} >= {"11", "19"}
    e = next(x for x in events if x["root"] == "11")
    assert e["source"]["code"] == "CANGOV" and e["target"]["code"] == "SAU"
    assert e["date"] == "2018-08-06" and e["plover_type"]
    assert set(e) >= {
        "doc_id",
        "sentence_index",
        "sentence",
        "date",
        "cameo",
        "root",
        "quad_class",
        "goldstein",
        "plover_type",
        "plover_mode",
        "source",
        "target",
        "trigger",
        "modality",
        "reported_by",
        "confidence",
        "rule",
    }
    assert all("Share" not in x["sentence"] and "Loading" not in x["sentence"] for x in events)

    from tacitus.store import Store

    with Store(db, read_only=True) as store:
        before = store.counts()
    code, again, err = run(
        capsys, "code", str(corpus), "--db", db, "--date", "2018-08-06", "--text-field", "body"
    )
    assert code == EXIT_OK
    assert [x["cameo"] for x in again] == [x["cameo"] for x in events]  # replayed from the store
    assert "2 documents were already in the store" in err
    with Store(db, read_only=True) as store:
        assert store.counts() == before


def test_bad_inputs_are_reported_and_the_run_goes_on(capsys, tmp_path):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (d / "cp1252.txt").write_bytes(
        "Le président français a critiqué la décision du gouvernement.".encode("cp1252")
    )
    (d / "good.txt").write_text("Russian warplanes bombed rebel positions near Hama.", encoding="utf-8")
    code, events, err = run(capsys, "code", str(d), "--no-store")
    assert code == EXIT_SOME_FAILED
    assert "E001" in err and "E002" in err
    assert "skipped: language fr" in err
    assert [e["root"] for e in events] == ["19"]


def test_stdin_jsonl(capsys, monkeypatch, tmp_path):
    import io
    import sys

    line = json.dumps({"text": "Israeli troops arrested Palestinian protesters.", "date": "2015-03-02"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((line + "\n").encode())))
    code, events, _ = run(capsys, "code", "-", "--no-store")
    assert code == EXIT_OK
    assert events and events[0]["cameo"] == "173" and events[0]["date"] == "2015-03-02"


def test_explain_by_id_prefix(capsys, corpus, tmp_path):
    db = str(tmp_path / "x.duckdb")
    _, events, _ = run(capsys, "code", str(corpus / "a.txt"), "--db", db, "--date", "2018-08-06")
    doc_id = events[0]["doc_id"]
    code = main(["explain", doc_id[:8], "--db", db, "--no-color"])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "verb:criticize" in out and "CANGOV" in out and "modality: asserted" in out


def test_explain_unknown_id_is_a_clear_error(capsys, tmp_path):
    db = str(tmp_path / "none.duckdb")
    code = main(["explain", "deadbeef00", "--db", db])
    assert code == EXIT_SOME_FAILED
    assert "E031" in capsys.readouterr().err  # no store at all: said so, none created
    assert not (tmp_path / "none.duckdb").exists()


def test_bad_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["code", "x.txt", "--date", "29/09/2016"])
    assert exc.value.code == 2


def test_explain_lists_near_misses(tmp_path):
    """Triggers found but not coded are listed after the events, with the reason."""
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("The Pentagon released a video of the strike on Monday.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "tacitus.cli.main", "explain", str(article), "--no-color",
                          "--db", str(tmp_path / "x.duckdb")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    # one line per rejected reading of the word, each with its own reason (a release of prisoners needs a
    # person as object; a release on bail needs custody in the clause)
    assert "near misses: 3 readings" in out.stdout
    assert "«released» (verb:release): object is not releasable" in out.stdout
    assert "«released» (verb:release-on-bail): another sense" in out.stdout


def test_a_long_run_codes_through_one_worker_pool_in_input_order(capsys, monkeypatch, tmp_path):
    import tacitus.workers as workers

    pools = []
    real = workers.code_in_workers
    monkeypatch.setattr(workers, "code_in_workers", lambda *a, **k: (pools.append(1), real(*a, **k))[1])
    lines = []
    for i in range(300):  # more than one chunk of inputs (cli.code.CHUNK = 256), with bad lines among them
        lines.append("{not json" if i % 97 == 5 else
                     json.dumps({"date": "2018-08-06", "body": f"Russian troops shelled Kharkiv {i} times."}))
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "many.duckdb")
    stored = [json.dumps({"date": "2018-08-06", "body": f"Russian troops shelled Kharkiv {i} times."})
              for i in (7, 260)]
    (tmp_path / "first.jsonl").write_text("\n".join(stored) + "\n", encoding="utf-8")
    run(capsys, "code", str(tmp_path / "first.jsonl"), "--db", db, "--text-field", "body", "--fast", "-q")
    code, events, err = run(capsys, "code", str(src), "--db", db, "--text-field", "body", "--fast",
                            "--processes", "2", "--format", "documents")
    assert pools == [1]  # one pool for the whole run (it was re-forked for every 256 inputs)
    assert code == EXIT_SOME_FAILED  # the bad lines
    order = [int(d["document"]["text"].split()[4]) for d in events]
    assert order == [i for i in range(300) if i % 97 != 5]  # input order, stored ones included
    assert "2 documents were already in the store" in err and "4 failed" in err


def test_the_command_lines_written_out_choices_match_the_registries():
    from tacitus.cli import eval as eval_cli
    from tacitus.cli import export as export_cli
    from tacitus.evaluation.suite import suites
    from tacitus.export.formats import FORMATS, OWN_TABLES

    assert tuple(suites()) == eval_cli.SUITES
    assert export_cli.FORMATS == FORMATS and export_cli.TABLES == OWN_TABLES


def test_code_with_the_model_parse_and_ner_everywhere(capsys, corpus, tmp_path):
    expected = {("11", "CANGOV", "SAU"), ("05", "CHNGOV", "PAKGOV")}
    for k, flags in enumerate(([], ["--parse-all"], ["--model-ner"], ["--parse-all", "--model-ner"])):
        code, events, _ = run(capsys, "code", str(corpus), "--db", str(tmp_path / f"{k}.duckdb"), *flags)
        assert code == EXIT_OK
        assert {(e["cameo"][:2], e["source"]["code"], e["target"]["code"]) for e in events} >= expected, flags


def test_parse_arguments_choose_the_pipeline():
    import argparse

    from tacitus.cli.common import add_parse_arguments, parse_choices

    p = argparse.ArgumentParser()
    add_parse_arguments(p)
    assert parse_choices(p.parse_args([])) == {}  # CodingOptions' defaults: selective parse, light NER
    assert parse_choices(p.parse_args(["--parse-all", "--model-ner"])) == {"selective": False, "ner": "model"}
    assert parse_choices(p.parse_args(["--one-party"])) == {"one_party": True}
