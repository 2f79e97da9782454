"""The event coder: trigger matches -> frames (who, whom, modality, date) -> coded events."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from tacitus.enrich.quotes import direct_quotes
from tacitus.events import modality as mod
from tacitus.events.cameo import CAMEO, CameoTable
from tacitus.events.coder.clauses import (
    REFLEXIVES,
    _specificity,
    a_deed,
    dismissed_claim,
    in_a_work_of_fiction,
    it_antecedent,
    law_enforcement,
    plain_statement,
    policing_body,
    search_that_seized,
    spoke_together,
    tells_of_own_case,
)
from tacitus.events.coder.clues import (
    _by_accident,
    _foreign,
    _habitual,
    _standing_description,
    answers_request,
    case_target,
    civic_dyad,
    crime_at_home,
    direct_object,
    doer_of_told_act,
    drops_a_case,
    earlier_target,
    force_on_people,
    held_on_immigration_case,
    home_visit,
    named_before,
    one_case,
    only_country_named,
    only_other_bodies_country,
    own_counsel,
    scene_country,
    standing_words,
    suspect_before,
    the_speaker_himself,
    told_act,
    verbatim_repeats,
)
from tacitus.events.coder.frame import (
    ADDRESSED_BEFORE,
    ADVERBIAL_PARTICLES,
    ANSWERING_ROOTS,
    ANTECEDENT,
    ARMED_STATE_SECTORS,
    ARMED_STRIKES,
    AUTHORITIES,
    BETWEEN,
    CIVIC_ROOTS,
    CLASHES,
    CONFLICT_STORY,
    CRIME_STORY_CLASSES,
    DEED_OBJECT,
    DENIAL_IS_THE_ACT,
    FAULTED_ACT_ROOTS,
    IMPOSED_BY_LIFT,
    LAW_ENFORCEMENT,
    LIFTED,
    MEETING_OCCASIONS,
    MILITARY_ROOTS,
    MISHAP_STORY_CLASSES,
    MUTUAL_FIGHTING,
    MUTUAL_TRUCES,
    NEUTRAL_MATTERS,
    NO_CRIME_CLASSES,
    NOT_ANNOUNCERS_OWN,
    NOT_ANNOUNCERS_OWN_CODES,
    ONE_WAY,
    PHRASAL_OBJECT_PREPS,
    PRIVATE_OK_ROOTS,
    PRIVATE_READINGS,
    PUBLIC_ASKED_TO_CALL,
    QUOTE_OPENERS,
    RECIPROCAL_ROOTS,
    REQUESTS,
    STATE_SIDE,
    SUED_BEFORE,
    SUSPECTS,
    SWAP_ENTRIES,
    TOLD_ACT,
    TOLD_AS_DONE,
    TOLD_ATTACKS,
    TRUCE_PACTS,
    UNARMED_ATTACKS,
    VERBAL_ROOTS,
    WITHHELD_COMMENT,
    Frame,
    NearMiss,
)
from tacitus.events.coder.implied import ImpliedTargets
from tacitus.events.coder.nominal import (
    NominalFrames,
)
from tacitus.events.coder.speech import (
    SpeechFrames,
)
from tacitus.events.coder.targets import (
    TargetChoice,
)
from tacitus.events.coder.verbal import (
    VerbalFrames,
)
from tacitus.events.confidence import ConfidenceModel
from tacitus.events.context import is_sports_result
from tacitus.events.core import (
    blame_the_charged,
    blame_the_story_perpetrator,
    context_holds,
    give_the_suspect_his_country,
    incomplete,
    make_event,
    mark_the_convicted,
    refine,
    settle,
)
from tacitus.events.domain import DomainGate, political_mentions
from tacitus.events.lexicon import WRONG_DOER, Entry, EventLexicon
from tacitus.events.readings import best_readings, same_act_family
from tacitus.events.roles import (
    AUTHORITY_ROOTS,
    CLAIM_ROOTS,
    REPORTS,
    REQUEST_ROOTS,
    TOLD_DETERMINERS,
    UNARMED_SECTORS,
    ActorLookup,
    accuser_of,
    body_leader,
    conditions_of,
    document_author,
    document_focus,
    implied_civilians,
    inherit_country,
    local_government,
    party_sued_before,
    political,
    relative_clause_tokens,
    same_party,
    same_person,
    sentence_countries,
    sentence_places,
    split_coordinated_countries,
    story_places,
    struck_country,
    struck_place,
    through_quantity,
)
from tacitus.events.syntax import (
    ACCUSING_VERBS,
    PASSIVE_SUBJECT_DEPS,
    clause_tokens,
    first_child,
    is_passive,
    listed_members,
    particle,
    pobj_of,
    subject,
    with_conjuncts,
)
from tacitus.events.triggers import (
    BORNE,
    OPENING,
    VIOLENT_ROOTS,
    Context,
    Match,
    TriggerFinder,
    complement_verb,
    hyphenated_words,
    infinitives_of,
    ngrams,
    noun_phrase_words,
    object_heads,
)
from tacitus.model import Actor, DateMention, Document, Event


class EventCoder(VerbalFrames, SpeechFrames, NominalFrames, TargetChoice, ImpliedTargets):
    """Dictionary-and-pattern event coder over spaCy dependency parses."""

    def __init__(self, lexicon: EventLexicon | None = None, cameo: CameoTable | None = None,
                 one_party: bool = False) -> None:
        self.one_party = one_party  # keep events with no target (CodingOptions.one_party)
        self.lex = lexicon or EventLexicon.default()
        self.cameo = cameo or CAMEO
        self.finder = TriggerFinder(self.lex)
        self.gate = DomainGate.default()
        self.statement = next(e for e in self.lex.verbs if e.speech)
        self.confidence = ConfidenceModel.default()

    # ---- public -------------------------------------------------------------------------------
    def code(self, doc: Doc, document: Document, actors: ActorLookup,
             dates: Iterable[DateMention] = (), misses: list[NearMiss] | None = None) -> list[Event]:
        """Code every sentence of ``doc`` (a parse of ``document.text``); triggers found but not coded are
        appended to ``misses`` with the reason, when a list is given."""
        dates = sorted(dates, key=lambda d: d.start)
        events: list[Event] = []
        focus = document_focus(actors, doc, document.url)
        struck: Counter | None = None  # the story's places, read when a violent act first needs them
        story_words: set[str] | None = None  # the story's words and phrases, read when police work needs them
        sents = list(doc.sents)
        found = []  # (frames, rejected) per sentence; the gate reads the page only when something is found
        quotes = None
        home_visits: set[int] = set()  # events of a visit at home, which has no one to visit (kept)
        several: set[int] = set()  # events done to one of several people named together ("X and Y")
        for sent in sents:
            rejected: list[tuple[Match, str]] = []
            frames = self.frames(sent, actors, rejected)
            frames += self._reported_accusations(frames, rejected, actors, focus)
            frames += self._complaints_to_police(frames, rejected, actors)
            frames += self._calls_for_witnesses(sent, frames, actors)
            if not frames and not any(m.entry.speech for m, _ in rejected) and QUOTE_OPENERS & set(sent.text):
                if quotes is None:
                    quotes = direct_quotes(doc, actors)
                judged = self._quoted_criticism(sent, actors, quotes)
                frames = [judged] if judged is not None else []
            found.append((self._reciprocal(frames, actors), rejected))
        verdict = self.gate.judge(
            [[t.lemma_.lower() for t in s if not t.is_punct] for s in sents],
            political_mentions(getattr(actors, "mentions", []), [(s.start_char, s.end_char) for s in sents]),
        ) if any(frames for frames, _ in found) else None
        repeats = verbatim_repeats(sents)
        for index, sent in enumerate(sents):
            frames, rejected = found[index]
            frames = self._told_before(frames, events, rejected, index)
            if not frames:
                self._report(misses, rejected, [], index, document)
                continue
            countries = sentence_countries(sent, actors)
            places = sentence_places(sent, actors)
            last = sents[index - 1] if index else None
            named = sentence_countries(last, actors) if last else set()
            towns = sentence_places(last, actors) if last else set()
            # a town abroad that the sentence before names alone moves no story ("Sheriff Bud Torres said
            # the boy was booked": no Brazil in a Louisiana story)
            before = named | towns if named or focus is None or focus in towns else set()
            here = next(iter(before)) if len(before) == 1 else focus  # the country the text was just on
            gated = verdict.gated(index) if verdict is not None else None
            if gated:
                why = f"gated: {gated} page" if verdict.domain else f"gated: {gated} sentence"
                rejected += [(f.match, why) for f in frames]
                frames = []
            if frames and sent.text.count("|") >= 2:  # "| Sensor Maker and Model | Logitech Advanced … |"
                rejected += [(f.match, "a row of a table, not a sentence") for f in frames]
                frames = []
            if frames and index in repeats:
                rejected += [(f.match, "a verbatim repeat of an earlier sentence: told once") for f in frames]
                frames = []
            if frames:
                words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
                kept = [f for f in frames
                        if not is_sports_result(self.lex, f.match.token.lemma_, sent.text, words)]
                rejected += [(f.match, "sports result") for f in frames if f not in kept]
                frames = kept
                fiction = [f for f in frames if in_a_work_of_fiction(f.match.token)]
                rejected += [(f.match, "the plot of a film, a novel or a game") for f in fiction]
                frames = [f for f in frames if f not in fiction]
            for frame in frames:  # a rejection answers whoever made the claim
                if frame.target is not None and self.cameo.root(frame.code) == "17" and \
                        law_enforcement(frame.source) and law_enforcement(frame.target) and \
                        the_speaker_himself(frame, actors):  # "Chief Williams said he will be charged":
                    frame.target = None  # not the chief but the story's suspect (below)
                if frame.target is None and self.cameo.root(frame.code) == "12":
                    claims = [(e.sentence_index, e.root, e.source, e.target) for e in events]
                    claims += [(index, self.cameo.root(f.code), f.source, f.target)
                               for f in frames if f is not frame]
                    roots = CLAIM_ROOTS | REQUEST_ROOTS if answers_request(frame.match.token) else CLAIM_ROOTS
                    frame.target = accuser_of(frame.source, claims, index, roots=roots) or \
                        self._speaker_above(frame.clause_verb, frame.source, actors)
                elif frame.target is None and frame.code == "115" and \
                        (target := party_sued_before(frame.source, *_suits_told(events))) is not None:
                    frame.target = target  # "filed its lawsuit in November": whom the story told it sued
                elif frame.target is None and named_before(frame.match):
                    frame.target = earlier_target(frame, self.cameo.root(frame.code), events)
                elif frame.target is None and self.cameo.root(frame.code) == "08" and drops_a_case(frame):
                    earlier = [f for f in frames if f.match.token.i < frame.match.token.i]
                    frame.target = case_target([*((e.root, e.target) for e in events),
                                                 *((self.cameo.root(f.code), f.target) for f in earlier)])
                if frame.target is None and frame.match.context == "verb" and \
                        self.cameo.root(frame.code) in FAULTED_ACT_ROOTS | ANSWERING_ROOTS and \
                        (act := told_act(frame.match.token, self._an_attack)) is not None:
                    frame.target = doer_of_told_act(act, frame.source, events)  # "condemned the arrest": whom
                    # the story told made it
                if frame.target is None and self.cameo.root(frame.code) in ("09", "17") and \
                        (law_enforcement(frame.source) or
                         (frame.code[:3] in ("090", "091", "172", "173") and policing_body(frame.source))):
                    # "Police found 20 grams of meth in his car", "police began an investigation", "is in
                    # charge of the investigation" (no earlier act's target): the story's suspect, the
                    # person it named last
                    frame.target = suspect_before(actors, sents, index, frame.match.start) or \
                        implied_civilians(frame.source, frame.match.start, "suspects")  # not yet named
                    if frame.code == "090":
                        frame.code = "091"  # the police investigate a suspect: a crime
            habitual = [f for f in frames if index > 0 and (
                ((self.cameo.root(f.code) not in VERBAL_ROOTS or standing_words(f.clause_verb))
                 and _habitual(f)) or _standing_description(f))]
            rejected += [(f.match, "a habitual or generic statement (simple present, no time)")
                         for f in habitual]
            frames = [f for f in frames if f not in habitual]
            accidents = [f for f in frames if self.cameo.root(f.code) in VIOLENT_ROOTS and _by_accident(f)]
            rejected += [(f.match, "a private person's accident, no act against anyone") for f in accidents]
            frames = [f for f in frames if f not in accidents]
            routine = [f for f in frames if self.cameo.root(f.code) == "09" and law_enforcement(f.source)]
            if routine:
                story_words = ngrams([t for s in sents for t in s]) if story_words is None else story_words
                routine = routine if self._mishap_story(sents, index, story_words) else []
            rejected += [(f.match, "police work on an accident or a disappearance, no crime told")
                         for f in routine]
            frames = [f for f in frames if f not in routine]
            private = [f for f in frames if not (political(f.source) or political(f.target)) and
                       self.cameo.root(f.code) not in PRIVATE_OK_ROOTS and
                       f.refined_by not in PRIVATE_READINGS]
            rejected += [(f.match, "no political participant") for f in private]
            frames = [f for f in frames if f not in private]
            civic = [f for f in frames if self.cameo.root(f.code) in CIVIC_ROOTS and
                     civic_dyad(f, self.cameo.root(f.code))]
            if civic:
                story_words = ngrams([t for s in sents for t in s]) if story_words is None else story_words
                civic = [] if any(self.lex.in_class(w, CONFLICT_STORY) for w in story_words) else civic
            rejected += [(f.match, "help or praise among private people and charities at home, in peace")
                         for f in civic]
            frames = [f for f in frames if f not in civic]
            counsel = [f for f in frames if self.cameo.root(f.code) == "04" and own_counsel(f.target_tok)]
            rejected += [(f.match, "a client's consultation with his own lawyers ('met with his attorneys')")
                         for f in counsel]
            frames = [f for f in frames if f not in counsel]
            internal = [f for f in frames if self._staff_against_company(f, sent, actors)]
            rejected += [(f.match, "a company's staff against the company, no government concerned")
                         for f in internal]
            frames = [f for f in frames if f not in internal]
            roots = {self.cameo.root(f.code) for f in frames if f.match.context != "patient"}
            frames = [f for f in frames
                      if f.match.context != "patient" or self.cameo.root(f.code) not in roots]
            speakers: set[str] = set()  # one plain statement per speaker and sentence
            kept = []
            for f in frames:
                if plain_statement(f) and f.source is not None:
                    if f.source.code in speakers:
                        continue
                    speakers.add(f.source.code)
                kept.append(f)
            frames = kept
            told = [f for f in frames if tells_of_own_case(f, frames, self.cameo)]
            rejected += [(f.match, "the accusation is the arrest or charge it reports") for f in told]
            frames = [f for f in frames if f not in told]
            searches = [f for f in frames if search_that_seized(f, frames)]
            rejected += [(f.match, "a search whose finding the sentence tells: the seizure is coded")
                         for f in searches]
            frames = [f for f in frames if f not in searches]
            if len(frames) > 1:  # a plain statement gives way to the sentence's other events
                plain = [f for f in frames if plain_statement(f)]
                if len(plain) < len(frames):
                    rejected += [(f.match, "statement with a more specific event in its sentence")
                                 for f in plain]
                    frames = [f for f in frames if f not in plain]
            for frame in frames:  # a place tells the country of a group, not of a named person
                self._credit_the_announcer(frame, actors, focus)
                for role in ("source", "target"):
                    a = getattr(frame, role)
                    near = countries or (places if a and not a.person else set())
                    if a is not None and a.rule.startswith("implied:") and places:
                        near = places  # the police who arrest in Maryland are Maryland's, whoever they hold
                        scene = scene_country(frame.match.token, actors)
                        if scene in near:
                            near = {scene}  # "placed under US surveillance, was arrested in Ecuador"
                        elif len(near) > 1 and focus in near:
                            near = {focus}  # "of Torrance, California; … of Cambridge": the story's country
                    if role == "target" and (a is None or not a.person) and frame.source is not None and \
                            frame.source.country and force_on_people(frame, self.cameo.root(frame.code)):
                        struck = story_places(doc, actors) if struck is None else struck
                        where = sentence_places(sent, actors, outside=frame.source)
                        hit = struck_country(frame.source.country, where,
                                             Counter() if crime_at_home(frame.source) else struck)
                        near = hit or near
                        if a is None and len(hit) == 1 and hit != {frame.source.country}:
                            # "Israeli airstrikes repeatedly targeted its surroundings" in a story set in
                            # Gaza: the struck country, whoever in it was hit
                            a = struck_place(next(iter(hit)), frame.match.start)
                    other = frame.target if role == "source" else frame.source
                    acts = role == "source"
                    if countries and only_country_named(other, sent, actors, a, acts):  # "the army …
                        near = near - {other.country}  # is no Russian army: the state is its counterpart
                    if near and near <= _coordinated_countries(frame, role, actors):
                        near = set()  # "the minister met the Chinese envoy and the Japanese minister", "the
                        # law drew criticism from the EU and the United States": the other side's countries
                    if _foreign(getattr(frame, f"{role}_tok")) or \
                            (role == "target" and held_on_immigration_case(frame)):
                        continue  # "freed six foreign medical personnel", "arrested 40 people on immigration
                        # violations": not of the story's country
                    if role == "target" and frame.code.startswith("084") and frame.source is not None and \
                            frame.source.country and a is not None and not a.country:
                        near = {frame.source.country}  # "Cuba's decision to release political prisoners":
                        # the prisoners a state frees are its own, unless the sentence says whose
                    if near and here is not None and here not in near and \
                            only_other_bodies_country(near, sent, actors, a, frame):
                        near = set()  # "the governor called for calm after US DEA agents arrested the
                        # premier", in a story of the Virgin Islands: the islands' governor
                    told = _force_told_before(a, events, index) if not near else None
                    got = inherit_country(a, near, told or here)
                    if told is not None and got is not None and got is not a and got.country == told:
                        got = replace(got, rule=got.rule.replace("document-focus", "force-told-before"))
                    setattr(frame, role, got)
            repeated = self._repeated(frames)
            rejected += [(f.match, "the same act between the same parties, told twice in the sentence")
                         for f in repeated]
            frames = [f for f in frames if f not in repeated]
            share_conjunct_target(frames, self.cameo)
            for frame in frames:
                _visit_told_before(frame, events, index)
            coded = [self._event(frame, index, sent, document, actors, dates) for frame in frames]
            several.update(id(e) for f, e in zip(frames, coded, strict=True)
                           if f.target_tok is not None and len(with_conjuncts(f.target_tok)) > 1)
            home_visits.update(id(e) for f, e in zip(frames, coded, strict=True)
                               if home_visit(f, places, focus))
            events += coded
            self._report(misses, rejected, frames, index, document)
        blame_the_story_perpetrator(events, self.cameo)
        blame_the_charged(events, several)
        give_the_suspect_his_country(events)
        mark_the_convicted(events)
        # an event with a party missing is a near miss ("two were killed in a knife attack" is a crime report,
        # "the ministry rejected the plan" a rejection of whoever's plan the parse did not find)
        gaps = {id(e): why for e in events if (why := incomplete(e, self.one_party)) is not None and
                id(e) not in home_visits}
        if misses is not None:
            misses += [NearMiss(e.sentence_index, e.trigger.text, e.trigger.start, e.trigger.end, e.rule,
                                gaps[id(e)]) for e in events if id(e) in gaps]
        kept = [e for e in events if id(e) not in gaps]
        self.confidence.calibrate(kept)
        return kept

    def _told_before(self, frames: list[Frame], events: list[Event],
                     rejected: list[tuple[Match, str]], index: int) -> list[Frame]:
        """A definite noun act with no doer of its own ("the strike continued", "negotiations were ongoing",
        "the attack left one officer dead") is the same act the story told last between parties: its doers
        (and, with no one it names, their counterparts) are those of that act; with none told, an inquiry
        is that of the police or prosecutors who acted on the story's case (:func:`_case_authority`); else a
        near miss."""
        out: list[Frame] = []
        by_the_story = {SUED_BEFORE: self._sued_before, LIFTED: self._lifted_by_its_imposer,
                        TOLD_ACT: self._doer_of_the_act_answered,
                        ADDRESSED_BEFORE: partial(self._addressee_told_before, index=index)}
        for f in frames:
            resolve = by_the_story.get(f.refined_by)
            if resolve is not None:  # a lawsuit's defendant, a lifting's imposer: told earlier in the story
                got = resolve(f, events)
                if isinstance(got, str):
                    rejected.append((f.match, got))
                else:
                    out.append(got)
                continue
            if f.refined_by != ANTECEDENT:
                out.append(f)
                continue
            entry = f.match.entry
            roots = {self.cameo.root(entry.code)} | {self.cameo.root(r.code) for r in entry.refine}
            told = [e for e in events if e.root in roots and e.source is not None and e.target is not None
                    and e.modality in TOLD_AS_DONE]
            latest = told[-1] if told else None
            last = [e for e in told if (e.sentence_index, e.root) == (latest.sentence_index, latest.root)]
            readings: dict[tuple[str, str], Frame] = {}
            for e in last:
                code = f.code if self.cameo.root(f.code) == e.root else e.cameo
                # (its victim, named here, is of the country of the act's: "the attack left an officer dead")
                target = inherit_country(f.target, {e.target.country} - {None}, None) or e.target
                frame = self._accept(Frame(f.match, code, f.clause_verb, None, f.target_tok,
                                           replace(e.source), replace(target), ""))
                if not isinstance(frame, str):
                    readings.setdefault((frame.source.code, frame.target.code), frame)
            police = _case_authority(events) if not readings and roots == {"09"} else None
            if police is not None:  # "the investigation is continuing": the case's police (suspect: below)
                out.append(replace(f, source=replace(police), refined_by="story-police"))
                continue
            if not readings:
                rejected.append((f.match, "no doer named, nor the same act earlier in the story"))
            out += readings.values()
        return out

    def _sued_before(self, f: Frame, events: list[Event]) -> Frame | str:
        """A lawsuit whose sentence names no defendant ("Kim sued this week in federal court", "after the
        school filed its lawsuit") is aimed at the one party the story told the same plaintiff sued."""
        target = party_sued_before(f.source, *_suits_told(events))
        if target is None:
            return "no target actor, nor one party the story told the same plaintiff sued"
        return self._accept(replace(f, target=replace(target), refined_by=""))

    @staticmethod
    def _an_attack(tok: Token) -> bool:
        """The noun names an armed act of one side ("the attack", "the bombing", "these air strikes"; not "the
        war", "the verbal attack", "the strike" of workers)."""
        lemma = tok.lemma_.lower()
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
        if mods & UNARMED_ATTACKS:
            return False
        return lemma in TOLD_ATTACKS or (lemma == "strike" and bool(mods & ARMED_STRIKES))

    def _doer_of_the_act_answered(self, f: Frame, events: list[Event]) -> Frame | str:
        """A reaction whose sentence names no one but a definite act ("condemned the arrest", "welcomed the
        ruling") is aimed at whoever did that act as the story told it (:func:`doer_of_told_act`)."""
        act = told_act(f.match.token, self._an_attack)
        target = doer_of_told_act(act, f.source, events) if act is not None else None
        if target is None:
            return "no target actor, nor a doer of the act it answers told earlier in the story"
        return self._accept(replace(f, target=replace(target), refined_by=""))

    def _addressee_told_before(self, f: Frame, events: list[Event], index: int) -> Frame | str:
        """A rejection or an appeal of no sub-code whose sentence names no one ("Ruiz refused to take part",
        "he had asked for that stay"): a rejection answers whoever the story told, in this sentence or the
        ADDRESSEE_REACH before, asked, offered, ruled against or faulted the rejecter (:func:`accuser_of`); an
        appeal is made to whom the same party was told to ask (``index``: the frame's sentence)."""
        root = self.cameo.root(f.code)
        if root == "12":
            claims = [(e.sentence_index, e.root, e.source, e.target) for e in events]
            target = accuser_of(f.source, claims, index, ADDRESSEE_REACH, CLAIM_ROOTS | REQUEST_ROOTS)
        else:
            target = next((e.target for e in reversed(events) if e.sentence_index >= index - ADDRESSEE_REACH
                           and e.root == root and e.source is not None and e.target is not None and
                           e.modality in TOLD_AS_DONE and same_party(e.source, f.source)), None)
        if target is None:
            return "no sub-code and no addressee, nor one the story just told it answered or asked"
        return self._accept(replace(f, target=replace(target), refined_by=""))

    def _lifted_by_its_imposer(self, f: Frame, events: list[Event]) -> Frame | str:
        """An agentless lifting ("the curfew was lifted on Monday", "the restrictions were eased") is done by
        whoever the story last told imposed such a measure, on whom it was imposed (unless the sentence names
        them); with no such imposition told, a near miss."""
        imposed = [e for e in events if e.cameo.startswith(IMPOSED_BY_LIFT[f.code]) and
                   e.modality in TOLD_AS_DONE and e.source is not None and e.target is not None]
        if not imposed:
            return "no doer named, nor the imposition of what was lifted earlier in the story"
        last = imposed[-1]
        target = f.target if f.target is not None else last.target
        return self._accept(Frame(f.match, f.code, f.clause_verb, None, f.target_tok, replace(last.source),
                                  replace(target), LIFTED))

    def _mishap_story(self, sents: list[Span], index: int, story: set[str]) -> bool:
        """The story tells of an accident or a missing person and, so far, of no crime, or it says no crime
        is suspected: its police inquiry ("police are investigating", "police have identified the man who
        died in a sailing accident") is routine work, not an act against anyone (coding guide §7). The
        accident may be told after the inquiry ("Police are still investigating. 'It looks like it was just
        an unfortunate accident,' he said"); "no foul play" outweighs a word like "shooting". ``story``: the
        words and phrases of the whole story (:func:`ngrams`)."""
        if not any(self.lex.in_class(w, MISHAP_STORY_CLASSES) for w in story):
            return False
        if any(self.lex.in_class(w, NO_CRIME_CLASSES) for w in story):
            return True
        words = ngrams([t for s in sents[:index + 1] for t in s])
        return not any(self.lex.in_class(w, CRIME_STORY_CLASSES) for w in words - NEUTRAL_MATTERS)

    def _repeated(self, frames: list[Frame]) -> list[Frame]:
        """Frames that tell again an act of the sentence's earlier frame, the same root between the same
        actors ("Coker was arrested …, and Davis was arrested": two private persons, one act as an event
        records it; "they killed them, murdered them"): coded once, as GDELT counts such mentions as one
        event; so is "was arrested and charged", one case the police and the prosecution take up together.
        Two codes of one root that are not one the other's sub-code are two acts ("seized guns … and
        arrested 13 people": 1711 and 173), each coded."""
        out: list[Frame] = []
        for i, f in enumerate(frames):
            if f.source is None or f.target is None:
                continue
            root = self.cameo.root(f.code)
            told = next((g for g in frames[:i] if g not in out and g.source is not None and
                         g.target is not None and self.cameo.root(g.code) == root and
                         same_act_family(g.code, f.code) and
                         ((g.source.code, g.target.code) == (f.source.code, f.target.code) or
                          one_case(g, f))), None)
            if told is not None:  # the telling with the more specific code stays ("rallies to demand
                out.append(told if len(f.code) > len(told.code) else f)  # his ouster": 1411)
            elif f.match.entry.id == "appear-in-court" and any(
                    g is not f and g.code == "173" and g.target is not None and g.target.code == f.target.code
                    for g in frames):
                out.append(f)  # "was remanded in custody after appearing in court": the remand tells the case
            elif f.code == "116" and f.match.token.lemma_.lower() == "order" and \
                    any(g.code == "173" and g.source is not None and g.target is not None and
                        (g.source.code, g.target.code) == (f.source.code, f.target.code) for g in frames):
                out.append(f)  # "sentenced him to 15 years … and ordered him to attend classes": one ruling
        return out

    @staticmethod
    def _report(misses: list[NearMiss] | None, rejected: list[tuple[Match, str]], frames: list[Frame],
                index: int, document: Document) -> None:
        """Append the sentence's rejected triggers (not those coded after all) to ``misses``: each rejected
        reading of a word once ("called X an idiot" fails as a phone call and as name-calling for different
        reasons; both are told)."""
        if misses is None:
            return
        coded = {f.match.token.i for f in frames}
        seen: set[tuple[int, str]] = set()
        for m, why in rejected:
            if m.token.i in coded or (m.token.i, m.entry.id) in seen:
                continue
            seen.add((m.token.i, m.entry.id))
            misses.append(NearMiss(index, document.text[m.start:m.end], m.start, m.end, m.entry.rule, why))

    def _reciprocal(self, frames: list[Frame], actors: ActorLookup) -> list[Frame]:
        """"Morocco and Israel signed an agreement": each party is the other's target."""
        out: list[Frame] = []
        by_trigger: dict[int, list[Frame]] = {}
        for f in frames:
            by_trigger.setdefault(f.match.token.i, []).append(f)
        for group in by_trigger.values():
            untargeted = [f for f in group if f.target is None and f.source is not None]
            codes = {f.source.code for f in untargeted}
            if len(untargeted) >= 2 and len(codes) == len(untargeted) and \
                    self._mutual_code(group[0].code, group[0].match, group[0].clause_verb):
                for f in untargeted:
                    for g in untargeted:
                        if g is not f:
                            out.append(Frame(f.match, f.code, f.clause_verb, f.source_tok, g.source_tok,
                                             f.source, g.source, f.refined_by))
                out += [f for f in group if f not in untargeted]
            else:
                out += group
        return out

    def frames(self, sent: Span, actors: ActorLookup,
               rejected: list[tuple[Match, str]] | None = None) -> list[Frame]:
        nouns = self.finder.noun_matches(sent)
        verbs = self.finder.verb_matches(sent)
        idiomatic = self.finder.idiomatic(sent, nouns + verbs)
        if idiomatic:  # "took charge of the House", "came out fighting", "the Voyager space probe"
            if rejected is not None:
                rejected += [(m, "an idiom, not this act") for m in nouns + verbs if m.token.i in idiomatic]
            nouns = [m for m in nouns if m.token.i not in idiomatic]
            verbs = [m for m in verbs if m.token.i not in idiomatic]
        # (a charge is its own act besides the crime it names: "charged in the stabbing death of")
        # ("called off the protests": no light use, the noun's act is negated and the calling off may be a
        # yield of its own, halt-protests)
        consumed = {m.light_verb.i for m in nouns
                    if m.light_verb is not None and m.context not in ("alleged", OPENING, BORNE) and
                    particle(m.light_verb) != "off"}
        noun_heads = {m.token.i for m in nouns}
        frames: list[Frame] = []
        absorbed: set[int] = self._requested_acts(sent)
        coded: set[int] = set()
        # a phrase's inner verb is part of it: "tried to assassinate" is not also "assassinate"
        phrase_words = {w.i for m in verbs if m.entry.lemmas and len(m.words) > 1 for w in m.words[1:]}
        verbs = [m for m in verbs if m.token.i not in phrase_words or len(m.words) > 1]
        for m in verbs:
            if m.token.i in consumed or m.token.i in noun_heads or m.token.i in coded:
                continue
            frame = self._verb_frame(m, actors)
            if isinstance(frame, str):
                if rejected is not None:
                    rejected.append((m, frame))
                if m.entry.absorbs and frame.startswith(PARTIES_MISSING) and not is_passive(m.token) and \
                        self.cameo.root(m.entry.code) in ASKED_OR_THREATENED:
                    absorbed |= asked_content(m.token)  # "called on the UN to provide aid", no one resolved
                continue
            coded.add(m.token.i)
            frames.append(frame)
            if (is_passive(m.token) and passive_sides(frame)) or fired_both_ways(frame):
                frame.refined_by = BETWEEN  # the second side with the first (paired: no conjunct expansion)
                frames.append(Frame(m, frame.code, frame.clause_verb, frame.target_tok, frame.source_tok,
                                    frame.target, frame.source, BETWEEN))
            if frame.refined_by == "speech:dismissal":  # "said the demand was baseless": only the rejection
                absorbed |= dismissed_claim(m.token)
            if frame.refined_by == ADDRESSED_BEFORE:  # its addressee still to find: it absorbs as a near miss
                if m.entry.absorbs and not is_passive(m.token) and \
                        self.cameo.root(m.entry.code) in ASKED_OR_THREATENED:
                    absorbed |= asked_content(m.token)
            elif m.entry.absorbs:
                comp = complement_verb(m.token)
                if comp is not None:
                    absorbed |= {t.i for t in comp.subtree}
                for c in infinitives_of(m.token):  # "pleaded with Israel to allow aid in"
                    absorbed |= {t.i for t in c.subtree}
                held = object_heads(m.token)
                if m.entry.need_obj is not None:  # what the act is about: "her conviction was quashed"
                    held += [c for c in m.token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
                for o in held:  # not its relative clauses ("…, which she denies")
                    absorbed |= {t.i for t in o.subtree} - relative_clause_tokens(o)
                for c in conditions_of(m.token):  # "threatened to strike unless the PM resigned"
                    absorbed |= {t.i for t in c.subtree}
        for m in nouns:
            frame = self._noun_frame(m, actors)
            for other in m.alternatives if isinstance(frame, str) and frame.startswith(WRONG_DOER) else ():
                tried = self._noun_frame(other, actors)  # the same noun as another doer's act
                if not isinstance(tried, str):
                    frame = tried
                    break
            if isinstance(frame, str):
                if rejected is not None:
                    rejected.append((m, frame))
                continue
            frames.append(frame)
            if m.context == "between":  # and the second side against the first
                frames.append(Frame(m, frame.code, frame.clause_verb, frame.target_tok, frame.source_tok,
                                    frame.target, frame.source, frame.refined_by))
        # what one is accused of is coded (as alleged) only when it is violence, its agent named (guide §7,
        # alleged atrocities: a second entry besides the accusation): "Bassett is accused of stabbing him",
        # "Britain accused Russia of poisoning Skripal"; not "accused him of ignoring witness testimony", nor
        # the crime of a criminal charge ("prosecutors charged two men with robbing a store": the charge)
        alleged = [f for f in frames if (charge := _charge_of(f.clause_verb)) is not None and
                   (self.cameo.root(f.code) not in VIOLENT_ROOTS or _charged_in_court(charge))]
        if rejected is not None:
            rejected += [(f.match, "what someone is accused of, not violence") for f in alleged]
        frames = [f for f in frames if f not in alleged]
        # an event noun with its own relative clause ("an airstrike that killed …") is stated as a fact
        # (and the crime a suspect is charged in is his alleged act: "charged with murder in the beating of")
        inside = [f for f in frames if f.match.token.i in absorbed and
                  not (f.match.context == "alleged" and f.target is not None) and
                  not (f.match.context == "impact" and f.match.light_verb.dep_ == "relcl")]
        if rejected is not None:
            rejected += [(f.match, "content of a demand, threat or promise") for f in inside]
        frames = [f for f in frames if f not in inside]
        frames = self._merge_consequences(frames)
        return self._expand_and_dedupe(frames, actors)

    def _requested_acts(self, sent: Span) -> set[int]:
        """Tokens of what a plea, call or demand asks for: "met the Democrats' pleas to approve Ukraine
        funding" reports no approval (the infinitive may hang on the noun or on its verb)."""
        out: set[int] = set()
        for tok in sent:
            if tok.pos_ != "NOUN" or not self.lex.in_class(tok.lemma_.lower(), REQUESTS):
                continue
            infinitives = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VB"]
            if tok.dep_ == "dobj":
                infinitives += infinitives_of(tok.head)
            for c in infinitives:
                out |= {t.i for t in c.subtree}
        return out

    def _merge_consequences(self, frames: list[Frame]) -> list[Frame]:
        """"detonated a car bomb outside a hotel, killing several civilians", "violated the ceasefire by
        firing on Armenian positions": one violent act whose victims are the participle's object — not a
        second event."""
        by_token = {f.match.token.i: f for f in frames}
        out = []
        for f in frames:
            tok = f.match.token
            main = by_token.get(tok.head.i) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else \
                by_token.get(tok.head.head.i) if tok.dep_ == "pcomp" and tok.head.lower_ == "by" else None
            if main is None or main is f or f.source is None or main.source is None or \
                    f.source.code != main.source.code or \
                    not {self.cameo.root(f.code), self.cameo.root(main.code)} <= MILITARY_ROOTS:
                out.append(f)
                continue
            if f.target is not None and (main.target is None or main.target.rule == "place:country"):
                main.target_tok, main.target = f.target_tok, f.target
        return out

    # ---- codes --------------------------------------------------------------------------------
    def _context(self, m: Match, verb: Token, src_tok: Token | None, tgt_tok: Token | None,
                 source: Actor | None, comp: Token | None) -> Context:
        ctx = Context()
        held = list(object_heads(verb)) if verb.pos_ in ("VERB", "AUX") else []
        if is_passive(verb):  # "this has been ruled out by Mr Hunt": what was acted on is the subject
            subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            held += subjects + [through_quantity(c) for c in subjects]  # "thousands of X were expelled"
            if verb.dep_ in ("acl", "relcl"):  # "the diplomats being expelled", "Angolans that were expelled"
                held += [verb.head, through_quantity(verb.head)]  # (of "thousands of Angolans")
        for o in filter(None, held):  # with a name's entity type: "Angolans" are people of a nation
            # a named party's name is no kind of thing: "urged the Environmental Protection Agency to …"
            named = o == tgt_tok and o.pos_ == "PROPN"
            words = {o.lower_, o.lemma_.lower()} if named else noun_phrase_words(o)
            ctx.obj |= words | ({f"ent:{o.ent_type_.lower()}"} if o.ent_type_ else set())
        if m.context != "verb":
            ctx.obj |= noun_phrase_words(m.token)
        elif len(m.words) > 1:  # a phrasal verb's object after "at" or "against": "pushed back at the notion"
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in PHRASAL_OBJECT_PREPS:
                    ctx.obj |= set().union(*(noun_phrase_words(g) for g in c.children if g.dep_ == "pobj"))
        toks = clause_tokens(verb)
        if src_tok is not None:
            toks += [t for t in src_tok.subtree if t.i <= src_tok.i]  # not "backed by Russian air power"
            ctx.subj |= noun_phrase_words(src_tok)
        if tgt_tok is not None:
            toks += list(tgt_tok.subtree)
        if comp is not None:
            if not self._meets_a_standard(comp):
                ctx.comp.add(comp.lemma_.lower())
            if comp.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
                ctx.clause.add("that")
            # "walk out": the particle, or an adverbial "out" the parser read as a preposition
            prt = next((c.lower_ for c in comp.children if c.dep_ == "prt" or
                        (c.i == comp.i + 1 and c.lower_ in ADVERBIAL_PARTICLES)), None)
            if prt:
                ctx.comp.add(f"{comp.lemma_.lower()} {prt}")
            for o in object_heads(comp):
                ctx.comp_obj |= noun_phrase_words(o)
            toks += list(comp.subtree)
        ctx.any = ngrams(toks) | hyphenated_words(toks)  # "fired tear-gas canisters"
        if any(a_deed(c) for c in verb.children):
            ctx.any.add(DEED_OBJECT)  # "admitted making remarks", "admitted to taking the items"
        ctx.prep = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        ctx.lemma = {w.lemma_.lower() for w in m.words} | {" ".join(w.lemma_.lower() for w in m.words)}
        ctx.source_sector = {source.sector or ""} if source is not None else {""}
        return ctx

    def _meets_a_standard(self, comp: Token) -> bool:
        """"meet" of a thing one satisfies, no one met: "demanded that it meet its obligations"."""
        return comp.lemma_.lower() == "meet" and any(
            self.lex.in_class(o.lemma_, MET_STANDARDS) or self.lex.in_class(o.lower_, MET_STANDARDS)
            for o in object_heads(comp))

    def _refine(self, entry: Entry, ctx: Context) -> tuple[str, str]:
        return refine(entry, lambda key, names: context_holds(ctx, key, names, self.lex))

    def _accept(self, f: Frame, actors: ActorLookup | None = None) -> Frame | str:
        """The frame when it is an event, else the reason it is not (``actors`` lets a mutual act of
        several sources pass without a target: "Saudi Arabia and Iran met", each meets the other)."""
        if not self.cameo.is_code(f.code):
            return f"{f.code} is not a CAMEO code"
        if f.source is None and f.source_tok is not None and actors is not None and \
                self.cameo.root(f.code) in AUTHORITY_ROOTS:
            f.source = local_government(f.source_tok, actors)  # "Chicago imposed a curfew on alcohol sales"
        if f.target is None and f.source is not None:
            f.target = self._implied_target(f, actors)
        if f.source is not None and f.target is not None and f.source.code == f.target.code and \
                same_person(f.source, f.target):
            return "one person on both sides ('has made the criminal cases against him his argument')"
        mutual = actors is not None and f.target is None and self._mutual(f, actors)
        why = f.match.entry.rejection(bool(f.refined_by), f.source, f.target, reciprocal=mutual,
                                      agentless=f.agentless, verbal=f.refined_by == "sense:verbal")
        if why == "no target actor" and f.code == "115" and f.source is not None and not f.refined_by:
            return replace(f, refined_by=SUED_BEFORE)  # "Kim sued this week": whom the story told he sued
        if why == "no target actor" and f.source is not None and not f.refined_by and \
                f.match.context == "verb" and self.cameo.root(f.code) in FAULTED_ACT_ROOTS | ANSWERING_ROOTS \
                and told_act(f.match.token, self._an_attack) is not None:
            return replace(f, refined_by=TOLD_ACT)  # "condemned the arrest": whom the story told arrested
        if why == "no sub-code and no addressee" and f.source is not None and f.match.context == "verb" and \
                self._answers_or_asks_again(f):
            return replace(f, refined_by=ADDRESSED_BEFORE)  # "Ruiz refused to take part": whom the story told
        return why or f

    def _answers_or_asks_again(self, f: Frame) -> bool:
        """A rejection of no one of its own ("Ruiz refused to take part"; not "contradicted himself"), or an
        appeal for what the story told asked before ("had asked for that stay"; not "called for unity")."""
        verb = f.match.token
        if self.cameo.root(f.code) == "12":
            return not any(o.lower_ in REFLEXIVES for o in object_heads(verb))
        asked = object_heads(verb) + [o for _p, o in pobj_of(verb, frozenset({"for"}))]
        return self.cameo.root(f.code) == "02" and any(
            c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for o in asked for c in o.children)

    def _mutual_code(self, code: str, match: Match | None = None, verb: Token | None = None) -> bool:
        """A code of an act each party does to the other (meet, cooperate; not a one-way act among them), a
        fight whose very words make it mutual ("exchanged fire", "clashed"), or a truce made between its
        parties ("signed a ceasefire"; "the UK, US and France declared a ceasefire" together, not to each
        other)."""
        if match is not None and (" ".join(w.lemma_.lower() for w in match.words) in MUTUAL_FIGHTING or
                                  match.entry.id in SWAP_ENTRIES):
            return True
        if code in MUTUAL_TRUCES:
            return verb is not None and verb.lemma_.lower() in TRUCE_PACTS
        return self.cameo.root(code) in RECIPROCAL_ROOTS and code not in ONE_WAY

    def _mutual(self, f: Frame, actors: ActorLookup) -> bool:
        """A reciprocal act whose subject names two parties or more, states or persons ("Saudi Arabia and
        Iran", "Saudi and Iranian officials"): :meth:`_reciprocal` makes each the other's target."""
        if f.source_tok is None or not self._mutual_code(f.code, f.match, f.clause_verb):
            return False
        obj = direct_object(f.clause_verb)
        if f.match.entry.id == "support-diplomatic" and obj is not None and actors.for_token(obj) is None:
            return False  # "China and Russia support the improvement on the peninsula": not each other
        if f.match.entry.id == "speak-with" and not spoke_together(f.clause_verb):
            return False  # "German and French officials have spoken about the crisis": not to each other
        sat = " ".join(w.lemma_.lower() for w in f.match.words) == "sit down"
        if sat and not self._sat_together(f.clause_verb):
            return False  # "told Habba and Kise to sit down": a posture, not a meeting of the two
        if self.cameo.root(f.match.entry.code) == "04" and any(
                p.dep_ == "prep" and p.lower_ == "with" and any(
                    o.dep_ == "pobj" and o.lower_ not in ("other", "another") and actors.for_token(o) is None
                    for o in p.children) for w in f.match.words for p in w.children):
            # "China and Russia will keep in touch with other stakeholders": with them, not with each other
            return False
        named = [actors.for_token(t) for t in with_conjuncts(f.source_tok)]
        named += [a for _, a in split_coordinated_countries(f.source_tok, f.source, actors)]
        parties = {a.code for a in named if a is not None and (a.country or a.person)}
        return len(parties) >= 2  # named parties, not "manufacturers and regulators must work together"

    def _sat_together(self, verb: Token) -> bool:
        """Parties who "sat down" together, for a meeting or to talk ("sat down for talks", "sat down
        together", "sat down to negotiate"); a bare "sit down" is a posture ("told them to sit down")."""
        for c in verb.children:
            talking = c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in TALK_VERBS
            if c.lower_ == "together" or talking:
                return True
            if c.dep_ == "prep" and c.lower_ in ("for", "at") and any(
                    self.lex.in_class(o.lemma_.lower(), MEETING_OCCASIONS) or o.lower_ == "table"
                    for o in c.children if o.dep_ == "pobj"):
                return True
        return False

    @staticmethod
    def _source_actor(src_tok: Token | None, actors: ActorLookup) -> Actor | None:
        """The actor of a source token, or the author of a document speaking as one ("the lawsuit claims"),
        else of a conjunct of it ("Advocates and Republican lawmakers criticised …": the lawmakers)."""
        if src_tok is None:
            return None
        named = next((c for c in src_tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        # "the vet, Crystal Heath, urged": the description is no actor, the name is
        report = it_antecedent(src_tok, main=True)  # "The report contains … It recommends …": its author
        if report is not None and report.lemma_.lower() in REPORTS and report.dep_ != "dobj":
            author = document_author(report, actors)
            if author is not None:
                return author
        return actors.for_token(src_tok) or (named is not None and actors.for_token(named)) or \
            document_author(src_tok, actors) or body_leader(src_tok, actors) or \
            next((a for c in src_tok.conjuncts if (a := actors.for_token(c)) is not None), None) or \
            next((a for c in listed_members(src_tok) if (a := actors.for_token(c)) is not None), None)

    def _expand_and_dedupe(self, frames: list[Frame], actors: ActorLookup) -> list[Frame]:
        out: list[Frame] = []
        for f in frames:
            sources = [(f.source_tok, f.source)]
            targets = [(f.target_tok, f.target)]
            if f.refined_by == BETWEEN:  # its two sides are each other's conjuncts: already paired
                out.append(f)
                continue
            if f.source_tok is not None and f.source_tok.conjuncts:
                sources = [(t, actors.for_token(t)) for t in with_conjuncts(f.source_tok)]
                sources = [(t, a) for t, a in sources if a is not None] or [(f.source_tok, f.source)]
            elif f.source_tok is not None and actors.for_token(f.source_tok) is None and \
                    (listed := _listed_actors(f.source_tok, actors)):
                sources = listed  # "several countries — Austria, Slovakia and Greece — declined": each did
            elif f.source_tok is not None and (pair := _pair_of(actors, f.source_tok)):
                sources = [(f.source_tok, a) for a in pair]  # "Both accused Egypt": each of the two did
            if f.target_tok is not None and f.target_tok.conjuncts:
                targets = [(t, self._actor_or_place(t, actors)) for t in with_conjuncts(f.target_tok)]
                targets = [(t, a) for t, a in targets if a is not None] or [(f.target_tok, f.target)]
                allowed = f.match.entry.target_sectors
                if allowed is not None and f.refined_by != "sense:verbal":  # the entry's own limit, per party
                    targets = [(t, a) for t, a in targets if (a.sector or "") in allowed] or \
                        [(f.target_tok, f.target)]  # ("worked with the ministry and industry groups")
            sources = [x for st, sa in sources for x in split_coordinated_countries(st, sa, actors)]
            targets = [x for tt, ta in targets for x in split_coordinated_countries(tt, ta, actors)]
            for st, sa in sources:
                for tt, ta in targets:
                    out.append(Frame(f.match, f.code, f.clause_verb, st, tt, sa, ta, f.refined_by,
                                     f.agentless))
        kept = best_readings(out, lambda f: f.clause_verb.i, _specificity, self.cameo.root)
        return sorted(kept, key=lambda f: f.match.token.i)

    def _credit_the_announcer(self, f: Frame, actors: ActorLookup, focus: str | None) -> None:
        """An agentless act announced by an authority is its act ("three were arrested, federal authorities
        announced"), before the sentence's countries are inherited."""
        unknown = f.source is None or f.source.rule.startswith("implied:")
        if not (f.agentless and unknown) or self.cameo.root(f.code) in NOT_ANNOUNCERS_OWN or \
                f.code in NOT_ANNOUNCERS_OWN_CODES:
            return
        said_by = mod.detect(f.clause_verb, f.match.token).reporter
        reporter = actors.for_token(said_by) if said_by is not None else None
        if reporter is None or (reporter.sector or "")[:3] not in AUTHORITIES:
            return
        if self.cameo.root(f.code) in VIOLENT_ROOTS and f.target is not None and \
                (f.target.sector or "")[:3] in ARMED_STATE_SECTORS and \
                f.target.country in (reporter.country, None):
            return  # "nine soldiers were attacked, the minister said": its own forces, not its act
        if self.cameo.root(f.code) in VIOLENT_ROOTS and (reporter.sector or "")[:3] in LAW_ENFORCEMENT and \
                f.target is not None and (f.target.sector or "")[:3] in SUSPECTS:
            return  # "a city man was shot in an attempted robbery, police said": a crime the police report
        where = sentence_places(f.clause_verb.sent, actors)
        if where and (reporter.country or focus) not in where and (reporter.sector or "")[:3] != "MIL":
            # (unknown: the place's police did it; an army reports what its troops did where they went)
            return  # "the premier was detained in Miami," the governor said: not the governor's act
        f.source = replace(reporter, rule=f"{reporter.rule}+announcer")

    # ---- events -------------------------------------------------------------------------------
    def _event(self, f: Frame, index: int, sent: Span, document: Document, actors: ActorLookup,
               dates: list[DateMention]) -> Event:
        m = f.match
        own = m.entry.modality if m.entry.modality != mod.THREAT or self.cameo.root(f.code) == "13" else None
        modal = mod.detect(f.clause_verb, m.token, own_modality=own)
        if f.refined_by == PUBLIC_ASKED_TO_CALL and modal.value == mod.HYPOTHETICAL:
            # "anyone with information should call police": the modal is the appeal's, which is made
            modal = replace(modal, value=mod.ASSERTED, reason="an appeal to the public")
        if m.entry.id in DENIAL_IS_THE_ACT and modal.value == mod.NEGATED and \
                modal.reason == "negation in clause":  # "would not comment": the refusal is told as done
            modal = replace(modal, value=mod.ASSERTED, reason="a comment withheld ('would not comment')"
                            if m.entry.id == WITHHELD_COMMENT else "displeasure told ('was not happy with')")
        if self.cameo.root(f.code) in ASKING_ROOTS and _planned_request(f.clause_verb, modal):
            modal = replace(modal, value=mod.HYPOTHETICAL, reason=f"a request planned, not yet made "
                                                                  f"('{f.clause_verb.head.text} to ask')")
        reporter = actors.for_token(modal.reporter) if modal.reporter is not None else None
        own_side = _own_side(reporter, f.source)
        held_out = own_side and self.cameo.root(f.code) in HELD_OUT_ROOTS and _held_out(f, actors)
        settled = settle(self.lex, f.code, f.refined_by, modal.value, reporter, f.source,
                         lambda: modal.reporter is not None and mod.unverified_nearby(sent),
                         reported_future=modal.reason == mod.REPORTED_FUTURE, own_side=own_side,
                         held_out=held_out)
        source = f.source
        if held_out and settled.modality == mod.THREAT and reporter is not None and f.source is not None and \
                reporter.code != f.source.code:  # "the minister said police would arrest them if …": hers
            source = reporter
        date, date_text = self._date(f, sent, document, dates)
        rule = m.entry.rule + (f"[{settled.refined}]" if settled.refined else "") + f"/{m.context}"
        return make_event(
            document, self.cameo, sentence_index=index, sentence=sent.text.rstrip(), code=settled.code,
            source=source, target=f.target, trigger=(m.start, m.end), settled=settled, reason=modal.reason,
            date=date, date_text=date_text,
            confidence=0.0, rule=rule)  # (set for the document's events together: ConfidenceModel)

    def _date(self, f: Frame, sent: Span, document: Document,
              dates: list[DateMention]) -> tuple[dt.date | None, str | None]:
        in_sent = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.date is not None]
        if in_sent:
            clause = {t.idx for t in clause_tokens(f.clause_verb)} | {t.idx for t in f.match.token.subtree}
            # a relative clause of a noun trigger ("an airstrike that killed … on September 17")
            for c in f.match.token.children:
                if c.dep_ in ("relcl", "acl"):
                    clause |= {t.idx for t in c.subtree}
            own = [d for d in in_sent if any(d.start <= i < d.end for i in clause)]
            if own:
                best = min(own, key=lambda d: abs(d.start - f.match.start))
                return best.date, best.text
        return document.published, None


MET_STANDARDS = frozenset({"met_standards"})  # the word class of things one "meets" that are no one
#: what parties sit down to do together ("sat down to negotiate")
TALK_VERBS = frozenset({"talk", "negotiate", "discuss", "confer", "meet"})
#: roots of a hostile act whose doer's side, holding it out, threatens it (see core.THREAT_OF)
HELD_OUT_ROOTS = frozenset({"14", "16", "17", "18", "19", "20"})


#: how many sentences back the story may have told whom a rejection or an appeal naming no one answers or asks
ADDRESSEE_REACH = 6
#: roots of a request, an appeal (02) or a demand (10), that is made only once it is voiced
ASKING_ROOTS = frozenset({"02", "10"})


#: rejections of an appeal, a demand or a threat for its parties, not its sense: what it asks for or threatens
#: is still not an act that happened (a stated plan or agreement is: news-gold codes "agreed to drop the
#: charges" 080, "planning to launch protest rallies" 141)
PARTIES_MISSING = ("no source actor", "no target actor", "no sub-code and no addressee",
                   "no political participant")
ASKED_OR_THREATENED = frozenset({"02", "10", "13"})


def asked_content(verb: Token) -> set[int]:
    """Tokens of the infinitive an appeal, demand or threat governs ("called on the UN organizations to
    continue to provide aid", "vowed to fight"): the act asked for or threatened, not one that happened;
    not its clauses with a subject of their own ("urged them to listen to the chefs who have lobbied against
    it", "want the talks to focus on it as they work together with Germany": told as done)."""
    comps = [c for c in (complement_verb(verb),) if c is not None and c.tag_ == "VB"]
    comps += infinitives_of(verb)
    inside = {t.i for c in comps for t in c.subtree}
    told = {u.i for c in comps for t in c.subtree
            if t.dep_ == "relcl" or (t.dep_ == "advcl" and first_child(t, "nsubj", "nsubjpass") is not None)
            for u in t.subtree}
    return inside - told


def _planned_request(clause_verb: Token, modal: mod.Modality) -> bool:
    """"He plans to ask the judge to …", "she intends to ask officials to …": a request the speaker means
    to make is not made yet (on news-gold dev, 2 of the 3 the coder made were not gold events); "will ask
    Congress on Monday", a scheduled one, stays ``future``."""
    return modal.value == mod.FUTURE and clause_verb.dep_ == "xcomp" and \
        clause_verb.head.lemma_.lower() in mod.INTENT_VERBS


def _own_side(reporter: Actor | None, doer: Actor | None) -> bool:
    """The speaker tells what its own side will do: itself ("Beijing said it would fight back"), or a
    minister of what the state's police or army will do; not "analysts said Russia would attack"."""
    if reporter is None or doer is None:
        return False
    if same_party(reporter, doer):
        return True
    r, d = (reporter.sector or "")[:3], (doer.sector or "")[:3]
    return reporter.country == doer.country and r in STATE_SIDE and d in STATE_SIDE and \
        (bool(reporter.country) or r == "GOV")


def _held_out(f: Frame, actors: ActorLookup) -> bool:
    """A hostile act held out to its target, not announced: on a condition the target's own conduct meets
    ("would detain journalists if they publish", "would ban the party if it continued its campaign"), or as
    what one could do ("could suspend relations"). Not on another party's conduct ("Putin said Russia would
    attack Ukraine if NATO expanded": a deterrent told of, whom it is held out to not the one struck)."""
    verb = f.clause_verb
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "could" in aux and not is_passive(verb):  # (not "more people could be charged, the police said")
        return True
    if not aux & {"would", "will", "'ll"} or f.target is None:
        return False
    for c in verb.children:
        if c.dep_ != "advcl" or \
                not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            continue
        who = subject(c)
        if who is not None and (who.lower_ in ("they", "he", "she", "it") or
                                ((a := actors.for_token(who)) is not None and same_party(a, f.target))):
            return True
    return False


def _coordinated_countries(frame: Frame, role: str, actors: ActorLookup) -> set[str]:
    """The countries of the other side of an act, when it is several coordinated parties: they tell who was
    on that side, not the country of this one (no single party's country is the ``role``'s for that)."""
    tok = frame.target_tok if role == "source" else frame.source_tok
    own = frame.source_tok if role == "source" else frame.target_tok
    if tok is None or not tok.conjuncts:
        return set()
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    parties = with_conjuncts(tok)
    if own is not None and own in parties:
        return set()  # a reciprocal pair ("the government and the rebels began talks"): each is the other's
    named = [actors.for_token(t) for t in parties]
    return {a.country for a in named if a is not None and a.country} if len(named) > 1 else set()


def _listed_actors(tok: Token, actors: ActorLookup) -> list[tuple[Token, Actor]]:
    """The actors of the named members a plural noun lists (:func:`listed_members`), when there are two."""
    listed = [(t, a) for t in listed_members(tok) if (a := actors.for_token(t)) is not None]
    return listed if len(listed) >= 2 else []


def _pair_of(actors: ActorLookup, tok: Token) -> list[Actor] | None:
    """The two parties a subject such as "both" or "the two sides" stands for (actor stages that know)."""
    pair_of = getattr(actors, "pair_of", None)
    return pair_of(tok) if pair_of is not None else None


def _charge_of(verb: Token) -> Token | None:
    """The accusing verb whose "of / with / for" names ``verb`` as the conduct charged, or one of several
    conducts ("convicted of insulting the president and defaming an agency": both are the charge's content);
    None when ``verb`` is no such content (not "charged after being …")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB" and verb.tag_ == "VBG":
        verb = verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "with", "for") and \
            verb.head.head.lemma_.lower() in ACCUSING_VERBS:
        return verb.head.head
    return None


def _charged_in_court(verb: Token) -> bool:
    """"prosecutors charged two men with robbing a store": a criminal charge in the active voice, whose
    crime is not coded besides the charge ("he is charged with stabbing him" tells the suspect's act)."""
    return verb.lemma_.lower() in ("charge", "indict") and not is_passive(verb)


#: state forces a bare noun names again in the next sentence ("police … police shot the attacker")
TOLD_FORCES = frozenset({"COP", "MIL"})


def _suits_told(events: list[Event]) -> tuple[list[tuple[str, Actor | None, Actor | None]], list[Actor]]:
    """The acts the story told as done, as (code, source, target), and the parties a court cleared of a
    case's claims ("a judge dismissed all claims against the department"): who may have been sued."""
    told = [e for e in events if e.modality in TOLD_AS_DONE]
    return [(e.cameo, e.source, e.target) for e in told], \
        [e.target for e in told if e.rule.startswith("verb:dismiss-case") and e.target is not None]


def _force_told_before(a: Actor | None, events: list[Event], index: int) -> str | None:
    """The country of the police or troops the sentence before gave a country ("A gunman opened fire on
    police on the Champs-Elysees. … police shot and killed the attacker": France's, in a Kentucky story)."""
    sector = (a.sector or "")[:3] if a is not None and not a.country and not a.person else ""
    if sector not in TOLD_FORCES:
        return None
    found = {x.country for e in events if e.sentence_index == index - 1 for x in (e.source, e.target)
             if x is not None and x.country and (x.sector or "")[:3] == sector}
    return next(iter(found)) if len(found) == 1 else None


def _visit_told_before(f: Frame, events: list[Event], index: int) -> None:
    """A visit named with its visitor and no destination ("Essid's 2015 visit came amid …") is the visit the
    story told just before by the same visitor ("Essid visited NATO headquarters"): its host is the target."""
    if f.target is not None or f.source is None or f.code != "042" or f.match.entry.id != "visit":
        return
    told = [e for e in events if e.cameo == "042" and e.target is not None and e.source is not None and
            e.source.code == f.source.code and e.source.person == f.source.person and
            index - e.sentence_index <= 2 and e.modality in TOLD_AS_DONE]
    if told:
        f.target = replace(told[-1].target)


def _case_authority(events: list[Event]) -> Actor | None:
    """Who last investigated, arrested or charged in the story ("police arrested two men … the investigation
    is continuing": theirs), when an inquiry names no doer; none in a story of no police or court act."""
    cases = [e for e in events if e.root in ("09", "17") and e.modality in TOLD_AS_DONE and
             policing_body(e.source)]
    return cases[-1].source if cases else None


def fired_both_ways(f: Frame) -> bool:
    """A fight whose words make it mutual, told with one side as subject and the other after "with"
    ("police exchanged fire with the gunmen", "the suspect traded gunfire with deputies"): each side fired at
    the other (coding guide: fighting in both directions, one entry per side); protesters clashing with
    police riot (145), one way, and police clashing with protesters or civilians use force on them alone."""
    words = " ".join(w.lemma_.lower() for w in f.match.words)
    if words in CLASHES and f.target is not None and (f.target.sector or "")[:3] in UNARMED_SECTORS:
        return False
    return words in MUTUAL_FIGHTING and f.code[:2] == "19" and f.source is not None and \
        f.target is not None and f.target_tok is not None and f.target_tok.dep_ == "pobj" and \
        f.target_tok.head.lower_ == "with" and f.source.code != f.target.code


def passive_sides(f: Frame) -> bool:
    """A passive act whose two sides are the parties after "between" ("ties between Cuba and the US were
    restored"): the verb frame's source is the first of them and its target the second."""
    src, tgt = f.source_tok, f.target_tok
    return src is not None and tgt is not None and src.dep_ == "pobj" and src.head.lower_ == "between" and \
        tgt in src.conjuncts


def _coordinated(a: Token, b: Token) -> bool:
    """Two verbs coordinated under one subject ("cut ties with Cuba and imposed an embargo"): one is the
    other's conjunct and the later has no subject of its own."""
    first, second = (a, b) if a.i < b.i else (b, a)
    return second.dep_ == "conj" and second.head == first and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)


def share_conjunct_target(frames: list[Frame], cameo: CameoTable) -> None:
    """An act that names no one, coordinated with another act of the same doer and root that does, is aimed
    at the same party: "the US cut ties with Cuba and imposed an embargo" (on Cuba), "police arrested the
    man and seized drugs" (his); not across roots ("gunmen breached the border and murdered 1,400 people":
    the breach defies no one of them)."""
    for f in frames:
        if f.target is not None or f.source is None:
            continue
        sib = next((g for g in frames if g is not f and g.target is not None and g.source is not None and
                    (g.source.start, g.source.end) == (f.source.start, f.source.end) and
                    _coordinated(f.clause_verb, g.clause_verb) and
                    cameo.root(g.code) == cameo.root(f.code)), None)
        if sib is not None:
            f.target = replace(sib.target, rule=f"{sib.target.rule}+conjunct-act")
