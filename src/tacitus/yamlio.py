"""YAML for lexicons: like yaml.safe_load, but "on", "off", "yes", "no" stay words, not booleans."""

from __future__ import annotations

import re
from typing import Any

import yaml


class _LexiconLoader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true/false (YAML 1.2 style)."""


_LexiconLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LexiconLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(text: str) -> Any:
    """Parse lexicon YAML (prepositions such as ``on`` are kept as strings)."""
    return yaml.load(text, Loader=_LexiconLoader)
