"""Placeholders: the lines of a page the hook replaces at build time.

- ``<!-- phrasebank:NAME [ARG] -->``: tables and lists rendered from
  :mod:`phrasebank` (situations, pitfalls, checklist, steps, scripts) and the
  rules index;
- ``<!-- site:file PATH -->`` and ``<!-- site:lint-output PATH [json] -->``:
  a file of the repository and what the linter says about it;
- ``<!-- site:cli-options -->``: the options of ``empathy-lint``, read from
  the click command;
- ``<!-- site:playground -->``: the in-browser draft checker.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

from site_dialogues import render_dialogue, script_turns
from site_playground import playground_md
from site_rules import cli_options_md, rule_link, rules_index_md
from site_state import FENCE, STATE, attr, esc, fenced, lint, md_cell, page_url, registry, slug

PLACEHOLDER = re.compile(
    r"^(?P<indent>[ \t]*)<!--\s*phrasebank:(?P<name>[\w-]+)(?:[ \t]+(?P<arg>[^\s>]+))?\s*-->[ \t]*$"
)
SITE_PLACEHOLDER = re.compile(
    r"^[ \t]*<!--\s*site:(?P<name>[\w-]+)(?:[ \t]+(?P<path>[^\s>]+)(?:[ \t]+(?P<format>[\w-]+))?)?\s*-->[ \t]*$"
)
#: ``<!-- site:NAME -->`` placeholders that take no argument.
SITE_BLOCKS = {
    "playground": playground_md,
    "cli-options": cli_options_md,
}


def situations_md(page_src: str | None = None) -> str:
    import phrasebank

    rows = [
        "| Situation | Prompt Line | Why It Works | Risk to Watch |",
        "|---|---|---|---|",
    ]
    for s in phrasebank.situations():
        anchor = f'<span class="ae-anchor" id="situation-{attr(s["id"])}"></span>'
        rows.append(
            f"| {anchor}{md_cell(s['situation'])} | “{md_cell(s['prompt_line'])}” "
            f"| {md_cell(s['why_it_works'])} | {md_cell(s['risk_to_watch'])} |"
        )
    return "\n".join(rows)


def pitfalls_md(page_src: str | None = None) -> str:
    import phrasebank

    rows = [
        "| Pitfall | Why It Backfires | Correction / Alternative | Linter rules |",
        "|---|---|---|---|",
    ]
    for p in phrasebank.pitfalls():
        anchor = f'<span class="ae-anchor" id="pitfall-{slug(p["pitfall"])}"></span>'
        rules = ", ".join(rule_link(r, page_src) for r in p.get("rules", [])) or "—"
        rows.append(
            f"| {anchor}{md_cell(p['pitfall'])} | {md_cell(p['why_it_backfires'])} "
            f"| {md_cell(p['correction'])} | {rules} |"
        )
    return "\n".join(rows)


#: The checklist's markers: the playbook's emoji, a drawn icon and a word.
#: The icon is what shows (no emoji font needed); the emoji stays in the text
#: (copied with it, found by search) but hidden; screen readers hear the word.
CHECK_MARKS = {
    "do": ("✅", "Do", '<path d="M3 8.5l3.2 3.2L13 4.8"/>'),
    "avoid": ("❌", "Avoid", '<path d="M4 4l8 8M12 4l-8 8"/>'),
}


def check_mark(kind: str) -> str:
    emoji, word, path = CHECK_MARKS[kind]
    return (
        f'<span class="ae-mark ae-mark--{kind}" role="img" aria-label="{word}:">'
        f'<svg class="ae-mark__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">{path}</svg>'
        f'<span class="ae-mark__emoji" aria-hidden="true">{emoji}</span></span>'
    )


def checklist_md(page_src: str | None = None) -> str:
    import phrasebank

    data = phrasebank.checklist()

    def column(kind: str, mark: str, title: str, items: list[str]) -> str:
        lis = "".join(f"<li>{check_mark(kind)} {esc(i)}</li>" for i in items)
        return (
            f'<div class="ae-checklist__col ae-checklist__col--{kind}">'
            f'<p class="ae-checklist__title">{check_mark(kind)} {title}</p>'
            f"<ul>{lis}</ul></div>"
        )

    return (
        '<div class="ae-checklist">'
        + column("do", "✅", "Do this", data["do"])
        + column("avoid", "❌", "Avoid this", data["avoid"])
        + "</div>"
    )


CITES_CHECKLIST = re.compile(r'Playbook, "Checklist":\s*“(?P<mark>[✅❌])\s*(?P<item>.+?)”\s*$', re.M)


def item_key(text: str) -> str:
    """A checklist item without quotes, apostrophes, case or end punctuation."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", text.lower().replace("’", "").replace("'", "")).split())


