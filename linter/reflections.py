"""Reflections in the buyer's own words: the clause that voices the concern, turned to the buyer.

The playbook's method is "paraphrase the buyer's key words". Here the
buyer's sentences (the quoted message, or the buyer turns a response
answers) are cut into clauses; the clause that voices the concern is
picked and its pronouns turned to the buyer ("I / we / our" become "you /
your", "I'm" becomes "you're", "I was" becomes "you were"), merge fields
(``{{first_name}}``, ``[Company]``) kept exactly as written.

:func:`concern_clauses` gives the candidates, best first; the callers in
:mod:`linter.suggestions` frame one as a line a rep could send.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import language, vocabulary
from .document import _EMAIL_KINDS, OPAQUE, Document, Sentence, Turn

#: First person of the buyer turned to the second person (lower case; case is restored).
_TURN = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
    "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
}
#: Verb agreement after a turned "I": "I was" -> "you were", "I am" -> "you are".
_AGREE = {"was": "were", "am": "are", "wasn't": "weren't"}
#: The buyer's "you / your" (the vendor) turned to the rep's side.
_VENDOR = {"your": "our", "yours": "ours", "you're": "we're", "you've": "we've", "you'll": "we'll", "you'd": "we'd", "yourself": "ourselves"}

_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
#: Where a buyer sentence splits into clauses.
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|:|\s[-\u2014\u2013]{1,2}\s|[\u2014\u2013]|\s+and\s+(?=(?:your|you|you're|our|we|we're|i|i'm|my)\b)|,\s*(?:but|so|and\s+(?=(?:i|we|it|they|our|the|my|this|that|now)\b)|which|because|although|though)\b|\s(?:but|because|although|though)\s)\s*",
    re.IGNORECASE,
)
#: Discourse words and greetings that open a buyer sentence without belonging to the concern.
_LEAD = re.compile(
    r"^(?:[A-Z][a-z]+,\s+(?=[A-Za-z])|(?:honestly|frankly|though|however|still|anyway|anyways|again|look|look|listen|well|so|yeah|yes|no|ok|okay|exactly|right|sure|also|and|but|again|plus|to\s+be\s+(?:honest|frank|fair)|truth\s+be\s+told"
    r"|i\s+(?:have\s+to|must|need\s+to|should)\s+(?:say|admit|be\s+honest)|i'll\s+be\s+(?:honest|frank)|the\s+thing\s+is|that\s+said|to\s+be\s+clear)[\s,:!.\u2014\u2013-]+)+",
    re.IGNORECASE,
)
#: A clause with something said about a subject: a finite verb of some kind.
_VERB = re.compile(
    r"\b(?:is|are|was|were|am|be|been|being|has|have|had|do|does|did|can|could|will|would|should|may|might|must|need|needs|needed"
    r"|feel|feels|felt|seem|seems|seemed|keep|keeps|kept|take|takes|took|get|gets|got|lose|loses|lost|went|go|goes|came|comes|made|make|makes"
    r"|pay|paid|spend|spent|want|wants|cost|costs|promise|promised|try|tried|arrive|arrives|work|works|use|uses|wait|waits|say|says|said|told|tells|ask|asks|notice|notices|happen|happens|hear|heard|see|saw|know|knew|think|thought|worry|worries|burn|burns|left|leave|hate|hates|hit|cut|run|runs"
    r"|[a-z]+ed|[a-z]+n't|[a-z]+'s|[a-z]+'re|[a-z]+'ve|[a-z]+'m)\b",
    re.IGNORECASE,
)
#: The clause starts with a subject (a pronoun or a noun phrase), not with an order or a question word.
_REQUEST = re.compile(
    r"^(?:please|can\s+you|could\s+you|would\s+you|will\s+you|let\s+me|let\s+us|let's|send|call|tell|give|show|stop|don't|do\s+not|just\s+send|thanks|thank\s+you|hi|hello|hey|dear"
    r"|what|why|how|when|where|who|which|is|are|do|does|did|can|could|would|will|should)\b",
    re.IGNORECASE,
)
_YOU = re.compile(r"\b(?:you|your|yours|you're|you've|you'll|you'd)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|we|us|our|i'm|i've|we're|we've|i'd|we'd)\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
#: Words of a bad experience that the concern list does not name ("let down", "a billing error", "laughed").
_HURT = re.compile(
    r"\b(?:let\s+(?:us|me)\s+down|let\s+down|errors?|mistakes?|wrong|laughed|dated|clunky|slow|slower|broke|broken|fail(?:s|ed)?|missed|late|behind"
    r"|lost|burn(?:ed|t)|outages?|bugs?|crash(?:es|ed)?|stuck|complain(?:ed|ing|ts?)?|twice|again|second|third|overpriced|expensive|pricey|steep|confus\w+|hard|difficult|painful|tired|exhausted|still|never|promised|(?:two|three|four|five|six|\d+)\s+times|by\s+hand)\b",
    re.IGNORECASE,
)
MIN_WORDS, MAX_WORDS = 3, 24
#: How many of the buyer's sentences a script's response draws on (the most recent).
RECENT = 12


@dataclass(frozen=True)
class Clause:
    """A clause of the buyer's words, as written (merge fields restored) and turned to the buyer."""

    said: str  # as the buyer wrote it (leading discourse words dropped)
    turned: str  # pronouns turned: "you lost weeks waiting for fixes"
    about_offer: bool  # it speaks of the vendor ("your onboarding is painful")
    score: float


