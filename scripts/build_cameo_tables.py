#!/usr/bin/env python3
"""Build tacitus' normalised CAMEO tables from three public reference tables.

Inputs (read-only, see each folder's SOURCE.md):

* ``cameo-codes/CAMEO_codefile.txt`` (MIT, Schrodt): the CAMEO 0.7b5 code list, code -> name.
  This defines *which* codes exist and what they mean.
* ``gdelt-schema/cameo_event_codes_goldstein.tsv`` (GDELT codebook via gdeltPyR): Goldstein score
  per code.
* ``plover/CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0, Open Event Data Alliance, PLOVER draft 0.8):
  CAMEO -> PLOVER event type, mode, context.

Outputs (our own normalised facts, committed as package data):

* ``src/tacitus/data/cameo/codes.tsv``:  code, name, goldstein, quad_class, root, note
* ``src/tacitus/data/cameo/plover.tsv``: cameo, plover_type, plover_mode, plover_context, note

Rules (all visible in the ``note`` column):

* Codes = the 20 two-digit roots plus every purely numeric 3-/4-digit ``LABEL:`` code of the codefile.
  ICEWS-only variants (``0811i``, ``13y``, ...) are not codes. The first ``LABEL:`` spelling wins,
  with four obvious typos fixed.
* Goldstein: the GDELT table partly follows an older CAMEO numbering (e.g. its 163 is "Halt
  negotiations" and its 166 "Impose embargo", while in the codefile 163 is the embargo).
  So for each code we take, in order:
  1. the GDELT row with the same code if its description means the same thing;
  2. otherwise the GDELT row of the same root and depth whose description clearly matches our
     name, better than the same-code row does (the source was renumbered; noted);
  3. otherwise the same-code row even though its description differs (noted);
  4. otherwise the parent's value (4-digit -> 3-digit -> root; noted).
* QuadClass (GDELT): roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4.
* PLOVER: the row of CAMEO2PLOVER for the code; codes absent from it inherit their parent's row
  (noted); roots use their ``x0`` code's row. Roots 01 and 02 are *dropped* in PLOVER (manual,
  "CAMEO to PLOVER translation"): empty plover_type. Contexts ``a; b`` become ``a;b``.

Usage::

    python scripts/build_cameo_tables.py [--data-dir /work/shared/data] [--out src/tacitus/data/cameo]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path("/work/shared/data")
DEFAULT_OUT = REPO / "src" / "tacitus" / "data" / "cameo"

TYPO_FIXES = {
    "commment": "comment",
    "Apolgize": "Apologize",
    "Ostruct": "Obstruct",
    "adminstrative": "administrative",
}
STOPWORDS = {
    "not",
    "specified",
    "below",
    "or",
    "of",
    "to",
    "the",
    "a",
    "an",
    "for",
    "and",
    "with",
    "in",
    "such",
    "as",
}
MATCH_THRESHOLD = 0.5  # same-code row counts as "same meaning" (token Jaccard)
RENUMBER_THRESHOLD = 0.75  # another row of the same root and depth clearly names our event ...
RENUMBER_MARGIN = 0.3  # ... and fits much better than the same-code row


def quad_class(root: str) -> int:
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    raise ValueError(f"not a CAMEO root: {root!r}")


def parent_of(code: str) -> str | None:
    if len(code) == 2:
        return None
    if len(code) == 3:
        return code[:2]
    return code[:3]


def fix_typos(name: str) -> str:
    for bad, good in TYPO_FIXES.items():
        name = name.replace(bad, good)
    return re.sub(r"\s+", " ", name).strip()


def parse_codefile(path: Path) -> dict[str, str]:
    """Return {code: name}; roots first, then codes in file order."""
    names: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"//(\d{2})\s*[:=]\s*(.+)$", line)
        if m:
            names.setdefault(m.group(1), fix_typos(m.group(2).strip().capitalize()))
            continue
        m = re.match(r"LABEL:\s*(\d{3,4})\s*=\s*(.+)$", line)  # "LABELi:"/"LABELI:" are ICEWS variants
        if m:
            names.setdefault(m.group(1), fix_typos(m.group(2)))
    return names


def parse_goldstein(path: Path) -> dict[str, tuple[str, float]]:
    rows: dict[str, tuple[str, float]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or not row[0].strip().isdigit():
                continue
            rows[row[0].strip()] = (re.sub(r"\s+", " ", row[1]).strip(), float(row[2]))
    return rows


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z]+", text.lower()) if t not in STOPWORDS}


def similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def parse_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d{3,4})\s*:\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        ptype, mode, context = parts[0], parts[1], ",".join(parts[2:]).strip()
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        rows.setdefault(m.group(1), (ptype, mode, context))  # 175 is listed twice, identically
    return rows


def build(data_dir: Path) -> tuple[list[list[str]], list[list[str]]]:
    names = parse_codefile(data_dir / "cameo-codes" / "CAMEO_codefile.txt")
    gold = parse_goldstein(data_dir / "gdelt-schema" / "cameo_event_codes_goldstein.tsv")
    plover = parse_plover(data_dir / "plover" / "CAMEO2PLOVER-2021.txt")
    codes = sorted(names, key=lambda c: (c[:2], c))

    goldstein: dict[str, float] = {}
    code_rows: list[list[str]] = []
    for code in codes:  # sorted so parents precede children
        name = names[code]
        note = ""
        same = gold.get(code)
        if same is not None and (len(code) == 2 or similarity(name, same[0]) >= MATCH_THRESHOLD):
            value = same[1]
        else:
            same_sim = similarity(name, same[0]) if same is not None else 0.0
            candidates = [
                (similarity(name, desc), other, desc, val)
                for other, (desc, val) in gold.items()
                if other[:2] == code[:2] and len(other) == len(code)
            ]
            best = max(candidates, default=(0.0, "", "", 0.0))
            if best[0] >= RENUMBER_THRESHOLD and best[0] - same_sim >= RENUMBER_MARGIN:
                value = best[3]
                note = f"goldstein from source row {best[1]} ({best[2]!r}): source numbering differs"
                if same is not None:
                    note += f"; source row {code} is {same[0]!r} ({same[1]})"
            elif same is not None:
                value = same[1]
                note = f"goldstein by code; source row {code} is described as {same[0]!r}"
            else:
                par = parent_of(code)
                assert par is not None and par in goldstein, code
                value = goldstein[par]
                note = f"goldstein inherited from parent {par} (code absent from source)"
        goldstein[code] = value
        root = code[:2]
        code_rows.append([code, name, f"{value:.1f}", str(quad_class(root)), root, note])

    plover_rows: list[list[str]] = []
    resolved: dict[str, tuple[str, str, str]] = {}
    for code in codes:
        root = code[:2]
        if root in ("01", "02"):
            resolved[code] = ("", "", "")
            plover_rows.append([code, "", "", "", "dropped in PLOVER (manual: CAMEO 01/02 eliminated)"])
            continue
        note = ""
        if code in plover:
            row = plover[code]
        elif len(code) == 2 and root + "0" in plover:
            row = plover[root + "0"]
            note = f"root: row of {root}0"
        else:
            par = parent_of(code)
            assert par is not None and par in resolved, code
            row = resolved[par]
            note = f"inherited from parent {par} (code absent from CAMEO2PLOVER)"
        resolved[code] = row
        plover_rows.append([code, *row, note])
    return code_rows, plover_rows


HEADER_CODES = ["code", "name", "goldstein", "quad_class", "root", "note"]
HEADER_PLOVER = ["cameo", "plover_type", "plover_mode", "plover_context", "note"]
PREAMBLE = (
    "# Generated by scripts/build_cameo_tables.py from CAMEO_codefile.txt (MIT), the GDELT Goldstein table "
    "and CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0). Do not edit by hand; re-run the script."
)


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(PREAMBLE + "\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            assert all("\t" not in cell and "\n" not in cell for cell in row), row
            fh.write("\t".join(row) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    code_rows, plover_rows = build(args.data_dir)
    write_tsv(args.out / "codes.tsv", HEADER_CODES, code_rows)
    write_tsv(args.out / "plover.tsv", HEADER_PLOVER, plover_rows)
    n_notes = sum(1 for r in code_rows if r[-1])
    n_inh = sum(1 for r in plover_rows if r[-1].startswith("inherited"))
    print(
        f"wrote {len(code_rows)} codes ({n_notes} with a Goldstein note) and {len(plover_rows)} PLOVER rows "
        f"({n_inh} inherited) to {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
