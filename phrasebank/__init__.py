"""The phrase data shared by the linter and the playbook site.

Data only: plain text lists in ``lists/`` and the playbook's tables in
``playbook/`` (TOML), read from beside this file (through
:mod:`importlib.resources` when installed inside a zip). Nothing here
imports the linter.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from dataclasses import dataclass

_HERE = os.path.dirname(os.path.abspath(__file__))


def _read(folder: str, name: str) -> bytes:
    """A data file of this package (plain file reads keep start-up light)."""
    try:
        with open(os.path.join(_HERE, folder, name), "rb") as fh:
            return fh.read()
    except (FileNotFoundError, NotADirectoryError):  # installed inside a zip: ask the import system
        from importlib import resources

        return (resources.files(__package__) / folder / name).read_bytes()


_ALTERNATION = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Phrase:
    """One literal phrase, with its clause anchors (``^`` / ``$``)."""

    text: str
    starts_clause: bool = False
    ends_clause: bool = False


def expand(entry: str) -> list[Phrase]:
    """Expand one list line (``{a|b}`` alternatives, ``^``/``$`` anchors)."""
    entry = entry.strip()
    starts = entry.startswith("^")
    ends = entry.endswith("$")
    body = entry[1 if starts else 0 : len(entry) - (1 if ends else 0)]
    return [Phrase(text, starts, ends) for text in spellings(body) if text]


def spellings(text: str) -> list[str]:
    """Every way ``text`` can be written, its ``{a|b}`` alternatives chosen in
    turn (white space collapsed; an empty alternative can make it empty)."""
    parts = _ALTERNATION.split(text)
    # parts alternates literal, alternatives, literal, ...
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]


def list_names() -> list[str]:
    """The names of all phrase lists (file names without ``.txt``)."""
    try:
        names = os.listdir(os.path.join(_HERE, "lists"))
    except (FileNotFoundError, NotADirectoryError):
        from importlib import resources

        names = [p.name for p in (resources.files(__package__) / "lists").iterdir()]
    return sorted(n[:-4] for n in names if n.endswith(".txt"))


@functools.cache
def raw_entries(name: str) -> tuple[str, ...]:
    """The lines of list ``name`` as written, comments and blanks dropped."""
    text = _read("lists", f"{name}.txt").decode("utf-8")
    entries = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            entries.append(line.strip())
    return tuple(entries)


@functools.cache
def phrases(name: str) -> tuple[Phrase, ...]:
    """All phrases of list ``name``, alternatives expanded, duplicates dropped."""
    seen: dict[Phrase, None] = {}
    for entry in raw_entries(name):
        for phrase in expand(entry):
            seen.setdefault(phrase, None)
    return tuple(seen)


@functools.cache
def table(name: str) -> dict:
    """A playbook table from ``playbook/<name>.toml``."""
    import tomllib

    data = _read("playbook", f"{name}.toml")
    return tomllib.loads(data.decode("utf-8"))


def situations() -> list[dict]:
    return table("situations")["situation"]


def pitfalls() -> list[dict]:
    return table("pitfalls")["pitfall"]


def checklist() -> dict:
    return table("checklist")


def steps() -> list[dict]:
    return table("steps")["step"]


def scripts() -> list[dict]:
    return table("scripts")["script"]
