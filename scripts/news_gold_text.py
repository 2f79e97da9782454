"""Print news-gold articles as the coder sees them: numbered sentences of the clean text.

    python scripts/news_gold_text.py fundus/FoxNews_2 wcxb/0031 [--events]

``--events`` adds what tacitus codes in each sentence (for reviewing output, not for annotating:
annotators read the text only).
"""

from __future__ import annotations

import argparse

from tacitus.evaluation.news_articles import load_article
from tacitus.evaluation.suite import shared_data_root


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("keys", nargs="+")
    ap.add_argument("--events", action="store_true")
    args = ap.parse_args()
    from tacitus.pipeline import Coder, CodingOptions

    root = shared_data_root()
    coder = Coder(CodingOptions(enrich=False))
    docs = [load_article(root, k) for k in args.keys]
    for coded in coder.code_documents(docs):
        doc = coded.document
        print(f"=== {doc.origin}  published {doc.published}  {doc.url}")
        print(f"title: {doc.title}")
        by_sentence: dict[int, list] = {}
        for e in coded.events:
            by_sentence.setdefault(e.sentence_index, []).append(e)
        for s in doc.sentences:
            print(f"[{s.index}] {doc.text[s.start:s.end]}")
            if args.events:
                for e in by_sentence.get(s.index, []):
                    src = e.source.code if e.source else "-"
                    tgt = e.target.code if e.target else "-"
                    print(f"    >> {e.cameo} {src} -> {tgt} '{e.trigger.text}' {e.modality}  [{e.rule}]")
        print()


if __name__ == "__main__":
    main()
