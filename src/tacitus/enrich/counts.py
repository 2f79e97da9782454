"""Counts of people affected: "at least 400 people have been killed", "dozens of protesters", "1,700 injured".

Rule-based over the dependency parse, O(tokens) per document:

1. **number groups**: a run of numeric tokens ("400", "1,700", "1.5 million", "two hundred",
   "twenty-five") or vague quantity words ("a dozen", "dozens", "scores", "hundreds",
   "tens of thousands", "hundreds of thousands", "millions"), with the hedge in front of it
   ("at least", "more than", "nearly", "up to", "some", "an estimated", …);
2. **counted noun**: the noun the number modifies ("400 *people*"), or the ``of`` object of a
   vague word ("dozens of *protesters*"); a bare number ("1,700 injured") counts itself;
3. **category**, first match wins: a participle/adjective on the noun ("people *killed* in",
   "*injured* civilians", "1,700 *injured*"), the governing verb or adjective with the right
   argument role ("*killed* 12 people", "12 people were *killed*", "30 *died*", "100 *dead*",
   "went *missing*", "lost their lives"), a category noun over it ("the *deaths* of 12",
   "the death *toll* rose to 45", "*arrest* of 30"), and finally the counted noun itself
   ("*protesters*", "*refugees*", "*hostages*", "*casualties*"). A number with no category is
   not a count (so "the 2014 war", "Resolution 2254", "aged 45", "$400 million", "20 percent",
   "60 soldiers were deployed" yield nothing).

Conventions (GDELT gives the stated number; we do the same, and give vague words a fixed value,
always flagged ``approximate``):

=========================  ==========
a dozen                    12
dozens                     24
scores                     40
hundreds                   200
thousands                  2,000
tens of thousands          20,000
hundreds of thousands      200,000
millions                   2,000,000
=========================  ==========

``approximate`` is True for a hedged number ("at least", "more than", "nearly", "about",
"some", "up to", "an estimated", …) and for every vague word. "several", "a few", "many" and
"a" / "an" are not counts. ``place`` is left ``None``: the geo stage fills it
(:func:`count_anchor` gives the token whose clause a place should be looked up in).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tacitus.model.records import Count
from tacitus.nlp.doctext import doc_text

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000,
          "mln": 1_000_000, "bn": 1_000_000_000}  # fmt: skip
VAGUE = {"dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
         "tens": 10}  # fmt: skip
#: hedges before a number (lower-case token sequences), longest first
HEDGES = sorted(
    (
        tuple(h.split())
        for h in (
            "at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to",
            "roughly", "approximately", "an estimated", "estimated", "as many as", "fewer than", "less than",
            "close to", "upwards of", "in excess of", "just over", "just under", "well over", "at most",
            "under", "approx.", "as few as", "perhaps", "possibly", "maybe", "an estimated total of",
            "a total of", "at least another", "another",
        )
    ),
    key=len,
    reverse=True,
)  # fmt: skip
#: hedges that do not make the number approximate
EXACT_HEDGES = {("a", "total", "of"), ("another",)}
SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})

#: verb/adjective lemma -> (category, transitive). Transitive verbs count their object or passive
#: subject ("killed 12", "12 were killed"); intransitive ones their subject ("30 died").
PREDICATES: dict[str, tuple[str, bool]] = {
    # killed
    "kill": ("killed", True), "murder": ("killed", True), "massacre": ("killed", True),
    "execute": ("killed", True), "behead": ("killed", True), "slaughter": ("killed", True),
    "slay": ("killed", True), "assassinate": ("killed", True), "die": ("killed", False),
    "perish": ("killed", False), "drown": ("killed", False), "dead": ("killed", False),
    "bury": ("killed", True), "starve": ("killed", False),
    # wounded
    "injure": ("wounded", True), "wound": ("wounded", True), "hurt": ("wounded", True),
    "maim": ("wounded", True), "injured": ("wounded", False), "wounded": ("wounded", False),
    "hospitalise": ("wounded", True), "hospitalize": ("wounded", True),
    # trapped
    "trap": ("trapped", True), "besiege": ("trapped", True), "strand": ("trapped", True),
    "trapped": ("trapped", False), "besieged": ("trapped", False), "stranded": ("trapped", False),
    # displaced
    "displace": ("displaced", True), "flee": ("displaced", False), "uproot": ("displaced", True),
    "displaced": ("displaced", False), "homeless": ("displaced", False),
    "force": ("displaced", True),  # "forced 2,000 from their homes" (checked for "from"/"flee" below)
    # arrested
    "arrest": ("arrested", True), "detain": ("arrested", True), "jail": ("arrested", True),
    "imprison": ("arrested", True), "round": ("arrested", True), "apprehend": ("arrested", True),
    "capture": ("arrested", True), "hold": ("kidnapped", True),
    # missing
    "missing": ("missing", False), "disappear": ("missing", False), "unaccounted": ("missing", False),
    # kidnapped
    "kidnap": ("kidnapped", True), "abduct": ("kidnapped", True), "seize": ("kidnapped", True),
    # protest
    "protest": ("protesters", False), "rally": ("protesters", False), "march": ("protesters", False),
    "demonstrate": ("protesters", False),
    # evacuated / rescued / released / affected
    "evacuate": ("evacuated", True), "rescue": ("rescued", True), "release": ("released", True),
    "free": ("released", True), "affect": ("affected", True), "sicken": ("wounded", True),
}  # fmt: skip
#: verbs that need a particular particle/complement to count ("round up", "held hostage", "forced from")
NEEDS = {"round": "up", "hold": "hostage|captive|prisoner", "force": "from|flee|out", "seize": "hostage",
         "bury": "rubble"}  # fmt: skip
#: nouns that carry a category when they govern the count ("the deaths of 12", "death toll … 45")
GOVERNING_NOUNS = {
    "death": "killed", "killing": "killed", "massacre": "killed", "execution": "killed", "murder": "killed",
    "life": "killed", "injury": "wounded", "arrest": "arrested", "detention": "arrested",
    "kidnapping": "kidnapped", "abduction": "kidnapped", "evacuation": "evacuated",
    "displacement": "displaced", "disappearance": "missing", "release": "released", "rescue": "rescued",
    "exodus": "displaced",
}  # fmt: skip
#: the counted noun alone gives the category (last resort)
NOUN_CATEGORIES = {
    "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
    "marcher": "protesters",
    "refugee": "displaced", "idp": "displaced", "evacuee": "evacuated", "hostage": "kidnapped",
    "captive": "kidnapped", "abductee": "kidnapped", "casualty": "casualties", "dead": "killed",
    "body": "killed", "corpse": "killed", "fatality": "killed", "death": "killed", "victim": "killed",
    "detainee": "arrested", "injured": "wounded", "wounded": "wounded", "displaced": "displaced",
    "missing": "missing", "asylum": "displaced",
}  # fmt: skip
TOLL_WORDS = frozenset({"toll", "number", "tally", "count", "figure"})
TOLL_VERBS = frozenset(
    {"rise", "climb", "reach", "stand", "jump", "increase", "hit", "soar", "mount", "be", "top"}
)
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


def _parse_number(toks: list[Token]) -> tuple[int | None, bool]:
    """(value, vague) of a number group; None if it does not read as a number."""
    words = [t.lower_ for t in toks if t.lower_ not in ("-", "of", "a", "an", "and")]
    half = bool(words) and words[0] == "half"
    several = bool(words) and words[0] == "several"
    if half or several:
        words = words[1:]
    if not words:
        return None, False
    vague = False
    total = 0
    cur: float | None = None
    for k, w in enumerate(words):
        prev = words[k - 1] if k else ""
        if _DIGITS.match(w):
            v = float(w.replace(",", ""))
            cur = v if cur is None else cur + v
        elif w in WORD_NUMBERS:
            cur = (cur or 0) + WORD_NUMBERS[w]
        elif w in SCALES:
            cur = (cur if cur is not None else 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += cur
                cur = None
        elif w in VAGUE:
            vague = True
            v = VAGUE[w]
            if w == "tens":  # "tens of thousands"
                cur = 10
            elif w in ("hundreds", "thousands", "millions") and cur == 10 and prev == "tens":
                cur = 20 * {"hundreds": 100, "thousands": 1000, "millions": 1_000_000}[w]
            elif w in ("thousands", "millions") and cur is not None and cur >= 100:  # hundreds of thousands
                cur = cur * {"thousands": 1000, "millions": 1_000_000}[w]
            elif w == "dozen" and cur is not None:  # "two dozen"
                cur = cur * 12
                vague = False
            else:
                cur = v
        else:
            return None, False
    total += cur or 0
    if half:
        total = total / 2
    if several:
        total, vague = total * 3, True
    return (int(total) if total else None), vague


def _is_num(t: Token) -> bool:
    low = t.lower_
    if _DIGITS.match(low):
        return True
    return low in WORD_NUMBERS or low in VAGUE or low in ("hundred", "thousand", "million", "billion")


def _groups(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [s, e) of number groups."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if not _is_num(t):
            i += 1
            continue
        s, e = i, i + 1
        while e < n:
            w = doc[e]
            if _is_num(w) or (w.lower_ in SCALES and w.lower_ not in ("m",)):
                e += 1
            elif (w.text == "-" and e + 1 < n and doc[e + 1].lower_ in WORD_NUMBERS) or (
                w.lower_ in ("of", "and")
                and e + 1 < n
                and doc[e + 1].lower_ in ("thousands", "millions", "hundreds")
            ):
                e += 2
            else:
                break
        if (
            s > 0
            and doc[s - 1].lower_ in ("a", "an")
            and doc[s].lower_ in ("dozen", "hundred", "thousand", "million")
        ):
            s -= 1
        half = s > 0 and doc[s].lower_ in ("a", "an") and doc[s - 1].lower_ == "half"
        several = (
            s > 0 and doc[s - 1].lower_ == "several" and doc[s].lower_ in ("hundred", "thousand", "million")
        )
        if half or several:
            s -= 1
        out.append((s, e))
        i = e
    return out


def _hedge(doc: Doc, s: int) -> tuple[int, bool]:
    """(new start, approximate) after looking for a hedge right before token ``s``."""
    for h in HEDGES:
        k = len(h)
        if s - k >= 0 and tuple(t.lower_ for t in doc[s - k : s]) == h:
            return s - k, h not in EXACT_HEDGES
    return s, False


def _pred_cat(v: Token, arg: Token | None) -> str | None:
    """Category given by predicate ``v`` for its argument ``arg`` (None: v modifies the noun)."""
    lemma = v.lemma_.lower()
    low = v.lower_
    entry = PREDICATES.get(lemma) or PREDICATES.get(low)
    # complements: "went missing", "left 30 dead", "shot dead", "remain trapped", "lost their lives"
    for c in v.children:
        if (
            c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "advmod", "dobj", "prt", "attr", "prep")
            and c != arg
        ):
            cl = c.lemma_.lower()
            if c.lower_ in (
                "missing",
                "trapped",
                "dead",
                "homeless",
                "injured",
                "wounded",
                "stranded",
                "besieged",
                "unaccounted",
                "displaced",
            ):
                cl = c.lower_
            if c.dep_ == "dobj" and cl == "life" and lemma in ("lose", "claim"):
                return "killed"
            if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "attr") and cl in (
                "dead",
                "missing",
                "trapped",
                "homeless",
                "hostage",
                "injured",
                "wounded",
                "stranded",
                "besieged",
                "unaccounted",
                "displaced",
            ):
                return {
                    "dead": "killed",
                    "hostage": "kidnapped",
                    "injured": "wounded",
                    "stranded": "trapped",
                    "besieged": "trapped",
                    "unaccounted": "missing",
                    "homeless": "displaced",
                }.get(cl, cl)
            if lemma == "be" and c.dep_ == "attr" and NOUN_CATEGORIES.get(cl):
                return NOUN_CATEGORIES[cl]
            if lemma == "be" and c.dep_ == "prep" and c.lower_ == "among":
                for g in c.children:
                    if g.dep_ == "pobj" and (
                        NOUN_CATEGORIES.get(g.lemma_.lower()) or NOUN_CATEGORIES.get(g.lower_)
                    ):
                        return NOUN_CATEGORIES.get(g.lemma_.lower()) or NOUN_CATEGORIES.get(g.lower_)
    if entry is None:
        return None
    cat, transitive = entry
    need = NEEDS.get(lemma)
    if need:
        opts = need.split("|")
        if not any(c.lower_ in opts or c.lemma_.lower() in opts for c in v.subtree if c is not v):
            return None
    if arg is None:
        return cat
    dep = arg.dep_
    if not transitive:
        return cat if dep in ("nsubj", "nsubjpass", "attr") else None
    if dep in ("dobj", "nsubjpass", "oprd"):
        return cat
    if dep == "nsubj":
        # "30 wounded" (elliptical passive): a participle with no object of its own
        has_obj = any(c.dep_ in ("dobj", "attr") for c in v.children)
        aux = any(c.dep_ in ("aux",) for c in v.children)
        if v.tag_ == "VBN" and not has_obj and not aux:
            return cat
        if v.pos_ == "ADJ":
            return cat
    return None


def _modifier_cat(noun: Token) -> str | None:
    """A participle or adjective on the noun: "people killed in", "injured civilians", "1,700 injured"."""
    for c in noun.children:
        if c.dep_ in ("amod", "acl", "relcl", "appos") or (c.dep_ == "conj" and c.pos_ in ("ADJ", "VERB")):
            if c.dep_ == "relcl":
                # "people who were killed": the relative pronoun is the argument
                rel = next(
                    (
                        x
                        for x in c.children
                        if x.dep_ in ("nsubjpass", "nsubj", "dobj") and x.tag_ in ("WP", "WDT")
                    ),
                    None,
                )
                if rel is None:
                    continue
                cat = _pred_cat(c, rel)
            elif c.dep_ == "appos":
                continue
            else:
                cat = _pred_cat(c, None) if (c.tag_ == "VBN" or c.pos_ == "ADJ") else None
            if cat:
                return cat
    # "1,700 injured", "100 dead" glued right after the number
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.lower_ in ("dead", "injured", "wounded", "missing", "killed", "displaced"):
        return NOUN_CATEGORIES.get(nxt.lower_) or PREDICATES.get(nxt.lemma_.lower(), (None,))[0]
    return None


def _governor_cat(pos: Token, depth: int = 0) -> str | None:
    """The category the syntactic position of ``pos`` gives it."""
    if depth > 3:
        return None
    head = pos.head
    dep = pos.dep_
    if head.i == pos.i:
        return None
    if dep in ("nsubj", "nsubjpass", "dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX", "ADJ"):
        cat = _pred_cat(head, pos)
        if cat:
            return cat
        # "killed 12 people and wounded 30" / "12 killed and 30 wounded": only the own verb counts
        return None
    if dep == "conj" and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return _modifier_cat(head) or _governor_cat(head, depth + 1)
    if dep == "appos":
        return _governor_cat(head, depth + 1)
    if (
        dep in ("pobj", "dobj", "pcomp")
        and head.lower_ in ("including", "among", "of")
        and head.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
    ):
        gov = head.head
        gl = gov.lemma_.lower()
        if head.lower_ == "of":
            if gl in GOVERNING_NOUNS:
                if gl == "life":
                    v = gov.head
                    return "killed" if v.lemma_ in ("claim", "lose", "take", "cost") else None
                return GOVERNING_NOUNS[gl]
            if gl in TOLL_WORDS:
                return _toll_cat(gov)
            return None
        return _modifier_cat(gov) or _governor_cat(gov, depth + 1) or NOUN_CATEGORIES.get(gl)
    if (
        dep in ("pobj", "dobj")
        and head.lower_ in ("including", "among")
        and head.head.pos_ in ("VERB", "AUX")
    ):
        v = head.head
        arg = next((c for c in v.children if c.dep_ in ("nsubjpass", "dobj")), None) or next(
            (c for c in v.children if c.dep_ == "nsubj"), None
        )
        return _pred_cat(v, arg) if arg is not None else None
    if dep == "pobj" and head.lower_ in ("to", "at", "of", "past", "above") and head.head != head:
        gov = head.head
        if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in TOLL_VERBS:
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lemma_.lower() in TOLL_WORDS:
                return _toll_cat(subj)
        if gov.lemma_.lower() in TOLL_WORDS:
            return _toll_cat(gov)
    if dep == "npadvmod" and head.lemma_.lower() in TOLL_WORDS:
        return _toll_cat(head)
    return None


def _toll_cat(toll: Token) -> str | None:
    """ "death toll" -> killed; "the number of dead/injured/displaced" -> its category."""
    for c in toll.children:
        cl = c.lemma_.lower()
        if c.dep_ in ("compound", "amod", "nmod"):
            if cl in ("death", "casualty", "fatality", "dead"):
                return "killed" if cl != "casualty" else "casualties"
            if cl in ("injury",):
                return "wounded"
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                gl = g.lemma_.lower()
                cat = NOUN_CATEGORIES.get(gl) or GOVERNING_NOUNS.get(gl) or _modifier_cat(g)
                if cat:
                    return cat
                if gl in ("kill", "killed", "injure", "injured"):
                    return "killed" if gl.startswith("kill") else "wounded"
    return None


def count_anchor(doc: Doc, count: Count) -> Token | None:
    """The token a count hangs on (its counted noun or number), for the geo stage to find its place."""
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    return span.root if span is not None else None


def find_counts(doc: Doc, actors=None) -> list[Count]:
    """Every count of affected people in a parsed document (text order)."""
    out: list[Count] = []
    text = doc_text(doc)
    for s, e in _groups(doc):
        toks = list(doc[s:e])
        first = toks[-1] if toks[0].lower_ in ("a", "an", "half") else toks[0]
        if any(t.ent_type_ in SKIP_ENTS for t in toks if t.lower_ not in VAGUE):
            continue
        if e < len(doc) and doc[e].lower_ in (
            "%",
            "percent",
            "per",
            "-",
            "year",
            "years",
            "am",
            "pm",
            "a.m.",
            "p.m.",
            "km",
            "kilometres",
            "kilometers",
            "miles",
            "metres",
            "meters",
            "times",
            "days",
            "hours",
            "weeks",
            "months",
            "dollars",
            "euros",
            "pounds",
            "tonnes",
            "tons",
        ):
            continue
        if s > 0 and doc[s - 1].text in ("$", "£", "€", "#", "No.", "no.", "aged", "age", "Resolution"):
            continue
        if len(toks) == 1 and re.fullmatch(r"(1[89]|20)\d\d", first.text):  # years
            continue
        if s > 0 and doc[s - 1].lower_ in ("no", "none", "not"):
            continue
        value, vague = _parse_number(toks)
        if not value:
            continue
        hs, hedged = _hedge(doc, s)
        # syntactic anchor: the token of the group whose head lies outside it
        core = [t for t in toks if t.lower_ not in ("a", "an", "half", "several", "of", "and", "-")] or toks
        anchor = next((t for t in core if not (s <= t.head.i < e) or t.head == t), core[-1])
        noun: Token | None = None
        pos = anchor
        if anchor.dep_ in ("nummod", "quantmod", "amod", "compound") and anchor.head.pos_ in (
            "NOUN",
            "PROPN",
            "ADJ",
        ):
            noun = anchor.head
            pos = noun
        else:
            of = next(
                (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= e), None
            )
            if of is not None:
                noun = next((g for g in of.children if g.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ == "PRON":  # "four of them": a part of a count already made
                    continue
        if noun is not None and noun.lower_ in (
            "years",
            "year",
            "km",
            "percent",
            "%",
            "minutes",
            "hours",
            "days",
            "times",
            "dollars",
            "tonnes",
            "miles",
            "per",
        ):
            continue
        cat = (
            (_modifier_cat(noun) if noun is not None else None)
            or _modifier_cat(anchor)
            or _governor_cat(pos)
            or (
                NOUN_CATEGORIES.get(noun.lemma_.lower()) or NOUN_CATEGORIES.get(noun.lower_)
                if noun is not None
                else None
            )
        )
        if cat is None:
            continue
        end_tok = noun if noun is not None and noun.i >= e else doc[e - 1]
        start_char = doc[hs].idx
        end_char = end_tok.idx + len(end_tok)
        actor = None
        if actors is not None and noun is not None:
            try:
                a = actors.for_token(noun)
            except Exception:  # pragma: no cover - defensive
                a = None
            actor = a.code if a is not None and a.code else None
        what = noun.lower_ if noun is not None else ""
        out.append(
            Count(
                text=text[start_char:end_char],
                start=start_char,
                end=end_char,
                number=value,
                approximate=bool(hedged or vague),
                category=cat,
                what=what,
                actor=actor,
            )
        )
    return out


#: GKG V2.1 count types for our categories
GKG_TYPES = {
    "killed": "KILL", "wounded": "WOUND", "trapped": "AFFECT", "displaced": "DISPLACED", "arrested": "ARREST",
    "missing": "MISSING", "kidnapped": "KIDNAP", "protesters": "PROTEST", "evacuated": "EVACUATION",
    "rescued": "AFFECT", "released": "RELEASE", "affected": "AFFECT", "casualties": "CASUALTIES",
}  # fmt: skip


def to_gkg(count: Count, places: list | None = None) -> str:
    """One count in the GKG V2.1 ``V2Counts`` format:
    ``TYPE#NUMBER#OBJECT#LOCTYPE#FULLNAME#COUNTRY#ADM1#LAT#LON#FEATUREID#OFFSET``."""
    loc = ["", "", "", "", "", "", ""]
    if places is not None and count.place is not None and 0 <= count.place < len(places):
        p = places[count.place]
        loctype = {"PCLI": 1, "ADM1": 5}.get(p.feature_code or "", 4)
        loc = [str(loctype), p.name, p.country or "", p.adm1 or "", str(p.lat or ""), str(p.lon or ""),
               str(p.geonameid or "")]  # fmt: skip
    t = GKG_TYPES.get(count.category, count.category.upper())
    return "#".join([t, str(count.number), count.what, *loc, str(count.start)])
