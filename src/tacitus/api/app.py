"""The REST API and the web UI in one FastAPI app: ``create_app(db_path)``.

Routes (OpenAPI schema at ``/openapi.json``, interactive docs at ``/docs``):

* ``POST /code`` — text or HTML in, events out (the CLI's JSONL event contract); stored with ``store``
  when the server is writable
* ``GET /events`` — filtered, paginated events; ``GET /map``, ``GET /timeline``, ``GET /actors/network``
  — the same filters, aggregated for the UI's three views; ``GET /facets`` — values for the filter menus
* ``GET /documents/{id}`` — a coded document with highlight spans and each event explained
* ``GET /stories`` — stories when the stories tables exist, else ``[]``
* ``GET /export?format=jsonl|csv|json`` — the filtered events as a download
* ``POST /sql`` — one read-only SELECT with a row and time limit
* ``GET /`` — the web UI (``tacitus/web/static``); ``GET /geo/world`` — country outlines for its map
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import gzip
import io
import json
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from tacitus import __version__
from tacitus.api.db import (
    ACQUIRE_TIMEOUT,
    POOL_SIZE,
    QUERY_TIMEOUT,
    Busy,
    Database,
    QueryTimeout,
    SqlError,
)
from tacitus.api.queries import (
    EVENT_LIST_COLUMNS,
    EventFilter,
    event_relation,
    relation_params,
    rows_as_dicts,
    where_clause,
)
from tacitus.store import rows as store_rows
from tacitus.store.schema import select_list

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
MAX_BODY = 2 * 1024 * 1024  # bytes
MAX_EXPORT = 1_000_000_000  # largest ?limit= of /export (a larger one is a 422, not an empty 200)
EXPORT_PAGE = 2000  # events per page of /export (one pooled connection per page)
UI_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return value.hex()
    return str(value)


def dumps(data: Any) -> bytes:
    return json.dumps(data, default=_default, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Json(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)


class BodyLimit:
    """ASGI middleware: 413 for request bodies over ``limit`` bytes, declared (Content-Length) or not
    (chunked: the body is read here, at most ``limit`` bytes, before the app sees it)."""

    def __init__(self, app, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.limit:
                return await _too_large(send, self.limit)
            return await self.app(scope, receive, send)
        if scope.get("method") in ("GET", "HEAD", "OPTIONS") and b"transfer-encoding" not in headers:
            return await self.app(scope, receive, send)
        body = bytearray()  # no length given: read the (chunked) body up to the limit
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return await self.app(scope, _replay(None, receive, message), send)
            body += message.get("body", b"")
            if len(body) > self.limit:
                return await _too_large(send, self.limit)
            if not message.get("more_body", False):
                break
        return await self.app(scope, _replay(bytes(body), receive, None), send)


def _replay(body: bytes | None, receive, message):
    """A ``receive`` that hands the app the buffered body (or message) once, then the real channel."""
    pending = [message if body is None else {"type": "http.request", "body": body, "more_body": False}]

    async def replay():
        if pending:
            return pending.pop()
        return await receive()

    return replay


class FastHealth:
    """ASGI middleware: ``GET /health`` answered here, from :meth:`Database.counts` (its own connection,
    cached 2 s), so a loaded server still answers it within a few event-loop turns."""

    def __init__(self, app, db, writable: bool) -> None:
        self.app, self.db, self.writable = app, db, writable

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] != "/health" or scope["method"] != "GET":
            return await self.app(scope, receive, send)
        docs, events = self.db.counts()
        body = dumps({"status": "ok", "version": __version__, "documents": docs, "events": events,
                      "writable": self.writable})
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   (b"x-content-type-options", b"nosniff")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return None


class ResponseCache:
    """ASGI middleware: answers of the read views (``/events``, ``/map``, ``/timeline`` …) kept by URL and
    store generation, LRU, at most ``max_bytes`` in all. A store served read-only never changes, so the
    dashboards many clients load alike are answered from memory, without a thread or a database connection;
    a write by this process (``POST /code``) starts a new generation. Exports are kept when their whole
    body fits in ``max_entry``; a larger one streams past the cache untouched. Clients that accept gzip (every
    browser) get a kept answer compressed once, not per request."""

    PATHS = ("/events", "/map", "/timeline", "/actors/network", "/facets", "/stories", "/export")
    GZIP_FROM = 1024  # answers of this many bytes or more are also kept gzipped, for clients that accept it
    WAIT = 2.0  # seconds a request waits for the same answer in flight before computing its own

    def __init__(self, app, generation, max_bytes: int = 64 * 1024 * 1024, max_entry: int = 4 * 1024 * 1024):
        from collections import OrderedDict

        self.app = app
        self.generation = generation  # () -> int
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self.entries: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0
        self.inflight: dict[tuple, asyncio.Event] = {}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.PATHS:
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""), self.generation())
        pending = self.inflight.get(key)
        if pending is not None:  # the same answer is being computed: wait for it (no thundering herd),
            with suppress(asyncio.TimeoutError):  # but not behind a client that stopped reading it
                await asyncio.wait_for(pending.wait(), self.WAIT)
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            plain, packed = found
            start, body = packed if packed and _accepts_gzip(scope) else plain
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return None
        self.misses += 1
        done = self.inflight.setdefault(key, asyncio.Event())
        try:
            return await self._compute(key, scope, receive, send)
        finally:
            if self.inflight.get(key) is done:
                del self.inflight[key]
            done.set()

    async def _compute(self, key, scope, receive, send):
        start: dict = {}
        chunks: list[bytes] = []
        keep = True

        async def capture(message):
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message["status"] == 200
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(map(len, chunks)) > self.max_entry:
                    keep = False
                    chunks.clear()
                if keep and not message.get("more_body", False):
                    self._put(key, start, b"".join(chunks))
            await send(message)

        return await self.app(scope, receive, capture)

    def _put(self, key: tuple, start: dict, body: bytes) -> None:
        """Keep an answer, and beside it its gzip form (compressed once) when that is worth sending."""
        if key in self.entries:
            return
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"vary"]
        headers.append((b"vary", b"Accept-Encoding"))
        plain = ({**start, "headers": headers}, body)
        packed = None
        if len(body) >= self.GZIP_FROM:
            small = gzip.compress(body, compresslevel=6, mtime=0)
            packed = ({**start, "headers": [
                *((k, v) for k, v in headers if k.lower() != b"content-length"),
                (b"content-length", str(len(small)).encode()), (b"content-encoding", b"gzip")]}, small)
        self.entries[key] = (plain, packed)
        self.size += _entry_size(self.entries[key])
        while self.size > self.max_bytes and self.entries:
            _, old = self.entries.popitem(last=False)
            self.size -= _entry_size(old)


def _entry_size(entry: tuple) -> int:
    return sum(len(part[1]) for part in entry if part)


def _accepts_gzip(scope) -> bool:
    return any(k == b"accept-encoding" and b"gzip" in v.lower() for k, v in scope.get("headers", ()))


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


class HostCheck:
    """ASGI middleware against DNS rebinding: requests whose ``Host`` header names no allowed host get 421
    (a page on another origin that resolves its own name to 127.0.0.1 cannot read the API). Also lifts
    the thread pool's limit once per event loop (``threads``), so requests waiting for a database
    connection never keep ``/health`` or static files from a thread."""

    def __init__(self, app, allowed_hosts: list[str] | None = None, threads: int = 100) -> None:
        self.app = app
        self.allowed = None if allowed_hosts is None else {h.lower().strip("[]") for h in allowed_hosts}
        self.threads = threads
        self._tuned = False

    async def __call__(self, scope, receive, send):
        if not self._tuned:
            import anyio.to_thread

            limiter = anyio.to_thread.current_default_thread_limiter()
            limiter.total_tokens = max(limiter.total_tokens, self.threads)
            self._tuned = True
        if scope["type"] in ("http", "websocket") and self.allowed is not None:
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.startswith("[") else host[1:].split("]")[0]
            if name not in self.allowed and "*" not in self.allowed:
                body = dumps({"detail": f"host {host!r} is not served here (see tacitus serve --allow-host)"})
                await send({"type": "http.response.start", "status": 421,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode())]})  # fmt: skip
                await send({"type": "http.response.body", "body": body})
                return None
        return await self.app(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send, limit: int) -> None:
    body = dumps({"detail": f"request body over {limit} bytes"})
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class CodeRequest(BaseModel):
    text: str | None = Field(None, description="plain text (page furniture is stripped)")
    html: str | None = Field(None, description="a raw HTML page (main text extracted)")
    url: str | None = None
    title: str | None = None
    source: str | None = None
    date: dt.date | None = Field(None, description="publication date when the document has none")
    force_date: bool = False
    store: bool = Field(False, description="also add the document to the store (server must be --writable)")


class SqlRequest(BaseModel):
    sql: str = Field(..., max_length=20000, description="one SELECT or WITH … SELECT statement")
    max_rows: int = Field(1000, ge=1, le=10000)


def _filters(
    since: Annotated[
        dt.date | None, Query(description="first day (event date, else publication date)")
    ] = None,
    until: Annotated[dt.date | None, Query(description="last day, inclusive")] = None,
    actor: Annotated[
        str | None, Query(max_length=40, description="source or target code prefix: USA, RUSMIL")
    ] = None,
    source: Annotated[str | None, Query(max_length=40, description="source code prefix")] = None,
    target: Annotated[str | None, Query(max_length=40, description="target code prefix")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO3 of the source or target")] = None,
    sector: Annotated[
        str | None, Query(max_length=6, description="sector of the source or target: GOV, MIL …")
    ] = None,
    root: Annotated[
        str | None, Query(max_length=80, description="CAMEO root(s), comma-separated: 14,18")
    ] = None,
    cameo: Annotated[str | None, Query(max_length=4, description="CAMEO code prefix")] = None,
    plover_type: Annotated[
        str | None, Query(max_length=200, description="PLOVER type(s), comma-separated")
    ] = None,
    quad_class: Annotated[
        str | None, Query(max_length=10, description="QuadClass(es) 1-4, comma-separated")
    ] = None,
    modality: Annotated[
        str | None, Query(max_length=100, description="modality(ies), comma-separated")
    ] = None,
    place: Annotated[
        str | None, Query(max_length=100, description="location name (substring) or ISO3")
    ] = None,
    bbox: Annotated[str | None, Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat")] = None,
    story: Annotated[str | None, Query(max_length=100, description="story id (when stories exist)")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="text search in sentence, trigger, actors, title")
    ] = None,
    doc_id: Annotated[str | None, Query(max_length=64)] = None,
    dyad: Annotated[str | None, Query(max_length=90, description="SOURCE>TARGET prefixes: RUS>SYR")] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0.0, le=1.0, description="events with at least this confidence (0-1)")
    ] = None,
) -> EventFilter:
    return EventFilter(
        since=since, until=until, actor=actor, source=source, target=target, country=country, sector=sector,
        root=root, cameo=cameo, plover_type=plover_type, quad_class=quad_class, modality=modality,
        place=place, bbox=bbox, story=story, q=q, doc_id=doc_id, dyad=dyad, min_confidence=min_confidence,
    )  # fmt: skip


Filters = Annotated[EventFilter, Depends(_filters)]


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause over ``ev`` and its parameters, led by those of the event relation."""
    try:
        where, params = where_clause(f)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return where, [*relation_params(), *params]


