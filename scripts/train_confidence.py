"""Train an event confidence model (``src/tacitus/data/events/confidence.tsv``; with ``--fast`` the fast
coder's, ``confidence_fast.tsv``) on the news-gold dev pages.

Every scored event the coder makes on a dev page is labelled right when it matches an event an
analyst coded there (root and country-level dyad, as ``tacitus eval news-gold`` scores it), wrong otherwise;
an L2-regularised logistic regression over :func:`tacitus.events.confidence.features` learns the weights.
The parse coder's model also learns from the events read by hand on pages nobody annotated
(``eval/judged-events``: right or not as judged), and its scores are calibrated (Platt scaling) on those
events' out-of-fold scores — the dev pages were tuned on, so scores fitted there alone promise too much.
A page both read by hand and annotated later is labelled once, by the reading (calibration keeps its events).
The L2 strength is chosen by 5-fold cross-validation over pages (AUC). The test half is never read.

    TACITUS_SHARED_DATA=../shared/data python scripts/train_confidence.py [--fast] [--dry-run]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from tacitus.evaluation.news_articles import load_article, page_available
from tacitus.evaluation.news_gold import load_gold
from tacitus.evaluation.suite import shared_data_root
from tacitus.evaluation.suites.news_gold import auc, labelled_events
from tacitus.events.confidence import WEIGHTS_FILES, ConfidenceModel, features
from tacitus.pipeline import Coder, CodingOptions
from tacitus.yamlio import data_path

GOLD = Path(__file__).resolve().parent.parent / "eval" / "news-gold"
JUDGED = Path(__file__).resolve().parent.parent / "eval" / "judged-events" / "events.jsonl"
L2_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)
MIN_COUNT = 2  # a feature seen once says nothing general
FOLDS = 5


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method; the last column is the (unpenalised) intercept."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def design(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for r, feats in enumerate(rows):
        for name, value in feats.items():
            if name in index:
                x[r, index[name]] = value
    return x


def vocabulary(rows: list[dict[str, float]]) -> list[str]:
    counts = Counter(name for feats in rows for name in feats)
    return sorted(name for name, n in counts.items() if n >= MIN_COUNT)


def out_of_fold(rows, y, pages, l2: float) -> np.ndarray:
    """Each row's logit from a model fitted on the other folds (folds by page)."""
    keys = sorted(set(pages))
    fold = {k: i % FOLDS for i, k in enumerate(keys)}
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        train = [i for i, p in enumerate(pages) if fold[p] != k]
        test = [i for i, p in enumerate(pages) if fold[p] == k]
        names = vocabulary([rows[i] for i in train])
        w = fit(design([rows[i] for i in train], names), y[train], l2)
        scores[test] = design([rows[i] for i in test], names) @ w
    return scores


def _auc(scores: np.ndarray, y: np.ndarray, rows: list[int]) -> float:
    return auc([(float(scores[i]), bool(y[i] == 1)) for i in rows]) or 0.5


def judged_pages() -> set[str]:
    """Pages of eval/judged-events."""
    lines = JUDGED.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["page"] for line in lines if line.strip()}


