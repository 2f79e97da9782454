"""The bundled CAMEO tables and their loader (tacitus.events.cameo)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from tacitus.events.cameo import CAMEO, CameoTable

ROOTS = [f"{i:02d}" for i in range(1, 21)]
SHARED = Path("/work/shared/data")


def test_singleton_and_reload_agree():
    again = CameoTable.load()
    assert again.codes() == CAMEO.codes()
    assert len(CAMEO) == 315


def test_every_root_has_name_goldstein_quad_and_plover():
    assert CAMEO.roots() == ROOTS
    for root in ROOTS:
        assert CAMEO.name(root)
        assert isinstance(CAMEO.goldstein(root), float)
        assert CAMEO.quad_class(root) in (1, 2, 3, 4)
        base = root + "0"  # the root's "not specified below" code
        assert CAMEO.is_code(base)
        assert CAMEO.name(base)
        assert CAMEO.quad_class(base) == CAMEO.quad_class(root)
        if root in ("01", "02"):
            # PLOVER manual, "CAMEO to PLOVER translation": 01 and 02 are dropped.
            assert CAMEO.plover(root) is None and CAMEO.plover(base) is None
        else:
            assert CAMEO.plover(root) is not None and CAMEO.plover(root)[0].isupper()
            assert CAMEO.plover(base)[0] == CAMEO.plover(root)[0]


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)],
)
def test_quad_class_boundaries(root, quad):
    assert CAMEO.quad_class(root) == quad
    for code in CAMEO.codes():
        if CAMEO.root(code) == root:
            assert CAMEO.quad_class(code) == quad


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("010", 0.0),
        ("011", -0.1),
        ("013", 0.4),
        ("042", 1.9),
        ("043", 2.8),
        ("046", 7.0),
        ("057", 8.0),
        ("072", 8.3),
        ("0874", 10.0),
        ("100", -5.0),
        ("111", -2.0),
        ("120", -4.0),
        ("130", -4.4),
        ("1313", -5.8),
        ("138", -7.0),
        ("141", -6.5),
        ("145", -7.5),
        ("154", -7.2),
        ("173", -5.0),
        ("175", -9.0),
        ("182", -9.5),
        ("183", -10.0),
        ("185", -8.0),
        ("190", -10.0),
        ("191", -9.5),
        ("195", -10.0),
        ("201", -9.5),
        # inherited from 195 (absent from the Goldstein table)
        ("1951", -10.0),
        ("1952", -10.0),
        # source table numbers 16x the old way: its 166 "Impose embargo" row is -8.0
        ("163", -8.0),
        ("164", -6.5),
        ("166", -7.0),
    ],
)
def test_goldstein_spot_checks(code, value):
    assert CAMEO.goldstein(code) == pytest.approx(value)


def test_names_hierarchy():
    assert CAMEO.name("1313") == "Threaten to reduce or break relations"
    assert CAMEO.name("190") == "Use conventional military force"
    assert CAMEO.name("1951") == "Employ precision-guided aerial munitions"
    assert CAMEO.name("055") == "Apologize"  # typo in the source fixed
    assert CAMEO.root("1313") == "13"
    assert CAMEO.parent("1313") == "131"
    assert CAMEO.parent("131") == "13"
    assert CAMEO.parent("13") is None
    assert "1951" in CAMEO.children("195")
    assert CAMEO.is_code("0874") and CAMEO.is_code("1952") and CAMEO.is_code("20")
    assert not CAMEO.is_code("10x") and not CAMEO.is_code("0811i") and not CAMEO.is_code("999")
    assert not CAMEO.is_code("13y")
    with pytest.raises(KeyError):
        CAMEO.name("999")
    assert "0874" in CAMEO.codes() and "0874" in CAMEO.codes(include_roots=False)
    assert "08" not in CAMEO.codes(include_roots=False)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("030", ("AGREE", None)),
        ("040", ("CONSULT", None)),
        ("041", ("CONSULT", "phone")),
        ("042", ("CONSULT", "visit")),
        ("043", ("CONSULT", "visit")),
        ("057", ("SUPPORT", None)),
        ("073", ("AID", None)),
        ("080", ("CONCEDE", None)),
        ("0841", ("RETREAT", "release")),
        ("0871", ("RETREAT", "ceasefire")),
        ("090", ("ACCUSE", "investigate")),
        ("100", ("REQUEST", None)),
        ("1041", ("REQUEST", "change")),
        ("1056", ("REQUEST", "yield")),
        ("111", ("ACCUSE", "disapprove")),
        ("112", ("ACCUSE", "disapprove")),
        ("1121", ("ACCUSE", "allege")),
        ("120", ("REJECT", None)),
        ("125", ("REJECT", "meet")),
        ("130", ("THREATEN", None)),
        ("1312", ("THREATEN", "restrict")),
        ("1313", ("THREATEN", "relations")),
        ("138", ("THREATEN", "violence")),
        ("140", ("PROTEST", None)),
        ("141", ("PROTEST", "demo")),
        ("143", ("PROTEST", "boycott")),
        ("145", ("PROTEST", "riot")),
        ("154", ("MOBILIZE", "troops")),
        ("161", ("SANCTION", "withdraw")),
        ("163", ("COERCE", "restrict")),  # CAMEO2PLOVER maps sanctions/embargo to COERCE
        ("166", ("SANCTION", "expel")),
        ("173", ("COERCE", "arrest")),
        ("174", ("COERCE", "deport")),
        ("180", ("ASSAULT", None)),
        ("181", ("ASSAULT", "abduct")),
        ("182", ("ASSAULT", "beat")),
        ("1831", ("ASSAULT", "suicide-attack")),
        ("1832", ("ASSAULT", "explosives")),
        ("186", ("ASSAULT", "assassinate")),
        # 19x: PLOVER 0.8 folds FIGHT into ASSAULT
        ("190", ("ASSAULT", None)),
        ("191", ("COERCE", "restrict")),
        ("192", ("COERCE", "seize")),
        ("193", ("ASSAULT", "firearms")),
        ("194", ("ASSAULT", "heavy-weapons")),
        ("195", ("ASSAULT", "heavy-weapons")),
        ("1951", ("ASSAULT", "heavy-weapons")),  # inherited from 195
        ("200", ("ASSAULT", "massacre")),
        ("2041", ("ASSAULT", "unconventional")),
    ],
)
def test_plover_mapping(code, expected):
    assert CAMEO.plover(code) == expected


def test_plover_context():
    assert CAMEO.plover_context("1121") == ("crime", "corruption")
    assert CAMEO.plover_context("195") == ("military",)
    assert CAMEO.plover_context("141") == ()
    assert CAMEO.plover("010") is None and CAMEO.plover("0233") is None


# -- faithfulness to the public source tables (skipped when they are not on this machine) -----------


@pytest.mark.skipif(not (SHARED / "plover" / "CAMEO2PLOVER-2021.txt").exists(), reason="source tables absent")
def test_plover_rows_match_source_file():
    seen = 0
    for line in (SHARED / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d{3,4})\s*:\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        ptype, mode = parts[0], parts[1] if len(parts) > 1 else ""
        assert CAMEO.plover(m.group(1)) == (ptype, mode or None), line
        seen += 1
    assert seen > 250


@pytest.mark.skipif(
    not (SHARED / "gdelt-schema" / "cameo_event_codes_goldstein.tsv").exists(), reason="source tables absent"
)
def test_goldstein_matches_source_unless_noted():
    with (SHARED / "gdelt-schema" / "cameo_event_codes_goldstein.tsv").open(encoding="utf-8") as fh:
        src = {r[0]: float(r[2]) for r in csv.reader(fh, delimiter="\t") if r and r[0].isdigit()}
    for code in CAMEO.codes():
        entry = CAMEO.get(code)
        if not entry.note:
            assert code in src, code
            assert entry.goldstein == src[code], code


@pytest.mark.skipif(
    not (SHARED / "cameo-codes" / "CAMEO_codefile.txt").exists(), reason="source tables absent"
)
def test_every_codefile_code_is_loaded():
    text = (SHARED / "cameo-codes" / "CAMEO_codefile.txt").read_text(encoding="utf-8")
    codes = set(re.findall(r"^LABEL:\s*(\d{3,4})=", text, flags=re.M))
    assert codes == set(CAMEO.codes(include_roots=False))