def buyer_sentences(doc: Document, turn: Turn) -> list[Sentence]:
    """The buyer's sentences a response answers, most relevant first.

    In a script (or a page's example conversation): the buyer turns since
    the previous rep turn, then earlier buyer turns of the same
    conversation, the most recent first. In an email: the whole quoted
    message.
    """
    if doc.kind in _EMAIL_KINDS:
        return [s for t in doc.turns if t.buyer and t.conversation == turn.conversation for s in t.sentences]
    out: list[Sentence] = []
    for t in reversed(doc.turns[: turn.index]):
        if t.conversation != turn.conversation:
            break  # a page about selling: each section is its own conversation
        if t.buyer:
            out.extend(t.sentences)
            if len(out) >= RECENT:
                break  # the recent buyer turns: keeps a long script linear
    return out


def original_text(doc: Document, start: int, end: int, squash: bool = True) -> str:
    """``doc.prose[start:end]`` with each merge field as written in the file, on one line."""
    prose = doc.prose[start:end]
    if OPAQUE in prose:
        parts = []
        for k, ch in enumerate(prose):
            if ch == OPAQUE:
                p = start + k
                parts.append(doc.source[doc.offsets.start(p) : doc.offsets.end(p + 1)])
            else:
                parts.append(ch)
        prose = "".join(parts)
    return _SPACE.sub(" ", prose).strip() if squash else prose.replace("\n", " ")


def whole_sentence(doc: Document, s: Sentence) -> str:
    """A buyer sentence whole, on one line, merge fields as written (for a message's quote)."""
    return original_text(doc, s.start, s.end)


def turn_pronouns(text: str, vendor: bool = True) -> str:
    """The buyer's words as the rep says them back: "I was" -> "you were", "our" -> "your".

    With ``vendor``, the buyer's "your" (the vendor's) becomes "our".
    Merge fields and every other word are kept as written.
    """
    out = []
    pos = 0
    prev_turned_i = False
    tokens = list(_TOKEN.finditer(text))
    for m in tokens:
        word = m.group()
        lower = word.lower()
        new = None
        if lower in _TURN:
            new = _TURN[lower]
        elif prev_turned_i and lower in _AGREE:
            new = _AGREE[lower]
        elif vendor and lower in _VENDOR:
            new = _VENDOR[lower]
        elif vendor and lower == "you":
            before = text[max(0, m.start() - 30) : m.start()].rstrip().lower()
            object_of = re.search(
                r"(?:\b(?:to|for|with|from|by|at|of|about|than|like|give|gave|told|tell|sent|send|charge|charged|pay|paid|trust|with)\s*$)", before
            )
            new = "us" if object_of else "we"
        prev_turned_i = lower == "i"
        if new is None:
            continue
        if word[0].isupper() and not (lower == "i" or lower.startswith("i'")):
            new = new[0].upper() + new[1:]  # "I" is upper case wherever it stands; "you" is not
        out.append(text[pos : m.start()])
        out.append(new)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _lower_first(text: str, prose: str) -> str:
    """Lower-case the clause's first word unless it is a name ("Acme", "Finance" written so mid-sentence) or an acronym."""
    m = _TOKEN.match(text)
    if not m:
        return text
    word = m.group()
    if word.lower() == word or word.isupper() and len(word) > 1:
        return text
    if word.lower() not in language.function_words() and re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", prose):
        return text  # capitalized mid-sentence too: a name
    return word[0].lower() + text[1:]


def _clauses_of(text: str) -> list[str]:
    parts = [p.strip(" ,.!?\"'()") for p in _CLAUSE_SPLIT.split(text)]
    return [p for p in parts if p]


def concern_clauses(doc: Document, turn: Turn) -> list[Clause]:
    """The buyer's clauses that voice a concern, turned to the buyer, best first (cached per response)."""
    cache = doc.caches.setdefault("reflections", {})
    key = turn.index if doc.is_script else -1
    if key in cache:
        return cache[key]
    sentences = buyer_sentences(doc, turn)
    prose = doc.prose
    found: list[Clause] = []
    n = len(sentences)
    seen: set[str] = set()
    for rank, s in enumerate(sentences):
        text = original_text(doc, s.start, s.end)
        if text.rstrip().endswith("?") or len(text.split()) < MIN_WORDS:
            continue
        for part in _clauses_of(text):
            part = _LEAD.sub("", part).strip(" ,")
            words = part.split()
            if not (MIN_WORDS <= len(words) <= MAX_WORDS) or _REQUEST.match(part) or not _VERB.search(part):
                continue
            concern = vocabulary.voices_concern(part)
            if not (concern or _HURT.search(part)) or part.lower() in seen:
                continue
            seen.add(part.lower())
            about_offer = bool(_YOU.search(part))
            score = (2.0 if _FIRST_PERSON.search(part) else 1.0) - (0 if concern else 0.75)
            if about_offer:
                score -= 1.0
            score += min(len(language.content_words(part)), 5) * 0.2
            # Most recent first in a script; in an email the concern usually comes last.
            score += (1.0 - rank / max(n, 1)) if doc.is_script else rank / max(n, 1) * 0.5
            turned = _lower_first(turn_pronouns(part), prose)
            found.append(Clause(part, turned, about_offer, score))
    found.sort(key=lambda c: -c.score)
    cache[key] = found
    return found


_SUBJECT = re.compile(
    r"(?<![\w'])(?:(?:your|the|this|that|our)\s+)((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|are|was|were|has|have|had|feels?|felt|seems?|looks?|takes?|took|costs?|keeps?|doesn't|don't|didn't|isn't|aren't|wasn't|can't|won't|broke|breaks|crashed|crashes|failed|fails)\b",
    re.IGNORECASE,
)


def topic_of(clause: Clause) -> str | None:
    """The thing the buyer speaks of, as a noun phrase ("the onboarding"), or None."""
    m = _SUBJECT.search(clause.said)
    if not m or m.group(1).lower() in ("one", "thing", "way", "other", "last"):
        return None
    return "the " + m.group(1)
