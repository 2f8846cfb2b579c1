"""HTML (``.html``, ``.htm``): visible text only.

Built on the standard library's :class:`html.parser.HTMLParser` with
character references left unconverted, so every piece of text and every
entity keeps its exact place in the file. ``<blockquote>`` and the quote
containers of common mail clients are the buyer's words.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from ..document import Line, Piece, RawBlock, normalize
from .masking import Masks
from .quoting import ATTRIBUTION

INVISIBLE = {"script", "style", "head", "title", "template", "noscript", "svg", "math", "code", "pre"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main",
    "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br",
}
QUOTE_MARKERS = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "divrplyfwdmsg", "appendonsend", "ms-outlook-quote")


class _Reader(HTMLParser):
    def __init__(self, source: str, masks: Masks) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.masks = masks
        self.line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.stack: list[tuple[str, bool, bool]] = []  # tag, invisible, buyer
        self.invisible_depth = 0
        self.buyer_depth = 0
        self.blocks: list[RawBlock] = []
        self.current: list[Piece] = []
        self.current_buyer = False

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _invisible(self) -> bool:
        return self.invisible_depth > 0

    def _buyer(self) -> bool:
        return self.buyer_depth > 0

    def _flush(self) -> None:
        if self.current:
            line = Line(self.current)
            line.strip()
            if line.pieces and line.text.strip():
                self.blocks.append(RawBlock([line], self.current_buyer))
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self._flush()
        if tag in VOID:
            return
        marker = " ".join(f"{v}" for k, v in attrs if k in ("class", "id") and v).lower()
        buyer = tag == "blockquote" or any(q in marker for q in QUOTE_MARKERS)
        self.stack.append((tag, tag in INVISIBLE, buyer))
        self.invisible_depth += tag in INVISIBLE
        self.buyer_depth += buyer

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self._flush()
        for i in range(len(self.stack) - 1, max(len(self.stack) - 64, 0) - 1, -1):
            if self.stack[i][0] == tag:
                for _, inv, buyer in self.stack[i:]:
                    self.invisible_depth -= inv
                    self.buyer_depth -= buyer
                del self.stack[i:]
                break

    def _add(self, pieces: list[Piece]) -> None:
        if self._invisible():
            return
        buyer = self._buyer()
        if self.current and buyer != self.current_buyer:
            self._flush()
        self.current_buyer = buyer
        self.current.extend(pieces)

    def close(self):
        if self.rawdata.startswith("<!--"):
            self.rawdata = ""  # an unclosed comment runs to the end of the file, as in a browser: not text
        super().close()

    def handle_data(self, data):
        start = self._offset()
        self._add(self.masks.pieces(self.source, start, start + len(data)))

    def _ref(self, text: str) -> None:
        start = self._offset()
        end = start + len(text)
        if self.source.startswith(text + ";", start):
            end += 1
        raw = self.source[start:end]
        decoded = html.unescape(raw)
        if decoded == raw:  # not a character reference after all ("&I")
            self._add([Piece(start, end, normalize(raw))])
        else:
            self._add([Piece(start, end, normalize(decoded), exact=False)])

    def handle_entityref(self, name):
        self._ref("&" + name)

    def handle_charref(self, name):
        self._ref("&#" + name)


def read_html(source: str, masks: Masks | None = None) -> list[RawBlock]:
    reader = _Reader(source, masks or Masks.of(source))
    reader.feed(source)
    reader.close()
    reader._flush()
    blocks = reader.blocks
    # "On <date>, <name> wrote:" before a quote: everything after is the buyer's.
    for i, b in enumerate(blocks):
        if not b.buyer and ATTRIBUTION.match(b.lines[0].text.strip()):
            for later in blocks[i + 1 :]:
                later.buyer = True
            del blocks[i]
            break
    return blocks
