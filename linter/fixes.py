"""When a fix is *safe*: it cannot change the meaning (ruff's model of fix safety).

``--fix`` applies safe fixes only; ``--unsafe-fixes`` also applies the
others. The "but" -> "and" swap is safe only in the shape the spec
describes: an acknowledgment clause aimed at the buyer, then ", but", then
the rep's own position ("I understand the timing is tight, but we need a
decision" -> "and we need"). Never where "but" joins two descriptions, in
"not X but Y", in a long document (a handbook page, not a reply), or where
the clause before it is not an acknowledgment that opens the sentence.
"""

from __future__ import annotations

import re

from . import language, vocabulary

#: What must follow ", but" for the swap to be safe: the rep's own position.
REP_POSITION = re.compile(
    r"\s+(?:we|we're|we've|we'll|we'd|i|i'm|i've|i'll|i'd|our|let's|let\s+me|here's|here\s+is|my)\b", re.IGNORECASE
)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:\u2014\u2013]|\s-\s|,")
#: A response longer than this is a document about selling, not a reply to a buyer.
MAX_SENTENCES = 30


def safe_but_swap(text: str, start: int, end: int, response_sentences: int = 1) -> bool:
    """True when swapping the lower-case "but" at ``text[start:end]`` for "and" cannot change the meaning."""
    if text[start:end].lower() != "but" or response_sentences > MAX_SENTENCES:
        return False
    before = text[:start]
    if not re.search(r",\s*$", before) or not REP_POSITION.match(text, end):
        return False
    clause = before.rstrip().rstrip(",")
    if _CLAUSE_BREAK.search(clause):
        return False
    if _NEGATION.search(clause):
        return False  # "not X, but Y" and the like: a correction, not a bridge
    ack = vocabulary.acknowledgment(clause)
    strong = [m for m in vocabulary.agreement_markers(clause, strong_only=True) if m.text.lower() not in ("true", "yes", "yeah", "yep")]
    opener = ack if ack is not None else (strong[0] if strong else None)
    return opener is not None and language.starts_clause(clause, opener.start) and opener.start <= 3

