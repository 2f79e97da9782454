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


def add_parse_arguments(p: argparse.ArgumentParser, verb: str = "code") -> None:
    """``--parse-all`` and ``--model-ner``: the slower pipeline of spaCy's own parse and NER on every sentence
    (the default parses only the sentences a stage reads and takes entities from our data); ``--one-party``:
    events with no target kept."""
    p.add_argument("--parse-all", dest="selective", action="store_false", default=None,
                   help=f"{verb} with every sentence parsed (default: only those with a trigger, count, "
                        "quote or role cue; tacitus.nlp.selective)")
    p.add_argument("--model-ner", dest="ner", action="store_const", const="model", default=None,
                   help=f"{verb} with spaCy's NER model (default: entities from our lexicons, gazetteer and "
                        "given names; tacitus.nlp.light_ner)")
    p.add_argument("--one-party", dest="one_party", action="store_const", const=True, default=None,
                   help="also keep events with a source and no target actor (default: only events with both, "
                        "as PETRARCH and ICEWS code them; tacitus.events.core.incomplete)")


def parse_choices(args) -> dict:
    """``selective``, ``ner`` and ``one_party`` for CodingOptions, as far as the arguments ask for them
    (CodingOptions holds the defaults)."""
    choices = {"selective": getattr(args, "selective", None), "ner": getattr(args, "ner", None),
               "one_party": getattr(args, "one_party", None)}
    return {k: v for k, v in choices.items() if v is not None}


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
