"""An acknowledgment that reuses none of the buyer's own words.

## What it does
Where the buyer's words are known (a quoted message in a reply, the
buyer's turns in a call script), flags an acknowledgment of the rep's that
reuses none of their content words: "That must be hard" after "We lost
weeks waiting for fixes". The buyer's words are all of the
buyer's words earlier in the conversation: every earlier buyer turn, or
the whole quoted message. Content words are the words that carry meaning
(not "the", "we", "about"), matched loosely ("fixes" / "fix", "delays" /
"delay"); the words of the empathy phrase itself ("I understand", "That
must have been") do not count as reuse. The finding points at the
acknowledgment that does not reuse the buyer's words.

It stays quiet where the buyer's words are not known (a cold email, a
draft with no quote), and about an acknowledgment that picks up even one of
the buyer's content words ("I can see why the delays have you cautious").
Each acknowledgment is judged on its own. One problem, one finding: a
stock phrase ("I hear you", "I understand your concern") or an empathy line
used twice is `scripted-empathy`'s finding, not also this rule's (the
advice is the same).

## Why is this bad?
An acknowledgment that could be said to anyone about anything tells the
buyer they were processed, not heard. From the playbook's pitfalls:

> Using scripted empathy phrases: feels insincere. Personalize reflection using buyer’s actual words.

## Example
```dialogue
Buyer: We lost weeks waiting for fixes last time.
AE: That must be hard. Our onboarding team is very responsive.
```
```eml
From: Sam Rivera <sam@example.com>
To: Dana Lee <dana@example.com>
Subject: Re: Renewal

Hi Dana,

That must be really hard. Would a call on Thursday help?

Sam

On Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@example.com> wrote:
> Our finance team froze every new contract until the audit closes.
```

## Use instead
```dialogue
Buyer: We lost weeks waiting for fixes last time.
AE: Losing weeks to fixes would make anyone cautious. Would it help to see how fixes are handled now?
```

## References
- Playbook, "Common Pitfalls": “Using scripted empathy phrases — Feels insincere — Personalize reflection using buyer’s actual words.”
- Playbook, "Step-by-Step Playbook", step 2: “Paraphrase key points and emotional undertones.”
- Playbook, "Checklist": “✅ Personalize empathy to the individual.”
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import language, reflections, suggestions, vocabulary
from ..document import _EMAIL_KINDS, OPAQUE, Document
from ..finding import Hit
from .meta import Option

ID = "generic-reflection"
SEVERITY = "info"
OPTIONS: tuple[Option, ...] = ()
PHRASE_LISTS = (
    "acknowledgments",
    "concern-cues",
    "function-words",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "stock-empathy",
)

MESSAGE = "This acknowledgment reuses none of the buyer’s words; personalize the reflection using what they actually said{quote}."


def _own_words(text: str, acks) -> set[str]:
    """Content words of a sentence outside its empathy phrases."""
    parts = []
    pos = 0
    for m in acks:
        parts.append(text[pos : m.start])
        pos = m.end
    parts.append(text[pos:])
    return language.content_words(" ".join(parts))


#: "... with that", "all of this": an acknowledgment that points back at what was just said.
_ANAPHOR = re.compile(r"\b(?:that|this|it|all\s+(?:of\s+)?(?:that|this))\s*[.!]?\s*$", re.IGNORECASE)


def _reuses(own: set[str], theirs) -> bool:
    """Any of the buyer's content words, also inside a compound of theirs
    ("storm" from "windstorm", "migration" from "mid-migration")."""
    if own & theirs:
        return True
    long_own = [w for w in own if len(w) >= 4]
    return any(w != t and (t.endswith(w) or t.startswith(w)) for t in theirs if len(t) > 4 for w in long_own)


def _quote(doc: Document, turn) -> str:
    """The buyer's most recent words that voice a concern, shortened, for the message."""
    # Whole buyer sentences (a wrapped quote is one sentence), merge fields as written.
    sentences = reflections.buyer_sentences(doc, turn)
    if doc.kind not in _EMAIL_KINDS:
        sentences = [s for s in sentences if s.turn == sentences[0].turn] if sentences else []
    pick = next((s for s in reversed(sentences) if vocabulary.voices_concern(s.text)), sentences[-1] if sentences else None)
    if pick is None:
        return ""
    return f" (“{reflections.whole_sentence(doc, pick).rstrip('.')}”)"


#: "You mentioned {{pain_point}}": a merge field where the buyer's words go is reuse.
_THEIR_WORDS_FIELD = re.compile(
    r"\b(?:you|you've|you'd)\s+(?:mentioned|said|told\s+(?:me|us)|shared|noted|raised|flagged)\b[^.?!]{0,20}?" + OPAQUE, re.IGNORECASE
)


def check(doc: Document, options: dict) -> Iterator[Hit]:
    for turn in doc.rep_turns():
        if turn.narration or not turn.sentences:
            continue
        theirs = vocabulary.buyer_content(doc, turn)
        if not theirs:
            continue
        quote = None
        previous = None
        for s in vocabulary.spoken(turn.sentences):
            before, previous = previous, s
            acks = vocabulary.acknowledgments(s.text)
            if not acks or _reuses(_own_words(s.text, acks), theirs):
                continue
            if _THEIR_WORDS_FIELD.search(s.text) or vocabulary.is_thanks(s.text[acks[0].start :]):
                continue
            if before is not None and _ANAPHOR.search(s.text) and len(_own_words(before.text, ()) & theirs) >= 2:
                continue  # "I'm so sorry she's had to deal with that": "that" is the reflection just made
            if vocabulary.stock_empathy(s.text) or s.start in vocabulary.repeated_empathy(doc):
                continue  # one problem, one finding: scripted-empathy's advice is the same
            if quote is None:
                quote = _quote(doc, turn)
            yield Hit(s.start + acks[0].start, s.end, MESSAGE.format(quote=quote), suggestions.suggest(ID, doc, turn, s, acks[0].start, len(s.text)))
