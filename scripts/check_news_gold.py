"""Validate news-gold annotation files against the article text and the CAMEO table.

    python scripts/check_news_gold.py [eval/news-gold/fundus_FoxNews_2.yaml ...]
    python scripts/check_news_gold.py --folder /path/to/second-annotations

``--folder`` checks every annotation file of another folder in the same format (a second annotator's
files, for instance).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tacitus.evaluation.news_articles import load_article
from tacitus.evaluation.news_gold import load_gold, validate
from tacitus.evaluation.suite import REPO_ROOT, shared_data_root
from tacitus.events.cameo import CameoTable


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="annotation files to check (default: every file of the folder)")
    ap.add_argument("--folder", type=Path, default=REPO_ROOT / "eval" / "news-gold")
    args = ap.parse_args(argv)
    wanted = {Path(p).resolve() for p in args.files}
    table = CameoTable.load()
    root = shared_data_root()
    bad = 0
    for article in load_gold(args.folder):
        if wanted and article.path.resolve() not in wanted:
            continue
        text = load_article(root, article.key).text
        problems = validate(article, text, table.is_code)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{article.path.name}: {len(article.events)} events, {status}")
        for p in problems:
            print("   ", p)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
