"""Words that shrink the buyer's feeling or priority.

## What it does
Flags words that shrink what the buyer feels or cares about: "don't
worry", "calm down", "just relax", "it's not a big deal", "no big deal",
"at least you ...", "it could be worse", "you're overreacting", and, in a
response to a concern (one the buyer voiced, or one the rep acknowledged),
"only" or "just" shrinking what the buyer pays, waits or suffers ("it's
only $40 more a month", "just a two-week delay", "it's just a small bug"). The finding points at the minimizing words.

It stays quiet about the same words in the buyer's own lines, about
"at least" as an amount ("it takes at least two weeks"), and about "only"
and "just" that do not shrink anything ("it's only available in the US").

## Why is this bad?
Telling someone their worry is small does not make it small; it tells
them they were not heard, and they stop telling you what they think.
From the playbook's pitfalls:

> Deflecting difficult feelings: breaks trust. Acknowledge discomfort honestly.

and from the situation table (Negotiation deadlock): "Avoid minimizing
their priorities".

## Example
```dialogue
Buyer: I'm nervous about moving our whole team mid-quarter.
AE: Don't worry, it's not a big deal. Most teams switch in a week.
```
```dialogue
Customer: The renewal is too expensive for us this year.
Rep: It's only $40 more a month, so it shouldn't be a problem.
```

## Use instead
```dialogue
Buyer: I'm nervous about moving our whole team mid-quarter.
AE: Moving a whole team mid-quarter is a lot to take on. Would it help to see how we'd phase it so nobody loses a week?
```

## References
- Playbook, "Common Pitfalls": “Deflecting difficult feelings — Breaks trust — Acknowledge discomfort honestly.”
- Playbook, "Example Phrasing" (Negotiation deadlock): “Avoid minimizing their priorities.”
- Playbook, "Checklist": “❌ Don’t skip validation when buyers show emotion.”
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import language, suggestions, vocabulary
from ..document import Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "minimizing-language"
SEVERITY = "warning"
OPTIONS = (Option("extra-phrases", STRINGS, (), "More minimizing phrases your team wants flagged (literal phrases)."),)
PHRASE_LISTS = (
    "acknowledgments",
    "agreements",
    "concern-cues",
    "concern-references",
    "concessions",
    "feelings",
    "function-words",
    "minimizing",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "pitch-markers",
    "positive-words",
    "stock-empathy",
)

MESSAGE = "“{phrase}” shrinks the buyer’s feeling; deflecting difficult feelings breaks trust, so acknowledge the discomfort honestly."

#: "It's only $40", "that's just 2 days", "it's only ten minutes": an
#: amount that makes the concern small (only in a response to a concern).
_NUMBER = (
    rf"(?:[$€£]\s?\d(?:[\d,]|\.\d)*k?|\d(?:[\d,]|\.\d)*\s?(?:k\b|%|percent\b)?|(?:{vocabulary.NUMBER_WORDS}|a\s+few|a\s+couple)\b)"
    r"(?:\s+(?:more|extra|dollars|bucks|minutes|hours|days|weeks|clicks|steps)\b)?"
)
AMOUNT = re.compile(
    rf"\b(?:it's|it\s+is|that's|that\s+is|it'll|it\s+will|that'll|it\s+would|it'd|the\s+difference\s+is|the\s+increase\s+is)"
    rf"\s+(?:be\s+)?(?:really\s+)?(?:only|just|merely)\s+(?:an?\s+(?:extra|additional)\s+)?{_NUMBER}",
    re.IGNORECASE,
)
#: List phrases about amounts ("it's only a few", "it's just a little")
#: shrink something only when there is a concern to shrink.
_AMOUNT_WORDS = re.compile(r"\b(?:only|just)\b", re.IGNORECASE)
#: Every AMOUNT has one of these words: a sentence without them is not scanned.
_AMOUNT_RUNS = frozenset({"only", "just", "merely", "simply"})


def _concern(doc: Document, turn) -> bool:
    """Is there a feeling to shrink: a concern voiced or referred to, or one the rep acknowledged?"""
    # Any feeling the buyer voiced earlier in the conversation (in an inline
    # reply, the whole quoted message) is still there to shrink.
    buyer = doc.buyer_words_before(turn)
    if buyer and vocabulary.voices_concern(buyer):
        return True
    if any(vocabulary.refers_to_concern(s.text) for s in turn.sentences):
        return True
    words = vocabulary.buyer_content(doc, turn)
    return any(vocabulary.acknowledgment(s.text, words) is not None for s in vocabulary.spoken(turn.sentences))


def check(doc: Document, options: dict) -> Iterator[Hit]:  # noqa: C901 (complexity 14: known debt, issue 14)
    matchers = language.with_extra("minimizing", options)
    for turn in doc.rep_turns():
        if turn.narration or not turn.sentences:
            continue
        concern: bool | None = None
        for s in vocabulary.spoken(turn.sentences):
            spans: list[tuple[int, int]] = []
            for k, matcher in enumerate(matchers):
                for m in matcher.finditer(s.text):
                    if k == 0 and _AMOUNT_WORDS.search(m.text):
                        if concern is None:
                            concern = _concern(doc, turn)
                        if not concern:
                            continue
                    spans.append((m.start, m.end))
            amounts = (
                [(m.start(), m.end()) for m in AMOUNT.finditer(s.text)] + vocabulary.small_amounts(s.text)
                if not _AMOUNT_RUNS.isdisjoint(language.words_of(s.text))
                else ()
            )
            for a, b in amounts:
                if concern is None:
                    concern = _concern(doc, turn)
                if concern:
                    spans.append((a, b))
            spans.sort()
            last = -1
            for a, b in spans:
                if a < last or vocabulary.quoted_mention(s.text, a, b):
                    continue
                phrase = s.text[a:b]
                yield Hit(s.start + a, s.start + b, MESSAGE.format(phrase=' '.join(phrase.split())), suggestions.suggest(ID, doc, turn, s, a, b))
                break  # one finding per sentence
