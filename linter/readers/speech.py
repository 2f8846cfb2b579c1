"""Which words are speech to a buyer: the kind of text, its turns and messages.

A reader turns a file into blocks and records what it saw of their place
in the file (quoted, fenced, table column, list item, after an attribution
line). This module decides, from that structure alone, what kind of text
the document holds and groups its blocks into turns:

- **script**: speaker labels start turns (``AE:``, ``Buyer:``); a rep's
  turns between two buyer turns are one message.
- **reply**: the quoted message is the buyer's, the rest one message.
- **inline reply**: the rep's answers are written between the buyer's
  quoted lines; each answer follows the quoted lines it answers, and the
  whole of the rep's part is still one message.
- **about selling** (handbook, training and playbook pages): only the
  example lines are the rep's speech: talk tracks in blockquotes, drafts in
  ``text`` / ``email`` fences, sample emails (a section that opens with a
  greeting), lines introduced as what to say (``Say: "..."``, a quoted
  line, the items of a list of responses), labeled script lines. The
  page's instructions to colleagues are narration, and so is every line
  quoted as what *not* to say (under "Avoid", "Don't say", "Instead of",
  "Bad", "Before", or marked with ❌). A heading or label that states the
  buyer's objection ("Objection: ...", a quoted heading) is the buyer's
  words for the talk tracks under it.
- **draft**: everything is the rep's.
"""

from __future__ import annotations

import re

from ..document import ABOUT_SELLING, DRAFT, INLINE_REPLY, REPLY, SCRIPT, RawBlock, RawTurn
from .speakers import Speakers, drop_stage_directions

#: "Hi Dana,", "Hello [First Name],", "Dear team", "{{first_name}},": a message opens.
GREETING = re.compile(
    r"^\W{0,3}(?:(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening)|hiya)\b"
    r"|(?:\ufffc|[A-Z][\w.'-]{0,30}(?:\s+[A-Z][\w.'-]{0,30})?)\s*,\s*$)",
    re.IGNORECASE,
)
#: "Best,", "Thanks,", "Cheers": a sample message ends.
SIGN_OFF = re.compile(
    r"^\W{0,3}(?:best|best\s+regards|kind\s+regards|regards|warm\s+regards|thanks|thank\s+you|many\s+thanks|cheers|sincerely|talk\s+soon|all\s+the\s+best)\W{0,3}$",
    re.IGNORECASE,
)
#: What a page says not to say: a label, a column header, a heading, a marker.
AVOID = re.compile(
    r"\u274c|\u2717|\u2718|\U0001f6ab|\u26d4|\b(?:avoid(?:ing)?|don'?t\s+(?:say|write|use|do)|do\s+not\s+(?:say|write|use)|never\s+(?:say|write|use)"
    r"|instead\s+of|bad|before|wrong|weak|poor|incorrect|not\s+this|anti-?patterns?|pitfalls?|mistakes?|what\s+not\s+to)\b",
    re.IGNORECASE,
)
#: What a page offers as words to say: a label, a column header, a list's intro.
SAY = re.compile(
    r"\u2705|\b(?:say|saying|said|try|tries|ask|response|responses|respond|reply|replies|answer|script|scripts|talk\s+tracks?"
    r"|phrasing|phrases?|wording|examples?|sample|template|instead|better|good|do|after|use|rep|you|seller|agent|empathi[sz]e|reframe"
    r"|evidence|close|opener|opening|acknowledge|validate|reflect|email|message|line|lines|questions?)\b",
    re.IGNORECASE,
)
#: "Say:", "**Try**:", "Response -", "Empathize: ..." at the start of a line.
LABEL = re.compile(r"^\W{0,4}([A-Za-z][\w '\u2019/()-]{0,40}?)\W{0,4}[:\u2014\u2013]\W{0,4}(?=\S)")
#: "Objection: ...", "Prospect says: ...": the buyer's words a talk track answers.
OBJECTION = re.compile(
    r"^\W{0,4}(?:objections?|concerns?|pushback|(?:the\s+)?(?:prospect|buyer|customer|client|they)(?:\s+(?:says|said|asks|objects|writes))?)\b[^:]{0,20}:",
    re.IGNORECASE,
)
#: "Prospect says:", "Objection 2:": a line that sets out what a buyer says, so the
#: text is a page about what to answer (a bare "Customer:" is a script's label).
SAYS_LABEL = re.compile(
    r"^\W{0,4}(?:objections?(?:\s+\d+)?|(?:the\s+)?(?:prospect|buyer|customer|client|homeowner|caller|lead)\s+(?:says|said|asks|objects|writes|pushes\s+back))\W{0,4}:",
    re.IGNORECASE,
)
#: 'Homeowner: "The last contractor left us gutted."': a heading that quotes whoever speaks.
LABELED_QUOTE = re.compile(r"^\W{0,4}[A-Za-z][\w '/-]{0,30}:\s*[\"\u201c][^\"\u201d]{3,}[\"\u201d]\W{0,3}$")
#: "> **Note:** ...", "> [!TIP]": a callout, not a talk track.
CALLOUT = re.compile(r"^\W{0,4}(?:note|tip|warning|important|caution|info|fyi|reminder|remember|hint|todo|\[!)", re.IGNORECASE)
#: A list's intro that offers its items as words to say ("Responses you can use:", "Try saying:").
LIST_INTRO = re.compile(
    r"\b(?:say|saying|responses?|respond\s+with|replies|reply\s+with|scripts?|talk\s+tracks?|phrasing|phrases|wording|questions\s+(?:to|you\s+can)\s+ask|ask\s+(?:them|the\s+(?:customer|prospect|buyer)))\b",
    re.IGNORECASE,
)
QUOTE_OPEN = "\"'\u201c\u2018"


