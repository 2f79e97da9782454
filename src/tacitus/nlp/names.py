"""One name, one entity type per document: later mentions of a name the NER labelled once keep its label.

The small English model labels a name in one sentence and misses it in the next ("the Miami Seaquarium"
is an ORG, "the Seaquarium did not respond" nothing; "Senator Jane Holt" a PERSON, "Holt said" nothing).
Analysts read a name the same way throughout an article, and so does the actor stage if the entities
agree. :func:`propagate_names` labels every unlabelled run of proper nouns whose text is a name the
document's entities already gave a label to, by the label most of its mentions got; a person is known
by the surname too, an organisation by its last word ("Seaquarium"; a common word such as "Times" only
where a capital cannot be the sentence's first letter).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

#: entity labels a later mention inherits
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
#: labels the model gives a lone surname it did not know for a person
MISREAD_PEOPLE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC"})


def _key(words: list[str]) -> str:
    return " ".join(w.lower() for w in words)


def _names(doc: Doc, common: frozenset[str]) -> tuple[dict[str, str], set[str]]:
    """Name (lower case, no article) → the label most of the document's entities with that name got; and
    the short names that are also common words ("Times" of "The New York Times")."""
    votes: dict[str, Counter] = {}
    shy: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and not t.is_punct]
        if not words or not all(t.is_title or t.is_upper for t in words):
            continue
        keys = {_key([t.text for t in words])}
        last = words[-1]
        named = ent.label_ in ("PERSON", "ORG") and last.tag_ in PROPER_TAGS
        if len(words) > 1 and named and not last.is_stop:
            keys.add(last.lower_)
            if ent.label_ == "ORG" and last.lower_ in common:
                shy.add(last.lower_)
        weight = 2 if len(words) > 1 else 1  # a full name is labelled more reliably than a surname alone
        for key in keys:
            votes.setdefault(key, Counter())[ent.label_] += weight
    return {key: c.most_common(1)[0][0] for key, c in votes.items()}, shy


def opens_sentence(tok: Token) -> bool:
    """The sentence's first word, or its first after an opening quote or bracket."""
    if tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return (prev.is_punct or prev.is_space) and (prev.is_sent_start or prev.i == 0)


def token_runs(doc: Doc, member: Callable[[Token], bool],
               bridge: Callable[[Token], bool] | None = None) -> list[tuple[int, int]]:
    """Maximal runs of tokens ``member`` accepts, as (start, end); a token ``bridge`` accepts continues a
    run it stands inside ("Bank *of* England")."""
    out, start = [], None
    for tok in doc:
        if member(tok):
            if start is None:
                start = tok.i
            continue
        if start is not None and bridge is not None and bridge(tok):
            continue
        if start is not None:
            out.append((start, tok.i))
            start = None
    if start is not None:
        out.append((start, len(doc)))
    return out


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of proper-noun tokens outside every entity."""
    return token_runs(doc, lambda t: t.tag_ in PROPER_TAGS and t.ent_iob_ not in ("B", "I")
                      and (t.is_title or t.is_upper))


#: labels the model gives a person's full name it did not know ("Crystal Heath" as a PRODUCT)
MISREAD_FULL_NAMES = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT"})


def relabel_people(doc: Doc, given: frozenset[str], known_place: Callable[[str], bool] | None = None,
                   common: frozenset[str] = frozenset()) -> Doc:
    """A two- or three-word name of capitalised proper nouns that starts with a given name is a person,
    whatever other label the model gave it ("the vet, Crystal Heath, urged …": PRODUCT); a place label
    too ("the reports of Clarissa Ward": GPE) when ``known_place`` does not know the name as a place."""
    ents, changed = [], False
    for ent in doc.ents:
        words = list(ent)
        name_like = 2 <= len(words) <= 3 and words[0].lower_ in given and \
            all(t.tag_ in PROPER_TAGS and t.is_title for t in words)  # cheap: checked before the gazetteer
        misread = name_like and (
            ent.label_ in MISREAD_FULL_NAMES or
            (ent.label_ in ("GPE", "LOC") and known_place is not None and not known_place(ent.text)) or
            (ent.label_ == "ORG" and len(words) == 2 and bool(common) and words[1].lower_ not in common))
        if misread:
            ent, changed = Span(doc, ent.start, ent.end, label="PERSON"), True
        ents.append(ent)
    if changed:
        doc.ents = ents
    return doc


def propagate_names(doc: Doc, common: frozenset[str] = frozenset(), given: frozenset[str] = frozenset(),
                    known_place: Callable[[str], bool] | None = None) -> Doc:
    """Give unlabelled mentions of a name the label the document's other mentions of it have (after
    :func:`relabel_people` with ``given``, lower-case given names, and ``known_place``); ``common``:
    lower-case common nouns, an organisation's short name only where capitalised mid-sentence ("a Times
    spokesperson", "the Company denied it", not "Company shares fell")."""
    if not doc.ents:
        return doc
    relabel_people(doc, given, known_place, common)
    names, shy = _names(doc, common)
    if not names:
        return doc
    new = []
    for start, end in _runs(doc):
        key = _key([t.text for t in doc[start:end]])
        label = names.get(key)
        if key in shy and doc[start].is_sent_start:
            continue  # "Company shares fell": a capital that only opens the sentence
        if label is not None:
            new.append(Span(doc, start, end, label=label))
    kept = []
    for ent in doc.ents:  # "Holt said" taken for an organisation after "Senator Jane Holt"
        if len(ent) == 1 and ent.label_ in MISREAD_PEOPLE and names.get(ent.text.lower()) == "PERSON":
            new.append(Span(doc, ent.start, ent.end, label="PERSON"))
        else:
            kept.append(ent)
    if new:
        doc.set_ents(new + kept)
    return doc


