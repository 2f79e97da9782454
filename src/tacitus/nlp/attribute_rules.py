"""A faster matcher for the model's attribute ruler (tag → POS/morphology rules and their exceptions).

The English pipelines' ``attribute_ruler`` holds ~180 rules of one or two tokens that test ``TAG``,
``LOWER``, ``DEP`` and ``IS_SPACE``. spaCy runs them through the general ``Matcher``, which on news costs
about as much as the parser (≈ 50 ms per 1 000 words here). :class:`RuleIndex` finds exactly the same
matches by looking rules up by the first token's lower-case form or tag, and hands them to the ruler's
own ``set_annotations``, so the attributes written are the ruler's own. ``tests/test_attribute_rules.py``
checks token-for-token equality with the stock ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens import Doc, Token

Check = Callable[[Token], bool]
_GETTERS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.text,
    "POS": lambda t: t.pos_,
}


class UnsupportedRule(ValueError):
    """A rule this index cannot express; the stock matcher is kept."""


def _value_test(value: Any) -> Callable[[Any], bool]:
    if not isinstance(value, dict):
        return lambda v: v == value
    if set(value) == {"IN"}:
        allowed = frozenset(value["IN"])
        return lambda v: v in allowed
    if set(value) == {"NOT_IN"}:
        banned = frozenset(value["NOT_IN"])
        return lambda v: v not in banned
    if set(value) == {"REGEX"}:
        rx = re.compile(value["REGEX"])
        return lambda v: bool(rx.search(v))
    raise UnsupportedRule(f"predicate {value!r}")


def _compile(spec: dict[str, Any]) -> Check:
    tests = []
    for key, value in spec.items():
        if key not in _GETTERS:
            raise UnsupportedRule(f"attribute {key!r}")
        tests.append((_GETTERS[key], _value_test(value)))
    return lambda tok: all(test(get(tok)) for get, test in tests)


class RuleIndex:
    """Drop-in for ``AttributeRuler.match``: the sorted ``(rule id, 0, start, end)`` matches of a Doc.

    Rules are filed under what their first token must be (a lower-case form, a tag, a dependency label, a
    space), keyed by string hash so a document is scanned as integer arrays; a rule whose first token is
    only constrained by a regex on its lower-case form is filed per form on first sight (memoised).
    Token objects are built only where a rule needs more checks than its bucket guarantees.
    """

    def __init__(self, ruler) -> None:
        self.strings = ruler.vocab.strings
        self.buckets: dict[str, dict[int, list]] = {"LOWER": {}, "TAG": {}, "DEP": {}, "IS_SPACE": {}}
        self.by_regex: list = []
        self._regex_memo: dict[int, list] = {}
        for attr_id in range(len(ruler.attrs)):
            found = ruler.matcher.get(str(attr_id))
            if found is None:
                raise UnsupportedRule(f"rule {attr_id} not in the matcher")
            for pattern in found[1]:
                self._file(attr_id, pattern)

    def _file(self, attr_id: int, pattern: list[dict[str, Any]]) -> None:
        checks = [_compile(spec) for spec in pattern]
        first = pattern[0]
        keys = _first_keys(first)
        if not keys:
            lower = first.get("LOWER")
            if set(first) != {"LOWER"} or not isinstance(lower, dict) or set(lower) != {"REGEX"}:
                raise UnsupportedRule(f"first token {first!r}")
            self.by_regex.append((attr_id, checks, re.compile(lower["REGEX"])))
            return
        exact = len(pattern) == 1 and len(first) == 1  # the bucket alone decides
        for attr, value in keys:
            key = 1 if attr == "IS_SPACE" else self.strings.add(value)
            self.buckets[attr].setdefault(key, []).append((attr_id, checks, exact))

    def _regex_rules(self, lower: int) -> list:
        rules = self._regex_memo.get(lower)
        if rules is None:
            if len(self._regex_memo) > 100_000:
                self._regex_memo.clear()
            text = self.strings[lower]
            rules = self._regex_memo[lower] = [(a, c, False) for a, c, rx in self.by_regex if rx.search(text)]
        return rules

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        n = len(doc)
        if not n:
            return []
        arr = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        by_lower, by_tag, by_dep = self.buckets["LOWER"], self.buckets["TAG"], self.buckets["DEP"]
        space_rules = self.buckets["IS_SPACE"].get(1, [])
        out = set()
        for i, (low, tag, dep, space) in enumerate(arr):
            candidates = [*by_lower.get(low, ()), *by_tag.get(tag, ()), *by_dep.get(dep, ())]
            if space:
                candidates += space_rules
            if self.by_regex:
                candidates += self._regex_rules(low)
            for attr_id, checks, exact in candidates:
                end = i + len(checks)
                if exact or (end <= n and all(check(doc[i + k]) for k, check in enumerate(checks))):
                    out.add((attr_id, 0, i, end))
        return sorted(out)


def _first_keys(spec: dict[str, Any]) -> list[tuple[str, Any]]:
    """The buckets a rule is filed under: every value its first token may have for one attribute."""
    for attr in ("LOWER", "TAG", "DEP"):
        value = spec.get(attr)
        if isinstance(value, str):
            return [(attr, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(attr, v) for v in value["IN"]]
    if spec.get("IS_SPACE") is True:
        return [("IS_SPACE", True)]
    return []


def speed_up(ruler) -> bool:
    """Give ``ruler`` the indexed matcher; False (and the ruler unchanged) if a rule is not supported."""
    try:
        ruler.match = RuleIndex(ruler)
    except UnsupportedRule:
        return False
    return True
