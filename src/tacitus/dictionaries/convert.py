"""Convert PETRARCH / Phoenix dictionaries into tacitus lexicon files.

``import_dictionaries(SRC, OUT)`` reads every dictionary it recognises in SRC (by file name: ``*actors*``,
``*agents*``, ``*verbs*`` or ``CAMEO*.txt``, ``*discards*``, ``*issue*``) and writes into OUT:

* ``countries_petrarch.yaml`` — undated actors with a 3-letter code (``ARN``, ``USA``): country-like
  entries (``{CODE: [names]}``), so our resolver composes them with agents ("Arnor troops" → ``ARNMIL``);
* ``organisations_petrarch.yaml`` — undated actors with longer codes (``IGOUNO``, ``PSEREBHMS``);
* ``leaders_petrarch.yaml`` — actors with dated roles (``{names, code, from, to}``, ``to`` exclusive);
  an undated default code becomes an open role listed after the dated ones;
* ``agents_petrarch.yaml`` — agents as ``agents: {ROLE: [nouns]}`` (``~GOVFRM`` → role ``GOVFRM``);
* ``events/verbs.yaml``, ``events/classes.yaml``, ``events/nouns.yaml`` — a complete event-lexicon
  folder (``CodingOptions.event_lexicon_dir``): our lexicons plus the converted verb blocks, appended
  after ours (``verbs="append"``: ours win where both have a verb) or before (``"prepend"``);
  ``verbs="none"`` writes no event-lexicon folder (our verbs stay in use);
  ``verbs_petrarch.yaml`` holds the converted entries alone;
* ``discards.yaml``, ``issues.yaml`` — the phrases, converted for reference (the coder does not use them);
* ``manifest.yaml`` — what was read, what was written and counts of what could not be mapped.

What maps and what does not (verbs):
  * a block ``--- NAME [CODE] ---`` with its verb lines → one entry (lemmas, default CODE);
  * ``- * WORD [CODE]`` / ``- * &SYNSET [CODE]`` / ``- * {TWO WORDS} [CODE]`` → refinement ``obj:`` (synsets
    become word classes ``petr_<name>``); ``- * (PREP WORD) [CODE]`` → ``prep: PREP`` + ``any: WORD``;
    ``- WORD * [CODE]`` → ``subj:``; a block without a default code only fires when one of its object
    patterns matches (``need_obj``);
  * not mapped: the ``$``/``+``/``%``/``^`` role markers (the roles come from our parse), word order and
    adjacency inside a pattern, negative patterns, patterns or blocks whose code is not a CAMEO code
    (e.g. the WEIS-era codes of PETR.Validate.verbs.txt) — they are counted in the manifest;
  * TABARI's prefix matching of actor phrases without a trailing ``_`` ("ARGENTIN" = Argentina,
    Argentine …) is reproduced only when a vocabulary is given (``vocabulary=`` words of the texts to code);
  * agents with a primary code (``[IGO~]``) are imported as roles; discards and issues are not used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from tacitus.dictionaries.petrarch import (
    ActorEntry,
    VerbDictionary,
    read_actors,
    read_agents,
    read_discards,
    read_issues,
    read_verbs,
)

ACTOR_FILES = ("countries_petrarch.yaml", "organisations_petrarch.yaml", "leaders_petrarch.yaml",
               "agents_petrarch.yaml")


@dataclass(slots=True)
class ImportResult:
    out_dir: Path
    actor_lexicons: list[str] = field(default_factory=list)  # for CodingOptions.actor_lexicons
    event_lexicon_dir: str | None = None  # for CodingOptions.event_lexicon_dir (None: no verbs read)
    counts: Counter = field(default_factory=Counter)
    sources: dict[str, list[str]] = field(default_factory=dict)  # kind -> files read

    def summary(self) -> str:
        c = self.counts
        return (
            f"{c['actor_entries']} actors ({c['leaders']} with dated roles), {c['agent_entries']} agents, "
            f"{c['verb_entries']} verb entries with {c['refinements']} refinements "
            f"({c['patterns_unmapped']} patterns and {c['blocks_unmapped']} blocks not mapped), "
            f"{c['discards']} discards, {c['issues']} issue phrases -> {self.out_dir}"
        )


def classify(path: Path) -> str | None:
    n = path.name.lower()
    if not path.is_file() or not n.endswith(".txt"):
        return None
    for kind, keys in (("agents", ("agents",)), ("actors", ("actors",)), ("discards", ("discard",)),
                       ("issues", ("issue",)), ("verbs", ("verbs", "cameo"))):
        if any(k in n for k in keys):
            return kind
    return None


def import_dictionaries(src: str | Path, out: str | Path, *, verbs: str = "append",
                        vocabulary: Iterable[str] | None = None) -> ImportResult:
    """Convert every recognised dictionary in ``src`` into lexicon files in ``out`` (see module doc)."""
    src, outp = Path(src), Path(out)
    if not src.is_dir():
        raise FileNotFoundError(f"not a folder: {src}")
    outp.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[Path]] = {}
    for p in sorted(src.iterdir()):
        kind = classify(p)
        if kind:
            files.setdefault(kind, []).append(p)
    res = ImportResult(outp, sources={k: [str(p) for p in v] for k, v in files.items()})
    vocab = {w.lower() for w in vocabulary} if vocabulary is not None else None

    actors = [e for p in files.get("actors", []) for e in read_actors(p)]
    if actors:
        res.actor_lexicons += _write_actors(actors, outp, res.counts, vocab)
    agents = [a for p in files.get("agents", []) for a in read_agents(p)]
    if agents:
        by_role: dict[str, list[str]] = {}
        for a in agents:
            by_role.setdefault(a.code, []).extend(n.lower() for n in a.names)
            res.counts["agent_entries"] += 1
            res.counts["agents_primary"] += a.primary
        data = {"agents": {k: list(dict.fromkeys(v)) for k, v in by_role.items()}}
        _dump(outp / "agents_petrarch.yaml", data, "agents (role code -> nouns) converted from PETRARCH")
        res.actor_lexicons.append(str(outp / "agents_petrarch.yaml"))
    if files.get("verbs"):
        vd = VerbDictionary()
        for p in files["verbs"]:
            one = read_verbs(p)
            vd.synsets.update(one.synsets)
            vd.blocks += one.blocks
        classes, entries = convert_verbs(vd, res.counts)
        _dump(outp / "verbs_petrarch.yaml", entries, "verb entries converted from PETRARCH (alone)")
        if verbs != "none":
            res.event_lexicon_dir = str(_write_event_dir(outp / "events", classes, entries, verbs))
    discards = [d for p in files.get("discards", []) for d in read_discards(p)]
    if discards:
        res.counts["discards"] = len(discards)
        _dump(outp / "discards.yaml", {"story": [d.phrase.lower() for d in discards if d.story],
                                       "sentence": [d.phrase.lower() for d in discards if not d.story]},
              "discard phrases (not used by the coder)")
    issues = [i for p in files.get("issues", []) for i in read_issues(p)]
    if issues:
        res.counts["issues"] = len(issues)
        _dump(outp / "issues.yaml", [{"category": i.category, "phrase": i.phrase.lower(), "code": i.code,
                                      **({"negative": True} if i.negative else {})} for i in issues],
              "issue phrases (not used by the coder)")
    manifest = {
        "sources": res.sources,
        "actor_lexicons": res.actor_lexicons,
        "event_lexicon_dir": res.event_lexicon_dir,
        "counts": dict(sorted(res.counts.items())),
    }
    _dump(outp / "manifest.yaml", manifest, "written by `tacitus dict import`")
    return res


# ---------------------------------------------------------------------------------------------- actors
_VALID_CODE = re.compile(r"^(---|[A-Za-z0-9]{2,})[A-Za-z0-9]*$")


_SMALL_WORDS = frozenset(
    ["of", "the", "and", "for", "de", "la", "al", "el", "du", "des", "in", "on", "at", "to", "bin", "ibn",
     "van", "von", "der"]
)


def display_name(name: str) -> str:
    """PETRARCH phrases are upper case; our matcher treats short all-caps names as case-sensitive
    acronyms, so words become Title case except acronyms (<= 3 letters or with dots)."""
    words = []
    for w in name.split(" "):
        bare = w.replace(".", "").replace("-", "")
        if w.lower() in _SMALL_WORDS and words:
            words.append(w.lower())
        elif "." in w or (len(bare) <= 3 and bare.isalpha()) or not bare.isalpha():
            words.append(w)
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


def _variants(entry: ActorEntry, vocab: set[str] | None) -> list[str]:
    names: list[str] = []
    for name, exact in zip(entry.names, entry.exact, strict=True):
        names.append(display_name(name))
        if exact or vocab is None:
            continue
        words = name.split(" ")
        last = words[-1].lower()
        if len(last) < 3:
            continue
        for v in sorted(w for w in vocab if w.startswith(last) and w != last):
            names.append(display_name(" ".join([*words[:-1], v.upper()])))
    return list(dict.fromkeys(n for n in names if n))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _write_actors(actors: list[ActorEntry], out: Path, counts: Counter, vocab: set[str] | None) -> list[str]:
    countries: dict[str, list[str]] = {}
    orgs: list[dict] = []
    leaders: list[dict] = []
    for e in actors:
        roles = [r for r in e.roles if _VALID_CODE.match(r.code)]
        counts["actor_codes_dropped"] += len(e.roles) - len(roles)
        if not roles:
            continue
        names = _variants(e, vocab)
        counts["actor_entries"] += 1
        dated = [r for r in roles if r.dated]
        if dated:
            counts["leaders"] += 1
            for r in [*dated, *(r for r in roles if not r.dated)]:
                end = r.end + dt.timedelta(days=1) if r.end else None  # PETRARCH ends are inclusive
                leaders.append({"names": names, "code": r.code.upper(), "from": _iso(r.start),
                                "to": _iso(end)})
        elif len(roles[0].code) == 3 and roles[0].code.isalpha():
            countries.setdefault(roles[0].code.upper(), []).extend(names)
        else:
            orgs.append({"code": roles[0].code.upper(), "names": names})
    written = []
    for name, data, what in (
        ("countries_petrarch.yaml", {k: list(dict.fromkeys(v)) for k, v in countries.items()},
         "undated actors with a 3-letter code (country-like)"),
        ("organisations_petrarch.yaml", orgs, "undated actors with longer codes"),
        ("leaders_petrarch.yaml", leaders, "actors with dated roles (to = exclusive)"),
    ):
        if data:
            _dump(out / name, data, what + ", converted from PETRARCH")
            written.append(str(out / name))
    # user files load before the defaults: the most specific (dated) first
    order = {"leaders_petrarch.yaml": 0, "organisations_petrarch.yaml": 1, "countries_petrarch.yaml": 2}
    return sorted(written, key=lambda p: order[Path(p).name])


# ---------------------------------------------------------------------------------------------- verbs
def _known_code(code: str) -> bool:
    from tacitus.events.cameo import CAMEO

    return bool(code) and code in CAMEO


def _word(tok: str) -> str | None:
    """A pattern token → a class name or lemma for our refinements; None for markers and punctuation."""
    t = tok.strip()
    if t.startswith("&"):
        return "petr_" + t[1:].rstrip("_").lower()
    if t.startswith("{"):
        return t[1:-1].lower().strip() or None
    t = t.strip("$+%^_").lower()
    return t if re.fullmatch(r"[a-z][a-z'\-.]*", t) else None


def convert_verbs(vd: VerbDictionary, counts: Counter) -> tuple[dict[str, list[str]], list[dict]]:
    classes = {"petr_" + k.lower(): sorted({w.lower() for w in v}) for k, v in vd.synsets.items() if v}
    entries: list[dict] = []
    for i, b in enumerate(vd.blocks):
        lemmas = list(dict.fromkeys(v.lower() for v in b.verbs if v))
        if not lemmas:
            counts["blocks_unmapped"] += 1
            continue
        refine, objs = [], []
        for p in b.patterns:
            r = _pattern(p, classes)
            if r is None or not _known_code(p.code):
                counts["patterns_unmapped"] += 1
                continue
            refine.append(r)
            if "obj" in r:
                objs += r["obj"]
        code = b.code if b.code and _known_code(b.code) else None
        if code is None and b.code:
            counts["block_codes_unknown"] += 1
        entry: dict = {"id": f"petr-{b.name.lower().replace(' ', '-')}-{i}", "lemmas": lemmas}
        if code is None:
            if not refine or not objs:
                counts["blocks_unmapped"] += 1
                continue
            # no default code: the verb fires only with one of its object patterns
            entry["code"] = Counter(r["code"] for r in refine if "obj" in r).most_common(1)[0][0]
            entry["need_obj"] = sorted(set(objs))
        else:
            entry["code"] = code
        entry["targets"] = ["dobj", "dative", "against", "on", "with", "to"]
        if refine:
            entry["refine"] = refine
            counts["refinements"] += len(refine)
        entries.append(entry)
        counts["verb_entries"] += 1
    counts["synsets"] = len(classes)
    return classes, entries


def _pattern(p, classes: dict[str, list[str]]) -> dict | None:
    r: dict = {"code": p.code}
    left = [w for w in (_word(t) for t in p.left) if w]
    if left:
        if left[0] in ("not", "n't", "never"):
            return None  # negative patterns are not mapped
        r["subj"] = [left[-1]]
    toks = list(p.right)
    if "(" in toks:
        i = toks.index("(")
        inner = toks[i + 1: toks.index(")", i) if ")" in toks[i:] else len(toks)]
        words = [w for w in (_word(t) for t in inner) if w]
        if words:
            r["prep"] = [words[0]]
            if len(words) > 1:
                r["any"] = _forms(words[-1])
        toks = toks[:i]
    words = [w for w in (_word(t) for t in toks) if w]
    if words:
        r["obj"] = _forms(words[-1])  # the last word of a noun phrase is its head ("diplomatic ties" → ties)
    for key in ("obj", "any", "subj"):
        for w in r.get(key, []):
            if w.startswith("petr_") and w not in classes:
                return None
    return r if len(r) > 1 else None


def _forms(word: str) -> list[str]:
    """The word and its likely lemma (our conditions compare lemmas): "ties" → [ties, tie]."""
    if word.startswith("petr_") or " " in word:
        return [word]
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    elif word.endswith(("ches", "shes", "sses", "xes")):
        out.append(word[:-2])
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return out


def _write_event_dir(path: Path, classes: dict, entries: list[dict], mode: str) -> Path:
    from tacitus.yamlio import load_yaml

    path.mkdir(parents=True, exist_ok=True)
    base = resources.files("tacitus.data") / "events"
    ours_classes = load_yaml((base / "classes.yaml").read_text("utf-8")) or {}
    ours_verbs = load_yaml((base / "verbs.yaml").read_text("utf-8")) or []
    merged_classes = {**ours_classes, **classes}
    verbs = [*ours_verbs, *entries] if mode == "append" else [*entries, *ours_verbs]
    _dump(path / "classes.yaml", merged_classes, "tacitus word classes + PETRARCH synsets (petr_*)")
    _dump(path / "verbs.yaml", verbs, f"tacitus verbs with PETRARCH verbs ({mode}ed)")
    (path / "nouns.yaml").write_text((base / "nouns.yaml").read_text("utf-8"), encoding="utf-8")
    return path


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data) -> bool:  # no &id001 anchors: every entry readable on its own
        return True


def _dump(path: Path, data, comment: str) -> None:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120,
                     default_flow_style=None)
    path.write_text(f"# {comment}\n{text}", encoding="utf-8")
