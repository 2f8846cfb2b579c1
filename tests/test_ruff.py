"""ruff over the whole code base: no warning may land.

The rules and the known debt (functions over the complexity limit, marked
``# noqa: C901`` where they are defined) are in ``pyproject.toml`` under
``[tool.ruff]``. ``ruff`` comes with the ``test`` extra.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import REPO

#: Every folder of Python the project owns (docs/ only when it holds some).
TARGETS = ("linter", "phrasebank", "tools", "benchmarks", "tests", "docs")


def ruff_binary() -> str | None:
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
        return shutil.which("ruff")
    try:
        return find_ruff_bin()
    except FileNotFoundError:
        return shutil.which("ruff")


def python_targets() -> list[str]:
    return [t for t in TARGETS if (REPO / t).is_dir() and next((REPO / t).rglob("*.py"), None) is not None]


def test_ruff_reports_nothing():
    ruff = ruff_binary()
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]' brings it)")
    targets = python_targets()
    assert {"linter", "phrasebank", "tests"} <= set(targets)
    result = subprocess.run(
        [ruff, "check", "--no-cache", "--output-format", "concise", *targets],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"ruff found problems (fix them; see [tool.ruff] in pyproject.toml):\n{result.stdout}{result.stderr}"
