"""Chasing clichés for a prospect who has gone quiet.

## What it does
Flags the phrases reps use to chase a silent prospect: "just checking in",
"just following up", "circling back", "touching base", "bumping this to
the top of your inbox", "any update?", "per my last email", with their
inflections ("touch base", "circled back"). The finding points at the
chasing phrase.

It stays quiet about the same words in the buyer's lines, in a quoted
message, and in the Subject line (headers are not prose), and about a
recap that is not a chase ("Following up on our call, here is the deck").

## Why is this bad?
A chasing phrase asks the prospect to explain their silence and gives them
nothing to answer honestly. The playbook's line for this situation names
the silence and asks:

> Prospect goes silent: “I sense this might not feel like the right timing—am I reading that correctly?”

## Example
```txt
Hi Dana, just checking in on the proposal. Any update?
```
```dialogue
SDR: No problem, I'll circle back next week so it stays on your radar.
```

## Use instead
```txt
Hi Dana, I sense the proposal might not feel like the right timing—am I reading that correctly?
```

## References
- Playbook, "Example Phrasing" (Prospect goes silent): “I sense this might not feel like the right timing—am I reading that correctly?” — Encourages honesty; misreading silence can create awkwardness.
- Playbook, "Checklist": “✅ Use silence strategically.”
"""  # noqa: E501 (the rule page: playbook quotes and examples stay whole)

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import language, suggestions, vocabulary
from ..document import Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "follow-up-cliche"
SEVERITY = "warning"
OPTIONS = (Option("extra-phrases", STRINGS, (), "More chasing phrases your team wants flagged (literal phrases)."),)
PHRASE_LISTS = (
    "follow-up-cliches",
)

#: "Any update?" chases; "Any updates that affect the team" in a table does not.
_ASKS = re.compile(r"^any\b", re.IGNORECASE)
#: "circle back to discovery" returns to a topic; "circle back to you" chases.
_RETURN_TO_TOPIC = re.compile(r"^\s+to\s+(?!you\b)", re.IGNORECASE)

MESSAGE = "“{phrase}” chases a silent prospect without naming the silence; ask about it instead, which encourages honesty."


def check(doc: Document, options: dict) -> Iterator[Hit]:
    matchers = language.with_extra("follow-up-cliches", options)
    for turn in doc.rep_turns():
        if turn.narration:
            continue
        for s in vocabulary.spoken(turn.sentences):
            spans = sorted((m.start, m.end) for matcher in matchers for m in matcher.finditer(s.text))
            last = -1
            for a, b in spans:
                if a < last:
                    continue
                phrase = s.text[a:b]
                if _ASKS.match(phrase) and not vocabulary.is_question(s.text):
                    continue
                if phrase.lower().startswith("circl") and _RETURN_TO_TOPIC.match(s.text[b:]):
                    continue
                if vocabulary.quoted_mention(s.text, a, b):
                    continue
                yield Hit(s.start + a, s.start + b, MESSAGE.format(phrase=' '.join(phrase.split())), suggestions.suggest(ID, doc, turn, s, a, b))
                break  # one finding per sentence
