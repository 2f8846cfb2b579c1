"""The MkDocs hook of the Active Empathy site.

Registered in ``mkdocs.yml`` under ``hooks:``. It walks into the same pieces
as the CLI, never around them:

- ``<!-- phrasebank:NAME -->`` lines in a page become tables and lists
  rendered from :mod:`phrasebank` (``on_page_markdown``);
- one page per rule in :data:`linter.rules.REGISTRY` is generated from the
  rule module's docstring at ``linter/rules/<rule-id>.md`` (``on_files``), and
  its Example / Use instead blocks are linted at build time with
  :func:`linter.lint_text`;
- ```` ```dialogue ```` fences (a pymdownx.superfences custom fence whose
  formatter is :func:`dialogue_format`) render call scripts as dialogues,
  optionally linted (``lint="before"`` must give findings, ``lint="after"``
  must give none).
- ``<!-- site:playground -->`` becomes the "Check a draft" playground (the
  linter in the browser, with Pyodide) when a Pyodide runtime is found, and
  instructions to enable it otherwise; the runtime and the wheels the page
  loads are copied into ``site/playground/`` after the build
  (``on_post_build``, through ``tools/playground.py``).

Problems found while building (an example that gives the wrong findings, an
unknown placeholder, ...) are collected and the build fails at the end with a
:class:`mkdocs.exceptions.PluginError` listing all of them: superfences
swallows exceptions raised inside a fence formatter.
"""

from __future__ import annotations

import html
import inspect
import json
import logging
import posixpath
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

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

#: Speaker labels styled as the rep's and the buyer's turns in a dialogue.
#: (Display only: which turns are linted is the linter's business.)
REP_LABELS = {
    "ae", "sdr", "bdr", "rep", "seller", "agent", "salesperson", "sales rep",
    "account executive", "manager", "csm", "you",
}
BUYER_LABELS = {
    "buyer", "prospect", "customer", "client", "cfo", "cto", "ceo", "coo",
    "cio", "lead", "champion", "procurement", "vp", "director",
}

PLACEHOLDER = re.compile(
    r"^(?P<indent>[ \t]*)<!--\s*phrasebank:(?P<name>[\w-]+)(?:[ \t]+(?P<arg>[^\s>]+))?\s*-->[ \t]*$"
)
#: ``<!-- site:file PATH -->`` and ``<!-- site:lint-output PATH [json] -->``:
#: a file of the repository and what the linter says about it, at build time;
#: ``<!-- site:playground -->``: the in-browser draft checker.
SITE_PLACEHOLDER = re.compile(
    r"^[ \t]*<!--\s*site:(?P<name>[\w-]+)(?:[ \t]+(?P<path>[^\s>]+)(?:[ \t]+(?P<format>[\w-]+))?)?\s*-->[ \t]*$"
)
_FENCE = re.compile(r"^[ \t]*(?P<marker>`{3,}|~{3,})[ \t]*(?P<info>.*)$")
_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:\*\*)?)"
    r"(?P<label>[A-Z][\w.&'/-]*(?:[ ][\w.&'/-]+){0,2})"
    r"(?P<colon>:\*\*|\*\*:|:)[ \t]*"
)
_DIRECTION = re.compile(r"\([^()]*\)")
_RULE_HREF = re.compile(r'href="ae-rule:([\w-]+)(#[\w-]*)?"')

log = logging.getLogger("mkdocs.hooks.active_empathy")


# ---------------------------------------------------------------------------
# Build state: problems are collected here and raised at the end of the build.
# ---------------------------------------------------------------------------


@dataclass
class _State:
    problems: list[str] = field(default_factory=list)
    page: str | None = None
    rule_ids: tuple[str, ...] = ()
    root: str | None = None  # the folder of mkdocs.yml: the repository
    files: Any = None
    hosts: dict[str, str] = field(default_factory=dict)  # placeholder -> page src_uri
    dialogue_count: int = 0
    playground: Any = None  # (runtime or None, why not), decided once per build
    playground_pages: list[str] = field(default_factory=list)  # src_uri of pages that hold it

    def problem(self, message: str) -> None:
        where = f"{self.page}: " if self.page else ""
        self.problems.append(where + message)


