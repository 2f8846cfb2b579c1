"""The pre-commit hook, run for real: ``pre-commit try-repo`` against this checkout.

The hook repository is a temporary git repository holding a copy of what
pre-commit installs (pyproject.toml, linter/, phrasebank/, README.md,
.pre-commit-hooks.yaml), committed; the templates live in another
temporary git repository. pre-commit builds the hook's own virtualenv from
the copy with pip (PyPI must be reachable; the first run takes a while).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HOOK_FILES = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "linter", "phrasebank"]

BAD = "Hi {{first_name}},\n\nI completely understand, but we need a decision by Friday.\n"
BAD_EML = (
    "Subject: Re: pricing\nContent-Type: text/plain; charset=utf-8\n\n"
    "Hi {first_name},\n\nYou're right, it is too expensive.\n"
)
GOOD = "Hi {{first_name}},\n\nHere is the rollout plan from Tuesday. Could we go through the timeline on Thursday at 10?\n"
NOT_A_DRAFT = "# I completely understand, but we need a decision by Friday.\nprint('hi')\n"

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or importlib.util.find_spec("pre_commit") is None,
    reason="needs git and pre-commit (pip install pre-commit)",
)


def git(cwd, *args):
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
         "-c", "init.defaultBranch=main", *args],
        cwd=cwd, check=True, capture_output=True, text=True,
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    hook_repo = base / "hook-repo"
    hook_repo.mkdir()
    for name in HOOK_FILES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, hook_repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, hook_repo / name)
    git(hook_repo, "init", "-q")
    git(hook_repo, "add", "-A")
    git(hook_repo, "commit", "-q", "--no-verify", "-m", "hook")

    templates = base / "templates"
    (templates / "replies").mkdir(parents=True)
    (templates / "replies" / "price-objection.md").write_text(BAD, encoding="utf-8")
    (templates / "replies" / "too-expensive.eml").write_text(BAD_EML, encoding="utf-8")
    (templates / "replies" / "follow-up.md").write_text(GOOD, encoding="utf-8")
    (templates / "tools.py").write_text(NOT_A_DRAFT, encoding="utf-8")
    (templates / "tools.yaml").write_text("# I completely understand, but we need a decision.\na: 1\n", encoding="utf-8")
    git(templates, "init", "-q")
    git(templates, "add", "-A")
    git(templates, "commit", "-q", "--no-verify", "-m", "templates")

    environ = dict(os.environ)
    environ["PRE_COMMIT_HOME"] = str(base / "cache")
    environ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    environ.pop("PRE_COMMIT_COLOR", None)
    return hook_repo, templates, environ


def try_repo(env, *files):
    hook_repo, templates, environ = env
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "empathy-lint", "--color", "never",
         "--verbose", "--files", *files],
        cwd=templates, env=environ, capture_output=True, text=True, timeout=900,
    )


def test_a_bad_template_fails_the_hook_with_the_finding_printed(env):
    result = try_repo(env, "replies/price-objection.md")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "empathy-lint" in out and "Failed" in out
    assert "replies/price-objection.md:3:1: scripted-empathy" in out
    assert "replies/price-objection.md:3:26: but-bridge" in out


def test_an_eml_template_is_linted(env):
    result = try_repo(env, "replies/too-expensive.eml")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "replies/too-expensive.eml:6:1: conceded-fact" in out


def test_a_clean_template_passes(env):
    result = try_repo(env, "replies/follow-up.md")
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "Passed" in out


def test_code_and_config_files_are_not_linted(env):
    result = try_repo(env, "tools.py", "tools.yaml")
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "Skipped" in out and "but-bridge" not in out


def test_the_readme_snippet_works_from_a_config_file(env):
    """What a template repository pastes into its .pre-commit-config.yaml (with a local path as the repo)."""
    hook_repo, templates, environ = env
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, capture_output=True, text=True, check=True).stdout.strip()
    config = templates / ".pre-commit-config.yaml"
    config.write_text(
        "repos:\n"
        f"  - repo: {hook_repo.as_uri()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: empathy-lint\n",
        encoding="utf-8",
    )
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--color", "never", "--all-files"],
            cwd=templates, env=environ, capture_output=True, text=True, timeout=900,
        )
    finally:
        config.unlink()
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "replies/price-objection.md:3:26: but-bridge" in out
    assert "replies/too-expensive.eml:6:1: conceded-fact" in out
    assert "tools.py" not in out and "follow-up.md" not in out
