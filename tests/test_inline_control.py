"""Inline control comments, in every file type.

``<!-- empathy-lint: disable RULE[,RULE] -->`` … ``<!-- empathy-lint: enable RULE -->``,
``<!-- empathy-lint: disable-next-line RULE -->``, and ``disable`` with no rule
id for all rules. Each document repeats the same bait line; the test checks
which rules are reported on each copy.
"""

from __future__ import annotations

import pytest

import linter
from conftest import BAIT_NEXT as BAIT
from conftest import BAIT_RULES

BB, SE = "but-bridge", "scripted-empathy"
BOTH = {BB, SE}
FORMATS = ["txt", "md", "html", "eml"]

EML_HEAD = (
    "From: Sam Rep <sam@example.com>\nTo: Dana Buyer <dana@example.com>\nSubject: Notes\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
)


def control(body: str) -> str:
    return f"<!-- empathy-lint: {body} -->"


def build(fmt: str, items: list[str]) -> str:
    if fmt == "txt":
        return "\n".join(items) + "\n"
    if fmt == "md":
        return "# Reply\n\n" + "\n\n".join(items) + "\n"
    if fmt == "html":
        body = "\n".join(x if x.startswith("<!--") else f"<p>{x}</p>" for x in items)
        return f"<html>\n<body>\n{body}\n</body>\n</html>\n"
    if fmt == "eml":
        return EML_HEAD + "\n".join(items) + "\n"
    raise AssertionError(fmt)


def per_bait(fmt: str, items: list[str]) -> list[set[str]]:
    """The bait rules reported on each copy of the bait, in order."""
    text = build(fmt, items)
    lines = [i + 1 for i, line in enumerate(text.split("\n")) if BAIT in line]
    assert len(lines) == items.count(BAIT)
    found = linter.lint_text(text, f"draft.{fmt}")
    return [{f.rule for f in found if f.line == n and f.rule in BAIT_RULES} for n in lines]


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_comments_every_copy_is_flagged(fmt):
    assert per_bait(fmt, [BAIT, BAIT, BAIT]) == [BOTH, BOTH, BOTH]


@pytest.mark.parametrize("fmt", FORMATS)
def test_disable_then_enable_one_rule(fmt):
    items = [BAIT, control("disable but-bridge"), BAIT, BAIT, control("enable but-bridge"), BAIT]
    assert per_bait(fmt, items) == [BOTH, {SE}, {SE}, BOTH]


@pytest.mark.parametrize("fmt", FORMATS)
def test_disable_two_rules_comma_separated(fmt):
    items = [BAIT, control("disable but-bridge,scripted-empathy"), BAIT, control("enable scripted-empathy"), BAIT]
    assert per_bait(fmt, items) == [BOTH, set(), {SE}]


@pytest.mark.parametrize("fmt", FORMATS)
def test_disable_without_enable_lasts_to_the_end(fmt):
    items = [BAIT, control("disable scripted-empathy"), BAIT, BAIT]
    assert per_bait(fmt, items) == [BOTH, {BB}, {BB}]


@pytest.mark.parametrize("fmt", FORMATS)
def test_disable_next_line_only_silences_the_next_line(fmt):
    items = [BAIT, control("disable-next-line but-bridge"), BAIT, BAIT]
    assert per_bait(fmt, items) == [BOTH, {SE}, BOTH]


@pytest.mark.parametrize("fmt", FORMATS)
def test_disable_next_line_with_two_rules(fmt):
    items = [control("disable-next-line but-bridge, scripted-empathy"), BAIT, BAIT]
    assert per_bait(fmt, items) == [set(), BOTH]


@pytest.mark.parametrize("fmt", FORMATS)
def test_disable_without_rule_id_disables_all(fmt):
    items = [BAIT, control("disable"), BAIT, BAIT, control("enable"), BAIT]
    assert per_bait(fmt, items) == [BOTH, set(), set(), BOTH]
    text = build(fmt, [control("disable"), BAIT, BAIT])
    assert linter.lint_text(text, f"draft.{fmt}") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_disable_next_line_without_rule_id(fmt):
    items = [control("disable-next-line"), BAIT, BAIT]
    assert per_bait(fmt, items) == [set(), BOTH]


@pytest.mark.parametrize("fmt", FORMATS)
def test_enable_one_rule_after_disable_all(fmt):
    items = [control("disable"), BAIT, control("enable but-bridge"), BAIT]
    assert per_bait(fmt, items) == [set(), {BB}]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_control_on_the_same_line_as_the_finding(fmt):
    text = build(fmt, [BAIT + " " + control("disable-next-line but-bridge"), BAIT])
    found = linter.lint_text(text, f"draft.{fmt}")
    first, second = sorted({f.line for f in found if f.rule in BAIT_RULES})
    assert {f.rule for f in found if f.line == second and f.rule in BAIT_RULES} == {SE}
    assert {f.rule for f in found if f.line == first and f.rule in BAIT_RULES} == BOTH


def test_unknown_rule_in_a_control_comment_does_not_disable_others():
    items = [control("disable no-such-rule"), BAIT]
    assert per_bait("md", items) == [BOTH]


def test_control_comment_does_not_change_positions():
    plain = linter.lint_text("Hi.\n" + BAIT + "\n", "a.txt")
    with_comment = linter.lint_text(control("disable no-such-rule") + "\n" + BAIT + "\n", "a.txt")
    assert [(f.rule, f.line, f.column, f.end_column) for f in with_comment] == [
        (f.rule, f.line, f.column, f.end_column) for f in plain
    ]


def test_control_through_the_command_line(tmp_path):
    from click.testing import CliRunner

    from linter.cli import main

    (tmp_path / "a.md").write_text(build("md", [control("disable"), BAIT]), encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path / "a.md")])
    assert (result.exit_code, result.stdout) == (0, "")
