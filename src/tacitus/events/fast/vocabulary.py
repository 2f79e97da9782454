"""The word lists the fast coder reads a clause with: determiners, prepositions, auxiliaries and
verb markers, reporting, denial, claim and intent verb forms, clause breaks and object stops,
and the CAMEO roots whose triggers take an addressee, a "that" clause or an object.
"""

from __future__ import annotations

from tacitus.events import modality as mod
from tacitus.nlp.inflect import verb_forms

DETERMINERS = frozenset([
    "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my",
    "any", "no", "every", "each", "another", "such", "further", "new", "fresh", "more", "several",
    "many", "some", "two", "three", "four", "five", "dozens", "hundreds"
])


PREPOSITIONS = frozenset([
    "of", "in", "on", "at", "by", "for", "from", "to", "with", "into", "against", "after", "before",
    "during", "amid", "despite", "following", "over", "under", "near", "between", "among", "toward",
    "towards", "about", "upon", "since", "than", "via"
])


BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "'re"})


ADVERBS = frozenset({"also", "reportedly", "allegedly", "again", "already", "then", "later", "repeatedly",
                     "just", "recently", "still", "now", "apparently", "once", "jointly",
                     "publicly", "formally", "officially", "strongly", "sharply", "immediately"})


SUBJECT_PRONOUNS = frozenset({"it", "they", "we"})


VERB_MARKERS = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
                          "did", "do", "does", "n't", "not", "never", "'ll", "wo", "ca", "had", "has",
                          "have"})


REPORTING = frozenset(f for w in mod.REPORTING_VERBS for f in verb_forms(w))


DENY_FORMS = frozenset(f for w in mod.DENY_VERBS for f in verb_forms(w))


CLAIM_FORMS = frozenset(f for w in mod.CLAIM_VERBS for f in verb_forms(w))


INTENT_FORMS = frozenset(f for w in mod.INTENT_VERBS for f in verb_forms(w))


FAILURE_FORMS = frozenset(f for w in mod.FAILURE_VERBS for f in verb_forms(w))


CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "though"})


OBJECT_STOPS = frozenset({",", ";", ":", ".", "but", "that", "which", "who", "whose", "after", "before",
                          "by", "since", "because", "unless", "if", "when", "while", "from", "with",
                          "against",
                          '"', "“", "”", "(", ")"})


MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll"})


THAT_VERBS = frozenset({"halt", "stop", "end", "release", "withdraw", "leave", "resign", "free", "return"})


WINDOW = 6  # tokens an object or a "by" agent may lie after the trigger


TARGET_SCAN_STOPS = frozenset({",", ";", ":", "that", "which", "who", "whose", "while", "but", "after",
                               "before", "because", "since", "unless", "if", "when", '"', "“", "”"})


ADDRESSED_ROOTS = frozenset({"02", "03", "10", "12", "13"})  # appeals, promises, demands, refusals, threats


THAT_ROOTS = frozenset({"10", "13"})  # "demanded that X …", "warned that X …" (not "denied that …")


VERBAL_ROOTS = frozenset(f"{n:02d}" for n in range(1, 14))  # statements about something: its object


SPEECH_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "who", "you"})


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


#: a speech verb's form that is no verb without a verb marker before it ("a post", "the claim")
SPEECH_NOUN_FORMS = frozenset({"post", "posts", "claim", "claims", "note", "notes", "comment", "comments",
                               "remark", "remarks", "state", "states", "tweet", "tweets", "add", "write",
                               "say", "tell", "stress", "suggest", "explain", "declare", "argue", "assert",
                               "announce", "maintain", "contend", "point"})
