"""Empathy followed, in the same message, by urgency or scarcity pressure.

## What it does
Flags urgency or scarcity pressure that follows an acknowledgment in the
same response (the same email, or the same turn of a call script): "I
understand, and this price expires Friday", "That sounds stressful. Only
two spots are left at this rate", "I hear you, but we need a decision by
Friday", "Lock in today's pricing before it goes up". Pressure of any
wording counts: a deadline ("sign by the 15th", "this rate holds until
Monday", "before quarter end"), a price that rises ("next month it jumps
to $99"), scarcity or competition ("only one slot left in May", "another
buyer is looking at it"). The finding points at the pressure words.

It stays quiet about pressure with no empathy before it in that response
(a plain deadline notice is not this pitfall), about empathy that comes
after the deadline, and about the buyer's own deadlines ("I understand
your launch is Friday"): only the offer's urgency and scarcity count.

## Why is this bad?
Empathy used to soften the buyer up for a deadline is a tactic, and buyers
feel it: the acknowledgment reads as a set-up, and every later one is
doubted. From the playbook's "Ethical vs. Manipulative Use":

> Ethical empathy creates sustainable trust. Manipulation may yield short-term wins but damages credibility long-term.

## Example
```txt
I understand the budget is tight right now, and this price expires Friday.
```
```dialogue
Buyer: I need to run this by our CFO first.
AE: That makes sense. Just so you know, we only have two spots left at this rate.
```

## Use instead
```dialogue
Buyer: I need to run this by our CFO first.
AE: Running it by your CFO first makes sense. Would it help if I put together a one-page summary for them by Thursday?
```

## References
- Playbook, "Ethical vs. Manipulative Use": “Ethical empathy creates sustainable trust. Manipulation may yield short-term wins but damages credibility long-term.”
- Playbook, "Example Phrasing" (Objection about price): “Shows understanding without pressure.”
"""  # noqa: E501 (the rule page: playbook quotes and examples stay whole)

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import language, suggestions, vocabulary
from ..document import Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "pressure-after-empathy"
SEVERITY = "warning"
OPTIONS = (Option("extra-phrases", STRINGS, (), "More pressure phrases your team wants flagged (literal phrases)."),)
PHRASE_LISTS = (
    "acknowledgments",
    "agreements",
    "concessions",
    "feelings",
    "function-words",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "pitch-markers",
    "positive-words",
    "pressure",
    "stock-empathy",
)

MESSAGE = "“{phrase}” puts pressure right after empathy; manipulation may yield short-term wins but damages credibility long-term."

_COUNT = rf"(?:\d+|{vocabulary.NUMBER_WORDS}|a\s+few|a\s+handful(?:\s+of)?|a\s+couple(?:\s+of)?)"
_SCARCE = r"(?:spots?|seats?|slots?|licen[cs]es?|places?|openings?|units?|contracts?|companies|customers|teams|accounts|partners)"
_OFFER = (
    r"(?:price|prices|pricing|rate|rates|discount|discounts|offer|deal|promotion|promo|credit|quote|terms|incentive|"
    r"special|slot|spot|bonus|waiver)"
)
#: Rising is pressure only with a date after it ("Prices go up 12% on April 1";
#: "the price increase on your renewal" is a noun, and the buyer's).
_RISES = (
    r"(?:rises|goes\s+up|increases|jumps|locks|will\s+(?:rise|increase|go\s+up|jump|lock)|"
    r"(?:is|are)\s+(?:rising|increasing|going\s+up|jumping))"
)
_WHEN = r"(?=(?:\s+[\w%$.-]+){0,3}?\s+(?:on|in|at|after|from|by|next|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday)\b)"
_EXPIRES = (
    r"(?:(?:only\s+)?(?:runs?|lasts?|holds?|stands?)\s+(?:through|until|till)|expires?|expiring|ends?(?!\s+up)|ending|runs?\s+out|disappears?|goes\s+away|go\s+away|"
    rf"{_RISES}{_WHEN}|won't\s+last|is\s+(?:only\s+)?(?:guaranteed|available|valid|good|open)\s+(?:until|through|till|for|if|while)|"
    r"(?:is|are)\s+(?:a\s+)?limited(?:-|\s+)time(?:\s+offer)?|(?:is|are)\s+capped|(?:is|are)\s+(?:nearly|almost)\s+(?:full|gone))"
)
#: Up to three words before "discount" that belong to its phrase ("the 15%
#: launch discount"), so the finding starts where the phrase does; a
#: conjunction or a pronoun ends the phrase ("and this price" starts at "this").
_NOT_MODIFIER = frozenset(
    "and but or so because since if as then also just now to of for with by in on at is are was it we you i that".split()
)
_DETERMINERS = frozenset("the this that our these those its today's your their".split())


def _phrase_start(text: str, start: int) -> int:
    """Where the noun phrase ending in the word at ``start`` begins (at most 4 words back)."""
    words = list(re.finditer(r"[\w%$'][\w%$.'-]*", text[max(0, start - 80) : start]))
    base = max(0, start - 80)
    begin = start
    for m in reversed(words[-4:]):
        w = m.group().lower()
        if text[base + m.end() : begin].strip(" "):
            break  # punctuation or a line break between: the phrase ends there
        if w in _DETERMINERS:
            return base + m.start()
        if w in _NOT_MODIFIER:
            break
        begin = base + m.start()
    return begin
