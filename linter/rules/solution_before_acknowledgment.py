"""A pitch in answer to a concern, before any acknowledgment of it.

## What it does
In a response to a concern (a rep turn or reply that follows buyer words
voicing a worry, frustration, objection or doubt, or a draft whose own
text refers to one, such as "Regarding your concern about pricing"), flags
the first sentence that talks up the offer when no acknowledgment or
reflection of the concern comes before it. A pitch is any sentence with
the offer as its subject ("We bundle ...", "Our tool goes further ...",
"There's a monthly plan"), an offer or commitment ("we can waive the setup
fee"), a fix already made ("we've already patched the sync job"), a
lead-in ("let me show you", "here's how"), a price or a number, or advice
("you should try", "I'd recommend"). Concerns include price shock and
comparisons ("we can get this cheaper elsewhere"), the status quo, a past
bad experience, an outage and doubts about adoption; a plain bug report
or feature request is not one. An acknowledgment in the same sentence, before the
pitching words, counts, and so does a sentence that reflects the buyer's
own words (it reuses at least two of their content words). Agreement alone ("You're right") is not an
acknowledgment.

It stays quiet about the same pitch after an acknowledgment ("That must
have been frustrating. Here's how our onboarding is different ...") and
about a pitch in a draft that responds to no concern (a cold opener). A
pitch is checked against the acknowledgments of the same response only,
and only among its first twelve sentences: a rep who rushes to a solution
does so early.

## Why is this bad?
A buyer who has just voiced a worry and hears a pitch concludes they were
not heard, and defends the worry harder. The playbook's third step:

> When tension arises, empathy must precede persuasion.

## Example
```dialogue
Buyer: We got burned by the last vendor's rollout delays.
AE: Our platform goes live in ten days, guaranteed.
```

## Use instead
```dialogue
Buyer: We got burned by the last vendor's rollout delays.
AE: That must have been frustrating after the delays you lived through. Here's how our rollout is different: clients typically go live in ten days. Could I show you the plan on Thursday?
```
```txt
Hi Dana, our platform cuts reporting time in half. Open to a 15-minute look next week?
```

## References
- Playbook, "Step-by-Step Playbook", step 3: “When tension arises, empathy must precede persuasion.”
- Playbook, "Checklist": “✅ Reflect feelings before presenting logic.”
- Playbook, "Checklist": “❌ Don’t rush to solutions before acknowledgment.”
"""  # noqa: E501 (the rule page: playbook quotes and examples stay whole)

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import language, suggestions, vocabulary
from ..document import Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "solution-before-acknowledgment"
SEVERITY = "warning"
OPTIONS = (
    Option(
        "extra-phrases", STRINGS, (),
        "More pitching words to recognise (literal phrases, e.g. your product's name).",
    ),
)
PHRASE_LISTS = (
    "acknowledgments",
    "agreements",
    "concern-cues",
    "concern-references",
    "concessions",
    "feelings",
    "function-words",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "pitch-markers",
    "positive-words",
    "stock-empathy",
)

#: Only a pitch among the first sentences of a response "rushes to a
#: solution"; a long handbook page is not one reply.
EARLY = 12

MESSAGE = "“{words}” pitches before acknowledging the buyer’s concern; when tension arises, empathy must precede persuasion."
QUOTE_WORDS = 6


def _start_of(text: str) -> str:
    words = text.split()
    return " ".join(words[:QUOTE_WORDS]).rstrip(".,;:!?") + (" …" if len(words) > QUOTE_WORDS else "")


def _pitch(text: str, extra, buyer: str) -> int | None:
    if vocabulary.conceded_claim(text, buyer) is not None:
        return None  # "You're right, our onboarding is painful": conceded-fact's business
    found = [p for p in (vocabulary.pitch(text, buyer), extra.search(text).start if extra and extra.search(text) else None) if p is not None]
    return min(found) if found else None


#: The rep's own side: a clause with these is no paraphrase of the buyer.
_REP_WORDS = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|our|ours|(?!US\b)us|me|my)\b", re.IGNORECASE)


def _paraphrase_before(text: str, at: int, earlier) -> int | None:
    """A paraphrase of the buyer in the clause before the pitching words, in
    three or more of their words and none of the rep's ("Accessorial fees for
    liftgate and re-delivery really do add up, and that's where our audit ...")."""
    clause = text[:at]
    if not clause.strip() or _REP_WORDS.search(clause):
        return None
    return vocabulary.reflection(clause, earlier, minimum=3)


def check(doc: Document, options: dict) -> Iterator[Hit]:
    extra = language.extra_matcher(options)
    for turn in doc.rep_turns():
        if turn.narration or not turn.sentences:
            continue
        buyer = doc.buyer_words_just_before(turn)
        earlier = vocabulary.buyer_content(doc, turn)
        concern = vocabulary.voices_concern(buyer) if buyer else False
        if not concern:
            concern = any(vocabulary.refers_to_concern(s.text) for s in turn.sentences)
        if not concern:
            continue
        for s in [s for s in turn.sentences if s.block.kind != "heading"][:EARLY]:
            ack = vocabulary.acknowledgment(s.text, earlier)
            acked = [ack.start] if ack is not None else []
            at = _pitch(s.text, extra, buyer)
            # Reusing the buyer's words reflects them only in a sentence that is
            # not itself about the offer ("Deleted projects stay in Trash for
            # 30 days" reuses "deleted project" and pitches).
            if at is None and vocabulary.conceded_claim(s.text, buyer) is not None:
                continue  # "Agreed, our reporting has been sloppy": a concession reflects nothing
            reflected = vocabulary.reflection(s.text, earlier) if at is None else _paraphrase_before(s.text, at, earlier)
            if reflected is not None:
                acked.append(reflected)
            if acked and (at is None or min(acked) <= at):
                break
            if at is not None:
                yield Hit(s.start, s.end, MESSAGE.format(words=_start_of(s.text[at:] if at else s.text)), suggestions.suggest(ID, doc, turn, s, 0, len(s.text)))
                break