_STATE = _State()


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def slug(text: str) -> str:
    """A lower-case, dash-separated anchor from ``text``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _md_cell(text: str) -> str:
    """Text as one Markdown table cell, its Markdown characters escaped."""
    text = " ".join(str(text).split())
    text = re.sub(r"([\\`*_\[\]|#])", r"\\\1", text)
    return text.replace("<", "&lt;")


def _relative_md(target_src: str, from_src: str | None) -> str:
    """A relative Markdown link from page ``from_src`` to page ``target_src``."""
    base = posixpath.dirname(from_src or "")
    return posixpath.relpath(target_src, base or ".")


# ---------------------------------------------------------------------------
# The linter, reached only through its public API.
# ---------------------------------------------------------------------------


def _linter():
    try:
        import linter
    except ImportError as exc:  # pragma: no cover - environment problem
        from mkdocs.exceptions import PluginError

        raise PluginError(
            f"the site needs the linter package importable ({exc}); "
            "install the project first: pip install -e '.[site]'"
        ) from exc
    return linter


def registry() -> dict[str, Any]:
    """The rule registry, in documentation order."""
    _linter()
    from linter.rules import REGISTRY

    return dict(REGISTRY)


def lint(text: str, filename: str) -> list[Any]:
    """Findings of ``text`` as the file ``filename``, sorted by position."""
    findings = list(_linter().lint_text(text, filename=filename))
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


def summary(module: Any) -> str:
    """The first line of a rule's docstring: its one-sentence summary."""
    doc = inspect.cleandoc(module.__doc__ or "")
    return doc.splitlines()[0].strip() if doc else ""


# ---------------------------------------------------------------------------
# Dialogues
# ---------------------------------------------------------------------------


@dataclass
class Segment:
    kind: str  # "say" or "direction"
    text: str
    line: int | None = None  # 1-based source line of ``text``
    column: int | None = None  # 1-based source column of its first character


@dataclass
class Turn:
    speaker: str | None  # None: a stage direction or narration of its own
    role: str  # "rep", "buyer", "other", "direction", "narration"
    lines: list[list[Segment]] = field(default_factory=list)
    label_pos: tuple[int, int, int] | None = None  # line, start col, end col
    lead: str | None = None  # the playbook's words that introduce this turn ("The salesperson replies calmly:")


def speaker_role(label: str) -> str:
    name = label.strip().lower()
    if name in REP_LABELS:
        return "rep"
    if name in BUYER_LABELS:
        return "buyer"
    return "other"


def _segments(text: str, line: int | None, column: int | None) -> list[Segment]:
    """Split spoken words and ``(stage directions)``, keeping source columns."""
    out: list[Segment] = []
    pos = 0

    def add(kind: str, start: int, end: int) -> None:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            return
        lead = len(chunk) - len(chunk.lstrip())
        col = None if column is None else column + start + lead
        out.append(Segment(kind, stripped, line, col))

    for match in _DIRECTION.finditer(text):
        add("say", pos, match.start())
        add("direction", match.start(), match.end())
        pos = match.end()
    add("say", pos, len(text))
    return out


def parse_dialogue(text: str) -> list[Turn]:
    """Turns of a call script: ``Speaker: words (direction)`` lines."""
    turns: list[Turn] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        match = _LABEL.match(raw)
        if match:
            label = match.group("label")
            rest_start = match.end()
            start_col = match.start("label") + 1
            turn = Turn(label, speaker_role(label))
            turn.label_pos = (number, start_col, start_col + len(label))
            turn.lines.append(_segments(raw[rest_start:], number, rest_start + 1))
            turns.append(turn)
            continue
        stripped = raw.strip()
        if _DIRECTION.fullmatch(stripped):
            col = raw.index(stripped) + 1
            turns.append(Turn(None, "direction", [[Segment("direction", stripped, number, col)]]))
        elif turns and turns[-1].speaker is not None:
            turns[-1].lines.append(_segments(raw, number, 1))
        else:
            turns.append(Turn(None, "narration", [_segments(raw, number, 1)]))
    return turns


def _marked(seg: Segment, findings: Iterable[Any], focus: str | None = None) -> str:
    """``seg``'s text escaped, the words findings point at wrapped in <mark>.

    Overlapping findings (a whole sentence and a word in it) split the text
    into pieces, each marked with every rule covering it; pieces covered by a
    finding of ``focus`` (the rule a page is about; every rule when None)
    get the ``ae-flag--focus`` class.
    """
    text = seg.text
    if seg.line is None or seg.column is None:
        return _esc(text)
    first, last = seg.column, seg.column + len(text)  # [first, last) columns
    spans: list[tuple[int, int, str]] = []
    for f in findings:
        if not (f.line <= seg.line <= f.end_line):
            continue
        start = f.column if f.line == seg.line else first
        end = f.end_column if f.end_line == seg.line else last
        start, end = max(start, first), min(end, last)
        if start < end:
            spans.append((start - first, end - first, f.rule))
    if not spans:
        return _esc(text)
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    previous: tuple[str, ...] = ()
    piece: list[str] = []

    def flush() -> None:
        chunk = "".join(piece)
        if not previous:
            out.append(chunk)
            return
        classes = "ae-flag"
        if focus is None or focus in previous:
            classes += " ae-flag--focus"
        out.append(f'<mark class="{classes}" title="{_attr(", ".join(previous))}">{chunk}</mark>')

    for a, b in zip(cuts, cuts[1:]):
        rules = tuple(dict.fromkeys(r for s, e, r in spans if s <= a and b <= e))
        if rules != previous and piece:
            flush()
            piece = []
        previous = rules
        piece.append(_esc(text[a:b]))
    if piece:
        flush()
    return "".join(out)


