"""Agreement that concedes the objection's negative claim about the offer.

## What it does
Flags agreement that concedes a buyer's negative claim about what you
sell: "You're right, it is too expensive." / "I agree our onboarding is
painful." / "Fair point, we are slower than Acme." / "True, the contract
is overpriced."

It recognises the shape, not a list: an agreement marker anywhere in the
sentence ("you're right", "fair point", "totally fair", "I won't argue with
that", "Yeah, ..."), then a clause about the offer (we / our ..., the
product or its price, "it", "ours") that states a negative claim: a
negative judgement of any wording ("bad", "sloppy", "clunkier"), excess
("too pricey", "a rip-off"), a comparison the offer loses ("behind Acme
on", "weaker than"), a shortfall ("doesn't handle", "dropped the ball"), or
the buyer's own negative words echoed back. A scope ("for a shop your
size", "lately") does not undo it.

It stays quiet when the rep validates the feeling or the situation ("It
sounds like budget flexibility is limited right now", "I can see why the
price feels like a stretch") or agrees with the buyer's goal or a neutral
fact ("You're right that reliability matters most", "You're right that
implementation takes effort, and ...").

## Why is this bad?
Empathy is not agreement. Conceding the claim hands the buyer the
argument, and it is rarely even true. From the playbook's pitfalls:

> Confusing agreement with empathy: compromises integrity. Validate feelings without conceding facts.

## Example
```dialogue
Buyer: Honestly, this is more than we budgeted.
AE: You're right, it is too expensive for a team your size.
```
```txt
I agree our onboarding is painful, and we're working on it.
```

## Use instead
```dialogue
Buyer: Honestly, this is more than we budgeted.
AE: It sounds like budget flexibility is limited right now. Which part of the budget is under the most pressure?
```

## References
- Playbook, "Common Pitfalls": “Confusing agreement with empathy — Compromises integrity — Validate feelings without conceding facts.”
- Playbook, "Example Phrasing" (Objection about price): “Avoid implying agreement with objection.”
- Playbook, "Checklist": “❌ Don’t mistake empathy for agreement.”
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import language, suggestions, vocabulary
from ..document import Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "conceded-fact"
SEVERITY = "error"
OPTIONS = (
    Option(
        "extra-phrases", STRINGS, (),
        'More negative claims about the offer that must not be conceded (literal phrases, e.g. "a rip-off").',
    ),
)
PHRASE_LISTS = (
    "acknowledgments",
    "agreements",
    "concessions",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "positive-words",
    "stock-empathy",
)

MESSAGE = "“{words}” concedes the objection; validate the feeling without conceding the fact."


def _quote(text: str, limit: int = 12) -> str:
    words = text.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")

def _extra_claim(text: str, extra, start: int) -> int | None:
    """A configured negative claim (``extra-phrases``) in the clause after ``start``."""
    if extra is None:
        return None
    m = extra.search(text, start, min(len(text), start + vocabulary.CLAUSE_REACH))
    return m.end if m else None


def check(doc: Document, options: dict) -> Iterator[Hit]:  # noqa: C901 (complexity 11: known debt, issue 14)
    extra = language.extra_matcher(options)
    for turn in doc.rep_turns():
        buyer = doc.buyer_words_just_before(turn)
        sentences = vocabulary.spoken(turn.sentences)
        for i, s in enumerate(sentences):
            found = vocabulary.conceded_claim(s.text, buyer)
            if found is None and extra is not None:
                for marker in vocabulary.agreement_markers(s.text):
                    end = _extra_claim(s.text, extra, marker.end)
                    if end is not None:
                        found = (marker, end)
                        break
            if found is not None:
                marker, end = found
                message = MESSAGE.format(words=_quote(s.text[marker.start:end]))
                yield Hit(s.start + marker.start, s.start + end, message, suggestions.suggest(ID, doc, turn, s, marker.start, end))
                continue
            # "You're right." followed by the conceded claim in the next sentence.
            if i + 1 < len(sentences) and sentences[i + 1].block is s.block:
                for marker in vocabulary.agreement_markers(s.text):
                    if s.text[marker.end :].strip(" .!\u2014\u2013-"):
                        continue
                    nxt = sentences[i + 1]
                    if vocabulary.claim_about_offer(nxt.text, 0, buyer) is not None or _extra_claim(nxt.text, extra, 0) is not None:
                        message = MESSAGE.format(words=_quote(s.text[marker.start:] + " " + nxt.text))
                        suggestion = suggestions.suggest(ID, doc, turn, nxt, 0, len(nxt.text))
                        yield Hit(s.start + marker.start, s.start + marker.end, message, suggestion)
                        break
