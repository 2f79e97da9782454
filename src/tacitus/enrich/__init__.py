"""Enrichment of parsed documents with context the event coder needs.

``tacitus.enrich.dates``: date expressions ("yesterday", "on Sunday", "last October",
"September 17, 2015") found in a spaCy ``Doc`` and resolved against the publication date into
:class:`tacitus.model.DateMention` records (``find_dates``, ``resolve_expression``).
"""
