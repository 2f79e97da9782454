"""Language-level NLP helpers (language identification, ...)."""
