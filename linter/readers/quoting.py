"""The buyer's words in a reply: quoted lines, attribution lines, Outlook blocks."""

from __future__ import annotations

import re

QUOTED = re.compile(r"^[ \t]*>")
QUOTE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)+")
ATTRIBUTION = re.compile(
    r"^\s*(?:On\b.{0,250}\bwrote|.{1,150}\bwrote|Le\b.{0,250}\ba écrit|Am\b.{0,250}\bschrieb|El\b.{0,250}\bescribió)\s*:\s*$",
    re.IGNORECASE,
)
ATTRIBUTION_START = re.compile(r"^\s*On\s.{3,}", re.IGNORECASE)
ATTRIBUTION_END = re.compile(r"\bwrote\s*:\s*$", re.IGNORECASE)
ORIGINAL_MESSAGE = re.compile(r"^\s*(?:-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}|_{10,})\s*$", re.IGNORECASE)
HEADER_FIELD = re.compile(r"^\s*\**(From|Sent|Date|To|Cc|Bcc|Subject|Reply-To)\**\s*:", re.IGNORECASE)
SIGNATURE = re.compile(r"^--\s?$")
#: What every way of starting a quote below contains (a superset, searched once per text).
_ANY_START = re.compile(
    r"(?:\bwrote|a écrit|\bschrieb|\bescribió)\s*:|(?<!-)-{2,}\s*(?:original|forwarded) message|(?<!_)_{10}"
    r"|^[^\S\n]*\**from\**\s*:",  # each run of - or _ tried once, not from each of its characters
    re.IGNORECASE | re.MULTILINE,
)


def reply_boundary(lines: list[str]) -> tuple[int | None, set[int]]:
    """Where the buyer's earlier message starts, and the lines that are not prose.

    Returns the index of the first line of the buyer's message (``None`` when
    there is none) and the indexes of attribution and header lines.
    """
    skip: set[int] = set()
    n = len(lines)
    if not _ANY_START.search("\n".join(lines)):
        return None, skip  # no attribution, header or separator anywhere: no quote to find
    for i, line in enumerate(lines):
        # Every way a quote can start below needs a colon on this line or the
        # next ("... wrote:", "From:"), or a rule of dashes or underscores.
        if ":" not in line and "--" not in line and "__" not in line and (i + 1 >= n or ":" not in lines[i + 1]):
            continue
        if QUOTED.match(line):
            continue
        if ATTRIBUTION.match(line):
            skip.add(i)
            return i + 1, skip
        if ATTRIBUTION_START.match(line) and i + 1 < n and ATTRIBUTION_END.search(lines[i + 1]) and len(line) > 20:
            skip.update((i, i + 1))
            return i + 2, skip
        outlook = ORIGINAL_MESSAGE.match(line)
        if outlook or (
            HEADER_FIELD.match(line)
            and line.split(":", 1)[0].strip("* \t").lower() == "from"
            and any(
                HEADER_FIELD.match(lines[j]) and lines[j].split(":", 1)[0].strip("* \t").lower() in ("sent", "date")
                for j in range(i + 1, min(i + 5, n))
            )
        ):
            j = i + 1 if outlook else i
            skip.add(i)
            while j < n and (HEADER_FIELD.match(lines[j]) or (j > i and lines[j].startswith((" ", "\t")) and lines[j].strip())):
                skip.add(j)
                j += 1
            return j, skip
    return None, skip
