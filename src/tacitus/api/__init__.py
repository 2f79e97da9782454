"""The REST API (FastAPI) and web UI server: ``create_app(db_path)``; ``tacitus serve`` runs it."""

from tacitus.api.app import create_app

__all__ = ["create_app"]
