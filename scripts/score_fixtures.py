"""Score the coder on tests/fixtures/coding_sentences.yaml; print the figures, write failures to a file.

    python scripts/score_fixtures.py [--failures /tmp/fails.txt] [--fast]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tacitus.evaluation.sentences import load_cases, score
from tacitus.pipeline import Coder, CodingOptions

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "coding_sentences.yaml"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--failures", default="/tmp/fails.txt")
    ap.add_argument("--fast", action="store_true", help="score the fast coder (no parse, no NER)")
    args = ap.parse_args()
    s = score(load_cases(FIXTURES), Coder(CodingOptions(fast=args.fast)))
    print(
        f"expected {s.expected} produced {s.produced} exact {s.exact_recall():.3f} "
        f"root {s.root_recall():.3f} "
        f"extra {s.extra_rate():.3f} noevent {s.no_event_precision():.3f}"
    )
    with open(args.failures, "w", encoding="utf-8") as f:
        for r in s.failures():
            exp = [(e.cameo, e.source, e.target) for e in r.case.events]
            got = [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in r.produced]
            print(f"{r.case.id} | {r.case.text}\n    exp {exp}\n    got {got}", file=f)


if __name__ == "__main__":
    main()
