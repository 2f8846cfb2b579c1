"""Hostile input (issue 13): every file name, file type and byte is the attacker's.

Each test reproduces one hole of the issue through the real command (a
subprocess, bytes in and out) and checks that it ends in one clean line, or
is handled correctly: no injection into a terminal, a diff, a workflow
command or a log; no hang, no unbounded memory; no traceback; exit 2 only
for errors and 1 only for findings.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BAIT_NEXT as BAIT

REPO = Path(__file__).resolve().parent.parent
#: Characters that must never reach standard output or error raw.
RAW_UNSAFE = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c")


def cli(args, cwd, stdin: bytes | None = None, timeout: float = 60, env: dict | None = None):
    """The real command in a subprocess, bytes in and out."""
    full_env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1")
    full_env.pop("LANGUAGETOOL_URL", None)
    if env:
        full_env.update(env)
    cmd = [sys.executable, "-m", "linter.cli", *args]
    return subprocess.run(
        cmd, cwd=cwd, input=stdin if stdin is not None else b"", capture_output=True, timeout=timeout, env=full_env
    )


def no_traceback(result) -> None:
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")


def clean_streams(result) -> None:
    """Standard output and error carry no raw control, bidi or C1 character."""
    for stream in (result.stdout, result.stderr):
        for line in stream.split(b"\n"):
            assert not RAW_UNSAFE.search(line), line
    no_traceback(result)


def errors(result) -> list[str]:
    return [ln for ln in result.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]


@pytest.fixture
def repo(tmp_path):
    """A folder that is a repository root (config discovery stops here)."""
    (tmp_path / ".git").mkdir()
    return tmp_path


# --- 1. code injection through --diff | git apply -------------------------------------------


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_diff_file_name_with_newlines_cannot_steer_git_apply(repo):
    name = "z\n--- x\n+++ conftest.py\n@@ -0,0 +1 @@\n+import os\n.md"  # no "/" in a name
    try:
        (repo / name).write_text(BAIT + "\n", encoding="utf-8")
    except OSError:
        pytest.skip("file system refuses newlines in names")
    result = cli(["--diff", "--", name], repo)
    no_traceback(result)
    patch = result.stdout
    headers = [ln for ln in patch.split(b"\n") if ln.startswith((b"--- ", b"+++ "))]
    assert len(headers) == 2 and all(h[4:5] == b'"' for h in headers), headers
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    applied = subprocess.run(["git", "apply", "-"], cwd=repo, input=patch, capture_output=True)
    assert applied.returncode == 0, applied.stderr
    assert not (repo / "conftest.py").exists()
    assert "and we need" in (repo / name).read_text(encoding="utf-8")


def test_diff_quotes_names_as_git_does():
    from linter.escape import git_path

    assert git_path("a/plain.md") == "a/plain.md"
    assert git_path("a/x\ny.md") == '"a/x\\ny.md"'
    assert git_path('a/q"b\\c.md') == '"a/q\\"b\\\\c.md"'
    assert git_path("a/caf\u00e9.md") == '"a/caf\\303\\251.md"'
    assert git_path("a/\udcff.md") == '"a/\\377.md"'


# --- 2. workflow-command and terminal injection -------------------------------------------------

INJECT = "a\n::error file=x,line=1::INJECTED\nb.txt"


@pytest.mark.parametrize("fmt", ["text", "github", "json", "sarif"])
def test_file_name_cannot_inject_a_line(repo, fmt):
    try:
        (repo / INJECT).write_text(BAIT + "\n", encoding="utf-8")
    except OSError:
        pytest.skip("file system refuses newlines in names")
    result = cli(["--format", fmt, "--", INJECT], repo)
    assert result.returncode == 1, result.stderr
    clean_streams(result)
    for line in result.stdout.splitlines() + result.stderr.splitlines():
        assert not line.startswith(b"::error file=x"), line
    if fmt in ("json", "sarif"):
        data = json.loads(result.stdout.decode("utf-8"))
        if fmt == "json":
            assert {d["path"] for d in data} == {INJECT}


def test_binary_notice_cannot_inject_a_workflow_command(repo):
    name = "b\n::add-mask::secret\n.txt"
    try:
        (repo / "d").mkdir()
        (repo / "d" / name).write_bytes(b"\x00\x01binary")
    except OSError:
        pytest.skip("file system refuses newlines in names")
    result = cli(["--format", "github", "d"], repo)
    clean_streams(result)
    assert not any(ln.startswith(b"::add-mask::") for ln in result.stderr.splitlines())
    assert len(errors(result)) == 1


def test_carriage_return_in_a_name_cannot_overwrite_the_line(repo):
    name = "ok.txt\rEVERYTHING FINE.txt"
    (repo / name).write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["--", name], repo)
    assert result.returncode == 1
    clean_streams(result)
    assert b"ok.txt\\rEVERYTHING" in result.stdout


@pytest.mark.parametrize("fmt", ["text", "github", "json", "sarif"])
def test_escape_sequences_in_a_draft_never_reach_the_terminal(repo, fmt):
    osc = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\u202e\x85"
    draft = f"Buyer: The rollout {osc} worries me {osc}.\nAE: I completely understand {osc}, but we need a decision. Don't worry {osc}.\n"
    (repo / "d.txt").write_text(draft, encoding="utf-8")
    result = cli(["--format", fmt, "--color", "d.txt"] if fmt == "text" else ["--format", fmt, "d.txt"], repo)
    assert result.returncode == 1, result.stderr
    out = result.stdout.replace(b"\x1b[0m", b"").replace(b"\x1b[1m", b"").replace(b"\x1b[2m", b"")
    out = re.sub(rb"\x1b\[3[0-9]m", b"", out)
    assert b"\x1b]" not in out and b"\x07" not in out and b"\x1b[2J" not in out
    assert "\u202e".encode() not in out and b"\xc2\x85" not in out
    if fmt in ("json", "sarif"):
        json.loads(result.stdout.decode("utf-8"))


def test_library_report_escapes_the_draft_line(repo):
    line = "I hear you \x1b]0;pwned\x07 on the rollout."
    for i in range(12):
        (repo / f"t{i:02d}.txt").write_text(f"{line} Could we meet Tuesday at 10 about plan {i}?\n", encoding="utf-8")
    result = cli(["."], repo)
    assert result.returncode in (0, 1)  # library-overuse is info
    assert b"library-overuse" in result.stdout
    clean_streams(result)
