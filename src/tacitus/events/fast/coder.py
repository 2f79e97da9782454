"""The fast event coder (:class:`FastEventCoder`): a document's sentences through trigger finding,
speech acts and frame building, the sentence filters, and each frame made an event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tacitus.events import modality as mod
from tacitus.events.cameo import CAMEO, CameoTable
from tacitus.events.coder import PRIVATE_OK_ROOTS
from tacitus.events.coder import VERBAL_ROOTS as SPOKEN_ROOTS
from tacitus.events.confidence import ConfidenceModel
from tacitus.events.context import is_sports_result
from tacitus.events.core import incomplete, make_event, settle
from tacitus.events.domain import DomainGate
from tacitus.events.fast.actor_roles import _speaker_above, _visit_at_home
from tacitus.events.fast.actors import FastDocumentActors
from tacitus.events.fast.frame_building import FrameBuilding
from tacitus.events.fast.frames import Frame
from tacitus.events.fast.lexicon_index import _index, _phrases
from tacitus.events.fast.modality_cues import modality
from tacitus.events.fast.sentence_filters import _domain_verdict, _habitual, _once, _statements
from tacitus.events.fast.speech_acts import SpeechActs
from tacitus.events.fast.text import Tokens
from tacitus.events.fast.trigger_finding import TriggerFinding
from tacitus.events.fast.vocabulary import REPORTING
from tacitus.events.lexicon import EventLexicon
from tacitus.events.roles import (
    OBJECTIVE_NOUNS,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
    accuser_of,
    document_focus,
    inherit_country,
    political,
    sentence_countries,
)
from tacitus.model import DateMention, Document, Event
from tacitus.nlp.inflect import lemma_table, verb_forms


class FastEventCoder(TriggerFinding, SpeechActs, FrameBuilding):
    """Dictionary-and-position event coder over plain token lists (no parse)."""

    def __init__(self, lexicon: EventLexicon | None = None, cameo: CameoTable | None = None,
                 one_party: bool = False) -> None:
        self.one_party = one_party  # keep events with no target (CodingOptions.one_party)
        self.lex = lexicon or EventLexicon.default()
        self.cameo = cameo or CAMEO
        self._clause_tokens: Tokens | None = None
        self._clause_key: tuple[int, int] = (-1, -1)
        self._clause_set: set[str] = set()
        self._speech_tokens: Tokens | None = None
        self._speech_at: list[int] = []
        self._trigger_tokens: Tokens | None = None
        self._trigger_at: list[int] = []
        self.confidence = ConfidenceModel.default("fast")
        self.verbs = _index([e for e in self.lex.verbs if not e.speech], verb=True)
        self.nouns = _index(self.lex.nouns, verb=False)
        self.speech = _index([e for e in self.lex.verbs if e.speech], verb=True)
        self.light = _phrases(self.lex.light_verbs)
        self.impact = frozenset(f for v in self.lex.impact_verbs for f in verb_forms(v.split()[0]))
        self._trigger_heads = frozenset(self.nouns.heads) | frozenset(self.verbs.heads)
        self.verb_words = frozenset(self.verbs.heads) | REPORTING | frozenset(
            f for ws in self.light.values() for f in ws[0][0])

    def lemmas(self) -> dict[str, str]:
        """surface → lemma for every word of the event lexicons and classes (the fast lemma table)."""
        verbs = {w for e in self.lex.verbs for lem in e.lemmas for w in lem.split()}
        verbs |= set(mod.REPORTING_VERBS) | mod.DENY_VERBS | mod.CLAIM_VERBS | mod.INTENT_VERBS
        verbs |= {v.split()[0] for v in self.lex.light_verbs | self.lex.impact_verbs}
        nouns = {w for e in self.lex.nouns for lem in e.lemmas for w in lem.split()}
        nouns |= {w for members in self.lex.classes.values() for m in members for w in m.split()}
        nouns |= OBJECTIVE_NOUNS | QUANTITY_NOUNS | PLACE_NOUNS
        table = lemma_table(sorted(verbs | nouns), sorted(nouns))
        cues = sorted(DomainGate.default().words())  # the domain gate reads lemmas too ("recipes")
        for form, lemma in lemma_table(cues, cues).items():
            table.setdefault(form, lemma)
        return table

    def code(self, t: Tokens, document: Document, actors: FastDocumentActors,
             dates: Iterable[DateMention] = ()) -> list[Event]:
        dates = sorted(dates, key=lambda d: d.start)
        focus = document_focus(actors, url=document.url)
        events: list[Event] = []
        bounds = t.bounds()
        found = [self._sentence(t, first, end, actors) for first, end in bounds]
        verdict = _domain_verdict(t, bounds, actors) if any(found) else None
        for (first, end), frames in zip(bounds, found, strict=True):
            if not frames or (verdict is not None and verdict.gated(t.sent[first]) is not None):
                continue  # a sports, market or lifestyle page (or sentence) has no political events
            si = t.sent[first]
            sent = t.span(first, end - 1)
            countries = sentence_countries(sent, actors)
            lemmas = {*t.lemma[first:end], *t.lower[first:end]}
            frames = [f for f in frames
                      if not is_sports_result(self.lex, t.lemma[f.trig.head], sent.text, lemmas)
                      and not (si > 0 and self.cameo.root(f.code) not in SPOKEN_ROOTS and
                               _habitual(t, f.trig, first, end, lemmas))]
            for f in frames:  # a rejection answers whoever made the claim ("…, which she denies")
                if f.target is None and self.cameo.root(f.code) == "12":
                    claims = [(e.sentence_index, e.root, e.source, e.target) for e in events]
                    claims += [(si, self.cameo.root(g.code), g.source, g.target)
                               for g in frames if g is not f]
                    f.target = accuser_of(f.source, claims, si) or \
                        _speaker_above(t, f.trig.head, first, f.source, actors)
            frames = [f for f in frames if political(f.source) or political(f.target) or
                      self.cameo.root(f.code) in PRIVATE_OK_ROOTS]
            for f in frames:
                f.source = inherit_country(f.source, countries, focus)
                f.target = inherit_country(f.target, countries, focus)
                if _visit_at_home(self.cameo, f.code, f.source, f.target):
                    f.target = None
                events.append(self._event(t, f, si, sent, document, dates, actors))
        kept = [e for e in events if incomplete(e, self.one_party) is None]
        self.confidence.calibrate(kept)
        return kept

    def _sentence(self, t: Tokens, lo: int, hi: int, actors: FastDocumentActors) -> list[Frame]:
        frames: list[Frame] = []
        absorbed_to = -1
        for m in self.triggers(t, lo, hi, actors):
            if m.head <= absorbed_to:
                continue
            frame = None
            for entry in m.alts:  # "suspended": lifting a curfew, or suspending aid
                m.entry = entry
                frame = self._frame(t, m, lo, hi, actors)
                if frame is not None:
                    break
            if frame is None:
                continue
            frames.append(frame)
            absorbed_to = max(absorbed_to, frame.absorbs_to)
        frames += self._speech(t, lo, hi, actors)
        if not frames:  # most sentences: nothing to expand, choose among or drop
            return frames
        frames = _once(self._dedupe(self._expand(t, frames, actors, lo, hi)))
        roots = {self.cameo.root(f.code) for f in frames if f.trig.context != "patient"}
        frames = [f for f in frames  # "indicted … the indictment": the act, not its mention again
                  if f.trig.context != "patient" or self.cameo.root(f.code) not in roots]
        return _statements(frames)

    def _event(self, t: Tokens, f: Frame, si: int, sent, document: Document,
               dates: list[DateMention], actors: FastDocumentActors) -> Event:
        m = f.trig
        value, reason, reporter = modality(t, f, actors)
        settled = settle(self.lex, f.code, f.refined, value, reporter, f.source,
                         lambda: reporter is not None and mod.unverified_in(sent.text, sent.following))
        start, end = t.start[min(m.words)], t.end(max(m.words))
        date, date_text = _date(start, sent, document, dates)
        rule = "fast:" + m.entry.rule + (f"[{settled.refined}]" if settled.refined else "") + f"/{m.context}"
        return make_event(
            document, self.cameo, sentence_index=si, sentence=sent.text.rstrip(), code=settled.code,
            source=f.source, target=f.target, trigger=(start, end), settled=settled, reason=reason,
            date=date, date_text=date_text,
            confidence=0.0, rule=rule)  # (set for the document's events together: ConfidenceModel)


def _date(start: int, sent, document: Document,
          dates: list[DateMention]) -> tuple[dt.date | None, str | None]:
    in_sent = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.date is not None]
    if in_sent:
        best = min(in_sent, key=lambda d: abs(d.start - start))
        return best.date, best.text
    return document.published, None
