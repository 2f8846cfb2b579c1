"""Markdown (``.md``, ``.markdown``) through markdown-it-py.

markdown-it gives the block structure with exact source lines (token
``map``); within a block's lines, small patterns drop the inline markup
that is not prose: code spans, link and image destinations, autolinks,
raw URLs, inline HTML tags, emphasis markers and escapes. Code blocks,
HTML blocks and front matter never become prose. Blockquotes are the
buyer's words in a reply; in a page about selling (front matter, sections,
length, or a blockquote in a text that is no reply) they are talk tracks and
callouts, and :mod:`~linter.readers.speech` decides which are speech.
Fenced blocks tagged ``text``, ``txt`` or ``email`` (or untagged ones that
open with a greeting) hold a draft and are read like a plain-text draft.
"""

from __future__ import annotations

import html
import re

from ..document import OPAQUE, Line, RawBlock, RawBlocks, normalize, remap
from .masking import Masks
from .plain import line_spans, read_plain
from .quoting import SIGNATURE, reply_boundary

HANDBOOK_HEADINGS = 3
HANDBOOK_LINES = 80
#: Fenced blocks that hold a draft, not code.
DRAFT_FENCES = frozenset({"text", "txt", "email", "eml", "mail", "plain", "plaintext"})
FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n")

INLINE_MARKUP = re.compile(
    r"""
      (?P<code>(?P<ticks>`{1,16})(?:(?!(?P=ticks)).){1,2000}?(?P=ticks))   # `code`
    | (?P<image>!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)|!\[[^\]\n]{0,500}\]\[[^\]\n]{0,200}\])  # images: not prose
    | (?P<linkopen>\[)(?=[^\]\n\[]{0,500}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\]))   # [ of a link
    | (?P<linkdest>\]\([^)\n]{0,2000}\)|\]\[[^\]\n]{0,200}\])                 # ](url) / ][ref]
    | (?P<autolink><(?:https?|mailto|ftp):[^>\s]*>|<[^@>\s]+@[^>\s]+>)
    | (?P<url>\b(?:https?://|www\.)[^\s<>()\[\]]+)
    | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>)
    | (?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6});)
    | (?P<escape>\\(?=[!-/:-@\[-`{-~]))
    | (?P<emphasis>\*+|(?<!\w)_+|_+(?!\w)|~~)
    """,
    re.VERBOSE,
)


#: Every match of INLINE_MARKUP starts at one of these: finding them first
#: (one small character class) is much faster than trying every pattern at
#: every character of a line.
MARKUP_START = re.compile(r"[`!\[\]<&\\*_~]|\b(?:https?://|www\.)")


def _markup(source: str, a: int, b: int):
    """``INLINE_MARKUP.finditer(source, a, b)``, tried only where markup may start."""
    pos = a
    while True:
        start = MARKUP_START.search(source, pos, b)
        if start is None:
            return
        m = INLINE_MARKUP.match(source, start.start(), b)
        if m is None:
            pos = start.start() + 1
            continue
        yield m
        pos = m.end()


