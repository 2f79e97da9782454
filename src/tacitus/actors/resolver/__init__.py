"""The actor resolver package: re-exports the resolver and the names other modules import."""

from tacitus.actors.resolver.local import american_local_news
from tacitus.actors.resolver.names import (
    ATTACKER_NOUNS,
    GUESSED_ORG,
    ORG_SECTOR_WORDS,
    OWN_COUNTRY,
    UNCARRIED_SECTORS,
    UNKNOWN_ORG,
    given_names,
)
from tacitus.actors.resolver.resolver import ActorResolver
from tacitus.actors.resolver.units import (
    BLOCKING_LEMMAS,
    LOCATIVE_PREPS,
    ORIGIN_NOUNS,
    PERSON_PRONOUNS,
    DocumentActors,
    _Unit,
)

__all__ = [
    "ATTACKER_NOUNS",
    "BLOCKING_LEMMAS",
    "GUESSED_ORG",
    "LOCATIVE_PREPS",
    "ORG_SECTOR_WORDS",
    "ORIGIN_NOUNS",
    "OWN_COUNTRY",
    "PERSON_PRONOUNS",
    "UNCARRIED_SECTORS",
    "UNKNOWN_ORG",
    "ActorResolver",
    "DocumentActors",
    "_Unit",
    "american_local_news",
    "given_names",
]
