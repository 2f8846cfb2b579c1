"""Formats: pure functions from findings to text.

Every format takes the per-file findings (sorted) and, as ``library``, the
library-level report (:class:`linter.library.Overuse` objects); text prints
that report after the findings, the others include it as findings of the
rule ``library-overuse``.
"""

from __future__ import annotations

FORMATS = ("text", "json", "github", "sarif")


def render(name: str, findings, library=(), **kw) -> str:
    if name == "json":
        from .json import render as r
    elif name == "github":
        from .github import render as r
    elif name == "sarif":
        from .sarif import render as r
    else:
        from .text import render as r
    return r(list(findings), library=list(library), **kw)


def library_findings(library) -> list:
    """The library report as findings (one per file that opens with an overused line)."""
    return [f for overuse in library for f in overuse.findings()]


def statistics(findings, library=()) -> str:
    """``--statistics``: how many findings each rule has, most first."""
    counts: dict[str, int] = {}
    for f in list(findings) + library_findings(library):
        counts[f.rule] = counts.get(f.rule, 0) + 1
    if not counts:
        return "No findings.\n"
    width = len(str(max(counts.values())))
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(counts.values())
    lines = [f"{n:>{width}}  {rule}" for rule, n in rows]
    lines.append(f"{total:>{width}}  finding{'s' if total != 1 else ''} in total")
    return "\n".join(lines) + "\n"