def create_app(
    db_path: str | Path,
    *,
    writable: bool = False,
    coder: Any = None,
    max_body: int = MAX_BODY,
    sql_timeout: float = 5.0,
    allowed_hosts: list[str] | None = None,
    pool_size: int = POOL_SIZE,
    query_timeout: float = QUERY_TIMEOUT,
    acquire_timeout: float = ACQUIRE_TIMEOUT,
    cache_bytes: int = 64 * 1024 * 1024,
) -> FastAPI:
    """The app over the store at ``db_path`` (read-only unless ``writable``).

    ``coder``: a :class:`tacitus.pipeline.Coder` for ``POST /code``; one is loaded on first use otherwise.
    ``allowed_hosts``: the names the ``Host`` header may carry (``tacitus serve``: loopback names, the bound
    address and ``--allow-host``); None checks nothing (tests, embedding). ``pool_size`` read connections;
    a query is interrupted after ``query_timeout`` s, a request waits at most ``acquire_timeout`` s for a
    connection (both 503). ``cache_bytes``: memory for answers of the read views (0: no cache).
    """
    db = Database(db_path, writable=writable, pool_size=pool_size, query_timeout=query_timeout,
                  acquire_timeout=acquire_timeout)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        db.close()

    app = FastAPI(
        lifespan=lifespan,
        title="tacitus",
        version=__version__,
        description="Political event data (CAMEO, PLOVER) from raw news: events, documents, actors.",
        default_response_class=Json,
        docs_url=None,  # served offline below (tacitus.web.docs): no CDN
        redoc_url=None,
    )
    from tacitus.web.routes import install_web_routes

    install_web_routes(app)  # /docs, /redoc (offline) and /codes
    app.state.db = db
    app.add_middleware(BodyLimit, limit=max_body)

    @app.exception_handler(Busy)
    @app.exception_handler(QueryTimeout)
    async def overloaded(_request: Request, exc: Exception) -> Response:
        return Json({"detail": str(exc)}, status_code=503, headers={"Retry-After": "1"})
    coder_lock = threading.Lock()
    coder_box: dict[str, Any] = {"coder": coder}

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        path = request.url.path
        if path == "/" or path.startswith("/static/"):
            response.headers["Content-Security-Policy"] = UI_CSP
            response.headers["Referrer-Policy"] = "no-referrer"
        return response

    # -- UI --------------------------------------------------------------------------------------------
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/geo/world", summary="Country outlines (Natural Earth 1:110m) for the map")
    def world() -> Response:
        from tacitus.web.geo import world_json

        return Response(
            world_json(), media_type="application/json", headers={"Cache-Control": "max-age=86400"}
        )

    # -- reading ---------------------------------------------------------------------------------------
    @app.get("/health", summary="Store summary")
    async def health() -> dict[str, Any]:
        docs, events = db.counts()  # its own connection, cached 2 s: answers while the pool is busy
        return {"status": "ok", "version": __version__, "documents": docs, "events": events,
                "writable": writable}  # fmt: skip

    @app.get("/facets", summary="Values for the filter menus, with event counts")
    def facets() -> dict[str, Any]:
        from tacitus.events.cameo import CAMEO, QUAD_CLASS_NAMES

        with db.cursor() as cur:

            def counts(column: str) -> list[tuple[Any, int]]:
                sql = (
                    f"SELECT {column}, count(*) FROM events WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 1"
                )
                return cur.execute(sql).fetchall()

            roots = [{"code": r, "name": _cameo_name(CAMEO, r), "n": n} for r, n in counts("root")]
            plover = [{"code": p, "n": n} for p, n in counts("plover_type")]
            quads = [
                {"code": k, "name": QUAD_CLASS_NAMES.get(k, str(k)), "n": n} for k, n in counts("quad_class")
            ]
            modalities = [{"code": m, "n": n} for m, n in counts("modality")]
            first, last = cur.execute(
                "SELECT min(coalesce(e.date, d.published)), max(coalesce(e.date, d.published))"
                " FROM events e JOIN documents d ON d.id = e.doc_id"
            ).fetchone()
        stories = _stories(limit=500, offset=0)
        return {"roots": roots, "plover_types": plover, "quad_classes": quads, "modalities": modalities,
                "first_day": first, "last_day": last,
                "stories": [{"id": s.get("id"), "title": s.get("title")} for s in stories]}  # fmt: skip

    @app.get("/events", summary="Events matching the filters, newest first, paginated")
    def events(
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        order: Literal["date", "-date", "confidence", "-confidence", "mentions"] = "-date",
    ) -> dict[str, Any]:
        where, params = _where(f)
        column = order.lstrip("-")
        direction = "ASC" if not order.startswith("-") and column != "mentions" else "DESC"
        order_sql = f"{'day' if column == 'date' else column} {direction} NULLS LAST, seq, event_index"
        rel = event_relation(db)
        sql = (
            f"{rel} SELECT {', '.join(EVENT_LIST_COLUMNS)}, count(*) OVER () AS total FROM ev{where}"
            f" ORDER BY {order_sql} LIMIT ? OFFSET ?"
        )
        with db.event_cursor() as cur:
            found = rows_as_dicts(cur, sql, [*params, limit, offset])
            if found:
                total = found[0]["total"]
            else:
                total = cur.execute(f"{rel} SELECT count(*) FROM ev{where}", params).fetchone()[0]
        for row in found:
            row.pop("total", None)
            row["id"] = f"{row['doc_id']}:{row['event_index']}"
        return {"total": total, "limit": limit, "offset": offset, "filters": f.active(), "events": found}

    @app.get("/map", summary="Events placed on the map (one point per distinct event, sized by mentions)")
    def map_points(f: Filters, limit: Annotated[int, Query(ge=1, le=50000)] = 5000) -> dict[str, Any]:
        where, params = _where(f)
        rel = event_relation(db)
        sql = (
            f"{rel} SELECT doc_id, event_index, round(lat, 3) AS lat, round(lon, 3) AS lon, geo, quad_class,"
            " mentions, cameo, root, source_code, target_code, day,"
            " coalesce(location_name, geo_country) AS place"
            f" FROM ev{where}{' AND' if where else ' WHERE'} lat IS NOT NULL"
            " QUALIFY row_number() OVER (PARTITION BY day, cameo, source_code, target_code"
            " ORDER BY seq, event_index) = 1 ORDER BY mentions DESC, day DESC LIMIT ?"
        )
        with db.event_cursor() as cur:
            points = rows_as_dicts(cur, sql, [*params, limit])
            total, unplaced = cur.execute(
                f"{rel} SELECT count(*), count(*) FILTER (lat IS NULL) FROM ev{where}", params
            ).fetchone()
        return {"total": total, "unplaced": unplaced, "points": points}

    @app.get("/timeline", summary="Daily event counts by CAMEO root, PLOVER type or QuadClass")
    def timeline(
        f: Filters,
        by: Literal["root", "plover_type", "quad_class"] = "root",
    ) -> dict[str, Any]:
        where, params = _where(f)
        sql = (
            f"{event_relation(db)} SELECT day, CAST({by} AS VARCHAR) AS key, count(*) AS n FROM ev{where}"
            f"{' AND' if where else ' WHERE'} day IS NOT NULL GROUP BY ALL ORDER BY day, key"
        )
        with db.event_cursor() as cur:
            found = cur.execute(sql, params).fetchall()
        days = sorted({r[0] for r in found})
        index = {d: i for i, d in enumerate(days)}
        series: dict[str, list[int]] = {}
        for day, key, n in found:
            series.setdefault(key or "none", [0] * len(days))[index[day]] = n
        return {"by": by, "days": days, "series": series}

    @app.get("/actors/network", summary="Source → target actor network, weighted by event count")
    def network(
        f: Filters,
        level: Literal["code", "country"] = "code",
        top: Annotated[int, Query(ge=1, le=1000, description="strongest edges kept")] = 80,
    ) -> dict[str, Any]:
        where, params = _where(f)
        a, b = ("source_code", "target_code") if level == "code" else ("source_country", "target_country")
        sql = (
            f"{event_relation(db)} SELECT {a} AS source, {b} AS target, count(*) AS weight,"
            f" round(avg(goldstein), 2) AS goldstein FROM ev{where}{' AND' if where else ' WHERE'}"
            f" {a} IS NOT NULL AND {b} IS NOT NULL GROUP BY ALL ORDER BY weight DESC, source, target LIMIT ?"
        )
        with db.event_cursor() as cur:
            edges = rows_as_dicts(cur, sql, [*params, top])
        weights: dict[str, int] = {}
        for e in edges:
            for node in (e["source"], e["target"]):
                weights[node] = weights.get(node, 0) + e["weight"]
        nodes = [{"id": k, "weight": v} for k, v in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))]
        return {"level": level, "nodes": nodes, "edges": edges}

    @app.get("/documents/{doc_id}", summary="A coded document: text, spans to highlight, events explained")
    def document(doc_id: str) -> dict[str, Any]:
        if len(doc_id) > 64:
            raise HTTPException(404, "no such document")
        with db.cursor() as cur:
            coded = _load_document(cur, doc_id)
        if coded is None:
            raise HTTPException(404, "no such document")
        return _document_view(coded)

    def _stories(limit: int, offset: int) -> list[dict[str, Any]]:
        if "stories" not in db.tables():
            return []
        columns = db.columns("stories")
        key = next((k for k in ("story_id", "id", "cluster_id") if k in columns), None)
        if key is None:
            return []
        try:
            with db.cursor() as cur:
                order = f'"{key}"'
                if {"n_documents", "first_date"} <= set(columns):
                    order = f'n_documents DESC, first_date, "{key}"'
                found = rows_as_dicts(
                    cur, f"SELECT * FROM stories ORDER BY {order} LIMIT ? OFFSET ?", [limit, offset]
                )
        except Exception:  # another engineer's table: never let its shape break the API
            return []
        for row in found:
            row.setdefault("id", row.get(key))
            row.setdefault("title", row.get("label") or row.get("name") or row.get("headline"))
        return found

    @app.get("/stories", summary="Stories (clusters of events) when the store has them, else []")
    def stories(
        limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0
    ) -> list[dict[str, Any]]:
        return _stories(limit, offset)

    @app.get("/export", summary="The filtered events as a download: jsonl (CLI contract), csv or json")
    def export(
        f: Filters,
        format: Literal["jsonl", "csv", "json"] = "jsonl",
        limit: Annotated[int | None, Query(ge=1, le=MAX_EXPORT)] = None,
    ) -> StreamingResponse:
        where, params = _where(f)
        rel = event_relation(db)
        columns = ", ".join(EVENT_LIST_COLUMNS) if format == "csv" else select_list("events")
        # keyset pages: a connection is held only while one page is read, never while the client reads
        head = f"{rel} SELECT {columns}, seq AS _k1, event_index AS _k2 FROM ev{where}"
        after = f"{' AND' if where else ' WHERE'} (seq > ? OR (seq = ? AND event_index > ?))"
        order = " ORDER BY seq, event_index LIMIT ?"

        def page(key: tuple | None, n: int) -> tuple[list[str], list[tuple]]:
            sql, args = (head + order, [*params, n]) if key is None else (
                head + after + order, [*params, key[0], key[0], key[1], n])
            with db.event_cursor() as cur:
                result = cur.execute(sql, args)
                return [d[0] for d in result.description][:-2], result.fetchall()

        names, rows = page(None, min(EXPORT_PAGE, limit or EXPORT_PAGE))  # errors here are answered as such

        def generate() -> Iterator[bytes]:
            nonlocal rows
            sent = 0
            if format == "csv":
                yield _csv_line(names)
            elif format == "json":
                yield b"["
            while rows:
                out = []
                for row in rows:
                    values = row[:-2]
                    if format == "csv":
                        out.append(_csv_line(values))
                    elif format == "jsonl":
                        out.append(dumps(store_rows.event_from_row(values).to_dict()) + b"\n")
                    else:
                        event = dumps(store_rows.event_from_row(values).to_dict())
                        out.append((b"," if sent or out else b"") + event)
                sent += len(rows)
                yield b"".join(out)
                left = (limit - sent) if limit else EXPORT_PAGE
                if len(rows) < EXPORT_PAGE or left <= 0:
                    break
                rows = page((rows[-1][-2], rows[-1][-1]), min(EXPORT_PAGE, left))[1]
            if format == "json":
                yield b"]"

        media = {"jsonl": "application/x-ndjson", "csv": "text/csv", "json": "application/json"}[format]
        return StreamingResponse(
            generate(),
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="tacitus-events.{format}"'},
        )

    @app.post("/sql", summary="One read-only SELECT over the store, with a row and a time limit (streamed)")
    def sql(request: SqlRequest) -> StreamingResponse:
        try:
            chunks = db.sql_stream(request.sql, max_rows=request.max_rows, timeout=sql_timeout, encode=dumps)
        except SqlError as exc:
            raise HTTPException(400, str(exc)) from None
        return StreamingResponse(chunks, media_type="application/json")

    # -- coding ----------------------------------------------------------------------------------------
    @app.post("/code", summary="Code one article (text or HTML): events out, as the CLI prints them")
    def code(request: CodeRequest, format: Literal["events", "documents"] = "events") -> dict[str, Any]:
        from tacitus.errors import TacitusError
        from tacitus.ingest import document_from_html, document_from_text

        if (request.text is None) == (request.html is None):
            raise HTTPException(422, "give exactly one of text or html")
        if request.store and not writable:
            raise HTTPException(409, "the server is read-only: start it with --writable to store documents")
        try:
            if request.html is not None:
                doc = document_from_html(request.html, url=request.url, origin="api")
                if request.title:
                    doc.title = request.title
                if request.source:
                    doc.source = request.source
            else:
                doc = document_from_text(
                    request.text, url=request.url, title=request.title, source=request.source, origin="api"
                )
        except TacitusError as exc:
            raise HTTPException(422, str(exc)) from None
        if request.date and (request.force_date or doc.published is None):
            doc.published = request.date
        with coder_lock:
            if coder_box["coder"] is None:
                from tacitus.pipeline import Coder

                coder_box["coder"] = Coder()
            coded = next(coder_box["coder"].code_documents([doc]))
        stored = False
        if request.store and db.store is not None:
            with db.write_lock:
                stored = db.store.add([coded]).added > 0
            if stored:
                db.invalidate_events()
        if format == "documents":
            return {**coded.to_dict(), "stored": stored}
        return {
            "doc_id": coded.document.id,
            "status": coded.status,
            "reason": coded.reason,
            "stored": stored,
            "events": [e.to_dict() for e in coded.events],
        }

    # outermost (added last): the Host check, then answers from the cache (security headers included) and
    # /health, neither of which needs FastAPI's routing, a thread or a pooled connection
    if cache_bytes:
        app.add_middleware(ResponseCache, generation=lambda: db.generation, max_bytes=cache_bytes)
    app.add_middleware(FastHealth, db=db, writable=writable)
    app.add_middleware(HostCheck, allowed_hosts=allowed_hosts)
    return app


