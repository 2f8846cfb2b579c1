"""No pathological input: the cost of linting grows linearly with the input.

Each case builds an adversarial draft of size n and 4n (long runs of
repeated words and punctuation, deeply nested quotes and Markdown, unclosed
``{{``, ``<!--``, ``[`` and backticks, a single 1 MB line, many ``(`` in a
call script ...) and lints both with :func:`linter.lint_text` through every
reader. Linear code takes about 4x as long on the 4n input; the test fails
when it takes more than 8x (quadratic code takes about 16x, a catastrophic
regular expression far more). Runs are timed in CPU time of this process,
so other jobs on a shared machine do not skew the ratio. This compares
scaling, it is not a timed speed test: n grows until the n run takes a measurable time, every run is
cut off by a deadline (so a blow-up fails fast instead of hanging), and a
run over the bound is measured once more before the test fails.

The last tests check that ``extra-phrases`` from the user's config are
matched as literal phrases, never compiled as regular expressions.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time

import pytest

import linter
from linter.config import from_table, load_file

READERS = (".txt", ".md", ".html", ".eml")
RATIO = 8.0  # the 4n run may take at most this many times the n run
SLACK = 0.02  # seconds added to the bound: timer noise on a busy machine
MIN_SECONDS = 0.06  # grow n until the n run takes at least this long ...
MAX_N_SECONDS = 3.0  # ... and fail if the n run alone takes longer than this
MAX_LINE_SECONDS = 4.0  # a safety net: no run of the 1 MB line test may take longer


class Overtime(BaseException):
    """Raised by the deadline timer (a BaseException: no ``except Exception`` swallows it)."""


@contextlib.contextmanager
def deadline(seconds: float):
    """Interrupt the block after ``seconds`` of CPU time (the re module checks for signals too)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise Overtime()

    # CPU time of this process (ITIMER_PROF), never wall-clock time: on a busy
    # machine another process's work must not count against this one
    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


# --- the inputs -----------------------------------------------------------------------

EML_HEADERS = "From: Dana Kim <dana@example.com>\nTo: sam@example.com\nSubject: Re: the rollout\n\n"


def wrap(body: str, ext: str) -> str:
    """Put a draft body into the reader's format."""
    if ext == ".eml":
        return EML_HEADERS + body
    if ext == ".html":
        return "<html><body><p>" + body.replace("\n", "<br>\n") + "</p></body></html>"
    return body


def repeated_but(n, ext):
    return wrap("I understand the rollout worry, " + "but " * n + "we need a decision by Friday.\n", ext)


def repeated_acknowledgment(n, ext):
    return wrap("I understand, " * n + "and we need a decision.\n", ext)


def repeated_stock_lines(n, ext):
    return wrap("I hear you. I completely understand your frustration. " * n + "\n", ext)


def repeated_lead_ins(n, ext):
    return wrap("and so well ok but then " * n + "I understand the delay, but we need a decision.\n", ext)


def punctuation_runs(n, ext):
    return wrap(
        "I understand the delay" + "!" * n + " but" + "?!" * n + " we" + "." * n + " need" + "," * n
        + " it" + "-" * n + " now" + "\u2026" * n + " ok" + ";:" * n + "\n",
        ext,
    )


def abbreviations(n, ext):
    return wrap("I understand, Dana. " + "Mr. Lee, Dr. Roe, e.g. the U.S. team, " * n + "we need it.\n", ext)


def nested_quotes(n, ext):
    if ext == ".html":
        return "<html><body>" + "<blockquote><p>I understand, but we need it.</p>" * n + "</body></html>"
    deep = "> " * n + "We were burned by the rollout delays.\n"
    ladder = "".join("> " * (i % 64) + "I understand the rollout worry, but we need it.\n" for i in range(n))
    return wrap("Hi Dana,\n\nI understand, but our platform is faster.\n\n" + deep + ladder, ext)


def markdown_emphasis(n, ext):
    return wrap(
        "***" * n + " I understand " + "_" * n + " and " + "*we* **need** ***it*** __now__ " * n
        + "*a **b ***c " * n + "~~" * n + "\\*" * n + "\n",
        ext,
    )