def _inline_masks(source: str, a: int, b: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _markup(source, a, b):
        kind = m.lastgroup
        if kind == "ticks":
            kind = "code"
        if kind in ("code", "url", "autolink"):
            out.append((m.start(), m.end(), OPAQUE))
        elif kind == "entity":
            out.append((m.start(), m.end(), normalize(html.unescape(m.group()))))
        else:
            out.append((m.start(), m.end(), ""))
    return out


def _front_matter_end(source: str) -> int:
    """Line count of YAML/TOML front matter at the top (0 when none)."""
    m = FRONT_MATTER.match(source)
    if not m:
        return 0
    fence = source[:3]
    lines = source.split("\n")
    for i in range(1, min(len(lines), 2000)):
        if lines[i].rstrip("\r").strip() in (fence, "..." if fence == "---" else fence):
            return i + 1
    return 0


_parser = None
LONE_CR = re.compile(r"\r(?!\n)")


def _markdown_it():
    global _parser
    if _parser is None:
        from markdown_it import MarkdownIt

        _parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
        # Only the block structure is used (token maps and raw content):
        # skipping the inline parse saves a tenth of the linting time.
        _parser.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    return _parser


def read_markdown(source: str, masks: Masks | None = None) -> list[RawBlock]:  # noqa: C901 (complexity 30: known debt, issue 14)
    if "\r" in source:
        # markdown-it ends a line at a lone CR; every reader here ends lines at LF
        # only (a CR-only file is one line, as in a .txt): a space keeps every offset.
        source = LONE_CR.sub(" ", source)
    masks = masks or Masks.of(source)
    spans = line_spans(source)
    fm = _front_matter_end(source)
    # Blank the front matter but keep the line count, so maps stay exact.
    body = "\n" * fm + "\n".join(source[a:b] for a, b in spans[fm:]) if fm else source
    tokens = _markdown_it().parse(body)

    texts = [source[a:b] for a, b in spans]
    boundary, skip = reply_boundary([t if i >= fm else "" for i, t in enumerate(texts)])
    # A "-- " signature line (after a blank line) ends the rep's prose until the quote.
    signature = next(
        (i for i in range(fm, boundary if boundary is not None else len(texts))
         if SIGNATURE.match(texts[i]) and (i == 0 or not texts[i - 1].strip())),
        None,
    )

    def outside(lineno: int) -> bool:
        return signature is not None and signature <= lineno and (boundary is None or lineno < boundary)

    # A page about selling (front matter, sections, length, or a blockquote in
    # a text that is no reply) offers its blockquotes as talk tracks; in a
    # reply (an attribution line, or a draft that opens with a greeting) a
    # blockquote is the buyer's words.
    from .speech import AVOID, CALLOUT, GREETING, SAYS_LABEL

    avoid_intro = False
    headings = sum(1 for t in tokens if t.type == "heading_open")
    has_quote = any(t.type == "blockquote_open" for t in tokens)
    first_prose = next(
        (tok.content.split("\n", 1)[0] for k, tok in enumerate(tokens)
         if tok.type == "inline" and tok.map and not (k and tokens[k - 1].type == "heading_open")),
        "",
    )
    greeting = bool(GREETING.match(first_prose.strip()))
    long_page = headings > HANDBOOK_HEADINGS or sum(1 for t in texts if t.strip()) > HANDBOOK_LINES
    # A web page's front matter ("title:") over two or more sections: a handbook page, however short.
    titled = bool(fm) and bool(re.search(r"(?m)^title\s*:", "\n".join(texts[:fm])))
    # A table with a "Don't say" / "Avoid" / "Instead of" column: a page about what to say, however short.
    avoid_table = any(
        tok.type == "th_open" and k + 1 < len(tokens) and AVOID.search(tokens[k + 1].content)
        for k, tok in enumerate(tokens)
    )
    # Headings over blockquotes, in a text that is no reply: talk tracks under their objections.
    # 'Prospect says: "..."', "Objection 2:": a page that sets out what a buyer says and what to answer.
    says = any(tok.type == "inline" and SAYS_LABEL.match(tok.content) for tok in tokens)
    page = boundary is None and not greeting and (
        long_page or (titled and headings >= 2) or avoid_table or (has_quote and headings >= 2) or says
    )
    reply_like = not page
    # Inline replies: the message after the attribution line is quoted with
    # ">", and the rep's unquoted lines between and after are the rep's answers.
    inline = False
    if boundary is not None:
        rest = next((t for t in texts[boundary:] if t.strip()), "")
        inline = rest.lstrip().startswith(">")

    blocks = RawBlocks()
    blocks.page = page
    quote_depth = 0
    item_depth = 0
    group = 0
    heading = False
    block_map = None
    row_cursor: dict[int, int] = {}
    column = -1
    header_cells: list[str] = []
    in_head = False
    table = False
    callouts: list[bool] = []  # per open blockquote: "> [!NOTE]", "> **Tip:**" is the page's, never the buyer's
    for k, tok in enumerate(tokens):
        if tok.type == "blockquote_open":
            quote_depth += 1
            group += quote_depth == 1
            first = next((t.content for t in tokens[k + 1 : k + 4] if t.type == "inline"), "")
            callouts.append(bool(CALLOUT.match(first)) or (bool(callouts) and callouts[-1]))
        elif tok.type == "blockquote_close":
            quote_depth -= 1
            if callouts:
                callouts.pop()
        elif tok.type == "list_item_open":
            item_depth += 1
            group += not quote_depth
        elif tok.type == "list_item_close":
            item_depth -= 1
        elif tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "table_open":
            table = True
        elif tok.type == "table_close":
            table = False
        elif tok.type == "thead_open":
            in_head, header_cells = True, []
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            column = -1
        elif tok.type in ("th_open", "td_open"):
            column += 1
        if tok.map:
            block_map = tok.map
        if tok.type == "fence" and tok.map and not outside(tok.map[0]) and not greeting and not avoid_intro:
            # (in an email draft a fence is not the draft; under "Don't say:" it is what not to say)
            group += 1
            blocks.extend(_fence(source, spans, tok, masks, group, boundary))
            continue
        if tok.type == "html_block" and tok.map and not outside(tok.map[0]) and not tok.content.lstrip().startswith("<!--"):
            html_buyer = (quote_depth > 0 and reply_like) or (boundary is not None and tok.map[0] >= boundary and not inline)
            blocks.extend(_html_block(source, spans, tok.map, html_buyer))
            continue
        if tok.type != "inline":
            continue
        if in_head:
            header_cells.append(tok.content.strip())
        content = tok.content.strip()
        avoid_intro = content.rstrip(" *_").endswith(":") and bool(AVOID.search(content))
        first_line = (tok.map or block_map or [0])[0]
        in_table = table
        lines: list[Line] = []
        for k, content in enumerate(tok.content.split("\n")):
            lineno = first_line + k
            if lineno >= len(spans) or lineno < fm or lineno in skip or outside(lineno):
                continue
            needle = content.strip()
            if not needle:
                continue
            a, b = spans[lineno]
            cursor = row_cursor.get(lineno, a) if in_table else a
            idx = source.find(needle, cursor, b)
            if idx < 0:
                continue  # cannot place it exactly: leave it out rather than guess
            if in_table:
                row_cursor[lineno] = idx + len(needle)
            end = idx + len(needle)
            line = Line(masks.pieces(source, idx, end, _inline_masks(source, idx, end)))
            line.strip()
            if line.pieces:
                lines.append(line)
        if not lines:
            continue
        after = boundary is not None and first_line >= boundary
        buyer = (quote_depth > 0 and reply_like and not (callouts and callouts[-1])) or (after and not inline)
        kind = "heading" if heading else "cell" if in_table else "item" if item_depth else "paragraph"
        col = header_cells[column] if in_table and not in_head and 0 <= column < len(header_cells) else ""
        if in_table and in_head:
            col = tok.content.strip()
        blocks.append(RawBlock(lines, buyer, kind, quoted=quote_depth > 0 and not buyer, column=col, group=group, reply=after))
    return blocks


def _fence(source: str, spans, tok, masks: Masks, group: int, boundary) -> list[RawBlock]:
    """A fenced block that holds a draft (tagged ``text`` / ``email``, or opening with a greeting)."""
    from .speech import GREETING

    info = (tok.info or "").strip().split(" ")[0].lower()
    first, stop = tok.map[0] + 1, min(tok.map[1], len(spans))
    if stop - 1 >= first and source[spans[stop - 1][0] : spans[stop - 1][1]].strip().startswith(("```", "~~~")):
        stop -= 1  # the closing fence
    if stop <= first:
        return []
    if info not in DRAFT_FENCES:
        opening = next((tok_line for tok_line in tok.content.split("\n") if tok_line.strip()), "")
        if info or not GREETING.match(opening.strip()):
            return []
    if _looks_like_data(tok.content):
        return []  # a log or JSON pasted in a text fence is no draft
    start, end = spans[first][0], spans[stop - 1][1]
    blocks = read_plain(source, masks, start, end)
    for b in blocks:
        b.fence = True
        b.group = group
        b.buyer = b.buyer or (boundary is not None and first >= boundary)
    return blocks


_DATA_LINE = re.compile(r"""^\s*(?:["'{}\[\]<]|[\w.-]+\s*[:=]\s*["'{\[\d]|\$ |#!|//)|[,{;\[]\s*$""")


def _looks_like_data(content: str) -> bool:
    """Most lines are data or code ('"code": 550,', '{', 'key = "x"'), not prose."""
    lines = [ln for ln in content.split("\n") if ln.strip()]
    return len(lines) >= 3 and sum(1 for ln in lines if _DATA_LINE.search(ln)) * 2 > len(lines)


def _html_block(source: str, spans, line_map, buyer: bool) -> list[RawBlock]:
    """The visible text of an HTML block, with offsets in the Markdown file."""
    from .html import read_html

    first, last = line_map[0], min(line_map[1], len(spans)) - 1
    if last < first:
        return []
    start, end = spans[first][0], spans[last][1]
    text = source[start:end]
    positions = list(range(start, end))
    blocks = remap(read_html(text), positions, [p + 1 for p in positions])
    for b in blocks:
        b.buyer = b.buyer or buyer
    return blocks
