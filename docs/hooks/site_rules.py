"""Rule pages: one page per rule of the registry, generated from the rule module.

:func:`rule_page_md` renders the page of one rule from its module: the
docstring's summary and sections, the default severity, the options, links to
the playbook; its Example / Use instead blocks are linted at build time with
:func:`linter.lint_text` (an Example must give the rule's finding, a Use
instead block must not). Also here: the rules index and the CLI options
table of the usage page, generated from the click command.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any

from linter.rules import summary
from linter.rules.meta import markdown as meta_markdown
from linter.rules.meta import toml_value
from site_dialogues import parse_dialogue, render_clean, render_code, render_dialogue, render_findings
from site_state import FENCE, STATE, attr, esc, lint, md_cell, registry, relative_md, slug

#: Fence languages of documented examples and the file name each is linted as.
EXAMPLE_FILENAMES = {
    "txt": "example.txt",
    "text": "example.txt",
    "dialogue": "example.txt",
    "md": "example.md",
    "markdown": "example.md",
    "eml": "example.eml",
    "email": "example.eml",
    "html": "example.html",
    "htm": "example.html",
}

#: The rules index generated when ``docs/linter/rules/index.md`` is missing.
RULES_INDEX_PAGE = "# Rules\n\n<!-- phrasebank:rules-index -->\n"


def _docstring_sections(doc: str) -> tuple[str, str, list[tuple[str, str]]]:
    """(summary, intro, [(heading, body), ...]) of a rule docstring."""
    lines = inspect.cleandoc(doc or "").splitlines()
    head = lines[0].strip() if lines else ""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    fence: str | None = None
    for line in lines[1:]:
        m = FENCE.match(line)
        if m:
            if fence is None:
                fence = m.group("marker")
            elif m.group("marker")[0] == fence[0] and len(m.group("marker")) >= len(fence):
                fence = None
        if fence is None and line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
        else:
            intro.append(line)
    return head, "\n".join(intro).strip(), [(h, "\n".join(b).strip()) for h, b in sections]


def _code_blocks(body: str) -> list[tuple[str, str] | tuple[str, str, str]]:
    """Split ``body`` into ("text", md) and ("code", lang, source) parts."""
    parts: list = []
    text: list[str] = []
    code: list[str] = []
    fence = lang = None
    for line in body.split("\n"):
        m = FENCE.match(line)
        if fence is None and m:
            if text:
                parts.append(("text", "\n".join(text)))
                text = []
            fence, lang, code = m.group("marker"), m.group("info").strip().split(" ")[0], []
            continue
        if fence is not None:
            if m and m.group("marker")[0] == fence[0] and len(m.group("marker")) >= len(fence) and not m.group("info").strip():
                parts.append(("code", lang, "\n".join(code)))
                fence = None
            else:
                code.append(line)
            continue
        text.append(line)
    if fence is not None:  # unclosed: keep as text
        text.extend([fence + (lang or "")] + code)
    if text:
        parts.append(("text", "\n".join(text)))
    return parts


def _example(rule_id: str, kind: str, number: int, lang: str, source: str) -> str:
    label = "Example" if kind == "bad" else "Use instead"
    where = f"rule {rule_id}: {label} block {number}"
    filename = EXAMPLE_FILENAMES.get(lang.lower())
    if filename is None:
        # Not a draft (a console session, a config file): shown as it is.
        return f"```{lang}\n{source}\n```"
    try:
        findings = lint(source, filename)
    except Exception as exc:
        STATE.problem(f"{where}: the linter failed: {exc!r}")
        findings = []
    own = [f for f in findings if f.rule == rule_id]
    if lang.lower() == "dialogue":
        shown = render_dialogue(parse_dialogue(source, filename), findings, rule_id)
    else:
        shown = render_code(source, findings, rule_id)
    if kind == "bad":
        if not own:
            STATE.problem(f"{where} gives no {rule_id} finding (got: {', '.join(f.rule for f in findings) or 'none'})")
        result = render_findings(findings)
    else:
        if own:
            listed = "; ".join(f"{f.line}:{f.column}" for f in own)
            STATE.problem(f"{where} gives a {rule_id} finding at {listed}")
        result = render_clean(f"✓ empathy-lint gives no {rule_id} finding")
        if findings:
            result += render_findings(findings, title="Other rules' findings here", other=True)
    return (
        f'<div class="ae-example ae-example--{kind}" data-file="{filename}">'
        f'<p class="ae-example__file">{"call script, linted as " if lang.lower() == "dialogue" else ""}'
        f"<code>{filename}</code></p>"
        f"{shown}{result}</div>"
    )


def _options_md(rule_id: str, module: Any, text: str) -> str:
    """Options and Data, from the rule's declarations (:func:`linter.rules.meta.markdown`)."""
    md = meta_markdown(module)
    md = md[len("## Options") :].lstrip("\n") if md.startswith("## Options") else md
    return "\n\n".join(p for p in (text, md) if p)


#: Sections every rule page has, written from the rule module's declarations:
#: heading -> ``render(rule_id, module, docstring_text) -> Markdown`` (the
#: docstring's own text under that heading, if any, is passed along). Placed
#: before "References", in this order, when the docstring lacks them.
GENERATED_SECTIONS = {
    "Options": _options_md,
}


