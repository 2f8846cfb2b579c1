"""empathy-lint: lint sales emails and call scripts against the Active Empathy playbook.

The small API that the CLI, the site and the tests share::

    import linter
    for f in linter.lint_text("I understand, but we need a decision.", filename="draft.txt"):
        print(f.line, f.column, f.rule, f.message)
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["lint_text", "lint_file", "Finding", "Config"]

from .config import Config
from .finding import Finding


def lint_text(
    text: str, filename: str = "draft.txt", config: Config | None = None, path: str | None = None, problems: list | None = None
) -> list[Finding]:
    """Lint ``text`` as the format ``filename`` implies; findings sorted by position.

    A rule that cannot run (grammar without a reachable LanguageTool) is
    skipped, and its one-line message is appended to ``problems``.
    """
    from .engine import lint
    from .readers import read

    config = config or Config()
    document = read(text, filename, config.speakers)
    return lint(document, config, path if path is not None else filename, problems)


def lint_file(path: str, config: Config | None = None) -> list[Finding]:
    """Lint a file on disk (UTF-8). Raises :class:`linter.files.InputError` on bad input."""
    from .files import read_text

    return lint_text(read_text(path, (config or Config()).max_file_size), path, config, path)
