"""``--jobs N``: parallel linting in the same stable order; a progress bar only on a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from linter import cli
from linter.cli import main

DRAFTS = [
    "Hi {{first_name}},\n\nI completely understand, but we need a decision by Friday.\n",
    "Hi Dana,\n\nYou're right, it is too expensive.\n",
    "Hi Dana,\n\nThanks for the call today. Could we talk on Tuesday?\n",
    "Buyer: The last rollout took three months.\nAE: Our platform deploys in a week.\n",
    "I hear you. However, our price is fixed.\n",
]
N_FILES = max(cli.PARALLEL_THRESHOLD, cli.PROGRESS_THRESHOLD) + 10


@pytest.fixture
def many(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "templates"
    for i in range(N_FILES):
        folder = root / f"team-{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        ext = ("txt", "md", "html")[i % 3]
        text = DRAFTS[i % len(DRAFTS)]
        if ext == "html":
            text = "<p>" + text.replace("\n\n", "</p>\n<p>") + "</p>\n"
        (folder / f"draft-{i:03}.{ext}").write_text(text, encoding="utf-8")
    return root


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in (result.stderr or ""), result.stderr
    return result


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_parallel_output_is_the_serial_output(many, fmt):
    serial = run("--format", fmt, "--jobs", "1", "templates")
    assert serial.stdout
    for jobs in ("2", "4", "7"):
        parallel = run("--format", fmt, "--jobs", jobs, "templates")
        assert parallel.exit_code == serial.exit_code
        assert parallel.stdout == serial.stdout
        assert parallel.stderr == serial.stderr


def test_output_is_sorted_by_path_then_position(many):
    items = json.loads(run("--format", "json", "--jobs", "4", "templates").stdout)
    keys = [(i["path"], i["line"], i["column"], i["rule"]) for i in items if i["rule"] != "library-overuse"]
    assert keys == sorted(keys)
    assert len({i["path"] for i in items}) > cli.PARALLEL_THRESHOLD // 2


def test_the_pool_really_runs_in_parallel(many, monkeypatch):
    used = {}
    from concurrent.futures import ProcessPoolExecutor

    class Spy(ProcessPoolExecutor):
        def __init__(self, max_workers=None, **kw):
            used["workers"] = max_workers
            super().__init__(max_workers=max_workers, **kw)

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Spy)
    run("--jobs", "3", "templates")
    assert used == {"workers": 3}
    used.clear()
    run("--jobs", "1", "templates")
    assert used == {}


def test_default_jobs_is_the_number_of_cores():
    assert cli._cores() >= 1
    if hasattr(os, "sched_getaffinity"):
        assert cli._cores() == len(os.sched_getaffinity(0))


def test_no_progress_bar_when_piped(many):
    result = subprocess.run(
        [sys.executable, "-m", "linter.cli", "--jobs", "2", "templates"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert "\r" not in result.stderr and "files" not in result.stderr
    assert result.stderr == ""


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal_with_many_files(many):
    master, slave = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "linter.cli", "--jobs", "2", "templates"],
            stdout=subprocess.PIPE, stderr=slave, check=False,
        )
        os.close(slave)
        slave = None
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if slave is not None:
            os.close(slave)
        os.close(master)
    text = shown.decode("utf-8")
    assert f"{N_FILES}/{N_FILES} files" in text
    assert text.startswith("\rempathy-lint [") and text.endswith("\r\x1b[K")
    # standard output (piped) has the findings, untouched by the bar
    assert b"\r" not in proc.stdout and b"but-bridge" in proc.stdout


def test_no_progress_bar_for_a_few_files_even_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DRAFTS[0], encoding="utf-8")
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
    result = run("a.txt")
    assert "files" not in result.stderr


def test_progress_bar_through_the_runner_when_stderr_is_a_terminal(many, monkeypatch):
    plain = run("--jobs", "3", "templates")
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
    for jobs in ("1", "3"):
        result = run("--jobs", jobs, "templates")
        assert f"{N_FILES}/{N_FILES} files" in result.stderr
        assert result.stdout == plain.stdout
