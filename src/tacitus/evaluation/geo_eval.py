"""Geoparsing evaluation on the Gritta corpora (LGL, GeoWebNews, TR-News; see the data's SOURCE.md).

* gold-span mode (all three): each gold toponym is resolved in its document context (the other gold
  toponyms are the co-occurring places) -> Acc@161 km, mean and median error km, AUC of the log-error curve,
  exact geonameid accuracy where the gold has one; a toponym we cannot resolve counts as 20,039 km off.
* end-to-end (GWN): our recognition + resolution on the raw text; a prediction is correct when its span
  overlaps a gold span and its point is within 161 km of the gold point -> P/R/F1.

Dev/test split: documents with an even index are "dev" (used for tuning), odd ones "test"; both are reported.

    from tacitus.evaluation.geo_eval import run_geo_eval
    run_geo_eval("lgl", "../shared/data/geoparsing-gritta")
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

MAX_KM = 20039.0
FILES = {"lgl": "lgl.xml", "trnews": "TR-News.xml", "tr-news": "TR-News.xml", "gwn": "GWN.xml"}


def load_corpus(name: str, data_dir: str | Path) -> list[dict[str, Any]]:
    """Documents as ``{"text", "toponyms": [{"start", "end", "lat", "lon", "geonameid"}]}`` (gold points)."""
    name = name.lower().removeprefix("geo-")
    path = Path(data_dir) / FILES[name]
    root = ET.parse(path).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        if name == "gwn":
            for t in art.iter("toponym"):
                lat, lon = t.findtext("latitude"), t.findtext("longitude")
                if not lat or not lon:
                    continue
                gid = t.findtext("geonamesID")
                tops.append(
                    {
                        "start": int(t.findtext("start")),
                        "end": int(t.findtext("end")),
                        "lat": float(lat),
                        "lon": float(lon),
                        "geonameid": int(gid) if gid and gid.isdigit() else None,
                        "type": t.findtext("type"),
                    }
                )
        else:
            for t in art.iter("toponym"):
                g = t.find("gaztag")
                if g is None or g.findtext("lat") in (None, ""):
                    continue
                st, en = _fix_span(
                    text, int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or ""
                )
                tops.append(
                    {
                        "start": st,
                        "end": en,
                        "lat": float(g.findtext("lat")),
                        "lon": float(g.findtext("lon")),
                        "geonameid": int(g.get("geonameid")) if g.get("geonameid") else None,
                        "type": g.findtext("fcode"),
                    }
                )
        docs.append({"text": text, "toponyms": tops})
    return docs


def _fix_span(text: str, start: int, end: int, phrase: str, window: int = 40) -> tuple[int, int]:
    """Some TR-News offsets drift by up to a few dozen characters: re-anchor on the nearest occurrence of
    the gold phrase within ``window`` characters (the span is kept when the phrase is not found nearby)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - window)
    best = None
    i = text.find(phrase, lo)
    while i != -1 and i <= start + window:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(phrase, i + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


def _summary(errors: list[float], exact: list[bool]) -> dict[str, Any]:
    n = len(errors)
    if not n:
        return {"n": 0}
    srt = sorted(errors)
    auc = sum(math.log(e + 1) for e in errors) / (n * math.log(MAX_KM + 1))
    return {
        "n": n,
        "acc161": round(sum(e <= 161 for e in errors) / n, 4),
        "mean_km": round(sum(errors) / n, 1),
        "median_km": round(srt[n // 2], 1),
        "auc": round(auc, 4),
        "geonameid_acc": round(sum(exact) / len(exact), 4) if exact else None,
    }


def gold_span_eval(docs: list[dict[str, Any]], *, verbose: bool = False) -> dict[str, Any]:
    from tacitus.geo.gazetteer import get_gazetteer, haversine_km
    from tacitus.geo.recognize import mention_from_text
    from tacitus.geo.resolve import resolve_mentions

    gz = get_gazetteer()
    res: dict[str, tuple[list[float], list[bool]]] = {"dev": ([], []), "test": ([], [])}
    misses: Counter = Counter()
    t0 = time.perf_counter()
    for k, d in enumerate(docs):
        part = "dev" if k % 2 == 0 else "test"
        ms = [mention_from_text(gz, d["text"], t["start"], t["end"]) for t in d["toponyms"]]
        resolve_mentions(gz, ms)
        for m, t in zip(ms, d["toponyms"], strict=True):
            if m.best is None:
                err = MAX_KM
            else:
                e = gz.entries[m.best]
                err = haversine_km(e.lat, e.lon, t["lat"], t["lon"])
            res[part][0].append(err)
            if t["geonameid"]:
                res[part][1].append(m.best is not None and gz.entries[m.best].geonameid == t["geonameid"])
            if verbose and err > 161:
                got = gz.entries[m.best] if m.best is not None else None
                misses[
                    (
                        m.text,
                        got.name if got else None,
                        got.cc if got else None,
                        got.fcode if got else None,
                        t.get("type"),
                        round(err),
                    )
                ] += 1
    out = {p: _summary(*v) for p, v in res.items()}
    out["all"] = _summary(res["dev"][0] + res["test"][0], res["dev"][1] + res["test"][1])
    out["seconds"] = round(time.perf_counter() - t0, 2)
    if verbose:
        out["top_misses"] = misses.most_common(60)
    return out


def end_to_end_eval(docs: list[dict[str, Any]], *, nlp=None) -> dict[str, Any]:
    """GWN end-to-end: spaCy parse + our recognition and resolution against the gold toponyms with points."""
    from tacitus.geo import geoparse_doc
    from tacitus.geo.gazetteer import haversine_km

    if nlp is None:
        from tacitus.nlp.model import load_model

        nlp = load_model()
    counts = {"dev": [0, 0, 0], "test": [0, 0, 0]}  # tp, n_pred, n_gold
    geo_s = 0.0
    for k, (sd, d) in enumerate(zip(nlp.pipe([d["text"] for d in docs], batch_size=16), docs, strict=True)):
        part = "dev" if k % 2 == 0 else "test"
        t0 = time.perf_counter()
        places = geoparse_doc(sd)
        geo_s += time.perf_counter() - t0
        gold = d["toponyms"]
        used = set()
        tp = 0
        for p in places:
            for gi, g in enumerate(gold):
                if gi in used or p.start >= g["end"] or g["start"] >= p.end:
                    continue
                if p.lat is not None and haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= 161:
                    used.add(gi)
                    tp += 1
                    break
        c = counts[part]
        c[0] += tp
        c[1] += len(places)
        c[2] += len(gold)
    out: dict[str, Any] = {}
    for part, (tp, npred, ngold) in [
        *counts.items(),
        ("all", [a + b for a, b in zip(*counts.values(), strict=True)]),
    ]:
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        out[part] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp,
            "predicted": npred,
            "gold": ngold,
        }
    out["geoparse_ms_per_doc"] = round(1000 * geo_s / max(1, len(docs)), 2)
    return out


def run_geo_eval(name: str, data_dir: str | Path, *, end_to_end: bool | None = None,
                 ner: str = "model") -> dict[str, Any]:
    """The ``geo-lgl`` / ``geo-gwn`` / ``geo-trnews`` suites: gold-span resolution (+ end-to-end on GWN, its
    entities from ``ner``: the model's or the light NER's)."""
    key = name.lower().removeprefix("geo-")
    docs = load_corpus(key, data_dir)
    out: dict[str, Any] = {
        "suite": f"geo-{key.replace('-', '')}",
        "documents": len(docs),
        "split": "dev = even documents, test = odd",
    }
    out["gold_spans"] = gold_span_eval(docs)
    if end_to_end if end_to_end is not None else key == "gwn":
        from tacitus.nlp.model import load_model

        out["end_to_end"] = end_to_end_eval(docs, nlp=load_model(ner=ner))
    return out


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    print(
        json.dumps(
            run_geo_eval(
                sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "../shared/data/geoparsing-gritta"
            ),
            indent=1,
        )
    )
