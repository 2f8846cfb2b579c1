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


# --- 3. hangs and memory ---------------------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@needs_fifo
def test_explicit_fifo_is_one_error_not_a_hang(repo):
    os.mkfifo(repo / "pipe.md")
    result = cli(["pipe.md"], repo, timeout=30)
    assert result.returncode == 2
    assert errors(result) == [e for e in errors(result) if "pipe.md" in e and "FIFO" in e] and len(errors(result)) == 1
    no_traceback(result)


@needs_fifo
def test_fifo_met_while_walking_is_skipped_with_a_notice(repo):
    (repo / "d").mkdir()
    os.mkfifo(repo / "d" / "pipe.md")
    (repo / "d" / "ok.txt").write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["d"], repo, timeout=30)
    assert result.returncode == 1
    assert b"ok.txt:1:" in result.stdout
    assert [e for e in errors(result)] == [e for e in errors(result) if "pipe.md" in e and "skipped" in e]
    strict = cli(["--strict", "d"], repo, timeout=30)
    assert strict.returncode == 2
    no_traceback(strict)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("how", ["explicit", "symlink-explicit", "symlink-walked", "config"])
def test_dev_zero_never_fills_the_memory(repo, how):
    import resource

    (repo / "ok.txt").write_text(BAIT + "\n", encoding="utf-8")
    if how == "explicit":
        args = ["/dev/zero"]
    elif how == "config":
        args = ["--config", "/dev/zero", "ok.txt"]
    else:
        (repo / "d").mkdir()
        os.symlink("/dev/zero", repo / "d" / "z.md")
        args = ["d/z.md"] if how == "symlink-explicit" else ["d"]
    limit = 512 * 1024 * 1024  # the run dies (and the test fails) instead of eating the machine

    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    full_env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-m", "linter.cli", *args], cwd=repo, capture_output=True,
                            timeout=60, env=full_env, preexec_fn=cap)
    no_traceback(result)
    assert b"MemoryError" not in result.stderr
    lines = errors(result)
    assert len(lines) == 1 and ("device" in lines[0] or "regular file" in lines[0]), lines
    assert result.returncode == (0 if how == "symlink-walked" else 2), result.stderr


def test_standard_input_is_capped_like_files(repo):
    (repo / ".empathy-lint.toml").write_text("max-file-size = 1000\n", encoding="utf-8")
    result = cli(["-"], repo, stdin=b"I completely understand. " * 1000)
    assert result.returncode == 2
    lines = errors(result)
    assert len(lines) == 1 and "too large" in lines[0], lines


def test_size_is_checked_on_what_is_read(tmp_path):
    """Even a file whose size the OS reports as 0 (a device, /proc) is read only up to the limit + 1."""
    import io

    from linter.files import InputError, read_bounded

    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, b):
            b[: len(b)] = b"a" * len(b)
            return len(b)

    with pytest.raises(InputError, match="too large"):
        read_bounded(io.BufferedReader(Endless()), "endless", 4096)
    assert read_bounded(io.BytesIO(b"x" * 4096), "ok", 4096) == b"x" * 4096


# --- 6. deep trees -----------------------------------------------------------------------------


def _deep(root: Path, depth: int) -> Path:
    """``depth`` nested folders made relative to ``root`` (absolute paths would pass PATH_MAX)."""
    here = os.getcwd()
    os.chdir(root)
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("deep.md").write_text(BAIT + "\n", encoding="utf-8")
    finally:
        os.chdir(here)
    return root


