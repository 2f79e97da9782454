"""Speech, judgement and accusation frames: what a speaker says of whom."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.enrich.quote_marks import FIRST_PERSON, QUOTE_MARKS
from tacitus.events import modality as mod
from tacitus.events.coder.clauses import (
    APPEALS_OF_A_MEASURE,
    COERCIVE_ROOTS,
    COOPERATIVE_ROOTS,
    agent_of,
    aimed_at,
    credited,
    critic,
    flatly_said,
    held_view,
    in_hindsight,
    judgeable,
    law_enforcement,
    negated_phrases,
    of_a_course_no_one_takes,
    of_a_third_party,
    of_nobody_named,
    of_the_speaker,
    or_else,
    owned_by_pronoun,
    same_one,
    will_not,
)
from tacitus.events.coder.clues import (
    _doers,
    _outlook,
    denied_word,
    judged_in_clause,
    virtue_denied,
)
from tacitus.events.coder.frame import (
    ALLEGING,
    AUTHORITIES,
    CAN_OR_SHOULD,
    CAUSING,
    CLAIMS,
    COMPLAINT,
    CONTACT_VERBS,
    CONTRABAND,
    DEED_OBJECT,
    DEMANDING,
    DENIED_VIRTUES,
    DISMISSIVE,
    DROPPED_CASES,
    FALLING_SHORT,
    GENERIC_PEOPLE,
    HARMING,
    HARMS,
    HOSTILE_ROOTS,
    JUDGING_CLASSES,
    MAY_CALL,
    MEASURES_JUDGED,
    MISHAP_CLASSES,
    NOT_DEEDS,
    OWNED_OFFENCES,
    POLICE_HEARERS,
    PUBLIC_ASKED_TO_CALL,
    PUBLIC_MEASURES,
    QUIET_SECTORS,
    RECORD_KEEPERS,
    RECORDS_ON_FILE,
    SPEAKING,
    SPEECH_ACCUSING,
    SPEECH_APPROVING,
    SPEECH_DISPARAGING,
    STATE_SECTORS,
    SUSPECTING,
    SUSPECTS,
    TIP_LINES,
    TURNED_DOWN,
    UNWARRANTED,
    URGING,
    VICTIMS,
    WITNESS_CLUES,
    WRONGDOING_CLASSES,
    Frame,
)
from tacitus.events.coder.verbal import authored
from tacitus.events.roles import (
    ActorLookup,
    implied,
    implied_civilians,
    implied_government,
    inherit_country,
    object_owner,
    political,
    public_service,
    same_party,
    through_quantity,
)
from tacitus.events.speech import (
    content_actor_tokens,
    content_of,
    content_tokens,
    content_words,
    names_a_matter,
    quote_continuation,
)
from tacitus.events.syntax import (
    agent,
    first_child,
    is_passive,
    pobj_of,
    subject,
    to_infinitive,
    with_conjuncts,
)
from tacitus.events.triggers import VIOLENT_ROOTS, Context, Match, object_heads
from tacitus.model import Actor


def _done_to(tok: Token) -> bool:
    """The object of an infinitive that tells what a judged thing is for ("called the tariffs the dumbest
    way to punish China"): the one the act is done to, not whose act is judged."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and \
        to_infinitive(verb)


def _frame_or_none(accepted: Frame | str) -> Frame | None:
    """What ``_accept`` returns, as a frame or None: a rejection's reason (a str) is no frame."""
    return accepted if isinstance(accepted, Frame) else None


class SpeechFrames:
    """EventCoder's speech, judgement and accusation frames."""

    def _speech_frame(self, m: Match, actors: ActorLookup, said: Token | None = None) -> Frame | str:
        """"X said …": X's statement, criticism or accusation (see tacitus.events.speech); ``said`` is the
        second part of a quote split by the speech clause, read when the first part judges no one."""
        verb, entry = m.token, m.entry
        first = agent(verb) if is_passive(verb) else subject(verb)
        src_tok = speaker_after_content(verb, first) if first is not None else None
        fronted = first if first is not src_tok else None  # the content's subject, parsed as the verb's
        src_tok = through_quantity(src_tok) if src_tok is not None else None  # "dozens of MPs said"
        source = self._source_actor(src_tok, actors)
        if source is None:
            return "no source actor"
        if entry.id == "police-belief" and mod.detect(verb, verb).value not in (mod.ASSERTED, mod.CLAIMED):
            return "a belief not told as held ('it was unclear if police believed …')"
        if src_tok.lemma_.lower() in RECORDS_ON_FILE and (source.sector or "")[:3] in RECORD_KEEPERS:
            return "a record's account is attribution ('Smith sliced his arm, the police report stated')"
        content = held_view((content_of(verb) or fronted) if said is None else said)
        against_the_state = self._alleges_against_the_state(verb, content, actors)
        # a company's, a school's or a hospital's words about a political actor ("the insurer said the
        # ministry misled its customers"): read, but judging only such an actor (a private person's not)
        institution = (source.sector or "")[:3] in INSTITUTIONS and not critic(source) and \
            not against_the_state and content is not None and source.person is None and \
            src_tok.lemma_.lower() not in THEIR_PEOPLE  # the body, not "professors said"
        at_politics = institution and self._names_politics(verb, content, source, actors)
        measure = institution and self._names_a_measure(verb, content)  # "said the new rules were unfair"
        if source.sector in QUIET_SECTORS and (source.person is None or source.sector in MUTE_PERSONS) and \
                not public_service(source) and not against_the_state and not at_politics and not measure:
            return f"a statement by {source.sector} is not a political act"
        code, why, tgt_tok, target = entry.code, "", None, None
        if content is not None:
            words = content_words(content, verb)
            words -= {w for t in content_tokens(content, verb) if denied_word(t) or self._judges_a_mishap(t)
                      for w in (t.lemma_.lower(), t.lower_)}  # "there was no malicious intention"
            words -= negated_phrases(content, verb)  # "said the ministry was not in breach of the law"
            modals = {c.lower_ for c in content.children if c.dep_ == "aux"}
            # what the content does to whom it names, read off its words first (cheap), the actor after
            dismisses = self._dismisses_claims(content, words)
            claimant = self._claimant(content, source, actors) if dismisses else None
            if claimant is not None:  # "says Biden's joke about him is a bunch of malarkey": a rejection
                reading = None
                code, why, (tgt_tok, target) = "120", "speech:dismissal", claimant
            elif (verb.lemma_.lower() in ALLEGING and self._of_another(verb, content, source, actors)) or \
                    any(self.lex.in_class(w, SPEECH_ACCUSING) for w in words):
                reading = ("112", "speech:accusing", False)
            elif any(self.lex.in_class(w, SPEECH_DISPARAGING) for w in words) or \
                    any(self._denies_a_virtue(t) for t in content_tokens(content, verb)):
                reading = ("111", "speech:disparaging", False)
            elif any(self.lex.in_class(w, SPEECH_APPROVING) for w in words):
                reading = ("051", "speech:approving", False)  # "said the firefighters were heroic"
            elif modals & DEMANDING and or_else(content):
                reading = ("130", "speech:must-or-else", True)  # "said Uber must cease or face action"
            elif modals & DEMANDING:
                reading = ("100", "speech:must", True)  # "said Congress must act"
            elif in_hindsight(content, modals):
                reading = ("111", "speech:should-have", True)  # "said Ottawa should have acted sooner"
            elif modals & URGING:
                reading = ("020", "speech:should", True)  # "said the board should reconsider"
            else:
                reading = None
            hits: list[Token] = []
            if reading is not None and (political(source) or (not reading[2] and critic(source)) or
                                        against_the_state or at_politics):
                # criticism from a named or described critic (not "critics say"); demands only from politics
                hits = [] if reading[2] else self._judging_words(content_tokens(content, verb), reading[0])
                # the doer a judging noun names comes first: "condemn the sexual violence of Hamas"
                nouns = [] if reading[2] else self._judging_nouns(content_tokens(content, verb), reading[0])
                doers = [d for n in nouns for d in _doers(n)]
                for t in doers + content_actor_tokens(content, verb):
                    if reading[2] and (t.dep_ not in ("nsubj", "nsubjpass") or t.head != content) and \
                            not (reading[1] == "speech:should-have" and agent_of(t, content)):
                        continue  # a demand or an appeal is made of the subject of the clause with "must"
                        # (fault found in hindsight, of its doer too: "should have been made by the staff")
                    if hits and not judged_in_clause(t, hits):
                        continue  # "X said Thomas assured him that Y was the victim of a pernicious attempt"
                    if hits and _a_label(t, hits):
                        continue  # "operations against terrorists": a label used to refer, not a charge made
                    if not reading[2] and (aimed_at(t) or credited(t)):
                        continue  # "a confrontational approach toward Russia": Russia is what it aims at
                    a = self._actor_or_place(t, actors)
                    if not judgeable(a, source, demand=reading[2]):
                        continue  # "exploit people from vulnerable communities"; the press is criticised
                    if at_politics and not political_target(a):
                        continue  # a firm on its rivals or its staff: company business
                    tgt_tok, target = t, a
                    code, why = reading[0], self._with_word(reading, hits, words)
                    break
            if target is None and reading is None and not dismisses and critic(source):
                blamed = self._blamed(content, verb, source, actors)
                if blamed is not None:  # "Trump says China's trade practices have caused factories to close"
                    (tgt_tok, target), code, why = blamed, "111", "speech:blame"
            if target is None and dismisses:
                code, why = "120", "speech:dismissal"  # "said the allegations were baseless"
            elif target is None and reading is not None and reading[1] in APPEALS_OF_A_MEASURE and \
                    political(source) and _all_sides(content):
                code, why = "020", f"{reading[1]}+all-sides"  # "said all sides should show restraint"
            elif target is None and reading is not None and reading[1] in APPEALS_OF_A_MEASURE and \
                    (critic(source) or measure) and of_nobody_named(content, actors):
                # "the union said the requirements should be removed from the law": an appeal for a public
                # measure, made of the speaker's government (coding guide: implicit addressee)
                target = implied_government(source, "02", verb.idx)
                if target is not None:
                    code, why = "020", f"{reading[1]}+measure"
            elif target is None and not dismisses and self._falls_short(content, actors) and \
                    (political(source) or critic(source) or measure):
                # "the union says the programme won't halt the exodus": the measure judged, its author blamed
                target = self._measure_author(content, verb, source, actors)
                if target is not None:
                    code, why = "111", "speech:falls-short"
            elif target is None and reading is not None and reading[1] == "speech:should-have" and \
                    political(source) and of_nobody_named(content, actors):
                # "said problems should have been fixed much earlier": the fault of whom the story is on
                target = self._discussed_actor(verb, source, actors)
                if target is not None:
                    code, why = reading[0], f"{reading[1]}+topic"
            elif target is None and reading is not None and \
                    (reading[0] == "111" or (reading[0] == "112" and law_enforcement(source))) and \
                    (critic(source) or measure) and \
                    not any(credited(t) for t in content_tokens(content, verb)) and \
                    any(flatly_said(w, content, self._denies_a_virtue(w)) and
                        not of_the_speaker(w, content, source, actors) and not of_a_course_no_one_takes(w)
                        for w in self._judging_terms(content_tokens(content, verb), reading[0], denied=True)):
                tgt_tok, target = None, None
                if not self._of_mishap(content_tokens(content, verb)) and not institution:
                    target = self._discussed_actor(verb, source, actors)  # not "a factor in the crash"
                if reading[0] == "112" and not _a_suspect(target):
                    target = None  # the police's account of an offence accuses the story's suspect only
                if target is None and reading[0] == "111" and \
                        (source.sector or "")[:3] not in STATE_SECTORS and \
                        (self._judges_a_measure(verb) or measure):  # "said the new tax was a disaster"
                    target = implied("GOV", source.country, verb.idx, "government-measure")
                if target is not None:  # "“This is totally unacceptable,” the committee says" (praise
                    # of no one named is not guessed: on news-gold dev 0 of 3 such guesses were right)
                    code, why = reading[0], self._with_word((reading[0], f"{reading[1]}+topic"),
                                                            hits, words)
        elif first_child(verb, "dative", "dobj") is None:
            return "a statement with no content"
        if target is None and code == entry.code and content is not None and political(source):
            outlook = _outlook(content)
            if outlook is not None:  # "Trudeau said he is optimistic that a deal can be reached": 013
                about = [(t, a) for t in content_actor_tokens(content, verb)
                         if judgeable(a := self._actor_or_place(t, actors), source)]
                tgt_tok, target = about[0] if about else (None, None)  # "… about peace in Sudan": Sudan
                frame = Frame(m, outlook, verb, src_tok, tgt_tok, source, target, "speech:outlook")
                return self._accept(frame)
        second = quote_continuation(verb, content_of(verb)) if said is None else None
        if target is None and code == entry.code and second is not None:
            return self._speech_frame(m, actors, second)  # “…,” Biden said, “because Trump would rather …”
        if target is None and code == entry.code:
            # a plain statement is left uncoded, an institution's too ("the ministry said"): analysts code
            # what a statement does; on news-gold dev (587 events) coding institutions' plain statements made
            # 26 events of which 5 were in the gold
            return "a plain statement (no criticism or accusation of a named actor)"
        frame = Frame(m, code, verb, src_tok, tgt_tok, source, target, why)
        return self._accept(frame)

    def _falls_short(self, content: Token, actors: ActorLookup) -> bool:
        """The content says a measure will not do its work: "the programme won't halt the exodus", "the
        restrictions wouldn't be enough", "the proposals are unlikely to stem the decline", "the plan fails to
        address the shortage", "the bill does nothing to cut costs"; or that it does or will do harm ("such
        measures would cause further harm to farmers", "the cuts will hurt schools"; not "could hurt"), or is
        not in someone's interest ("the proposed cuts are not in the best interest of pupils")."""
        subj = first_child(content, "nsubj", "nsubjpass")
        if subj is None or not self.lex.in_class(subj.lemma_.lower(), MEASURES_JUDGED):
            return False
        acts = (content, *(c for c in content.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and
                            first_child(c, "nsubj", "nsubjpass") is None))  # "… but are unlikely to …"
        return _against_interest(content) or any(
            self._will_not_do(act) or self._harms_people(act, subj, actors) for act in acts)

    def _harms_people(self, act: Token, measure: Token, actors: ActorLookup) -> bool:
        """(:meth:`_falls_short`) a measure's harm told as a judgement: done or to come, not what may be
        ("could hurt"), not by one's own measure ("its decision would damage …") and not to a political party
        ("the new rules will hurt Russia's war machine": what the measure is for)."""
        if not self._harms(act) or _hedged(act) or owned_by_pronoun(measure):
            return False
        harmed = [t for c in act.children if c.dep_ not in ("nsubj", "nsubjpass", "aux", "neg", "advmod")
                  for t in c.subtree]
        parties = [actors.for_token(t) for t in harmed if t.pos_ in ("NOUN", "PROPN")]
        return not any(political_target(a) and (a.sector or "")[:3] not in HARMED_PUBLIC for a in parties)

    def _will_not_do(self, content: Token) -> bool:
        """(:meth:`_falls_short`) one predicate of the measure."""
        lemma = content.lemma_.lower()
        if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "unlikely" for c in content.children):
            act = next((x for c in content.children if c.lower_ == "unlikely"
                        for x in c.children if x.dep_ == "xcomp"), None)  # "are unlikely to stem"
            return act is not None and self._remedies(act)
        done = first_child(content, "dobj")
        if lemma == "fail" or (lemma == "do" and done is not None and done.lower_ == "nothing"):
            return any(c.dep_ in ("xcomp", "advcl") for c in content.children)  # "fails to offer change"
        going = content.head if content.dep_ == "xcomp" and content.head.lower_ == "going" else content
        return any(c.dep_ == "neg" for c in going.children) and self._remedies(content)

    def _remedies(self, act: Token) -> bool:
        """The verb is one of what a measure is meant to do ("halt", "work", "be enough", "make a
        difference")."""
        lemma = act.lemma_.lower()
        said = {lemma} | {f"{lemma} {c.lower_}" for c in act.children if c.dep_ in ("acomp", "advmod", "prt")}
        said |= {f"{lemma} {w}" for c in act.children if c.dep_ == "dobj"
                 for w in (" ".join(t.lower_ for t in c.subtree), c.lemma_.lower())}  # "have an impact"
        return any(self.lex.in_class(w, FALLING_SHORT) for w in said)

    def _measure_author(self, content: Token, verb: Token, source: Actor,
                        actors: ActorLookup) -> Actor | None:
        """Whose measure a statement judges: its named owner ("Labour's proposals"), else the party the story
        is about (:meth:`_discussed_actor`), else the speaker's government (a measure has one)."""
        subj = first_child(content, "nsubj", "nsubjpass")
        owner = object_owner(subj, actors) if subj is not None else None
        author = actors.for_token(owner) if owner is not None else None
        if judgeable(author, source):
            return author
        found = self._discussed_actor(verb, source, actors)
        if found is not None or (source.sector or "")[:3] in STATE_SECTORS:
            return found
        return implied("GOV", source.country, verb.idx, "government-measure")

    def _blamed(self, content: Token, verb: Token, source: Actor,
                actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Blame: the content says another party, or its policy or practices, did harm ("China's trade
        practices have caused American factories to close", "Ottawa's cuts have hurt hospitals"). Only a harm
        stated as done: one forecast ("would hurt"), hedged or denied blames no one yet."""
        for act in (content, *(c for c in content.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            if not self._harms(act) or mod.detect(act, act).value not in (mod.ASSERTED, mod.CLAIMED):
                continue
            doer = subject(act)
            if doer is None or is_passive(act) or doer.lower_ in FIRST_PERSON or owned_by_pronoun(doer):
                continue
            # the doer itself, else whose deed it names: "China's practices", "Chinese tariffs"
            for t in (doer, *(c for c in doer.children if c.dep_ in ("poss", "amod", "compound"))):
                a = self._actor_or_place(t, actors)
                if judgeable(a, source) and (a.sector or "")[:3] not in SUSPECTS:
                    return t, a  # (a suspect's harm the police tell of is their account: _police_account)
        return None

    def _harms(self, act: Token) -> bool:
        """The verb tells of harm done: a verb of harm ("hurt", "damaged"), or causing a harm ("caused job
        losses", "led to shortages", "caused factories to close", "cost jobs")."""
        if act.pos_ != "VERB" or denied_word(act):
            return False
        lemma = act.lemma_.lower()
        if self.lex.in_class(lemma, HARMING):
            return True
        if lemma not in CAUSING:
            return False
        outcomes = [c for c in act.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
        outcomes += [o for _p, o in pobj_of(act, ("to", "about"))]
        # "caused factories to close"
        outcomes += [c for o in outcomes for c in o.children if c.dep_ in ("xcomp", "ccomp")]
        return any(self._in_class(o, HARMS) for o in outcomes)

    def _names_politics(self, verb: Token, content: Token | None, source: Actor, actors: ActorLookup) -> bool:
        """Whether a statement's content names a political actor other than the speaker's own side."""
        return content is not None and any(
            political_target(a) and not same_party(a, source)
            for t in content_actor_tokens(content, verb) if (a := actors.for_token(t)) is not None)

    def _names_a_measure(self, verb: Token, content: Token) -> bool:
        """Whether a statement's content is about a public measure of no named author ("the restrictions")."""
        return any(self.lex.in_class(t.lemma_.lower(), PUBLIC_MEASURES) and not authored(t)
                   for t in content_tokens(content, verb) if t.pos_ == "NOUN")

    def _alleges_against_the_state(self, verb: Token, content: Token | None, actors: ActorLookup) -> bool:
        """A private person's allegation of what an officer or a state body did ("a Dallas man claims a
        police officer assaulted him"): political by whom it accuses."""
        if content is None or verb.lemma_.lower() not in ALLEGING:
            return False
        doer = subject(content) if content.pos_ in ("VERB", "AUX") else None
        a = actors.for_token(doer) if doer is not None else None
        return a is not None and (a.sector or "")[:3] in AUTHORITIES

    def _of_another(self, verb: Token, content: Token, source: Actor, actors: ActorLookup) -> bool:
        """A bare "claim" accuses only when its clause tells what another actor did ("claimed Barger
        supports the agenda"); "officials claim the rollout helps", "he claims he will rescue the
        countryside" and "claimed he had no idea" are assertions ("allege" and "charge" always accuse)."""
        if verb.lemma_.lower() != "claim":
            return True
        doers = [subject(content)] + ([agent(content)] if is_passive(content) else [])
        found = [(t, a) for t in doers
                 if t is not None and (a := self._actor_or_place(t, actors)) is not None]
        return any(t.pos_ != "PRON" or a.code != source.code for t, a in found)  # "he" may be the speaker

    def _reported_accusations(self, frames: list[Frame], rejected: list[tuple[Match, str]],
                              actors: ActorLookup, focus: str | None = None) -> list[Frame]:
        """A party's plain statement whose content reports violence by another country's actor accuses
        that actor (112; coding guide §7, alleged atrocities): "Yerevan said Azerbaijani troops fired on
        Armenian positions" codes the firing and Armenia's accusation; the press reporting an act, or a
        ministry reporting its own forces' act, accuses no one."""
        out = []
        for m, why in rejected:
            if not m.entry.speech or not why.startswith("a plain statement"):
                continue
            verb = m.token
            content = content_of(verb)
            src_tok = agent(verb) if is_passive(verb) else subject(verb)
            speaker = self._witness_of_the_story(self._source_actor(src_tok, actors), focus)
            police = law_enforcement(speaker) or (  # "authorities said Sears planned the shooting"
                speaker is not None and (speaker.sector or "")[:3] == "GOV" and src_tok is not None and
                src_tok.lemma_.lower() in ("authority", "authorities", "official") and
                self._of_wrongdoing(verb.sent))
            if content is None or speaker is None or not (speaker.country or police):
                continue  # (a speaker whose country is not known yet may be of either side)
            if (speaker.sector or "")[:3] == "MED" or \
                    not (political(speaker) or critic(speaker) or speaker.person):
                continue
            inside = {t.i for t in content_tokens(content, verb)}
            for f in frames:
                accused = f.source
                suspect = police and accused is not None and (accused.sector or "")[:3] in SUSPECTS and \
                    self.cameo.root(f.code) in VIOLENT_ROOTS  # "police say Bassett stabbed him"
                refused = self._refused(f, speaker) if f.match.token.i in inside else None
                if refused is not None:  # "Tehran would not negotiate with Washington": Iran's refusal
                    out.append(Frame(m, "120", verb, src_tok, *refused[:1], speaker, refused[1],
                                     "speech:refusal"))
                    break
                if f.match.token.i in inside and self._denied_deed(f, speaker):
                    # "said its troops did not fire on the crowd": a denial, 120 of no one named (guide §5)
                    out.append(Frame(m, "120", verb, src_tok, None, speaker, None, "speech:denial"))
                    break
                if f.match.token.i not in inside or self.cameo.root(f.code) not in HOSTILE_ROOTS or \
                        accused is None or same_party(accused, speaker) or \
                        not (suspect or (political(accused) and accused.country != speaker.country and
                                         speaker.country is not None and
                                         (accused.country or len(accused.code or "") > 3))) or \
                        (owned_by_pronoun(f.source_tok) and
                         not (suspect and of_a_third_party(f.source_tok))) or \
                        mod.detect(f.clause_verb, f.match.token).value not in (mod.ASSERTED, mod.CLAIMED):
                    continue  # "said it had not confiscated an animal in 30 years" accuses no one
                out.append(Frame(m, "112", verb, src_tok, f.source_tok, speaker, accused,
                                 "speech:reports-a-hostile-act"))
                break
            else:
                if police and not _holds_a_suspect(frames, verb):
                    frame = self._police_account(m, verb, content, src_tok, speaker, actors)
                    if frame is not None:
                        out.append(frame)
        return out

    @staticmethod
    def _witness_of_the_story(speaker: Actor | None, focus: str | None) -> Actor | None:
        """A named private person whose country the text does not tell ("Raz Cohen", "he" of a survivor) is
        of the story's country when telling what he saw: "Cohen said Hamas gunmen killed them" in a story of
        Israel is an Israeli's account (an accusation only of another country's party, see the caller)."""
        if speaker is None or speaker.country or not speaker.person or (speaker.sector or "")[:3] != "CVL":
            return speaker
        return inherit_country(speaker, {focus}, focus) if focus else speaker

    def _refused(self, f: Frame, speaker: Actor) -> tuple[Token | None, Actor] | None:
        """The speaker's own side will not cooperate with, yield to or bow to another party: a refusal (12x)
        of that party, "said Tehran would not negotiate with Washington", "said Ukraine will never recognise
        Russia's annexation", "declared Canada would not be intimidated by Russia" (whom it refused: the
        other party). What the speaker's side did not do ("did not meet"), and what another party won't do,
        refuse nothing."""
        if f.source is None or f.target is None or not will_not(f.clause_verb) or \
                mod.detect(f.clause_verb, f.match.token).value != mod.NEGATED:
            return None
        root = self.cameo.root(f.code)
        if root in COOPERATIVE_ROOTS and same_party(f.source, speaker) and not same_party(f.target, speaker):
            return f.target_tok, f.target
        if root in COERCIVE_ROOTS and is_passive(f.clause_verb) and same_party(f.target, speaker) and \
                not same_party(f.source, speaker):
            return f.source_tok, f.source  # "would not be intimidated by Russian bombers"
        return None

    def _denied_deed(self, f: Frame, speaker: Actor) -> bool:
        """The speaker says his own side did not do a violent act ("said he never hit the officer", "said
        its forces did not fire on civilians"): a denial. One it says it will not do is a pledge, not this."""
        return f.source is not None and self.cameo.root(f.code) in HOSTILE_ROOTS and \
            same_one(f.source, speaker) and not will_not(f.clause_verb) and \
            any(c.dep_ == "neg" for c in f.clause_verb.children) and \
            mod.detect(f.clause_verb, f.match.token).value == mod.NEGATED  # (not "did not say it fired")

    def _complaints_to_police(self, frames: list[Frame], rejected: list[tuple[Match, str]],
                              actors: ActorLookup) -> list[Frame]:
        """A private person telling the police that someone hurt, robbed or threatened him accuses that one
        (112): "the woman told police O'Connor had threatened her", "the victim told officers a man stabbed
        her". What he tells the police of no one's offence accuses no one."""
        out = []
        for m, why in rejected:
            verb = m.token
            if not m.entry.speech or not why.startswith("a statement by CVL") or \
                    verb.lemma_.lower() not in ("tell", "report") or is_passive(verb) or \
                    not self._tells_the_police(verb, actors):
                continue
            content = content_of(verb)
            src_tok = subject(verb)
            speaker = self._source_actor(src_tok, actors)
            if content is None or speaker is None:
                continue
            inside = {t.i for t in content_tokens(content, verb)}
            for f in frames:
                accused = f.source
                if f.match.token.i not in inside or self.cameo.root(f.code) not in HOSTILE_ROOTS | {"13"} or \
                        accused is None or (accused.sector or "")[:3] not in SUSPECTS or \
                        same_one(accused, speaker) or f.source_tok is None or \
                        f.source_tok.lemma_.lower() in VICTIMS | GENERIC_PEOPLE or \
                        mod.detect(f.clause_verb, f.match.token).value not in (mod.ASSERTED, mod.CLAIMED):
                    continue
                frame = self._accept(Frame(m, "112", verb, src_tok, f.source_tok, speaker, accused,
                                           COMPLAINT))
                if isinstance(frame, Frame):
                    out.append(frame)
                break
            else:
                frame = self._police_account(m, verb, content, src_tok, speaker, actors, COMPLAINT)
                if frame is not None:
                    out.append(frame)
        return out

    def _calls_for_witnesses(self, sent: Span, frames: list[Frame], actors: ActorLookup) -> list[Frame]:
        """The police's appeal to the public for information put as what anyone may do: "anyone with
        information should call the Berea Police Department", "anybody who saw the crash can contact Crime
        Stoppers" (coding guide: 020 toward the public, as "is asked to call police" is; made, whatever its
        modal): by the police named as whom to call, else by the story's police for a tip line; only when
        the sentence asks no one else yet."""
        appeal = next((e for e in self.lex.verbs if e.id == "appeal"), None)
        if appeal is None or any(self.cameo.root(f.code) == "02" for f in frames):
            return []
        for verb in sent:
            who = first_child(verb, "nsubj")
            if verb.lemma_.lower() not in CONTACT_VERBS or who is None or \
                    who.lemma_.lower() not in MAY_CALL or \
                    not any(c.dep_ == "aux" and c.lower_ in CAN_OR_SHOULD for c in verb.children) or \
                    not any(t.lemma_.lower() in WITNESS_CLUES for t in who.subtree):
                continue  # (not "those who wish to attend can call the sheriff's office")
            called = [b for c in verb.children if c.dep_ in ("dobj", "oprd") for b in with_conjuncts(c)]
            called += [b for _p, o in pobj_of(verb, ("at", "on", "with")) for b in with_conjuncts(o)]
            called += [b for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in CONTACT_VERBS
                       for d in c.children if d.dep_ == "dobj" for b in with_conjuncts(d)]
            body = next((c for c in called if law_enforcement(actors.for_token(c))), None)
            if body is None and not any(t.lower_ in TIP_LINES for c in called for t in c.subtree):
                continue  # "anyone with questions about parking can call the town hall"
            police = actors.for_token(body) if body is not None else \
                implied("COP", None, verb.idx, "police")  # "… can call Crime Stoppers": the story's police
            m = Match(entry=appeal, token=verb, words=[verb], context="verb")
            frame = self._accept(Frame(m, "020", verb, body, None, police,
                                       implied_civilians(police, who.idx, "public"), PUBLIC_ASKED_TO_CALL))
            return [frame] if isinstance(frame, Frame) else []
        return []

    def _tells_the_police(self, verb: Token, actors: ActorLookup) -> bool:
        """"Told police", "told officers", "reported to detectives": whom one tells is the police."""
        hearers = [c for c in verb.children if c.dep_ in ("dative", "dobj", "iobj")]
        hearers += [o for _p, o in pobj_of(verb, ("to",))]
        return any(h.lemma_.lower() in POLICE_HEARERS or law_enforcement(actors.for_token(h))
                   for h in hearers)

    def _police_account(self, m: Match, verb: Token, content: Token, src_tok: Token | None, speaker: Actor,
                        actors: ActorLookup, why: str = "speech:police-account") -> Frame | None:
        """The police or prosecution telling what a suspect did accuse the suspect (112; coding guide §7,
        police statements): "police say a man pulled a gun on another man", "Rogers said Baker jumped out
        of the vehicle and fled on foot"."""
        for act in (content, *(c for c in content.children if c.dep_ == "conj")):
            if mod.detect(act, act).value not in (mod.ASSERTED, mod.CLAIMED):
                continue
            if act.lemma_.lower() in SUSPECTING and is_passive(act):
                doer = first_child(act, "nsubjpass")  # "police said Grier is suspected in the robbery"
            elif act.lemma_.lower() == "be" and self._holds_contraband(act):
                doer = subject(act)  # "police say he was in possession of a large quantity of drugs"
            elif act.pos_ != "VERB" or is_passive(act) or act.lemma_.lower() in NOT_DEEDS or \
                    _turned_in(act):
                continue  # ("he turned himself in without incident": a surrender, no offence told)
            else:
                doer = subject(act)
            suspect = self._source_actor(doer, actors) if doer is not None else None
            if suspect is None or (suspect.sector or "")[:3] not in SUSPECTS or \
                    doer.lemma_.lower() in VICTIMS | GENERIC_PEOPLE or same_one(suspect, speaker) or \
                    (owned_by_pronoun(doer) and not of_a_third_party(doer)) or \
                    any(self.lex.in_class(w, SPEECH_APPROVING) for w in content_words(content, verb)):
                continue  # ("“These young people are shining lights in their communities,” she said")
            if not self._of_wrongdoing(verb.sent):
                continue  # "police said the tow truck driver dropped Verduin off at the inn": no offence
            frame = Frame(m, "112", verb, src_tok, doer, speaker, suspect, why)
            return self._accept(frame)
        return None

    def _holds_contraband(self, verb: Token) -> bool:
        """"Was in possession of drugs / a stolen car" (not "of his wallet")."""
        return any(o.lower_ == "possession" and any(self._in_class(t, CONTRABAND) for t in o.subtree)
                   for _p, o in pobj_of(verb, ("in",)))

    def _of_mishap(self, tokens: Iterable[Token]) -> bool:
        """Words of an accident, a disaster or the weather: a judgement of them faults no one ("poor
        visibility may have been a factor, police said", "the road is in a terrible state")."""
        return any(self.lex.in_class(t.lemma_.lower(), MISHAP_CLASSES) for t in tokens)

    def _judges_a_mishap(self, word: Token) -> bool:
        """A judging word said of a disaster, not of anyone: "Angola's worst cholera outbreak", "the flooding
        was terrible"."""
        if word.dep_ == "amod":
            judged = word.head
            while judged.dep_ == "compound" and judged.head.i != judged.i:  # "worst cholera outbreak"
                judged = judged.head
        elif word.dep_ in ("acomp", "attr"):
            judged = subject(word.head)
        else:
            return False
        return judged is not None and self._of_mishap([judged])

    def _owns_an_offence(self, verb: Token, ctx: Context) -> bool:
        """An admission of a deed or of a crime in a story of an offence: "she admitted to taking the items"
        after her arrest, "admitted to police that he had stolen property" (not "admitted that the firm had
        treated problems as isolated incidents", nor "the boy admitted eating the cake")."""
        words = ctx.any | ctx.obj
        return (DEED_OBJECT in words or any(self.lex.in_class(w, OWNED_OFFENCES) for w in words)) and \
            self._of_wrongdoing(verb.sent)

    def _of_wrongdoing(self, sent: Span) -> bool:
        """The sentence tells of an offence: a crime, a weapon, a flight from police, an arrest or charge."""
        return any(self.lex.in_class(w, WRONGDOING_CLASSES) for t in sent
                   for w in (t.lemma_.lower(), t.lower_))

    def _discussed_actor(self, verb: Token, source: Actor, actors: ActorLookup) -> Actor | None:
        """Whom a judging statement that names no one is about: the nearest actor of another party named in
        the sentence outside the speech clause, else in the two sentences before ("Labour proposed … The
        Nuffield Trust says the proposals are unlikely to stem the decline"), a subject there first ("the
        Trump administration intends to bypass the WTO … That is a big mistake")."""
        sent = verb.sent
        sents = list(verb.doc.sents)
        first = sents[max(0, sents.index(sent) - 2)].start_char if sent in sents else sent.start_char
        clause = {t.idx for t in verb.subtree if t.i < verb.i or t.head == verb}  # speaker and addressee
        ranked: list[tuple[int, int, Actor]] = []
        for a in getattr(actors, "mentions", []):
            if not first <= a.start < sent.end_char or a.start in clause or not judgeable(a, source):
                continue
            inside = a.start >= sent.start_char
            span = verb.doc.char_span(a.start, a.end, alignment_mode="expand")
            if inside and span is not None and (aimed_at(span.root, of_a_noun=False) or _done_to(span.root)):
                continue  # "had a chilling effect on the press": the press bears it, no fault of its own
            span = None if inside else span
            # before the sentence, the doer the words tell of first ("the Trump administration intends")
            agent_before = span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and \
                span.root.head.pos_ in ("VERB", "AUX")
            ranked.append((0 if inside else 1 if agent_before else 2, -a.start, a))
        return min(ranked, key=lambda r: r[:2])[2] if ranked else None

    def _befallen(self, verb: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Whom the object of a yielding act was against: "dropped the charges against Menendez", "overturned
        the conviction of Jo Hamilton"; "two charges and a kidnapping charge against Clark": the last of
        coordinated cases may hold it). A case is against a person even one no lexicon knows ("against
        38-year-old Richard Pehrson II"), as a police act's patient is (:func:`_someone`)."""
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "the charges were dropped"
        cases = [c for o in [*object_heads(verb), *passive] for c in with_conjuncts(o)]
        for o in [*cases, verb]:  # the parser hangs "against" on either
            for _, g in pobj_of(o, ("against",) if o is verb else ("against", "of")):
                a = self._actor_or_place(g, actors)
                if a is None and o is not verb and self.lex.in_class(o.lemma_.lower(), DROPPED_CASES):
                    a = self._someone(g, verb, actors)
                if a is not None:
                    return g, a
        return None, None

    def _quoted_criticism(self, sent: Span, actors: ActorLookup, quotes: list) -> Frame | None:
        """A sentence of a direct quote, with no speech verb of its own, that judges an actor it names:
        "“They foster an environment of fear …”" after "Heath wrote" — its speaker criticises (111) or
        accuses (112) that actor (coding guide: quote continuations that criticise are coded)."""
        size = len(sent.text.strip())
        quote = next((q for q in quotes if q.speaker is not None and q.speaker.code and
                      min(q.end, sent.end_char) - max(q.start, sent.start_char) >= 0.8 * size), None)
        if quote is None or not critic(quote.speaker):
            return None
        source = quote.speaker
        for code in ("112", "111"):
            hits = self._judging_words(sent, code)
            if not hits:
                continue
            for t in sent:
                if t.pos_ not in ("NOUN", "PROPN", "PRON") or t.lower_ in FIRST_PERSON or \
                        not judged_in_clause(t, hits) or _a_label(t, hits):
                    continue
                a = actors.for_token(t)
                if not judgeable(a, source):
                    continue
                m = Match(entry=self.statement, token=hits[0], words=[hits[0]], context="verb")
                speaker = replace(source, rule=f"{source.rule}+quote:speaker")
                return _frame_or_none(self._accept(Frame(m, code, sent.root, None, t, speaker, a,
                                                         "quote:continuation")))
        return self._quoted_criticism_of_the_topic(sent, source, actors)

    def _quoted_criticism_of_the_topic(self, sent: Span, source: Actor, actors: ActorLookup) -> Frame | None:
        """A quote-only sentence that judges flatly but names no one ("“This is a disgrace,” …" after "the
        mayor said the board ignored us"): criticism (111) of whom the sentences before discuss, as a
        statement naming no one is (:meth:`_discussed_actor`); not of a mishap, nor of the speaker's side."""
        root = sent.root
        named = any(sent.start_char <= a.start < sent.end_char for a in getattr(actors, "mentions", []))
        if named or self._of_mishap(list(sent)) or any(t.lower_ in THIRD_PERSON for t in sent):
            return None  # whom it names or points at is the one judged, if anyone ("drives them nuts")
        hits = [w for w in self._judging_terms(list(sent), "111", denied=True)
                if flatly_said(w, root, self._denies_a_virtue(w)) and not of_a_course_no_one_takes(w) and
                not of_the_speaker(w, root, source, actors)]
        if not hits:
            return None
        target = self._discussed_actor(root, source, actors)
        if target is None:
            return None
        m = Match(entry=self.statement, token=hits[0], words=[hits[0]], context="verb")
        speaker = replace(source, rule=f"{source.rule}+quote:speaker")
        return _frame_or_none(self._accept(Frame(m, "111", root, None, None, speaker, target,
                                                 "quote:continuation+topic")))

    def _judging_words(self, tokens: Iterable[Token], code: str) -> list[Token]:
        """The single words among ``tokens`` that make a statement criticism (111), an accusation (112) or
        praise (051)."""
        classes = JUDGING_CLASSES.get(code, SPEECH_DISPARAGING)
        out = []
        for t in tokens:
            if names_a_matter(t) or self._judges_a_mishap(t):
                continue
            denied = denied_word(t)
            if (not denied and self._in_class(t, classes)) or \
                    (code == "111" and self._denies_a_virtue(t)):
                out.append(t)  # "… is not a legitimate authority": a virtue denied
        return out

    def _judging_terms(self, tokens: Iterable[Token], code: str, denied: bool = False) -> list[Token]:
        """The judging words among ``tokens`` and the nouns that judge with the word before them ("a chilling
        effect", "an economic dead end"): a phrase of the class judges as a single word does; with ``denied``
        the words of a virtue the sentence denies too ("the evidence is not convincing")."""
        tokens = list(tokens)
        words = self._judging_words(tokens, code)
        words += [n for n in self._judging_nouns(tokens, code) if n not in words]
        return words + [t for t in tokens if denied and t not in words and self._denies_a_virtue(t)]

    def _with_word(self, reading: tuple, hits: list[Token], words: set[str]) -> str:
        """The reading with the word that made it, for the event's evidence ("speech:disparaging=reckless"):
        the judging word where it stands, else the longest of the content's words and phrases of its class
        ("dead end")."""
        classes = JUDGING_CLASSES.get(reading[0], SPEECH_DISPARAGING)
        word = hits[0].lower_ if hits else \
            max(sorted(w for w in words if self.lex.in_class(w, classes)), key=len, default=None)
        return f"{reading[1]}={word}" if word else reading[1]

    def _in_class(self, t: Token, classes: frozenset[str]) -> bool:
        """The word, by its lemma or its form, is of one of the lexicon's ``classes``."""
        return self.lex.in_class(t.lemma_.lower(), classes) or self.lex.in_class(t.lower_, classes)

    def _denies_a_virtue(self, t: Token) -> bool:
        """A word of praise the sentence denies: "Hamas is not a legitimate authority" (criticism)."""
        return virtue_denied(t) and self._in_class(t, DENIED_VIRTUES)

    def _judging_nouns(self, tokens: Iterable[Token], code: str) -> list[Token]:
        """The nouns among ``tokens`` that, alone or with the modifier before them ("sexual violence"),
        make a statement criticism (111), an accusation (112) or praise (051)."""
        classes = JUDGING_CLASSES.get(code, SPEECH_DISPARAGING)
        out = []
        for t in tokens:
            if t.pos_ != "NOUN" or names_a_matter(t):
                continue
            forms = {t.lemma_.lower(), t.lower_}
            if t.i > 0 and t.doc[t.i - 1].head == t:
                forms.add(f"{t.doc[t.i - 1].lower_} {t.lower_}")
            if any(self.lex.in_class(f, classes) for f in forms):
                out.append(t)
        return out

    def _speaker_above(self, verb: Token, source: Actor | None, actors: ActorLookup) -> Actor | None:
        """Who said what is denied: "Barger said Holden has Trump donors, which he denies" → Barger."""
        for t in verb.ancestors:
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEAKING:
                s = subject(t)
                a = actors.for_token(s) if s is not None else None
                if a is not None and (source is None or not same_party(a, source)):
                    return replace(a, rule=f"{a.rule}+coref:accuser")
                return None
        return None

    @staticmethod
    def _claimant(content: Token, source: Actor, actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Whose claim a dismissing content (:meth:`_dismisses_claims`) dismisses, when it names its author:
        "Biden's joke about him is a bunch of malarkey", "the claims by the opposition were false"."""
        claim = first_child(content, "nsubj", "nsubjpass")
        owner = object_owner(claim, actors) if claim is not None else None
        author = actors.for_token(owner) if owner is not None else None
        return (owner, author) if judgeable(author, source) else None

    def _dismisses_claims(self, content: Token, words: set[str]) -> bool:
        """The content calls claims or reports untrue: "the accusations were baseless", "it is a lie"; or a
        request, claim or ruling put to the speaker unwarranted: "the demand was unrealistic" ("this is
        unacceptable", "the plan is unacceptable" judge them)."""
        subj = first_child(content, "nsubj", "nsubjpass")
        about_claims = subj is not None and self.lex.in_class(subj.lemma_.lower(), CLAIMS)
        named_claim = subj is not None and self.lex.in_class(subj.lemma_.lower(), TURNED_DOWN)
        return about_claims and (any(self.lex.in_class(w, DISMISSIVE) for w in words) or
                                 (named_claim and any(self.lex.in_class(w, UNWARRANTED) for w in words)))


#: pronouns that point at a party the quote itself judges (or at no one): no topic is guessed past them
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})

#: what makes "sides" or "parties" every side of a dispute ("all sides", "the parties concerned")
EVERY_SIDE = frozenset({"all", "both", "each", "every", "two", "relevant", "concerned", "involved"})


def _all_sides(content: Token) -> bool:
    """The content is asked of every side of a dispute: "all sides should", "both parties must" (coding
    guide: appeals to "all sides" are 020 with no target)."""
    subj = first_child(content, "nsubj", "nsubjpass")
    return subj is not None and subj.lemma_.lower() in ("side", "party") and \
        any(c.lower_ in EVERY_SIDE for c in subj.children)


def _a_suspect(actor: Actor | None) -> bool:
    """A private person or a convict: whom an offence the police tell of, naming no one, is laid on ("the
    abuse went on for years, authorities believe" in a story of one man's arrest; not police or a court)."""
    return actor is not None and (actor.sector or "")[:3] in SUSPECTS


def _a_label(t: Token, hits: list[Token]) -> bool:
    """The judging word is itself the noun read as the judged one, as an object with no word of its own:
    "operations against terrorists", "we are treated as terrorists" — a label used to refer or a role
    one is taken for, not a charge laid on anyone."""
    return all(h.i == t.i for h in hits) and t.dep_ in ("pobj", "dobj") and \
        not any(c.dep_ in ("amod", "compound") for c in t.children)


def _holds_a_suspect(frames: list[Frame], verb: Token) -> bool:
    """The sentence codes an arrest, a charge or a detention of a private person (173) as done: what the
    police say of him there adds no accusation (coding guide, police attribution: "police say he struck a
    car" in "a man was charged after police say he struck a car" is the charge's account, not another 112).
    An attempted arrest is no such act, and the arresting police's own report told by a participle
    ("police arrested a boy, reporting he had stolen a car") stays their accusation (news-gold dev)."""
    return any(f.code == "173" and _a_suspect(f.target) and
               mod.detect(f.clause_verb, f.match.token).value in (mod.ASSERTED, mod.CLAIMED) and
               not (verb.tag_ == "VBG" and verb.head.i == f.clause_verb.i) for f in frames)


def _hedged(act: Token) -> bool:
    """A deed told as what may happen: "could hurt", "might damage"."""
    return any(c.dep_ == "aux" and c.lower_ in MAY_HAPPEN for c in act.children)


#: the public a measure's harm may fall on when a critic speaks of it ("will hurt workers"), not a party
HARMED_PUBLIC = frozenset({"LAB", "OPP"})
#: modals that tell a harm as a possibility, not a judgement ("Amazon's plan could hurt small businesses")
MAY_HAPPEN = frozenset({"could", "might", "may", "can"})


def _against_interest(content: Token) -> bool:
    """"Is not in the best interest of pupils", "is neither in the interest of Sudan nor of Egypt"."""
    if content.lemma_.lower() != "be":
        return False
    ins = [c for c in content.children if c.dep_ == "prep" and c.lower_ == "in" and
           any(o.dep_ == "pobj" and o.lemma_.lower() == "interest" for o in c.children)]
    return bool(ins) and (any(c.dep_ == "neg" for c in content.children) or
                          any(c.dep_ == "preconj" and c.lower_ == "neither" for i in ins for c in i.children))


def _turned_in(verb: Token) -> bool:
    """"Turned himself in": a surrender to the police."""
    return verb.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)


def speaker_after_content(verb: Token, src_tok: Token) -> Token:
    """"The offer, de Jong said, could mean less", "“A clever plan,” she said": a saying verb parsed with
    two subjects, the fronted content's and the speaker's, set off by a comma or a quote mark: the speaker
    is the one next to the verb; not the relative pronoun of a speaker's clause ("Rep. X, who has said …")."""
    later = [c for c in verb.children if c.dep_ == "nsubj" and src_tok.i < c.i < verb.i and
             c.tag_ not in ("WP", "WDT")]
    if not later or not any(t.text == "," or t.text in QUOTE_MARKS
                            for t in verb.doc[src_tok.i + 1:later[-1].i]):
        return src_tok
    return later[-1]


#: non-political organisations whose criticism of or appeal to a political actor is coded (coding guide §5)
INSTITUTIONS = frozenset({"BUS", "EDU", "HLH"})
#: their people, whose words are their own (a named academic is a critic, "professors" are not)
THEIR_PEOPLE = frozenset({
    "student", "teacher", "professor", "principal", "academic", "scholar", "researcher", "lecturer",
    "scientist", "expert", "doctor", "nurse", "medic", "physician", "surgeon", "paramedic", "patient",
    "worker", "employee", "staff", "owner", "shopkeeper", "businessman", "businesswoman", "trader", "farmer",
    "entrepreneur", "customer"})
#: of them, those whose people's words are coded only so too (a named academic is a critic)
MUTE_PERSONS = frozenset({"BUS", "HLH"})


def political_target(a: Actor | None) -> bool:
    """A political actor a non-political speaker's criticism or appeal makes an event of (not a suspect)."""
    return political(a) and a is not None and a.rule != "place:country" and (a.sector or "")[:3] != "CRM"
