"""Tables of the store. Column lists drive both the DDL and the bulk inserts.

Spans are character offsets into ``documents.text``. Column names avoid SQL keywords
(``start_char``/``end_char`` rather than ``start``/``end``) so analysts need no quoting;
an event's actors are flattened into ``source_*``, ``target_*`` and ``reported_by_*`` columns.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

SENTENCE_TYPE = 'STRUCT("index" INTEGER, start INTEGER, "end" INTEGER)[]'

ACTOR_FIELDS = (  # (suffix, type) of an actor flattened into an event row
    ("code", "VARCHAR"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("text", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("rule", "VARCHAR"),
    ("person", "VARCHAR"),
)
EVENT_ACTORS = ("source", "target", "reported_by")

DOCUMENT_COLUMNS = (
    ("id", "VARCHAR"),
    ("seq", "BIGINT"),  # insertion order
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("published", "DATE"),
    ("language", "VARCHAR"),
    ("title", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("text", "VARCHAR"),
    ("content_hash", "VARCHAR"),  # SHA-256 prefix of the text (tacitus.model.content_id)
    ("sentences", SENTENCE_TYPE),
    ("status", "VARCHAR"),  # ok | skipped | error
    ("reason", "VARCHAR"),
    ("n_events", "INTEGER"),
    ("enrichment", "VARCHAR"),  # JSON: places, counts, quotes, entities, tone, themes (CodedDocument)
)

EVENT_COLUMNS = (
    ("doc_id", "VARCHAR"),
    ("event_index", "INTEGER"),
    ("sentence_index", "INTEGER"),
    ("sentence", "VARCHAR"),
    ("date", "DATE"),
    ("date_text", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("root", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    ("plover_type", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    *((f"{who}_{name}", kind) for who in EVENT_ACTORS for name, kind in ACTOR_FIELDS),
    ("trigger_text", "VARCHAR"),
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("modality", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("rule", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
    ("location", "VARCHAR"),  # JSON of the full Place record
)

ACTOR_COLUMNS = (  # actor mentions of a document
    ("doc_id", "VARCHAR"),
    ("mention_index", "INTEGER"),
    ("text", "VARCHAR"),
    ("code", "VARCHAR"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    ("rule", "VARCHAR"),
    ("person", "VARCHAR"),
)

DATE_COLUMNS = (  # date mentions of a document
    ("doc_id", "VARCHAR"),
    ("mention_index", "INTEGER"),
    ("text", "VARCHAR"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    ("date", "DATE"),
    ("granularity", "VARCHAR"),
)

# -- stories, near-duplicates and deduplicated events (tacitus.stories; filled by `tacitus stories`) --

STORY_DOC_COLUMNS = (  # one row per document assigned to a story
    ("doc_id", "VARCHAR"),
    ("story_id", "VARCHAR"),
    ("duplicate_of", "VARCHAR"),  # canonical document when this one is a near-duplicate copy
    ("duplicate_similarity", "DOUBLE"),  # estimated Jaccard of the shingle sets (MinHash)
    ("story_score", "DOUBLE"),  # similarity to the story it joined (0 when it opened it)
    ("assigned_order", "BIGINT"),  # order of assignment: the stream is replayed in this order
)

STORY_COLUMNS = (
    ("story_id", "VARCHAR"),
    ("title", "VARCHAR"),
    ("first_date", "DATE"),
    ("last_date", "DATE"),
    ("n_documents", "INTEGER"),
    ("n_duplicates", "INTEGER"),
    ("n_sources", "INTEGER"),
    ("sources", "VARCHAR[]"),
    ("top_actors", "VARCHAR[]"),
    ("top_places", "VARCHAR[]"),
    ("n_events", "INTEGER"),  # deduplicated events
)

EVENT_CLUSTER_COLUMNS = (  # one row per deduplicated (real) event
    ("cluster_id", "VARCHAR"),
    ("global_event_id", "BIGINT"),
    ("story_id", "VARCHAR"),
    ("date", "DATE"),
    ("cameo", "VARCHAR"),
    ("root", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    ("source_code", "VARCHAR"),
    ("target_code", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("num_mentions", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("first_seen", "DATE"),
    ("last_seen", "DATE"),
    ("confidence", "DOUBLE"),
    ("codes", "VARCHAR"),  # JSON {code: number of documents}
    ("avg_tone", "DOUBLE"),
    ("doc_id", "VARCHAR"),  # representative mention
    ("event_index", "INTEGER"),
)

EVENT_MENTION_COLUMNS = (  # links every event mention (row of events) to its cluster
    ("cluster_id", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("event_index", "INTEGER"),
)

TABLES = {
    "documents": (DOCUMENT_COLUMNS, "PRIMARY KEY (id)"),
    "events": (EVENT_COLUMNS, "PRIMARY KEY (doc_id, event_index)"),
    "actors": (ACTOR_COLUMNS, "PRIMARY KEY (doc_id, mention_index)"),
    "dates": (DATE_COLUMNS, "PRIMARY KEY (doc_id, mention_index)"),
    "story_docs": (STORY_DOC_COLUMNS, "PRIMARY KEY (doc_id)"),
    "stories": (STORY_COLUMNS, "PRIMARY KEY (story_id)"),
    "event_clusters": (EVENT_CLUSTER_COLUMNS, "PRIMARY KEY (cluster_id)"),
    "event_mentions": (EVENT_MENTION_COLUMNS, "PRIMARY KEY (doc_id, event_index)"),
}

from tacitus.store.ledger import LEDGER_COLUMNS  # noqa: E402  (resumable runs: tacitus.store.ledger)

TABLES["ledger"] = (LEDGER_COLUMNS, "PRIMARY KEY (source_key)")


def _ddl(table: str) -> str:
    columns, key = TABLES[table]
    lines = [f"{name} {kind}" for name, kind in columns]
    if table == "documents":
        lines.append("added_at TIMESTAMP DEFAULT current_timestamp")
    body = ",\n    ".join([*lines, key])
    return f"CREATE TABLE IF NOT EXISTS {table} (\n    {body}\n)"


DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    *(_ddl(table) for table in TABLES),
    "CREATE INDEX IF NOT EXISTS events_root ON events (root)",
]


def insert_sql(table: str) -> str:
    """``INSERT ... SELECT UNNEST($1), UNNEST($2), ...``: one statement per table and batch.

    Each parameter is a whole column as a Python list; DuckDB zips the unnested lists back into
    rows. Much faster than ``executemany`` (one execution per row).
    """
    columns, _ = TABLES[table]
    names = ", ".join(name for name, _ in columns)
    values = ", ".join(f"UNNEST(${i}::{kind}[])" for i, (_, kind) in enumerate(columns, start=1))
    return f"INSERT INTO {table} ({names}) SELECT {values}"


def select_list(table: str, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + name for name, _ in TABLES[table][0])
