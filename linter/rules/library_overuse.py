"""The same empathy line opening many templates reads as scripted.

## What it does
When many files are linted together (a template library), finds the
empathy line that opens each file (the first acknowledgment among the
rep's first three sentences, greetings and headings not counted, up to
its first comma, dash or full stop) and reports a line that opens more
than a share of the files: by default more than 20% of at least 10 files.
Two openers are the same line when they are word for word the same apart
from case, punctuation and merge fields, as for `scripted-empathy`.

One finding goes on each file that opens with the line, at severity
`info`, with the list of all those files.

## Why is this bad?
One draft that repeats itself sounds scripted; so does a library where
every buyer receives the same opening line. The playbook's "Common
Pitfalls":

> Overuse can sound scripted

## Example
Forty reply templates, fourteen of which open with "I completely
understand how frustrating this must be."

```console
$ empathy-lint --select library-overuse templates/
templates/billing-delay.md:3:1: library-overuse [info] “I completely understand how frustrating this must be” opens 14 of 40 files (35%); overuse can sound scripted, so open each template with the buyer’s own situation.
templates/budget-freeze.md:3:1: library-overuse [info] “I completely understand how frustrating this must be” opens 14 of 40 files (35%); overuse can sound scripted, so open each template with the buyer’s own situation.
…
```

## Use instead
Open each template with a reflection of the buyer's own situation, a
merge field for their words, or a line written for that situation.

```md
Hi {{first_name}},

A second invoice in the same week is a lot to untangle at quarter end.
Could we talk on Tuesday about putting both on one statement?
```

## References
- Playbook, "Common Pitfalls": "Overuse can sound scripted."
- Playbook, "Common Pitfalls": "Using scripted empathy phrases: feels
  insincere. Personalize reflection using buyer's actual words."
"""  # noqa: E501 (the rule page: console output stays whole)

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..finding import FilesFinding, Finding
from .meta import INTEGER, NUMBER, Option

ID = "library-overuse"
SEVERITY = "info"
#: Looks across every file linted together (see :mod:`linter.rules`).
SCOPE = "files"
OPTIONS = (
    Option("min-files", INTEGER, 10, "Lint at least this many files together before the check runs."),
    Option("share", NUMBER, 0.2, "Report a line that opens more than this share of the files."),
)
PHRASE_LISTS = (
    "acknowledgments",
    "negative-claims",
    "negative-words",
    "not-acknowledgments",
    "stock-empathy",
)
_DEFAULTS = {o.name: o.default for o in OPTIONS}

#: How many of the rep's first sentences (greetings and headings aside) make the opening.
OPENING_SENTENCES = 3

MESSAGE = (
    "“{line}” opens {count} of {total} files ({percent}%); overuse can sound scripted, "
    "so open each template with the buyer’s own situation."
)

_GREETING = re.compile(r"^\W*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Settings:
    min_files: int = _DEFAULTS["min-files"]
    share: float = _DEFAULTS["share"]


@dataclass(frozen=True)
class Opener:
    """The empathy line that opens one file, where it stands in the file."""

    key: str  # words, lowercased: what makes two openers "the same line"
    text: str  # as written in the file, white space collapsed
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


@dataclass(frozen=True)
class Overuse:
    """One empathy line that opens too many files of the library."""

    key: str
    text: str
    uses: tuple[tuple[str, Opener], ...]  # (path, opener), in linting order
    total: int
    severity: str = SEVERITY
    files: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "files", tuple(path for path, _ in self.uses))

    @property
    def count(self) -> int:
        return len(self.uses)

    @property
    def message(self) -> str:
        percent = round(100 * self.count / self.total)
        return MESSAGE.format(line=self.text, count=self.count, total=self.total, percent=percent)

    def findings(self) -> list[FilesFinding]:
        """One finding per file that opens with the line."""
        return [
            FilesFinding(
                path, ID, self.severity, op.line, op.column, op.end_line, op.end_column,
                self.message, None, None, op.start, op.end, self.files,
            )
            for path, op in self.uses
        ]


