"""English inflections: lexicon lemmas → the surface forms that can appear in text (the fast coder's
triggers, the plurals of the actor lexicon's agent phrases).

Regular rules (-s/-es/-ies, -d/-ed/-ied, consonant doubling, -ing with a dropped -e) plus the irregular
verbs of ``data/nlp/irregular_verbs.tsv``. Forms are over-generated where English is ambiguous
("visit" → "visited" and "visitted"): a form that never occurs in text costs nothing.

>>> sorted(verb_forms("meet"))
['meet', 'meeting', 'meets', 'met']
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

VOWELS = frozenset("aeiou")
SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, tuple[str, ...]]:
    """base → its irregular past and participle forms (data/nlp/irregular_verbs.tsv)."""
    text = (resources.files("tacitus.data") / "nlp" / "irregular_verbs.tsv").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("base\t"):
            continue
        base, past, participle = line.split("\t")
        out[base] = tuple(dict.fromkeys([*past.split("|"), *participle.split("|")]))
    return out


def _cvc(word: str) -> bool:
    """Ends consonant-vowel-consonant (the final consonant may double: "ban" → "banned"); "qu" counts as a
    consonant ("acquit" → "acquitted", "equip" → "equipped")."""
    return (len(word) >= 3 and word[-1] not in VOWELS and word[-1] not in "wxy" and word[-2] in VOWELS
            and (word[-3] not in VOWELS or word[-4:-2] == "qu"))


def third_person(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    if word.endswith(SIBILANT_ENDINGS) or (word.endswith("o") and not word.endswith("oo")):
        return word + "es"
    return word + "s"


def _past(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "d"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        return [word[:-1] + "ied"]
    if word.endswith("c"):
        return [word + "ked", word + "ed"]
    out = [word + "ed"]
    if _cvc(word):
        out.append(word + word[-1] + "ed")
    return out


def _gerund(word: str) -> list[str]:
    if word.endswith("ie"):
        return [word[:-2] + "ying"]
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return [word[:-1] + "ing"]
    out = [word + "ing"]
    if word.endswith("c"):
        out.append(word + "king")
    if _cvc(word):
        out.append(word + word[-1] + "ing")
    return out


@lru_cache(maxsize=8192)
def verb_forms(word: str) -> frozenset[str]:
    """Every surface form of the verb ``word`` (lower case)."""
    word = word.lower()
    irregular = irregular_verbs().get(word)
    forms = {word, third_person(word), *_gerund(word)}
    if irregular is not None:
        forms.update(irregular)
        if word == "be":
            forms.update({"is", "are", "am", "'s", "'re", "'m"})
        elif word == "have":
            forms.update({"has", "'ve", "'d"})
    else:
        forms.update(_past(word))
    return frozenset(forms)


def plural(word: str) -> list[str]:
    """Plural forms of the noun ``word`` (regular rules plus -man/-men, -is/-es)."""
    if word.endswith("man") and len(word) > 4:
        return [word[:-3] + "men"]
    if word.endswith("is") and len(word) > 4:
        return [word[:-2] + "es"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        return [word[:-1] + "ies"]
    if word.endswith(SIBILANT_ENDINGS):
        return [word + "es"]
    if word.endswith("o") and len(word) > 1 and word[-2] not in VOWELS:
        return [word + "es", word + "s"]  # "embargoes", "photos"
    if word == "person":
        return ["people", "persons"]
    return [word + "s"]


def looks_plural(word: str) -> bool:
    """A word spelt as a regular plural: -s, not -ss, -us or -is ("senators", not "census", "crisis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular(word: str) -> str:
    """The singular of a regular plural ("senators" → "senator", "secretaries" → "secretary"); a word
    that is not one (ends in -ss, or has no -s) is returned as it is."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=8192)
def noun_forms(word: str) -> frozenset[str]:
    """The singular and plural forms of the noun ``word``."""
    word = word.lower()
    return frozenset({word, *plural(word)})


def lemma_table(verbs: Iterable[str], nouns: Iterable[str]) -> dict[str, str]:
    """surface form → lemma for the given verbs and nouns; a lemma always maps to itself."""
    table: dict[str, str] = {}
    bases: set[str] = set()
    for w in verbs:
        bases.add(w)
        for f in verb_forms(w):
            table.setdefault(f, w)
    for w in nouns:
        bases.add(w)
        for f in noun_forms(w):
            table.setdefault(f, w)
    for w in bases:
        table[w] = w
    table.pop("'s", None)  # the possessive clitic is not "is"
    table.pop("'d", None)
    return table