def nested_lists(n, ext):
    lines = []
    for i in range(n):
        indent = "  " * (i % 32)
        marker = ("- ", "* ", "1. ", "> - ")[i % 4]
        lines.append(f"{indent}{marker}*item* **{i}** I understand, but [x](y) we need it\n")
    return wrap("".join(lines), ext)


def unclosed_templates(n, ext):
    return wrap("{{ " * n + "{% " * n + "${ " * n + "{{{ " * n + "<% " * n + "I understand, but we need it.\n", ext)


def unclosed_comments(n, ext):
    return wrap("<!-- " * n + "I understand, but we need it.\n", ext)


def unclosed_brackets(n, ext):
    return wrap("[" * n + " [a " * n + "](x " * n + "![a " * n + "<a " * n + "I understand, but we need it.\n", ext)


def unclosed_html_tags(n, ext):
    # "<p>" without "</p>" is everyday HTML; so are unclosed <div>, <font>, <span>
    return wrap("<p>Thanks for the call. <div><font><span>I understand, but we need it. " * n, ext)


def unclosed_backticks(n, ext):
    return wrap("`a " * n + "``b ` " * n + "```c `` " * n + "I understand, but we need it.\n", ext)


def stage_directions(n, ext):
    return wrap(
        "AE: Hi Dana, thanks for making time.\nBuyer: The rollout delays worry me.\nAE: "
        + "(" * n + " (pause) " * n + "(laughs " * n + "I understand, but we need it.\n",
        ext,
    )


def long_script(n, ext):
    turns = "".join(
        f"Buyer: We were burned by the rollout delays on project {i}.\n"
        f"AE: I understand the delays, but our platform goes live in ten days.\n"
        for i in range(n)
    )
    return wrap(turns, ext)


def long_quoted_reply(n, ext):
    quote = "> We were burned by the rollout delays, and the price is too high for us.\n" * n
    return wrap("I hear you, Dana. Our platform goes live in ten days.\n\nOn Mon, Dana Kim wrote:\n" + quote, ext)


def unterminated_controls(n, ext):
    """Issue 13: an inline-control comment that never closes, repeated."""
    return wrap("<!-- empathy-lint: disable but-bridge " * n + "\nI understand, but we need it.\n", ext)


def repeated_dont_worry(n, ext):
    """Issue 13: many minimizing lines after one concern (the suggestion's situation once per response)."""
    return wrap("Buyer: The rollout worries me.\nAE: " + "Don't worry, it is only a small thing. " * n + "\n", ext)


def repeated_pressure(n, ext):
    """Issue 13: many pressure lines after empathy."""
    return wrap("Buyer: The price worries me.\nAE: I understand. " + "This price expires Friday. " * n + "\n", ext)


def control_events_and_findings(n, ext):
    """Issue 13: many inline-control events times many findings."""
    return wrap("".join(
        "<!-- empathy-lint: disable scripted-empathy -->\nI hear you.\n"
        "<!-- empathy-lint: enable scripted-empathy -->\nI understand, but we need it.\n" for _ in range(n)
    ), ext)


CASES = {
    "unterminated-controls": (unterminated_controls, 16),
    "repeated-dont-worry": (repeated_dont_worry, 8),
    "repeated-pressure": (repeated_pressure, 8),
    "control-events-and-findings": (control_events_and_findings, 8),
    # name: (make(n, ext), first n; n doubles until the n run is measurable)
    "repeated-but": (repeated_but, 16),
    "repeated-acknowledgment": (repeated_acknowledgment, 16),
    "repeated-stock-lines": (repeated_stock_lines, 4),
    "repeated-lead-ins": (repeated_lead_ins, 8),
    "punctuation-runs": (punctuation_runs, 32),
    "abbreviations": (abbreviations, 8),
    "nested-quotes": (nested_quotes, 8),
    "markdown-emphasis": (markdown_emphasis, 16),
    "nested-lists": (nested_lists, 8),
    "unclosed-templates": (unclosed_templates, 16),
    "unclosed-comments": (unclosed_comments, 32),
    "unclosed-brackets": (unclosed_brackets, 16),
    "unclosed-backticks": (unclosed_backticks, 16),
    "unclosed-html-tags": (unclosed_html_tags, 16),
    "stage-directions": (stage_directions, 16),
    "long-script": (long_script, 4),
    "long-quoted-reply": (long_quoted_reply, 8),
}


