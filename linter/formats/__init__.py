"""Formats: pure functions from findings to text.

Every format takes one list of findings, in the order to show them: each
file's findings (sorted), then those of the rules that look across many
files (a :class:`~linter.finding.FilesFinding` names every file it concerns
as ``files``).
"""

from __future__ import annotations

FORMATS = ("text", "json", "github", "sarif")


def render(name: str, findings, **kw) -> str:
    if name == "json":
        from .json import render as r
    elif name == "github":
        from .github import render as r
    elif name == "sarif":
        from .sarif import render as r
    else:
        from .text import render as r
    return r(list(findings), **kw)


def statistics(findings) -> str:
    """``--statistics``: how many findings each rule has, most first."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    if not counts:
        return "No findings.\n"
    width = len(str(max(counts.values())))
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(counts.values())
    lines = [f"{n:>{width}}  {rule}" for rule, n in rows]
    lines.append(f"{total:>{width}}  finding{'s' if total != 1 else ''} in total")
    return "\n".join(lines) + "\n"
