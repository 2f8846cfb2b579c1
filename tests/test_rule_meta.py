"""Declared rule metadata (linter/rules/meta.py): the Options and Data sections rendered from it."""

from __future__ import annotations

import re
import types

import pytest

from conftest import run_cli
from linter.rules import REGISTRY, meta


@pytest.mark.parametrize("rule_id", list(REGISTRY))
def test_markdown_has_an_options_table_and_a_data_section(rule_id):
    module = REGISTRY[rule_id]
    md = meta.markdown(module)
    assert md.startswith("## Options\n")
    assert md.count("\n## Data\n") == 1
    options_part, data_part = md.split("\n## Data\n")
    for option in meta.options(module):
        row = next(line for line in options_part.splitlines() if line.startswith(f"| `{option.name}` |"))
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert cells[1] == option.type.name
        assert cells[3].startswith(option.help)
    assert f"[tool.empathy-lint.rules.{rule_id}]" in options_part
    links = re.findall(r"\[`([\w-]+)`\]\((\S+)\)", data_part)
    assert [name for name, _ in links] == list(meta.phrase_lists(module))
    for name, url in links:
        assert url == f"{meta.REPOSITORY}phrasebank/lists/{name}.txt"
    if not meta.phrase_lists(module):
        assert "no phrase list" in data_part


def test_grammar_options_show_their_types_and_where_else_they_are_set():
    md = meta.markdown(REGISTRY["grammar"])
    assert "| `timeout` | number | `10` |" in md
    assert "| `max-request-chars` | integer | `20000` |" in md
    assert "| `disabled-rules` | list of strings | `[\"WHITESPACE_RULE\"]` |" in md
    assert "| `required` | boolean | `false` |" in md and "`--require-grammar` sets it." in md
    assert "The top-level `languagetool-url` key sets it too." in md


def test_a_wrong_default_is_refused_when_the_rule_is_declared():
    with pytest.raises(TypeError, match="timeout"):
        meta.Option("timeout", meta.NUMBER, "10", "Seconds.")


def test_a_dict_of_options_is_refused_with_a_clear_message():
    legacy = types.SimpleNamespace(__name__="legacy", OPTIONS={"min-files": 10})
    with pytest.raises(TypeError, match="Option"):
        meta.options(legacy)


@pytest.mark.parametrize("rule_id", ["grammar", "scripted-empathy"])
def test_explain_shows_options_and_data_before_the_references(rule_id):
    result = run_cli(["--explain", rule_id])
    assert result.exit_code == 0
    out = result.stdout
    assert out.index("## Use instead") < out.index("## Options") < out.index("## Data") < out.index("## References")
    assert out.count("## Options") == 1