def _text(block: RawBlock) -> str:
    return "\n".join(ln.text for ln in block.lines)


def _count_labels(blocks: list[RawBlock], speakers: Speakers) -> tuple[int, int]:
    pattern = speakers.pattern()
    rep = {s.lower() for s in speakers.rep}
    labeled = rep_labeled = 0
    for b in blocks:
        for ln in b.lines:
            m = pattern.match(ln.text)
            if m:
                labeled += 1
                rep_labeled += m.group(1).lower() in rep
    return labeled, rep_labeled


def classify(blocks: list[RawBlock], speakers: Speakers) -> str:
    """The kind of text the blocks hold (one of :data:`~linter.document.KINDS`)."""
    if any(b.reply and not b.buyer for b in blocks):
        return INLINE_REPLY
    if any(b.buyer for b in blocks):
        return REPLY
    if getattr(blocks, "page", False):
        return ABOUT_SELLING
    labeled, rep_labeled = _count_labels(blocks, speakers)
    if labeled >= 2 and rep_labeled:
        return SCRIPT
    return DRAFT


def structure(blocks: list[RawBlock], speakers: Speakers) -> tuple[list[RawTurn], str]:
    """Turns (with their message and conversation) and the kind of text."""
    kind = classify(blocks, speakers)
    if kind == SCRIPT:
        return _script(blocks, speakers), kind
    if kind == ABOUT_SELLING:
        return _about_selling(blocks, speakers), kind
    if kind == INLINE_REPLY:
        turns: list[RawTurn] = []
        for b in blocks:
            if not turns or turns[-1].buyer != b.buyer:
                turns.append(RawTurn(b.buyer, None, False, []))
            turns[-1].blocks.append(b)
        return turns, kind
    rep = [b for b in blocks if not b.buyer]
    buyer = [b for b in blocks if b.buyer]
    return [RawTurn(True, None, False, buyer), RawTurn(False, None, False, rep)], kind


def _labeled_turns(blocks: list[RawBlock], speakers: Speakers, carry: bool) -> list[RawTurn]:
    """Speaker turns; with ``carry`` an unlabeled block continues the turn before it."""
    pattern = speakers.pattern()
    rep = {s.lower() for s in speakers.rep}
    turns: list[RawTurn] = []
    current: RawTurn | None = None
    for b in blocks:
        if not carry or b.kind == "heading":
            current = None
        first = True
        for ln in b.lines:
            m = pattern.match(ln.text)
            if m:
                name = m.group(1)
                ln.cut(0, m.end())
                is_buyer = b.buyer or name.lower() not in rep
                current = RawTurn(is_buyer, name, False, [RawBlock([], is_buyer, b.kind)])
                turns.append(current)
            elif current is None:
                current = RawTurn(b.buyer, None, True, [RawBlock([], b.buyer, b.kind)])
                turns.append(current)
            elif first:
                current.blocks.append(RawBlock([], current.buyer, b.kind))
            first = False
            drop_stage_directions(ln)
            current.blocks[-1].lines.append(ln)
        if b.kind == "heading":
            current = None
    return turns


def _script(blocks: list[RawBlock], speakers: Speakers) -> list[RawTurn]:
    turns = _labeled_turns(blocks, speakers, carry=True)
    message = 0
    for t in turns:
        if t.buyer and t.blocks and any(ln.pieces for b in t.blocks for ln in b.lines):
            message += 1
        t.message = message
    return turns


