"""``ngec-actors``: NGEC's actor-resolution test cases (ngec-assets/actor_resolution_cases.jsonl).

Only the ``agent_to_code`` cases with an expected ``country`` and/or ``code_1`` (sector) are scored (the
Wikipedia-title and nationality-helper cases test NGEC internals). The actor text (with its context
sentence, when given) is parsed and resolved by our actor resolver alone; the resolved mention that
covers the actor text best is compared. Our codes are mapped to NGEC/POLECAT conventions: ``IGOUNO…`` →
country ``UNO``, ``IGOEUR…`` → ``EUR``, other ``IGO``/``NGO`` codes keep their prefix; the sector is the
three letters after the country (for IGO codes after the organisation). Exact = every expected field
matches; a case expecting no actor (``None``) needs no mention.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tacitus.evaluation.suite import ErrorCase, Metric, RunContext, Suite, SuiteResult, register

FILE = "actor_resolution_cases.jsonl"
FIELDS = ("country", "code_1")


def load(data_dir: Path) -> list[dict]:
    out = []
    for line in (data_dir / FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r["method"] != "agent_to_code":
            continue
        exp = {e["field"]: e["value"] for e in r["expected"] if e["op"] == "==" and e["field"] in FIELDS}
        none = any(e["field"] is None and e["op"] == "is" and e["value"] is None for e in r["expected"])
        if exp or none:
            out.append({**r, "want": exp, "want_none": none and not exp})
    return out


def ngec_fields(code: str | None, country: str | None) -> dict[str, str | None]:
    if not code:
        return {"country": None, "code_1": None}
    if code.startswith("IGOUNO"):
        return {"country": "UNO", "code_1": code[6:9] or None}
    if code.startswith("IGOEUR"):
        return {"country": "EUR", "code_1": code[9:12] or None}
    if code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        return {"country": code[:3], "code_1": code[6:9] or None}
    if country:
        return {"country": country, "code_1": code[3:6] or None}
    return {"country": None, "code_1": code[:3]}


def _date(v) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def run(cases, ctx: RunContext) -> SuiteResult:
    coder = ctx.coder
    texts = []
    for c in cases:
        t = c["input_text"].strip()
        ctxt = (c.get("context") or "").strip()
        texts.append(ctxt if ctxt and t in ctxt else f"{ctxt} {t}".strip())
    docs = coder.parse(texts)  # every phrase parsed: the suite asks about actors, not events
    exact = field_ok = field_n = 0
    errors = []
    for c, text, doc in zip(cases, texts, docs, strict=True):
        target = c["input_text"].strip()
        start = text.find(target)
        span = (start, start + len(target)) if start >= 0 else (0, len(text))
        mentions = list(coder.actors.resolve(doc, published=_date(c.get("date"))).mentions)
        best = max(mentions, key=lambda m: (min(m.end, span[1]) - max(m.start, span[0]), -m.start),
                   default=None)
        if best is not None and min(best.end, span[1]) <= max(best.start, span[0]):
            best = None
        got = ngec_fields(best.code if best else None, best.country if best else None)
        if c["want_none"]:
            ok = best is None
        else:
            oks = [got[f] == v for f, v in c["want"].items()]
            field_ok += sum(oks)
            field_n += len(oks)
            ok = all(oks)
        exact += ok
        if not ok:
            if c["want_none"]:
                kind = "actor where NGEC finds none"
            elif best is None:
                kind = "no actor resolved"
            elif "country" in c["want"] and got["country"] != c["want"]["country"]:
                kind = "wrong country"
            else:
                kind = "wrong sector"
            want = "none" if c["want_none"] else " ".join(f"{k}={v}" for k, v in c["want"].items())
            errors.append(ErrorCase(c["test"], text, want,
                                    f"{best.code} ({best.text})" if best else "none",
                                    best.rule if best else "", kind))
    n = len(cases)
    return SuiteResult(
        suite="ngec-actors", n_cases=n,
        metrics=[
            Metric("exact code (country and sector as expected)", exact / n, "≥ 0.85",
                   "NGEC passes its own tests (Wikipedia lookup + ML)"),
            Metric("expected fields right", field_ok / field_n if field_n else 1.0, "", "—", headline=False),
        ],
        errors=errors,
    )


SUITE = register(Suite(
    name="ngec-actors", data="ngec-assets", needs=(FILE,), split="test (never tuned on)",
    description="NGEC actor-resolution cases: actor text (+ context) → country and sector code",
    load=load, run=run,
))