def judged_events(coder, root: Path) -> list[tuple[str, object, bool, list]]:
    """(page, event, judged right, its document's events) for every event of eval/judged-events that the
    coder still makes the same way (same sentence, trigger, code and actor codes)."""
    judged = [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = sorted({j["page"] for j in judged if page_available(root, j["page"])})
    verdicts = {(j["page"], j["quote"], j["trigger"], j["code"], j["source"], j["target"]): j["verdict"]
                for j in judged}
    out = []
    for key, cd in zip(keys, coder.code_documents([load_article(root, k) for k in keys]), strict=True):
        for e in cd.events:
            quote = " ".join(e.sentence.split())[:100]
            src, tgt = (e.source.code if e.source else None), (e.target.code if e.target else None)
            verdict = verdicts.get((key, quote, e.trigger.text, e.cameo, src, tgt))
            if verdict is not None:
                out.append((key, e, verdict == "ok", cd.events))
    return out


def platt(logits: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Scale and shift that turn ``logits`` into calibrated probabilities of ``y``."""
    a, b = fit(np.column_stack([logits, np.ones_like(logits)]), y, 1e-3)
    return float(a), float(b)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the weights file")
    ap.add_argument("--fast", action="store_true", help="train the fast coder's model")
    args = ap.parse_args(argv)
    kind = "fast" if args.fast else "parse"
    root = shared_data_root()
    if root is None or not (root / "fundus-eval").is_dir():
        print("the shared news pages are not here (set TACITUS_SHARED_DATA)", file=sys.stderr)
        return 2
    read = set() if args.fast else judged_pages()
    articles = [a for a in load_gold(GOLD)
                if a.split == "dev" and a.key not in read and page_available(root, a.key)]
    coder = Coder(CodingOptions(fast=args.fast))
    coded = list(coder.code_documents([load_article(root, a.key) for a in articles]))
    labelled = labelled_events(articles, coded)
    by_page = {a.key: list(cd.events) for a, cd in zip(articles, coded, strict=True)}
    pages = [key for key, _e, _ok in labelled]
    rows = [features(e, by_page[key]) for key, e, _ok in labelled]
    labels = [ok for _key, _e, ok in labelled]
    before = auc([(e.confidence, ok) for _key, e, ok in labelled])
    judged = [] if args.fast else judged_events(coder, root)  # read on the parse coder's output
    pages += [key for key, _e, _ok, _doc in judged]
    rows += [features(e, doc) for _key, e, _ok, doc in judged]
    labels += [ok for _key, _e, ok, _doc in judged]
    y = np.array([1.0 if ok else 0.0 for ok in labels])
    dev_rows, judged_rows = range(len(labelled)), range(len(labelled), len(y))
    oof = {l2: out_of_fold(rows, y, pages, l2) for l2 in L2_GRID}
    cv = {l2: _auc(s, y, range(len(y))) for l2, s in oof.items()}
    l2 = max(cv, key=cv.get)
    names = vocabulary(rows)
    w = fit(design(rows, names), y, l2)
    weights = {n: float(v) for n, v in zip(names, w[:-1], strict=True) if abs(v) >= 1e-4}
    model = ConfidenceModel(weights=weights, bias=float(w[-1]))
    calibration = ""
    if len(judged_rows) >= 50:  # the dev pages were tuned on: calibrate on the judged pages, out of fold
        jr = list(judged_rows)
        a, b = platt(oof[l2][jr], y[jr])
        model = ConfidenceModel(weights={k: v * a for k, v in model.weights.items()}, bias=model.bias * a + b)
        calibration = (f"Calibrated (Platt: scale {a:.3f}, shift {b:.3f}) on the out-of-fold scores of the "
                       f"judged events, {int(y[jr].sum())} of {len(jr)} right ({y[jr].mean():.3f}).\n")
    split_auc = f"dev {_auc(oof[l2], y, dev_rows):.3f}" + (
        f", judged {_auc(oof[l2], y, judged_rows):.3f}" if len(judged_rows) else "")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            check=False).stdout.strip() or "unknown"
    report = (f"Event confidence weights of the {kind} coder (tacitus.events.confidence), written by "
              f"scripts/train_confidence.py on {dt.date.today()} at commit {commit}.\n"
              f"Trained on {len(labelled)} scored events of the {kind} coder on the {len(articles)} "
              f"news-gold dev pages ({sum(labels[:len(labelled)])} matching an analyst's event, root + "
              "country-level dyad)"
              + (f" and {len(judged)} events of eval/judged-events it still makes "
                 f"({sum(labels[len(labelled):])} judged right)" if judged else "") + ".\n"
              f"L2 {l2} chosen by {FOLDS}-fold cross-validation over pages: AUC "
              + ", ".join(f"{k}: {v:.3f}" for k, v in cv.items())
              + f"; at {l2}: {split_auc} (the packaged model before this run, in-sample on dev: "
              f"{before or 0.5:.3f}).\n"
              + calibration
              + "Our own annotations only; the test half is never read.")
    print(report)
    if not args.dry_run:
        path = data_path(WEIGHTS_FILES[kind])
        path.write_text(model.to_tsv(report), encoding="utf-8")
        print(f"wrote {path} ({len(model.weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