# --- documents about selling ---------------------------------------------------------


def _is_heading(b: RawBlock) -> bool:
    return b.kind == "heading"


def _quoted_line(text: str) -> bool:
    """A line that is a quotation as a whole: words offered to say."""
    t = text.strip(" *_-\u2022")
    return len(t) > 2 and t[0] in QUOTE_OPEN


def _label(text: str) -> str | None:
    m = LABEL.match(text)
    return m.group(1).strip() if m else None


def _about_selling(blocks: list[RawBlock], speakers: Speakers) -> list[RawTurn]:  # noqa: C901 (complexity 25: known debt, issue 14)
    pattern = speakers.pattern()
    turns: list[RawTurn] = []
    conversation = 0
    message = 0
    avoid_section = say_section = False
    intro: str = ""  # the last paragraph that ends in a colon (a list's intro)
    sample = False  # inside a sample message (a section that opened with a greeting)
    last_group: tuple | None = None

    def add(b: RawBlock, buyer: bool, narration: bool, group: tuple | None = None) -> None:
        nonlocal message, last_group
        if narration:
            if turns and turns[-1].narration and not turns[-1].buyer:
                turns[-1].blocks.append(b)
            else:
                turns.append(RawTurn(False, None, True, [b], message, conversation))
            last_group = None
            return
        if buyer:
            message += 1
            turns.append(RawTurn(True, None, False, [b], message, conversation))
            last_group = None
            return
        if group is None or group != last_group:
            message += 1
        last_group = group
        if turns and not turns[-1].buyer and not turns[-1].narration and turns[-1].message == message:
            turns[-1].blocks.append(b)
        else:
            turns.append(RawTurn(False, None, False, [b], message, conversation))

    for b in blocks:
        text = _text(b)
        first_line = b.lines[0].text if b.lines else ""
        if _is_heading(b):
            conversation += 1
            sample = False
            intro = ""
            avoid_section = bool(AVOID.search(text))
            say_section = not avoid_section and bool(
                re.search(r"\b(?:responses?|replies|scripts?|talk\s+tracks?|what\s+to\s+say|sample|templates?|examples?|phrasing)\b", text, re.IGNORECASE)
            )
            objection = OBJECTION.match(text) or _quoted_line(text) or LABELED_QUOTE.match(text)
            add(b, buyer=bool(objection) and not say_section, narration=not objection or say_section)
            continue
        if b.buyer:  # a quoted email inside a fence
            add(b, buyer=True, narration=False)
            continue
        label = _label(first_line)
        marked_avoid = bool(AVOID.search(label or "")) or "\u274c" in text or bool(b.column and AVOID.search(b.column))
        if marked_avoid or (avoid_section and not b.fence):
            add(b, False, True)
            continue
        if pattern.match(first_line):  # a script line: AE: ... / Buyer: ...
            for t in _labeled_turns([b], speakers, carry=False):
                if t.narration:
                    add(t.blocks[0], False, True)
                elif t.buyer:
                    add(t.blocks[0], True, False)
                else:
                    add(t.blocks[0], False, False, ("script", id(b)))
            continue
        if b.fence:
            add(b, False, False, ("fence", b.group))
            continue
        if b.kind == "cell":
            speech = bool(b.column and SAY.search(b.column) and not AVOID.search(b.column))
            add(b, False, not speech, ("cell", id(b)))
            continue
        if b.quoted:
            if CALLOUT.match(first_line) or AVOID.search(intro):
                add(b, False, True)
            else:
                add(b, False, False, ("quote", b.group))
            continue
        if OBJECTION.match(first_line):
            add(b, buyer=True, narration=False)
            continue
        if GREETING.match(first_line) and b.kind == "paragraph":
            sample = True
        if sample:
            add(b, False, False, ("sample", conversation))
            if SIGN_OFF.match(first_line) or SIGN_OFF.match(b.lines[-1].text):
                sample = False
            continue
        quoted = _quoted_line(text)
        said = label is not None and (_quoted_line(text[len(first_line) - len(first_line.lstrip()):].split(":", 1)[-1]) or bool(SAY.fullmatch(label)))
        listed = b.kind == "item" and (say_section or (intro and LIST_INTRO.search(intro) and not AVOID.search(intro)))
        if quoted or said or listed:
            add(b, False, False, ("item", id(b)) if b.kind == "item" else ("para", b.group, id(b)))
        else:
            add(b, False, True)
        if b.kind == "paragraph":
            intro = text if text.rstrip(" *_").endswith(":") else ""
    return turns
