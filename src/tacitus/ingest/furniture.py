"""Page-furniture patterns (menus, share buttons, bylines, cookie banners ...).

The patterns live in ``tacitus/data/furniture.yaml``; they are loaded and compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_MACRO = re.compile(r"\{([A-Z]+)\}")
_UNESCAPED_SPACE = re.compile(r"(?<!\\)\s+")


@dataclass(frozen=True, slots=True)
class FurnitureGroup:
    """One named group of whole-line patterns."""

    name: str
    where: str  # "edge" | "anywhere"
    max_len: int
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    edge_window: int
    groups: tuple[FurnitureGroup, ...]

    def match(self, line: str) -> FurnitureGroup | None:
        """The first group whose pattern matches the whole ``line``, if any."""
        for group in self.groups:
            if len(line) <= group.max_len and group.regex.fullmatch(line):
                return group
        return None


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(5):  # macros may use other macros
        new = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if new == pattern:
            break
        pattern = new
    return pattern


@lru_cache(maxsize=1)
def furniture_rules() -> FurnitureRules:
    """Load and compile ``data/furniture.yaml`` (cached)."""
    raw = resources.files("tacitus").joinpath("data/furniture.yaml").read_text(encoding="utf-8")
    spec = yaml.safe_load(raw)
    macros = {k: _UNESCAPED_SPACE.sub("", v) for k, v in (spec.get("macros") or {}).items()}
    groups = []
    for g in spec["groups"]:
        body = "|".join(f"(?:{_expand(p, macros)})" for p in g["patterns"])
        flags = re.IGNORECASE if g.get("ignore_case", True) else 0
        groups.append(
            FurnitureGroup(
                name=g["name"],
                where=g.get("where", "edge"),
                max_len=int(g.get("max_len", 120)),
                regex=re.compile(body, flags),
            )
        )
    return FurnitureRules(edge_window=int(spec.get("edge_window", 4)), groups=tuple(groups))
