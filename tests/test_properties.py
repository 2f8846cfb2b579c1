"""Property tests: no draft crashes the linter, and every finding points at its words.

Drafts are generated from a mix of random Unicode and sales-like fragments
(stock phrases, `but`, agreements, pitches, merge fields, quotes, speaker
labels, markup, CRLF, a byte-order mark ...) so that the rules actually fire.
"""

from __future__ import annotations

import base64
import html
import os
import quopri
import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import linter
from conftest import original_text, span_text
from linter.document import normalize
from linter.readers.eml import EmailError

#: Modest by default to keep the suite fast; EMPATHY_LINT_EXAMPLES=2000 for a deeper search.
EXAMPLES = int(os.environ.get("EMPATHY_LINT_EXAMPLES", "120"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SALES = [
    "I completely understand", "I totally get it", "I hear you", "I feel your pain", "I understand your frustration",
    "I know exactly how you feel", "We apologize for any inconvenience", "I understand where you’re coming from",
    "I understand", "That makes sense", "That must have been frustrating", "It sounds like budget is tight",
    "You’re right", "Fair point", "True", "You're right, it is too expensive", "I agree our onboarding is painful",
    "but", " but ", ", but we need a decision", "However, our price is fixed", ", though we can't move",
    "not only fast but also safe", "nothing but", "Our platform goes live in ten days", "We offer a 20% discount",
    "Here’s how", "let me show you", "We got burned by delays", "The budget is tight", "We’re worried",
    "Can you send the timeline?", "Could we meet Tuesday at 10?", "just checking in", "don't worry",
    "this price expires Friday", "only two spots left",
    "{{first_name}}", "{{#if x}}", "{{/if}}", "{% if x %}", "{% endif %}", "{first_name}", "[First Name]",
    "%FIRSTNAME%", "`code`", "**", "_", "“", "”", "’", "'", '"', "\u00a0", "\t", " ", ". ", "! ", "? ", ", ",
    "—", "😀", "👍🏽", "🇺🇸", "é", "e\u0301", "ß", "İ", "\u200b", "\ufffc",
]
STRUCTURE = [
    "\n", "\n", "\r\n", "\n\n", "\n> ", "\n>> ", "\n- ", "\n1. ", "\n# ", "\n    ", "\n```\n", "\n~~~\n",
    "\n-- \n", "\nOn Mon, Jan 5, 2026, Dana <d@example.com> wrote:\n", "\nDana Buyer wrote:\n",
    "\n-----Original Message-----\n", "\nFrom: Dana\nSent: Monday\n", "\nSubject: Hi\n", "\nTo: Dana\n",
    "\nBuyer: ", "\nAE: ", "\nProspect: ", "\nSDR: ", "\n**CFO:** ", "\n**AE:** ", "(slight nod) ",
    "<!-- empathy-lint: disable -->", "<!-- empathy-lint: disable-next-line but-bridge -->",
    "<!-- empathy-lint: enable -->", "<!-- ", " -->", "[docs](https://example.com/but)", "\n---\n", "\n+++\n",
    "\n| a | b |\n|---|---|\n| ", " | ", "\ufeff",
]
HTML_BITS = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<blockquote>", "</blockquote>", '<div class="gmail_quote">',
    "<b>", "</b>", "<em>", "</em>", "&rsquo;", "&nbsp;", "&amp;", "&#8217;", "&lt;", "<code>", "</code>",
    "<script>", "</script>", "<!--", "-->", '<a href="https://example.com/but">', "</a>", "&", "<",
]

SENTENCES = [
    "I completely understand, but we need a decision.", "I understand the timing is tight, but we need a decision.",
    "That makes sense. However, our price is fixed.", "I hear you on the three-month waits.",
    "You’re right, it is too expensive.", "I totally get it, though we can’t move the date.",
    "That must have been frustrating. Here’s how our onboarding is different.",
    "We got burned by the last vendor’s rollout delays.", "Our platform goes live in ten days, guaranteed.",
    "I’m sorry for any inconvenience.", "Just checking in on this.", "Don’t worry, it’s not a big deal.",
]

fragment = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SALES),
    st.sampled_from(SALES),
    st.sampled_from(STRUCTURE),
    st.text(max_size=4),
)
html_fragment = st.one_of(fragment, st.sampled_from(HTML_BITS))


