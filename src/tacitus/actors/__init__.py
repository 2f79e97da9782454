"""Actor stage: noun phrases of a parsed article -> CAMEO-style actor codes (``USAGOV``, ``SYRREB``).

>>> resolver = ActorResolver.default()
>>> doc_actors = resolver.resolve(doc, published=None)
>>> doc_actors.for_token(token), doc_actors.country_for_token(token)
"""

from tacitus.actors.resolver import ActorResolver, DocumentActors

__all__ = ["ActorResolver", "DocumentActors"]
