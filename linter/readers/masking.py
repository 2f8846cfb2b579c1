"""What is never prose in any format: template syntax and HTML comments.

Merge fields and template tags become one opaque character in the prose
(:data:`~linter.document.OPAQUE`), so no phrase matches across them and no
finding ever points inside them. HTML comments (our inline-control
comments included) become a space.
"""

from __future__ import annotations

import bisect
import re

from ..document import OPAQUE, Piece, normalize

TEMPLATE = re.compile(
    r"""
      \{\{\{(?:(?!\}\}\}).){0,300}\}\}\}        # {{{ raw }}}
    | \{\{(?:(?!\}\}).){0,300}\}\}              # {{ x }}, {{#if x}}, {{/if}}
    | \{%(?:(?!%\}).){0,300}%\}                 # {% tag %}
    | \{\#(?:(?!\#\}).){0,300}\#\}              # {# comment #}
    | \$\{[^{}\n]{0,100}\}                      # ${var}
    | <%(?:(?!%>).){0,300}%>                    # <% erb %>
    | \{[A-Za-z_][\w.\- ]{0,40}\}               # {first_name}
    | \[[A-Za-z][\w .'/&-]{0,40}\](?![(\[:])    # [First Name] (not a Markdown link)
    | %[A-Za-z_][A-Za-z0-9_]{0,40}%             # %FIRSTNAME%
    """,
    re.VERBOSE | re.DOTALL,
)
COMMENT_OPEN, COMMENT_CLOSE = "<!--", "-->"


def _comments(source: str):
    """HTML comment spans, found in one pass (an unclosed ``<!--`` ends the search)."""
    pos = 0
    while True:
        start = source.find(COMMENT_OPEN, pos)
        if start < 0:
            return
        end = source.find(COMMENT_CLOSE, start + 4)
        if end < 0:
            return
        yield start, end + 3
        pos = end + 3


class Masks:
    """Sorted, non-overlapping spans of a source that are not prose."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        spans.sort()
        merged: list[tuple[int, int, str]] = []
        for s in spans:
            if merged and s[0] < merged[-1][1]:
                continue
            merged.append(s)
        self.spans = merged
        self.starts = [s[0] for s in merged]

    @classmethod
    def of(cls, source: str, extra: list[tuple[int, int, str]] | None = None) -> Masks:
        spans = [(a, b, " ") for a, b in _comments(source)]
        spans += [(m.start(), m.end(), OPAQUE) for m in TEMPLATE.finditer(source)]
        return cls(spans + (extra or []))

    def pieces(self, source: str, start: int, end: int, extra: list[tuple[int, int, str]] = ()) -> list[Piece]:
        """Prose pieces of ``source[start:end]`` with masked spans replaced."""
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        local: list[tuple[int, int, str]] = []
        while i < len(self.spans) and self.spans[i][0] < end:
            a, b, rep = self.spans[i]
            if b > start:
                local.append((a, b, rep))
            i += 1
        if extra:
            local = sorted(local + list(extra))
        out: list[Piece] = []
        pos = start
        for a, b, rep in local:
            if b <= pos:
                continue
            if a > pos:
                out.append(Piece(pos, min(a, end), normalize(source[pos : min(a, end)])))
            if a >= start and rep:
                out.append(Piece(a, min(b, end) if a < end else a, rep, exact=False))
            pos = max(pos, b)
            if pos >= end:
                break
        if pos < end:
            out.append(Piece(pos, end, normalize(source[pos:end])))
        return out
