"""`tacitus serve`: the REST API and the web UI over a store (loopback only unless --host says otherwise)."""

from __future__ import annotations

import sys

from tacitus.cli.common import EXIT_OK, EXIT_SOME_FAILED

LOOPBACK = "127.0.0.1"


def register(sub) -> None:
    c = sub.add_parser("serve", help="serve the REST API and the web UI over a store")
    add_server_options(c)
    c.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    c.add_argument(
        "--writable",
        action="store_true",
        help="open the store read-write so POST /code can add documents (default: read-only)",
    )
    c.set_defaults(func=cmd_serve)


def add_server_options(c) -> None:
    c.add_argument(
        "--host", default=LOOPBACK, help=f"address to bind (default {LOOPBACK}: this machine only)"
    )
    c.add_argument("--port", type=int, default=8000)
    c.add_argument("--open", action="store_true", help="open the UI in a web browser")
    c.add_argument("--sql-timeout", type=float, default=5.0, help="time limit of POST /sql in seconds")
    c.add_argument(
        "--allow-host", action="append", default=[], metavar="NAME",
        help="a host name the Host header may carry besides loopback and --host (repeatable; '*' for any)",
    )


def allowed_hosts(args) -> list[str]:
    """Host header names served (DNS-rebinding guard): loopback, the bound address, --allow-host."""
    from tacitus.api.app import LOOPBACK_HOSTS

    hosts = [*LOOPBACK_HOSTS, *getattr(args, "allow_host", [])]
    if args.host not in ("0.0.0.0", "::", ""):
        hosts.append(args.host)
    return hosts


def run_server(db: str, args, *, writable: bool) -> int:
    import uvicorn

    from tacitus.api import create_app
    from tacitus.store import StoreError

    try:
        app = create_app(
            db, writable=writable, sql_timeout=args.sql_timeout, allowed_hosts=allowed_hosts(args)
        )
    except StoreError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    host = args.host
    url = f"http://{'[' + host + ']' if ':' in host else host}:{args.port}/"
    if host not in (LOOPBACK, "localhost", "::1"):
        print(
            f"tacitus: warning: listening on {host}: anyone who can reach it can read the store",
            file=sys.stderr,
        )
    print(f"tacitus: serving {db} at {url} (API docs {url}docs); Ctrl-C to stop", file=sys.stderr)
    if args.open:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.run(app, host=host, port=args.port, log_level="warning", access_log=False)
    return EXIT_OK


def cmd_serve(args) -> int:
    from tacitus.store import DEFAULT_DB

    return run_server(args.db or DEFAULT_DB, args, writable=args.writable)
