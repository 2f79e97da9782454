"""Validate news-gold annotation files against the article text and the CAMEO table.

    python scripts/check_news_gold.py [eval/news-gold/fundus_FoxNews_2.yaml ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from tacitus.evaluation.news_articles import load_article
from tacitus.evaluation.news_gold import load_gold, validate
from tacitus.evaluation.suite import REPO_ROOT, shared_data_root
from tacitus.events.cameo import CameoTable


def main() -> int:
    folder = REPO_ROOT / "eval" / "news-gold"
    wanted = {Path(p).resolve() for p in sys.argv[1:]}
    table = CameoTable.load()
    root = shared_data_root()
    bad = 0
    for article in load_gold(folder):
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
