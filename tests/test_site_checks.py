"""The site's build-time checks, on small throwaway sites built in-process.

A linted dialogue or a rule example that stops agreeing with the linter must
fail the build; a new rule must get its page without anyone writing one; the
site's own Markdown must pass the linter.
"""

from __future__ import annotations

import logging
import re
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import linter
import linter.rules
import phrasebank
from conftest import site_module
from linter.cli import main

hook = site_module("site_dialogues")

ROOT = Path(__file__).resolve().parent.parent


def build_mini(tmp_path: Path, pages: dict[str, str], caplog) -> tuple[Path, str]:
    """Build a site of ``pages`` with the project's mkdocs.yml; returns (site, errors)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = tmp_path / "docs"
    for name, text in {"index.md": "# Home\n", **pages}.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, "utf-8")
    out = tmp_path / "site"
    config = load_config(
        str(ROOT / "mkdocs.yml"),
        docs_dir=str(docs),
        site_dir=str(out),
        nav=[{"Home": "index.md"}, {"Rules": ["linter/rules/index.md"]}] if "linter/rules/index.md" in pages
        else [{"Home": "index.md"}],
    )
    caplog.set_level(logging.INFO)
    caplog.clear()
    build(config)
    return out, ""


def failing_build(tmp_path, pages, caplog) -> str:
    from mkdocs.exceptions import Abort

    with pytest.raises(Abort):
        build_mini(tmp_path, pages, caplog)
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)


CLEAN = (
    "CFO: Honestly, this comes in well above what we budgeted for.\n"
    "AE: It sounds like budget flexibility is limited right now, and this came in above "
    "what you budgeted for. Would it help to walk through which parts matter most to you?\n"
)
FLAGGED = (
    "CFO: Honestly, this comes in well above what we budgeted for.\n"
    "AE: I completely understand, but our price is fixed.\n"
)


def test_mini_site_builds_with_dialogues_that_agree(tmp_path, caplog):
    out, _ = build_mini(tmp_path, {
        "page.md": f'# Page\n\n```dialogue lint="before"\n{FLAGGED}```\n\n```dialogue lint="after"\n{CLEAN}```\n',
    }, caplog)
    html = (out / "page" / "index.html").read_text("utf-8")
    assert html.count('<div class="ae-dialogue">') == 2
    assert "✓ empathy-lint gives no finding" in html
    for f in linter.lint_text(FLAGGED, filename="dialogue.txt"):
        assert f'href="../linter/rules/{f.rule}/"' in html


def test_lint_before_without_findings_fails_the_build(tmp_path, caplog):
    errors = failing_build(tmp_path, {"page.md": f'# Page\n\n```dialogue lint="before"\n{CLEAN}```\n'}, caplog)
    assert 'page.md: dialogue starting' in errors
    assert 'lint="before" but empathy-lint gives no finding' in errors


def test_lint_after_with_findings_fails_the_build(tmp_path, caplog):
    errors = failing_build(tmp_path, {"page.md": f'# Page\n\n```dialogue lint="after"\n{FLAGGED}```\n'}, caplog)
    assert 'lint="after" but empathy-lint gives' in errors
    assert "scripted-empathy" in errors and "but-bridge" in errors


def test_bad_fence_option_and_unknown_placeholder_fail_the_build(tmp_path, caplog):
    errors = failing_build(tmp_path, {
        "page.md": f'# Page\n\n```dialogue lint="later"\n{CLEAN}```\n\n<!-- phrasebank:situation -->\n\n'
                   "<!-- phrasebank:script no-such-script -->\n",
    }, caplog)
    assert 'lint="later" must be "before" or "after"' in errors
    assert "unknown placeholder <!-- phrasebank:situation -->" in errors
    assert "no-such-script" in errors


def test_a_missing_repository_file_fails_the_build(tmp_path, caplog):
    errors = failing_build(tmp_path, {"page.md": "# Page\n\n<!-- site:lint-output examples/no-such-draft.txt -->\n"}, caplog)
    assert "<!-- site:lint-output examples/no-such-draft.txt -->: no such file in the repository" in errors


def test_placeholders_in_code_blocks_are_left_alone(tmp_path, caplog):
    out, _ = build_mini(tmp_path, {
        "page.md": "# Page\n\n```markdown\n<!-- phrasebank:situations -->\n```\n",
    }, caplog)
    html = (out / "page" / "index.html").read_text("utf-8")
    assert "&lt;!-- phrasebank:situations --&gt;" in html
    assert phrasebank.situations()[0]["prompt_line"] not in html


def _rule_copy(base: str, **changes) -> types.ModuleType:
    """A rule module that behaves like ``base`` with some attributes changed."""
    module = types.ModuleType(f"fake_{base}")
    module.__dict__.update({k: v for k, v in vars(linter.rules.REGISTRY[base]).items() if not k.startswith("__")})
    for key, value in changes.items():
        setattr(module, key, value)
    return module


DOC = '''{summary}

## What it does
Flags a contrastive word after an acknowledgment.

## Why is this bad?
> Replace “but” with “and” to preserve alignment.

## Example
```txt
{example}
```

## Use instead
```dialogue
Buyer: The timing is tight for us.
AE: {instead}
```

## References
- Playbook, "Step-by-Step Playbook": “Replace ‘but’ with ‘and’ to preserve alignment.”
'''


def test_a_new_rule_gets_its_page_with_real_findings(tmp_path, caplog, monkeypatch):
    doc = DOC.format(
        summary="A brand-new rule.",
        example="I understand the timing is tight, but we need a decision by Friday.",
        instead="I understand the timing is tight, and would a call on Thursday help?",
    )
    monkeypatch.setitem(linter.rules.REGISTRY, "brand-new-rule", _rule_copy("but-bridge", ID="brand-new-rule", __doc__=doc))
    out, _ = build_mini(tmp_path, {"linter/rules/index.md": "# Rules\n\n<!-- phrasebank:rules-index -->\n"}, caplog)
    page = (out / "linter" / "rules" / "brand-new-rule" / "index.html").read_text("utf-8")
    assert "A brand-new rule." in page
    assert 'href="./"><code>brand-new-rule</code></a>' in page  # its own finding, linked to itself
    assert "✓ empathy-lint gives no brand-new-rule finding" in page
    index = (out / "linter" / "rules" / "index.html").read_text("utf-8")
    assert 'href="brand-new-rule/"' in index
    nav = (out / "index.html").read_text("utf-8")
    assert "brand-new-rule" in nav  # added to the nav's Rules section


def test_an_example_that_is_not_flagged_fails_the_build(tmp_path, caplog, monkeypatch):
    doc = DOC.format(
        summary="Flag a contrastive but.",
        example="The setup is quick but thorough.",
        instead="I understand the timing is tight, but we need a decision by Friday.",
    )
    monkeypatch.setitem(linter.rules.REGISTRY, "but-bridge", _rule_copy("but-bridge", __doc__=doc))
    errors = failing_build(tmp_path, {}, caplog)
    assert "rule but-bridge: Example block 1 gives no but-bridge finding" in errors
    assert "rule but-bridge: Use instead block 1 gives a but-bridge finding at 2:" in errors


def test_dialogue_html_sets_speakers_directions_and_flags_apart():
    source = (
        "**Buyer:** We lost weeks waiting for fixes.\n"
        "AE: I hear you, but our onboarding is fast. (slight nod)\n"
        "(pause)\n"
        "Salesperson: May I show you what changed?\n"
    )
    html = hook.dialogue_format(source, "dialogue", "dialogue", {}, None)
    assert html.count('class="ae-turn ae-turn--buyer"') == 1
    assert html.count('class="ae-turn ae-turn--rep"') == 2
    assert '<span class="ae-turn__speaker">Buyer<span class="ae-sr">:</span></span>' in html
    assert '<span class="ae-direction">(slight nod)</span>' in html
    assert '<p class="ae-turn ae-turn--direction"><span class="ae-direction">(pause)</span></p>' in html
    assert "**" not in html and "<mark" not in html  # not linted without lint=

    html = hook.dialogue_format(source, "dialogue", "dialogue", {"lint": "before"}, None)
    findings = linter.lint_text(source, filename="dialogue.txt")
    assert findings
    for f in findings:
        assert f'href="ae-rule:{f.rule}"' in html  # made relative by on_page_content
        assert f'<span class="ae-finding__pos">{f.line}:{f.column}</span>' in html
    assert re.search(r'<mark class="ae-flag ae-flag--focus" title="[^"]*but-bridge[^"]*">but</mark>', html)


def test_site_markdown_passes_the_linter():
    result = CliRunner().invoke(main, [str(ROOT / "docs"), "--no-color"])
    assert result.exit_code == 0, result.output


def test_a_line_the_linter_lints_as_the_reps_is_drawn_as_the_reps():
    """``Director`` is no speaker label: after an AE line, its words are the AE's, linted and drawn so."""
    source = (
        "Buyer: We need this fixed by Friday.\n"
        "AE: Thanks for flagging it.\n"
        "Director: I completely understand, but we need a decision.\n"
    )
    findings = linter.lint_text(source, filename="dialogue.txt")
    assert any(f.line == 3 and f.rule == "but-bridge" for f in findings)  # linted as the rep's
    turns = hook.parse_dialogue(source)
    assert [(t.speaker, t.role) for t in turns] == [("Buyer", "buyer"), ("AE", "rep")]
    html = hook.dialogue_format(source, "dialogue", "dialogue", {"lint": "before"}, None)
    turns_html = re.findall(r'<p class="ae-turn ae-turn--(\w+)">(.*?)</p>', html)
    assert [role for role, _ in turns_html] == ["buyer", "rep"]
    assert "Director: I completely understand" in re.sub(r"<[^>]*>", "", turns_html[1][1])
    assert re.search(r'<mark class="ae-flag ae-flag--focus" title="[^"]*but-bridge[^"]*">but</mark>', turns_html[1][1])
