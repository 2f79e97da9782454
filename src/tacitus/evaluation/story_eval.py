"""Story clustering on ECB+ (evaluation only: the texts are read at run time, never stored in the repo).

``run_ecb_eval()`` clusters the documents of the dev topics (1–22) and of the test topics (36–45)
— each split on its own, as a fresh stream sorted by document id — and returns B³ and pairwise
precision/recall/F1 against the gold ``story`` (topic + sub-topic). Parameters are the frozen defaults
of ``tacitus.stories.ClusterParams``; they were tuned on topics 1–22 only.

Names come from spaCy NER (``ner=True``, the tacitus model) turned into plain ``Entity`` records, or
from the capitalised-word fallback of ``tacitus.stories.features`` (``ner=False``).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from tacitus.model.records import CodedDocument, Document, Entity
from tacitus.stories.cluster import ClusterParams, cluster, document_frequencies
from tacitus.stories.features import features_of

DEFAULT_PATH = (
    Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ecbplus-story-clusters" / "docs.jsonl"
)
DEV_TOPICS = tuple(range(1, 23))
TEST_TOPICS = tuple(range(36, 46))
# ecbplus documents start with their detokenised URL ("http: / / www. site. com / a - b - c Headline …"):
# everything up to the first capital letter is the URL.
_URL = re.compile(r"^\s*https?\s*:\s*/\s*/\s*[^A-Z]*")


def load_ecb(path: str | Path = DEFAULT_PATH, topics: Iterable[int] | None = None) -> list[dict]:
    wanted = set(topics) if topics is not None else None
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if wanted is None or rec["topic"] in wanted:
                out.append(rec)
    return out


def to_document(rec: dict) -> Document:
    sentences = list(rec["sentences"])
    url = None
    m = _URL.match(sentences[0]) if sentences else None
    if m:
        url = re.sub(r"\s+", "", m.group(0))
        sentences[0] = sentences[0][m.end() :]
    text = "\n".join(s for s in sentences if s.strip())
    return Document(text=text, id=rec["doc_id"], url=url, source=None)


def coded_documents(records: Sequence[dict], ner: bool = True) -> list[CodedDocument]:
    docs = [to_document(r) for r in records]
    if not ner:
        return [CodedDocument(document=d) for d in docs]
    from tacitus.nlp.model import load_model

    nlp = load_model()
    out = []
    with nlp.select_pipes(enable=["tok2vec", "ner"] if "tok2vec" in nlp.pipe_names else ["ner"]):
        for d, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=32), strict=True):
            ents = [
                Entity(text=e.text, start=e.start_char, end=e.end_char, label=e.label_) for e in sdoc.ents
            ]
            out.append(CodedDocument(document=d, entities=ents))
    return out


def b_cubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for d, c in pred.items():
        by_pred[c].add(d)
    for d, c in gold.items():
        by_gold[c].add(d)
    p = r = 0.0
    for d in gold:
        same_pred, same_gold = by_pred[pred[d]], by_gold[gold[d]]
        inter = len(same_pred & same_gold)
        p += inter / len(same_pred)
        r += inter / len(same_gold)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    def pairs(assign: dict[str, str]) -> set[tuple[str, str]]:
        groups = defaultdict(list)
        for d, c in assign.items():
            groups[c].append(d)
        out = set()
        for members in groups.values():
            members.sort()
            out |= {(a, b) for i, a in enumerate(members) for b in members[i + 1 :]}
        return out

    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(
    coded: Sequence[CodedDocument],
    gold: dict[str, str],
    params: ClusterParams | None = None,
    prior: dict | None = None,
) -> dict:
    pred = cluster([features_of(c) for c in coded], params, **(prior or {}))
    bp, br, bf = b_cubed(pred, gold)
    pp, pr, pf = pairwise(pred, gold)
    return {
        "documents": len(gold),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len(set(pred.values())),
        "b3_precision": bp,
        "b3_recall": br,
        "b3_f1": bf,
        "pairwise_precision": pp,
        "pairwise_recall": pr,
        "pairwise_f1": pf,
        "assignment": pred,
    }


def errors(pred: dict[str, str], gold: dict[str, str]) -> list[str]:
    """Human-readable cluster errors: predicted clusters mixing gold stories, gold stories split."""
    lines = []
    by_pred = defaultdict(list)
    for d, c in sorted(pred.items()):
        by_pred[c].append(d)
    for c, members in sorted(by_pred.items()):
        stories = Counter(gold[d] for d in members)
        if len(stories) > 1:
            lines.append(f"mixed {c}: {dict(stories)}")
    by_gold = defaultdict(set)
    for d, s in gold.items():
        by_gold[s].add(pred[d])
    for s, clusters in sorted(by_gold.items()):
        if len(clusters) > 1:
            sizes = Counter(pred[d] for d in gold if gold[d] == s)
            lines.append(f"split {s}: {sorted(sizes.values(), reverse=True)}")
    return lines


def run_ecb_eval(
    path: str | Path = DEFAULT_PATH, *, ner: bool = True, params: ClusterParams | None = None
) -> dict[str, dict]:
    """B³ and pairwise figures on the dev topics (1–22) and the test topics (36–45)."""
    out = {}
    prior = None
    for split, topics in (("dev", DEV_TOPICS), ("test", TEST_TOPICS)):
        records = load_ecb(path, topics)
        gold = {r["doc_id"]: r["story"] for r in records}
        coded = coded_documents(records, ner=ner)
        if prior is None:  # document frequencies of the dev topics: the idf prior for both splits
            prior = document_frequencies(features_of(c) for c in coded)
        result = evaluate(coded, gold, params, prior)
        result["errors"] = errors(result["assignment"], gold)
        out[split] = result
    return out


if __name__ == "__main__":  # pragma: no cover
    import sys

    figures = run_ecb_eval(ner="--no-ner" not in sys.argv)
    for split, r in figures.items():
        print(
            f"{split}: {r['documents']} docs, {r['gold_stories']} gold / "
            f"{r['predicted_stories']} predicted stories; "
            f"B3 P/R/F1 {r['b3_precision']:.4f}/{r['b3_recall']:.4f}/{r['b3_f1']:.4f}; "
            f"pairwise P/R/F1 {r['pairwise_precision']:.4f}/{r['pairwise_recall']:.4f}/{r['pairwise_f1']:.4f}"
        )
        for line in r["errors"]:
            print("   ", line)