def _remove_deep(root: Path) -> None:
    """Remove a deep tree without recursion (pytest's cleanup would hit a RecursionError)."""
    here = os.getcwd()
    os.chdir(root)
    depth = 0
    try:
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            for name in os.listdir("."):
                os.unlink(name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


@pytest.fixture
def deep_repo():
    """A repository folder of its own, outside pytest's shared base folder: another
    pytest run's cleanup of old base folders must never meet (or delete) a deep tree."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="empathy-lint-deep-"))
    (root / ".git").mkdir()
    try:
        yield root
    finally:
        _remove_deep(root)
        shutil.rmtree(root, ignore_errors=True)


def test_a_tree_1500_folders_deep_is_walked_without_a_recursion_error(deep_repo):
    repo = deep_repo
    _deep(repo, 1500)
    try:
        result = cli(["d"], repo, timeout=120)
        no_traceback(result)
        assert result.returncode in (1, 2), result.stderr  # linted, or one line: the name is too long to open
        assert len(errors(result)) <= 1
    finally:
        _remove_deep(repo)


def test_a_file_1200_levels_deep_finds_its_config_without_recursion(deep_repo):
    repo = deep_repo
    _deep(repo, 1200)
    (repo / ".empathy-lint.toml").write_text('ignore = ["scripted-empathy", "but-bridge"]\n', encoding="utf-8")
    try:
        rel = "/".join(["d"] * 1200) + "/deep.md"
        from linter.config import Finder

        here = os.getcwd()
        os.chdir(repo)
        try:
            cfg = Finder().for_path(rel)
        finally:
            os.chdir(here)
        assert cfg.source and cfg.source.endswith(".empathy-lint.toml")
    finally:
        _remove_deep(repo)


# --- 6. bad config types are one error line ----------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        (".empathy-lint.toml", "tool = 5\n"),
        (".empathy-lint.toml", '[[tool]]\nx = 1\n'),
        (".empathy-lint.toml", 'tool = "x"\n'),
        (".empathy-lint.toml", "[tool]\nempathy-lint = 5\n"),
        ("pyproject.toml", "tool = 5\n# empathy-lint\n"),
        ("pyproject.toml", "[[tool]]\nempathy-lint = 1\n"),
        ("pyproject.toml", '[tool]\nempathy-lint = "x"\n'),
    ],
)
def test_bad_config_types_are_one_error_line(repo, name, content):
    (repo / name).write_text(content, encoding="utf-8")
    (repo / "ok.txt").write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["ok.txt"], repo)
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = errors(result)
    assert len(lines) == 1 and name in lines[0], lines
    no_traceback(result)


@pytest.mark.parametrize("name,table", [("pyproject.toml", b"[tool.empathy-lint]\n"), (".empathy-lint.toml", b"")])
def test_utf8_bom_in_pyproject_is_read(repo, name, table):
    (repo / name).write_bytes(b"\xef\xbb\xbf" + table + b"ignore = ['scripted-empathy']\n")
    (repo / "ok.txt").write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["ok.txt"], repo)
    assert b"scripted-empathy" not in result.stdout and b"but-bridge" in result.stdout, result.stderr


# --- 8. configuration above the repository ---------------------------------------------------------


def test_config_above_the_repository_root_is_not_used(tmp_path):
    (tmp_path / ".empathy-lint.toml").write_text('ignore = ["ALL"]\nlanguagetool-url = "http://127.0.0.1:9/"\n', encoding="utf-8")
    repo = tmp_path / "project"
    (repo / ".git").mkdir(parents=True)
    (repo / "drafts").mkdir()
    (repo / "drafts" / "a.txt").write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["--show-config", "drafts/a.txt"], repo)
    assert result.returncode == 1 and b"but-bridge" in result.stdout, result.stderr
    assert b"built-in defaults" in result.stderr
    # a .git *file* (a worktree, a submodule) is a repository root too
    shutil.rmtree(repo / ".git")
    (repo / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")
    assert cli(["drafts/a.txt"], repo).returncode == 1
    # inside the repository, the walk up still finds the config
    (repo / ".empathy-lint.toml").write_text('ignore = ["ALL"]\n', encoding="utf-8")
    inside = cli(["--show-config", "drafts/a.txt"], repo)
    assert inside.returncode == 0 and b".empathy-lint.toml" in inside.stderr


def test_config_walk_stops_at_the_home_folder(tmp_path):
    (tmp_path / ".empathy-lint.toml").write_text('ignore = ["ALL"]\n', encoding="utf-8")
    home = tmp_path / "home"
    (home / "drafts").mkdir(parents=True)
    (home / "drafts" / "a.txt").write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["drafts/a.txt"], home, env={"HOME": str(home)})
    assert result.returncode == 1 and b"but-bridge" in result.stdout, result.stderr


# --- 5. option injection through pre-commit ------------------------------------------------------


def test_double_dash_ends_option_parsing(repo):
    (repo / "--config=evil.md").write_text("", encoding="utf-8")
    (repo / "evil.md").write_text('ignore = ["ALL"]\n', encoding="utf-8")
    (repo / "a.md").write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["--", "--config=evil.md", "a.md"], repo)
    assert result.returncode == 1 and b"a.md:1:" in result.stdout, result.stderr
    no_traceback(result)


def test_the_hook_entry_ends_option_parsing():
    import yaml

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert all(h["entry"].split()[-1] == "--" for h in hooks)


# --- 9. --fix where it shouldn't ----------------------------------------------------------------


def test_fix_refuses_a_symlink_out_of_the_tree(tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text(BAIT + "\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    os.symlink(outside, repo / "link.md")
    result = cli(["--fix", "link.md"], repo)
    no_traceback(result)
    assert outside.read_text(encoding="utf-8") == BAIT + "\n"
    assert b"outside" in result.stderr


def test_fix_refuses_hard_links_and_read_only_files_and_keeps_setgid(repo):
    a = repo / "a.md"
    a.write_text(BAIT + "\n", encoding="utf-8")
    os.link(a, repo / "b.md")
    result = cli(["--fix", "a.md"], repo)
    assert a.read_text(encoding="utf-8") == BAIT + "\n" and b"hard link" in result.stderr
    ro = repo / "ro.md"
    ro.write_text(BAIT + "\n", encoding="utf-8")
    ro.chmod(0o444)
    result = cli(["--fix", "ro.md"], repo)
    assert result.returncode == 2 and ro.read_text(encoding="utf-8") == BAIT + "\n"
    assert len(errors(result)) == 1 and b"read-only" in result.stderr
    sg = repo / "sg.md"
    sg.write_text(BAIT + "\n", encoding="utf-8")
    sg.chmod(0o2755)
    result = cli(["--fix", "sg.md"], repo)
    assert "and we need" in sg.read_text(encoding="utf-8")
    assert stat.S_IMODE(sg.stat().st_mode) == 0o2755


def _children(pid: int) -> set[int]:
    """The live processes whose parent is ``pid`` (Linux /proc)."""
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.add(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_stop_when_the_parent_is_killed_during_fix(repo):
    """``kill -9`` of the run during ``--fix --jobs 4``: no orphan goes on fixing files."""
    import signal
    import time

    draft = (BAIT + "\n\n") * 400
    for i in range(200):
        (repo / f"d{i:03}.md").write_text(draft, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1")
    env.pop("LANGUAGETOOL_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "linter.cli", "--fix", "--jobs", "4", "."], cwd=repo, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 4 and proc.poll() is None:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert workers, "no worker processes started"
        time.sleep(0.5)  # fixing has begun
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers), "orphaned workers go on"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_worker_knows_it_is_orphaned(monkeypatch):
    from linter import cli as cli_module

    monkeypatch.setattr(cli_module, "_PARENT", os.getpid())
    monkeypatch.setattr(cli_module, "_PPID", os.getppid())
    assert not cli_module._orphaned()
    monkeypatch.setattr(cli_module, "_PPID", os.getppid() + 1)  # the parent changed: adopted by init
    assert cli_module._orphaned()


# --- 6. non-UTF-8 names and lone surrogates ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_non_utf8_file_name_in_every_format(repo, fmt):
    name = b"caf\xe9-\xff.txt"
    try:
        with open(os.path.join(os.fsencode(repo), name), "wb") as fh:
            fh.write((BAIT + "\n").encode())
    except OSError:
        pytest.skip("file system refuses non-UTF-8 names")
    result = cli(["--format", fmt, "."], repo)
    assert result.returncode == 1, result.stderr
    clean_streams(result)
    if fmt in ("json", "sarif"):
        data = json.loads(result.stdout.decode("utf-8"))
        if fmt == "json":
            assert {os.fsencode(d["path"]) for d in data} == {b"./" + name}  # nothing lost


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_utf7_eml_with_a_lone_surrogate(repo, fmt):
    eml = (b"From: a@example.com\nSubject: hi\nContent-Type: text/plain; charset=utf-7\n\n"
           b"I completely understand +2AA-, but we need a decision. Could we meet Tuesday?\n")
    (repo / "a.eml").write_bytes(eml)
    (repo / "b.txt").write_text(BAIT + "\n", encoding="utf-8")
    result = cli(["--format", fmt, "a.eml", "b.txt"], repo)
    assert result.returncode in (1, 2), result.stderr
    clean_streams(result)
    assert b"b.txt" in result.stdout
    if fmt in ("json", "sarif"):
        json.loads(result.stdout.decode("utf-8"))


# --- 7. grammar adapter --------------------------------------------------------------------------


def test_deeply_nested_grammar_answer_is_one_line_not_a_lost_file():
    from linter import languagetool

    with pytest.raises(languagetool.GrammarUnavailable, match="did not answer with JSON"):
        languagetool._parse("http://127.0.0.1:9/v2/", "[" * 100_000)


# --- low: readers ---------------------------------------------------------------------------------

REPLY = "Buyer: I am worried about the price.\n\nRep: I understand the timing is tight, but we need a decision.\n\nDon't worry, it is only a small thing.\n"


def _findings(result) -> list[tuple]:
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)]


def test_utf16_with_a_bom_is_read_as_text(repo):
    (repo / "a.txt").write_text(REPLY, encoding="utf-8")
    (repo / "b.txt").write_bytes(REPLY.encode("utf-16"))  # with its byte-order mark
    (repo / "c.txt").write_bytes(b"\xfe\xff" + REPLY.encode("utf-16-be"))
    results = [cli(["--format", "json", name], repo) for name in ("a.txt", "b.txt", "c.txt")]
    for result in results:
        no_traceback(result)
        assert result.returncode == 1 and b"binary" not in result.stderr
    assert _findings(results[0]) == _findings(results[1]) == _findings(results[2]) != []
    walked = cli(["."], repo)
    assert b"binary" not in walked.stderr and walked.stdout.count(b"b.txt:") == results[1].stdout.count(b'"rule"')


def test_cr_only_markdown_gives_the_findings_of_the_same_txt(repo):
    text = REPLY.replace("\n", "\r")
    (repo / "a.txt").write_bytes(text.encode("utf-8"))
    (repo / "a.md").write_bytes(text.encode("utf-8"))
    txt, md = (cli(["--format", "json", name], repo) for name in ("a.txt", "a.md"))
    assert _findings(txt) and _findings(md) == _findings(txt)


def test_an_unclosed_html_comment_is_a_comment_to_the_end_of_the_file(repo):
    (repo / "a.html").write_text("<p>Thanks for the call today.</p>\n<!-- " + BAIT + "\n", encoding="utf-8")
    result = cli(["a.html"], repo)
    no_traceback(result)
    assert result.returncode == 0 and result.stdout == b""


EML_HEAD = "From: a@example.com\nTo: b@example.com\nSubject: Re: pricing\nMIME-Version: 1.0\n"


def test_multipart_email_without_a_boundary_lints_its_body(repo):
    (repo / "a.eml").write_text(EML_HEAD + "Content-Type: multipart/alternative\n\n" + BAIT + "\n", encoding="utf-8")
    result = cli(["--format", "json", "a.eml"], repo)
    no_traceback(result)
    assert result.returncode == 1 and {"but-bridge", "scripted-empathy"} <= {f[0] for f in _findings(result)}


def test_a_non_ascii_line_in_a_base64_part_is_decoded_leniently(repo):
    import base64

    body = base64.encodebytes((BAIT + "\n").encode("utf-8")).decode("ascii")
    (repo / "a.eml").write_text(
        EML_HEAD + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + body + "café ☕\n",
        encoding="utf-8",
    )
    result = cli(["--format", "json", "a.eml"], repo)
    no_traceback(result)
    assert b"ValueError" not in result.stderr and result.returncode == 1
    assert "but-bridge" in {f[0] for f in _findings(result)}


@pytest.mark.parametrize("encoding", ["base64", "quoted-printable"])
def test_an_encoded_email_costs_what_the_same_text_costs(encoding):
    """Decoded once, mapped by line: a 6 MB base64 part is no 20 s, 1 GB job."""
    import base64
    import quopri
    import time

    from linter.readers import read

    text = ("Hi Dana,\n\n" + BAIT + " Café at 10?\n\n") * 3000
    eml = EML_HEAD + f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {encoding}\n\n"
    encode = base64.encodebytes if encoding == "base64" else quopri.encodestring
    eml += encode(text.encode("utf-8")).decode("ascii")

    def cpu(source: str, name: str) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.process_time()
            read(source, name)
            best = min(best, time.process_time() - started)
        return best

    plain, email_cost = cpu(text, "a.txt"), cpu(eml, "a.eml")
    assert email_cost < 3 * plain + 0.2, (email_cost, plain)
    doc = read(eml, "a.eml")
    assert doc.prose.count("but we need") == 3000


# --- low: exclude globs ---------------------------------------------------------------------------


def test_exclude_is_relative_to_the_config_files_folder(repo):
    (repo / ".empathy-lint.toml").write_text('exclude = ["archive/**"]\n', encoding="utf-8")
    for name in ("archive/old.md", "archive/2020/older.txt", "drafts/new.md", "drafts/archive/kept.md"):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(BAIT + "\n", encoding="utf-8")
    expected = {"drafts/new.md", "drafts/archive/kept.md"}
    for cwd, _prefix in ((repo, ""), (repo / "drafts", "../"), (repo / "archive", "../")):
        result = cli(["--format", "json", os.path.relpath(repo, cwd)], cwd)
        paths = {os.path.relpath(os.path.join(cwd, f["path"]), repo).replace(os.sep, "/") for f in json.loads(result.stdout)}
        assert paths == expected, (cwd, paths)
    # pre-commit names the files: the config's globs apply to them too
    named = cli(["--format", "json", "--", "archive/old.md", "archive/2020/older.txt", "drafts/new.md"], repo)
    assert {f["path"] for f in json.loads(named.stdout)} == {"drafts/new.md"}


def test_20000_exclude_globs_over_1000_files_take_seconds_not_minutes(repo):
    import time

    from linter.files import _compiled, excluded

    globs = [f"nomatch{i}/**" for i in range(10_000)] + [f"drafts/old{i}*" for i in range(10_000)]
    paths = [f"drafts/team{i % 10}/draft{i}.md" for i in range(1000)]
    _compiled.cache_clear()
    started = time.process_time()
    assert not any(excluded(p, globs, str(repo)) for p in paths)
    assert excluded("drafts/old17/x.md", globs) and excluded("nomatch9/a/b.md", globs)
    assert time.process_time() - started < 30


# --- low: one line for the command line's own paths ------------------------------------------------


def _invoke(args, cwd, monkeypatch):
    from click.testing import CliRunner

    from linter.cli import main

    monkeypatch.chdir(cwd)
    monkeypatch.delenv("LANGUAGETOOL_URL", raising=False)
    return CliRunner().invoke(main, args)


def test_an_unreadable_explicit_path_is_one_line_not_a_usage_error(repo, monkeypatch):
    secret = str(repo / "secret.txt")
    (repo / "secret.txt").write_text(BAIT + "\n", encoding="utf-8")
    real_open = os.open

    def guarded_open(file, *args, **kwargs):
        if os.path.abspath(os.fspath(file)) == secret:
            raise PermissionError(13, "Permission denied", file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "access", lambda *a, **k: False)  # what click asks first, as a non-root user would get
    monkeypatch.setattr(os, "open", guarded_open)
    result = _invoke(["secret.txt"], repo, monkeypatch)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["empathy-lint: error: secret.txt: permission denied"]
    (repo / "cfg").mkdir()
    result = _invoke(["--config", "cfg", "secret.txt"], repo, monkeypatch)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1 and "Usage" not in result.stderr
    assert result.stderr.startswith("empathy-lint: error: cfg:")


# --- low: config that a new user writes ----------------------------------------------------------


def test_an_extra_phrase_that_looks_like_a_merge_field_is_matched(repo):
    (repo / ".empathy-lint.toml").write_text('[rules.but-bridge]\nextra-phrases = ["[x]"]\n', encoding="utf-8")
    (repo / "a.txt").write_text("Thanks Dana. [x], but we need a decision. Could we meet Tuesday?\n", encoding="utf-8")
    result = cli(["--format", "json", "a.txt"], repo)
    assert ("but-bridge", 1, 19) in _findings(result)


def test_a_typo_in_an_inline_control_rule_id_is_one_warning_line(repo):
    (repo / "c.md").write_text(
        "Thanks Dana.\n<!-- empathy-lint: disable scripted-empathys, but-bridge -->\n" + BAIT + "\n", encoding="utf-8"
    )
    result = cli(["c.md"], repo)
    clean_streams(result)
    assert result.returncode == 1 and b"scripted-empathy [" in result.stdout and b"but-bridge" not in result.stdout
    assert errors(result) == [
        "empathy-lint: c.md:2: unknown rule id 'scripted-empathys' in an inline control comment (see empathy-lint --list-rules)"
    ]


# --- low: what the walk skips is said -------------------------------------------------------------


def test_an_empty_folder_is_one_notice_line(repo):
    (repo / "empty").mkdir()
    result = cli(["empty"], repo)
    assert result.returncode == 0 and result.stdout == b""
    assert errors(result) == ["empathy-lint: no files to lint in empty"]


def test_folders_and_files_skipped_while_walking_are_said(repo):
    for name in ("site", "venv", "node_modules"):
        (repo / "d" / name).mkdir(parents=True)
        (repo / "d" / name / "page.md").write_text(BAIT + "\n", encoding="utf-8")
    (repo / "d" / "ok.txt").write_text("Thanks for the call today.\n", encoding="utf-8")
    (repo / "d" / "a.md").write_bytes(b"\x00\x01binary")
    (repo / "d" / "b.md").write_bytes(b"\x00\x02binary")
    (repo / ".empathy-lint.toml").write_text("max-file-size = 100\n", encoding="utf-8")
    (repo / "d" / "big.txt").write_text("Thanks. " * 50, encoding="utf-8")
    result = cli(["d"], repo)
    clean_streams(result)
    assert result.returncode == 0
    lines = errors(result)
    for name in ("site", "venv", "node_modules"):
        assert any(f"d/{name}: folder not walked" in ln for ln in lines), lines
    assert lines[-1].startswith("empathy-lint: 3 files or folders skipped")
    assert sum("(skipped)" in ln for ln in lines) == 3
    strict = cli(["--strict", "d"], repo)
    assert strict.returncode == 2 and errors(strict)[-1].endswith("(--strict: exit status 2)")


def test_an_unreadable_folder_met_while_walking_is_a_skip(repo, monkeypatch):
    (repo / "d" / "locked").mkdir(parents=True)
    (repo / "d" / "ok.txt").write_text("Thanks for the call today.\n", encoding="utf-8")
    locked = str(repo / "d" / "locked")
    real_scandir = os.scandir

    def guarded(path="."):
        if os.path.abspath(os.fspath(path)) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    result = _invoke(["d"], repo, monkeypatch)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"empathy-lint: {os.path.join('d', 'locked')}: cannot read folder: Permission denied (skipped)"]
    result = _invoke(["--strict", "d"], repo, monkeypatch)
    assert result.exit_code == 2
