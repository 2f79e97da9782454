"""Code the ECB+ news documents and draw a random sample of the coder's events to read by hand
(``eval/judged-ecbplus/``: evaluation only — no rule, dictionary or model is tuned or trained on it).

ECB+ ships tokenised sentences; they are joined back into running text (quotes, hyphens, clitics), lines
that are only a URL are left out. Every event is written to OUT (JSON, with its sentence); ``--draw N``
keeps N events of a seeded shuffle instead, at most two per document.

    TACITUS_SHARED_DATA=../shared/data python scripts/code_ecbplus.py OUT.json [--draw 100 --seed 22]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from tacitus.evaluation.suite import shared_data_root
from tacitus.model import Document
from tacitus.pipeline import Coder, CodingOptions


def detokenised(sentences: list[str]) -> str:
    """Running text from ECB+'s tokenised sentences."""
    kept = [s for s in sentences if not re.match(r"^\s*https?://", s) and " / " not in s and "www" not in s]
    text = " ".join(kept).replace("``", "“").replace("''", "”")
    for spaced, joined in ((" ,", ","), (" .", "."), (" 's", "'s"), (" n't", "n't"), (" ;", ";"),
                           (" :", ":"), ("( ", "("), (" )", ")"), ("“ ", "“"), (" ”", "”")):
        text = text.replace(spaced, joined)
    text = re.sub(r"(\w) - (\w)", r"\1-\2", text)
    return re.sub(r"(\d): (\d)", r"\1:\2", text)


def documents(root: Path) -> list[Document]:
    lines = (root / "ecbplus-story-clusters" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    return [Document(text=detokenised(d["sentences"]), id=d["doc_id"]) for d in map(json.loads, lines)]


def draw(events: list[dict], n: int, seed: int) -> list[dict]:
    """``n`` events in a seeded shuffle, at most two per document."""
    order = list(range(len(events)))
    random.Random(seed).shuffle(order)
    per_doc: dict[str, int] = {}
    picked = []
    for i in order:
        doc = events[i]["doc"]
        if per_doc.get(doc, 0) < 2 and len(picked) < n:
            per_doc[doc] = per_doc.get(doc, 0) + 1
            picked.append(events[i])
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--draw", type=int, default=0)
    ap.add_argument("--seed", type=int, default=22)
    args = ap.parse_args()
    docs = documents(shared_data_root())
    events = []
    for doc, coded in zip(docs, Coder(CodingOptions(enrich=False)).code_documents(docs), strict=True):
        events += [{**e.to_dict(), "doc": doc.id} for e in coded.events]
    chosen = draw(events, args.draw, args.seed) if args.draw else events
    args.out.write_text(json.dumps(chosen, indent=0, ensure_ascii=False), encoding="utf-8")
    print(f"{len(events)} events on {len({e['doc'] for e in events})} of {len(docs)} documents; "
          f"{len(chosen)} written to {args.out}")


if __name__ == "__main__":
    main()
