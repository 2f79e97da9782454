"""The actor pass of the fast coder: who is the source, the target, the "by" agent, the owner of
a noun, the speaker of a speech verb, by their positions around the trigger (the mentions
come from :mod:`tacitus.events.fast.actors`).
"""

from __future__ import annotations

from dataclasses import replace

from tacitus.events.cameo import CameoTable
from tacitus.events.coder import ALLEGING
from tacitus.events.fast.actors import FastDocumentActors, Mention
from tacitus.events.fast.clause import _modifier_word, _object_span
from tacitus.events.fast.text import Tokens
from tacitus.events.fast.vocabulary import (
    ADVERBS,
    BE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    REPORTING,
    SUBJECT_PRONOUNS,
    VERB_MARKERS,
    WINDOW,
)
from tacitus.events.roles import MILITARY_OBJECTIVES, OBJECTIVE_NOUNS, QUANTITY_NOUNS, same_party
from tacitus.model import Actor


def _actor_at(t: Tokens, j: int, right: int, actors: FastDocumentActors, skip_det: bool) -> Actor | None:
    """The actor (or place, as its country) starting at ``j`` after at most a few determiners and
    modifiers ("the rebel-held town of …" stops at the town, "rebel positions" is the rebels)."""
    k = j
    while skip_det and k < right and k - j < 4 and actors.at[k] is None and (
            t.lower[k] in DETERMINERS or t.lower[k] in ("'s", "-") or t.lower[k].isdigit()
            or t.lower[k] in QUANTITY_NOUNS
            or (t.lower[k] == "of" and k > j and t.lower[k - 1] in QUANTITY_NOUNS)
            or (_modifier_word(t, k) and t.words[k][:1].islower())):
        k += 1
    if k >= right:
        return None
    m = actors.at[k]
    if m is None:
        return None
    return _as_actor(t, m, actors)


def _as_actor(t: Tokens, m: Mention, actors: FastDocumentActors) -> Actor | None:
    if m.kind == "modifier" and m.actor is not None:  # "rebel positions", but not "military aid"
        return m.actor if m.end < len(t) and t.lemma[m.end] in OBJECTIVE_NOUNS else None
    if m.actor is not None:
        return m.actor
    if m.kind == "modifier" and m.end < len(t):
        noun = t.lemma[m.end]
        if noun in OBJECTIVE_NOUNS:  # "Russian positions" → RUSMIL
            sector = "MIL" if noun in MILITARY_OBJECTIVES else None
            s, e = t.start[m.start], t.end(m.end)
            return Actor(text=t.text[s:e], code=(m.country or "") + (sector or ""), country=m.country,
                         sector=sector, start=s, end=e,
                         rule="objective:military" if sector else "place:country")
        return None
    if m.kind == "place" and m.country:
        s, e = t.start[m.start], t.end(m.end - 1)
        return Actor(text=t.text[s:e], code=m.country, country=m.country, sector=None, start=s, end=e,
                     rule="place:country")
    return None


def _source(t: Tokens, i: int, left: int, actors: FastDocumentActors,
            verbs: frozenset[str] = frozenset()) -> Actor | None:
    """Nearest actor left of ``i`` that is not the object of a preposition or of a verb in ``verbs``."""
    j = i - 1
    while j >= left:
        m = actors.at[j]
        if m is not None:
            if m.actor is not None and not _is_object(t, m.start, left, verbs, actors):
                return m.actor
            j = m.start - 1
            continue
        if t.lower[j] in SUBJECT_PRONOUNS and (j == i - 1 or t.lower[j + 1] in VERB_MARKERS | ADVERBS):
            return _pronoun_reporter(t, j, actors)
        if t.lower[j] in ("he", "she") and j + 2 >= i:
            return _coref(t, j, actors)
        j -= 1
    return None


def _is_object(t: Tokens, start: int, left: int, verbs: frozenset[str],
               actors: FastDocumentActors | None = None) -> bool:
    j = start - 1
    while j >= left and (t.lower[j] in DETERMINERS or t.lower[j] == "-" or
                         (_modifier_word(t, j) and t.lower[j] not in verbs)):
        if t.lower[j] == "-" and actors is not None and j > left and actors.at[j - 1] is not None:
            j = actors.at[j - 1].start  # "to the U.S.-Mexico border"
        j -= 1
    if j < left:
        return False
    w = t.lower[j]
    return (w in PREPOSITIONS and w != "of") or (w in verbs and w not in REPORTING)


