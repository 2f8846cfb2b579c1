"""Configuration: where it is found, what each key does, and one clear line when it is wrong."""

from __future__ import annotations

import json
import os

import pytest

import linter
from conftest import BAIT_NEXT as BAIT
from conftest import one_line_error, run_cli, span_text, write
from linter.config import Config, ConfigError, Finder, load_file

CONCEDE = "You're right, it is too expensive for a team your size."


run = run_cli


def findings(args) -> list[dict]:
    result = run(["--format", "json", *args])
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def rules_for(args) -> set[str]:
    return {d["rule"] for d in findings(args)}


# --- where the config is found -------------------------------------------------------------------


def test_pyproject_table_is_read(chdir_tmp):
    write(chdir_tmp / "pyproject.toml", '[project]\nname = "x"\n\n[tool.empathy-lint]\nignore = ["scripted-empathy"]\n')
    write(chdir_tmp / "a.txt", BAIT)
    assert rules_for(["a.txt"]) == {"but-bridge"}


def test_pyproject_without_our_table_is_skipped_and_the_search_goes_on(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", 'select = ["scripted-empathy"]\n')
    write(chdir_tmp / "sub" / "pyproject.toml", '[project]\nname = "x"\n[tool.black]\nline-length = 100\n')
    write(chdir_tmp / "sub" / "a.txt", BAIT)
    assert rules_for([os.path.join("sub", "a.txt")]) == {"scripted-empathy"}


@pytest.mark.parametrize(
    "content",
    ['ignore = ["scripted-empathy"]\n', '[tool.empathy-lint]\nignore = ["scripted-empathy"]\n'],
    ids=["top-level", "tool-table"],
)
def test_dot_empathy_lint_toml_is_read(chdir_tmp, content):
    write(chdir_tmp / ".empathy-lint.toml", content)
    write(chdir_tmp / "a.txt", BAIT)
    assert rules_for(["a.txt"]) == {"but-bridge"}


def test_config_is_found_by_walking_up_from_the_linted_file_nearest_wins(chdir_tmp):
    write(chdir_tmp / "pyproject.toml", '[tool.empathy-lint]\nignore = ["scripted-empathy"]\n')
    write(chdir_tmp / "team" / ".empathy-lint.toml", 'select = ["scripted-empathy"]\n')
    for folder in ("", "team", "team/deep/deeper", "other"):
        write(chdir_tmp / folder / "a.txt", BAIT)
    by_path = {}
    for d in findings(["."]):
        by_path.setdefault(os.path.normpath(d["path"]), set()).add(d["rule"])
    assert by_path == {
        "a.txt": {"but-bridge"},
        os.path.join("other", "a.txt"): {"but-bridge"},
        os.path.join("team", "a.txt"): {"scripted-empathy"},
        os.path.join("team", "deep", "deeper", "a.txt"): {"scripted-empathy"},
    }


def test_config_is_found_from_the_file_not_from_the_working_directory(tmp_path, monkeypatch):
    project = tmp_path / "project"
    write(project / ".empathy-lint.toml", 'select = ["but-bridge"]\n')
    write(project / "drafts" / "a.txt", BAIT)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert rules_for([str(project / "drafts" / "a.txt")]) == {"but-bridge"}


def test_dot_empathy_lint_toml_wins_over_pyproject_in_the_same_folder(chdir_tmp):
    write(chdir_tmp / "pyproject.toml", '[tool.empathy-lint]\nselect = ["scripted-empathy"]\n')
    write(chdir_tmp / ".empathy-lint.toml", 'select = ["but-bridge"]\n')
    write(chdir_tmp / "a.txt", BAIT)
    assert rules_for(["a.txt"]) == {"but-bridge"}


def test_explicit_config_replaces_the_search(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", 'select = ["scripted-empathy"]\n')
    write(chdir_tmp / "ci" / "strict.toml", 'select = ["but-bridge"]\n')
    write(chdir_tmp / "a.txt", BAIT)
    assert rules_for(["--config", os.path.join("ci", "strict.toml"), "a.txt"]) == {"but-bridge"}
    write(chdir_tmp / "ci" / "pyproject.toml", '[tool.empathy-lint]\nignore = ["but-bridge"]\n')
    assert rules_for(["--config", os.path.join("ci", "pyproject.toml"), "a.txt"]) == {"scripted-empathy"}


def test_config_applies_to_stdin_by_stdin_filename(chdir_tmp):
    write(chdir_tmp / "team" / ".empathy-lint.toml", 'select = ["but-bridge"]\n')
    result = run(["--format", "json", "--stdin-filename", os.path.join("team", "x.md"), "-"], input=BAIT)
    assert {d["rule"] for d in json.loads(result.stdout)} == {"but-bridge"}


# --- what the keys do ---------------------------------------------------------------------------


def test_select_ignore_in_config_and_command_line_together(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", 'select = ["but-bridge", "scripted-empathy", "conceded-fact"]\nignore = ["conceded-fact"]\n')
    write(chdir_tmp / "a.txt", f"{BAIT}\n{CONCEDE}\n")
    assert rules_for(["a.txt"]) == {"but-bridge", "scripted-empathy"}
    assert rules_for(["--ignore", "but-bridge", "a.txt"]) == {"scripted-empathy"}
    assert rules_for(["--select", "but-bridge", "a.txt"]) == {"but-bridge"}


def test_select_as_comma_string_in_config(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", 'select = "but-bridge, conceded-fact"\n')
    write(chdir_tmp / "a.txt", f"{BAIT}\n{CONCEDE}\n")
    assert rules_for(["a.txt"]) == {"but-bridge", "conceded-fact"}


def test_fail_on_in_config_and_overridden_on_the_command_line(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", 'fail-on = "error"\n')
    write(chdir_tmp / "a.txt", BAIT)  # warnings only
    assert run(["a.txt"]).exit_code == 0
    assert run(["--fail-on", "warning", "a.txt"]).exit_code == 1


@pytest.mark.parametrize(
    "toml",
    [
        '[tool.empathy-lint.rules.but-bridge]\nseverity = "error"\n',
        '[tool.empathy-lint]\nfail-on = "error"\n[tool.empathy-lint.rules.but-bridge]\nseverity = "error"\n',
    ],
    ids=["default-fail-on", "fail-on-error"],
)
def test_per_rule_severity_changes_json_and_exit_status(chdir_tmp, toml):
    write(chdir_tmp / "pyproject.toml", toml)
    write(chdir_tmp / "a.txt", BAIT)
    sev = {d["rule"]: d["severity"] for d in findings(["a.txt"])}
    assert sev == {"but-bridge": "error", "scripted-empathy": "warning"}
    assert run(["a.txt"]).exit_code == 1
    assert run(["--fail-on", "error", "a.txt"]).exit_code == 1
    assert run(["--fail-on", "error", "--ignore", "but-bridge", "a.txt"]).exit_code == 0


def test_per_rule_severity_info_lets_the_run_pass(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", '[rules.but-bridge]\nseverity = "info"\n[rules.scripted-empathy]\nseverity = "info"\n')
    write(chdir_tmp / "a.txt", BAIT)
    sev = {d["rule"]: d["severity"] for d in findings(["a.txt"])}
    assert sev == {"but-bridge": "info", "scripted-empathy": "info"}
    assert run(["a.txt"]).exit_code == 0
    assert run(["--fail-on", "info", "a.txt"]).exit_code == 1


#: One phrase a sentence: a rule reports a sentence at most once.
EXTRA = "We said a+b (c) today.\nThen (x|y) here.\nThen .* there.\nThen ^$ again.\nThen a\\d too.\nCould we meet Tuesday at 10?"


def test_extra_phrases_are_literal(chdir_tmp):
    write(
        chdir_tmp / ".empathy-lint.toml",
        '[rules.scripted-empathy]\nextra-phrases = ["a+b (c)", "(x|y)", ".*", "^$", "a\\\\d"]\n',
    )
    write(chdir_tmp / "a.txt", EXTRA)
    result = run(["--format", "json", "--select", "scripted-empathy", "a.txt"])
    assert result.exit_code == 1, result.stderr
    spans = sorted((d["line"], d["column"], d["end_column"]) for d in json.loads(result.stdout))
    lines = EXTRA.split("\n")
    got = [lines[n - 1][c - 1 : e - 1] for n, c, e in spans]
    assert got == ["a+b (c)", "(x|y)", ".*", "^$", "a\\d"]


def test_extra_phrases_do_not_match_as_regular_expressions(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", '[rules.scripted-empathy]\nextra-phrases = ["a+b (c)", "x.y"]\n')
    write(chdir_tmp / "a.txt", "We said aab c and xzy today. Could we meet Tuesday at 10?")
    assert findings(["--select", "scripted-empathy", "a.txt"]) == []


def test_extra_phrases_match_smart_quotes_and_case_like_the_lists(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", "[rules.scripted-empathy]\nextra-phrases = [\"we're on it\"]\n")
    write(chdir_tmp / "a.txt", "Thanks, Dana. We’re On It. Could we meet Tuesday at 10?")
    data = findings(["--select", "scripted-empathy", "a.txt"])
    assert [(d["column"], d["end_column"]) for d in data] == [(15, 26)]


def test_extra_phrases_for_but_bridge_make_new_acknowledgments(chdir_tmp):
    text = "Heard loud and clear, but we need a decision. Could we meet Tuesday at 10?"
    write(chdir_tmp / "a.txt", text)
    assert "but-bridge" not in rules_for(["a.txt"])
    write(chdir_tmp / ".empathy-lint.toml", '[rules.but-bridge]\nextra-phrases = ["heard loud and clear"]\n')
    data = [d for d in findings(["a.txt"]) if d["rule"] == "but-bridge"]
    assert [(d["column"], d["end_column"]) for d in data] == [(text.index("but") + 1, text.index("but") + 4)]


def test_speaker_labels_are_configurable(chdir_tmp):
    script = (
        "Closer: Thanks for making the time today.\n"
        "Buyer: We got burned by the last vendor’s rollout delays.\n"
        "Closer: Our platform goes live in ten days, guaranteed.\n"
    )
    write(chdir_tmp / "call.txt", script)
    assert "solution-before-acknowledgment" not in rules_for(["call.txt"])  # not a script: no buyer turn
    write(chdir_tmp / ".empathy-lint.toml", '[speakers]\nrep = ["Closer"]\n')
    data = [d for d in findings(["call.txt"]) if d["rule"] == "solution-before-acknowledgment"]
    assert [(d["line"], d["column"]) for d in data] == [(3, len("Closer: ") + 1)]


def test_custom_buyer_label(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", '[speakers]\nbuyer = ["Dana"]\n')
    write(chdir_tmp / "call.txt", "Dana: I completely understand, but we need a decision.\nAE: When works for a call?\n")
    assert findings(["call.txt"]) == []
    write(chdir_tmp / ".empathy-lint.toml", '[speakers]\nrep = ["Dana"]\n')
    assert {d["line"] for d in findings(["call.txt"])} == {1}


def test_speakers_through_the_python_api():
    from linter.readers.speakers import Speakers

    config = Config(speakers=Speakers(("Closer",), ("Buyer",)))
    text = "Buyer: We got burned by rollout delays.\nCloser: Our platform goes live in ten days, guaranteed.\n"
    found = [f for f in linter.lint_text(text, "call.txt", config) if f.rule == "solution-before-acknowledgment"]
    assert [span_text(text, f) for f in found] == ["Our platform goes live in ten days, guaranteed."]


def test_exclude_in_config(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", 'exclude = ["archive", "*.html"]\n')
    for name in ("a.txt", "archive/b.txt", "archive/old/c.md", "d.html", "e.md"):
        write(chdir_tmp / "drafts" / name, BAIT)
    paths = {os.path.normpath(d["path"]) for d in findings(["drafts"])}
    assert paths == {os.path.join("drafts", "a.txt"), os.path.join("drafts", "e.md")}


def test_max_file_size_in_config(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", "max-file-size = 20\n")
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["a.txt"])
    assert result.exit_code == 2
    assert "a.txt" in one_line_error(result.stderr)


# --- broken configs: one line naming the file, exit 2 ------------------------------------------------

BROKEN = [
    ("invalid-toml", "select = [\n", None),
    ("invalid-toml-2", "[rules.but-bridge\nseverity = 'error'\n", None),
    ("unknown-key", "bogus = 1\n", "bogus"),
    ("unknown-key-typo", "fail_on = 'error'\n", "fail_on"),
    ("unknown-rule-select", 'select = ["nope"]\n', "nope"),
    ("unknown-rule-ignore", 'ignore = ["but-bridge", "nope"]\n', "nope"),
    ("unknown-rule-table", "[rules.nope]\nseverity = 'error'\n", "nope"),
    ("unknown-rule-option", "[rules.but-bridge]\ncolour = 'red'\n", "colour"),
    ("wrong-type-select", "select = 3\n", "select"),
    ("wrong-type-ignore", "ignore = true\n", "ignore"),
    ("wrong-type-fail-on", "fail-on = 3\n", "fail-on"),
    ("bad-severity", "fail-on = 'fatal'\n", "fail-on"),
    ("bad-rule-severity", "[rules.but-bridge]\nseverity = 'fatal'\n", "severity"),
    ("wrong-type-exclude", "exclude = 'archive'\n", "exclude"),
    ("wrong-type-extra-phrases", "[rules.scripted-empathy]\nextra-phrases = 'hi'\n", "extra-phrases"),
    ("wrong-type-extra-phrases-items", "[rules.scripted-empathy]\nextra-phrases = [1, 2]\n", "extra-phrases"),
    ("wrong-type-timeout", "[rules.grammar]\ntimeout = 'fast'\n", "rules.grammar.timeout must be a number"),
    ("bool-timeout", "[rules.grammar]\ntimeout = true\n", "rules.grammar.timeout must be a number"),
    ("float-max-request-chars", "[rules.grammar]\nmax-request-chars = 2.5\n", "max-request-chars must be a whole number"),
    ("wrong-type-required", "[rules.grammar]\nrequired = 'yes'\n", "required must be true or false"),
    ("wrong-type-language", "[rules.grammar]\nlanguage = 1\n", "language must be a string"),
    ("not-a-url", "[rules.grammar]\nlanguagetool-url = 'ftp://lt'\n", "languagetool-url must be an http(s) URL"),
    ("top-level-url-not-a-string", "languagetool-url = 3\n", "languagetool-url must be an http(s) URL"),
    ("wrong-type-speakers", "speakers = ['AE']\n", "speakers"),
    ("wrong-type-speakers-rep", "[speakers]\nrep = 'AE'\n", "speakers"),
    ("wrong-type-max-file-size", "max-file-size = '10MB'\n", "max-file-size"),
    ("negative-max-file-size", "max-file-size = -1\n", "max-file-size"),
    ("wrong-type-rules", "rules = 3\n", "rules"),
]


@pytest.mark.parametrize("name", [".empathy-lint.toml", "pyproject.toml"])
@pytest.mark.parametrize("case_id,content,mentions", BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_config_is_one_clear_line(chdir_tmp, name, case_id, content, mentions):
    if name == "pyproject.toml":
        if case_id.startswith("invalid-toml"):
            content = "[tool.empathy-lint]\n" + content
        else:
            content = "[tool.empathy-lint]\n" + content.replace("[rules.", "[tool.empathy-lint.rules.").replace(
                "[speakers]", "[tool.empathy-lint.speakers]"
            )
    write(chdir_tmp / name, content)
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["a.txt"])
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert name in line
    if mentions:
        assert mentions in line
    assert result.stdout == ""


def test_broken_explicit_config_is_one_clear_line(chdir_tmp):
    write(chdir_tmp / "custom.toml", "select = [\n")
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["--config", "custom.toml", "a.txt"])
    assert result.exit_code == 2
    assert "custom.toml" in one_line_error(result.stderr)


def test_missing_explicit_config_is_one_clear_line(chdir_tmp):
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["--config", "nope.toml", "a.txt"])
    assert result.exit_code == 2
    assert "nope.toml" in one_line_error(result.stderr)


def test_config_that_is_not_utf8_is_one_clear_line(chdir_tmp):
    write(chdir_tmp / ".empathy-lint.toml", b"# caf\xe9\nselect = ['but-bridge']\n")
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["a.txt"])
    assert result.exit_code == 2
    assert ".empathy-lint.toml" in one_line_error(result.stderr)


def test_broken_config_found_while_walking_is_one_clear_line(chdir_tmp):
    write(chdir_tmp / "drafts" / "a.txt", BAIT)
    write(chdir_tmp / "drafts" / "team" / ".empathy-lint.toml", "bogus = true\n")
    write(chdir_tmp / "drafts" / "team" / "b.txt", BAIT)
    result = run(["drafts"])
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert "team" in line and "bogus" in line


def test_broken_config_in_the_python_api_raises_config_error(tmp_path):
    bad = write(tmp_path / ".empathy-lint.toml", "bogus = 1\n")
    with pytest.raises(ConfigError, match="bogus"):
        load_file(str(bad))
    with pytest.raises(ConfigError):
        Finder(str(bad))


def test_config_files_are_never_written(chdir_tmp):
    cfg = write(chdir_tmp / ".empathy-lint.toml", 'select = ["but-bridge"]\n')
    py = write(chdir_tmp / "pyproject.toml", "[tool.empathy-lint]\nfail-on = 'error'\n")
    write(chdir_tmp / "a.txt", BAIT)
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in (cfg, py)]
    run(["a.txt"])
    run(["--config", str(py), "a.txt"])
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in (cfg, py)] == before


# --- rule options: typed by the rule's declarations (linter/rules/meta.py) ------------------------


def _grammar_options(table: dict, **overrides) -> dict:
    from linter.config import from_table
    from linter.rules import grammar

    return from_table(table, ".empathy-lint.toml").with_overrides(**overrides).options_of(grammar)


@pytest.mark.parametrize("value", [2.5, 3, 0.5])
def test_a_number_option_takes_a_fraction_or_a_whole_number(value):
    assert _grammar_options({"rules": {"grammar": {"timeout": value}}})["timeout"] == value


def test_options_default_to_their_declarations():
    from linter.rules import grammar, meta

    assert _grammar_options({}) == meta.defaults(grammar)
    assert _grammar_options({})["disabled-rules"] == ("WHITESPACE_RULE",)


def test_a_list_option_is_a_tuple_and_a_url_may_be_host_and_port():
    opts = _grammar_options({"rules": {"grammar": {"disabled-rules": ["A", "B"], "languagetool-url": "localhost:8081"}}})
    assert opts["disabled-rules"] == ("A", "B")
    assert opts["languagetool-url"] == "localhost:8081"


def test_top_level_key_sets_a_declared_option_and_the_rule_table_wins():
    assert _grammar_options({"languagetool-url": "http://a:1"})["languagetool-url"] == "http://a:1"
    table = {"languagetool-url": "http://a:1", "rules": {"grammar": {"languagetool-url": "http://b:2"}}}
    assert _grammar_options(table)["languagetool-url"] == "http://b:2"


def test_command_line_flag_wins_over_the_rule_table():
    assert _grammar_options({})["required"] is False
    assert _grammar_options({}, require_grammar=True)["required"] is True
    assert _grammar_options({"rules": {"grammar": {"required": False}}}, require_grammar=True)["required"] is True
    assert _grammar_options({"rules": {"grammar": {"required": True}}})["required"] is True


def test_wrong_option_type_is_one_line_naming_file_option_and_type(chdir_tmp):
    write(chdir_tmp / "pyproject.toml", '[tool.empathy-lint.rules.grammar]\ntimeout = "10s"\n')
    write(chdir_tmp / "a.txt", BAIT)
    result = run(["a.txt"])
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert "pyproject.toml" in line and "rules.grammar.timeout" in line and "must be a number" in line
    assert '"10s"' in line


def test_timeout_as_a_fraction_lints_as_before(chdir_tmp):
    write(chdir_tmp / "a.txt", CONCEDE)
    before = findings(["a.txt"])
    write(chdir_tmp / ".empathy-lint.toml", "[rules.grammar]\ntimeout = 2.5\n")
    assert findings(["a.txt"]) == before
