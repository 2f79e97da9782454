"""Notebook-style analysis of a tacitus store with pandas (run it, or paste the cells into Jupyter).

    pip install -e ".[analysis]"
    tacitus code examples/ --date 2016-09-29 --db examples.duckdb
    python examples/analysis.py examples.duckdb

This file is not an article: `tacitus code examples/` reads only text, HTML and JSONL files, so it is
never coded (tests/test_open_store.py checks it).
"""

# %% open the store (read-only) and load events as a DataFrame
import sys

import tacitus

path = sys.argv[1] if len(sys.argv) > 1 else "examples.duckdb"
store = tacitus.open_store(path)
events = store.events()  # one row per event; event_id = "<doc_id>:<event_index>" is unique
print(f"{len(events)} events in {events['doc_id'].nunique()} documents")
print(events[["event_id", "day", "cameo", "source_code", "target_code", "plover_type", "modality"]].head(10))

# %% the same filters as `tacitus export` and the REST API
conflict = store.events(quad_class=4, modality="asserted")  # material conflict, asserted only
syria = store.events(country="SYR", root="18,19")  # assaults and fights involving Syria
dyad = store.events(dyad="USA>RUS")  # the United States towards Russia
print(f"material conflict: {len(conflict)} · Syria 18/19: {len(syria)} · USA>RUS: {len(dyad)}")

# %% who did what to whom: events per dyad and CAMEO root
table = events.groupby(["source_code", "target_code", "root"]).size().rename("events").reset_index()
print(table.sort_values("events", ascending=False).head(10).to_string(index=False))

# %% a zero-filled time series (days without events are rows with 0), per CAMEO root
daily = store.timeseries("day", by="root", since="2016-09-15", until="2016-09-30")
wide = daily.pivot(index="period", columns="group", values="events")
print(wide.tail(7))

# %% Arrow for other tools (Polars, R arrow, DuckDB)
arrow_table = store.events(output="arrow")
print(arrow_table.schema.field("cameo"))  # string: "0874" stays "0874"
store.close()
