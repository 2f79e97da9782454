"""tacitus: political event data from raw news."""

__version__ = "0.1.0"


def open_store(path="tacitus.duckdb"):
    """A read-only reader of a store for pandas / Arrow: ``tacitus.open_store(path).events(root="19,14")``
    (see :mod:`tacitus.store.reader`)."""
    from tacitus.store.reader import open_store as _open

    return _open(path)
