"""Readers: one per input format, all producing a :class:`~linter.document.Document`.

A format's reader turns the file into blocks; :mod:`.speech` groups them into
speaker turns and decides the kind of text; :func:`~linter.document.assemble`
joins the turns into the Document.
"""

from __future__ import annotations

import os

from ..document import Document, assemble
from .speakers import Speakers
from .speech import structure

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
