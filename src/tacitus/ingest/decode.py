"""Bytes to text: :func:`decode_bytes` (UTF-8 first, then plausible single-byte fallbacks)."""

from __future__ import annotations

import codecs
import re
import unicodedata

from tacitus.errors import E002, E003, InputError

_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
)
_CONTROL_BYTES = frozenset(set(range(32)) - {9, 10, 12, 13}) | {127}
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")


def _cp1252_byte(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: a byte that is not UTF-8 is read as cp1252 (latin-1 where cp1252 has none)."""
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), exc.end


codecs.register_error("tacitus-cp1252", _cp1252_byte)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def utf16_codec(data: bytes) -> str | None:
    """``"utf-16"`` (with a BOM), ``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` looks like UTF-16 text
    (a BOM, or mostly-ASCII text whose every other byte is NUL), else None."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:8192]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    n = len(even)
    for codec, zeros, text in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.6 * n and text.count(0) <= 0.02 * n:
            return codec
    return None


def looks_binary(data: bytes) -> bool:
    """True for known binary signatures, NUL bytes or many control characters (UTF-16 text is not
    binary)."""
    if data.startswith(_MAGIC):
        return True
    if utf16_codec(data):
        return False
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls / len(sample) > 0.01


def _plausible(text: str) -> bool:
    """Does a single-byte decoding look like natural-language text?"""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    odd = 0
    for ch in non_ascii:
        cat = unicodedata.category(ch)
        if cat[0] == "C" or cat in ("So", "Sk", "Sm", "Co"):
            odd += 1
    letters = sum(1 for ch in text if ch.isalpha())
    # most non-ASCII characters should be letters or ordinary punctuation, and the text mostly letters
    return odd / len(non_ascii) < 0.2 and letters / max(1, len(text.strip())) > 0.4


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag (first 4 kB), if it is known to Python."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, encoding_hint: str | None = None) -> str:
    """Decode raw input bytes to text.

    UTF-8 (with or without BOM) and UTF-16 (with BOM, or recognised by its NUL bytes) are accepted;
    then ``encoding_hint`` (e.g. an
    HTML ``<meta charset>``), cp1252 and latin-1, each only if the result plausibly is text.
    Raises :class:`~tacitus.errors.InputError` with E002 for binary content (NUL bytes, control
    characters, known file signatures) and E003 when no encoding fits.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif codec := utf16_codec(data):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            if codec == "utf-16":
                raise InputError(E003) from None
            # not UTF-16 after all (a NUL-riddled binary): judged below
    if looks_binary(data):
        raise InputError(E002)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data):  # mixed: UTF-8 text with stray single-byte characters
        text = data.decode("utf-8", errors="tacitus-cp1252")
        if _plausible(text):
            return text
    candidates = ["cp1252", "latin-1"]
    if encoding_hint and encoding_hint.lower().replace("_", "-") not in ("utf-8", "utf8"):
        candidates.insert(0, encoding_hint)
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text
    raise InputError(E003)
