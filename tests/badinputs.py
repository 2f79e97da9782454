"""A generator of hostile inputs (no binary blobs in git): ``make_corpus(folder)`` writes them and says what
each must give.

Every file is written by code here, into a temporary folder, at test time. ``make_corpus`` returns
``{file name: expectation}``, an expectation being a list of what the file yields, each item either
``"doc"`` (a document that must be stored) or an error code (``"E002"``: exactly one rejection with that
code). The test feeds the whole folder to one run and checks that nothing crashes, every good document is
stored and every bad input gets its coded error row (tests/test_bad_inputs.py; docs/RELIABILITY.md).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from pathlib import Path

GOOD = "Russian forces shelled the town of Avdiivka on Monday, Ukrainian officials said."
GOOD_HTML = f"<html><head><title>t</title></head><body><article><p>{GOOD}</p></article></body></html>"


def _gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as fh:
        fh.write(data)
    return buf.getvalue()


def _gz_bomb(size: int) -> bytes:
    """A gzip stream of ``size`` zero bytes, compressed in pieces (never ``size`` bytes in memory)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    out = [comp.compress(block) for _ in range(size >> 20)]
    return b"".join(out) + comp.flush()


def http_block(body: bytes, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra + b"\r\n" + body


def warc_record(block: bytes, url: str, n: int) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Date: 2024-01-0{1 + n % 9}T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def warc_records(k: int, gz: bool = False) -> list[bytes]:
    out = []
    for i in range(k):
        body = GOOD_HTML.replace("Monday", f"day {i}").encode()
        rec = warc_record(http_block(body), f"https://news.example.org/{i}", i)
        out.append(_gz(rec) if gz else rec)
    return out


def warc_cut_points(records: list[bytes], n: int) -> list[int]:
    """``n`` cut points inside the last record: in its WARC headers, its HTTP headers and its body."""
    start = sum(len(r) for r in records[:-1])
    last = len(records[-1])
    return sorted({start + max(1, (last - 5) * (i + 1) // (n + 1)) for i in range(n)})


def make_corpus(folder: Path, *, warc_cuts: int = 6, huge: bool = True) -> dict[str, list[str]]:
    """Write the bad-input corpus into ``folder``; ``{file name: expected items}`` (see module doc)."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, list[str]] = {}

    def put(name: str | bytes, data: bytes, items: list[str]) -> None:
        path = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else os.fsencode(name))
        with open(path, "wb") as fh:
            fh.write(data)
        key = name if isinstance(name, str) else os.fsdecode(name)
        expect[key] = items

    # empty, whitespace, furniture only
    put("empty.txt", b"", ["E001"])
    put("whitespace.txt", b" \n\t\r\n \xc2\xa0\n", ["E001"])
    put("only-script.html", b"<html><body><script>var x = 1;</script><style>p {}</style></body></html>",
        ["E001"])
    # binary types under text names
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ["E002"])
    put("report.html", b"%PDF-1.4\n" + bytes(range(256)) * 4, ["E002"])
    put("nul.txt", b"Russia\x00attacked\x00" * 50, ["E002"])
    put("exe.txt", b"\x7fELF\x02\x01\x01" + bytes(200), ["E002"])
    # encodings
    put("cp1252.txt", f"{GOOD} \u201cWe will respond,\u201d the minister said.".encode("cp1252"), ["doc"])
    put("mixed.txt", GOOD.encode() + " Caf\u00e9 \u2013 ".encode("cp1252") + "na\u00efve".encode(), ["doc"])
    put("utf16-bom.txt", GOOD.replace("Monday", "Tuesday").encode("utf-16"), ["doc"])
    put("utf16le-nobom.txt", GOOD.replace("Monday", "Wednesday").encode("utf-16-le"), ["doc"])
    put("utf16-bom.html", GOOD_HTML.replace("Monday", "Thursday").encode("utf-16"), ["doc"])
    put("utf16be-nobom.html", GOOD_HTML.replace("Monday", "Friday").encode("utf-16-be"), ["doc"])
    put("undecodable.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80, 0x85]) * 60, ["E003"])
    # huge inputs: over spaCy's max_length (rejected alone, E012)
    if huge:
        sentence = "The army said the ceasefire held in the north while talks went on in Geneva. "
        put("huge.txt", "".join(f"{i}. {sentence * 12}\n" for i in range(1100)).encode(), ["E012"])
        put("one-long-line.txt", (sentence * 13200).encode(), ["E012"])
        put("long-line.jsonl", (json.dumps({"text": sentence * 13200}) + "\n").encode(), ["E012"])
    # markup
    text = GOOD.replace("Monday", "Saturday")
    deep = "<html><body>" + "<div>" * 100_000 + f"<p>{text}</p>" + "</div>" * 100_000
    put("deep.html", (deep + "</body></html>").encode(), ["doc"])
    # broken JSON Lines: 1 good, invalid JSON, not an object, no text field, lone surrogate escape (good)
    lines = [
        json.dumps({"text": GOOD.replace("Monday", "Sunday")}),
        '{"text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "no body"}),
        '{"text": "Iran condemned Israel on Monday \\ud800 over the strike.", "title": "x\\udfff"}',
    ]
    put("broken.jsonl", "\n".join(lines).encode() + b"\n", ["doc", "E004", "E004", "E005", "doc"])
    # compressed inputs
    put("story.txt.gz", _gz(GOOD.replace("Monday", "in March").encode()), ["doc"])
    put("page.html.gz", _gz(GOOD_HTML.replace("Monday", "in April").encode()), ["doc"])
    records = "\n".join(json.dumps({"text": GOOD.replace("Monday", f"on day {i}")}) for i in range(3))
    put("records.jsonl.gz", _gz(records.encode() + b"\n"), ["doc", "doc", "doc"])
    gz_records = _gz((records + "\n").replace("day", "night").encode())
    put("cut.jsonl.gz", gz_records[: len(gz_records) * 2 // 3], ["E014"])  # what precedes the cut may be kept
    put("cut.txt.gz", _gz(GOOD.encode() * 50)[:40], ["E014"])
    put("bomb.txt.gz", _gz_bomb(80 << 20), ["E013"])  # 80 MB of zeros in ~80 kB
    # WARC: truncated at several points (headers, HTTP headers, body), plain and gzip; a compression bomb
    plain, packed = warc_records(3), warc_records(3, gz=True)
    for i, cut in enumerate(warc_cut_points(plain, warc_cuts)):
        put(f"cut-{i}.warc", b"".join(plain)[:cut], ["doc", "doc", "E02x"])
    for i, cut in enumerate(warc_cut_points(packed, warc_cuts)):
        put(f"cut-{i}.warc.gz", b"".join(packed)[:cut], ["doc", "doc", "E02x"])
    bomb = http_block(_gz_bomb(64 << 20), extra=b"Content-Encoding: gzip\r\n")
    put("bomb.warc", warc_record(bomb, "https://bomb.example.org/", 9) + plain[0], ["E027", "doc"])
    # file names and links
    put(b"bad-name-\xff\xfe.txt", GOOD.replace("Monday", "at dawn").encode(), ["doc"])
    put("new\nline.txt", GOOD.replace("Monday", "at noon").encode(), ["doc"])
    os.symlink("loop.txt", folder / "loop.txt")  # a link to itself
    expect["loop.txt"] = ["E007"]
    os.symlink("missing.txt", folder / "dangling.txt")
    expect["dangling.txt"] = ["E007"]
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a directory loop: never followed
    return expect


def code_of(reason: str) -> str:
    return reason.split(" ", 1)[0]


def file_of(origin: str, folder: Path) -> str:
    """The corpus file name of an origin (``path``, ``path:LINE``, ``path#OFFSET``)."""
    rel = origin[len(str(folder)) + 1 :] if origin.startswith(str(folder)) else origin
    for sep in ("#", ":"):
        head, found, tail = rel.rpartition(sep)
        if found and tail.isdigit():
            return head
    return rel


def check(
    expect: dict[str, list[str]], folder: Path, docs: list[str] | None, rejected: list[tuple[str, str]]
) -> list[str]:
    """Problems found (empty when the run did what ``expect`` says). ``docs``: origins of stored documents
    (None: check only the rejections); ``rejected``: ``(origin, reason)`` rows. Names are compared as
    stored (undecodable bytes as ``\\xNN``)."""
    from tacitus.ingest.types import origin_of

    got: dict[str, list[str]] = {}
    for origin in docs or []:
        got.setdefault(file_of(origin, folder), []).append("doc")
    for origin, reason in rejected:
        got.setdefault(file_of(origin, folder), []).append(code_of(reason))
    problems = []
    for name, items in expect.items():
        key = origin_of(name)
        found = sorted(got.pop(key, []))
        want = sorted(items)
        if name.startswith("cut-"):  # E020 (record cut short) or E021 (file unreadable) by where it was cut
            found = ["E02x" if f in ("E020", "E021") else f for f in found]
        if name.startswith("cut.") and name.endswith(".gz"):  # records before the cut may be stored
            found = [f for f in found if f != "doc"]
        if docs is None:
            found, want = [f for f in found if f != "doc"], [w for w in want if w != "doc"]
        if found != want:
            problems.append(f"{key!r}: expected {want}, got {found}")
    problems += [f"unexpected {k!r}: {v}" for k, v in got.items() if docs is not None or set(v) != {"doc"}]
    return problems
