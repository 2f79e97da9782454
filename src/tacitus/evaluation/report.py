"""Render a SuiteResult: a rich table on stdout, or JSON."""

from __future__ import annotations

from tacitus.evaluation.suite import SuiteResult


def render(result: SuiteResult, errors: int = 10, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    t = Table(title=f"{result.suite} — {result.n_cases} cases, {result.split}, {result.seconds}s")
    for col in ("metric", "tacitus", "target", "best public figure"):
        t.add_column(col)
    for m in result.metrics:
        t.add_row(m.name, f"{m.value:.3f}", m.target, m.public)
    console.print(t)
    if result.table:
        pc = Table(title="per class")
        for h in result.table_header:
            pc.add_column(str(h))
        for row in result.table:
            pc.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))
        console.print(pc)
    if result.confusion and len({p for row in result.confusion.values() for p in row}) > 8:
        pairs = sorted(((n, g, p) for g, row in result.confusion.items() for p, n in row.items() if g != p),
                       reverse=True)[:15]
        console.print("most frequent confusions (expected → produced): "
                      + ", ".join(f"{g}→{p} {n}" for n, g, p in pairs), highlight=False)
    elif result.confusion:
        cols = sorted({p for row in result.confusion.values() for p in row})
        cf = Table(title="confusion (rows: expected, columns: produced)")
        cf.add_column("")
        for c in cols:
            cf.add_column(c)
        for g in sorted(result.confusion):
            cf.add_row(g, *(str(result.confusion[g].get(c, "")) for c in cols))
        console.print(cf)
    classes = result.error_classes()
    if classes:
        console.print("error classes: " + ", ".join(f"{k} {v}" for k, v in classes.most_common(12)),
                      highlight=False)
    for note in result.notes:
        console.print(f"[dim]note: {note}[/dim]")
    if errors and result.errors:
        console.rule(f"worst {min(errors, len(result.errors))} errors of {len(result.errors)}")
        for e in result.errors[:errors]:
            console.print(f"[bold]{e.id}[/bold] [red]{e.kind}[/red]", highlight=False)
            console.print(f"  sentence: {e.text}", highlight=False, markup=False)
            console.print(f"  expected: {e.expected}", highlight=False, markup=False)
            console.print(f"  produced: {e.produced}", highlight=False, markup=False)
            if e.rule:
                console.print(f"  rule:     {e.rule}", highlight=False, markup=False)
