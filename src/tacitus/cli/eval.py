"""`tacitus eval SUITE`: score the coder on a public gold standard (see tacitus.evaluation.suites)."""

from __future__ import annotations

import json
import sys

from tacitus.cli.common import EXIT_OK, EXIT_USAGE, add_parse_arguments, parse_choices

#: the registered suites (tacitus.evaluation.suite.suites()), written out so that every command starts
#: without importing them (tests/test_cli.py keeps the two equal)
SUITES = ("conflibert-cameo", "counts-ours", "dates-ours", "entities-re3d", "geo-gwn", "geo-lgl",
          "geo-trnews", "news-gold", "news-gold-agreement", "ngec-actors", "ngec-synthetic", "petrarch2-unit",
          "plover-gsr", "quotes-polnear", "stories-ecbplus", "up-gsr-en")


def register(sub) -> None:
    names = list(SUITES)
    e = sub.add_parser(
        "eval",
        help="score the coder on an evaluation suite",
        description="Suites: " + ", ".join(names) + " (or 'all'). Data is read from "
        "$TACITUS_SHARED_DATA or ../shared/data/<folder> unless --data is given.",
    )
    e.add_argument("suite", choices=[*names, "all"], help="suite name, or all")
    e.add_argument("--data", help="the suite's data folder (default: under the shared data folder)")
    e.add_argument("--errors", type=int, default=10, metavar="N", help="list the N worst errors (default 10)")
    e.add_argument("--json", action="store_true", help="print a JSON result instead of tables")
    e.add_argument(
        "--dictionaries",
        metavar="DIR",
        help="PETRARCH/Phoenix dictionary folder to code with (imported and cached)",
    )
    e.add_argument("--split", choices=["dev", "test", "all"],
                   help="for suites with their own halves (news-gold, ngec-synthetic): which half to score "
                   "(default test)")
    e.add_argument("--fast", action="store_true", help="score the fast coder (no parse, no NER)")
    add_parse_arguments(e, "score")
    e.set_defaults(func=cmd_eval)


def cmd_eval(args) -> int:
    from tacitus.evaluation.runner import CoderPool, SuiteSkipped, run_suite
    from tacitus.evaluation.suite import suites

    names = list(suites()) if args.suite == "all" else [args.suite]
    if args.data and len(names) > 1:
        print("tacitus: --data needs one suite", file=sys.stderr)
        return EXIT_USAGE
    pool = CoderPool(fast=args.fast, **parse_choices(args))
    out = []
    for name in names:
        try:
            result = run_suite(name, data=args.data, dictionaries=args.dictionaries, pool=pool,
                               split=args.split)
        except SuiteSkipped as exc:
            print(f"tacitus: skipped {exc}", file=sys.stderr)
            out.append({"suite": name, "skipped": str(exc)})
            continue
        if args.json:
            out.append(result.to_dict(errors=args.errors))
        else:
            from tacitus.evaluation.report import render

            render(result, errors=args.errors)
    if args.json:
        print(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=1))
    return EXIT_OK