def checklist_citations() -> dict[str, list[str]]:
    """Checklist item (as the phrasebank gives it) -> the rules whose docstring cites it."""
    import phrasebank

    data = phrasebank.checklist()
    items = {item_key(i): i for i in [*data["do"], *data["avoid"]]}
    cited: dict[str, list[str]] = {i: [] for i in items.values()}
    for rule_id, module in registry().items():
        for m in CITES_CHECKLIST.finditer(inspect.cleandoc(module.__doc__ or "")):
            item = items.get(item_key(m.group("item")))
            if item is None:
                STATE.problem(f"rule {rule_id} cites “{m.group('item')}”, which is not a checklist item")
            elif rule_id not in cited[item]:
                cited[item].append(rule_id)
    return cited


def checklist_rules_md(page_src: str | None = None) -> str:
    """Which checklist items the linter checks: read from the rules' own References."""
    import phrasebank

    data = phrasebank.checklist()
    cited = checklist_citations()
    rows = ["| Checklist item | Checked by |", "|---|---|"]
    for kind, items in (("do", data["do"]), ("avoid", data["avoid"])):
        for item in items:
            rules = ", ".join(rule_link(r, page_src) for r in cited[item])
            rows.append(f"| {check_mark(kind)} {md_cell(item)} | {rules or 'Not checked: it happens in the conversation, not in the draft.'} |")
    return "\n".join(rows)


def steps_diagram_md(page_src: str | None = None) -> str:
    """The five steps as a diagram in HTML: text that scales and takes the theme's colours."""
    from mkdocs.utils import get_relative_url

    import phrasebank

    host = STATE.hosts.get("steps")
    here = page_url(page_src or "")
    items = []
    for s in phrasebank.steps():
        inner = (
            f'<span class="ae-flow__number" aria-hidden="true">{s["number"]}</span>'
            f'<span class="ae-flow__title"><span class="ae-sr">Step {s["number"]}: </span>{esc(s["title"])}</span>'
            f'<span class="ae-flow__guidance">{esc(s["guidance"])}</span>'
        )
        if host:
            href = get_relative_url(page_url(host), here) + f"#step-{s['number']}"
            if host == page_src:
                href = f"#step-{s['number']}"
            inner = f'<a class="ae-flow__link" href="{attr(href)}">{inner}</a>'
        items.append(f'<li class="ae-flow__step">{inner}</li>')
    return (
        '<figure class="ae-flow" aria-labelledby="ae-flow-caption">'
        '<figcaption class="ae-flow__caption" id="ae-flow-caption">Active empathy in five steps, in order</figcaption>'
        f'<ol class="ae-flow__steps">{"".join(items)}</ol></figure>'
    )


def steps_md(page_src: str | None = None) -> str:
    import phrasebank

    items = []
    for s in phrasebank.steps():
        items.append(
            f'<li class="ae-step" id="step-{s["number"]}">'
            f'<p class="ae-step__title"><span class="ae-step__number">{s["number"]}</span> {esc(s["title"])}</p>'
            f'<p class="ae-step__guidance">{esc(s["guidance"])}</p>'
            f'<p class="ae-step__example"><span class="ae-step__label">Example:</span> “{esc(s["example"])}”</p>'
            "</li>"
        )
    return '<ol class="ae-steps">' + "".join(items) + "</ol>"



