"""The Document model: the rep's prose with an exact map back to the file.

Readers turn a file into *lines of pieces*: each piece is a run of prose
that stands at ``[start, end)`` in the original text (or a replacement,
such as a decoded HTML entity or an opaque template tag, standing for that
span). :func:`assemble` joins the pieces into one prose string and keeps an
:class:`OffsetMap`, so every offset a rule reports maps back to the exact
character of the original file.

Prose is normalized one character for one character (smart quotes become
straight quotes, non-breaking spaces and tabs become spaces), so phrase
lists only ever need the plain forms.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

#: Stands in the prose for a merge field or inline code: not a word, not
#: white space, so no phrase ever matches across it.
OPAQUE = "\ufffc"

_NORMALIZE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\t": " ",
        "\r": " ",
        "\u200b": " ",
        "\u2060": " ",
        "\ufeff": " ",
        "\u2028": " ",
        "\u2029": " ",
    }
)


def normalize(text: str) -> str:
    """Same-length normalization of prose (quotes, spaces)."""
    if text.isascii():  # only tabs and carriage returns to change (a fast path)
        return text.replace("\t", " ").replace("\r", " ") if "\t" in text or "\r" in text else text
    return text.translate(_NORMALIZE)


@dataclass(slots=True)
class Piece:
    """A run of prose: ``text`` stands for ``source[start:end]``.

    When ``exact`` the text is the source span, normalized character for
    character; otherwise it is a replacement for the whole span.
    """

    start: int
    end: int
    text: str
    exact: bool = True


@dataclass(slots=True)
class Line:
    """One source line's prose, as pieces (what a reader produces)."""

    pieces: list[Piece]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    def cut(self, i: int, j: int) -> None:
        """Drop the prose characters ``[i, j)`` of this line."""
        out: list[Piece] = []
        pos = 0
        for p in self.pieces:
            a, b = pos, pos + len(p.text)
            pos = b
            if b <= i or a >= j:
                out.append(p)
                continue
            if not p.exact:
                continue  # replacements are atomic: cut whole
            if a < i:
                out.append(Piece(p.start, p.start + (i - a), p.text[: i - a]))
            if b > j:
                out.append(Piece(p.start + (j - a), p.end, p.text[j - a :]))
        self.pieces = out

    def cut_many(self, spans: list[tuple[int, int]]) -> None:
        """Drop several sorted, non-overlapping ``[i, j)`` ranges of prose in one pass."""
        if not spans:
            return
        out: list[Piece] = []
        pos = 0
        k = 0
        for p in self.pieces:
            a, b = pos, pos + len(p.text)
            pos = b
            while k < len(spans) and spans[k][1] <= a:
                k += 1
            if k >= len(spans) or spans[k][0] >= b:
                out.append(p)
                continue
            if not p.exact:
                continue  # replacements are atomic: cut whole
            keep_from = a
            q = k
            while q < len(spans) and spans[q][0] < b:
                i, j = spans[q]
                if i > keep_from:
                    out.append(Piece(p.start + (keep_from - a), p.start + (i - a), p.text[keep_from - a : i - a]))
                keep_from = max(keep_from, j)
                q += 1
            if keep_from < b:
                out.append(Piece(p.start + (keep_from - a), p.end, p.text[keep_from - a :]))
        self.pieces = out

    def strip(self) -> None:
        text = self.text
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        if right < len(text):
            self.cut(right, len(text))
        if left:
            self.cut(0, left)


@dataclass(slots=True)
class RawBlock:
    """A paragraph-like unit from a reader, before assembly.

    Besides the buyer flag, a reader records what it knows of the block's
    place in the file's structure, for :mod:`linter.readers.speech` to work
    out which words are speech to a buyer: ``quoted`` (a Markdown
    blockquote that is not the buyer's), ``fence`` (a fenced block holding a
    draft), ``column`` (a table cell's column header), ``group`` (blocks of
    one container: one blockquote, fence or list item) and ``reply`` (at or
    after an attribution line).
    """

    lines: list[Line]
    buyer: bool = False  # quoted / the buyer's words
    kind: str = "paragraph"
    quoted: bool = False
    fence: bool = False
    column: str = ""
    group: int = 0
    reply: bool = False


class RawBlocks(list):
    """A reader's blocks, with what the reader saw of the whole file:
    ``page`` when the file has the structure of a document about selling
    (front matter, sections, length, or talk tracks in blockquotes without
    being a reply)."""

    page: bool = False


@dataclass
class RawTurn:
    """A turn as the readers group it (:mod:`linter.readers.speech`), before
    assembly: who speaks (``label`` when a script names the speaker),
    whether it is narration, its blocks, and its message and conversation."""

    buyer: bool
    label: str | None
    narration: bool
    blocks: list[RawBlock]
    message: int = 0
    conversation: int = 0


