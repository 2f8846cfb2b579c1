"""``--format text``: ``path:line:column: rule-id message``.

Plain when piped; grouped by file and coloured on a terminal, with the
suggestion under each finding.
"""

from __future__ import annotations

from itertools import groupby

COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def render(findings, color: bool = False, **_) -> str:
    if not color:
        return "".join(f"{f.path}:{f.line}:{f.column}: {f.rule} {f.message}\n" for f in findings)
    out = []
    for path, group in groupby(findings, key=lambda f: f.path):
        out.append(f"{BOLD}{path}{RESET}\n")
        for f in group:
            sev = f"{COLORS.get(f.severity, '')}{f.severity:<7}{RESET}"
            out.append(f"  {f.line}:{f.column}\t{sev} {BOLD}{f.rule}{RESET}  {f.message}\n")
            if f.suggestion:
                out.append(f"  {DIM}\t        try: {f.suggestion}{RESET}\n")
        out.append("\n")
    return "".join(out)