def script_md(script_id: str | None, page_src: str | None = None) -> str:
    import phrasebank

    scripts = {s["id"]: s for s in phrasebank.scripts()}
    if script_id not in scripts:
        STATE.problem(
            f"<!-- phrasebank:script {script_id} -->: no such script "
            f"(known: {', '.join(scripts)})"
        )
        return ""
    s = scripts[script_id]
    parts = [f'<div class="ae-script" id="script-{attr(script_id)}">']
    if s.get("setting"):
        parts.append(f'<p class="ae-script__setting"><span class="ae-script__label">Setting:</span> {esc(s["setting"])}</p>')
    parts.append(render_dialogue(script_turns(s)))
    if s.get("lesson"):
        parts.append(f'<p class="ae-script__lesson">{esc(s["lesson"])}</p>')
    if s.get("outcome"):
        parts.append(f'<p class="ae-script__outcome"><span class="ae-script__label">Outcome:</span> {esc(s["outcome"])}</p>')
    parts.append("</div>")
    return "".join(parts)



PLACEHOLDERS = {
    "situations": situations_md,
    "pitfalls": pitfalls_md,
    "checklist": checklist_md,
    "steps": steps_md,
    "steps-diagram": steps_diagram_md,
    "checklist-rules": checklist_rules_md,
    "rules-index": rules_index_md,
}



def site_md(name: str, path: str, fmt: str | None) -> str:
    """A repository file, or the linter's output for it, as a code block."""
    root = Path(STATE.root or ".")
    target = (root / path).resolve()
    if root.resolve() not in target.parents or not target.is_file():
        STATE.problem(f"<!-- site:{name} {path} -->: no such file in the repository")
        return ""
    text = target.read_text("utf-8")
    if name == "file":
        lang = {".md": "markdown", ".eml": "text", ".txt": "text", ".html": "html"}.get(target.suffix, "text")
        return fenced(lang, text)
    if name != "lint-output":
        STATE.problem(f"unknown placeholder <!-- site:{name} {path} -->")
        return ""
    findings = lint(text, path)
    if fmt == "json":
        keys = ("path", "rule", "severity", "line", "column", "end_line", "end_column", "message", "suggestion")
        data = [{k: (path if k == "path" else getattr(f, k)) for k in keys} for f in findings[:1]]
        return fenced("json", json.dumps(data, indent=2, ensure_ascii=False))
    if fmt not in (None, "text"):
        STATE.problem(f"<!-- site:lint-output {path} {fmt} -->: the format is text or json")
    lines = [f"$ empathy-lint {path}"]
    lines += [f"{path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {' '.join(f.message.split())}" for f in findings]
    return fenced("console", "\n".join(lines))


def expand_placeholders(markdown: str, page_src: str | None) -> str:  # noqa: C901 (complexity 12: known debt, issue 14)
    """Replace each ``<!-- phrasebank:NAME [ARG] -->`` line outside code fences."""
    out: list[str] = []
    fence: str | None = None
    for line in markdown.split("\n"):
        m = FENCE.match(line)
        if m:
            marker = m.group("marker")
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not m.group("info").strip():
                fence = None
            out.append(line)
            continue
        site_p = SITE_PLACEHOLDER.match(line) if fence is None else None
        if site_p:
            name, path = site_p.group("name"), site_p.group("path")
            if name in SITE_BLOCKS:
                block = SITE_BLOCKS[name](page_src) if path is None else ""
                if path is not None:
                    STATE.problem(f"<!-- site:{name} {path} -->: the {name} placeholder takes no argument")
            elif path is None:
                STATE.problem(f"<!-- site:{name} -->: needs a repository path")
                block = ""
            else:
                block = site_md(name, path, site_p.group("format"))
            out.extend(["", block, ""])
            continue
        p = PLACEHOLDER.match(line) if fence is None else None
        if not p:
            out.append(line)
            continue
        name, arg = p.group("name"), p.group("arg")
        if name == "script":
            block = script_md(arg, page_src)
        elif name in PLACEHOLDERS and arg is None:
            block = PLACEHOLDERS[name](page_src)
        else:
            STATE.problem(f"unknown placeholder {line.strip()}")
            block = ""
        out.extend(["", block, ""])
    return "\n".join(out)

