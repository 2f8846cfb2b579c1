"""The command line contract: output formats, exit codes, options, walking, bad input."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import BAIT_NEXT as BAIT
from conftest import one_line_error, run_cli, write

REQUIRED_KEYS = {"path", "rule", "severity", "line", "column", "end_line", "end_column", "message", "suggestion"}
CORE_RULES = ("but-bridge", "scripted-empathy", "conceded-fact", "solution-before-acknowledgment")
TEXT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<rule>[a-z][a-z0-9-]*) \[(?P<severity>error|warning|info)\] (?P<message>\S.*)$")

CONCEDE = "You're right, it is too expensive for a team your size."  # conceded-fact: severity error
CLEAN = "Thanks for walking me through the rollout plan. Would Tuesday at 10 work for a 20-minute call?\n"


run = run_cli


def as_json(result) -> list[dict]:
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


# --- output formats ---------------------------------------------------------------------------


def test_text_format_is_path_line_column_rule_message(chdir_tmp):
    write(chdir_tmp / "draft.txt", f"Hi Dana,\n\n{BAIT}\n")
    result = run(["draft.txt"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    parsed = [TEXT_LINE.match(ln) for ln in lines]
    assert all(parsed), lines
    got = [(m["path"], int(m["line"]), int(m["column"]), m["rule"]) for m in parsed]
    col_but = BAIT.index("but") + 1
    assert got == [("draft.txt", 3, 1, "scripted-empathy"), ("draft.txt", 3, col_but, "but-bridge")]
    assert all(m["message"].strip() for m in parsed)
    assert "\x1b[" not in result.stdout  # plain when not writing to a terminal


def test_text_and_json_agree(chdir_tmp):
    write(chdir_tmp / "a.md", f"# Notes\n\n{BAIT}\n\n{CONCEDE}\n")
    text = run(["a.md"]).stdout.splitlines()
    data = as_json(run(["--format", "json", "a.md"]))
    assert [f"{d['path']}:{d['line']}:{d['column']}: {d['rule']} [{d['severity']}] {d['message']}" for d in data] == text


def test_json_has_the_contract_keys_and_types(chdir_tmp):
    write(chdir_tmp / "a.txt", f"{BAIT}\n{CONCEDE}\n")
    result = run(["--format", "json", "a.txt"])
    assert result.exit_code == 1
    data = as_json(result)
    assert {d["rule"] for d in data} >= {"scripted-empathy", "but-bridge", "conceded-fact"}
    for d in data:
        assert REQUIRED_KEYS <= set(d), d
        assert d["path"] == "a.txt"
        assert d["severity"] in ("error", "warning", "info")
        for key in ("line", "column", "end_line", "end_column"):
            assert isinstance(d[key], int) and d[key] >= 1
        assert (d["line"], d["column"]) < (d["end_line"], d["end_column"])
        assert isinstance(d["message"], str) and d["message"]
        assert d["suggestion"] is None or isinstance(d["suggestion"], str)
    by_rule = {d["rule"]: d for d in data}
    assert by_rule["conceded-fact"]["severity"] == "error"
    assert by_rule["but-bridge"]["severity"] == "warning"
    assert (by_rule["but-bridge"]["line"], by_rule["but-bridge"]["column"]) == (1, BAIT.index("but") + 1)
    assert by_rule["but-bridge"]["end_column"] == BAIT.index("but") + 4


def test_json_of_a_clean_file_is_an_empty_array(chdir_tmp):
    write(chdir_tmp / "a.txt", CLEAN)
    result = run(["--format", "json", "a.txt"])
    assert result.exit_code == 0
    assert as_json(result) == []


@pytest.mark.parametrize("given", ["a.txt", "./a.txt", "sub/../a.txt", "ABSOLUTE"])
def test_json_path_is_as_given(chdir_tmp, given):
    write(chdir_tmp / "a.txt", BAIT)
    (chdir_tmp / "sub").mkdir()
    if given == "ABSOLUTE":
        given = str(chdir_tmp / "a.txt")
    data = as_json(run(["--format", "json", given]))
    assert data and {d["path"] for d in data} == {given}


def test_walked_files_are_reported_under_the_folder_as_given(chdir_tmp):
    write(chdir_tmp / "drafts" / "a.txt", BAIT)
    data = as_json(run(["--format", "json", "drafts"]))
    assert {d["path"] for d in data} == {os.path.join("drafts", "a.txt")}


def test_color_output_groups_by_file_and_shows_suggestions(chdir_tmp):
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["--color", "a.txt"])
    assert result.exit_code == 1
    assert "\x1b[" in result.stdout
    assert result.stdout.count("a.txt") == 1  # grouped: the path once
    assert "but-bridge" in result.stdout and "scripted-empathy" in result.stdout


# --- exit status and --fail-on ------------------------------------------------------------------


def test_exit_0_when_clean_1_with_findings(chdir_tmp):
    write(chdir_tmp / "clean.txt", CLEAN)
    write(chdir_tmp / "bad.txt", BAIT)
    ok = run(["clean.txt"])
    assert (ok.exit_code, ok.stdout) == (0, "")
    assert run(["bad.txt"]).exit_code == 1
    assert run(["clean.txt", "bad.txt"]).exit_code == 1


@pytest.mark.parametrize(
    "fail_on,warnings_only,with_error",
    [("error", 0, 1), ("warning", 1, 1), ("info", 1, 1), (None, 1, 1)],
)
def test_fail_on_sets_the_failing_severity(chdir_tmp, fail_on, warnings_only, with_error):
    write(chdir_tmp / "warn.txt", BAIT)  # two warnings
    write(chdir_tmp / "err.txt", CONCEDE)  # an error
    opts = ["--fail-on", fail_on] if fail_on else []
    assert run([*opts, "warn.txt"]).exit_code == warnings_only
    assert run([*opts, "err.txt"]).exit_code == with_error


def test_fail_on_info_catches_info_findings(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", '[rules.but-bridge]\nseverity = "info"\n')
    write(chdir_tmp / "a.txt", "I understand the timing is tight, but we need a decision. Could we meet Tuesday at 10?\n")
    data = as_json(run(["--format", "json", "a.txt"]))
    assert [(d["rule"], d["severity"]) for d in data] == [("but-bridge", "info")]
    assert run(["a.txt"]).exit_code == 0
    assert run(["--fail-on", "warning", "a.txt"]).exit_code == 0
    assert run(["--fail-on", "info", "a.txt"]).exit_code == 1


def test_fail_on_rejects_an_unknown_severity(chdir_tmp):
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["--fail-on", "fatal", "a.txt"])
    assert result.exit_code == 2


# --- --select / --ignore ------------------------------------------------------------------------


def rules_run(args) -> set[str]:
    return {d["rule"] for d in as_json(run(["--format", "json", *args]))}


def test_select_and_ignore(chdir_tmp):
    write(chdir_tmp / "a.txt", f"{BAIT}\n{CONCEDE}\n")
    assert rules_run(["a.txt"]) == {"scripted-empathy", "but-bridge", "conceded-fact"}
    assert rules_run(["--select", "but-bridge", "a.txt"]) == {"but-bridge"}
    assert rules_run(["--select", "but-bridge,conceded-fact", "a.txt"]) == {"but-bridge", "conceded-fact"}
    assert rules_run(["--select", "but-bridge", "--select", "conceded-fact", "a.txt"]) == {"but-bridge", "conceded-fact"}
    assert rules_run(["--select", " but-bridge , conceded-fact ", "a.txt"]) == {"but-bridge", "conceded-fact"}
    assert rules_run(["--ignore", "but-bridge", "a.txt"]) == {"scripted-empathy", "conceded-fact"}
    assert rules_run(["--ignore", "but-bridge,scripted-empathy", "a.txt"]) == {"conceded-fact"}
    assert rules_run(["--ignore", "but-bridge", "--ignore", "conceded-fact", "a.txt"]) == {"scripted-empathy"}
    assert rules_run(["--select", "but-bridge,conceded-fact", "--ignore", "conceded-fact", "a.txt"]) == {"but-bridge"}


def test_ignoring_the_only_failing_rule_changes_the_exit_status(chdir_tmp):
    write(chdir_tmp / "a.txt", CONCEDE)
    assert run(["a.txt"]).exit_code == 1
    assert run(["--ignore", "conceded-fact", "a.txt"]).exit_code == 0


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["nope", "but-bridge,nope", "but_bridge"])
def test_unknown_rule_id_is_one_error_line(chdir_tmp, option, value):
    write(chdir_tmp / "a.txt", BAIT)
    result = run([option, value, "a.txt"])
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert re.search(r"'(nope|but_bridge)'", line)
    assert result.stdout == ""


# --- --list-rules / --explain ---------------------------------------------------------------------


def test_list_rules_lists_every_core_rule_with_its_severity():
    result = run(["--list-rules"])
    assert result.exit_code == 0
    rows = {ln.split()[0]: ln.split()[1] for ln in result.stdout.splitlines() if ln.strip()}
    assert set(CORE_RULES) <= set(rows)
    assert rows["conceded-fact"] == "error"
    assert all(sev in ("error", "warning", "info") for sev in rows.values())


PLAYBOOK_LINES = {
    "but-bridge": "to preserve alignment",
    "scripted-empathy": "Personalize reflection using buyer's actual words",
    "conceded-fact": "Validate feelings without conceding facts",
    "solution-before-acknowledgment": "empathy must precede persuasion",
}


@pytest.mark.parametrize("rule", CORE_RULES)
def test_explain_prints_the_rule_page_with_its_playbook_line(rule):
    result = run(["--explain", rule])
    assert result.exit_code == 0
    assert rule in result.stdout
    assert PLAYBOOK_LINES[rule] in result.stdout.replace("’", "'")


def test_explain_unknown_rule_is_one_error_line():
    result = run(["--explain", "nope"])
    assert result.exit_code == 2
    assert "nope" in one_line_error(result.stderr)


def test_no_paths_is_a_usage_error():
    result = run([])
    assert result.exit_code == 2
    one_line_error(result.stderr)
    assert result.stdout == ""


# --- folders, --exclude, sorting --------------------------------------------------------------------


def make_tree(root):
    for name in (
        "a.txt", "b.md", "c.markdown", "d.html", "e.htm",
        "sub/f.txt", "sub/deeper/g.md", "sub/deeper/deepest/h.txt",
        "old/i.txt", "old/nested/j.md",
    ):
        write(root / name, BAIT + "\n")
    write(root / "k.eml", "From: a@example.com\nSubject: x\n\n" + BAIT + "\n")
    for name in ("notes.rst", "script.py", "data.json", "README", "sub/x.csv", ".git/l.txt"):
        write(root / name, BAIT + "\n")


def walked_paths(args) -> set[str]:
    return {os.path.relpath(d["path"]) for d in as_json(run(["--format", "json", *args]))}


def test_folders_are_walked_recursively_for_draft_types_only(chdir_tmp):
    make_tree(chdir_tmp / "drafts")
    got = walked_paths(["drafts"])
    want = {
        os.path.join("drafts", p)
        for p in (
            "a.txt", "b.md", "c.markdown", "d.html", "e.htm", "k.eml", "sub/f.txt", "sub/deeper/g.md",
            "sub/deeper/deepest/h.txt", "old/i.txt", "old/nested/j.md",
        )
    }
    assert got == want


def test_configured_extensions_choose_what_is_walked(chdir_tmp):
    make_tree(chdir_tmp / "drafts")
    # drafts/ holds a .git folder: it is a repository root, where the walk up for a config stops
    write(chdir_tmp / "drafts" / ".empathy-lint.toml", 'extensions = ["md"]\n')
    got = walked_paths(["drafts"])
    assert got == {os.path.join("drafts", p) for p in ("b.md", "sub/deeper/g.md", "old/nested/j.md")}


def test_a_file_named_on_the_command_line_is_linted_whatever_its_extension(chdir_tmp):
    write(chdir_tmp / "notes.rst", BAIT + "\n")
    assert run(["notes.rst"]).exit_code == 1


@pytest.mark.parametrize(
    "patterns,gone",
    [
        (["old"], {"old/i.txt", "old/nested/j.md"}),
        (["drafts/old"], {"old/i.txt", "old/nested/j.md"}),
        (["*.md"], {"b.md", "sub/deeper/g.md", "old/nested/j.md"}),
        (["**/deeper/*"], {"sub/deeper/g.md", "sub/deeper/deepest/h.txt"}),
        (["old", "*.htm*"], {"old/i.txt", "old/nested/j.md", "d.html", "e.htm"}),
    ],
)
def test_exclude_globs(chdir_tmp, patterns, gone):
    make_tree(chdir_tmp / "drafts")
    everything = walked_paths(["drafts"])
    args = [a for p in patterns for a in ("--exclude", p)]
    got = walked_paths([*args, "drafts"])
    assert got == everything - {os.path.join("drafts", g) for g in gone}


def test_output_is_sorted_by_path_line_column(chdir_tmp):
    write(chdir_tmp / "z.txt", f"{CLEAN}{BAIT}\n{CONCEDE} {BAIT}\n")
    write(chdir_tmp / "m.md", f"{BAIT}\n")
    write(chdir_tmp / "d" / "b.txt", f"{CONCEDE}\n\n{BAIT}\n")
    write(chdir_tmp / "d" / "a" / "c.html", f"<p>{CONCEDE}</p>\n<p>{BAIT} {BAIT}</p>\n")
    args = ["z.txt", "d", "m.md"]  # deliberately not in order
    data = as_json(run(["--format", "json", *args]))
    keys = [(d["path"], d["line"], d["column"]) for d in data]
    assert len(keys) >= 12
    assert keys == sorted(keys)
    assert keys[0][0] == os.path.join("d", "a", "c.html") and keys[-1][0] == "z.txt"
    text = run(args).stdout.splitlines()
    assert [tuple(TEXT_LINE.match(t).group("path", "line", "column")) for t in text] == [
        (p, str(ln), str(c)) for p, ln, c in keys
    ]


def test_every_plain_text_line_is_a_finding_line(chdir_tmp):
    """Editors and CI problem matchers parse `path:line:column: rule-id message`, line by line."""
    for i in range(12):  # a template library: every file opens with the same line
        write(chdir_tmp / "library" / f"t{i:02d}.md", f"Hi {{{{first_name}}}},\n\n{BAIT}\n")
    result = run(["library"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) >= 24
    assert [ln for ln in lines if not TEXT_LINE.match(ln)] == []


def test_many_files_give_the_same_output_in_parallel_and_serially(chdir_tmp):
    for i in range(30):
        write(chdir_tmp / "many" / f"{i:02d}.txt", BAIT if i % 2 else CONCEDE)
    serial = run(["--format", "json", "-j", "1", "many"])
    parallel = run(["--format", "json", "-j", "4", "many"])
    assert serial.exit_code == parallel.exit_code == 1
    assert as_json(serial) == as_json(parallel)
    per_file = [d for d in as_json(serial) if d["rule"] != "library-overuse"]
    assert len(per_file) == 15 * 2 + 15


# --- standard input ---------------------------------------------------------------------------------


def test_stdin_dash(chdir_tmp):
    result = run(["--format", "json", "-"], input=BAIT)
    assert result.exit_code == 1
    data = as_json(result)
    assert {d["path"] for d in data} == {"-"}
    assert {d["rule"] for d in data} == {"scripted-empathy", "but-bridge"}


def test_stdin_filename_chooses_the_reader(chdir_tmp):
    fenced = f"Notes:\n\n```\n{BAIT}\n```\n"
    as_md = run(["--format", "json", "--stdin-filename", "x.md", "-"], input=fenced)
    as_txt = run(["--format", "json", "--stdin-filename", "x.txt", "-"], input=fenced)
    assert (as_md.exit_code, as_json(as_md)) == (0, [])
    assert as_txt.exit_code == 1 and {d["rule"] for d in as_json(as_txt)} == {"scripted-empathy", "but-bridge"}
    assert {d["path"] for d in as_json(as_txt)} == {"-"}
    html = f"<p>{BAIT}</p><!-- {BAIT} -->"
    found = as_json(run(["--format", "json", "--stdin-filename", "x.html", "-"], input=html))
    assert [(d["line"], d["column"]) for d in found] == [(1, 4), (1, 4 + BAIT.index("but"))]


def test_stdin_invalid_utf8_is_one_error_line(chdir_tmp):
    result = run(["-"], input=b"caf\xe9 " + BAIT.encode())
    assert result.exit_code == 2
    one_line_error(result.stderr)


# --- bad input ----------------------------------------------------------------------------------------


def test_missing_path_is_an_error_but_other_files_are_still_linted(chdir_tmp):
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["missing.txt", "a.txt"])
    assert result.exit_code == 2
    assert "missing.txt" in one_line_error(result.stderr)
    assert "a.txt:1:1: scripted-empathy" in result.stdout


def test_a_directory_is_walked_not_an_error(chdir_tmp):
    write(chdir_tmp / "drafts.txt" / "inner.md", BAIT)  # a folder named like a file
    result = run(["--format", "json", "drafts.txt"])
    assert result.exit_code == 1
    assert {d["path"] for d in as_json(result)} == {os.path.join("drafts.txt", "inner.md")}
    assert result.stderr == ""


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_is_one_error_line(chdir_tmp):
    path = write(chdir_tmp / "secret.txt", BAIT)
    path.chmod(0)
    try:
        result = run(["secret.txt"])
    finally:
        path.chmod(0o644)
    assert result.exit_code == 2
    assert "secret.txt" in one_line_error(result.stderr)


def test_permission_denied_is_one_error_line_even_as_root(chdir_tmp, monkeypatch):
    """The same as the chmod test, by making the read itself fail (root can read a chmod 000 file)."""
    secret = os.path.abspath("secret.txt")
    real_open = os.open  # files are opened with os.open (O_NONBLOCK: a FIFO cannot hang the run)

    def guarded_open(file, *args, **kwargs):
        if os.path.abspath(os.fspath(file)) == secret:
            raise PermissionError(13, "Permission denied", file)
        return real_open(file, *args, **kwargs)

    write(chdir_tmp / "secret.txt", BAIT)
    write(chdir_tmp / "ok.txt", BAIT)
    monkeypatch.setattr(os, "open", guarded_open)
    result = run(["-j", "1", "secret.txt", "ok.txt"])
    assert result.exit_code == 2
    assert "secret.txt" in one_line_error(result.stderr)
    assert "ok.txt:1:1:" in result.stdout


def test_binary_file_named_on_the_command_line_is_an_error(chdir_tmp):
    write(chdir_tmp / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run(["photo.txt"])
    assert result.exit_code == 2
    assert "photo.txt" in one_line_error(result.stderr)
    assert result.stdout == ""


def test_binary_file_met_while_walking_is_skipped_with_a_notice(chdir_tmp):
    write(chdir_tmp / "drafts" / "photo.md", b"\x00\x01\x02binary\x00")
    write(chdir_tmp / "drafts" / "clean.txt", CLEAN)
    result = run(["drafts"])
    assert result.exit_code == 0
    assert "photo.md" in one_line_error(result.stderr)
    write(chdir_tmp / "drafts" / "bad.txt", BAIT)
    result = run(["drafts"])
    assert result.exit_code == 1
    assert "photo.md" in one_line_error(result.stderr)


@pytest.mark.parametrize("where", ["named", "walked"])
def test_invalid_utf8_is_an_error_naming_the_file(chdir_tmp, where):
    write(chdir_tmp / "drafts" / "latin1.txt", "Caf\u00e9 notes. ".encode("latin-1") + BAIT.encode())
    result = run([os.path.join("drafts", "latin1.txt") if where == "named" else "drafts"])
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert "latin1.txt" in line and "UTF-8" in line


@pytest.mark.parametrize("content", ["", "\n\n  \n", "\ufeff"])
def test_empty_file_is_fine_with_a_notice(chdir_tmp, content):
    write(chdir_tmp / "empty.md", content)
    result = run(["empty.md"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "empty.md" in one_line_error(result.stderr)


def test_file_over_the_configured_size_limit(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", "max-file-size = 100\n")
    write(chdir_tmp / "big.txt", (CLEAN * 5))
    write(chdir_tmp / "small.txt", BAIT)
    result = run(["big.txt", "small.txt"])
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert "big.txt" in line and "max-file-size" in line
    assert "small.txt:1:1: scripted-empathy" in result.stdout


def test_file_over_the_limit_met_while_walking_is_reported(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", "max-file-size = 100\n")
    write(chdir_tmp / "drafts" / "big.txt", (BAIT + "\n") * 5)
    result = run(["drafts"])
    assert "big.txt" in one_line_error(result.stderr)
    assert result.stdout == ""


def test_fifty_megabyte_file_is_refused_in_one_line(tmp_path):
    exe = shutil.which("empathy-lint")
    assert exe, "the empathy-lint script is not installed"
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        line = (BAIT + "\n").encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert big.stat().st_size > 50 * 1024 * 1024
    proc = subprocess.run([exe, str(big)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    line = one_line_error(proc.stderr)
    assert "huge.txt" in line
    assert proc.stdout == ""


def test_an_eml_that_is_not_an_email_is_one_error_line(chdir_tmp):
    write(chdir_tmp / "note.eml", "\n\nJust a note, no headers at all.\n")
    result = run(["note.eml"])
    assert result.exit_code == 2
    assert "note.eml" in one_line_error(result.stderr)


def snapshot(root) -> dict:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.stat(p)
            content = None if os.path.isdir(p) else open(p, "rb").read()
            out[os.path.relpath(p, root)] = (st.st_mtime_ns, st.st_mode, content)
    return out


def test_linting_never_writes_to_any_file(chdir_tmp):
    make_tree(chdir_tmp / "drafts")
    write(chdir_tmp / "drafts" / ".empathy-lint.toml", 'fail-on = "error"\n')
    write(chdir_tmp / "drafts" / "pyproject.toml", "[tool.other]\nx = 1\n")
    write(chdir_tmp / "drafts" / "crlf.txt", (BAIT + "\r\n") * 3)
    write(chdir_tmp / "drafts" / "bin.md", b"\x00\x01")
    before = snapshot(chdir_tmp)
    for args in (["drafts"], ["--format", "json", "drafts"], ["--color", "drafts"], ["-j", "2", "drafts"]):
        run(args)
    run(["--stdin-filename", "drafts/x.md", "-"], input=BAIT)
    assert snapshot(chdir_tmp) == before


# --- the real script --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exe():
    path = shutil.which("empathy-lint")
    assert path, "the empathy-lint script is not installed (pip install -e '.[test]')"
    return path


def test_script_lints_a_file(exe, tmp_path):
    write(tmp_path / "draft.md", f"# Reply\n\n{BAIT}\n")
    proc = subprocess.run([exe, "draft.md"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "draft.md:3:1: scripted-empathy [warning] " + TEXT_LINE.match(proc.stdout.splitlines()[0])["message"],
        "draft.md:3:26: but-bridge [warning] " + TEXT_LINE.match(proc.stdout.splitlines()[1])["message"],
    ]
    assert "\x1b[" not in proc.stdout
    assert proc.stderr == ""


def test_script_reads_stdin_and_writes_json(exe, tmp_path):
    proc = subprocess.run(
        [exe, "--format", "json", "--stdin-filename", "reply.txt", "-"],
        input=f"Hi Dana,\n{BAIT}\n", capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert [(d["path"], d["rule"], d["line"], d["column"]) for d in data] == [
        ("-", "scripted-empathy", 2, 1),
        ("-", "but-bridge", 2, 26),
    ]


def test_script_exit_codes_and_no_traceback(exe, tmp_path):
    write(tmp_path / "clean.txt", CLEAN)
    write(tmp_path / "bad.txt", b"\xff\xfe\xfa not utf-8")
    clean = subprocess.run([exe, "clean.txt"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")
    bad = subprocess.run([exe, "bad.txt", "missing.md"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    errors = bad.stderr.splitlines()
    assert len(errors) == 2
    assert any("bad.txt" in e for e in errors) and any("missing.md" in e for e in errors)
    none = subprocess.run([exe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert none.returncode == 2 and len(none.stderr.splitlines()) == 1


def test_module_and_script_agree(exe, tmp_path):
    write(tmp_path / "a.txt", f"{BAIT}\n{CONCEDE}\n")
    via_script = subprocess.run([exe, "--format", "json", "a.txt"], capture_output=True, text=True, cwd=tmp_path)
    via_module = subprocess.run(
        [sys.executable, "-m", "linter.cli", "--format", "json", "a.txt"], capture_output=True, text=True, cwd=tmp_path
    )
    assert via_script.returncode == via_module.returncode == 1
    assert json.loads(via_script.stdout) == json.loads(via_module.stdout)
