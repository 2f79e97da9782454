"""Runners: the local streaming runner (bounded memory, resumable through the store's ledger) and
the scale-out drivers for Spark (:mod:`tacitus.runners.spark`) and Ray (:mod:`tacitus.runners.ray_runner`).
"""

from tacitus.runners.local import LocalRunner, RunOptions, RunStats, run_local

__all__ = ["LocalRunner", "RunOptions", "RunStats", "run_local"]
