"""Data files: one YAML reading for every lexicon and table (like yaml.safe_load, but "on", "off", "yes",
"no" stay words, not booleans) and one cached loader for the files packaged under ``tacitus/data``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


class _LexiconLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser: 8x faster
    """SafeLoader whose booleans are only true/false (YAML 1.2 style)."""


_LexiconLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LexiconLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _unique_mapping(loader: _LexiconLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    """A mapping whose keys are all different: a key given twice would silently drop the first entry's
    data ("USA:" twice in a lexicon kept only the second list)."""
    seen: set = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if isinstance(key, str | int | float | bool) and key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (its earlier entry would be lost)", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_LexiconLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_yaml(text: str) -> Any:
    """Parse lexicon YAML (prepositions such as ``on`` are kept as strings)."""
    return yaml.load(text, Loader=_LexiconLoader)


def data_path(relpath: str) -> Path:
    """Path of a file packaged under ``tacitus/data`` (``"events/verbs.yaml"``)."""
    return Path(str(resources.files("tacitus") / "data" / relpath))


@cache
def data_text(relpath: str) -> str:
    """Text of a packaged data file, read once per process."""
    return data_path(relpath).read_text(encoding="utf-8")


@cache
def data_yaml(relpath: str) -> Any:
    """A packaged YAML file parsed once per process with :func:`load_yaml`. Shared: do not mutate it."""
    return load_yaml(data_text(relpath))
