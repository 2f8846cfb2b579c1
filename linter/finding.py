"""What rules report (:class:`Hit`) and what users see (:class:`Finding`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


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
    fix_safe: bool = field(default=True, kw_only=True)

    def sort_key(self):
        return (self.path, self.line, self.column, self.rule)

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("start")
        d.pop("end")
        return d
