"""Next steps and responses: the definitions the later rules share.

The spec's *next step* is "a question to the buyer or a concrete proposal
or offer (to show, send, meet, call, try, introduce), ideally with a time";
"Let me know if you have questions" is not one. Its *response* is one rep
turn in a script, or the rep's part of an email. Rules that need either ask
here, so they agree with each other.

Acknowledgments are the shared ones (``language``'s lists), less
``not-acknowledgments.txt`` (the rep's apologies for their own delay); where
the buyer's words are known, a sentence that reuses them and names their
weight (``feelings.txt``) is a reflection and counts too. Proposals are
``next-steps.txt`` plus an offer frame with a time ("I can make the switch
tomorrow at 10").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import language
from .document import OPAQUE, Document, Sentence, Turn

#: A sentence that asks: ends in a question mark (closing quotes, brackets
#: and emphasis aside).
_QUESTION = re.compile(r"\?[\"')\]*_\s]*$")

#: A concrete time: the "ideally with a time" of a next step.
TIME = re.compile(
    r"""\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri
        |tomorrow|tonight|today|this\s+(?:afternoon|morning|evening|week)
        |(?:within|in)\s+(?:the|an|a|the\s+next|\d+|one|two|a\s+few|a\s+couple\s+of)\s+(?:hour|hours|minutes|days|business\s+days)
        |by\s+(?:noon|midday|lunch)
        |(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)
        |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|next\s+(?:week|month|monday|tuesday
        |wednesday|thursday|friday)|end\s+of\s+(?:day|week)|eod|eow
        |\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})\b""",
    re.IGNORECASE | re.VERBOSE,
)
#: Words of a meeting or offer that, with a time, make a proposal ("Let me
#: know if a call on Thursday works").
_OFFER_WORDS = re.compile(r"\b(?:call|meeting|meet|demo|chat|session|walkthrough|walk-through|slot|time)\b", re.IGNORECASE)


#: "I know {{team_name}} has been carrying extra work": a template's
#: acknowledgment of the buyer whose name is a merge field.
_KNOW_MERGE_FIELD = re.compile(r"(?<!\w)i\s+(?:know|realize|can\s+see)\s+(?=" + OPAQUE + ")", re.IGNORECASE)

#: The rep offering to do something ("I can", "I'll", "let me", "we could",
#: "happy to"): with a concrete time it is a proposal, whatever the verb
#: ("I can make the switch with your admin tomorrow at 10").
_OFFER_FRAME = re.compile(
    r"(?<!\w)(?:(?:i|we)(?:'ll|\s+will|\s+can|\s+could|'d\s+be\s+happy\s+to|'d\s+love\s+to|\s+would\s+love\s+to)|let(?:'s|\s+me|\s+us)|happy\s+to|glad\s+to)\s+(?!know\b)\w",
    re.IGNORECASE,
)
#: ... and offering it *for* the buyer is an offer too ("I'll lay the two
#: plans side by side for you").
_FOR_YOU = re.compile(r"\bfor\s+(?:you|your\s+team|you\s+and\s+your\s+team|your\s+\w+)\b", re.IGNORECASE)


def is_question(text: str) -> bool:
    return bool(_QUESTION.search(text))


def proposal(text: str) -> language.Match | None:
    """The first words of a concrete proposal or offer in ``text``, if any."""
    m = language.matcher("next-steps").search(text)
    if m is not None:
        return m
    t = TIME.search(text)
    o = _OFFER_WORDS.search(text)
    if t and o:
        a = min(t.start(), o.start())
        return language.Match(a, max(t.end(), o.end()), text[a : max(t.end(), o.end())])
    frame = _OFFER_FRAME.search(text)
    if frame and language.starts_clause(text, frame.start()) and (t or _FOR_YOU.search(text, frame.end())):
        return language.Match(frame.start(), len(text), text[frame.start() :])
    return None


def is_next_step(text: str) -> bool:
    """A question to the buyer, or a concrete proposal or offer."""
    return is_question(text) or proposal(text) is not None


def acknowledgments(text: str) -> list[language.Match]:
    """The acknowledgments in a sentence, leaving out the rep's apologies for
    their own lateness and thanks for time ("Sorry for the delay"), and
    empathy phrases quoted as examples ('never write "I hear you"').
    """
    found = [
        m
        for name in ("acknowledgments", "stock-empathy")
        for m in language.matcher(name).finditer(text)
    ]
    for m in _KNOW_MERGE_FIELD.finditer(text) if OPAQUE in text else ():
        if language.starts_clause(text, m.start()):
            found.append(language.Match(m.start(), m.end(), m.group()))
    if not found:
        return []
    nots = [(m.start, m.end) for m in language.matcher("not-acknowledgments").finditer(text)]
    kept = [
        m
        for m in found
        if not any(a <= m.start < b or m.start <= a < m.end for a, b in nots)
        and not quoted_mention(text, m.start, m.end)
    ]
    kept.sort(key=lambda m: (m.start, -m.end))
    out: list[language.Match] = []
    for m in kept:
        if out and m.start < out[-1].end:
            if m.end > out[-1].end:
                out[-1] = language.Match(out[-1].start, m.end, text[out[-1].start : m.end])
            continue
        out.append(m)
    return out


def _their_words(buyer_words) -> frozenset[str]:
    """Content words of the buyer's words (text, or a set from ``language.buyer_content``)."""
    if isinstance(buyer_words, frozenset):
        return buyer_words
    return language.content_words(buyer_words)