def remap(blocks: list[RawBlock], starts: list[int], ends: list[int]) -> list[RawBlock]:
    """Move pieces from offsets in a derived text (a decoded email body, an
    HTML block read on its own) to offsets in the file: character ``k`` of
    the derived text stands for ``[starts[k], ends[k])`` of the file.

    A run of characters that map one to one onto the file stays one exact
    piece; a run that comes from the same encoded span (a base64 line, a
    quoted-printable escape) becomes one piece over that span.
    """
    for block in blocks:
        for line in block.lines:
            out: list[Piece] = []
            for p in line.pieces:
                if not p.exact:
                    if p.end > p.start:
                        out.append(Piece(starts[p.start], ends[p.end - 1], p.text, False))
                    continue
                out.extend(_runs(p, starts, ends))
            line.pieces = out
    return blocks


def _runs(p: Piece, starts: list[int], ends: list[int]) -> list[Piece]:
    """The pieces in the file for the exact piece ``p`` of the derived text."""
    out: list[Piece] = []
    k = p.start
    while k < p.end:
        s, e = starts[k], ends[k]
        j = k + 1
        if e - s == 1:  # one character for one: as long as the next one follows it in the file
            while j < p.end and ends[j] - starts[j] == 1 and starts[j] == ends[j - 1]:
                j += 1
            out.append(Piece(s, ends[j - 1], p.text[k - p.start : j - p.start]))
        else:
            while j < p.end and starts[j] == s and ends[j] == e:
                j += 1
            out.append(Piece(s, e, p.text[k - p.start : j - p.start], False))
        k = j
    return out


class OffsetMap:
    """Maps prose offsets to offsets in the original text."""

    def __init__(self) -> None:
        self._prose_starts: list[int] = []
        self._chunks: list[tuple[int, int, int, bool]] = []  # prose_start, orig_start, orig_end, exact

    def add(self, prose_start: int, orig_start: int, orig_end: int, exact: bool) -> None:
        self._prose_starts.append(prose_start)
        self._chunks.append((prose_start, orig_start, orig_end, exact))

    def _chunk(self, p: int) -> tuple[int, int, int, bool]:
        i = bisect.bisect_right(self._prose_starts, p) - 1
        return self._chunks[max(i, 0)]

    def start(self, p: int) -> int:
        """Original offset of the character at prose offset ``p``."""
        if not self._chunks:
            return 0
        ps, os_, oe, exact = self._chunk(p)
        return min(os_ + (p - ps), oe) if exact else os_

    def end(self, p: int) -> int:
        """Original offset just past the character at prose offset ``p - 1``."""
        if not self._chunks:
            return 0
        ps, os_, oe, exact = self._chunk(max(p - 1, 0))
        return min(os_ + (p - ps), oe) if exact else oe


@dataclass(slots=True)
class Block:
    start: int
    end: int
    buyer: bool
    turn: int
    kind: str = "paragraph"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: Block

    @property
    def buyer(self) -> bool:
        return self.block.buyer

    @property
    def turn(self) -> int:
        return self.block.turn


@dataclass(slots=True)
class Turn:
    """One speaker's turn: a rep turn is a *response* in the spec's sense."""

    index: int
    buyer: bool
    label: str | None = None
    #: Not speech to a buyer: a script's title and notes, a handbook page's
    #: instructions to colleagues, an example of what not to say.
    narration: bool = False
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    #: The rep's message this turn belongs to (an email's whole reply, the
    #: rep's turns between two buyer turns of a script, one talk track).
    message: int = 0
    #: The conversation it belongs to (a draft, a script, one example of a
    #: handbook page with the concern it answers).
    conversation: int = 0


#: What kind of text a document holds (``Document.kind``).
DRAFT = "draft"  # a plain draft or template: all of it is the rep's
REPLY = "reply"  # an email reply: the quoted message is the buyer's
INLINE_REPLY = "inline-reply"  # the rep's answers interleaved with the buyer's quoted lines
SCRIPT = "script"  # a call script: speaker turns
ABOUT_SELLING = "about-selling"  # a handbook or training page: only its example lines are speech
KINDS = (DRAFT, REPLY, INLINE_REPLY, SCRIPT, ABOUT_SELLING)
#: Kinds whose buyer's words are one quoted message, wherever it stands.
_EMAIL_KINDS = (DRAFT, REPLY, INLINE_REPLY)


