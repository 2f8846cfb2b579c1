"""``--format text``: ``path:line:column: rule-id [severity] message``.

Plain when piped; grouped by file and coloured on a terminal, with the
suggestion under each finding. Findings of a rule that looks across many
files (an empathy line that opens many of the templates) come last: plain,
one finding line per file, like any other; on a terminal, the message once
with the files it concerns.
"""

from __future__ import annotations

from itertools import groupby

from ..escape import name as _name
from ..escape import terminal as _t

COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def render(findings, color: bool = False, **_) -> str:
    if not color:
        return "".join(f"{_name(f.path)}:{f.line}:{f.column}: {_t(f.rule)} [{f.severity}] {_t(f.message)}\n" for f in findings)
    per_file = [f for f in findings if not getattr(f, "files", ())]
    across_files = [f for f in findings if getattr(f, "files", ())]
    return _grouped_by_file(per_file) + _grouped_by_message(across_files)


def _grouped_by_file(findings) -> str:
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


def _grouped_by_message(findings) -> str:
    """On a terminal, a finding that concerns many files (the same rule,
    message and files in each of them) once, with where it stands in each."""
    out = []
    for (rule, severity, message, _files), group in groupby(findings, key=lambda f: (f.rule, f.severity, f.message, f.files)):
        out.append(f"{BOLD}library{RESET}\n")
        out.append(f"  {COLORS.get(severity, '')}{severity:<7}{RESET} {BOLD}{_t(rule)}{RESET}  {_t(message)}\n")
        out.extend(f"  {DIM}\t        {_name(f.path)}:{f.line}:{f.column}{RESET}\n" for f in group)
        out.append("\n")
    return "".join(out)
