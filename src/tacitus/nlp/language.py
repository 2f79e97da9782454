"""Language identification with lingua, restricted to ~15 common news languages.

Two detectors are built lazily and cached at module level:

* texts with at least ``LONG_TEXT`` characters use lingua's *low-accuracy* mode (trigram models
  only: ~15 MB RSS, ~0.2 s to load; reliable on paragraph-length text);
* shorter texts (headlines, one-sentence items) use the high-accuracy mode, which is only loaded the
  first time a short text is seen (~230 MB RSS, ~3.5 s), because trigrams alone misjudge short
  English with many proper names ("Macron visits Berlin, meets Merkel").
"""

from __future__ import annotations

import threading

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (
    Language.ENGLISH,
    Language.SPANISH,
    Language.FRENCH,
    Language.GERMAN,
    Language.PORTUGUESE,
    Language.ITALIAN,
    Language.RUSSIAN,
    Language.ARABIC,
    Language.CHINESE,
    Language.TURKISH,
    Language.DUTCH,
    Language.PERSIAN,
    Language.UKRAINIAN,
    Language.HEBREW,
    Language.JAPANESE,
)
MAX_CHARS = 2000  # only the start of the text is looked at
MIN_LETTERS = 20  # fewer letters than this: undecidable
MIN_CJK = 8  # Chinese/Japanese characters carry more information per letter
LONG_TEXT = 200  # characters from which the low-accuracy detector is trusted

_lock = threading.Lock()
_detectors: dict[str, LanguageDetector] = {}


def get_detector(accurate: bool = False) -> LanguageDetector:
    """The cached detector (built on first use); ``accurate`` selects the high-accuracy models."""
    key = "high" if accurate else "low"
    detector = _detectors.get(key)
    if detector is None:
        with _lock:
            detector = _detectors.get(key)
            if detector is None:
                builder = LanguageDetectorBuilder.from_languages(*LANGUAGES)
                if not accurate:
                    builder = builder.with_low_accuracy_mode()
                detector = builder.build()
                _detectors[key] = detector
    return detector


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return 0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` ("en", "es", ...), or None when undecidable
    (too few letters, or no supported language fits)."""
    if not text:
        return None
    sample = " ".join(text[:MAX_CHARS].split())
    letters = sum(1 for ch in sample if ch.isalpha())
    cjk = sum(1 for ch in sample if _is_cjk(ch))
    if letters < MIN_LETTERS and cjk < MIN_CJK:
        return None
    accurate = len(sample) < LONG_TEXT and cjk < MIN_CJK
    language = get_detector(accurate=accurate).detect_language_of(sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()
