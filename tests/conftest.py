"""Helpers shared by the reader, position, CLI, config and property tests.

The central one is :func:`span_text`: the text of the *original file* between
a finding's (line, column) and (end_line, end_column), counted the way the
spec says (1-based, Unicode code points, ``end_column`` exclusive, lines
split at ``\\n`` so a CRLF file's ``\\r`` stays at the end of its line).
"""

from __future__ import annotations

import contextlib
import html
import importlib
import re
import sys
from pathlib import Path

import pytest

import linter

REPO = Path(__file__).resolve().parent.parent
#: The site's MkDocs hook and the modules beside it (not part of any package).
HOOKS = REPO / "docs" / "hooks"


def site_module(name: str):
    """A module of the site's hook (``docs/hooks/NAME.py``), imported by its own name, as MkDocs imports it."""
    if str(HOOKS) not in sys.path:
        sys.path.insert(0, str(HOOKS))
    return importlib.import_module(name)

#: A line every rule set agrees on: a stock phrase and a but-bridge.
BAIT = "I completely understand, but we need a decision."
#: What BAIT is flagged for, as (rule, words at the finding's span). Other
#: rules may add findings of their own (BAIT offers no next step, for one):
#: tests compare the findings of BAIT_RULES only, unless they say otherwise.
BAIT_FLAGS = [("scripted-empathy", "I completely understand"), ("but-bridge", "but")]
BAIT_RULES = ("scripted-empathy", "but-bridge")
#: BAIT with a next step: exactly BAIT_FLAGS under every rule.
BAIT_NEXT = BAIT + " Could we meet Tuesday at 10?"


def original_text(data: bytes | str) -> str:
    """The file as a user's editor shows it: UTF-8, without the byte-order mark."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return text[1:] if text.startswith("\ufeff") else text


def span_text(original: str, f) -> str:
    """The text at ``f.line:f.column`` .. ``f.end_line:f.end_column`` of ``original`` (BOM already removed)."""
    lines = original.split("\n")
    assert 1 <= f.line <= f.end_line <= len(lines), (f, len(lines))
    assert 1 <= f.column <= len(lines[f.line - 1]) + 1, (f, lines[f.line - 1])
    assert 1 <= f.end_column <= len(lines[f.end_line - 1]) + 1, (f, lines[f.end_line - 1])
    if f.line == f.end_line:
        assert f.column < f.end_column, f
        return lines[f.line - 1][f.column - 1 : f.end_column - 1]
    parts = [lines[f.line - 1][f.column - 1 :], *lines[f.line : f.end_line - 1], lines[f.end_line - 1][: f.end_column - 1]]
    return "\n".join(parts)


def flags(text: str, filename: str, config=None, rules=None) -> list[tuple[str, str]]:
    """``(rule, words at the span)`` for every finding (of ``rules``, when given), in output order."""
    found = linter.lint_text(text, filename, config)
    return [(f.rule, span_text(original_text(text), f)) for f in found if rules is None or f.rule in rules]


def rules_of(text: str, filename: str, config=None) -> list[str]:
    return [f.rule for f in linter.lint_text(text, filename, config)]


def lines_of(text: str, filename: str, config=None) -> set[int]:
    return {f.line for f in linter.lint_text(text, filename, config)}


def visible(span: str) -> str:
    """An HTML span as the reader sees it: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", span))


def one_line_error(stderr: str) -> str:
    """Assert stderr is exactly one clear error line without a traceback; return it."""
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def _config_above(folder: Path) -> Path | None:
    for parent in [folder, *folder.parents]:
        for name in (".empathy-lint.toml", "pyproject.toml"):
            candidate = parent / name
            if candidate.is_file() and (name != "pyproject.toml" or "empathy-lint" in candidate.read_text("utf-8", "replace")):
                return candidate
    return None


@pytest.fixture
def chdir_tmp(tmp_path, monkeypatch):
    """Run in an empty temporary folder (no config of the repo above it)."""
    stray = _config_above(tmp_path)
    if stray is not None:
        pytest.skip(f"a config above the temporary folder would change the results: {stray}")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_cli(args, input=None):
    """``empathy-lint ARGS`` through click's CliRunner; exceptions other than exit re-raised."""
    from click.testing import CliRunner

    from linter.cli import main

    result = CliRunner().invoke(main, args, input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def write(path, text: str | bytes):
    """Write ``text`` (UTF-8) or bytes to ``path``, making its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (never ``playwright install``), shared by
    the site and playground tests: Playwright's sync API runs one instance per thread."""
    import os
    import shutil

    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.skip(f"chromium is not installed ({CHROMIUM}); apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed; pip install playwright")
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"),
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync", "--disable-gpu"],
        )
        yield chromium
        chromium.close()


@contextlib.contextmanager
def serve(folder):
    """Serve ``folder`` on http://127.0.0.1:<free port>/ (quietly) for the block."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
