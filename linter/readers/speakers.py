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
