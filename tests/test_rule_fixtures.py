"""Every rule's fixture: flagged cases at the expected line:column, quiet otherwise."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import linter
from linter.config import Config
from linter.rules import DOCUMENT, REGISTRY, scope

FIXTURES = Path(__file__).parent / "fixtures"
#: Rules that look at one document; those that look across many files are tested with many (test_library.py).
DOCUMENT_RULES = [rule_id for rule_id, module in REGISTRY.items() if scope(module) == DOCUMENT]


def _cases():
    for rule_id in DOCUMENT_RULES:
        path = FIXTURES / f"{rule_id}.toml"
        if not path.exists():
            continue
        data = tomllib.loads(path.read_text("utf-8"))
        for kind in ("flagged", "not-flagged"):
            for case in data.get(kind, []):
                yield pytest.param(rule_id, kind, case, id=f"{rule_id}:{kind}:{case['name']}")


def test_every_rule_has_a_fixture_with_both_kinds():
    for rule_id in DOCUMENT_RULES:
        path = FIXTURES / f"{rule_id}.toml"
        assert path.exists(), f"{rule_id} has no fixture file tests/fixtures/{rule_id}.toml"
        data = tomllib.loads(path.read_text("utf-8"))
        assert data.get("flagged") and data.get("not-flagged"), f"{rule_id}: needs flagged and not-flagged cases"


@pytest.mark.parametrize("rule_id,kind,case", list(_cases()))
def test_fixture(rule_id, kind, case):
    config = Config(select=(rule_id,))
    findings = linter.lint_text(case["text"], case.get("file", "draft.txt"), config)
    got = [f"{f.line}:{f.column}" for f in findings if f.rule == rule_id]
    expected = case.get("at", []) if kind == "flagged" else []
    assert got == expected
