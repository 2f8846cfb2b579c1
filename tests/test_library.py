"""The library check: one empathy line opening a large share of the templates."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import linter
from linter.cli import main
from linter.config import Config, ConfigError
from linter.readers import read
from linter.rules import library_overuse as library

CANNED = "I completely understand how frustrating this must be."
CANNED_KEY = "i completely understand how frustrating this must be"


def template(opener: str, i: int, ext: str = "md") -> str:
    if ext == "html":
        return f"<p>Hi {{{{first_name}}}},</p>\n<p>{opener} Could we talk on Tuesday about item {i}?</p>\n"
    return f"Hi {{{{first_name}}}},\n\n{opener} Could we talk on Tuesday about item {i}?\n"


def make_library(folder, canned: int, total: int, opener: str = CANNED, ext: str = "md"):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(total):
        line = opener if i < canned else f"Thanks for sending over the notes on item {i}."
        (folder / f"t{i:03}.{ext}").write_text(template(line, i, ext), encoding="utf-8")
    return folder


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in (result.stderr or ""), result.stderr
    return result


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- the opener of one file ----------------------------------------------------------


@pytest.mark.parametrize(
    "text,filename,key",
    [
        (template(CANNED, 1), "a.md", CANNED_KEY),
        ("# Price objection\n\nHi {{first_name}},\n\n" + CANNED + "\n", "a.md", CANNED_KEY),
        ("Dear {FirstName},\n\nThanks for the reply. " + CANNED + "\n", "a.txt", CANNED_KEY),
        ("Hi Dana,\n\nThat sounds really frustrating, {{first_name}}. Can we talk?\n", "a.txt", "that sounds really frustrating"),
        (template(CANNED, 1, "html"), "a.html", CANNED_KEY),
        ("Subject: Re: pricing\n\nHi Dana,\n\n" + CANNED + "\n", "a.eml", CANNED_KEY),
        # not an opener: too far into the draft, or no empathy line at all
        ("Hi Dana,\n\nOne. Two. Three. " + CANNED + "\n", "a.txt", None),
        ("Hi Dana,\n\nHere is the deck from Tuesday.\n", "a.txt", None),
        # the buyer's words are not the rep's opener
        ("> I completely understand how frustrating this must be.\n\nHere is the deck.\n", "a.txt", None),
    ],
)
def test_opener(text, filename, key):
    op = library.opener(read(text, filename))
    assert (op.key if op else None) == key


def test_opener_points_at_the_line_in_the_original_file():
    text = "\ufeffHi {{first_name}},\r\n\r\n" + CANNED + "\r\n"
    op = library.opener(read(text, "a.txt"))
    assert (op.line, op.column, op.end_line, op.end_column) == (3, 1, 3, len(CANNED))
    assert text[1:][op.start : op.end] == CANNED[:-1]
    assert op.text == CANNED[:-1]


def test_inline_control_turns_it_off_for_a_file():
    text = "Hi Dana,\n\n<!-- empathy-lint: disable-next-line library-overuse -->\n" + CANNED + "\n"
    assert library.opener(read(text, "a.md")) is None


# --- the threshold -----------------------------------------------------------------------


def openers(canned: int, total: int):
    op = library.Opener(CANNED_KEY, CANNED[:-1], 3, 1, 3, 53, 10, 62)
    return [(f"t{i}.md", op if i < canned else None) for i in range(total)]


@pytest.mark.parametrize(
    "canned,total,reported",
    [
        (3, 10, True),  # 30% of 10
        (2, 10, False),  # exactly 20% is not more than 20%
        (3, 9, False),  # fewer than 10 files: no library to speak of
        (21, 100, True),
        (20, 100, False),
        (1, 1, False),
    ],
)
def test_threshold(canned, total, reported):
    found = library.check(openers(canned, total), library.Settings())
    assert bool(found) is reported
    if reported:
        (overuse,) = found
        assert overuse.count == canned and overuse.total == total
        assert overuse.files == tuple(f"t{i}.md" for i in range(canned))
        assert "Overuse can sound scripted".lower() in overuse.message.lower()
        findings = overuse.findings()
        assert [f.path for f in findings] == list(overuse.files)
        assert {(f.rule, f.severity) for f in findings} == {("library-overuse", "info")}


def test_threshold_is_configurable():
    assert library.check(openers(2, 4), library.Settings(min_files=4, share=0.25))
    assert not library.check(openers(2, 4), library.Settings(min_files=4, share=0.5))
    assert not library.check(openers(2, 4), library.Settings(min_files=5, share=0.1))


# --- settings ------------------------------------------------------------------------------


def test_settings_defaults_and_values():
    assert library.settings(Config()) == library.Settings(10, 0.2)
    cfg = Config(library={"min-files": 4, "share": 0.5}, source="x/pyproject.toml")
    assert library.settings(cfg) == library.Settings(4, 0.5)


@pytest.mark.parametrize(
    "table,words",
    [
        ({"min-file": 3}, "unknown key 'library.min-file'"),
        ({"min-files": 1}, "library.min-files"),
        ({"min-files": "10"}, "library.min-files"),
        ({"min-files": True}, "library.min-files"),
        ({"share": 20}, "library.share"),
        ({"share": 1.0}, "library.share"),
        ({"share": -0.1}, "library.share"),
        ({"share": "20%"}, "library.share"),
    ],
)
def test_settings_errors_name_the_file_and_key(table, words):
    with pytest.raises(ConfigError) as info:
        library.settings(Config(library=table, source="repo/pyproject.toml"))
    assert str(info.value).startswith("repo/pyproject.toml: [tool.empathy-lint]: ")
    assert words in str(info.value)


def test_bad_library_config_is_one_error_line_and_exit_2(here):
    make_library(here / "lib", 3, 10)
    (here / "pyproject.toml").write_text('[tool.empathy-lint.library]\nshare = "lots"\n', encoding="utf-8")
    result = run("lib")
    assert result.exit_code == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "pyproject.toml" in lines[0] and "library.share" in lines[0], result.stderr
    assert result.stdout == ""


# --- through the command line ------------------------------------------------------------


def test_text_report_after_the_findings(here):
    make_library(here / "lib", 4, 12)
    (here / "lib" / "t011.md").write_text("Hi Dana,\n\nThanks, I understand, but we need a decision.\n", encoding="utf-8")
    result = run("lib")
    out = result.stdout.splitlines()
    first_report = next(i for i, line in enumerate(out) if " library-overuse " in line)
    assert any(" but-bridge " in line for line in out[:first_report])
    report = out[first_report:]
    # one finding line per file that opens with the line, after every other finding
    assert [line.split(": library-overuse ")[0] for line in report] == [f"lib/t{i:03}.md:3:1" for i in range(4)]
    message = report[0].split(": library-overuse ")[1]
    assert all(line.endswith(message) for line in report)
    assert "opens 4 of 12 files (33%)" in message and f"“{CANNED[:-1]}”" in message
    # info does not fail the run by default; --fail-on info does
    assert result.exit_code == 1  # the but-bridge warning
    make_library(here / "quiet", 4, 12)
    assert run("--select", "but-bridge,library-overuse", "quiet").exit_code == 0
    assert run("--select", "but-bridge,library-overuse", "--fail-on", "info", "quiet").exit_code == 1


def test_text_report_on_a_terminal_lists_the_files_once(here):
    make_library(here / "lib", 4, 12)
    out = run("--color", "--select", "but-bridge,library-overuse", "lib").stdout
    assert out.count("opens 4 of 12 files") == 1
    for i in range(4):
        assert f"lib/t{i:03}.md:3:1" in out


def test_json_includes_library_objects(here):
    make_library(here / "lib", 4, 12)
    items = json.loads(run("--format", "json", "lib").stdout)
    lib = [i for i in items if i["rule"] == "library-overuse"]
    assert len(lib) == 4
    assert lib[0]["files"] == [f"lib/t{i:03}.md" for i in range(4)]
    assert {i["severity"] for i in lib} == {"info"}
    assert {(i["line"], i["column"]) for i in lib} == {(3, 1)}
    assert all(k in lib[0] for k in ("path", "rule", "severity", "line", "column", "end_line", "end_column", "message", "suggestion"))


def test_github_annotations_for_the_library(here):
    make_library(here / "lib", 4, 12)
    out = run("--format", "github", "lib").stdout
    assert out.count("::notice file=lib/t") == 4
    assert "title=empathy-lint library-overuse" in out


def test_threshold_from_the_config_of_the_library_folder(here):
    make_library(here / "lib", 2, 6)
    assert "library-overuse" not in run("lib").stdout
    (here / "lib" / ".empathy-lint.toml").write_text("[library]\nmin-files = 5\nshare = 0.25\n", encoding="utf-8")
    assert "opens 2 of 6 files" in run("lib").stdout


def test_merge_fields_and_formats_do_not_hide_the_same_line(here):
    lib = here / "lib"
    make_library(lib, 0, 10)
    (lib / "a.html").write_text(template(CANNED, 1, "html"), encoding="utf-8")
    (lib / "b.txt").write_text("Hello [First Name],\n\nI completely understand how FRUSTRATING this must be!\n", encoding="utf-8")
    (lib / "c.md").write_text("Hi %FIRSTNAME%,\n\n" + CANNED + " {% if deal %}Talk soon?{% endif %}\n", encoding="utf-8")
    out = run("lib").stdout
    assert "opens 3 of 13 files (23%)" in out
    assert "lib/a.html:2:4: library-overuse " in out


def test_statistics_count_library_findings(here):
    make_library(here / "lib", 4, 12)
    out = run("--statistics", "lib").stdout
    assert any(line.split() == ["4", "library-overuse"] for line in out.splitlines())


def test_no_library_check_for_few_files(here):
    make_library(here / "lib", 3, 3)
    assert "library-overuse" not in run("lib").stdout


# --- a registered rule, like the others ---------------------------------------------------


def test_it_is_a_registered_rule_of_scope_files():
    from linter.rules import FILES, REGISTRY, get, scope

    assert REGISTRY["library-overuse"] is library and get("library-overuse") is library
    assert scope(library) == FILES
    assert [rid for rid, m in REGISTRY.items() if scope(m) == FILES] == ["library-overuse"]


def test_list_rules_lists_it():
    result = run("--list-rules")
    assert result.exit_code == 0
    (line,) = [ln for ln in result.stdout.splitlines() if ln.startswith("library-overuse ")]
    assert line.split()[1] == "info" and line.endswith("The same empathy line opening many templates reads as scripted.")


def test_explain_prints_its_page():
    result = run("--explain", "library-overuse")
    assert result.exit_code == 0
    assert result.stdout.startswith("# library-overuse (default severity: info)\n")
    assert "## What it does" in result.stdout and "min-files" in result.stdout


def test_ignore_silences_it(here):
    make_library(here / "lib", 4, 12)
    assert "library-overuse" in run("lib").stdout
    result = run("--ignore", "library-overuse", "--fail-on", "info", "--format", "json", "lib")
    assert [i for i in json.loads(result.stdout) if i["rule"] == "library-overuse"] == []


def test_select_keeps_only_it(here):
    make_library(here / "lib", 4, 12)
    (here / "lib" / "t011.md").write_text("Hi Dana,\n\nThanks, I understand, but we need a decision.\n", encoding="utf-8")
    items = json.loads(run("--select", "library-overuse", "--format", "json", "lib").stdout)
    assert len(items) == 4 and {i["rule"] for i in items} == {"library-overuse"}
    # and leaving it out of --select leaves it out of the run
    items = json.loads(run("--select", "but-bridge", "--format", "json", "lib").stdout)
    assert {i["rule"] for i in items} == {"but-bridge"}


def test_config_selects_ignores_and_sets_its_severity_and_options(here):
    make_library(here / "lib", 3, 12)
    conf = here / "lib" / ".empathy-lint.toml"
    conf.write_text('ignore = ["library-overuse"]\n', encoding="utf-8")
    assert "library-overuse" not in run("lib").stdout
    conf.write_text('[severity]\nlibrary-overuse = "warning"\n', encoding="utf-8")
    result = run("--select", "library-overuse", "lib")
    assert "library-overuse [warning]" in result.stdout and result.exit_code == 1
    # its options under [rules.library-overuse], as its page shows, as well as under [library]
    make_library(here / "few", 2, 6)
    (here / "few" / ".empathy-lint.toml").write_text("[rules.library-overuse]\nmin-files = 5\nshare = 0.25\n", encoding="utf-8")
    assert "opens 2 of 6 files" in run("few").stdout
    (here / "few" / ".empathy-lint.toml").write_text("[rules.library-overuse]\nshare = 1.5\n", encoding="utf-8")
    result = run("few")
    assert result.exit_code == 2 and "rules.library-overuse.share" in result.stderr


def test_a_folder_whose_config_ignores_it_leaves_its_files_out(here):
    make_library(here / "lib" / "a", 3, 6)
    make_library(here / "lib" / "b", 3, 6)
    assert "opens 6 of 12 files" in run("lib").stdout
    (here / "lib" / "b" / ".empathy-lint.toml").write_text('ignore = ["library-overuse"]\n', encoding="utf-8")
    out = [ln for ln in run("lib").stdout.splitlines() if " library-overuse " in ln]
    assert [ln.split(":")[0] for ln in out] == [f"lib/a/t{i:03}.md" for i in range(3)]
    assert "opens 3 of 12 files" in out[0]


def test_formats_take_one_list_of_findings():
    from linter.finding import FilesFinding, Finding
    from linter.formats import render, statistics

    own = Finding("a.md", "but-bridge", "warning", 3, 5, 3, 8, "m")
    shared = [FilesFinding(p, "library-overuse", "info", 3, 1, 3, 9, "same line", files=("a.md", "b.md")) for p in ("a.md", "b.md")]
    assert render("text", [own, *shared]).splitlines() == [
        "a.md:3:5: but-bridge [warning] m",
        "a.md:3:1: library-overuse [info] same line",
        "b.md:3:1: library-overuse [info] same line",
    ]
    colored = render("text", [own, *shared], color=True)
    assert colored.count("same line") == 1 and "b.md:3:1" in colored
    assert [i["files"] for i in json.loads(render("json", shared))] == [["a.md", "b.md"]] * 2
    assert "2  library-overuse" in statistics([own, *shared])


def test_lint_text_api_is_unchanged():
    assert all(f.rule != "library-overuse" for f in linter.lint_text(CANNED, "a.txt"))
