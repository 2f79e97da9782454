"""`tacitus dict import DIR --out OUTDIR`: convert PETRARCH/Phoenix dictionaries into tacitus lexicons."""

from __future__ import annotations

import sys

from tacitus.cli.common import EXIT_OK, EXIT_SOME_FAILED


def register(sub) -> None:
    d = sub.add_parser("dict", help="import PETRARCH/Phoenix dictionaries")
    dsub = d.add_subparsers(dest="dict_command", required=True)
    imp = dsub.add_parser(
        "import",
        help="convert a dictionary folder into tacitus lexicon files",
        description="Reads *actors*.txt, *agents*.txt, *verbs*.txt / CAMEO*.txt, "
        "*discards*.txt and *issue*.txt; writes YAML lexicons "
        "(see tacitus.dictionaries.convert).",
    )
    imp.add_argument("dir", help="folder with PETRARCH-format dictionaries")
    imp.add_argument("--out", help="output folder (default: a cache folder, printed)")
    imp.add_argument(
        "--verbs",
        choices=["append", "prepend", "none"],
        default="append",
        help="converted verb patterns after ours (default), before ours, or not at all",
    )
    imp.set_defaults(func=cmd_import)


def cmd_import(args) -> int:
    from tacitus.dictionaries import import_dictionaries, prepare

    try:
        if args.out:
            res = import_dictionaries(args.dir, args.out, verbs=args.verbs)
        else:
            res = prepare(args.dir, verbs=args.verbs)
    except FileNotFoundError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if not res.sources:
        print(f"tacitus: no PETRARCH dictionaries recognised in {args.dir}", file=sys.stderr)
        return EXIT_SOME_FAILED
    print(res.summary(), file=sys.stderr)
    for p in res.actor_lexicons:
        print(f"actors\t{p}")
    if res.event_lexicon_dir:
        print(f"events\t{res.event_lexicon_dir}")
    return EXIT_OK