def _line_html(segments: list[Segment], findings: list[Any], focus: str | None = None) -> str:
    parts = []
    for seg in segments:
        inner = _marked(seg, findings, focus)
        if seg.kind == "direction":
            parts.append(f'<span class="ae-direction">{inner}</span>')
        else:
            parts.append(inner)
    return " ".join(parts)


def render_dialogue(turns: list[Turn], findings: list[Any] | None = None, focus: str | None = None) -> str:
    """The dialogue HTML shared by fences, playbook scripts and rule pages."""
    findings = findings or []
    rows = []
    for turn in turns:
        if turn.lead:
            rows.append(f'<p class="ae-dialogue__lead">{_esc(turn.lead)}</p>')
        body = "<br>".join(_line_html(line, findings, focus) for line in turn.lines)
        if turn.speaker is None:
            rows.append(f'<p class="ae-turn ae-turn--{turn.role}">{body}</p>')
            continue
        rows.append(
            f'<p class="ae-turn ae-turn--{turn.role}">'
            f'<span class="ae-turn__speaker">{_esc(turn.speaker)}<span class="ae-sr">:</span></span> '
            f'<span class="ae-turn__words">{body}</span></p>'
        )
    return '<div class="ae-dialogue">' + "".join(rows) + "</div>"


def render_findings(findings: list[Any], *, title: str | None = None, other: bool = False) -> str:
    """The findings as the linter gives them: position, rule, message, suggestion."""
    if title is None:
        count = len(findings)
        title = f"empathy-lint gives {count} finding{'s' if count != 1 else ''}"
    items = []
    for f in findings:
        suggestion = ""
        if f.suggestion:
            suggestion = (
                '<span class="ae-finding__suggestion"><span class="ae-finding__label">Try:</span> '
                f"{_esc(f.suggestion)}</span>"
            )
        items.append(
            f'<li class="ae-finding ae-finding--{_attr(f.severity)}">'
            f'<span class="ae-finding__pos">{f.line}:{f.column}</span> '
            f'<span class="ae-finding__severity">{_esc(f.severity)}</span> '
            f'<a class="ae-finding__rule" href="ae-rule:{_attr(f.rule)}"><code>{_esc(f.rule)}</code></a> '
            f'<span class="ae-finding__message">{_esc(f.message)}</span>'
            f"{suggestion}</li>"
        )
    classes = "ae-findings ae-findings--other" if other else "ae-findings"
    return (
        f'<div class="{classes}">'
        f'<p class="ae-findings__title">{_esc(title)}</p>'
        f'<ol class="ae-findings__list">{"".join(items)}</ol></div>'
    )


def render_clean(text: str) -> str:
    return f'<div class="ae-findings ae-findings--clean"><p class="ae-findings__title">{_esc(text)}</p></div>'


def dialogue_validator(language, inputs, options, attrs, md) -> bool:
    """Accept every option of a ``dialogue`` fence; the formatter checks them."""
    options.update(inputs)
    return True


