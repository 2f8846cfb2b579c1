"""What a finding suggests instead: one entry point for every rule.

A rule reports *what* is wrong; the line a rep could send instead is chosen
here, from the buyer's words where they are known (the spec's
"Suggestions and fixes"). Rules call :func:`suggest` with the flagged span
(offsets within the sentence's text) and the response it stands in.
"""

from __future__ import annotations

import phrasebank

from . import language
from .document import Document, Sentence, Turn


def _step_example(title: str) -> str:
    return next(s["example"] for s in phrasebank.steps() if s["title"] == title)


def _situation(situation_id: str) -> dict:
    return next(s for s in phrasebank.situations() if s["id"] == situation_id)


def _swap(word: str) -> str:
    return "And" if word[0].isupper() else "and"


#: Rules whose suggestion depends on the response only, not on the flagged
#: words: worked out once per response (a long reply may have many findings).
_PER_TURN = frozenset({"scripted-empathy", "minimizing-language", "pressure-after-empathy", "follow-up-cliche"})


def suggest(rule: str, doc: Document, turn: Turn, sentence: Sentence, start: int, end: int) -> str | None:
    """The suggestion for rule ``rule``'s finding at ``sentence.text[start:end]`` in ``turn``."""
    if rule in _PER_TURN:
        cache = doc.caches.setdefault("suggestions", {})
        key = (rule, turn.index)
        if key not in cache:
            cache[key] = _suggest(rule, doc, turn, sentence, start, end)
        return cache[key]
    return _suggest(rule, doc, turn, sentence, start, end)


def _suggest(rule: str, doc: Document, turn: Turn, sentence: Sentence, start: int, end: int) -> str | None:
    text = sentence.text
    if rule == "but-bridge":
        word = text[start:end]
        skip = 1 if word.lower() == "however" and text[end : end + 1] == "," else 0
        return text[:start] + _swap(word) + text[end + skip :]
    if rule == "conceded-fact":
        situation = language.situation_for(text, default="price")
        return situation["prompt_line"] if situation["id"] == "price" else _step_example("Validate")
    if rule == "solution-before-acknowledgment":
        buyer = doc.buyer_words_just_before(turn)
        return language.situation_for(buyer or text)["prompt_line"]
    if rule == "empathy-without-direction":
        return _step_example("Guide")
    if rule == "generic-reflection":
        return _step_example("Reflect")
    if rule == "follow-up-cliche":
        return _situation("silence")["prompt_line"]
    if rule == "pressure-after-empathy":
        return language.situation_for(language.suggestion_context(doc, turn), default="price")["prompt_line"]
    if rule in ("scripted-empathy", "minimizing-language"):
        return language.situation_for(language.suggestion_context(doc, turn))["prompt_line"]
    return None
