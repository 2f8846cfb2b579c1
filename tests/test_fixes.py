"""Fix safety (ruff's model): --fix applies safe fixes only, --unsafe-fixes the others."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from linter import fixes
from linter.cli import main


@pytest.mark.parametrize(
    "text, safe",
    [
        ("I understand the timing is tight, but we need a decision by Friday.", True),
        ("I understand, but we need a decision.", True),
        ("That makes sense, but our price is fixed for this quarter.", True),
        ("That's understandable, but difficult to scan.", False),  # two descriptions
        ("Yes, we are all in the same channels, but a lot happens in Slack.", False),  # no acknowledgment
        ("It is not authoritative, but we keep it fluid.", False),  # not X but Y
        ("I understand the timing is tight, but the contract says June.", False),  # not the rep's own position
    ],
)
def test_the_but_swap_is_safe_only_in_the_spec_shape(text, safe):
    i = text.index(" but ") + 1
    assert fixes.safe_but_swap(text, i, i + 3) is safe


SAFE = "I understand the timing is tight, but we need a decision by Friday.\n"
UNSAFE = "I understand the timing is tight, but the contract says June.\n"


def run(args):
    return CliRunner().invoke(main, args)


def test_json_carries_fix_safe(tmp_path):
    (tmp_path / "a.txt").write_text(SAFE + UNSAFE)
    data = json.loads(run(["--format", "json", "--select", "but-bridge", str(tmp_path / "a.txt")]).stdout)
    assert [d["fix_safe"] for d in data] == [True, False]


def test_fix_applies_safe_fixes_only_and_unsafe_fixes_with_the_flag(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(SAFE + UNSAFE)
    result = run(["--fix", "--select", "but-bridge", str(p)])
    assert p.read_text() == SAFE.replace(", but", ", and") + UNSAFE
    assert "1 unsafe fix held back" in result.stderr
    run(["--fix", "--unsafe-fixes", "--select", "but-bridge", str(p)])
    assert p.read_text() == (SAFE + UNSAFE).replace(", but", ", and")


def test_diff_lists_unsafe_hunks_as_such(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(SAFE + "\n" * 8 + UNSAFE)
    plain = run(["--diff", "--select", "but-bridge", str(p)])
    assert "unsafe fix" not in plain.stdout and plain.stdout.count("@@ -") == 1
    both = run(["--diff", "--unsafe-fixes", "--select", "but-bridge", str(p)])
    hunks = [ln for ln in both.stdout.splitlines() if ln.startswith("@@ -")]
    assert len(hunks) == 2 and "unsafe fix" not in hunks[0] and "unsafe fix" in hunks[1]
    assert p.read_text() == SAFE + "\n" * 8 + UNSAFE  # nothing written