# --- measuring --------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Import every reader and compile every phrase list before anything is timed."""
    draft = (
        "AE: Hi Dana, thanks for the call.\nBuyer: The rollout delays worry me, and the price is too high.\n"
        "AE: I understand, but our platform goes live in ten days. You're right, it is expensive.\n"
        "I hear you. Would a 15-minute call on Thursday help? I just wanted to follow up. It's only $5.\n"
    )
    for ext in READERS:
        linter.lint_text(wrap(draft, ext), "warm" + ext)
        linter.lint_text(wrap("Hi Dana,\n\n" + draft.replace("AE: ", "").replace("Buyer: ", "> "), ext), "warm" + ext)


def _run(text: str, filename: str, limit: float) -> float:
    with deadline(limit):
        start = time.process_time()
        linter.lint_text(text, filename)
        return time.process_time() - start


def _measure_n(make, ext: str, n: int) -> tuple[int, float]:
    """Double n until the n run is measurable (a noisy n run only makes the bound looser)."""
    filename = "draft" + ext
    while True:
        text = make(n, ext)
        try:
            t = _run(text, filename, MAX_N_SECONDS)
        except Overtime:
            pytest.fail(f"{len(text):,} characters took more than {MAX_N_SECONDS:g} s (n={n}): pathological already at this size")
        if t >= MIN_SECONDS or n >= 1 << 20:
            return n, t
        n *= 2


def assert_linear(make, ext: str, n0: int) -> None:
    filename = "draft" + ext
    for _attempt in range(2):  # a run over the bound is measured once more before failing
        n, t_n = _measure_n(make, ext, n0)
        big = make(4 * n, ext)
        bound = RATIO * t_n + SLACK
        try:
            t_4n = _run(big, filename, bound)
        except Overtime:
            t_4n = None
        if t_4n is not None:
            return
    pytest.fail(
        f"n={n} ({len(make(n, ext)):,} chars) took {t_n * 1000:.0f} ms; 4n ({len(big):,} chars) took more than "
        f"{bound * 1000:.0f} ms, over {RATIO:g}x: the cost grows faster than linearly"
    )


@pytest.mark.parametrize("ext", READERS)
@pytest.mark.parametrize("case", list(CASES))
def test_linear_cost(case, ext):
    make, n0 = CASES[case]
    assert_linear(make, ext, n0)


