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

from .. import language, suggestions
from ..document import Document
from ..finding import Hit

ID = "conceded-fact"
SEVERITY = "error"
OPTIONS = {"extra-phrases": ()}

MESSAGE = "This agreement concedes the objection; validate the feeling without conceding the fact."

# Who the conceded claim is about: the offer, the vendor, what is sold.
SUBJECT = re.compile(
    r"^[\s,;:—–-]*(?:that\s+)?(?:it|it's|this|this\s+is|that's|we|we're|we've|our(?:\s+[\w'-]+){1,3}|the(?:\s+[\w'-]+){1,3}|"
    r"(?:price|prices|pricing|cost|contract|product|platform|tool|onboarding|setup|support|app|docs|documentation)\b)",
    re.IGNORECASE,
)
BUYER_NOUNS = re.compile(r"^[\s,]*(?:that\s+)?the\s+(?:budget|timing|board|quarter|team|deadline|goal|market)\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;.!?—–]|\s(?:and|but|though|although|so|because|which)\s", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:not|n't|never|no\s+longer)\s+(?:\w+\s+)?$", re.IGNORECASE)


@functools.cache
def _negatives(extra: tuple[str, ...]) -> language.PhraseMatcher:
    import phrasebank

    return language.PhraseMatcher(phrasebank.raw_entries("negative-claims") + tuple(
        "".join(ch for ch in e if ch not in "{}|^$") for e in (language.normalize_phrase(x) for x in extra)
    ))


def _claim(rest: str, negatives: language.PhraseMatcher) -> int | None:
    """End offset of a negative claim about the offer at the start of ``rest``."""
    subject = SUBJECT.match(rest)
    if subject is None or BUYER_NOUNS.match(rest):
        return None
    stop = CLAUSE_END.search(rest, subject.end())
    window_end = stop.start() if stop else len(rest)
    # "our price is high" names the claim in the subject words too, so
    # search from the start of the subject's head word.
    for neg in negatives.finditer(rest, subject.start(), window_end):
        if NEGATED.search(rest[: neg.start]):
            continue
        return neg.end
    return None


def check(doc: Document, options: dict) -> Iterator[Hit]:
    negatives = _negatives(tuple(options.get("extra-phrases", ())))
    openers = (language.matcher("agreements"), language.matcher("concessions"))
    for turn in doc.rep_turns():
        sentences = turn.sentences
        for i, s in enumerate(sentences):
            found = sorted((m for opener in openers for m in opener.finditer(s.text)), key=lambda m: m.start)
            for agree in found:
                rest = s.text[agree.end :]
                end = _claim(rest, negatives)
                if end is not None:
                    yield Hit(s.start + agree.start, s.start + agree.end + end, MESSAGE, suggestions.suggest(ID, doc, turn, s, agree.start, agree.end + end))
                    break
                # "You're right." followed by the conceded claim in the next sentence.
                if not rest.strip(" .!—–-") and i + 1 < len(sentences) and sentences[i + 1].block is s.block:
                    nxt = sentences[i + 1]
                    if _claim(nxt.text, negatives) is not None:
                        yield Hit(s.start + agree.start, s.start + agree.end, MESSAGE, suggestions.suggest(ID, doc, turn, nxt, 0, len(nxt.text)))
                        break
