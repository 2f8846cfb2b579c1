"""``--format text``: ``path:line:column: rule-id [severity] message``.

Plain when piped; grouped by file and coloured on a terminal, with the
suggestion under each finding. The library report (an empathy line that
opens many of the files) comes after the findings: plain, one finding line
per file that opens with it; on a terminal, the line once with its files.
"""

from __future__ import annotations

from itertools import groupby

from ..escape import name as _name
from ..escape import terminal as _t

COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def render(findings, color: bool = False, library=(), **_) -> str:
    return _findings(findings, color) + _library(library, color)


def _findings(findings, color: bool) -> str:
    if not color:
        return "".join(f"{_name(f.path)}:{f.line}:{f.column}: {_t(f.rule)} [{f.severity}] {_t(f.message)}\n" for f in findings)
    out = []
    for path, group in groupby(findings, key=lambda f: f.path):
        out.append(f"{BOLD}{_name(path)}{RESET}\n")
        for f in group:
            sev = f"{COLORS.get(f.severity, '')}{f.severity:<7}{RESET}"
            out.append(f"  {f.line}:{f.column}\t{sev} {BOLD}{_t(f.rule)}{RESET}  {_t(f.message)}\n")
            if f.suggestion:
                out.append(f"  {DIM}\t        try: {_t(f.suggestion)}{RESET}\n")
        out.append("\n")
    return "".join(out)


def _library(library, color: bool) -> str:
    """After the findings: plain, one ``path:line:column: library-overuse message``
    line per file that opens with the line (problem matchers read every line);
    on a terminal, the line once with its list of files."""
    out = []
    for overuse in library:
        if not color:
            out.extend(f"{_name(path)}:{op.line}:{op.column}: library-overuse [{overuse.severity}] {_t(overuse.message)}\n" for path, op in overuse.uses)
            continue
        out.append(f"{BOLD}library{RESET}\n")
        out.append(f"  {COLORS['info']}{overuse.severity:<7}{RESET} {BOLD}library-overuse{RESET}  {_t(overuse.message)}\n")
        out.extend(f"  {DIM}\t        {_name(path)}:{op.line}:{op.column}{RESET}\n" for path, op in overuse.uses)
        out.append("\n")
    return "".join(out)
