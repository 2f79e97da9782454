"""The actor and event stages read a parse's text through the cached ``doc_text``: spaCy's ``Doc.text`` joins
every token on each access, and one read per mention made the pipeline 1.4 times slower (2026-12-05)."""

from __future__ import annotations

import re
from pathlib import Path

import tacitus

STAGES = Path(tacitus.__file__).parent
#: the fast coder builds its own text object once per document from the parse
ALLOWED = {"events/fast/text.py"}


def test_no_stage_rebuilds_a_parses_text():
    offenders = []
    for path in sorted([*STAGES.glob("actors/*.py"), *STAGES.glob("events/**/*.py")]):
        rel = path.relative_to(STAGES).as_posix()
        if rel in ALLOWED:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bdoc\.text\b", line.split("#", 1)[0]):  # (code, not comments)
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == [], "use tacitus.nlp.doctext.doc_text:\n" + "\n".join(offenders)