def dialogue_format(source, language, class_name, options, md, **kwargs) -> str:
    """The superfences formatter of ``dialogue`` fences.

    ``lint="before"``: lint the script as a call-script ``.txt`` file and show
    the findings under it; the build fails if there are none.
    ``lint="after"``: the build fails if the linter gives any finding.
    """
    _STATE.dialogue_count += 1
    first = next((line.strip() for line in source.splitlines() if line.strip()), "")
    where = f"dialogue starting {first[:60]!r}"
    unknown = sorted(set(options) - {"lint"})
    if unknown:
        _STATE.problem(f"{where}: unknown option(s) {', '.join(unknown)}")
    mode = options.get("lint")
    turns = parse_dialogue(source)
    if mode is None:
        return render_dialogue(turns)
    if mode not in ("before", "after"):
        _STATE.problem(f'{where}: lint="{mode}" must be "before" or "after"')
        return render_dialogue(turns)
    try:
        findings = lint(source, "dialogue.txt")
    except Exception as exc:  # superfences would swallow it: record instead
        _STATE.problem(f"{where}: the linter failed: {exc!r}")
        return render_dialogue(turns)
    out = render_dialogue(turns, findings)
    if mode == "before":
        if not findings:
            _STATE.problem(f'{where}: lint="before" but empathy-lint gives no finding')
        return f'<div class="ae-lint ae-lint--before">{out}{render_findings(findings)}</div>'
    if findings:
        listed = "; ".join(f"{f.line}:{f.column} {f.rule}" for f in findings)
        _STATE.problem(f'{where}: lint="after" but empathy-lint gives {listed}')
        return f'<div class="ae-lint ae-lint--after">{out}{render_findings(findings)}</div>'
    return f'<div class="ae-lint ae-lint--after">{out}{render_clean("✓ empathy-lint gives no finding")}</div>'


# ---------------------------------------------------------------------------
# Phrasebank placeholders
# ---------------------------------------------------------------------------


def _rule_link(rule_id: str, from_src: str | None) -> str:
    if rule_id not in _STATE.rule_ids:
        _STATE.problem(f"the phrasebank names rule {rule_id!r}, which the linter does not have")
        return f"`{rule_id}`"
    return f"[`{rule_id}`]({_relative_md(f'linter/rules/{rule_id}.md', from_src)})"


def situations_md(page_src: str | None = None) -> str:
    import phrasebank

    rows = [
        "| Situation | Prompt Line | Why It Works | Risk to Watch |",
        "|---|---|---|---|",
    ]
    for s in phrasebank.situations():
        anchor = f'<span class="ae-anchor" id="situation-{_attr(s["id"])}"></span>'
        rows.append(
            f"| {anchor}{_md_cell(s['situation'])} | “{_md_cell(s['prompt_line'])}” "
            f"| {_md_cell(s['why_it_works'])} | {_md_cell(s['risk_to_watch'])} |"
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
        rules = ", ".join(_rule_link(r, page_src) for r in p.get("rules", [])) or "—"
        rows.append(
            f"| {anchor}{_md_cell(p['pitfall'])} | {_md_cell(p['why_it_backfires'])} "
            f"| {_md_cell(p['correction'])} | {rules} |"
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
        lis = "".join(f"<li>{check_mark(kind)} {_esc(i)}</li>" for i in items)
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


_CITES_CHECKLIST = re.compile(r'Playbook, "Checklist":\s*“(?P<mark>[✅❌])\s*(?P<item>.+?)”\s*$', re.M)


def _item_key(text: str) -> str:
    """A checklist item without quotes, apostrophes, case or end punctuation."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", text.lower().replace("’", "").replace("'", "")).split())


def checklist_citations() -> dict[str, list[str]]:
    """Checklist item (as the phrasebank gives it) -> the rules whose docstring cites it."""
    import phrasebank

    data = phrasebank.checklist()
    items = {_item_key(i): i for i in [*data["do"], *data["avoid"]]}
    cited: dict[str, list[str]] = {i: [] for i in items.values()}
    for rule_id, module in registry().items():
        for m in _CITES_CHECKLIST.finditer(inspect.cleandoc(module.__doc__ or "")):
            item = items.get(_item_key(m.group("item")))
            if item is None:
                _STATE.problem(f"rule {rule_id} cites “{m.group('item')}”, which is not a checklist item")
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
            rules = ", ".join(_rule_link(r, page_src) for r in cited[item])
            rows.append(f"| {check_mark(kind)} {_md_cell(item)} | {rules or 'Not checked: it happens in the conversation, not in the draft.'} |")
    return "\n".join(rows)


def steps_diagram_md(page_src: str | None = None) -> str:
    """The five steps as a diagram in HTML: text that scales and takes the theme's colours."""
    import phrasebank
    from mkdocs.utils import get_relative_url

    host = _STATE.hosts.get("steps")
    here = _page_url(page_src or "")
    items = []
    for s in phrasebank.steps():
        inner = (
            f'<span class="ae-flow__number" aria-hidden="true">{s["number"]}</span>'
            f'<span class="ae-flow__title"><span class="ae-sr">Step {s["number"]}: </span>{_esc(s["title"])}</span>'
            f'<span class="ae-flow__guidance">{_esc(s["guidance"])}</span>'
        )
        if host:
            href = get_relative_url(_page_url(host), here) + f"#step-{s['number']}"
            if host == page_src:
                href = f"#step-{s['number']}"
            inner = f'<a class="ae-flow__link" href="{_attr(href)}">{inner}</a>'
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
            f'<p class="ae-step__title"><span class="ae-step__number">{s["number"]}</span> {_esc(s["title"])}</p>'
            f'<p class="ae-step__guidance">{_esc(s["guidance"])}</p>'
            f'<p class="ae-step__example"><span class="ae-step__label">Example:</span> “{_esc(s["example"])}”</p>'
            "</li>"
        )
    return '<ol class="ae-steps">' + "".join(items) + "</ol>"


def script_turns(script: dict) -> list[Turn]:
    turns = []
    for line in script["lines"]:
        segs = [Segment("say", line["say"])]
        if line.get("direction"):
            segs.append(Segment("direction", f"({line['direction']})"))
        turns.append(Turn(line["speaker"], speaker_role(line["speaker"]), [segs], lead=line.get("lead")))
    return turns


def script_md(script_id: str | None, page_src: str | None = None) -> str:
    import phrasebank

    scripts = {s["id"]: s for s in phrasebank.scripts()}
    if script_id not in scripts:
        _STATE.problem(
            f"<!-- phrasebank:script {script_id} -->: no such script "
            f"(known: {', '.join(scripts)})"
        )
        return ""
    s = scripts[script_id]
    parts = [f'<div class="ae-script" id="script-{_attr(script_id)}">']
    if s.get("setting"):
        parts.append(f'<p class="ae-script__setting"><span class="ae-script__label">Setting:</span> {_esc(s["setting"])}</p>')
    parts.append(render_dialogue(script_turns(s)))
    if s.get("lesson"):
        parts.append(f'<p class="ae-script__lesson">{_esc(s["lesson"])}</p>')
    if s.get("outcome"):
        parts.append(f'<p class="ae-script__outcome"><span class="ae-script__label">Outcome:</span> {_esc(s["outcome"])}</p>')
    parts.append("</div>")
    return "".join(parts)


def rules_index_md(page_src: str | None = None) -> str:
    rows = ["| Rule | Default severity | What it flags |", "|---|---|---|"]
    for rule_id, module in registry().items():
        rows.append(
            f"| {_rule_link(rule_id, page_src)} | {_md_cell(module.SEVERITY)} | {_md_cell(summary(module))} |"
        )
    return "\n".join(rows)


PLACEHOLDERS = {
    "situations": situations_md,
    "pitfalls": pitfalls_md,
    "checklist": checklist_md,
    "steps": steps_md,
    "steps-diagram": steps_diagram_md,
    "checklist-rules": checklist_rules_md,
    "rules-index": rules_index_md,
}


def _fenced(lang: str, text: str) -> str:
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"^`+", text, re.M)), default=0) + 1)
    return f"{ticks}{lang}\n{text.rstrip(chr(10))}\n{ticks}"


