"""Call scripts on the site: ```` ```dialogue ```` fences, playbook scripts, findings.

Who speaks on each line is what the linter reads: :func:`parse_dialogue`
takes the speaker of every line from :func:`linter.readers.speaker_lines`,
so a line the linter lints as the rep's is drawn as the rep's (``Director:
I completely understand, but ...`` after an ``AE:`` line is the AE's words:
``Director`` is no speaker label).

``dialogue`` fences are a pymdownx.superfences custom fence whose formatter
is :func:`dialogue_format` (registered by ``site_hook.on_config``);
``lint="before"`` must give findings, ``lint="after"`` must give none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from linter.readers import speaker_label, speaker_lines
from site_state import STATE, attr, esc, lint

_DIRECTION = re.compile(r"\([^()]*\)")


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


def parse_dialogue(text: str, filename: str = "dialogue.txt") -> list[Turn]:
    """Turns of a call script, each line's speaker as the linter reads ``text`` as ``filename``."""
    turns: list[Turn] = []
    raw_lines = text.split("\n")
    for spoken in speaker_lines(text, filename):
        number, raw = spoken.number, raw_lines[spoken.number - 1]
        if not raw.strip():
            continue
        label = spoken.label
        if label is None and spoken.role in ("rep", "buyer"):
            # Not a script to the linter (one labeled line): the words are
            # linted as the rep's; a label that says so is still drawn as one.
            shown = speaker_label(raw)
            if shown is not None and ("rep" if shown.rep else "buyer") == spoken.role:
                label = shown
        if label is not None:
            turn = Turn(label.name, spoken.role or ("rep" if label.rep else "buyer"))
            turn.label_pos = (number, label.start + 1, label.start + 1 + len(label.name))
            turn.lines.append(_segments(raw[label.end :], number, label.end + 1))
            turns.append(turn)
            continue
        stripped = raw.strip()
        if _DIRECTION.fullmatch(stripped):
            col = raw.index(stripped) + 1
            turns.append(Turn(None, "direction", [[Segment("direction", stripped, number, col)]]))
        elif turns and turns[-1].speaker is not None and spoken.role in ("", turns[-1].role):
            turns[-1].lines.append(_segments(raw, number, 1))  # the turn goes on, as the linter reads it
        else:
            turns.append(Turn(None, spoken.role or "narration", [_segments(raw, number, 1)]))
    return turns


def script_turns(script: dict) -> list[Turn]:
    """A playbook script (phrasebank ``scripts.toml``): one turn per line, roles as the linter reads the labels."""
    turns = []
    for line in script["lines"]:
        segs = [Segment("say", line["say"])]
        if line.get("direction"):
            segs.append(Segment("direction", f"({line['direction']})"))
        label = speaker_label(f"{line['speaker']}: {line['say']}")
        role = "other" if label is None else "rep" if label.rep else "buyer"
        turns.append(Turn(line["speaker"], role, [segs], lead=line.get("lead")))
    return turns


def marked(seg: Segment, findings: Iterable[Any], focus: str | None = None) -> str:  # noqa: C901 (complexity 12: known debt, issue 14)
    """``seg``'s text escaped, the words findings point at wrapped in <mark>.

    Overlapping findings (a whole sentence and a word in it) split the text
    into pieces, each marked with every rule covering it; pieces covered by a
    finding of ``focus`` (the rule a page is about; every rule when None)
    get the ``ae-flag--focus`` class.
    """
    text = seg.text
    if seg.line is None or seg.column is None:
        return esc(text)
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
        return esc(text)
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
        out.append(f'<mark class="{classes}" title="{attr(", ".join(previous))}">{chunk}</mark>')

    for a, b in zip(cuts, cuts[1:]):
        rules = tuple(dict.fromkeys(r for s, e, r in spans if s <= a and b <= e))
        if rules != previous and piece:
            flush()
            piece = []
        previous = rules
        piece.append(esc(text[a:b]))
    if piece:
        flush()
    return "".join(out)


def line_html(segments: list[Segment], findings: list[Any], focus: str | None = None) -> str:
    parts = []
    for seg in segments:
        inner = marked(seg, findings, focus)
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
            rows.append(f'<p class="ae-dialogue__lead">{esc(turn.lead)}</p>')
        body = "<br>".join(line_html(line, findings, focus) for line in turn.lines)
        if turn.speaker is None:
            rows.append(f'<p class="ae-turn ae-turn--{turn.role}">{body}</p>')
            continue
        rows.append(
            f'<p class="ae-turn ae-turn--{turn.role}">'
            f'<span class="ae-turn__speaker">{esc(turn.speaker)}<span class="ae-sr">:</span></span> '
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
                f"{esc(f.suggestion)}</span>"
            )
        items.append(
            f'<li class="ae-finding ae-finding--{attr(f.severity)}">'
            f'<span class="ae-finding__pos">{f.line}:{f.column}</span> '
            f'<span class="ae-finding__severity">{esc(f.severity)}</span> '
            f'<a class="ae-finding__rule" href="ae-rule:{attr(f.rule)}"><code>{esc(f.rule)}</code></a> '
            f'<span class="ae-finding__message">{esc(f.message)}</span>'
            f"{suggestion}</li>"
        )
    classes = "ae-findings ae-findings--other" if other else "ae-findings"
    return (
        f'<div class="{classes}">'
        f'<p class="ae-findings__title">{esc(title)}</p>'
        f'<ol class="ae-findings__list">{"".join(items)}</ol></div>'
    )


def render_clean(text: str) -> str:
    return f'<div class="ae-findings ae-findings--clean"><p class="ae-findings__title">{esc(text)}</p></div>'


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
    STATE.dialogue_count += 1
    first = next((line.strip() for line in source.splitlines() if line.strip()), "")
    where = f"dialogue starting {first[:60]!r}"
    unknown = sorted(set(options) - {"lint"})
    if unknown:
        STATE.problem(f"{where}: unknown option(s) {', '.join(unknown)}")
    mode = options.get("lint")
    turns = parse_dialogue(source)
    if mode is None:
        return render_dialogue(turns)
    if mode not in ("before", "after"):
        STATE.problem(f'{where}: lint="{mode}" must be "before" or "after"')
        return render_dialogue(turns)
    try:
        findings = lint(source, "dialogue.txt")
    except Exception as exc:  # superfences would swallow it: record instead
        STATE.problem(f"{where}: the linter failed: {exc!r}")
        return render_dialogue(turns)
    out = render_dialogue(turns, findings)
    if mode == "before":
        if not findings:
            STATE.problem(f'{where}: lint="before" but empathy-lint gives no finding')
        return f'<div class="ae-lint ae-lint--before">{out}{render_findings(findings)}</div>'
    if findings:
        listed = "; ".join(f"{f.line}:{f.column} {f.rule}" for f in findings)
        STATE.problem(f'{where}: lint="after" but empathy-lint gives {listed}')
        return f'<div class="ae-lint ae-lint--after">{out}{render_findings(findings)}</div>'
    return f'<div class="ae-lint ae-lint--after">{out}{render_clean("✓ empathy-lint gives no finding")}</div>'



def render_code(source: str, findings: list[Any], focus: str | None = None) -> str:
    """A code block with numbered lines and the flagged words marked."""
    lines = []
    for number, line in enumerate(source.split("\n"), 1):
        seg = Segment("say", line, number, 1)
        lines.append(f'<span class="ae-code__line">{marked(seg, findings, focus)}</span>')
    # One physical line: a blank line would end the raw HTML block.
    return '<div class="ae-code"><pre><code>' + "&#10;".join(lines) + "</code></pre></div>"