_DEADLINE_VERBS = r"(?:sign|upgrade|commit|buy|purchase|renew|order|decide|close|switch|lock|confirm|join|move\s+forward|book|act)"
#: Each entry a pattern (IGNORECASE), compiled the first time a sentence after
#: an acknowledgment is checked (most drafts never get that far).
_PRESSURE_SOURCES = [
    # "the 15% launch discount ends March 31", "Prices go up 12% on April 1",
    # "this pricing is only guaranteed through the 15th", "Beta access ... is capped"
    rf"(?<!\w)(?:{_OFFER}\s+(?:only\s+)?{_EXPIRES}|(?:prices|rates|fees)\s+(?:rise|go\s+up|increase|jump){_WHEN})\b",
    r"(?<!\w)(?:access|availability|capacity|cohort|program|beta|spots|seats|places)\b[^.;:!?]{0,60}?\b(?:is|are)\s+"
    r"(?:(?:capped|limited)\s+(?:at|to)\b|(?:nearly|almost)\s+(?:full|gone)|filling\s+(?:up|fast))",
    # "our quarter closes on the 30th" (the rep's quarter; "your quarter" is the buyer's)
    r"(?<!\w)our\s+(?:fiscal\s+)?(?:quarter|year|month)\s+(?:closes|ends)\b",
    # "only two spots left", "has only three seats left", "Only five companies get the rate"
    rf"(?<!\w)only\s+(?:have\s+|got\s+|has\s+)?{_COUNT}\s+(?:more\s+)?(?:[\w'-]+\s+){{0,2}}?{_SCARCE}\s+"
    r"(?:left|remaining|available|get|will\s+get|can\s+get|at\s+this)\b",
    rf"(?<!\w){_COUNT}\s+(?:[\w-]+\s+)?{_SCARCE}\s+(?:left|remaining)\b",
    # "If you upgrade to Premium before Friday", "if you sign by Friday"
    rf"(?<!\w)if\s+you\s+(?:can\s+)?{_DEADLINE_VERBS}\b(?:\s+[\w'-]+){{0,4}}?\s+(?:before|by)\s+(?:the\s+end|end|eod|close|midnight|noon|tonight|today|tomorrow|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    # "I can only hold the June slot until ...", "losing the implementation slot we've held"
    r"(?<!\w)(?:i|we)\s+(?:can|could)\s+only\s+(?:hold|keep|reserve|guarantee)\b",
    # (a threat, not the buyer's loss told back: "Losing your slot because of the app is annoying")
    r"(?<!\w)(?:(?:you'll|you\s+will|you\s+could|you\s+might|you'd|or|risk|avoid|before|don't\s+want\s+to|hate\s+(?:for\s+you\s+)?to|would|would\s+mean|mean|means|without)\s+)"
    r"(?P<lose>lose|losing|forfeit|forfeiting|give\s+up|giving\s+up)\s+(?:the|your|this|that|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:slot|spot|price|pricing|discount|rate|place|seat|window|deal|offer|credit)s?\b",
    # "30% off for the next 24 hours only"
    r"(?<!\w)for\s+the\s+next\s+(?:\d+|few|two|three)\s+(?:hours|days)(?:\s+only)?\b",
]


@functools.cache
def pressure_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(source, re.IGNORECASE) for source in _PRESSURE_SOURCES)
#: A pattern that matched words about the buyer's own plans is not the offer's urgency.
_BUYERS_OWN = re.compile(r"^(?:your|their)\b", re.IGNORECASE)


#: Every pattern above needs one of these words: a sentence without any is skipped fast.
_TRIGGER = re.compile(
    r"expir|end|last|left|remain|only|limit|hold|los|forfeit|next|pric|rate|discount|offer|deal|credit|cap|full|gone|"
    r"quarter|if\s+you|spot|seat|slot|run|rise|up\b|lock|guarant|avail|valid|disappear",
    re.IGNORECASE,
)


def _pressure(text: str, matchers) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for matcher in matchers for m in matcher.finditer(text)] + vocabulary.pressure(text)
    for k, pattern in enumerate(pressure_patterns() if _TRIGGER.search(text) else ()):
        for m in pattern.finditer(text):
            a = _phrase_start(text, m.start()) if k == 0 else m.start("lose") if "lose" in pattern.groupindex else m.start()
            if not _BUYERS_OWN.match(text[a:]):
                spans.append((a, m.end()))
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def check(doc: Document, options: dict) -> Iterator[Hit]:
    matchers = language.with_extra("pressure", options)
    for message in doc.messages():
        # The empathy carries across the message: an inline reply's answers,
        # or a script's rep turns between two buyer turns, are one message.
        empathy = False
        for turn in message:
            buyer = vocabulary.buyer_content(doc, turn)
            for s in vocabulary.spoken(turn.sentences):
                if empathy:
                    after = 0
                else:
                    ack = vocabulary.acknowledgment(s.text, buyer)
                    if ack is None:
                        continue
                    empathy = True
                    after = ack.end
                for a, b in _pressure(s.text, matchers):
                    if a < after or vocabulary.quoted_mention(s.text, a, b):
                        continue
                    yield Hit(s.start + a, s.start + b, MESSAGE.format(phrase=' '.join(s.text[a:b].split())), suggestions.suggest(ID, doc, turn, s, a, b))
                    break  # one finding per sentence
