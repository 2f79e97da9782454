"""What every `tacitus` subcommand shares: exit codes and argument types.

Exit codes: 0 = every input was read (documents skipped for language still count as read);
1 = the run finished but some inputs were rejected or failed (see stderr); 2 = usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt

from tacitus.errors import E008

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def iso_date(value: str) -> dt.date:
    """argparse type for YYYY-MM-DD dates."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(E008.format(value=value)) from None


LIGHT_NER_HELP = "entities from our lexicons and gazetteer, not the NER model"


def add_light_ner_argument(p: argparse.ArgumentParser, help: str = LIGHT_NER_HELP) -> None:
    """``--light-ner``: ``args.ner`` is "light", else None (the default of ``CodingOptions.ner``: see
    :func:`ner_choice`)."""
    p.add_argument("--light-ner", dest="ner", action="store_const", const="light", default=None, help=help)


def ner_choice(args) -> str:
    """The entity source the arguments ask for, else the coder's default (``CodingOptions.ner``)."""
    from tacitus.pipeline import CodingOptions

    return getattr(args, "ner", None) or CodingOptions().ner


def ingest_options(args):
    """IngestOptions from the input arguments shared by `code` and `run`."""
    from tacitus.ingest import IngestOptions

    return IngestOptions(
        fmt=args.input_format,
        text_field=args.text_field,
        url_field=args.url_field,
        title_field=args.title_field,
        date_field=args.date_field,
        source_field=args.source_field,
        default_date=args.date,
        force_date=args.force_date,
    )
