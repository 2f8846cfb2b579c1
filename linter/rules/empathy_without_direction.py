"""A response that acknowledges the buyer and then offers no next step.

## What it does
Flags a response that acknowledges the buyer (often more than once) and
then offers no next step: no question, no proposal, no offer to show,
send, meet, call, try or introduce. "Let me know if you have questions" is
not a next step; "Would it help if I showed you ...?", "I'll send the
rollout plan by Thursday" and "Can we get 20 minutes on Tuesday?" are. A
pitch ("Our status page shows 99.98% uptime") does not count: it answers,
it does not say what happens next. The finding points at the last
acknowledgment of the response.

A response is the rep's part of an email, or the rep's turn in a call
script (two rep turns in a row count as one: the buyer never had the
floor in between). An acknowledgment is an empathy phrase ("That must
have been frustrating", "I'm sorry the rollout slipped") or, where the
buyer's words are known, a sentence that reuses them and names their
weight ("Losing a weekend to rolling back SSO is a rough ask of any
team"). A draft longer than 30 sentences is a document, not a response,
and is not checked.

## Why is this bad?
Empathy that leads nowhere feels unproductive or indulgent, and leaves the
buyer to work out what happens next. From the playbook's pitfalls:

> Over-empathizing without direction: can feel unproductive or indulgent. Balance empathy with next-step framing.

## Example
```txt
Hi Dana,

I completely understand how stressful the audit has been. That sounds exhausting, and I'm sorry you've had to deal with it on top of the migration.

Let me know if you have any questions.
```
```dialogue
Buyer: We lost weeks waiting for fixes last time.
AE: That must have been frustrating. I'm so sorry you went through that.
```

## Use instead
```txt
Hi Dana,

An audit on top of the migration sounds exhausting. Would it help if I sent over a one-page rollout plan you could share with your auditors by Thursday?
```
```dialogue
CFO: We're under pressure to cut costs this quarter.
AE: I understand. Budget compression affects every priority, and it's stressful.
AE: Would it help if I showed how this reduces support costs within 60 days?
```

## References
- Playbook, "Common Pitfalls": “Over-empathizing without direction — Can feel unproductive or indulgent — Balance empathy with next-step framing.”
- Playbook, "Step-by-Step Playbook", step 5: “Once emotion is validated, pivot gently to options.”
- Playbook, "FAQ": “When it feels rehearsed or delays progress. Empathy should clarify, not cloud, the path to resolution.”
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import language, suggestions, vocabulary
from ..document import ABOUT_SELLING, Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "empathy-without-direction"
SEVERITY = "warning"
OPTIONS = (
    Option(
        "extra-phrases", STRINGS, (),
        "More phrases that make a next step in your team's drafts (literal phrases, e.g. 'grab a slot on my calendar').",
    ),
)
PHRASE_LISTS = (
    "acknowledgments",
    "agreements",
    "concessions",
    "feelings",
    "function-words",
    "negative-claims",
    "negative-words",
    "next-steps",
    "not-acknowledgments",
    "pitch-markers",
    "positive-words",
    "stock-empathy",
)

#: A response is a reply, not a handbook page: past this many sentences a
#: draft is a document, and "no next step anywhere" says nothing about it.
MAX_SENTENCES = 30

MESSAGE = (
    "This response acknowledges the buyer and then offers no next step; balance empathy with "
    "next-step framing (a question, or an offer to show, send or meet)."
)


def check(doc: Document, options: dict) -> Iterator[Hit]:
    extra = language.extra_matcher(options)
    for floor in vocabulary.floors(doc):
        if len(floor.sentences) > MAX_SENTENCES:
            continue
        if doc.kind == ABOUT_SELLING and len(floor.sentences) < 2:
            continue  # a single phrase offered as an example is not a response
        buyer = vocabulary.buyer_content(doc, floor.turns[0])
        acks = [(s, ack) for s in floor.sentences if (ack := vocabulary.acknowledgment(s.text, buyer)) is not None]
        if not acks or all(vocabulary.is_thanks(s.text[ack.start :]) for s, ack in acks):
            continue  # a thank-you alone acknowledges no concern
        if any(vocabulary.is_next_step(s.text) or (extra is not None and extra.search(s.text)) for s in floor.sentences):
            continue
        s, ack = acks[-1]
        # The finding covers the whole acknowledging sentence (the spec: "the last acknowledgment").
        lead = len(s.text) - len(s.text.lstrip(' \t\n"\'\u201c\u2018*_>\ufffc'))
        yield Hit(s.start + lead, s.end, MESSAGE, suggestions.suggest(ID, doc, floor.turns[-1], s, ack.start, len(s.text)))
