"""The build state shared by the site's hook modules, and the doors to the linter.

Problems found while building (an example that gives the wrong findings, an
unknown placeholder, ...) are collected in :data:`STATE` and the build fails
at the end with all of them (superfences swallows exceptions raised inside a
fence formatter). The linter is reached through its public API only.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

#: The opening or closing line of a fenced code block.
FENCE = re.compile(r"^[ \t]*(?P<marker>`{3,}|~{3,})[ \t]*(?P<info>.*)$")


@dataclass
class State:
    problems: list[str] = field(default_factory=list)
    page: str | None = None
    rule_ids: tuple[str, ...] = ()
    root: str | None = None  # the folder of mkdocs.yml: the repository
    files: Any = None
    hosts: dict[str, str] = field(default_factory=dict)  # placeholder -> page src_uri
    dialogue_count: int = 0
    playground: Any = None  # (runtime or None, why not), decided once per build
    playground_pages: list[str] = field(default_factory=list)  # src_uri of pages that hold it

    def problem(self, message: str) -> None:
        where = f"{self.page}: " if self.page else ""
        self.problems.append(where + message)

    def reset(self) -> None:
        """A new build: forget everything (one object, shared by every module)."""
        self.__init__()


#: The one build state; ``site_hook.on_config`` resets it.
STATE = State()


def problem(message: str) -> None:
    STATE.problem(message)


# ---------------------------------------------------------------------------
# The linter, reached only through its public API.
# ---------------------------------------------------------------------------


def registry() -> dict[str, Any]:
    """The rule registry, in documentation order."""
    from linter.rules import REGISTRY

    return dict(REGISTRY)


def lint(text: str, filename: str) -> list[Any]:
    """Findings of ``text`` as the file ``filename``, sorted by position."""
    import linter

    findings = list(linter.lint_text(text, filename=filename))
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


# ---------------------------------------------------------------------------
# Markup helpers
# ---------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def slug(text: str) -> str:
    """A lower-case, dash-separated anchor from ``text``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def md_cell(text: str) -> str:
    """Text as one Markdown table cell, its Markdown characters escaped."""
    text = " ".join(str(text).split())
    text = re.sub(r"([\\`*_\[\]|#])", r"\\\1", text)
    return text.replace("<", "&lt;")


def md_code(text: str) -> str:
    """Text as Markdown inline code (safe in a table cell)."""
    text = " ".join(str(text).split()).replace("|", "&#124;")
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fenced(lang: str, text: str) -> str:
    """``text`` as a fenced code block, its fence longer than any backtick run in it."""
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"^`+", text, re.M)), default=0) + 1)
    return f"{ticks}{lang}\n{text.rstrip(chr(10))}\n{ticks}"


def relative_md(target_src: str, from_src: str | None) -> str:
    """A relative Markdown link from page ``from_src`` to page ``target_src``."""
    base = posixpath.dirname(from_src or "")
    return posixpath.relpath(target_src, base or ".")


def page_url(src: str) -> str:
    """The URL of the page built from ``src`` (relative to the site's root)."""
    file = STATE.files.get_file_from_path(src) if STATE.files is not None else None
    if file is not None:
        return file.url
    stem = src[: -len(".md")] if src.endswith(".md") else src
    return "" if stem == "index" else stem.removesuffix("/index") + "/"