def site_md(name: str, path: str, fmt: str | None) -> str:
    """A repository file, or the linter's output for it, as a code block."""
    root = Path(_STATE.root or ".")
    target = (root / path).resolve()
    if root.resolve() not in target.parents or not target.is_file():
        _STATE.problem(f"<!-- site:{name} {path} -->: no such file in the repository")
        return ""
    text = target.read_text("utf-8")
    if name == "file":
        lang = {".md": "markdown", ".eml": "text", ".txt": "text", ".html": "html"}.get(target.suffix, "text")
        return _fenced(lang, text)
    if name != "lint-output":
        _STATE.problem(f"unknown placeholder <!-- site:{name} {path} -->")
        return ""
    findings = lint(text, path)
    if fmt == "json":
        keys = ("path", "rule", "severity", "line", "column", "end_line", "end_column", "message", "suggestion")
        data = [{k: (path if k == "path" else getattr(f, k)) for k in keys} for f in findings[:1]]
        return _fenced("json", json.dumps(data, indent=2, ensure_ascii=False))
    if fmt not in (None, "text"):
        _STATE.problem(f"<!-- site:lint-output {path} {fmt} -->: the format is text or json")
    lines = [f"$ empathy-lint {path}"]
    lines += [f"{path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {' '.join(f.message.split())}" for f in findings]
    return _fenced("console", "\n".join(lines))