def drafts(frag=fragment, max_size=30):
    return st.lists(frag, max_size=max_size).map("".join)


def md_visible(span: str) -> str:
    span = re.sub(r"\\(?=[!-/:-@\[-`{-~])", "", span)
    return html.unescape(re.sub(r"[*_~]", "", span))


def html_visible(span: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", span))


def words(text: str) -> str:
    return " ".join(normalize(text).lower().split())


def check_findings(text: str, filename: str, visible=lambda s: s, exact_words=True) -> list:
    """Lint, then check every finding's span against the original text."""
    found = linter.lint_text(text, filename)
    original = original_text(text)
    lines = original.split("\n")
    keys = [f.sort_key() for f in found]
    assert keys == sorted(keys)
    for f in found:
        assert 1 <= f.line <= f.end_line <= len(lines)
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1
        assert 1 <= f.end_column <= len(lines[f.end_line - 1]) + 1
        assert (f.line, f.column) < (f.end_line, f.end_column)
        assert f.message and "\n" not in f.message.strip()
        assert f.severity in ("error", "warning", "info")
        span = span_text(original, f)
        if not exact_words:
            continue
        seen = words(visible(span))
        assert re.search(r"\w", seen), (f, span)
        if f.rule == "but-bridge":
            assert seen in ("but", "however", "though"), (f, span)
        if f.rule == "scripted-empathy" and f.message.startswith("“"):
            quoted = f.message[1 : f.message.index("”")]
            assert seen == words(quoted), (f, span)
    return found


# --- every reader ----------------------------------------------------------------------------------


@SETTINGS
@given(drafts())
def test_txt(text):
    check_findings(text, "draft.txt")


@SETTINGS
@given(drafts())
def test_markdown(text):
    check_findings(text, "draft.md", md_visible)


@SETTINGS
@given(drafts(html_fragment))
@example("&I completely understand, but we need a decision.")  # a bare & before the phrase
def test_html(text):
    check_findings(text, "draft.html", html_visible)


@st.composite
def call_scripts(draw):
    labels = draw(st.sampled_from([
        ("AE", "Buyer"), ("SDR", "Prospect"), ("Rep", "Customer"), ("**AE:**", "**CFO:**"), ("Agent", "Client"),
    ]))
    rep, buyer = labels
    turns = draw(st.lists(st.tuples(st.booleans(), drafts(st.sampled_from(SALES + [" ", ". ", "(pause) "]), 8)), min_size=2, max_size=6))
    eol = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    out = []
    for is_rep, said in turns:
        label = rep if is_rep else buyer
        out.append((label if label.endswith(":**") else label + ":") + " " + said.replace("\n", " "))
        if draw(st.booleans()):
            out.append("(" + draw(st.sampled_from(["slight nod, calm tone", "pause", "steady tone"])) + ")")
    return eol.join(out)


@SETTINGS
@given(call_scripts(), st.sampled_from(["call.txt", "call.md"]))
def test_call_scripts(text, filename):
    check_findings(text, filename, md_visible if filename.endswith(".md") else (lambda s: s))


@st.composite
def emails(draw):
    subject = draw(drafts(max_size=6)).replace("\r", " ").replace("\n", " ")
    name = draw(st.sampled_from(["Dana Buyer", "Sam", "I completely understand", "O'Brien, Pat"]))
    html_body = draw(st.booleans())
    body = draw(drafts(html_fragment if html_body else fragment))
    cte = draw(st.sampled_from(["7bit", "8bit", "quoted-printable", "base64"]))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    multipart = draw(st.booleans())
    if cte == "quoted-printable":
        payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    else:
        payload = body
    ctype = "text/html" if html_body else "text/plain"
    headers = (
        f'From: "{name}" <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: {subject}\n'
        "Date: Mon, 5 Jan 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
    )
    part = f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{payload}"
    if multipart:
        text = headers + 'Content-Type: multipart/alternative; boundary="=b="\n\n--=b=\n' + part + "\n--=b=--\n"
    else:
        text = headers + part
    return text.replace("\r\n", "\n").replace("\n", eol), cte, html_body


@SETTINGS
@given(emails())
def test_eml(case):
    text, cte, html_body = case
    if cte == "base64":
        check_findings(text, "draft.eml", exact_words=False)
    elif cte == "quoted-printable":

        def visible(span):
            decoded = quopri.decodestring(span.replace("\r", "").encode("utf-8")).decode("utf-8", "replace")
            return html_visible(decoded) if html_body else decoded

        check_findings(text, "draft.eml", visible)
    else:
        check_findings(text, "draft.eml", html_visible if html_body else (lambda s: s))


@SETTINGS
@given(drafts())
def test_any_text_named_eml_is_linted_or_refused_cleanly(text):
    try:
        check_findings(text, "draft.eml", exact_words=False)
    except EmailError:
        pass  # "not an email message": the CLI reports it as one line


# --- what never produces a finding, whatever it says --------------------------------------------------


@SETTINGS
@given(drafts(), st.sampled_from(["draft.txt", "draft.md"]))
def test_a_fully_quoted_message_has_no_finding(text, filename):
    """Every line quoted with `>` is the buyer's: nothing in it is linted."""
    quoted = "\n".join("> " + line for line in text.replace("\ufeff", "").split("\n"))
    assert linter.lint_text(quoted, filename) == []


@SETTINGS
@given(drafts())
def test_fenced_code_has_no_finding(text):
    assume("```" not in text and "~~~" not in text)
    fenced = "Notes:\n\n````python\n" + text.replace("\ufeff", "") + "\n````\n"
    assert linter.lint_text(fenced, "draft.md") == []


@SETTINGS
@given(drafts())
def test_html_comment_has_no_finding(text):
    assume("-->" not in text and "empathy-lint" not in text)
    for filename in ("draft.txt", "draft.md", "draft.html"):
        assert linter.lint_text("Notes:\n<!--\n" + text.replace("\ufeff", "") + "\n-->\n", filename) == []


# --- positions do not depend on line endings or a byte-order mark -----------------------------------------


def positions(text: str, filename: str):
    return [(f.rule, f.line, f.column, f.end_line, f.end_column) for f in linter.lint_text(text, filename)]


@SETTINGS
@given(drafts(), st.sampled_from(["draft.txt", "draft.md"]))
def test_crlf_gives_the_same_positions_as_lf(text, filename):
    assume("\r" not in text and "\ufeff" not in text)
    assert positions(text.replace("\n", "\r\n"), filename) == positions(text, filename)


@SETTINGS
@given(drafts(html_fragment), st.sampled_from(["draft.txt", "draft.md", "draft.html"]))
def test_bom_gives_the_same_positions(text, filename):
    assume(not text.startswith("\ufeff"))
    assert positions("\ufeff" + text, filename) == positions(text, filename)


@SETTINGS
@given(drafts(), st.sampled_from(["draft.txt", "draft.md", "draft.html"]))
def test_linting_is_deterministic(text, filename):
    assert positions(text, filename) == positions(text, filename)


# --- a few fixed drafts the strategies should always cover ------------------------------------------------


@pytest.mark.parametrize(
    "filename,text",
    [
        ("a.txt", ""),
        ("a.txt", "\ufeff"),
        ("a.md", "\r\n\r\n"),
        ("a.html", "<"),
        ("a.html", "<!--"),
        ("a.md", "```"),
        ("a.md", "---\n"),
        ("a.txt", "> "),
        ("a.txt", "Buyer:\nAE:"),
        ("a.eml", "From: a@example.com\n\n"),
        ("a.eml", "Content-Transfer-Encoding: base64\n\n!!!!"),
        ("a.eml", "Content-Transfer-Encoding: quoted-printable\n\n=ZZ=\n=E2=80"),
    ],
)
def test_degenerate_drafts_do_not_crash(filename, text):
    assert check_findings(text, filename, exact_words=False) == []


@given(st.text())
@SETTINGS
def test_normalization_changes_only_quotes_and_spaces_one_for_one(text):
    """Prose keeps one character per source character, so positions stay exact (the ASCII fast path included)."""
    out = normalize(text)
    assert len(out) == len(text)
    for a, b in zip(text, out):
        # U+02BC (modifier letter apostrophe) counts as a letter to Python, and is an apostrophe to a reader
        assert a == b or (b in " '\"" and (not a.isalnum() or a == "\u02bc"))
    from linter.document import _NORMALIZE

    assert out == text.translate(_NORMALIZE)
