"""What a rule declares about itself, besides its check: options and data.

Each rule module declares

- ``OPTIONS``: a tuple of :class:`Option` (name, type, default, one-line
  description), what ``[tool.empathy-lint.rules.<id>]`` may set;
- ``PHRASE_LISTS``: the names of the lists in ``phrasebank/lists`` whose
  phrases decide where the rule finds something, also those it reads through
  :mod:`linter.vocabulary` (the check of a suggestion against every rule's
  mistakes is not counted).

Config validation (:mod:`linter.config`), the rule's page (:func:`markdown`)
and the test that every list is used read these declarations.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: Where the repository's files are shown (the phrase lists the "Data" section links to).
REPOSITORY = "https://github.com/active-empathy/active-empathy/blob/main/"


class OptionTypeError(ValueError):
    """A value of the wrong type; the message says what was expected."""


@dataclass(frozen=True)
class Type:
    """An option's type: its name in the docs, and a check that returns the value to use."""

    name: str  # "number", "list of strings", ...
    expected: str  # for an error: "must be <expected>"
    convert: Callable[[Any], Any]

    def check(self, value: Any) -> Any:
        return self.convert(value)

    def __str__(self) -> str:
        return self.name


def _fail(value: Any) -> None:
    raise OptionTypeError(f"got {_shown(value)}")


def _shown(value: Any) -> str:
    kind = {bool: "boolean", int: "integer", float: "number", str: "string", list: "list", tuple: "list", dict: "table"}
    return f"{kind.get(type(value), type(value).__name__)} {toml_value(value)}"[:60]


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        _fail(value)
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(value)
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        _fail(value)
    return value


def _string(value: Any) -> str:
    if not isinstance(value, str):
        _fail(value)
    return value


def _url(value: Any) -> str:
    """An http(s) URL (``host:port`` alone means http), or empty for none."""
    _string(value)
    raw = value.strip()
    if raw:
        parts = urllib.parse.urlsplit(raw if "://" in raw else "http://" + raw)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            _fail(value)
    return value


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        _fail(value)
    return tuple(value)


NUMBER = Type("number", "a number (like 10 or 2.5)", _number)
INTEGER = Type("integer", "a whole number (like 20000)", _integer)
BOOLEAN = Type("boolean", "true or false", _boolean)
STRING = Type("string", "a string", _string)
URL = Type("URL", 'an http(s) URL (like "http://localhost:8081")', _url)
STRINGS = Type("list of strings", 'a list of strings (like ["a", "b"])', _strings)


@dataclass(frozen=True)
class Option:
    """One option of a rule.

    ``key``: a top-level config key that sets it too (the rule's own table
    wins); ``flag``: a command-line flag that sets it to true (winning over
    the config). Both are also :class:`linter.config.Config` fields, spelt
    with underscores.
    """

    name: str
    type: Type
    default: Any
    help: str
    key: str | None = None
    flag: str | None = None

    def __post_init__(self) -> None:
        try:
            self.type.check(self.default)
        except OptionTypeError as exc:
            raise TypeError(f"option {self.name}: the default is not {self.type.expected}: {exc}") from None

    @property
    def key_field(self) -> str | None:
        """The Config field of :attr:`key` (``languagetool-url`` -> ``languagetool_url``)."""
        return self.key.replace("-", "_") if self.key else None

    @property
    def flag_field(self) -> str | None:
        """The Config field of :attr:`flag` (``--require-grammar`` -> ``require_grammar``)."""
        return self.flag.lstrip("-").replace("-", "_") if self.flag else None

    def check(self, value: Any) -> Any:
        """The value to use; :class:`OptionTypeError` naming the expected type when it is not one."""
        try:
            return self.type.check(value)
        except OptionTypeError as exc:
            raise OptionTypeError(f"must be {self.type.expected}, {exc}") from None


def options(rule) -> tuple[Option, ...]:
    """The options a rule module declares."""
    declared = tuple(getattr(rule, "OPTIONS", ()))
    for option in declared:
        if not isinstance(option, Option):
            raise TypeError(f"{rule.__name__}.OPTIONS: expected Option(...) declarations, got {option!r}")
    return declared


def option(rule, name: str) -> Option | None:
    return next((o for o in options(rule) if o.name == name), None)


def defaults(rule) -> dict[str, Any]:
    """Option name -> default value."""
    return {o.name: o.default for o in options(rule)}


def phrase_lists(rule) -> tuple[str, ...]:
    """The phrase lists (names of ``phrasebank/lists/*.txt``) a rule module declares."""
    return tuple(getattr(rule, "PHRASE_LISTS", ()))


def toml_value(value: Any) -> str:
    """A value as TOML writes it (strings quoted, lists and inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"
    return str(value)


def _cell(text: str) -> str:
    """Text for a Markdown table cell."""
    return " ".join(text.split()).replace("|", "&#124;")


def _code(text: str) -> str:
    """Text as Markdown inline code (safe in a table cell)."""
    text = " ".join(str(text).split()).replace("|", "&#124;")
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def markdown(rule, repository: str = REPOSITORY) -> str:
    """The "Options" and "Data" sections of a rule's page (Markdown, from ``## Options``).

    Options: a table (option, type, default, description) and the config
    that sets them; Data: links to the phrase lists the rule reads.
    """
    declared = options(rule)
    parts = ["## Options"]
    if declared:
        rows = ["| Option | Type | Default | Description |", "|---|---|---|---|"]
        for o in declared:
            help_ = o.help
            if o.key:
                help_ += f" The top-level `{o.key}` key sets it too."
            if o.flag:
                help_ += f" `{o.flag}` sets it."
            rows.append(f"| {_code(o.name)} | {o.type} | {_code(toml_value(o.default))} | {_cell(help_)} |")
        parts.append("\n".join(rows))
    else:
        parts.append("This rule has no options of its own.")
    example = [f"[tool.empathy-lint.rules.{rule.ID}]", f'severity = "{rule.SEVERITY}"']
    example += [f"{o.name} = {toml_value(o.default)}" for o in declared]
    parts.append(
        ("Set them, and the rule's severity," if declared else "Set the rule's severity")
        + " in `pyproject.toml` "
        "(or in `.empathy-lint.toml` without the `tool.empathy-lint.` prefix); "
        + ("the values shown are the defaults:" if declared else "shown with its default:")
        + "\n\n```toml\n" + "\n".join(example) + "\n```"
    )
    parts.append("## Data")
    lists = phrase_lists(rule)
    if lists:
        parts.append(
            "The phrase lists this rule reads (examples of each shape it looks for, "
            "not the whole definition), in `phrasebank/lists`:"
        )
        parts.append("\n".join(f"- [`{name}`]({repository}phrasebank/lists/{name}.txt)" for name in lists))
    else:
        parts.append("This rule reads no phrase list.")
    return "\n\n".join(parts)