def expand_placeholders(markdown: str, page_src: str | None) -> str:
    """Replace each ``<!-- phrasebank:NAME [ARG] -->`` line outside code fences."""
    out: list[str] = []
    fence: str | None = None
    for line in markdown.split("\n"):
        m = _FENCE.match(line)
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
            if name == "playground":
                block = playground_md(page_src) if path is None else ""
                if path is not None:
                    _STATE.problem(f"<!-- site:playground {path} -->: the playground takes no argument")
            elif path is None:
                _STATE.problem(f"<!-- site:{name} -->: needs a repository path")
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
            _STATE.problem(f"unknown placeholder {line.strip()}")
            block = ""
        out.extend(["", block, ""])
    return "\n".join(out)


# ---------------------------------------------------------------------------
# The "Check a draft" playground (tools/playground.py does the work)
# ---------------------------------------------------------------------------


def _playground_tool():
    """``tools/playground.py`` of the repository, imported once (it is not part of the package)."""
    module = sys.modules.get("ae_tools_playground")
    if module is not None:
        return module
    import importlib.util

    path = Path(_STATE.root or ".") / "tools" / "playground.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("ae_tools_playground", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[spec.name]
        raise
    return module


def _page_url(src: str) -> str:
    file = _STATE.files.get_file_from_path(src) if _STATE.files is not None else None
    if file is not None:
        return file.url
    stem = src[: -len(".md")] if src.endswith(".md") else src
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def playground_md(page_src: str | None) -> str:
    """The playground, or how to enable it when the build has no Pyodide runtime."""
    from mkdocs.utils import get_relative_url

    tool = _playground_tool()
    if tool is None:
        _STATE.problem("<!-- site:playground -->: tools/playground.py is missing from the repository")
        return ""
    if _STATE.playground is None:
        try:
            _STATE.playground = tool.prepare(Path(_STATE.root or "."))
        except tool.PlaygroundError as exc:
            _STATE.problem(f"<!-- site:playground -->: {exc}")
            _STATE.playground = (None, str(exc))
    runtime, why = _STATE.playground
    if runtime is None:
        log.info("the playground is left out (%s); its page says how to enable it", why)
        return tool.instructions_md(why)
    _STATE.playground_pages.append(page_src or "")
    url = _page_url(page_src or "")
    return tool.ui_html(
        base=get_relative_url(f"{tool.SITE_FOLDER}/", url),
        rules=get_relative_url("linter/rules/", url),
        script=get_relative_url("javascripts/playground.js", url),
    )


def _build_playground(config) -> None:
    runtime = (_STATE.playground or (None, ""))[0]
    if runtime is None or not _STATE.playground_pages:
        return
    tool = _playground_tool()
    try:
        manifest = tool.build(Path(_STATE.root or "."), Path(config["site_dir"]), runtime)
        log.info(
            "the playground: Pyodide %s and %d wheels, %.1f MB, in %s/",
            manifest["pyodide"], len(manifest["wheels"]), manifest["bytes"] / 1e6, tool.SITE_FOLDER,
        )
    except tool.PlaygroundError as exc:
        _STATE.page = None
        _STATE.problem(f"the playground: {exc}")


# ---------------------------------------------------------------------------
# Rule pages
# ---------------------------------------------------------------------------


def _docstring_sections(doc: str) -> tuple[str, str, list[tuple[str, str]]]:
    """(summary, intro, [(heading, body), ...]) of a rule docstring."""
    lines = inspect.cleandoc(doc or "").splitlines()
    head = lines[0].strip() if lines else ""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    fence: str | None = None
    for line in lines[1:]:
        m = _FENCE.match(line)
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
        m = _FENCE.match(line)
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


def render_code(source: str, findings: list[Any], focus: str | None = None) -> str:
    """A code block with numbered lines and the flagged words marked."""
    lines = []
    for number, line in enumerate(source.split("\n"), 1):
        seg = Segment("say", line, number, 1)
        lines.append(f'<span class="ae-code__line">{_marked(seg, findings, focus)}</span>')
    # One physical line: a blank line would end the raw HTML block.
    return '<div class="ae-code"><pre><code>' + "&#10;".join(lines) + "</code></pre></div>"


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
        _STATE.problem(f"{where}: the linter failed: {exc!r}")
        findings = []
    own = [f for f in findings if f.rule == rule_id]
    if lang.lower() == "dialogue":
        shown = render_dialogue(parse_dialogue(source), findings, rule_id)
    else:
        shown = render_code(source, findings, rule_id)
    if kind == "bad":
        if not own:
            _STATE.problem(f"{where} gives no {rule_id} finding (got: {', '.join(f.rule for f in findings) or 'none'})")
        result = render_findings(findings)
    else:
        if own:
            listed = "; ".join(f"{f.line}:{f.column}" for f in own)
            _STATE.problem(f"{where} gives a {rule_id} finding at {listed}")
        result = render_clean(f"✓ empathy-lint gives no {rule_id} finding")
        if findings:
            result += render_findings(findings, title="Other rules' findings here", other=True)
    return (
        f'<div class="ae-example ae-example--{kind}" data-file="{filename}">'
        f'<p class="ae-example__file">{"call script, linted as " if lang.lower() == "dialogue" else ""}'
        f"<code>{filename}</code></p>"
        f"{shown}{result}</div>"
    )


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return str(value)


