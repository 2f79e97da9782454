"""The modality of a fast frame from cue words before its trigger (negation, modals, "if",
will / plans to, deny / claim) and its reporter ("A said …", "according to A").
"""

from __future__ import annotations

from tacitus.events import modality as mod
from tacitus.events.fast.actor_roles import _actor_at
from tacitus.events.fast.actors import FastDocumentActors
from tacitus.events.fast.frames import Frame
from tacitus.events.fast.text import Tokens
from tacitus.events.fast.vocabulary import CLAIM_FORMS, DENY_FORMS, FAILURE_FORMS, INTENT_FORMS, REPORTING
from tacitus.model import Actor


def modality(t: Tokens, f: Frame, actors: FastDocumentActors) -> tuple[str, str, Actor | None]:
    """(value, reason, reporter) from cue words before the trigger in its sentence."""
    m = f.trig
    anchor = m.light if m.context == "light" and m.light is not None and m.light < m.head else min(m.words)
    s = t.sent[anchor]
    lo = anchor
    while lo > 0 and t.sent[lo - 1] == s:
        lo -= 1
    near = [t.lower[k] for k in range(max(lo, anchor - 3), anchor)]
    before = [t.lower[k] for k in range(lo, anchor)]
    value, reason = mod.ASSERTED, "asserted"
    if m.entry.modality == mod.THREAT:
        value, reason = mod.THREAT, "threat verb"
    elif any(w in mod.NEGATORS for w in near):
        value, reason = mod.NEGATED, "negation before trigger"
    elif len(near) >= 2 and near[-1] == "to" and near[-2] in FAILURE_FORMS:
        value, reason = mod.NEGATED, f"not done ('{near[-2]}')"  # "failed to offer"
    elif any(w in mod.CONDITIONAL_MARKS for w in before[-12:]):
        value, reason = mod.HYPOTHETICAL, "conditional clause"
    elif any(w in mod.HYPOTHETICAL_AUX for w in near):
        value, reason = mod.HYPOTHETICAL, f"modal '{next(w for w in near if w in mod.HYPOTHETICAL_AUX)}'"
    elif any(w in mod.FUTURE_AUX for w in near) or (len(near) >= 2 and near[-1] == "to" and
                                                     near[-2] in INTENT_FORMS):
        value, reason = mod.FUTURE, "future or intended"
    elif any(w in DENY_FORMS for w in before):
        value, reason = mod.NEGATED, "denied"
    elif any(w in CLAIM_FORMS for w in before) or any(w in mod.HEDGES for w in near):
        value, reason = mod.CLAIMED, "claimed"
    return value, reason, _reporter(t, anchor, lo, actors)


def _reporter(t: Tokens, anchor: int, lo: int, actors: FastDocumentActors) -> Actor | None:
    """The actor of a reporting verb left of the trigger ("A said …"), or after the clause
    ("…, A said", "…, said A"), or of "according to A"."""
    s = t.sent[anchor]
    hi = anchor
    while hi < len(t) and t.sent[hi] == s:
        hi += 1
    for k in range(lo, hi):
        w = t.lower[k]
        if w == "according" and k + 1 < hi and t.lower[k + 1] == "to":
            a = _actor_at(t, k + 2, hi, actors, skip_det=True)
            if a is not None:
                return a
        if w not in REPORTING or k == anchor:
            continue
        if k < anchor or (k > anchor and t.lower[k - 1] != ","):
            left = k - 1
            while left >= lo and actors.at[left] is None and k - left <= 3:
                left -= 1
            if left >= lo and actors.at[left] is not None and actors.at[left].actor is not None:
                return actors.at[left].actor
        a = _actor_at(t, k + 1, hi, actors, skip_det=True)
        if a is not None and k > anchor:
            return a
    return None
