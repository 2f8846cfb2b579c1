"""Stock empathy lines, and any empathy line used twice, read as scripted.

## What it does
Flags stock empathy phrases that read as canned, recognised by their
shape: I / we + a verb of understanding or hearing (understand, hear, get,
know, feel, appreciate) + a generic object or none ("your frustration",
"how you feel", "how annoying that must be", "where you're coming from",
"you guys"), with any adverb; and apologies for "any inconvenience" in any
wording. Examples ("I completely
understand", "I totally get it", "I hear you", "I feel your pain", "I
understand your frustration", "I know exactly how you feel", "We apologize
for any inconvenience"), with their inflections and near-variants, even
when specifics follow them ("I hear you on the three-month waits"). Also
flags any empathy phrase, even a good one, used a second time in the same
draft: the same empathy clause (the words up to the first comma, dash or
full stop), word for word apart from case and punctuation. The finding goes
on the second and later uses. Lines in list items and table cells are left
out of this count: a list of alternative replies is not one draft.

A single, specific reflection is never flagged, and neither is a plain "I
understand" followed by the buyer's own situation ("I understand the
timing wasn't right last fall").

## Why is this bad?
Buyers have heard every stock line before; it signals a script, not
attention. From the playbook's pitfalls:

> Using scripted empathy phrases: feels insincere. Personalize reflection using buyer’s actual words.

and from the situation table: "Overuse can sound scripted".

## Example
```dialogue
Buyer: We lost weeks waiting for fixes last time.
AE: I completely understand. Here’s how our onboarding is different. Can I walk you through it Thursday?
```
```txt
That's a rough week, Dana. That's a rough week, and the audit lands on Monday too. Should we move our call to Wednesday?
```

## Use instead
```dialogue
Buyer: We lost weeks waiting for fixes last time.
AE: Losing weeks to fixes would make anyone cautious. Would it help to see how onboarding runs now?
```

## References
- Playbook, "Common Pitfalls": “Using scripted empathy phrases — Feels insincere — Personalize reflection using buyer’s actual words.”
- Playbook, "Example Phrasing" (Buyer expresses frustration): “Overuse can sound scripted.”
- Playbook, "Checklist": “❌ Don’t fake concern or overuse empathy phrases.”
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import language, suggestions, vocabulary
from ..document import Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "scripted-empathy"
SEVERITY = "warning"
OPTIONS = (Option("extra-phrases", STRINGS, (), "More stock phrases your team wants flagged (literal phrases)."),)
PHRASE_LISTS = (
    "acknowledgments",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "stock-empathy",
)

STOCK_MESSAGE = "“{phrase}” is a stock empathy line that feels insincere; personalize the reflection with the buyer’s actual words."
REPEAT_MESSAGE = "This empathy line was already used in this draft; overuse can sound scripted."


def check(doc: Document, options: dict) -> Iterator[Hit]:
    extra = language.extra_matcher(options)
    repeats = vocabulary.repeated_empathy(doc)
    for turn in doc.rep_turns():
        suggestion = None
        for s in turn.sentences:
            found = list(vocabulary.stock_empathy(s.text)) + (list(extra.finditer(s.text)) if extra else [])
            found = [m for m in found if not vocabulary.quoted_mention(s.text, m.start, m.end)]
            if found:
                m = min(found, key=lambda m: m.start)
                suggestion = suggestion or suggestions.suggest(ID, doc, turn, s, m.start, m.end)
                # One problem, one finding: the first stock phrase of the sentence.
                yield Hit(s.start + m.start, s.start + m.end, STOCK_MESSAGE.format(phrase=" ".join(m.text.split())), suggestion)
            elif s.start in repeats:
                a, b = repeats[s.start]
                suggestion = suggestion or suggestions.suggest(ID, doc, turn, s, a, b)
                yield Hit(s.start + a, s.start + b, REPEAT_MESSAGE, suggestion)