def _where(source: str | None) -> str:
    source = source or "configuration"
    return f"{source}: [tool.empathy-lint]" if source.endswith("pyproject.toml") else source


def settings(config) -> Settings:
    """The checked options of a :class:`~linter.config.Config`: its ``library``
    table (over ``rules.library-overuse``, which holds them too)."""
    from ..config import ConfigError

    library = config.library or {}
    where = _where(config.source)
    for key in library:
        if key not in _DEFAULTS:
            raise ConfigError(f"{where}: unknown key 'library.{key}' (known: {', '.join(_DEFAULTS)})")
    table = {**config.options.get(ID, {}), **library}

    def name(key: str) -> str:
        return f"library.{key}" if key in library else f"rules.{ID}.{key}"

    min_files = table.get("min-files", _DEFAULTS["min-files"])
    if not isinstance(min_files, int) or isinstance(min_files, bool) or min_files < 2:
        raise ConfigError(f"{where}: {name('min-files')} must be a whole number of files, at least 2, got {min_files!r}")
    share = table.get("share", _DEFAULTS["share"])
    if not isinstance(share, (int, float)) or isinstance(share, bool) or not 0 <= share < 1:
        raise ConfigError(f"{where}: {name('share')} must be a fraction from 0 to below 1 (0.2 means 20%), got {share!r}")
    return Settings(min_files, float(share))


def _greeting(text: str) -> bool:
    words = text.split()
    if len(words) > 6:
        return False
    return text.rstrip().endswith((",", ":")) or bool(_GREETING.match(text)) or not re.search(r"\w", text)


def opener(document) -> Opener | None:
    """The empathy line that opens ``document`` (a :class:`~linter.document.Document`), if any."""
    from .. import vocabulary
    from ..engine import InlineControl, Positions

    seen = 0
    for turn in document.rep_turns():
        for s in turn.sentences:
            if s.block.kind == "heading" or _greeting(s.text):
                continue
            seen += 1
            if seen > OPENING_SENTENCES:
                return None
            clause = vocabulary.empathy_clause(s.text)
            if clause is None:
                continue
            a, b, key = clause
            start, end = document.to_original(s.start + a, s.start + b)
            positions = Positions(document.source)
            line, column = positions(start)
            end_line, end_column = positions(end)
            if "empathy-lint" in document.source and InlineControl(document.source, positions).disabled(ID, line):
                return None
            text = " ".join(document.source[start:end].split())
            return Opener(key, text, line, column, end_line, end_column, start, end)
    return None


def check(openers: Iterable[tuple[str, Opener | None]], settings: Settings) -> list[Overuse]:
    """The lines that open more than ``settings.share`` of the files (at least ``min_files`` of them).

    ``openers`` has one ``(path, opener or None)`` per file linted.
    """
    openers = list(openers)
    total = len(openers)
    if total < settings.min_files:
        return []
    from fractions import Fraction

    groups: dict[str, list[tuple[str, Opener]]] = {}
    for path, op in openers:
        if op is not None:
            groups.setdefault(op.key, []).append((path, op))
    limit = Fraction(repr(settings.share)) * total
    found = [
        Overuse(key, uses[0][1].text, tuple(uses), total)
        for key, uses in groups.items()
        if len(uses) >= 2 and len(uses) > limit
    ]
    return sorted(found, key=lambda o: (-o.count, o.key))


# --- the files-scope protocol (see linter.rules) ---------------------------------------------

#: What the rule needs of one file: the empathy line that opens it.
collect = opener


def report(collected: Iterable[tuple[str, Opener | None]], config) -> list[Finding]:
    """The findings for every file linted together, at the configured severity."""
    from dataclasses import replace

    severity = config.severity.get(ID, SEVERITY)
    return [
        replace(f, severity=severity)
        for overuse in check(collected, settings(config))
        for f in overuse.findings()
    ]
