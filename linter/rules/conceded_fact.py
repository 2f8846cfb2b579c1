"""Agreement that concedes the objection's negative claim about the offer.

## What it does
Flags agreement that concedes a buyer's negative claim about what you
sell: "You're right, it is too expensive." / "I agree our onboarding is
painful." / "Fair point, we are slower than Acme." / "True, the contract
is overpriced."

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

## Options
- `extra-phrases`: more negative claims about the offer that must not be conceded (literal phrases, e.g. "a rip-off").

## References
- Playbook, "Common Pitfalls": “Confusing agreement with empathy — Compromises integrity — Validate feelings without conceding facts.”
- Playbook, "Example Phrasing" (Objection about price): “Avoid implying agreement with objection.”
- Playbook, "Checklist": “❌ Don’t mistake empathy for agreement.”
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from .. import language
from ..document import Document
from ..finding import Hit

ID = "conceded-fact"
SEVERITY = "error"
OPTIONS = {"extra-phrases": ()}

MESSAGE = "This agreement concedes the objection; validate the feeling without conceding the fact."

OFFER_NOUNS = (
    "price|prices|pricing|cost|costs|contract|product|platform|tool|software|onboarding|setup|set-up|"
    "implementation|migration|rollout|support|interface|ui|ux|app|plan|plans|license|licence|licensing|"
    "renewal|deal|proposal|quote|solution|service|integration|integrations|fee|fees|rate|rates|"
    "subscription|package|offer|offering|team|system|dashboard|reporting|product|api|docs|documentation|"
    "response times?|delivery|timeline|process"
)
SUBJECT = rf"(?:it|this|that|we|our(?:\s+[\w-]+){{1,2}}|the\s+(?:[\w-]+\s+)?(?:{OFFER_NOUNS})|(?:{OFFER_NOUNS}))"
COPULA = r"(?:\s*'s|\s*'re|\s+(?:is|are|was|were|can\s+be|has\s+been|have\s+been|'s\s+been|runs|run|gets|get|comes\s+across\s+as))"
INTENSIFIERS = r"(?:\s+(?:a\s+(?:bit|little|lot)|quite|really|very|too|pretty|definitely|certainly|probably|admittedly|somewhat|kind\s+of|sort\s+of|more|much|way|significantly|slightly|still|on\s+the))*"
VERB_CLAIM = r"(?:we|it|this)\s+(?:do\s+|does\s+)?(?:cost|costs)\s+more|(?:we|it)\s+(?:lag|lags)\s+behind"


@functools.cache
def _claim(extra: tuple[str, ...]) -> re.Pattern:
    words = [p.text for p in _negatives()]
    words += [language.normalize_phrase(e) for e in extra]
    neg = language._trie_pattern(sorted(set(" ".join(w.split()) for w in words)))
    return re.compile(
        rf"^[\s,;:—–-]*(?:that\s+)?(?:(?:{SUBJECT}){COPULA}{INTENSIFIERS}\s+(?:{neg})(?!\w)|(?:{VERB_CLAIM})\b)",
        re.IGNORECASE,
    )


def _negatives():
    import phrasebank

    return phrasebank.phrases("negative-claims")


def _suggestion(text: str) -> str:
    situation = language.situation_for(text, default="price")
    if situation["id"] == "price":
        return situation["prompt_line"]
    import phrasebank

    return next(s["example"] for s in phrasebank.steps() if s["title"] == "Validate")


def check(doc: Document, options: dict) -> Iterator[Hit]:
    claim = _claim(tuple(options.get("extra-phrases", ())))
    for turn in doc.rep_turns():
        sentences = turn.sentences
        for i, s in enumerate(sentences):
            for agree in language.matcher("agreements").finditer(s.text):
                rest = s.text[agree.end :]
                m = claim.match(rest)
                if m:
                    end = agree.end + m.end()
                    yield Hit(s.start + agree.start, s.start + end, MESSAGE, _suggestion(s.text))
                    break
                # "You're right." followed by the conceded claim in the next sentence.
                if not rest.strip(" .!—–-") and i + 1 < len(sentences) and sentences[i + 1].block is s.block:
                    nxt = sentences[i + 1]
                    if claim.match(nxt.text):
                        yield Hit(s.start + agree.start, s.start + agree.end, MESSAGE, _suggestion(nxt.text))
                        break
