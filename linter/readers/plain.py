"""Plain-text drafts (``.txt``) and the plain part of an email.

Leading header lines (``Subject:``, ``To:`` ...) are not prose; quoted
lines and everything after an attribution line or an Outlook header block
are the buyer's; a signature after ``--`` is not prose. When the message
after an attribution line is quoted with ``>``, the rep's unquoted lines
between and after its quoted lines are the rep's answers (an inline reply).
"""

from __future__ import annotations

import re

from ..document import Line, RawBlock
from .masking import Masks
from .quoting import QUOTE_PREFIX, QUOTED, SIGNATURE, reply_boundary

LEADING_HEADER = re.compile(r"^(Subject|To|From|Cc|Bcc|Date|Reply-To|Sent)\s*:", re.IGNORECASE)
BULLET = re.compile(r"^[ \t]*(?:[-*+\u2022\u25e6]|\d{1,3}[.)])[ \t]+")


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each line in ``text[start:end]``, without line endings."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            if pos < end:
                stop = end
                spans.append((pos, stop - 1 if text[stop - 1] == "\r" else stop))
            break
        stop = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        spans.append((pos, stop))
        pos = nl + 1
    return spans


def read_plain(  # noqa: C901 (complexity 12: known debt, issue 14)
    source: str,
    masks: Masks | None = None,
    start: int = 0,
    end: int | None = None,
    headers: bool = True,
) -> list[RawBlock]:
    masks = masks or Masks.of(source)
    spans = line_spans(source, start, end)
    texts = [source[a:b] for a, b in spans]
    first = 0
    if headers:
        while first < len(texts) and not texts[first].strip():
            first += 1
        if first < len(texts) and LEADING_HEADER.match(texts[first]):
            while first < len(texts) and texts[first].strip() and (
                LEADING_HEADER.match(texts[first]) or texts[first][:1] in " \t"
            ):
                first += 1
        else:
            first = 0
    boundary, skip = reply_boundary(texts)
    boundary = len(texts) if boundary is None else boundary
    # An inline reply: the message after the attribution line is quoted with
    # ">", and the rep's unquoted lines between and after it are answers.
    rest = next((t for t in texts[boundary:] if t.strip()), "")
    inline = bool(QUOTED.match(rest))

    blocks: list[RawBlock] = []
    current: RawBlock | None = None
    in_signature = False
    for i in range(first, len(texts)):
        a, b = spans[i]
        text = texts[i]
        if i < boundary and SIGNATURE.match(text):
            in_signature = True
        if i in skip or (in_signature and i < boundary):
            current = None
            continue
        quoted = bool(QUOTED.match(text))
        buyer = quoted or (i >= boundary and not inline)
        if quoted:
            a += QUOTE_PREFIX.match(text).end()
        bullet = BULLET.match(source, a, b) if not quoted else None
        if bullet:
            a = bullet.end()
        if not source[a:b].strip():
            current = None
            continue
        if current is None or current.buyer != buyer or bullet:
            current = RawBlock([], buyer, "item" if bullet else "paragraph", reply=i >= boundary)
            blocks.append(current)
        line = Line(masks.pieces(source, a, b))
        line.strip()
        current.lines.append(line)
    return blocks
