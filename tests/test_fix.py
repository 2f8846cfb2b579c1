"""``--fix`` and ``--diff``: the but-bridge swap, applied safely.

The property tests build drafts from flagged, unflagged and random pieces,
joined with every newline style, with or without a byte-order mark, in
every reader's format, and prove: only the flagged words change (each
"but" becomes "and"), every other byte is identical, a second run changes
nothing, and a failure at any point of the write leaves the original file
intact.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import linter
from linter import fix
from linter.cli import main
from linter.config import Config

#: Other rules come and go; these tests are about the one fix there is.
ONLY = Config(select=("but-bridge",))

FIXABLE = [
    "I understand the timing is tight, but we need a decision by Friday.",
    "That makes sense, but our price is fixed for this quarter.",
    "You're right that reliability matters, but we can't move the date.",
    "I can see why that worries you, But here's the plan.",
    "I understand, but we need a decision.",
]
FLAGGED_NOT_FIXABLE = [
    "That makes sense. But our price is fixed.",
    "That makes sense. However, our price is fixed.",
    "I understand the concern, however, we need the signature.",
]
QUIET = [
    "The setup is quick but thorough.",
    "Not only is it fast but also cheap.",
    "It was nothing but good news.",
    "You're aiming to scale fast but want to minimize risk.",
    "Hi {{first_name}},",
    "Best, {{sender}}",
    "> I understand, but we need a decision.",
    "Could we talk on Tuesday at 10?",
    "<!-- empathy-lint: disable-next-line but-bridge -->",
]
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " "]
FILENAMES = ["draft.txt", "draft.md", "draft.html", "draft.eml"]

random_words = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz BUTbut,.;!?'’—-é\u00a0\t{}<>")), max_size=40
)
piece = st.one_of(st.sampled_from(FIXABLE + FLAGGED_NOT_FIXABLE + QUIET), random_words)


@st.composite
def drafts(draw):
    pieces = draw(st.lists(piece, min_size=1, max_size=8))
    seps = draw(st.lists(st.sampled_from(NEWLINES), min_size=len(pieces), max_size=len(pieces)))
    body = "".join(p + s for p, s in zip(pieces, seps))
    if draw(st.booleans()):
        body = body.rstrip("\r\n ")  # no final newline
    filename = draw(st.sampled_from(FILENAMES))
    if filename.endswith(".eml"):
        nl = draw(st.sampled_from(["\n", "\r\n"]))
        body = f"Subject: Re: pricing{nl}Content-Type: text/plain; charset=utf-8{nl}{nl}" + body
    bom = "\ufeff" if draw(st.booleans()) else ""
    return bom + body, filename


def body_of(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def lone_cr(text: str) -> bool:
    return bool(re.search(r"\r(?!\n)", text))


def fixed(text: str, filename: str):
    """``fix.fix_text``, or None for the one documented refusal: CR-only newlines in Markdown."""
    try:
        return fix.fix_text(text, filename, ONLY)
    except fix.FixError as exc:
        assert filename.endswith(".md") and lone_cr(text), exc
        assert "CR-only newlines" in str(exc)
        return None


# --- pure: only the flagged words change, and only once ---------------------------------------


@settings(max_examples=300, deadline=None)
@given(drafts())
def test_only_the_flagged_words_change(draft):
    text, filename = draft
    findings = linter.lint_text(text, filename, ONLY)
    result = fixed(text, filename)
    if result is None:
        return
    new, applied = result
    assert {(f.start, f.end) for f in applied} == {(f.start, f.end) for f in fix.fixable(findings)}
    assert all(f.rule == "but-bridge" for f in applied)
    old_body, new_body = body_of(text), body_of(new)
    assert text.startswith("\ufeff") == new.startswith("\ufeff")
    assert len(new_body) == len(old_body)  # "but" and "and" are the same length
    spans = [(f.start, f.end) for f in applied]
    for f in applied:
        assert old_body[f.start : f.end].lower() == "but"
        assert new_body[f.start : f.end] == ("And" if old_body[f.start].isupper() else "and")
    changed = [i for i, (a, b) in enumerate(zip(old_body, new_body)) if a != b]
    assert all(any(a <= i < b for a, b in spans) for i in changed)
    # Put the words back: the original, character for character.
    restored = list(new_body)
    for a, b in spans:
        restored[a:b] = old_body[a:b]
    assert "".join(restored) == old_body


@settings(max_examples=300, deadline=None)
@given(drafts())
def test_a_second_run_changes_nothing(draft):
    text, filename = draft
    result = fixed(text, filename)
    if result is None:
        return
    once, _ = result
    twice, applied = fix.fix_text(once, filename, ONLY)
    assert applied == [] and twice == once
    assert not fix.fixable(linter.lint_text(once, filename, ONLY))


@settings(max_examples=200, deadline=None)
@given(drafts())
def test_other_bytes_identical_bom_and_newlines_kept(draft):
    text, filename = draft
    result = fixed(text, filename)
    if result is None:
        return
    new, applied = result
    old_bytes, new_bytes = text.encode("utf-8"), new.encode("utf-8")
    assert len(old_bytes) == len(new_bytes)
    assert old_bytes.startswith(b"\xef\xbb\xbf") == new_bytes.startswith(b"\xef\xbb\xbf")
    for nl in (b"\r\n", b"\r", b"\n"):
        assert old_bytes.count(nl) == new_bytes.count(nl)
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    byte_spans = [
        (len((bom + body_of(text)[: f.start]).encode("utf-8")), len((bom + body_of(text)[: f.end]).encode("utf-8")))
        for f in applied
    ]
    for i, (a, b) in enumerate(zip(old_bytes, new_bytes)):
        if a != b:
            assert any(x <= i < y for x, y in byte_spans)


@given(st.text(max_size=300), st.sampled_from(["draft.txt", "draft.md", "draft.html"]))
@settings(max_examples=200, deadline=None)
def test_any_text_never_breaks_and_only_buts_change(text, filename):
    new, applied = fix.fix_text(text, filename, ONLY)
    assert len(new) == len(text)
    assert sum(a != b for a, b in zip(text, new)) <= 3 * len(applied)


# --- on disk: the command line ---------------------------------------------------------------


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in (result.stderr or ""), result.stderr
    return result


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts(), st.sampled_from([0o644, 0o600, 0o640, 0o755]))
def test_fix_on_disk_writes_exactly_the_fixed_bytes_and_keeps_the_mode(draft, mode):
    text, filename = draft
    result = fixed(text, filename)
    expected = text if result is None else result[0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / filename
        path.write_bytes(text.encode("utf-8"))
        path.chmod(mode)
        result = run("--fix", "--select", "but-bridge", str(path))
        assert result.exit_code in (0, 1, 2)
        if text.strip():
            assert result.exit_code != 2, result.stderr
        assert path.read_bytes() == expected.encode("utf-8")
        assert stat.S_IMODE(path.stat().st_mode) == mode
        assert os.listdir(folder) == [filename]  # no temporary file left behind
        before = path.read_bytes()
        again = run("--fix", "--select", "but-bridge", str(path))
        assert path.read_bytes() == before
        assert "empathy-lint: fixed" not in again.stderr


FAILURES = ["write", "fsync", "chmod", "replace"]


@settings(max_examples=60, deadline=None)
@given(drafts().filter(lambda d: (fixed(*d) or ("", []))[1]), st.sampled_from(FAILURES))
def test_a_failure_during_the_write_leaves_the_original_intact(draft, where):
    text, filename = draft
    original = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / filename
        path.write_bytes(original)
        findings = linter.lint_text(text, filename, ONLY, path=str(path))
        boom = OSError(28, "No space left on device")
        real_fdopen = os.fdopen

        def fdopen(fd, *args, **kw):
            fh = real_fdopen(fd, *args, **kw)

            class Half:
                def __enter__(self):
                    return self

                def __exit__(self, *exc):
                    fh.close()

                def write(self, data):
                    fh.write(data[: len(data) // 2])
                    raise boom

                def __getattr__(self, name):
                    return getattr(fh, name)

            return Half()

        patches = {
            "write": mock.patch("linter.fix.os.fdopen", fdopen),
            "fsync": mock.patch("linter.fix.os.fsync", side_effect=boom),
            "chmod": mock.patch("linter.fix.os.chmod", side_effect=boom),
            "replace": mock.patch("linter.fix.os.replace", side_effect=boom),
        }
        with patches[where]:
            with pytest.raises(fix.FixError) as info:
                fix.fix_file(str(path), text, findings, write=True)
        assert info.value.write_failed
        assert "No space left on device" in str(info.value) and str(path) in str(info.value)
        assert path.read_bytes() == original
        assert os.listdir(folder) == [filename]
        # And nothing was half-done: a run without the failure fixes it properly.
        fix.fix_file(str(path), text, findings, write=True)
        assert path.read_bytes() == fix.fix_text(text, filename, ONLY)[0].encode("utf-8")


def test_write_failure_through_the_cli_is_one_error_line_and_exit_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FIXABLE[0] + "\n", encoding="utf-8")
    with mock.patch("linter.fix.os.replace", side_effect=PermissionError(13, "Permission denied")):
        result = run("--fix", "--select", "but-bridge", str(path))
    assert result.exit_code == 2
    errors = [ln for ln in result.stderr.splitlines() if "error" in ln]
    assert errors == [f"empathy-lint: error: {path}: not fixed: cannot write: Permission denied"]
    assert path.read_text("utf-8") == FIXABLE[0] + "\n"
    assert f"{path}:1:35: but-bridge" in result.stdout  # the finding is still reported


@pytest.fixture
def drafts_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "drafts"
    d.mkdir()
    (d / "crlf.txt").write_bytes(("\ufeffHi {{first_name}},\r\n\r\n" + FIXABLE[0] + "\r\n" + FLAGGED_NOT_FIXABLE[0] + "\r\n").encode("utf-8"))
    (d / "no-final-newline.md").write_bytes(("# Reply\n\n" + FIXABLE[1]).encode("utf-8"))
    (d / "clean.md").write_text("Thanks for the call today.\n", encoding="utf-8")
    return d


def test_fix_reports_what_is_left(drafts_dir):
    result = run("--fix", "--select", "but-bridge", "drafts")
    assert result.exit_code == 1  # the sentence-start "But" is left for a person to rewrite
    assert result.stdout == (
        "drafts/crlf.txt:4:19: but-bridge [warning] A “But” right after an acknowledgment takes it back; replace it with “and” to preserve alignment.\n"
    )
    assert "fixed 2 findings in 2 files" in result.stderr
    assert (drafts_dir / "crlf.txt").read_bytes() == (
        "\ufeffHi {{first_name}},\r\n\r\n" + FIXABLE[0].replace(", but", ", and") + "\r\n" + FLAGGED_NOT_FIXABLE[0] + "\r\n"
    ).encode("utf-8")
    assert (drafts_dir / "no-final-newline.md").read_bytes() == ("# Reply\n\n" + FIXABLE[1].replace(", but", ", and")).encode("utf-8")
    again = run("--fix", "--select", "but-bridge", "drafts")
    assert "empathy-lint: fixed" not in again.stderr and again.stdout == result.stdout


def test_diff_previews_without_writing(drafts_dir):
    before = {p.name: p.read_bytes() for p in drafts_dir.iterdir()}
    result = run("--diff", "--select", "but-bridge", "drafts")
    assert {p.name: p.read_bytes() for p in drafts_dir.iterdir()} == before
    assert result.exit_code == 1
    out = result.stdout_bytes.decode("utf-8")  # .stdout would turn CRLF into LF
    assert out.startswith("--- a/drafts/crlf.txt\n+++ b/drafts/crlf.txt\n@@ ")
    assert "-I understand the timing is tight, but we need a decision by Friday.\r\n" in out
    assert "+I understand the timing is tight, and we need a decision by Friday.\r\n" in out
    assert "--- a/drafts/no-final-newline.md\n" in out
    assert out.endswith("+" + FIXABLE[1].replace(", but", ", and") + "\n\\ No newline at end of file\n")
    assert "clean.md" not in out
    assert "would fix 2 findings in 2 files (nothing written)" in result.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_diff_applies_with_git_apply(drafts_dir, tmp_path):
    diff = run("--diff", "--select", "but-bridge", "drafts").stdout_bytes
    copy = tmp_path / "copy"
    shutil.copytree(drafts_dir, copy / "drafts")
    (copy / "fix.patch").write_bytes(diff)
    subprocess.run(["git", "apply", "fix.patch"], cwd=copy, check=True, capture_output=True)
    run("--fix", "--select", "but-bridge", "drafts")
    for p in drafts_dir.iterdir():
        assert (copy / "drafts" / p.name).read_bytes() == p.read_bytes(), p.name


def test_no_diff_no_output(drafts_dir):
    result = run("--diff", "--select", "but-bridge", "drafts/clean.md")
    assert result.exit_code == 0 and result.stdout == ""


def test_a_file_not_read_exactly_is_refused(tmp_path):
    eml = tmp_path / "latin1.eml"
    data = (
        "Subject: x\nContent-Type: text/plain; charset=iso-8859-1\n\n"
        "I understand the timing is tight, but we need a decision by Friday, caf\xe9.\n"
    ).encode("latin-1")
    eml.write_bytes(data)
    result = run("--fix", "--select", "but-bridge", str(eml))
    assert eml.read_bytes() == data
    assert f"empathy-lint: {eml}: not fixed: not valid UTF-8" in result.stderr
    assert result.exit_code == 1  # the finding is still there
    assert "but-bridge" in result.stdout


def test_a_file_changed_since_it_was_read_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    text = FIXABLE[0] + "\n"
    path.write_text(text, encoding="utf-8")
    findings = linter.lint_text(text, "a.txt", ONLY, path=str(path))
    path.write_text(text + "P.S. edited meanwhile\n", encoding="utf-8")
    with pytest.raises(fix.FixError, match="changed on disk"):
        fix.fix_file(str(path), text, findings, write=True)
    assert path.read_text("utf-8").endswith("meanwhile\n")


def test_markdown_with_cr_only_newlines_is_refused(tmp_path):
    path = tmp_path / "a.md"
    data = (FIXABLE[0] + "\r" + FIXABLE[1] + "\r\n" + FIXABLE[2] + "\n").encode("utf-8")
    path.write_bytes(data)
    result = run("--fix", "--select", "but-bridge", str(path))
    assert path.read_bytes() == data
    assert f"empathy-lint: {path}: not fixed: it has CR-only newlines the Markdown reader cannot keep" in result.stderr
    # the same text as .txt is read exactly, and fixed
    txt = tmp_path / "a.txt"
    txt.write_bytes(data)
    run("--fix", "--select", "but-bridge", str(txt))
    assert txt.read_bytes() == data.replace(b", but", b", and")


def test_a_fix_that_does_not_settle_is_refused():
    text = FIXABLE[0]
    findings = linter.lint_text(text, "a.txt", ONLY)
    new, _ = fix.apply(text, findings)
    with pytest.raises(fix.FixError, match="does not read the same after the fix"):
        fix.verify(new, lambda t: findings, "a.txt")
    fix.verify(new, lambda t: linter.lint_text(t, "a.txt", ONLY), "a.txt")


def test_a_span_that_does_not_read_as_the_flagged_word_is_refused():
    from dataclasses import replace

    text = FIXABLE[0]
    (f,) = fix.fixable(linter.lint_text(text, "a.txt", ONLY))
    with pytest.raises(fix.FixError, match="does not map back exactly"):
        fix.apply(text, [replace(f, start=f.start + 1, end=f.end + 1)])
    with pytest.raises(fix.FixError):
        fix.apply(text, [replace(f, start=0, end=1)])
    assert fix.apply(text, [f])[0] == text.replace(", but", ", and")


def test_fix_follows_a_symlink_and_keeps_it(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(FIXABLE[1] + "\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run("--fix", "--select", "but-bridge", str(link))
    assert link.is_symlink()
    assert target.read_text("utf-8") == FIXABLE[1].replace(", but", ", and") + "\n"


def test_fix_and_diff_refuse_standard_input():
    result = CliRunner().invoke(main, ["--fix", "-"], input=FIXABLE[0])
    assert result.exit_code == 2
    assert result.stderr.strip() == "empathy-lint: error: --fix works on files, not on standard input ('-')"
    assert CliRunner().invoke(main, ["--diff", "-"], input=FIXABLE[0]).exit_code == 2


def test_fix_in_parallel_gives_the_same_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    parallel, serial = tmp_path / "parallel", tmp_path / "serial"
    parallel.mkdir()
    for i in range(30):
        (parallel / f"d{i:02}.txt").write_text(f"Hi {{{{first_name}}}},\n\n{FIXABLE[i % len(FIXABLE)]}\n", encoding="utf-8")
    shutil.copytree(parallel, serial)
    r1 = run("--fix", "--select", "but-bridge", "--jobs", "4", "parallel")
    r2 = run("--fix", "--select", "but-bridge", "--jobs", "1", "serial")
    assert "fixed 30 findings in 30 files" in r1.stderr and "fixed 30 findings in 30 files" in r2.stderr
    assert r1.stdout.replace("parallel/", "serial/") == r2.stdout
    for i in range(30):
        assert (parallel / f"d{i:02}.txt").read_bytes() == (serial / f"d{i:02}.txt").read_bytes()
        assert b", but " not in (parallel / f"d{i:02}.txt").read_bytes()
