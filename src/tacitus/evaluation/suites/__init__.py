"""One module per evaluation suite; each registers a ``Suite`` (see tacitus.evaluation.suite)."""
