"""Call scripts: who may speak (the speaker labels) and stage directions, which are not speech.

:mod:`.speech` uses these to split a script into turns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Line

DEFAULT_REP = ("AE", "SDR", "Rep", "Seller", "Agent", "Salesperson", "BDR", "AM", "CSM")
DEFAULT_BUYER = ("Buyer", "Prospect", "Customer", "Client", "CFO", "CTO", "Lead", "CEO", "VP")
STAGE_DIRECTION = re.compile(r"\([^()\n]{0,200}\)")


@dataclass(frozen=True)
class Speakers:
    rep: tuple[str, ...]
    buyer: tuple[str, ...]

    @classmethod
    def default(cls) -> Speakers:
        return cls(DEFAULT_REP, DEFAULT_BUYER)

    def pattern(self) -> re.Pattern:
        return _label_pattern(self.rep, self.buyer)


_cache: dict = {}


def _label_pattern(rep: tuple[str, ...], buyer: tuple[str, ...]) -> re.Pattern:
    key = (rep, buyer)
    if key not in _cache:
        names = sorted(set(rep) | set(buyer), key=len, reverse=True)
        alt = "|".join(re.escape(n) for n in names)
        _cache[key] = re.compile(
            r"^\s{0,3}(?:[-*+]\s+)?[*_]{0,2}(" + alt + r")(?:\s*\([^)\n]{0,40}\))?[*_]{0,2}\s*:[*_]{0,2}[ \t]*(?=\S)",
            re.IGNORECASE,
        )
    return _cache[key]


def drop_stage_directions(line: Line) -> None:
    """Cut ``(laughs)``, ``(pause)`` and other parenthesized directions from a script line."""
    line.cut_many([m.span() for m in STAGE_DIRECTION.finditer(line.text)])


@dataclass(frozen=True)
class Label:
    """A speaker label at the start of a line (``AE:``, ``**Buyer:**``), as the linter reads it."""

    name: str  # as written: "AE", "Buyer"
    start: int  # 0-based offset of the name in the line
    end: int  # 0-based offset where the words begin (after the colon and its spaces)
    rep: bool  # the rep's label; otherwise the buyer's


def speaker_label(line: str, speakers: Speakers | None = None) -> Label | None:
    """The speaker label that starts ``line``, or None (an unknown name is no label)."""
    speakers = speakers or Speakers.default()
    m = speakers.pattern().match(line)
    if m is None:
        return None
    name = m.group(1)
    return Label(name, m.start(1), m.end(), name.lower() in {s.lower() for s in speakers.rep})