def _csv_line(values) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerow(["" if v is None else v for v in values])
    return out.getvalue().encode("utf-8")


def _cameo_name(table, code: str | None) -> str | None:
    if not code:
        return None
    try:
        return table.name(code)
    except KeyError:
        return None


def _load_document(cur, doc_ref: str):
    """The stored CodedDocument for an id or a unique id prefix (>= 6 characters), else None."""
    from tacitus.store.store import read_coded

    found = cur.execute("SELECT id FROM documents WHERE id = ?", [doc_ref]).fetchall()
    if not found and len(doc_ref) >= 6:
        found = cur.execute("SELECT id FROM documents WHERE starts_with(id, ?) LIMIT 2", [doc_ref]).fetchall()
    return read_coded(cur, found[0][0]) if len(found) == 1 else None


def _document_view(coded) -> dict[str, Any]:
    """The document for the article view: text, spans (offsets into text) and events explained."""
    from tacitus.events.cameo import CAMEO, QUAD_CLASS_NAMES

    text = coded.document.text
    spans: list[dict[str, Any]] = []

    def add(
        kind: str, start: int | None, end: int | None, label: str | None, event: int | None = None
    ) -> None:
        if start is None or end is None or not (0 <= start < end <= len(text)):
            return
        spans.append({"kind": kind, "start": start, "end": end, "label": label, "event": event})

    for a in coded.actors:
        add("actor", a.start, a.end, a.code)
    for m in coded.dates:
        add("date", m.start, m.end, m.date.isoformat() if m.date else m.text)
    for p in coded.places:
        add("place", p.start, p.end, p.name + (f" ({p.country})" if p.country else ""))
    for c in coded.counts:
        add("count", c.start, c.end, f"{c.category}: {c.number}{'~' if c.approximate else ''} {c.what}")
    for q in coded.quotes:
        add("quote", q.start, q.end, f"{q.kind} quote" + (f" — {q.speaker_text}" if q.speaker_text else ""))
    explained = []
    for i, e in enumerate(coded.events):
        add("trigger", e.trigger.start, e.trigger.end, f"{e.cameo} {_cameo_name(CAMEO, e.cameo) or ''}", i)
        if e.source:
            add("source", e.source.start, e.source.end, e.source.code, i)
        if e.target:
            add("target", e.target.start, e.target.end, e.target.code, i)
        d = e.to_dict()
        d.update(
            index=i,
            cameo_name=_cameo_name(CAMEO, e.cameo),
            root_name=_cameo_name(CAMEO, e.root),
            quad_class_name=QUAD_CLASS_NAMES.get(e.quad_class),
        )
        explained.append(d)
    doc = coded.document.to_dict()
    return {
        "document": {
            k: doc[k] for k in ("id", "title", "url", "source", "published", "language", "origin", "text")
        },
        "status": coded.status,
        "reason": coded.reason,
        "spans": sorted(spans, key=lambda s: (s["start"], -s["end"])),
        "events": explained,
        "places": [p.to_dict() for p in coded.places],
        "counts": [c.to_dict() for c in coded.counts],
        "quotes": [q.to_dict() for q in coded.quotes],
        "tone": coded.tone.to_dict() if coded.tone else None,
        "themes": [t.to_dict() for t in coded.themes],
    }
