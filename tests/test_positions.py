"""Positions are exact in the original file, for every format.

Each case marks the words that must be flagged with ⟦ ⟧ in the file's own
text. The test removes the marks, writes the file (LF or CRLF, with or
without a UTF-8 byte-order mark, with or without a final newline), lints it
from disk and checks that every finding starts and ends exactly at a mark:
1-based lines, columns in Unicode code points, ``end_column`` exclusive.
Decoded (HTML entities, quoted-printable), the text at the span must also be
the flagged words themselves.
"""

from __future__ import annotations

import base64
import html
import quopri
import re

import pytest

import linter
from conftest import original_text, span_text
from linter.document import normalize

OPEN, CLOSE = "\u27e6", "\u27e7"

SB = ("scripted-empathy", "I completely understand")
BB = ("but-bridge", "but")


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start = None
    for ch in marked:
        if ch == OPEN:
            start = length
        elif ch == CLOSE:
            spans.append((start, length))
            start = None
        else:
            out.append(ch)
            length += 1
    return "".join(out), spans


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def plain(span: str) -> str:
    return span


def from_html(span: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", span))


def from_md(span: str) -> str:
    # emphasis markers inside a span are markup, not words
    return html.unescape(span.replace("**", "").replace("_", ""))


def from_qp(span: str) -> str:
    return quopri.decodestring(span.encode("ascii")).decode("utf-8")


def words(decoded: str) -> str:
    return " ".join(normalize(decoded).split())


EML_HEAD = (
    "From: Sam Rep <sam@example.com>\n"
    "To: Dana Buyer <dana@example.com>\n"
    "Subject: Re: timeline\n"
    "Date: Mon, 5 Jan 2026 09:00:00 +0000\n"
    "Message-ID: <abc123@example.com>\n"
    "MIME-Version: 1.0\n"
)

# id, filename, marked text, decoder, expected (rule, words) in file order
CASES = [
    ("txt-plain", "a.txt", "Hi Dana,\n\n⟦I completely understand⟧, ⟦but⟧ we need a decision.\n\nBest,\nSam", plain, [SB, BB]),
    (
        "txt-tabs",
        "a.txt",
        "Hi Dana,\n\n\tThanks.\t⟦I completely understand⟧,\t⟦but⟧ we need a decision.",
        plain,
        [SB, BB],
    ),
    (
        "txt-smart-quotes",
        "a.txt",
        "Thanks for the call.\n⟦I understand where you’re coming from⟧. ⟦You’re right, it’s too expensive⟧.",
        plain,
        [("scripted-empathy", "I understand where you're coming from"), ("conceded-fact", "You're right, it's too expensive")],
    ),
    (
        "txt-nbsp",
        "a.txt",
        "Thanks.\n⟦I completely\u00a0understand⟧,\u00a0⟦but⟧\u00a0we need a decision.",
        plain,
        [SB, BB],
    ),
    (
        "txt-emoji-before",
        "a.txt",
        "😀🙏 Thanks! 👍🏽 🇺🇸 ⟦I completely understand⟧, ⟦but⟧ we need a decision. 🚀",
        plain,
        [SB, BB],
    ),
    (
        "txt-phrase-wrapped-over-lines",
        "a.txt",
        "Thanks for the call.\n⟦I completely\nunderstand⟧, ⟦but⟧ we\nneed a decision.",
        plain,
        [SB, BB],
    ),
    (
        "txt-merge-fields-before",
        "a.txt",
        "Hi {{first_name}} at %COMPANY%, [First Name] {first_name}: ⟦I completely understand⟧, ⟦but⟧ we need a decision.",
        plain,
        [SB, BB],
    ),
    (
        "md-list-items",
        "a.md",
        "# Notes\n\n- Thanks for the call.\n- ⟦I completely understand⟧, ⟦but⟧ we need a decision.\n"
        "  1. Nested: ⟦I completely understand⟧, ⟦but⟧ we need a decision.\n",
        from_md,
        [SB, BB, SB, BB],
    ),
    ("md-heading", "a.md", "## ⟦I completely understand⟧, ⟦but⟧ we need a decision\n\nBody text.\n", from_md, [SB, BB]),
    (
        "md-table",
        "a.md",
        "| Objection | Reply |\n| --- | --- |\n| ⟦I hear you⟧ | ⟦I completely understand⟧, ⟦but⟧ we need a decision. |\n",
        from_md,
        [("scripted-empathy", "I hear you"), SB, BB],
    ),
    (
        "md-blockquote-vs-not",
        "a.md",
        "> I completely understand, but we need a decision.\n>\n> Dana\n\n⟦I completely understand⟧, ⟦but⟧ we need a decision.\n",
        from_md,
        [SB, BB],
    ),
    ("md-strong", "a.md", "Hello.\n\n**⟦I completely understand⟧**, ⟦but⟧ we need a decision.\n", from_md, [SB, BB]),
    ("md-underscore-emphasis", "a.md", "Hello.\n\n_⟦I completely understand⟧_, ⟦but⟧ we need a decision.\n", from_md, [SB, BB]),
    (
        "md-link-text",
        "a.md",
        "Hello.\n\n[⟦I completely understand⟧](https://example.com/but/however), ⟦but⟧ we need a decision.\n",
        from_md,
        [SB, BB],
    ),
    (
        "md-tab-smart-quote-entity",
        "a.md",
        "Thanks.\t⟦I understand where you’re coming from⟧. You&rsquo;re busy. ⟦I completely understand⟧,&nbsp;⟦but⟧ we need a decision.\n",
        from_md,
        [("scripted-empathy", "I understand where you're coming from"), SB, BB],
    ),
    ("html-p", "a.html", "<p>⟦I completely understand⟧, ⟦but⟧ we need a decision.</p>", from_html, [SB, BB]),
    (
        "html-entities-in-sentence",
        "a.html",
        "<p>⟦I completely understand⟧ you&rsquo;re busy,&nbsp;⟦but⟧ we&#8217;re out of time.</p>",
        from_html,
        [SB, BB],
    ),
    (
        "html-nbsp-inside-phrase",
        "a.html",
        "<p>⟦I completely&nbsp;understand⟧, ⟦but⟧ we need a decision.</p>",
        from_html,
        [SB, BB],
    ),
    (
        "html-indented-document",
        "a.html",
        "<html>\n  <head><title>I completely understand, but no</title></head>\n  <body>\n    <p>Hi Dana,</p>\n"
        "    <p>\n\tThanks for the call. 😀\n      ⟦I completely understand⟧, ⟦but⟧ we need a decision.\n    </p>\n  </body>\n</html>",
        from_html,
        [SB, BB],
    ),
    (
        "html-inline-tags",
        "a.html",
        "<div><strong>⟦I completely understand⟧</strong>, ⟦but⟧ <em>we</em> need a decision.</div>",
        from_html,
        [SB, BB],
    ),
    (
        "eml-7bit",
        "a.eml",
        EML_HEAD + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Hi Dana,\n\n⟦I completely understand⟧, ⟦but⟧ we need a decision.\n\nSam\n",
        plain,
        [SB, BB],
    ),
    (
        "eml-quoted-printable",
        "a.eml",
        EML_HEAD + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Hi Dana,\n\nThanks for the call. ⟦I completely under=\nstand⟧ you=E2=80=99re busy, ⟦but⟧ we need a decis=\nion.\n"
        "⟦I understand where you=E2=80=99re coming from⟧.\n",
        from_qp,
        [SB, BB, ("scripted-empathy", "I understand where you're coming from")],
    ),
    (
        "eml-multipart-alternative",
        "a.eml",
        EML_HEAD + 'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\n'
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Hi Dana,\n\n⟦I completely understand⟧, ⟦but⟧ we need a decision.\n\n--b1\n"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "<p>Hi Dana,</p><p>I completely understand, but we need a decision.</p>\n\n--b1--\n",
        plain,
        [SB, BB],
    ),
    (
        "eml-html-only-qp",
        "a.eml",
        EML_HEAD + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        '<p class=3D"greeting">Hi Dana,</p>\n<p>Thanks. ⟦I completely understand⟧, ⟦but⟧ we=E2=80=99re out of ti=\nme.</p>\n',
        lambda s: from_html(from_qp(s)),
        [SB, BB],
    ),
]


def build(marked: str, eol: str, final_newline: bool) -> tuple[str, list[tuple[int, int]]]:
    marked = marked.rstrip("\n")
    if final_newline:
        marked += "\n"
    return unmark(marked.replace("\n", eol))


@pytest.mark.parametrize("final_newline", [True, False], ids=["final-newline", "no-final-newline"])
@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
@pytest.mark.parametrize("eol", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_finding_spans_are_exactly_the_flagged_words(tmp_path, case, eol, bom, final_newline):
    _id, filename, marked, decode, expected = case
    text, marks = build(marked, eol, final_newline)
    path = tmp_path / filename
    path.write_bytes((("\ufeff" if bom else "") + text).encode("utf-8"))

    rules = {r for r, _ in expected}
    found = [f for f in linter.lint_file(str(path)) if f.rule in rules]

    want = []
    for (rule, _words), (a, b) in zip(expected, marks, strict=True):
        want.append((rule, *line_col(text, a), *line_col(text, b)))
    got = [(f.rule, f.line, f.column, f.end_line, f.end_column) for f in found]
    assert sorted(got) == sorted(want)

    original = original_text(path.read_bytes())
    for f in found:
        rule_words = dict.fromkeys(w for r, w in expected if r == f.rule)
        assert words(decode(span_text(original, f).replace("\r", ""))) in rule_words


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_byte_order_mark_does_not_shift_columns(case):
    _id, filename, marked, _decode, _expected = case
    text, _ = build(marked, "\n", True)
    without = [(f.rule, f.line, f.column, f.end_line, f.end_column) for f in linter.lint_text(text, filename)]
    with_bom = [(f.rule, f.line, f.column, f.end_line, f.end_column) for f in linter.lint_text("\ufeff" + text, filename)]
    assert without and with_bom == without


def test_columns_count_code_points_not_bytes_or_utf16_units():
    # 👍🏽 is two code points (four UTF-16 units, eight UTF-8 bytes); 😀 is one.
    text = "😀👍🏽 I completely understand, but we need a decision."
    found = {f.rule: f for f in linter.lint_text(text, "a.txt")}
    assert (found["scripted-empathy"].line, found["scripted-empathy"].column) == (1, 5)
    assert found["scripted-empathy"].end_column == 5 + len("I completely understand")
    assert found["but-bridge"].column == 5 + len("I completely understand, ")
    assert found["but-bridge"].end_column == found["but-bridge"].column + 3


def test_smart_apostrophe_matches_like_a_straight_one():
    straight = linter.lint_text("I understand where you're coming from.", "a.txt")
    curly = linter.lint_text("I understand where you’re coming from.", "a.txt")
    assert "scripted-empathy" in [f.rule for f in straight]
    assert [(f.rule, f.column, f.end_column) for f in curly] == [(f.rule, f.column, f.end_column) for f in straight]


@pytest.mark.parametrize(
    "entity",
    ["&rsquo;", "&#8217;", "&#x2019;"],
)
@pytest.mark.parametrize("filename", ["a.html", "a.md"])
def test_apostrophe_entity_matches_like_a_straight_apostrophe(entity, filename):
    """``you&rsquo;re`` is what an HTML editor writes for ``you’re``; it must match the same phrases."""
    body = f"I understand where you{entity}re coming from."
    text = f"<p>{body}</p>" if filename.endswith(".html") else body + "\n"
    found = [f for f in linter.lint_text(text, filename) if f.rule == "scripted-empathy"]
    assert len(found) == 1
    assert from_html(span_text(text, found[0])) == "I understand where you’re coming from"


def test_base64_email_points_at_the_encoded_line():
    body = (
        b"Hi Dana,\n\nThanks for walking me through the rollout plan yesterday, it helped a lot.\n"
        b"I completely understand, but we need a decision by Friday.\n\nSam\n"
    )
    encoded = base64.encodebytes(body).decode("ascii")  # 76 characters = 57 bytes a line
    head = EML_HEAD + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    text = head + encoded
    first_body_line = head.count("\n") + 1

    found = {f.rule: f for f in linter.lint_text(text, "a.eml")}
    assert {"scripted-empathy", "but-bridge"} <= set(found)
    phrase_at = body.index(b"I completely understand")
    but_at = body.index(b"but we need")
    assert found["scripted-empathy"].line == first_body_line + phrase_at // 57
    assert found["but-bridge"].line == first_body_line + but_at // 57


def test_positions_survive_crlf_email_with_quoted_reply():
    text = (
        EML_HEAD + "Content-Type: text/plain; charset=utf-8\n\n"
        "I completely understand, but we need a decision.\n\n"
        "On Mon, Jan 5, 2026 at 9:00 AM, Dana Buyer <dana@example.com> wrote:\n"
        "> I completely understand, but we need a decision.\n"
    ).replace("\n", "\r\n")
    found = [f for f in linter.lint_text(text, "a.eml") if f.rule in ("scripted-empathy", "but-bridge")]
    body_line = EML_HEAD.count("\n") + 3
    assert [(f.rule, f.line, span_text(text, f)) for f in found] == [
        ("scripted-empathy", body_line, "I completely understand"),
        ("but-bridge", body_line, "but"),
    ]


def test_messages_stay_on_one_line_when_the_phrase_wraps():
    """A finding is one line of output even when its phrase is wrapped over two lines."""
    found = linter.lint_text("Thanks for the call.\nI completely\nunderstand, but we need a decision.\n", "a.txt")
    stock = [f for f in found if f.rule == "scripted-empathy"]
    assert stock, found
    for f in found:
        assert "\n" not in f.message and "\r" not in f.message, f.message
