"""What a finding suggests instead: one entry point for every rule.

A rule reports *what* is wrong; the line a rep could send instead is chosen
here (the spec's "Suggestions and fixes"):

- Where the buyer's words are known (a quoted reply, a script's buyer
  turns), the suggestion reflects them: the clause that voices the concern,
  turned to the buyer (:mod:`linter.reflections`), framed for the rule:
  the reflection to put before the pitch (``solution-before-acknowledgment``),
  the feeling without the concession (``conceded-fact``), a next step that
  names the buyer's topic (``empathy-without-direction``).
- Otherwise a playbook prompt line, only when the draft's situation is the
  line's (its cues are in the draft); else no suggestion.
- A suggestion never contains a mistake a rule would flag: no stock
  empathy, no "but" after an acknowledgment, no concession, no pressure, no
  minimizing, no chasing phrase (:func:`clean`).

Rules call :func:`suggest` with the flagged span (offsets within the
sentence's text) and the response it stands in.
"""

from __future__ import annotations

import functools
import re

import phrasebank

from . import language, reflections, vocabulary
from .document import Document, Sentence, Turn

#: Rules whose suggestion depends on the response only, not on the flagged
#: words: worked out once per response (a long reply may have many findings).
_PER_TURN = frozenset(
    {
        "scripted-empathy", "minimizing-language", "pressure-after-empathy", "follow-up-cliche",
        "generic-reflection", "solution-before-acknowledgment", "empathy-without-direction",
    }
)

#: How each rule frames the buyer's clause (``{c}``, already turned to the buyer).
FRAMES = {
    "solution-before-acknowledgment": "It sounds like {c}.",
    "conceded-fact": "It sounds like {c}.",
    "generic-reflection": "It sounds like {c}.",
    "scripted-empathy": "It sounds like {c}.",
    "minimizing-language": "It sounds like {c}, and that matters.",
    "empathy-without-direction": "Given that {c}, would it help if we took 20 minutes this week to work through it together?",
    "pressure-after-empathy": "Given that {c}, what would you need to see to feel comfortable with a next step?",
    "follow-up-cliche": "Last time you mentioned that {c}; is that still where things stand?",
}
#: ``conceded-fact`` when the buyer's clause is about the offer: the feeling, not the claim.
CONCEDED_TOPIC = "I can see why {t} {has} been a sticking point for you."
_CONTRAST = re.compile(r"\b(?:but|however|though|although)\b", re.IGNORECASE)


def suggest(rule: str, doc: Document, turn: Turn, sentence: Sentence, start: int, end: int) -> str | None:
    """The suggestion for rule ``rule``'s finding at ``sentence.text[start:end]`` in ``turn``."""
    if rule in _PER_TURN:
        cache = doc.caches.setdefault("suggestions", {})
        key = (rule, turn.index)
        if key not in cache:
            cache[key] = _suggest(rule, doc, turn, sentence, start, end)
        return cache[key]
    return _suggest(rule, doc, turn, sentence, start, end)


def _swap(word: str) -> str:
    return "And" if word[0].isupper() else "and"


def _suggest(rule: str, doc: Document, turn: Turn, sentence: Sentence, start: int, end: int) -> str | None:
    if rule == "but-bridge":
        text = sentence.text
        word = text[start:end]
        skip = 1 if word.lower() == "however" and text[end : end + 1] == "," else 0
        a, b = sentence.start, sentence.end
        restore = reflections.original_text  # merge fields as written, not the placeholder
        return restore(doc, a, a + start, False) + _swap(word) + restore(doc, a + end + skip, b, False)
    if rule not in FRAMES:
        return None
    for clause in reflections.concern_clauses(doc, turn):
        line = frame(rule, clause)
        # The buyer's own words may name a deadline ("before the board meets"): only the
        # frame is checked for pressure, the whole line for every other mistake.
        if line is not None and clean(line, pressure=False) and clean(FRAMES.get(rule, line).replace("{c}", "")):
            return line
    return prompt_line(rule, doc, turn)


def frame(rule: str, clause: reflections.Clause) -> str | None:
    """The buyer's clause framed as ``rule``'s suggestion (None when it does not fit)."""
    if rule == "conceded-fact" and (clause.about_offer or vocabulary.claim_about_offer(clause.said, 0) is not None):
        # The buyer's claim about the offer: reflect the feeling about it, never the claim.
        topic = reflections.topic_of(clause)
        if not topic:
            return None
        plural = topic.endswith("s") and not topic.endswith(("ss", "us", "is"))
        return CONCEDED_TOPIC.format(t=topic, has="have" if plural else "has")
    if clause.about_offer and rule in ("solution-before-acknowledgment", "generic-reflection", "scripted-empathy"):
        # "It sounds like our rollout was a mess": a reflection, not a concession, only about the buyer's side.
        if vocabulary.conceded_claim("Agreed, " + reflections.turn_pronouns(clause.said)) is not None:
            return None
    c = clause.turned
    line = FRAMES[rule].format(c=c)
    return line[0].upper() + line[1:]


def prompt_line(rule: str, doc: Document, turn: Turn) -> str | None:
    """A playbook prompt line, only when the draft's situation is the line's."""
    if rule == "follow-up-cliche":
        return _situation("silence")["prompt_line"]  # the rule's own situation: a silent prospect
    if rule in ("empathy-without-direction",):
        return None  # a next step needs the buyer's topic; the Guide example names someone else's
    context = language.suggestion_context(doc, turn)
    situation = matched_situation(context)
    if situation is None or situation["id"] == "silence":
        return None
    line = situation["prompt_line"]
    return line if clean(line) else None


def matched_situation(text: str) -> dict | None:
    """The playbook situation whose cues are in ``text``, or None (never a default)."""
    for pattern, situation in _cues():
        if pattern.search(text):
            return situation
    return None


@functools.cache
def _cues():
    return [
        (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in s.get("cues", ())) + r")(?!\w)", re.IGNORECASE), s)
        for s in phrasebank.situations()
        if s.get("cues")
    ]


def _situation(situation_id: str) -> dict:
    return next(s for s in phrasebank.situations() if s["id"] == situation_id)


def mistakes(text: str, pressure: bool = True) -> list[str]:
    """The rules whose mistake ``text`` (a suggestion) would repeat; empty when it is clean."""
    found = []
    if vocabulary.stock_empathy(text):
        found.append("scripted-empathy")
    if _CONTRAST.search(text):
        found.append("but-bridge")
    if vocabulary.conceded_claim(text) is not None:
        found.append("conceded-fact")
    if pressure and vocabulary.pressure(text):
        found.append("pressure-after-empathy")
    if language.matcher("minimizing").search(text) is not None or vocabulary.small_amounts(text):
        found.append("minimizing-language")
    if language.matcher("follow-up-cliches").search(text) is not None:
        found.append("follow-up-cliche")
    return found


def clean(text: str, pressure: bool = True) -> bool:
    return not mistakes(text, pressure)