def _pronoun_reporter(t: Tokens, j: int, actors: FastDocumentActors) -> Actor | None:
    """"Israel said it struck …": the subject pronoun after a reporting verb is the reporter."""
    k = j - 1
    if k >= 0 and t.lower[k] == "that":
        k -= 1
    if k < 0 or t.lower[k] not in REPORTING:
        return None
    s = k - 1
    while s >= 0 and t.sent[s] == t.sent[j] and actors.at[s] is None and k - s <= 3:
        s -= 1
    m = actors.at[s] if s >= 0 and t.sent[s] == t.sent[j] else None
    return m.actor if m is not None else None


def _coref(t: Tokens, j: int, actors: FastDocumentActors) -> Actor | None:
    """he/she → the last person of this or the two sentences before."""
    best = None
    for m in actors.spans:
        if m.start >= j:
            break
        if m.actor is not None and m.actor.person and 0 <= t.sent[j] - t.sent[m.start] <= 2 and \
                not _modifies_noun(t, m.end):
            best = m.actor
    if best is None:
        return None
    return Actor(text=t.words[j], code=best.code, country=best.country, sector=best.sector,
                 start=t.start[j], end=t.end(j), rule="coref:pronoun", person=best.person)


def _modifies_noun(t: Tokens, k: int) -> bool:
    """The name ending before token ``k`` is a possessor or modifier ("Trump's agenda", "Trump donors")."""
    if k >= len(t):
        return False
    w = t.words[k]
    return t.lower[k] == "'s" or (w.isalpha() and w.islower() and w.endswith("s") and not w.endswith("ss")
                                  and t.lower[k] not in REPORTING and t.lower[k] not in BE_FORMS
                                  and t.lower[k] not in VERB_MARKERS)


def _by_agent(t: Tokens, i: int, right: int, actors: FastDocumentActors) -> Actor | None:
    for k in range(i + 1, min(right, i + WINDOW)):
        if t.lower[k] == "by":
            return _actor_at(t, k + 1, right, actors, skip_det=True)
    return None


