#!/usr/bin/env python3
"""Build tacitus' default Phoenix actor layer from the public PETRARCH2/Phoenix actor dictionaries.

Inputs (read-only; ``SOURCE.md`` of the folder names repository, commit and licence):

* ``Phoenix.Countries.actors.txt`` — country names and places, state organs, persons with dated roles
  (``EL_SISI_ [EGYMIL 770101-120812] [EGYGOV >140608]``);
* ``Phoenix.International.actors.txt`` — IGOs, NGOs, multinationals (and their office holders);
* ``Phoenix.MilNonState.actors.txt`` — non-state armed groups;
* ``Phoenix.agents.txt`` — agent nouns → role codes (``SOLDIER [~MIL]``).

The dictionaries are MIT-licensed (Copyright (c) 2014 Open Event Data Alliance). Only their facts (names →
codes and date ranges) are converted; the files are read with our own reader
(``tacitus.dictionaries.petrarch``). Outputs, committed as package data under
``src/tacitus/data/actors/phoenix/``:

* ``actors.tsv`` — ``kind  code  source  names  tokens`` one entry a line: kind ``leader`` (persons, with
  roles ``CODE:FROM:TO`` comma-joined, ISO dates, ``TO`` exclusive, empty = open), ``org``, ``country``
  or ``place``; names ``|``-joined, and per name the lower-case spaCy tokens (space-joined, empty when they
  are the name's own words) so that loading needs no tokenizer;
* ``agents.tsv`` — ``sector  role  source  names  tokens`` (agent nouns; our 3-letter sector);
* ``manifest.json`` — source, counts kept and dropped by reason (with a few examples of each);
* ``LICENSE`` — the MIT notice of the source and what we changed.

What is dropped (counted by reason in the manifest):

* ``ours`` — the phrase is already in our lexicons (ours win; our loader also skips any phrase a user
  lexicon has);
* ``contains_ours`` — a name that begins with one of our titles, agents or organisations, or ends with one
  of our leaders ("Secretary of State John Kerry", "UN Secretary General"): our resolver composes those;
* ``too_short`` — fewer than 3 characters or no letters; ``bad_code`` — no usable code;
* ``common_word`` — a one-word name that is a frequent English word (wordfreq Zipf >= 4.0; >= 3.5 for a
  person's surname alone, which is ambiguous between people: Khan, Singh, Bush, Rice);
* ``generic`` — a name of at most two content words that are all frequent English words ("Royal Navy",
  "Guardian Council"): too easily met as ordinary capitalised words;
* ``ambiguous`` — the same name for different codes in different entries (two ministers called
  "Ahmed Ali");
* ``partial`` / ``agent_partial`` — a phrase ending with a function word ("EMBASSY IN", "AMBASSADOR TO":
  PETRARCH pattern stubs);
* agents: ``agent_ours`` (we have the noun or the head noun of the phrase, in any number: ours compose it),
  ``agent_not_person`` (a one-word agent without an ending of a noun for people: "village", "barracks"),
  ``agent_sector`` (a role code that is not one of our sectors),
  ``agent_common`` (a one-word agent that is a frequent English word, Zipf >= 4: "man", "workers", "actor").

Usage: ``python scripts/build_phoenix_actors.py [--src ../shared/data/petrarch2-dictionaries]``.
Requires ``wordfreq`` (``pip install wordfreq``) and the spaCy model (for its tokenizer) at build time only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tacitus.actors.lexicon import Lexicon  # noqa: E402
from tacitus.dictionaries.petrarch import read_actors, read_agents  # noqa: E402

OUT = ROOT / "src" / "tacitus" / "data" / "actors" / "phoenix"
FILES = {
    "C": "Phoenix.Countries.actors.txt",
    "I": "Phoenix.International.actors.txt",
    "M": "Phoenix.MilNonState.actors.txt",
}
AGENTS = "Phoenix.agents.txt"
SMALL = frozenset(["of", "the", "and", "for", "de", "la", "al", "el", "du", "des", "in", "on", "at", "to",
                   "bin", "ibn", "van", "von", "der", "del", "da", "y", "e", "-", "'s", "'", "&", ".", ",",
                   "(", ")"])
COMMON = 4.0  # Zipf frequency from which a word is a common English word
COMMON_SURNAME = 3.5
#: words that make a dated entry an organisation rather than a person
ORG_WORDS = frozenset([
    "state", "army", "party", "council", "front", "movement", "brigade", "brigades", "organization",
    "organisation", "ministry", "committee", "group", "qaeda", "qaida", "forces", "force", "union",
    "league", "assembly", "government", "congress", "parliament", "court", "agency", "bureau",
    "commission", "guard", "guards", "police", "service", "corps", "navy", "mission", "office", "bank",
    "fund", "alliance", "federation", "association", "society", "institute", "foundation", "tribunal",
    "cabinet", "senate", "people's", "peoples", "revolutionary", "liberation", "national", "islamic",
    "republic", "kingdom",
])
#: endings of nouns for people (a one-word agent must have one)
PERSON_NOUN = re.compile(
    r"(er|or|ist|ian|ant|ent|man|men|ee|ive|ess|ard|at|ot|ic|ar|eur|ier|iff)s?$|(people|folk)$"
)
NOT_PERSONS = frozenset([
    "destroyer", "destroyers", "tanker", "tankers", "cruiser", "cruisers", "carrier", "carriers",
    "container", "containers", "computer", "computers", "center", "centers", "centre", "centres",
    "newspaper", "newspapers", "network", "networks", "corridor", "corridors", "district", "districts",
    "department", "departments", "government", "governments", "parliament", "parliaments", "monument",
    "monuments",
])


def noun_forms(word: str) -> set[str]:
    """A noun and its likely singular/plural forms ("workers" → worker, workers)."""
    out = {word}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("s"):
        out.add(word[:-1])
    if word.endswith("men"):
        out.add(word[:-3] + "man")
    if word.endswith("man"):
        out.add(word[:-3] + "men")
    if word.endswith("y"):
        out.add(word[:-1] + "ies")
    out.add(word + "s")
    out.add(word + "es")
    return out


#: function words a usable phrase does not end with
DANGLING = frozenset(["in", "of", "for", "to", "the", "at", "on", "from", "with", "and", "by", "a", "an"])
VALID_CODE = re.compile(r"^[A-Z0-9]{3,}$")


def display_name(name: str, kind: str) -> str:
    """``"ABDEL FATTAH EL-SISI"`` → ``"Abdel Fattah el-Sisi"``; a one-word name of at most 4 letters (not a
    person's) is an acronym and stays in capitals (the loader matches it exactly)."""
    words = name.split(" ")
    bare = name.replace(".", "")
    if kind != "leader" and len(words) == 1 and bare.isalpha() and len(bare) <= 4:
        return name
    out = []
    for w in words:
        parts = re.split(r"([-'])", w)
        fixed = []
        for p in parts:
            low = p.lower()
            if low in SMALL and (out or fixed):
                fixed.append(low)
            elif low == "s" and fixed and fixed[-1] == "'":
                fixed.append("s")
            elif "." in p and len(p) <= 6:
                fixed.append(p)
            else:
                fixed.append(p[:1].upper() + p[1:].lower())
        out.append("".join(fixed))
    return " ".join(out)


def role_str(code: str, start: dt.date | None, end: dt.date | None) -> str:
    end_x = end + dt.timedelta(days=1) if end else None  # PETRARCH ends are inclusive, ours exclusive
    return f"{code}:{start.isoformat() if start else ''}:{end_x.isoformat() if end_x else ''}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=str(ROOT.parent / "shared" / "data" / "petrarch2-dictionaries"))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    src, out = Path(args.src), Path(args.out)
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        print("build_phoenix_actors: needs wordfreq (pip install wordfreq)", file=sys.stderr)
        return 2
    import spacy

    from tacitus.nlp.model import DEFAULT_MODEL

    tok_nlp = spacy.load(DEFAULT_MODEL, exclude=["tok2vec", "tagger", "parser", "ner", "lemmatizer",
                                                 "attribute_ruler", "senter"])
    source = (src / "SOURCE.md").read_text(encoding="utf-8") if (src / "SOURCE.md").exists() else ""
    commit = (re.search(r"Commit:\s*([0-9a-f]{40})", source) or [None, "unknown"])[1]
    repo = (re.search(r"Repository:\s*(\S+)", source) or [None, "openeventdata/petrarch2"])[1]

    ours_lex = Lexicon.load(phoenix=False)
    ours = {e.phrase.lower() for e in ours_lex.entries} | set(ours_lex.words) | set(ours_lex.leaders)
    ours |= {p[4:] for p in ours if p.startswith("the ")}
    # our titles, agents and organisations (a name that starts with one is composed by our resolver) and our
    # leaders' names (a name that ends with one: "Secretary of State John Kerry")
    ours_heads = {e.phrase.lower() for e in ours_lex.entries if e.kind in ("title", "agent", "weak", "org")}
    ours_heads |= {w for w, e in ours_lex.words.items() if e.kind in ("title", "agent", "weak")}
    ours_tails = set(ours_lex.leaders)

    dropped: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    kept: Counter = Counter()

    def drop(reason: str, what: str) -> None:
        dropped[reason] += 1
        if len(examples[reason]) < 12:
            examples[reason].append(what)

    def zipf(w: str) -> float:
        return zipf_frequency(w, "en")

    def tokens_of(name: str) -> list[str]:
        return [t.lower_ for t in tok_nlp.make_doc(name) if not t.is_space]

    # ---------------------------------------------------------------------------------- actors
    rows = []  # (kind, code, source, [names])
    for tag, fname in FILES.items():
        for e in read_actors(src / fname):
            roles = [r for r in e.roles if VALID_CODE.match(r.code.upper())]
            if not roles:
                drop("bad_code", e.names[0])
                continue
            dated = [r for r in roles if r.dated]
            first = roles[0].code.upper()
            latest = max(roles, key=lambda r: (r.end is None, r.start or dt.date.min))
            if dated and tag == "C" and len(latest.code) == 3 and latest.end is None:
                # a state with a dated history ("ARMENIA [USRARM <900824] [ARM >911221]"): today's code
                kind, code = "country", latest.code.upper()
            elif dated and ORG_WORDS & set(re.split(r"[\s\-]+", e.names[0].lower())):
                # an organisation with a dated code ("ISLAMIC STATE OF IRAQ [IMGMUSISI >990101]"): the code in
                # force last (our organisations carry one code)
                kind, code = "org", latest.code.upper()
            elif dated:
                kind = "leader"
                code = ",".join(role_str(r.code.upper(), r.start, r.end)
                                for r in [*dated, *(r for r in roles if not r.dated)])
            elif tag == "C" and len(first) == 3:
                kind = "country"
                code = first
            else:
                # an undated person of the country file ("DENG XIAOPING [CHNELI]") or an organisation
                kind = "org"
                code = first
            rows.append([kind, code, tag, list(dict.fromkeys(e.names))])

    # names per lower-case phrase: find the ambiguous ones (different codes in different entries)
    sig: dict[str, set[str]] = defaultdict(set)
    for kind, code, _, names in rows:
        for n in names:
            sig[n.lower()].add(code.split(":")[0] if kind != "leader" else code)

    out_rows = []
    seen_names: set[str] = set()
    for kind, code, tag, names in rows:
        first_words = names[0].lower()
        kept_names, kept_tokens = [], []
        for n in names:
            low = n.lower()
            words = low.split()
            letters = re.sub(r"[^a-z]", "", low)
            if len(letters) < 3 or len(low) < 3:
                drop("too_short", n)
                continue
            if words[-1] in DANGLING:
                drop("partial", n)
                continue
            if low in ours or (low.startswith("the ") and low[4:] in ours):
                drop("ours", n)
                continue
            if len(words) > 1 and any(
                " ".join(words[:j]) in ours_heads or " ".join(words[j:]) in ours_tails
                for j in range(1, len(words))
            ):
                drop("contains_ours", n)
                continue
            if len(sig[low]) > 1:
                drop("ambiguous", n)
                continue
            if low in seen_names:
                drop("duplicate", n)
                continue
            content = [w for w in re.split(r"[\s\-]+", low) if w and w not in SMALL]
            if len(words) == 1 and len(content) <= 1:
                acronym = kind != "leader" and low.replace(".", "").isalpha() and len(letters) <= 4
                limit = COMMON_SURNAME if kind == "leader" else COMMON
                if not acronym and zipf(content[0] if content else low) >= limit:
                    drop("common_word", n)
                    continue
            elif len(content) <= 2 and all(zipf(w) >= COMMON for w in content):
                drop("generic", n)
                continue
            seen_names.add(low)
            shown = display_name(n, kind)
            toks = tokens_of(shown)
            kept_names.append(shown)
            kept_tokens.append("" if toks == shown.lower().split() else " ".join(toks))
        if not kept_names:
            continue
        k = kind
        if kind == "country":
            # country names and their variants are countries; other names in the entry are its places
            import difflib

            k_names, p_names = [], []
            for nm, tk in zip(kept_names, kept_tokens, strict=True):
                low = nm.lower()
                similar = difflib.SequenceMatcher(None, low, first_words).ratio() >= 0.8
                country_like = first_words in low or similar
                (k_names if country_like else p_names).append((nm, tk))
            for kk, lst in (("country", k_names), ("place", p_names)):
                if lst:
                    out_rows.append((kk, code, tag, [a for a, _ in lst], [b for _, b in lst]))
                    kept[kk] += len(lst)
            continue
        out_rows.append((k, code, tag, kept_names, kept_tokens))
        kept[k] += len(kept_names)

    # ---------------------------------------------------------------------------------- agents
    sectors = set(ours_lex.precedence) | set(ours_lex.sectors)
    agent_rows = []
    agent_seen: set[str] = set()
    for a in read_agents(src / AGENTS):
        sector = a.code.upper()[:3]
        if sector not in sectors:
            for n in a.names:
                drop("agent_sector", f"{n} [{a.code}]")
            continue
        names, toks = [], []
        for n in a.names:
            low = n.lower()
            if low in ours or low in agent_seen:
                drop("agent_ours", n)
                continue
            if low.split()[-1] in DANGLING or low.endswith(" ins"):
                drop("agent_partial", n)  # "ambassador to", "embassy in": PETRARCH pattern stubs
                continue
            words = low.split()
            if any(f in ours for f in noun_forms(words[-1])):
                # ours know the head noun ("main opposition", "workers"): our resolver composes the phrase
                drop("agent_ours", n)
                continue
            if len(words) == 1 and zipf(low) >= 4.0:
                drop("agent_common", n)
                continue
            if (len(words) == 1 and not PERSON_NOUN.search(low)) or words[-1] in NOT_PERSONS:
                drop("agent_not_person", n)  # "village", "barracks", "destroyer": not who acts
                continue
            if len(re.sub(r"[^a-z]", "", low)) < 3:
                drop("too_short", n)
                continue
            agent_seen.add(low)
            t = tokens_of(low)
            names.append(low)
            toks.append("" if t == low.split() else " ".join(t))
        if names:
            agent_rows.append((sector, a.code.upper(), "A", names, toks))
            kept["agent"] += len(names)

    # ---------------------------------------------------------------------------------- write
    out.mkdir(parents=True, exist_ok=True)
    header = (
        "# Phoenix actor layer for tacitus, converted by scripts/build_phoenix_actors.py from the\n"
        f"# PETRARCH2/Phoenix dictionaries ({repo}, commit {commit}, folder data/dictionaries).\n"
        f"# Source licence: MIT, Copyright (c) 2014 Open Event Data Alliance (see LICENSE in this folder).\n"
    )
    with open(out / "actors.tsv", "w", encoding="utf-8") as fh:
        fh.write(header)
        fh.write("# kind\tcode (leaders: CODE:FROM:TO,... TO exclusive)\tsource (C/I/M)\tnames\ttokens\n")
        for kind, code, tag, names, toks in out_rows:
            fh.write(f"{kind}\t{code}\t{tag}\t{'|'.join(names)}\t{'|'.join(toks)}\n")
    with open(out / "agents.tsv", "w", encoding="utf-8") as fh:
        fh.write(header)
        fh.write("# sector\trole code\tsource\tnames\ttokens\n")
        for sector, code, tag, names, toks in agent_rows:
            fh.write(f"{sector}\t{code}\t{tag}\t{'|'.join(names)}\t{'|'.join(toks)}\n")
    manifest = {
        "source": {"repository": repo, "commit": commit, "licence": "MIT (c) 2014 Open Event Data Alliance",
                   "files": [*FILES.values(), AGENTS]},
        "entries": {"actors": len(out_rows), "agents": len(agent_rows)},
        "kept": dict(sorted(kept.items())),
        "kept_total": sum(kept.values()),
        "dropped": dict(sorted(dropped.items())),
        "dropped_total": sum(dropped.values()),
        "filters": {"common_word_zipf": COMMON, "common_surname_zipf": COMMON_SURNAME,
                    "agent_common_zipf": 4.0,
                    "wordfreq": _version("wordfreq")},
        "examples_dropped": {k: v for k, v in sorted(examples.items())},
    }
    text = json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"
    (out / "manifest.json").write_text(text, encoding="utf-8")
    (out / "LICENSE").write_text(LICENSE.format(repo=repo, commit=commit), encoding="utf-8")
    print(json.dumps({k: manifest[k] for k in ("entries", "kept", "kept_total", "dropped", "dropped_total")},
                     indent=1))
    return 0


def _version(name: str) -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "none"


LICENSE = """The files in this folder (actors.tsv, agents.tsv, manifest.json) are converted by tacitus'
scripts/build_phoenix_actors.py from the Phoenix actor and agent dictionaries of PETRARCH2
({repo}, commit {commit}, data/dictionaries/: Phoenix.Countries.actors.txt,
Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.agents.txt).
Changes: names and codes only (reformatted, title-cased, tokenized); entries filtered (see manifest.json);
PETRARCH date ends made exclusive. The country dictionary was produced from CountryInfo.txt by the
Computational Event Data System project (NSF SES-1004414, SES-1259190).

The source files carry this notice:

The MIT License (MIT)

Copyright (c) 2014 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
"""

if __name__ == "__main__":
    sys.exit(main())