@dataclass
class Document:
    source: str
    path: str
    prose: str
    offsets: OffsetMap
    turns: list[Turn]
    is_script: bool = False
    bom: bool = False
    #: What rules and the phrase engine work out once per document (phrase
    #: matches, word sets, the buyer's content words); gone with the document.
    caches: dict = field(default_factory=dict, repr=False, compare=False)
    #: One of :data:`KINDS`.
    kind: str = DRAFT

    def rep_turns(self) -> list[Turn]:
        """Only what the rep says to a buyer: no buyer turn, no narration."""
        return [t for t in self.turns if not t.buyer and not t.narration]

    def messages(self) -> list[list[Turn]]:
        """The rep's messages, in order, each a list of its turns (with sentences)."""
        out: dict[tuple[int, int], list[Turn]] = {}
        for t in self.rep_turns():
            if t.sentences:
                out.setdefault((t.conversation, t.message), []).append(t)
        return list(out.values())

    def message_of(self, turn: Turn) -> list[Turn]:
        """The rep's turns of ``turn``'s message (``[turn]`` at least)."""
        key = (turn.conversation, turn.message)
        found = [t for t in self.rep_turns() if (t.conversation, t.message) == key]
        return found or [turn]

    def conversation_of(self, turn: Turn) -> list[Turn]:
        return [t for t in self.turns if t.conversation == turn.conversation]

    def buyer_words_before(self, turn: Turn) -> str:
        """All buyer words earlier in the conversation (the whole quote in a reply)."""
        if self.kind in _EMAIL_KINDS:
            turns = [t for t in self.turns if t.conversation == turn.conversation]
        else:
            turns = [t for t in self.turns[: turn.index] if t.conversation == turn.conversation]
        return "\n".join(s.text for t in turns if t.buyer for s in t.sentences)

    def buyer_words_just_before(self, turn: Turn) -> str:
        """The buyer turns this response answers (since the previous rep turn).

        In an inline reply, the quoted lines just above the answer; in a
        reply, the whole quoted message.
        """
        if self.kind in (DRAFT, REPLY):
            return self.buyer_words_before(turn)
        words: list[str] = []
        for t in reversed(self.turns[: turn.index]):
            if t.conversation != turn.conversation:
                break
            if not t.buyer:
                if t.narration:
                    continue
                break
            words.extend(s.text for s in reversed(t.sentences))
        if not words and self.kind == INLINE_REPLY:
            return self.buyer_words_before(turn)
        return "\n".join(reversed(words))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.start(start), self.offsets.end(end)


# --- sentences ---------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "e.g i.e mr mrs ms dr prof sr jr vs etc inc ltd co corp approx no fig st dept est "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s a.m p.m".split()
)
_SENTENCE_END = re.compile(
    r"[.!?\u2026]+[\"')\]\u201d\u2019]*(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*[A-Z][\w /&-]{0,24}:[ \t])"
)
_SHORT_LINE_BREAK = re.compile(r"[,:]\s*\n")
_LAST_WORD = re.compile(r"([\w.]+)\.$")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:  # noqa: C901 (complexity 13: known debt, issue 14)
    """Sentence spans (absolute offsets) of one block's prose."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)

    def push(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((offset + a, offset + b))

    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group().startswith("."):
            word = _LAST_WORD.search(text[max(start, m.start() - 12) : m.start() + 1])
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            # a decimal or a version number: 1.5, v2.0
            if m.end() < n and not text[m.end()].isspace():
                continue
        push(start, end)
        start = end
    if start < n:
        push(start, n)

    # A short line ending in a comma or colon ("Hi Dana,", "Best,") is a
    # sentence of its own: greetings and sign-offs are not part of the next
    # line's sentence.
    out: list[tuple[int, int]] = []
    for a, b in spans:
        local = text[a - offset : b - offset]
        cut = a
        for m in _SHORT_LINE_BREAK.finditer(local) if "\n" in local else ():
            line_start = local.rfind("\n", 0, m.start()) + 1
            if len(local[line_start : m.start()].split()) <= 6:
                out.append((cut, a + m.start() + 1))
                cut = a + m.end()
        out.append((cut, b))
    return [(x, y) for x, y in out if y > x]


# --- assembly ----------------------------------------------------------------


def assemble(source: str, path: str, raw_turns: list[RawTurn], kind: str = DRAFT, bom: bool = False) -> Document:  # noqa: C901 (complexity 12: known debt, issue 14)
    """Join a reader's turns (see :func:`linter.readers.speech.structure`)
    into a Document: blocks, sentences and the offset map."""
    is_script = kind == SCRIPT

    prose_parts: list[str] = []
    offsets = OffsetMap()
    pos = 0
    blocks: list[Block] = []
    turns: list[Turn] = []

    def emit(text: str, start: int, end: int, exact: bool) -> None:
        nonlocal pos
        offsets.add(pos, start, end, exact)
        prose_parts.append(text)
        pos += len(text)

    for index, t in enumerate(raw_turns):
        turn = Turn(index=index, buyer=t.buyer, label=t.label, narration=t.narration, message=t.message, conversation=t.conversation)
        turns.append(turn)
        for raw in t.blocks:
            lines = [ln for ln in raw.lines if ln.pieces]
            if not lines:
                continue
            if blocks or turn.blocks or pos:
                last = lines[0].pieces[0].start
                emit("\n\n", last, last, False)
            block_start = pos
            for k, line in enumerate(lines):
                if k:
                    at = line.pieces[0].start
                    emit("\n", at, at, False)
                for p in line.pieces:
                    emit(p.text, p.start, p.end, p.exact)
            block = Block(block_start, pos, t.buyer, index, raw.kind)
            blocks.append(block)
            turn.blocks.append(block)

    prose = "".join(prose_parts)
    for turn in turns:
        for block in turn.blocks:
            for a, b in split_sentences(prose[block.start : block.end], block.start):
                turn.sentences.append(Sentence(a, b, prose[a:b], block))
    return Document(source, path, prose, offsets, turns, is_script, bom, kind=kind)