def rule_page_md(rule_id: str, module: Any) -> str:
    """The Markdown of the documentation page of one rule."""
    head, intro, sections = _docstring_sections(module.__doc__ or "")
    if not head:
        _STATE.problem(f"rule {rule_id}: the module has no docstring")
    parts = [
        f"---\ntitle: {rule_id}\ndescription: {_toml_value(head)}\n---",
        f"# {rule_id}",
        f'Default severity: <span class="ae-severity ae-severity--{_attr(module.SEVERITY)}">'
        f"{_esc(module.SEVERITY)}</span> · [All rules](index.md)\n{{: .ae-rule-meta }}",
        head,
    ]
    if intro:
        parts.append(intro)
    titles = [h.lower() for h, _ in sections]
    if "options" not in titles:
        at = titles.index("references") if "references" in titles else len(sections)
        sections.insert(at, ("Options", ""))
    counts = {"bad": 0, "good": 0}
    for heading, body in sections:
        key = heading.lower().rstrip(":")
        parts.append(f"## {heading}")
        if key == "options":
            from linter.rules.meta import markdown as options_and_data

            parts[-1] = options_and_data(module)  # "## Options" and "## Data", from the rule's declarations
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
        _STATE.problem(f"rule {rule_id}: the docstring has no Example block")
    if not counts["good"]:
        _STATE.problem(f"rule {rule_id}: the docstring has no Use instead block")
    return "\n\n".join(p for p in parts if p) + "\n"


def _playbook_links(rule_id: str) -> str:
    """Links to the playbook rows (pitfalls) that name this rule."""
    import phrasebank

    host = _STATE.hosts.get("pitfalls")
    rows = [p for p in phrasebank.pitfalls() if rule_id in p.get("rules", [])]
    if not host or not rows:
        return ""
    src = f"linter/rules/{rule_id}.md"
    links = ", ".join(
        f"[{_md_cell(p['pitfall'])}]({_relative_md(host, src)}#pitfall-{slug(p['pitfall'])})" for p in rows
    )
    return f"In the playbook's pitfalls table: {links}."


# ---------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------


def _add_rules_to_nav(nav: Any, rule_ids: Iterable[str]) -> bool:
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
        return any(_add_rules_to_nav(v, rule_ids) for v in values)
    return False


#: The rules index generated when ``docs/linter/rules/index.md`` is missing.
RULES_INDEX_PAGE = "# Rules\n\n<!-- phrasebank:rules-index -->\n"


def on_config(config, **kwargs):
    global _STATE
    _STATE = _State()
    _STATE.rule_ids = tuple(registry())
    if config.config_file_path:
        _STATE.root = str(Path(config.config_file_path).resolve().parent)
    if config.get("nav"):
        _add_rules_to_nav(config["nav"], _STATE.rule_ids)
    return config


def on_files(files, config, **kwargs):
    from mkdocs.structure.files import File

    _STATE.files = files
    for f in files.documentation_pages():
        try:
            text = f.content_string
        except Exception:  # pragma: no cover
            continue
        for line in text.splitlines():
            m = PLACEHOLDER.match(line)
            if m:
                _STATE.hosts.setdefault(m.group("name"), f.src_uri)
    if files.get_file_from_path("linter/rules/index.md") is None:
        files.append(File.generated(config, "linter/rules/index.md", content=RULES_INDEX_PAGE))
        _STATE.hosts.setdefault("rules-index", "linter/rules/index.md")
    for rule_id, module in registry().items():
        src = f"linter/rules/{rule_id}.md"
        if files.get_file_from_path(src) is not None:
            _STATE.problem(f"{src} exists in docs/; rule pages are generated, remove it")
            continue
        _STATE.page = src
        files.append(File.generated(config, src, content=rule_page_md(rule_id, module)))
    _STATE.page = None
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    _STATE.page = page.file.src_uri
    return expand_placeholders(markdown, page.file.src_uri)


