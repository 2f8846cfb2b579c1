"""A "but", "however" or "though" right after an acknowledgment takes it back.

## What it does
Flags a contrastive `but`, `however` or `though` that follows an
acknowledgment, a validation or an agreement aimed at the buyer, in the
same sentence ("I understand the timing is tight, but we need a decision")
or starting the next one ("That makes sense. However, our price is
fixed.", and "however" needs no comma), when the words after it turn to the rep's own position. A
sentence that reflects the buyer's own words counts as an acknowledgment.

It stays quiet about a `but` that does not follow an acknowledgment ("The
setup is quick but thorough"), a `but` that joins two sides of the buyer's
own situation ("You're aiming to scale fast but want to minimize risk"),
idioms ("not only ... but also", "nothing but", "anything but", "all but",
"but for", "can't help but", "last but not least", "everyone but me"), a
correction ("not X but Y"), and anything in the buyer's words.

## Why is this bad?
A "but" after "I understand" tells the buyer that everything before it
was a formality. The playbook's fourth step:

> Replace “but” with “and” to preserve alignment.

## Example
```txt
I understand the timing is tight, but we need to lock the scope first. Could we talk Tuesday at 10?
```
```txt
That makes sense. However, our price is fixed for this quarter. Which line items matter most to you?
```

## Use instead
```txt
I understand the timing is tight, and locking the scope first keeps your June start date. Could we talk Tuesday at 10?
```
```txt
You’re aiming to scale fast but want to minimize risk—that’s a tough balance. Which matters more this quarter?
```

## References
- Playbook, "Step-by-Step Playbook", step 4: “Replace ‘but’ with ‘and’ to preserve alignment.”
- Playbook, "Checklist": “✅ Replace ‘but’ with ‘and.’”
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import fixes, language, suggestions, vocabulary
from ..document import Document
from ..finding import Hit
from .meta import STRINGS, Option

ID = "but-bridge"
SEVERITY = "warning"
OPTIONS = (Option("extra-phrases", STRINGS, (), "More acknowledgment openers to recognise (literal phrases)."),)
PHRASE_LISTS = (
    "acknowledgments",
    "agreements",
    "concessions",
    "contrast-idioms",
    "feelings",
    "function-words",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "pitch-markers",
    "positive-words",
    "stock-empathy",
)

MESSAGE = "A “{word}” right after an acknowledgment takes it back; replace it with “and” to preserve alignment."

CONTRAST = re.compile(r"\b(but|however|though)\b", re.IGNORECASE)
CONTRAST_WORDS = frozenset({"but", "however", "though"})
# Words after the contrast that stay with the buyer's own situation (the
# second side of it) rather than turning to the rep's position.
BUYER_SIDE = re.compile(
    r"""^(?:also|still|at\s+the\s+same\s+time|want|wants|wanted|need|needs|needed|hope|hoping|feel|feels
        |worry|worried|are|is|were|was|have|has|had|can|could|don't|doesn't|aren't|isn't|not|keep|yet
        |you're|you've|your|you(?!\s+(?:really\s+|still\s+)?(?:should|need|must|have\s+to|'ll|will|'d|would
        |can't|cannot|won't|might\s+want|may\s+want|gotta)))\b""",
    re.IGNORECASE | re.VERBOSE,
)
#: "however long it takes", "however you like": "however" of degree or manner, not a contrast.
HOWEVER_DEGREE = re.compile(
    r"^\s+(?:much|many|long|far|often|big|small|large|hard|little|few|soon|good|bad|well|high|low|late|early|fast|slow"
    r"|(?:you|we|they)\s+(?:like|want|prefer|choose|need|see\s+fit|decide|wish))\b",
    re.IGNORECASE,
)
#: The first word after the contrast, past a degree adverb ("but rather difficult to scan").
DESCRIPTION_START = re.compile(r"^(?:(?:also|still|rather|very|quite|fairly|pretty|somewhat|a\s+bit|a\s+little)\s+)?([a-z][\w-]*)\b", re.IGNORECASE)
SUBJECT_START = re.compile(
    r"\s+(?:(?:honestly|unfortunately|frankly|realistically|still|right\s+now|today)[,\s]+)?(?:i|we|you|they|he|she|it|this|that|these|those|there|our|your|their|my|the|a|an|let|let's|if|since|because|what|here|nothing|everything|someone|nobody|[A-Z]\w*\s+(?:is|are|has|have|will|can|won't|can't))\b",
    re.IGNORECASE,
)
NOT_ONLY = re.compile(r"\bnot\s+only\b", re.IGNORECASE)
NEGATION = re.compile(r"\bnot\b|n['\u2019]t\b|\bnever\b", re.IGNORECASE)
CORRECTION_DISTANCE = 6
REFLECTION_MINIMUM = 2
# A reflection is aimed at the buyer: it says "you".
SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd|yours)\b", re.IGNORECASE)
#: The rep's own side: a clause with these is no longer about the buyer's situation.
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|our|ours|us|me|my)\b", re.IGNORECASE)
#: "You'd love to ...", "You're aiming to ...": a reflection of what the buyer wants.
_BUYER_WANTS = re.compile(
    r"^\W*you(?:'d|\s+would)\s+(?:love|like|prefer)|^\W*you(?:'re|\s+are)\s+(?:aiming|hoping|trying|looking|keen|planning)|^\W*you\s+(?:want|need|hope|plan)\b",
    re.IGNORECASE,
)
#: "but remember ...", "but keep in mind ...": the rep turns the buyer to their point.
REP_IMPERATIVE = re.compile(r"\s+(?:remember|consider|note|keep\s+in\s+mind|bear\s+in\s+mind|think\s+about|look\s+at)\b", re.IGNORECASE)


def _turns_to_rep(after: str) -> bool:
    """The words after the contrast turn to the rep's position, not to a
    second side of the buyer's situation nor a second description
    ("understandable, but difficult to scan")."""
    after = after.lstrip(" ,;:—–-\"")
    if not after or BUYER_SIDE.match(after):
        return False
    first = DESCRIPTION_START.match(after)
    return not (first and (first.group(1).lower() in vocabulary.negative_words() or first.group(1).lower() in vocabulary.positive_words()))


def _idiom(text: str, m: re.Match, idioms: list, not_only: int) -> bool:
    if any(a <= m.start() < b for a, b in idioms):
        return True
    if m.group(1).lower() == "but":
        # "not only ... but (also)": the pair is one idiom, also without "also".
        if 0 <= not_only < m.start():
            return True
        # A correction "not X but Y": a negation a few words before, no comma between.
        before = text[max(0, m.start() - 80) : m.start()].rstrip()
        words = before.split()[-CORRECTION_DISTANCE:]
        if NEGATION.search(" ".join(words)):
            if not before.endswith((",", ";", "—", "–")):
                return True
            # "not authoritative, but fluid": the second half has no subject of its own
            if not SUBJECT_START.match(text, m.end()):
                return True
    return False


def _acknowledged_from(text: str, extra, buyer_words: str) -> int:
    """The offset from which the sentence has acknowledged the buyer (len+1: never).

    An acknowledgment, an agreement, a team phrase, or a reflection that
    says "you" and reuses the buyer's words; computed once per sentence.
    """
    never = len(text) + 1
    markers = vocabulary.agreement_markers(text, strong_only=True)
    ends = [m.end for m in (vocabulary.acknowledgment(text), markers[0] if markers else None, extra.search(text) if extra else None) if m]
    if buyer_words:
        you = SECOND_PERSON.search(text)
        if you:
            theirs = buyer_words
            seen: set[str] = set()
            for w in language.WORD.finditer(text):
                word = w.group()
                if len(word) > 2 and word.lower() not in language.function_words() and language.stem(word) in theirs:
                    seen.add(language.stem(word))
                    if len(seen) >= REFLECTION_MINIMUM:
                        ends.append(max(w.end(), you.end()))
                        break
        validated = _validation(text, buyer_words)
        if validated is not None:
            ends.append(validated)
    return min(ends) if ends else never


def _validation(text: str, buyer_words) -> int | None:
    """Where a validation in the buyer's words ends: before any word of the
    rep's own side, two of the buyer's content words and a negative word
    ("Nobody using it after the first month is a real waste of budget")."""
    own = FIRST_PERSON.search(text)
    clause = text[: own.start()] if own else text
    negative = vocabulary.negative_words()
    end = next((w.end() for w in language.WORD.finditer(clause) if w.group().lower() in negative and not vocabulary.negated(clause, w.start())), None)
    if end is None or vocabulary.reflection(clause, buyer_words, REFLECTION_MINIMUM) is None:
        return None
    return end


def _still_the_buyers(text: str) -> bool:
    """A sentence (or the part before a contrast) that stays with the buyer's situation:
    no word of the rep's own side, no question ("$31,000 is a big number")."""
    return not FIRST_PERSON.search(text) and not vocabulary.is_question(text)