def rule_page_md(rule_id: str, module: Any) -> str:  # noqa: C901 (complexity 14: known debt, issue 14)
    """The Markdown of the documentation page of one rule, from the rule module alone.

    The docstring gives the summary and the sections (an Example / Use
    instead block is linted here, at build time); the sections of
    :data:`GENERATED_SECTIONS` come from the module's declarations.
    """
    head, intro, sections = _docstring_sections(module.__doc__ or "")
    if not head:
        STATE.problem(f"rule {rule_id}: the module has no docstring")
    parts = [
        f"---\ntitle: {rule_id}\ndescription: {toml_value(head)}\n---",
        f"# {rule_id}",
        f'Default severity: <span class="ae-severity ae-severity--{attr(module.SEVERITY)}">'
        f"{esc(module.SEVERITY)}</span> · [All rules](index.md)\n{{: .ae-rule-meta }}",
        head,
    ]
    if intro:
        parts.append(intro)
    for heading in GENERATED_SECTIONS:
        titles = [h.lower().rstrip(":") for h, _ in sections]
        if heading.lower() not in titles:
            at = titles.index("references") if "references" in titles else len(sections)
            sections.insert(at, (heading, ""))
    generated = {h.lower(): render for h, render in GENERATED_SECTIONS.items()}
    counts = {"bad": 0, "good": 0}
    for heading, body in sections:
        key = heading.lower().rstrip(":")
        parts.append(f"## {heading}")
        if key in generated:
            parts.append(generated[key](rule_id, module, body))
            continue
        kind = {"example": "bad", "examples": "bad", "use instead": "good"}.get(key)
        if kind is None:
            parts.append(body)
            if key == "references":
                parts.append(_playbook_links(rule_id))
            continue
        for part in _code_blocks(body):
            if part[0] == "text":
                if part[1].strip():
                    parts.append(part[1].strip())
            else:
                counts[kind] += 1
                parts.append(_example(rule_id, kind, counts[kind], part[1], part[2]))
    if not counts["bad"]:
        STATE.problem(f"rule {rule_id}: the docstring has no Example block")
    if not counts["good"]:
        STATE.problem(f"rule {rule_id}: the docstring has no Use instead block")
    return "\n\n".join(p for p in parts if p) + "\n"


def _playbook_links(rule_id: str) -> str:
    """Links to the playbook rows (pitfalls) that name this rule."""
    import phrasebank

    host = STATE.hosts.get("pitfalls")
    rows = [p for p in phrasebank.pitfalls() if rule_id in p.get("rules", [])]
    if not host or not rows:
        return ""
    src = f"linter/rules/{rule_id}.md"
    links = ", ".join(
        f"[{md_cell(p['pitfall'])}]({relative_md(host, src)}#pitfall-{slug(p['pitfall'])})" for p in rows
    )
    return f"In the playbook's pitfalls table: {links}."



def rule_link(rule_id: str, from_src: str | None) -> str:
    """A Markdown link to the page of ``rule_id`` from page ``from_src``."""
    if rule_id not in STATE.rule_ids:
        STATE.problem(f"the phrasebank names rule {rule_id!r}, which the linter does not have")
        return f"`{rule_id}`"
    return f"[`{rule_id}`]({relative_md(f'linter/rules/{rule_id}.md', from_src)})"


def rules_index_md(page_src: str | None = None) -> str:
    rows = ["| Rule | Default severity | What it flags |", "|---|---|---|"]
    for rule_id, module in registry().items():
        rows.append(
            f"| {rule_link(rule_id, page_src)} | {md_cell(module.SEVERITY)} | {md_cell(summary(module))} |"
        )
    return "\n".join(rows)


def add_rules_to_nav(nav: Any, rule_ids: Iterable[str]) -> bool:
    """Append the rule pages to the nav section holding ``linter/rules/index.md``."""
    if isinstance(nav, list):
        values = [next(iter(i.values())) if isinstance(i, dict) and len(i) == 1 else i for i in nav]
        if "linter/rules/index.md" in values:
            listed = set(v for v in values if isinstance(v, str))
            nav.extend(
                {rule_id: f"linter/rules/{rule_id}.md"}
                for rule_id in rule_ids
                if f"linter/rules/{rule_id}.md" not in listed
            )
            return True
        return any(add_rules_to_nav(v, rule_ids) for v in values)
    return False


# ---------------------------------------------------------------------------
# The CLI options table of the usage page (``<!-- site:cli-options -->``)
# ---------------------------------------------------------------------------


def _code_cell(text: str) -> str:
    """Code in a Markdown table cell (as HTML: a ``|`` in it never splits the cell)."""
    return "<code>" + esc(" ".join(text.split())).replace("|", "&#124;") + "</code>"


def cli_options() -> list[tuple[str, str, str]]:
    """``(option, what it does, default)`` of every option of the ``empathy-lint`` command.

    Read from the click command itself (``linter.cli.main``), so the table
    never drifts from ``empathy-lint --help``: the option as ``--help`` shows
    it, its help text, and its default (a ``[default: ...]`` note of the help
    text, else the declared default of an option that is not a flag).
    """
    import re

    import click

    from linter.cli import main

    ctx = click.Context(main, info_name="empathy-lint", **main.context_settings)
    rows = []
    for param in main.get_params(ctx):
        if not isinstance(param, click.Option) or param.hidden:
            continue
        record = param.get_help_record(ctx)
        if record is None:
            continue
        names = record[0]
        text = " ".join((param.help or "").split())
        default = ""
        note = re.search(r"\s*\[default: ([^\]]+)\]", text)
        if note:
            default, text = note.group(1), (text[: note.start()] + text[note.end() :]).strip()
        elif not param.is_flag and isinstance(param.default, (str, int, float)) and not isinstance(param.default, bool):
            default = str(param.default)
        rows.append((names, text, default))
    return rows


def cli_options_md(page_src: str | None = None) -> str:
    rows = ["| Option | What it does | Default |", "|---|---|---|"]
    for names, text, default in cli_options():
        shown = "—" if not default else md_cell(default) if " " in default else _code_cell(default)
        rows.append(f"| {_code_cell(names)} | {md_cell(text)} | {shown} |")
    return "\n".join(rows)
