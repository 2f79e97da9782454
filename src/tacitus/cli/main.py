"""The `tacitus` command line: a thin layer over plain functions (tacitus.pipeline, tacitus.store, …).

Each module in ``tacitus.cli`` that defines ``register(subparsers)`` adds one subcommand; its parser sets
``func`` to the function that runs it. Exit codes are in ``tacitus.cli.common``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from tacitus import __version__
from tacitus.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE
from tacitus.errors import TacitusError

__all__ = ["EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    import tacitus.cli as package

    p = argparse.ArgumentParser(prog="tacitus", description="Political event data from raw news.")
    p.add_argument("--version", action="version", version=f"tacitus {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"tacitus.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except TacitusError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