def _swap(word: str) -> str:
    return "And" if word[0].isupper() else "and"


def check(doc: Document, options: dict) -> Iterator[Hit]:  # noqa: C901 (complexity 18: known debt, issue 14)
    extra = language.extra_matcher(options)
    for turn in doc.rep_turns():
        sentences = turn.sentences
        buyer = vocabulary.buyer_content(doc, turn)
        acknowledged = [None] * len(sentences)

        def acked(k: int, acknowledged=acknowledged, sentences=sentences, buyer=buyer) -> int:
            if acknowledged[k] is None:
                acknowledged[k] = _acknowledged_from(sentences[k].text, extra, buyer)
            return acknowledged[k]

        for i, s in enumerate(sentences):
            text = s.text
            contrasts = list(CONTRAST.finditer(text)) if not CONTRAST_WORDS.isdisjoint(language.words_of(text)) else ()
            if not contrasts:
                continue
            idioms = [(x.start, x.end) for x in language.matcher("contrast-idioms").finditer(text)]
            not_only_match = NOT_ONLY.search(text)
            not_only = not_only_match.start() if not_only_match else -1
            for m in contrasts:
                word = m.group(1)
                lower = word.lower()
                before = text[max(0, m.start() - 80) : m.start()]
                after = text[m.end() : m.end() + 80]
                if _idiom(text, m, idioms, not_only):
                    continue
                if m.start() < 80 and not before.strip(" \"*_"):
                    # Starts the sentence: does the previous sentence acknowledge?
                    if i == 0 or sentences[i - 1].block.kind == "heading":
                        continue
                    if acked(i - 1) > len(sentences[i - 1].text):
                        # "I get it. A 22% jump is hard to swallow. However, ...": the
                        # acknowledgment runs on through a sentence about the buyer's situation.
                        if not (i >= 2 and acked(i - 2) <= len(sentences[i - 2].text) and _still_the_buyers(sentences[i - 1].text)):
                            continue
                    if lower == "however" and not after.startswith(",") and HOWEVER_DEGREE.match(after):
                        continue
                else:
                    if lower == "though":
                        if not before.rstrip().endswith(",") or re.search(r"\b(?:even|as)\s*$", before, re.IGNORECASE):
                            continue
                        if not after.strip(" .!?"):
                            continue  # sentence-final "though"
                    # "..., however, ..." or "that makes sense however the ...": a however
                    # right after punctuation or right after the acknowledgment itself.
                    joined = before.rstrip().endswith((",", ";", "—")) or (acked(i) <= m.start() and not text[acked(i) : m.start()].strip())
                    if lower == "however" and not (joined and (after.startswith(",") or not HOWEVER_DEGREE.match(after))):
                        continue
                    if acked(i) > m.start():
                        # "I hear you. $31,000 is a big number, but the credit ...": the
                        # acknowledgment before runs on to the contrast, which turns to the rep.
                        runs_on = (
                            i > 0
                            and sentences[i - 1].block is s.block
                            and acked(i - 1) <= len(sentences[i - 1].text)
                            and _still_the_buyers(text[: m.start()])
                            and bool(SUBJECT_START.match(text, m.end()) or REP_IMPERATIVE.match(text, m.end()))
                        )
                        if not runs_on:
                            continue
                if not _turns_to_rep(after):
                    continue
                if _BUYER_WANTS.match(text) and not FIRST_PERSON.search(after.split(",")[0]):
                    continue  # "You'd love to move the fleet to EVs but the grid can't take it": the buyer's two sides
                fix = _swap(word) if lower == "but" and before.strip() else None
                safe = fix is not None and fixes.safe_but_swap(text, m.start(), m.end(), len(sentences))
                suggestion = suggestions.suggest(ID, doc, turn, s, m.start(), m.end())
                yield Hit(s.start + m.start(), s.start + m.end(), MESSAGE.format(word=word), suggestion, fix, fix_safe=safe)
                break  # one finding per sentence: the first contrast is the one that takes it back