#: A sentence about the rep's side ("Our export ...", "We've rebuilt ...") is
#: not a reflection, however many of the buyer's words it reuses.
_REP_SIDE = re.compile(
    r"^\W*(?:our|we|we're|we've|we'll|we'd|us|here's|here is|here are|i'll|i will|i can|i could|i've|i have|i'd|let me|let's)\b",
    re.IGNORECASE,
)


def acknowledgment(text: str, buyer_words="") -> language.Match | None:
    """The first acknowledgment of a sentence: an empathy phrase, or (where the
    buyer's words are known) a reflection that reuses them, names the
    feeling or weight of it (``feelings.txt``) and is not itself a pitch, an
    offer or a question ("Having reports cut off at 10,000 rows is
    frustrating when you need the full data")."""
    found = acknowledgments(text)
    if found:
        return found[0]
    feeling = language.matcher("feelings").search(text) if buyer_words else None
    if (
        feeling is not None
        and not is_question(text)
        and not _REP_SIDE.match(text)
        and language.matcher("pitch-markers").search(text) is None
    ):
        if len(language.content_words(text) & _their_words(buyer_words)) >= 2:
            # The acknowledgment runs from the sentence's start to where it names the feeling.
            start = len(text) - len(text.lstrip())
            return language.Match(start, feeling.end, text[start : feeling.end])
    return None


@dataclass
class Floor:
    """The rep's turns between two buyer turns (one turn in most scripts).

    A rep who speaks twice in a row ("AE: I understand. (pause) AE: Would it
    help if I showed ...?") has not handed the buyer the floor in between.
    """

    turns: list[Turn] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return spoken([s for t in self.turns for s in t.sentences])


def spoken(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences a rep says or writes to the buyer: headings are titles and
    table cells are reference material (example lines, checklists), not speech."""
    return [s for s in sentences if s.block.kind not in ("heading", "cell")]


def floors(doc: Document) -> list[Floor]:
    """The rep's floors, in order; narration (a script's title, notes) is skipped."""
    out: list[Floor] = []
    current: Floor | None = None
    for t in doc.turns:
        if t.buyer:
            if t.sentences:
                current = None
            continue
        if t.narration or not t.sentences:
            continue
        if current is None:
            current = Floor()
            out.append(current)
        current.turns.append(t)
    return out


# --- phrases quoted as examples ------------------------------------------------

_OUTSIDE_WORD = re.compile(r"\w")


def quoted_mention(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands in double quotes *inside* other words.

    A phrase quoted as an example ('Avoid clichés like "just checking in"')
    is mentioned, not used. A sentence that is a quotation as a whole
    (a script line '"Just checking in."') is still speech.
    """
    opening = text.rfind('"', 0, start)
    if opening < 0 or text.count('"', 0, start) % 2 == 0:
        return False
    closing = text.find('"', end)
    if closing < 0:
        return False
    return bool(_OUTSIDE_WORD.search(text[:opening]) or _OUTSIDE_WORD.search(text[closing + 1 :]))
