"""The engine: runs the rules on a Document and turns hits into findings.

It stamps each finding with its rule id and the configured severity,
applies the inline-control comments, maps prose offsets to the line and
column of the original file, and sorts. Rules that look across many files
(``SCOPE = "files"``) take what :func:`collect` gathers of each document;
:func:`lint_files` turns that into their findings.
"""

from __future__ import annotations

import bisect
import re

from .config import Config
from .document import Document
from .finding import Finding, Unavailable
from .rules import DOCUMENT, FILES, REGISTRY, scope

CONTROL = re.compile(
    r"<!--\s*empathy-lint\s*:\s*(disable-next-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)


class Positions:
    """Offsets to 1-based line and column (Unicode code points)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


class InlineControl:
    """``<!-- empathy-lint: disable|enable|disable-next-line RULE,... -->``.

    ``disable`` and ``enable`` apply from their own line on, in order (an
    ``enable RULE`` after a bare ``disable`` turns that one rule back on);
    ``disable-next-line`` applies to the next line with text.
    """

    def __init__(self, source: str, positions: Positions) -> None:
        from .rules import ALIASES, REGISTRY

        self.events: list[tuple[int, bool, tuple]] = []  # line, disable?, rules (() = all)
        self.unknown: list[tuple[int, str]] = []  # line, a rule id no rule has (a typo)
        self.next_lines: dict[int, list[tuple]] = {}
        self._states: dict[str, tuple[list, list]] = {}
        lines = source.split("\n")
        for m in _controls(source):
            action = m.group(1).lower()
            ids = tuple(ALIASES.get(r, r) for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
            line, _ = positions(m.start())
            self.unknown += [(line, r) for r in ids if r not in REGISTRY]
            if action == "disable-next-line":
                target, _ = positions(m.end())
                target += 1
                while target <= len(lines) and not lines[target - 1].strip():
                    target += 1
                self.next_lines.setdefault(target, []).append(ids)
            else:
                self.events.append((line, action == "disable", ids))

    def disabled(self, rule: str, line: int) -> bool:
        if any(not ids or rule in ids for ids in self.next_lines.get(line, ())):
            return True
        if rule not in self._states:  # once per rule: the lines where its state changes
            at_lines, states = [], []
            for at, disable, ids in self.events:
                if not ids or rule in ids:
                    at_lines.append(at)
                    states.append(disable)
            self._states[rule] = (at_lines, states)
        at_lines, states = self._states[rule]
        i = bisect.bisect_right(at_lines, line)
        return states[i - 1] if i else False


_PREFIX = re.compile(r"<!--\s*empathy-lint\s*:\s*(disable-next-line|disable|enable)\b", re.IGNORECASE)


class _Control:
    """A match of :data:`CONTROL`, found in linear time."""

    def __init__(self, source: str, m: re.Match, end: int) -> None:
        self._action = m.group(1)
        self._rules = source[m.end():end]
        self._start = m.start()
        self._end = end + 3

    def group(self, i: int) -> str:
        return self._action if i == 1 else self._rules

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _controls(source: str):
    """What ``CONTROL.finditer(source)`` finds, in linear time: an unterminated
    ``<!-- empathy-lint: disable ...`` repeated no longer rescans the rest of
    the file from every one of them."""
    ends = [m.start() for m in re.finditer("(?=-->)", source)]
    gts = [m.start() for m in re.finditer(">", source)]
    pos = 0
    while True:
        m = _PREFIX.search(source, pos)
        if not m:
            return
        i = bisect.bisect_left(ends, m.end())
        if i == len(ends):
            return  # no "-->" after it: none after any later one either
        end = ends[i]
        j = bisect.bisect_left(gts, m.end())
        if gts[j] == end + 2:  # no ">" before the "-->": the comment closes there
            yield _Control(source, m, end)
            pos = end + 3
        else:
            pos = m.start() + 1


def lint(
    document: Document, config: Config, path: str | None = None, problems: list | None = None, warnings: list | None = None
) -> list[Finding]:
    """Findings for one document. A rule that cannot run (it raises
    :class:`~linter.finding.Unavailable`) is skipped; its one-line message
    is added to ``problems`` when given. An inline control comment naming no
    known rule (a typo) is one line added to ``warnings`` when given."""
    from . import language

    with language.document_scope(document.caches):
        return _lint(document, config, path, problems, warnings)


def _lint(document: Document, config: Config, path: str | None, problems: list | None, warnings: list | None = None) -> list[Finding]:
    path = document.path if path is None else path
    positions = Positions(document.source)
    control = InlineControl(document.source, positions) if "empathy-lint" in document.source else None
    if control and warnings is not None:
        warnings += [
            f"{path}:{line}: unknown rule id '{rid}' in an inline control comment (see empathy-lint --list-rules)"
            for line, rid in control.unknown
        ]
    findings: dict[tuple, Finding] = {}
    for module in _enabled(config, DOCUMENT):
        severity = config.severity_of(module)
        try:
            hits = list(module.check(document, config.options_of(module)))
        except Unavailable as exc:
            if problems is not None and str(exc) not in problems:
                problems.append(str(exc))
            continue
        for hit in hits:
            start, end = document.to_original(hit.start, hit.end)
            line, column = positions(start)
            end_line, end_column = positions(end)
            if control and control.disabled(module.ID, line):
                continue
            f = Finding(
                path, module.ID, severity, line, column, end_line, end_column,
                hit.message, hit.suggestion, hit.fix, start, end, fix_safe=hit.fix is not None and hit.fix_safe,
            )
            findings.setdefault((module.ID, start, end), f)
    return sorted(findings.values(), key=Finding.sort_key)


def _enabled(config: Config, wanted: str) -> list:
    return [module for module in config.enabled() if scope(module) == wanted]


def collect(document: Document, config: Config) -> dict[str, object]:
    """What each enabled rule of scope ``files`` needs of ``document``, by rule id."""
    return {module.ID: module.collect(document) for module in _enabled(config, FILES)}


def check_files_settings(config: Config) -> None:
    """Check the options of every rule of scope ``files`` in ``config``
    (raises :class:`~linter.config.ConfigError`), whether it runs or not."""
    for module in REGISTRY.values():
        if scope(module) == FILES:
            module.settings(config)


def lint_files(collected: list[tuple[str, dict]], config: Config) -> list[Finding]:
    """Findings of the rules of scope ``files`` enabled in ``config``.

    ``collected`` has one ``(path, collect(document, its config))`` per file
    linted together, in linting order; a file whose config leaves a rule out
    counts as a file that gave it nothing. The findings come rule by rule,
    each rule's in its own order.
    """
    found: list[Finding] = []
    for module in _enabled(config, FILES):
        found.extend(module.report([(path, views.get(module.ID)) for path, views in collected], config))
    return found