def _owner_before(t: Tokens, i: int, actors: FastDocumentActors) -> Mention | None:
    """An actor or demonym right before a noun phrase ("Russian airstrikes", "Israel's offensive")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and actors.at[j] is None and t.lower[j] not in PREPOSITIONS and \
            (t.lower[j] == "'s" or _modifier_word(t, j)) and t.sent[j] == t.sent[i]:
        j -= 1
    if j < 0 or t.sent[j] != t.sent[i]:
        return None
    m = actors.at[j]
    if m is None or (m.actor is None and m.kind != "modifier"):
        return None
    return m


def _owner_actor(t: Tokens, i: int, actors: FastDocumentActors) -> Actor | None:
    m = _owner_before(t, i, actors)
    if m is None:
        return None
    if m.actor is not None:
        return m.actor
    s, e = t.start[m.start], t.end(m.end - 1)
    return Actor(text=t.text[s:e], code=m.country or "", country=m.country, sector=None, start=s, end=e,
                 rule="modifier:country")


def _complement_target(t: Tokens, lo: int, comp_at: int, right: int, source: Actor | None,
                       actors: FastDocumentActors) -> Actor | None:
    """"demanded that Russia halt …": the complement's subject (not the source's own country)."""
    first = max(lo, comp_at - 6)
    for k in range(comp_at - 1, max(lo, comp_at - 12) - 1, -1):
        if t.lower[k] == "that":  # "warned that Western intervention in Ukraine could …": right after "that"
            first = k + 1
            break
    for k in range(first, comp_at):
        m = actors.at[k]
        if m is not None and m.actor is not None and t.sent[k] == t.sent[comp_at]:
            if source is not None and m.actor.country and m.actor.country == source.country:
                continue
            return m.actor
    a = _actor_at(t, comp_at + 1, right, actors, skip_det=True)  # "threatened to attack Israel"
    if a is not None:
        return a
    c_lo, c_hi = _object_span(t, comp_at, right)
    for k in range(c_lo, min(right, c_hi + 3)):
        if t.lower[k] in ("with", "against", "on", "to", "from", "between"):
            a = _actor_at(t, k + 1, right, actors, skip_det=True)
            if a is not None:
                return a
    return None


def _coordinated(t: Tokens, a: Actor, actors: FastDocumentActors, lo: int, hi: int) -> list[Actor]:
    """``a`` and the actors joined to it by "and" / "," ("Russia and Syria", "France, Britain and …")."""
    out = [a]
    m = next((x for x in actors.spans if x.actor is a), None)
    if m is None:
        return out
    k = m.end
    listed = 0  # actors joined by "and" so far (a list's commas count only before its "and")
    while k + 1 < hi and t.lower[k] in (",", "and") and actors.at[k + 1] is not None and \
            actors.at[k + 1].actor is not None:
        nxt = actors.at[k + 1]
        out.append(nxt.actor)
        if t.lower[k] == "and":
            listed = len(out)
        k = nxt.end
    del out[max(listed, 1):]  # "attacked France, Britain said": no list without "and"
    k = m.start - 1
    joined = t.lower[m.end] == "and" if m.end < hi else False  # "France, Britain and Italy"
    while k - 1 >= lo and (t.lower[k] == "and" or (t.lower[k] == "," and joined)) and \
            actors.at[k - 1] is not None and actors.at[k - 1].actor is not None:
        joined = joined or t.lower[k] == "and"
        prev = actors.at[k - 1]
        out.insert(0, prev.actor)
        k = prev.start - 1
    return out


def _speaker(t: Tokens, i: int, lo: int, actors: FastDocumentActors) -> Actor | None:
    """The actor right before a speech verb ("the ministry said", "Putin has also said", "he says"); not
    one further away ("the Department of Justice complaint says" is the complaint's)."""
    j = i - 1
    while j >= lo and (t.lower[j] in ADVERBS or t.lower[j] in VERB_MARKERS) and t.lower[j] != "to":
        j -= 1
    if j - 2 >= lo and t.lower[j] == "," and t.lower[j - 2] == "," and (
            t.words[j - 1].isdigit() or (t.words[j - 1].isalpha() and t.words[j - 1].islower())):
        j -= 3  # "Holden, meanwhile, has claimed", "Mr. Trump, 77, said"
    if j > lo and t.lower[j] == "who":  # "US officials who suggested …"
        j -= 1 + (t.lower[j - 1] == ",")
    if j < lo:
        return None
    m = actors.at[j]
    if m is not None:
        return _as_actor(t, m, actors) if m.kind == "actor" else None
    if t.lower[j] in ("he", "she"):
        return _coref(t, j, actors)
    return None


def _visit_at_home(cameo: CameoTable, code: str, source: Actor | None, target: Actor | None) -> bool:
    """A visit to a place of the visitor's own country has no host ("will visit the US-Mexico border")."""
    return source is not None and target is not None and not target.sector and cameo.root(code) == "04" \
        and target.country is not None and target.country == source.country


def _speaker_above(t: Tokens, i: int, lo: int, source: Actor | None,
                   actors: FastDocumentActors) -> Actor | None:
    """Who said what is denied: "Barger said Holden has Trump donors, which he denies" → Barger."""
    for k in range(i - 1, lo, -1):
        if t.lower[k] in REPORTING or t.lemma[k] in ALLEGING:
            a = _speaker(t, k, lo, actors)
            if a is not None and (source is None or not same_party(a, source)):
                return replace(a, rule=f"{a.rule}+coref:accuser")
            return None
    return None


def _content_actors(t: Tokens, lo: int, hi: int, actors: FastDocumentActors):
    """(actor, first token, last token) of the actors a statement's content names, in order ("he"/"him"
    included)."""
    k = lo
    while k < hi:
        m = actors.at[k]
        if m is not None:
            yield _as_actor(t, m, actors), k, m.end - 1
            k = m.end
            continue
        if t.lower[k] in ("he", "she", "him", "her"):
            yield _coref(t, k, actors), k, k
        k += 1


def _mention_start(a: Actor, t: Tokens, actors: FastDocumentActors) -> int:
    for m in actors.spans:
        if m.actor is a:
            return m.start
    return 0