def on_page_content(html_text, page, config, files, **kwargs):
    def link(m: re.Match) -> str:
        rule_id, fragment = m.group(1), m.group(2) or ""
        target = files.get_file_from_path(f"linter/rules/{rule_id}.md")
        if target is None:
            _STATE.problem(f"a finding links to rule {rule_id!r}, which has no page")
            return 'href="#"'
        from mkdocs.utils import get_relative_url

        return f'href="{get_relative_url(target.url, page.url)}{fragment}"'

    _STATE.page = page.file.src_uri
    html_text = _RULE_HREF.sub(link, html_text)
    html_text = _sized_images(html_text, page, files)
    html_text = labelled_tables(html_text)
    _STATE.page = None
    return html_text


_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_CELL = re.compile(r"<(td|th)\b([^>]*)>(.*?)</\1>", re.S)


def labelled_tables(html_text: str) -> str:
    """Each body cell of a table gets its column's heading as ``data-label``.

    On a phone (extra.css) a table is shown as a stack of cards, one per
    row, each cell under its label: no column is ever cut off.
    """

    def table(m: re.Match) -> str:
        body = m.group(1)
        head, sep, rest = body.partition("</thead>")
        if not sep:
            return m.group(0)
        labels = [" ".join(re.sub(r"<[^>]*>", "", c[2]).split()) for c in _CELL.findall(head)]

        def row(r: re.Match) -> str:
            index = iter(range(10_000))

            def cell(c: re.Match) -> str:
                i = next(index)
                if c.group(1) != "td" or i >= len(labels) or "data-label" in c.group(2):
                    return c.group(0)
                label = labels[i].replace('"', "&quot;")
                return f'<td{c.group(2)} data-label="{label}">{c.group(3)}</td>'

            return _CELL.sub(cell, r.group(0))

        rest = re.sub(r"<tr\b.*?</tr>", row, rest, flags=re.S)
        return f'<table class="ae-table" data-columns="{len(labels)}">{head}</thead>{rest}</table>'

    return _TABLE.sub(table, html_text)


def on_page_context(context, page, config, nav, **kwargs):
    # The theme writes the description into an attribute as it is: escape it
    # (a rule's summary quotes words: A "but", "however" ...).
    from markupsafe import Markup

    description = page.meta.get("description")
    if isinstance(description, str) and not isinstance(description, Markup):
        page.meta["description"] = Markup(html.escape(" ".join(description.split()), quote=True))
    return context


_IMG = re.compile(r"<img\b[^>]*>")
_SVG_SIZE = re.compile(rb"<svg\b[^>]*?\bviewBox=[\"']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)")


def _sized_images(html_text: str, page, files) -> str:
    """Give local SVG images their width and height, so the page does not shift as they load."""

    def size(m: re.Match) -> str:
        tag = m.group(0)
        src = re.search(r'\bsrc="([^"]+\.svg)"', tag)
        if not src or " width=" in tag or "://" in src.group(1):
            return tag
        base = page.url if page.url.endswith("/") else posixpath.dirname(page.url)
        target = posixpath.normpath(posixpath.join(base or ".", src.group(1))).lstrip("/")
        file = files.get_file_from_path(target)
        found = _SVG_SIZE.search(file.content_bytes[:4096]) if file is not None else None
        if not found:
            return tag
        width, height = (round(float(v)) for v in found.groups())
        return tag.replace("<img", f'<img width="{width}" height="{height}"', 1)

    return _IMG.sub(size, html_text)


def on_post_page(output, page, config, **kwargs):
    # Material's search overlay is a dialog without a name; screen readers need one.
    return output.replace(
        '<div class="md-search" data-md-component="search" role="dialog">',
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">',
    )


def on_post_build(config, **kwargs):
    _build_playground(config)
    problems, _STATE.problems = _STATE.problems, []
    if problems:
        from mkdocs.exceptions import PluginError

        raise PluginError(
            f"the site does not agree with the linter ({len(problems)} problem"
            f"{'s' if len(problems) != 1 else ''}):\n  - " + "\n  - ".join(problems)
        )


# MkDocs loads this file from ``hooks:`` as a module of its own (named after
# the path), while superfences imports the fence formatter as ``linter.site``.
# Both must share one build state: the hook events delegate to ``linter.site``.
if __name__ != "linter.site":
    try:
        import linter.site as _canonical
    except ImportError:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        import linter.site as _canonical
    globals().update(
        {name: getattr(_canonical, name) for name in (
            "on_config", "on_files", "on_page_markdown", "on_page_content", "on_page_context", "on_post_page",
            "on_post_build",
        )}
    )
