"""Readers: one per input format, all producing a :class:`~linter.document.Document`.

A format's reader turns the file into blocks; :mod:`.speech` groups them into
speaker turns and decides the kind of text; :func:`~linter.document.assemble`
joins the turns into the Document.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass

from ..document import SCRIPT, Document, assemble
from .speakers import Label, Speakers, speaker_label
from .speech import structure

__all__ = ["read", "format_of", "speaker_lines", "speaker_label", "SpokenLine", "Label", "Speakers", "FORMATS", "DEFAULT_EXTENSIONS"]

FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".txt": "plain",
    ".text": "plain",
    ".eml": "email",
    ".html": "html",
    ".htm": "html",
}
DEFAULT_EXTENSIONS = (".md", ".markdown", ".txt", ".eml", ".html", ".htm")


def format_of(filename: str) -> str:
    return FORMATS.get(os.path.splitext(filename)[1].lower(), "plain")


def read(source: str, filename: str = "draft.txt", speakers: Speakers | None = None) -> Document:
    """Read ``source`` (already decoded) as the format ``filename`` implies."""
    bom = source.startswith("\ufeff")
    if bom:
        source = source[1:]
    kind = format_of(filename)
    if kind == "markdown":
        from .markdown import read_markdown

        blocks = read_markdown(source)
    elif kind == "email":
        from .eml import read_eml

        blocks = read_eml(source)
    elif kind == "html":
        from .html import read_html

        blocks = read_html(source)
    else:
        from .plain import read_plain

        blocks = read_plain(source)
    turns, text_kind = structure(blocks, speakers or Speakers.default())
    return assemble(source, filename, turns, text_kind, bom=bom)


@dataclass(frozen=True)
class SpokenLine:
    """Who speaks on one line of a file, as the linter reads (and lints) it."""

    number: int  # 1-based
    #: "rep" (linted), "buyer", "narration" (not speech), or "" (no words:
    #: a blank line, or only stage directions)
    role: str
    label: Label | None  # the speaker label that starts a turn on this line


def speaker_lines(source: str, filename: str = "call.txt", speakers: Speakers | None = None) -> list[SpokenLine]:
    """Each line of ``source`` with its speaker, from the Document the linter lints.

    A line without a label belongs to the turn before it (``Director: ...``
    after an ``AE:`` line is the rep's, since ``Director`` is not a label), so
    whatever draws a call script this way agrees with the linter on who speaks.
    """
    speakers = speakers or Speakers.default()
    document = read(source, filename, speakers)
    text = source[1:] if source.startswith("\ufeff") else source
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    roles: dict[int, str] = {}
    for turn in document.turns:
        role = "buyer" if turn.buyer else "narration" if turn.narration else "rep"
        for block in turn.blocks:
            a, b = document.to_original(block.start, block.end)
            for number in range(bisect.bisect_right(starts, a), bisect.bisect_right(starts, max(a, b - 1)) + 1):
                roles.setdefault(number, role)
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        label = speaker_label(line, speakers) if document.kind == SCRIPT else None
        role = roles.get(number, "")
        if not role and label is not None:
            role = "rep" if label.rep else "buyer"
        out.append(SpokenLine(number, role, label))
    return out
