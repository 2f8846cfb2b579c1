"""What rules report (:class:`Hit`), what users see (:class:`Finding`), and
how a rule says it cannot run (:class:`Unavailable`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

#: The severities a finding can have, lowest first (``--fail-on`` compares by this order).
SEVERITIES = ("info", "warning", "error")


class Unavailable(Exception):
    """A rule cannot run here (the grammar check without a reachable LanguageTool).

    The engine skips the rule and reports ``str(exc)``, one line, as a
    problem; the other rules still run.
    """


@dataclass(frozen=True)
class Hit:
    """A rule's report, in prose offsets of the Document.

    ``fix`` is replacement text for exactly ``[start, end)`` when the fix is
    unambiguous (only then may ``--fix`` apply it).
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    fix: str | None = None
    #: The fix cannot change the meaning: ``--fix`` applies it (others need ``--unsafe-fixes``).
    fix_safe: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Finding:
    path: str
    rule: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    suggestion: str | None = None
    fix: str | None = None
    start: int = 0  # offsets in the original text (after a byte-order mark)
    end: int = 0
    #: The fix cannot change the meaning (JSON ``fix_safe``); only safe fixes are applied by ``--fix``.
    fix_safe: bool = field(default=False, kw_only=True)

    def sort_key(self):
        return (self.path, self.line, self.column, self.rule)

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("start")
        d.pop("end")
        return d


@dataclass(frozen=True)
class FilesFinding(Finding):
    """A finding of a rule that looks across many files (``SCOPE = "files"``):
    it stands in one file and names, as ``files``, every file it concerns."""

    files: tuple[str, ...] = ()
