"""User event lexicons are layered on top of ours (not instead of them); data files have one cached loader."""

from __future__ import annotations

import pytest

from tacitus.errors import TacitusError
from tacitus.events.lexicon import EventLexicon
from tacitus.yamlio import data_yaml, load_yaml


def test_user_verbs_layer_over_ours(tmp_path):
    (tmp_path / "verbs.yaml").write_text(
        "- id: reprimand\n  lemmas: [reprimand, scold]\n  code: \"111\"\n  require: [source, target]\n"
        "- id: praise\n  lemmas: [praise]\n  code: \"050\"\n", encoding="utf-8")
    ours = EventLexicon.default()
    layered = EventLexicon.from_dir(tmp_path)
    ids = [e.id for e in layered.verbs]
    assert ids[:2] == ["reprimand", "praise"] and ids.count("praise") == 1
    assert {e.id for e in ours.verbs} - {"praise"} <= set(ids)  # ours are all still there
    assert layered.verb_index["scold"][0].entry.id == "reprimand"  # the user's entry comes first
    assert layered.verb_index["praise"][0].entry.code == "050"
    assert len(layered.nouns) == len(ours.nouns) and layered.classes == ours.classes


def test_user_classes_and_nouns_layer_over_ours(tmp_path):
    (tmp_path / "classes.yaml").write_text("drone: [drone, uav, quadcopter]\n", encoding="utf-8")
    (tmp_path / "nouns.yaml").write_text(
        "light_verbs: [unleash a wave of]\nnouns:\n- id: drone-sortie\n  lemmas: [sortie]\n  code: \"190\"\n",
        encoding="utf-8")
    layered = EventLexicon.from_dir(tmp_path)
    assert "quadcopter" in layered.classes["drone"]
    assert layered.nouns[0].id == "drone-sortie"
    assert len(layered.nouns) == len(EventLexicon.default().nouns) + 1
    assert "unleash a wave of" in layered.light_verbs and "launch" in layered.light_verbs


def test_empty_user_folder_is_an_error(tmp_path):
    with pytest.raises(TacitusError, match=r"no classes\.yaml"):
        EventLexicon.from_dir(tmp_path)


def test_packaged_data_is_read_once_with_lexicon_yaml():
    assert data_yaml("events/verbs.yaml") is data_yaml("events/verbs.yaml")
    assert load_yaml("targets: [on, off, no]") == {"targets": ["on", "off", "no"]}  # words, not booleans


def _non_words(value, path=""):
    """Entries of word lists in a data file that YAML read as something other than a word."""
    if isinstance(value, dict):
        return [bad for k, v in value.items() for bad in _non_words(v, f"{path}/{k}")]
    if isinstance(value, list):
        found = [f"{path}: {v!r}" for v in value if isinstance(v, bool) or v is None]
        return found + [bad for v in value if isinstance(v, (dict, list)) for bad in _non_words(v, path)]
    return []


def test_word_lists_hold_words_only():
    """An unquoted ``false`` in a word list was read as a boolean, so "said the claim was false" was no
    dismissal; every packaged word list holds words."""
    from tacitus.yamlio import data_path

    root = data_path("")
    bad = [f"{p.relative_to(root)}{b}" for p in sorted(root.rglob("*.yaml"))
           for b in _non_words(load_yaml(p.read_text(encoding="utf-8")))]
    assert bad == []
