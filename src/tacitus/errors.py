"""Stable, searchable error messages for bad input (one place, like spaCy's errors.py)."""


class TacitusError(Exception):
    """Base class for errors tacitus reports to users."""


class InputError(TacitusError):
    """A document could not be read; the run goes on with the next one."""


E001 = "E001 empty document: no text left after extraction"
E002 = "E002 binary content: the input does not look like text or HTML"
E003 = "E003 undecodable text: not valid UTF-8 and no fallback encoding fits"
E004 = "E004 invalid JSON on line {line}: {detail}"
E005 = "E005 JSON record has no text field (looked for: {fields})"
E006 = "E006 input not found: {path}"
E007 = "E007 unreadable input {path}: {detail}"
E008 = "E008 invalid date {value!r}: expected YYYY-MM-DD"
E009 = "E009 document not found in the store: {ref}"

# Scale-out inputs (WARC, feeds, fetching) and resumable runs: E020-E029.
E020 = "E020 truncated WARC record at offset {offset}: {detail}"
E021 = "E021 unreadable WARC file: {detail}"
E022 = "E022 {what} support needs an optional package: pip install {package}"
E023 = "E023 invalid feed: {detail}"
E024 = "E024 fetch refused {url}: {detail}"
E025 = "E025 fetch failed {url}: {detail}"
E026 = "E026 coding crashed on this document (isolated): {detail}"

# Limits (one input never takes a run or a process down): E012-E014, E027-E028.
E012 = "E012 document too long: {n} characters after extraction (limit {limit})"
E013 = "E013 input too large: {what} over {limit} bytes"
E014 = "E014 damaged compressed input {path}: {detail}"
E027 = "E027 WARC record body over {limit} bytes once decompressed (record skipped): {url}"
E028 = (
    "E028 store {path} is locked by another process ({detail}); "
    "stop it (e.g. tacitus serve) or use another --db"
)

# Reading a store, event filters, exports and GDELT files: E030-E034.
E030 = "E030 invalid filter {name}={value!r}: {detail}"
E031 = "E031 no tacitus store at {path} (create one with: tacitus code FILES --db {path})"
E032 = "E032 not a GDELT Events (61 columns), Mentions (16) or GKG 2.1 (27) file: {path} has {n} columns"
E033 = "E033 unreadable GDELT archive {path}: {detail}"
E034 = "E034 no GDELT events in this store: tacitus import-gdelt FILE.export.CSV first"