def one_long_line(n, ext):
    """A single line of n characters: everyday prose with a stock line now and then, no newline."""
    unit = (
        "The rollout plan has three phases and each one ends with a review with your team. "
        "Pricing is per seat, billed yearly, and the first month is free. "
    ) * 12 + "I hear you on the timing. "
    return wrap((unit * (n // len(unit) + 1))[:n], ext)


@pytest.mark.parametrize("ext", READERS)
def test_one_megabyte_line(ext):
    """One line of 16 KB, 64 KB, 256 KB and 1 MB: each step may take at most 8x the one before."""
    filename = "draft" + ext
    sizes = (1 << 14, 1 << 16, 1 << 18, 1 << 20)
    previous = _run(one_long_line(sizes[0], ext), filename, MAX_LINE_SECONDS)
    for size in sizes[1:]:
        text = one_long_line(size, ext)
        for attempt in range(2):  # over the bound: measure the smaller line once more, then retry
            limit = min(RATIO * max(previous, 0.003) + SLACK, MAX_LINE_SECONDS)
            try:
                previous = _run(text, filename, limit)
                break
            except Overtime:
                if attempt or limit >= MAX_LINE_SECONDS:
                    pytest.fail(
                        f"one line of {size:,} characters took more than {limit * 1000:.0f} ms, "
                        f"{size // 4:,} characters took {previous * 1000:.0f} ms: "
                        + ("over 8x for 4x the input, the cost grows faster than linearly" if limit < MAX_LINE_SECONDS
                           else f"the safety net of {MAX_LINE_SECONDS:g} s per run")
                    )
                previous = min(previous, _run(one_long_line(size // 4, ext), filename, MAX_LINE_SECONDS))


# --- extra-phrases are literal phrases ---------------------------------------------------------

EVIL = [".*", "(a+)+$", "[", "\\", "(?i)x|y", "a{1,99999}"]


def _config(rule: str, phrases: list[str]):
    return from_table({"rules": {rule: {"extra-phrases": phrases}}}, "/tmp/.empathy-lint.toml")


def _flagged(findings, text: str, phrase: str, rule: str = "scripted-empathy") -> bool:
    return any(f.rule == rule and phrase in text[f.start : f.end] for f in findings)


@pytest.mark.parametrize(
    "phrase, literal_text, regex_only_text",
    [
        (".*", "Some teams say .* here.", "Thanks for the call, Dana."),
        ("(a+)+$", "The pattern (a+)+$ came up.", "Send it to aaaa"),
        ("[", "Press [ to continue.", None),  # as a regex: an error
        ("\\", "The path ends in \\ today.", None),  # as a regex: an error
        ("(?i)x|y", "We saw (?i)x|y in the logs.", "Pick x or y today."),
        ("a{1,99999}", "Limits like a{1,99999} are odd.", "It was a good call."),
    ],
)
def test_extra_phrases_match_literally(phrase, literal_text, regex_only_text):
    config = _config("scripted-empathy", [phrase])
    with deadline(10):
        found = linter.lint_text(literal_text, "draft.txt", config)
        assert _flagged(found, literal_text, phrase), f"{phrase!r} not found literally in {literal_text!r}: {found}"
        if regex_only_text is not None:
            found = linter.lint_text(regex_only_text, "draft.txt", config)
            assert not any(f.rule == "scripted-empathy" for f in found), f"{phrase!r} was read as a regular expression: {found}"


def test_extra_phrases_cannot_blow_up():
    """Every rule's extra-phrases, full of regex metacharacters, on text that would make them backtrack."""
    from linter.rules import REGISTRY, meta

    rules = [rid for rid, module in REGISTRY.items() if meta.option(module, "extra-phrases") is not None]
    assert rules
    # Input a regular-expression reading of the phrases would backtrack on
    # (``(a+)+$`` on a long run of a's), and a few literal occurrences.
    text = "I understand, but " + "a" * 3000 + "! " + " aaaa" * 200 + " x ( y [ z \\ w .* v a{1,99999}" * 10 + "\n"
    runs = [(rid, ".txt") for rid in rules] + [("scripted-empathy", ext) for ext in READERS if ext != ".txt"]
    for rid, ext in runs:
        config = _config(rid, EVIL)
        try:
            with deadline(5):
                linter.lint_text(wrap(text, ext), "draft" + ext, config)
        except Overtime:
            pytest.fail(f"{rid} with extra-phrases {EVIL} took more than 5 s on {ext}")


def test_extra_phrases_from_a_config_file_are_literal(tmp_path):
    (tmp_path / ".empathy-lint.toml").write_text(
        "[rules.scripted-empathy]\nextra-phrases = ['.*', '(a+)+$', '[', '\\', 'we hear you (loud)']\n",
        encoding="utf-8",
    )
    config = load_file(str(tmp_path / ".empathy-lint.toml"))
    assert config.options["scripted-empathy"]["extra-phrases"] == (".*", "(a+)+$", "[", "\\", "we hear you (loud)")
    draft = tmp_path / "draft.txt"  # in Markdown, * is emphasis and a backslash escapes
    # one phrase a sentence: a rule reports a sentence at most once
    text = "Dana, we hear you (loud) and clear. Press [ now. Or \\ today. Then see .* here. And (a+)+$ here.\n"
    draft.write_text(text, encoding="utf-8")
    with deadline(10):
        found = linter.lint_file(str(draft), config)
    for phrase in (".*", "(a+)+$", "[", "\\", "we hear you (loud)"):
        assert _flagged(found, text, phrase), f"{phrase!r} from the config file was not matched literally: {found}"
    with deadline(10):
        assert not any(f.rule == "scripted-empathy" for f in linter.lint_text("Thanks for the call aaaa", "draft.txt", config))