def common_nouns(nlp: Language) -> frozenset[str]:
    """The nouns of the model's lemmatizer tables (WordNet's): "company", "times", "post"."""
    return _lemma_index(nlp, ("noun",))


def english_words(nlp: Language) -> frozenset[str]:
    """The words of the model's lemmatizer tables, of every part of speech: "united", "atlantic", "clark"
    (WordNet lists some famous names too, but no rare given name: "Stephon", "Kristy")."""
    return _lemma_index(nlp, ("noun", "verb", "adj", "adv"))


def _lemma_index(nlp: Language, parts: tuple[str, ...]) -> frozenset[str]:
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(w for part in parts for w in table.get(part, ()))


@Language.factory("tacitus_name_consistency")
def make_name_consistency(nlp: Language, name: str):
    """Pipeline component: :func:`propagate_names` with the model's common nouns, our given names and the
    gazetteer's place names."""
    from tacitus.actors.resolver import given_names
    from tacitus.geo.gazetteer import get_gazetteer

    common, given, gazetteer = common_nouns(nlp), given_names(), get_gazetteer()
    return lambda doc: propagate_names(doc, common, given, lambda name: bool(gazetteer.lookup(name)))


#: nouns a nationality word before them names a language of ("English classes"): no people ("teacher" and
#: "speaker" are left out: "the Syrian teacher" is a Syrian)
LANGUAGE_NOUNS = frozenset({
    "skill", "skills", "class", "classes", "lesson", "lessons", "course", "courses", "language", "languages",
    "learner", "learners", "translation", "translations",
    "version", "versions", "proficiency", "fluency", "subtitle", "subtitles", "edition", "editions",
    "instruction", "tuition", "literature", "grammar", "vocabulary", "dictionary", "text", "texts",
    "translator", "translators", "interpreter", "interpreters", "test", "exam", "word", "words"})
#: words that make the nationality word after them a language: "fluent French", "limited English"
LANGUAGE_QUALITIES = frozenset({"fluent", "limited", "broken", "plain", "perfect", "basic", "native",
                                "conversational", "accented", "halting", "rudimentary", "passable"})
#: names that are only languages, never a people or a country ("translated into Arabic")
LANGUAGE_NAMES = frozenset({
    "arabic", "hebrew", "mandarin", "cantonese", "farsi", "urdu", "hindi", "swahili", "tagalog", "yiddish",
    "bengali", "punjabi", "tamil", "telugu", "gujarati", "marathi", "amharic", "pashto", "dari", "esperanto",
    "latin", "sanskrit", "hausa", "yoruba", "igbo", "zulu", "xhosa", "creole"})
