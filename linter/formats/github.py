"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE``;
``info`` findings become ``notice`` annotations. GitHub shows them on the
exact line of the pull request's diff.
"""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
MAX_FILES = 20  # files named in a library-overuse annotation


def _data(text: str) -> str:
    from ..escape import terminal

    # %, CR and LF as the runner decodes them; every other control (ESC, C1,
    # bidi, a lone surrogate) as a visible escape: no line of the log is ours to fake
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return terminal(text)


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _path(path: str) -> str:
    from ..escape import name

    path = name(path.replace("\\", "/"))  # a newline in a name is "\n", not the end of the command
    return path[2:] if path.startswith("./") else path


def annotation(f) -> str:
    level = LEVELS.get(f.severity, "warning")
    props = (
        f"file={_prop(_path(f.path))},line={f.line},col={f.column},"
        f"endLine={f.end_line},endColumn={f.end_column},title={_prop(f'empathy-lint {f.rule}')}"
    )
    message = f.message
    if f.suggestion:
        message += f"\nTry: {f.suggestion}"
    files = getattr(f, "files", ())
    if files:
        shown = ", ".join(files[:MAX_FILES])
        more = f" and {len(files) - MAX_FILES} more" if len(files) > MAX_FILES else ""
        message += f"\nFiles: {shown}{more}"
    return f"::{level} {props}::{_data(message)}\n"


def render(findings, **_) -> str:
    return "".join(annotation(f) for f in findings)
