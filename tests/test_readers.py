"""What the readers hand to the rules: only the rep's prose, with the buyer's words as context.

Every case is a document with two slots: ``@P@`` stands in the rep's prose
and ``@B@`` in a place that is not the rep's prose (code, a comment, a
template tag, a header, a signature, the buyer's words ...). With the bait
in the hidden slot the document has no finding; with the bait in the prose
slot the same document has exactly the bait's findings, on the prose line.
So each case proves both halves: the hidden part is skipped and the reader
still reads the rest.
"""

from __future__ import annotations

import pytest

import linter
from conftest import BAIT, BAIT_FLAGS, BAIT_RULES, flags, span_text

NEUTRAL = "Thanks for the call today."
FILLER = "Sam will send the notes."
SHORT_BAIT = "I hear you"  # fits inside a merge field: {…}, […]

EML_HEAD = "From: Sam Rep <sam@example.com>\nTo: Dana Buyer <dana@example.com>\nSubject: Notes\nMIME-Version: 1.0\n"
EML_PLAIN = EML_HEAD + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
EML_HTML = EML_HEAD + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"


def fill(template: str, prose: str, hidden: str) -> str:
    return template.replace("@P@", prose).replace("@B@", hidden)


def prose_line(template: str) -> int:
    return template[: template.index("@P@")].count("\n") + 1


def check_two_slots(filename: str, template: str, bait: str = BAIT, expected=None) -> None:
    expected = BAIT_FLAGS if expected is None else expected
    hidden = fill(template, NEUTRAL, bait)
    assert linter.lint_text(hidden, filename) == [], "the hidden slot was linted"
    shown = fill(template, bait, FILLER)
    found = linter.lint_text(shown, filename)
    rules = {r for r, _ in expected}
    assert [(f.rule, span_text(shown, f)) for f in found if f.rule in rules] == expected, "the prose slot was not linted"
    assert {f.line for f in found} == {prose_line(template)}


# --- the bait is flagged in prose of every format --------------------------------------------

PROSE_CONTROLS = [
    ("a.txt", f"{BAIT}\n"),
    ("a.md", f"# Notes\n\n{BAIT}\n"),
    ("a.html", f"<html><body><p>{BAIT}</p></body></html>"),
    ("a.htm", f"<div>{BAIT}</div>"),
    ("a.markdown", f"{BAIT}\n"),
    ("a.eml", EML_PLAIN + BAIT + "\n"),
    ("a.eml", EML_HTML + f"<p>{BAIT}</p>\n"),
]


@pytest.mark.parametrize("filename,text", PROSE_CONTROLS)
def test_bait_is_flagged_in_plain_prose(filename, text):
    assert flags(text, filename, rules=BAIT_RULES) == BAIT_FLAGS


# --- what is not prose --------------------------------------------------------------------

NOT_PROSE = [
    # Markdown code
    ("md-fenced-backticks", "a.md", "@P@\n\n```\n@B@\n```\n"),
    ("md-fenced-tildes-info", "a.md", "@P@\n\n~~~console\n@B@\n~~~\n"),
    ("md-fenced-in-list", "a.md", "- @P@\n\n  ```\n  @B@\n  ```\n"),
    ("md-indented-code", "a.md", "@P@\n\n    @B@\n"),
    ("md-inline-code", "a.md", "@P@ Run `@B@` now.\n"),
    ("md-inline-code-double-ticks", "a.md", "@P@ Run ``@B@`` now.\n"),
    # comments
    ("md-html-comment", "a.md", "@P@\n\n<!-- @B@ -->\n"),
    ("md-html-comment-multiline", "a.md", "@P@\n\n<!--\n@B@\n-->\n"),
    ("md-html-comment-inline", "a.md", "@P@ <!-- @B@ --> Thanks.\n"),
    ("txt-html-comment", "a.txt", "@P@ <!-- @B@ --> Thanks.\n"),
    ("html-comment", "a.html", "<p>@P@ <!-- @B@ --> Thanks.</p>"),
    ("eml-html-comment", "a.eml", EML_PLAIN + "@P@\n<!-- @B@ -->\n"),
    # links
    ("md-link-title", "a.md", '@P@ See [the docs](https://example.com "@B@").\n'),
    ("md-link-url-with-spaces", "a.md", "@P@ See [the docs](<https://example.com/@B@>).\n"),
    ("md-link-reference-definition", "a.md", '@P@ See [the docs][d].\n\n[d]: https://example.com "@B@"\n'),
    ("html-attributes", "a.html", '<p title="@B@">@P@ <a href="https://example.com/@B@">docs</a></p>'),
    # front matter
    ("md-yaml-front-matter", "a.md", '---\ntitle: @B@\nsummary: "@B@"\n---\n\n@P@\n'),
    ("md-toml-front-matter", "a.md", '+++\ntitle = "@B@"\n+++\n\n@P@\n'),
    # template syntax, every format
    ("txt-mustache", "a.txt", 'Hi {{ first_name | default: "@B@" }},\n\n@P@\n'),
    ("txt-handlebars-block", "a.txt", '{{#if (eq tone "@B@")}}\n@P@\n{{/if}}\n'),
    ("txt-jinja", "a.txt", '{% if note == "@B@" %}\n@P@\n{% endif %}\n'),
    ("txt-jinja-comment", "a.txt", "{# @B@ #}\n@P@\n"),
    ("md-mustache", "a.md", 'Hi {{ first_name | default: "@B@" }},\n\n@P@\n'),
    ("md-handlebars-block", "a.md", '{{#if (eq tone "@B@")}}\n\n@P@\n\n{{/if}}\n'),
    ("md-jinja", "a.md", '{% if note == "@B@" %}\n\n@P@\n\n{% endif %}\n'),
    ("html-mustache", "a.html", '<p>Hi {{ first_name | default: "@B@" }},</p><p>@P@</p>'),
    ("html-handlebars-block", "a.html", '<p>{{#if (eq tone "@B@")}}@P@{{/if}}</p>'),
    ("html-jinja", "a.html", '<p>{% if note == "@B@" %}</p><p>@P@</p><p>{% endif %}</p>'),
    ("eml-mustache", "a.eml", EML_PLAIN + 'Hi {{ first_name | default: "@B@" }},\n\n@P@\n'),
    ("eml-jinja", "a.eml", EML_PLAIN + '{% if note == "@B@" %}\n@P@\n{% endif %}\n'),
    # HTML that is not visible text
    ("html-code", "a.html", "<p>@P@ Run <code>@B@</code> now.</p>"),
    ("html-pre", "a.html", "<p>@P@</p><pre>@B@</pre>"),
    ("html-script", "a.html", '<script>var note = "@B@";</script><p>@P@</p>'),
    ("html-style", "a.html", "<style>/* @B@ */</style><p>@P@</p>"),
    ("html-head-title", "a.html", "<html><head><title>@B@</title></head><body><p>@P@</p></body></html>"),
    # headers
    ("txt-leading-headers", "a.txt", "Subject: @B@\nTo: Dana <dana@example.com>\nCc: Lee <lee@example.com>\n\n@P@\n"),
    ("txt-leading-to-header", "a.txt", "To: Dana <dana@example.com>\nSubject: Re: @B@\n\n@P@\n"),
    (
        "eml-subject",
        "a.eml",
        "From: Sam Rep <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: @B@\n"
        "Content-Type: text/plain; charset=utf-8\n\n@P@\n",
    ),
    (
        "eml-folded-subject",
        "a.eml",
        "From: Sam Rep <sam@example.com>\nSubject: Re:\n @B@\nContent-Type: text/plain; charset=utf-8\n\n@P@\n",
    ),
    (
        "eml-display-name",
        "a.eml",
        'From: "@B@" <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: Notes\n\n@P@\n',
    ),
    # signatures
    ("txt-signature", "a.txt", "@P@\n\n-- \n@B@\n"),
    ("eml-signature", "a.eml", EML_PLAIN + "@P@\n\n-- \nSam Rep\n@B@\n"),
    ("md-signature", "a.md", "@P@\n\n-- \n@B@\n"),
]


@pytest.mark.parametrize("case_id,filename,template", NOT_PROSE, ids=[c[0] for c in NOT_PROSE])
def test_not_prose_is_never_linted(case_id, filename, template):
    check_two_slots(filename, template)


MERGE_FIELDS = [
    ("txt-curly-field", "a.txt", "Hi {@B@},\n\n@P@\n"),
    ("txt-bracket-field", "a.txt", "Hi [@B@],\n\n@P@\n"),
    ("md-bracket-field", "a.md", "Hi [@B@],\n\n@P@\n"),
    ("html-curly-field", "a.html", "<p>Hi {@B@},</p><p>@P@</p>"),
    ("eml-bracket-field", "a.eml", EML_PLAIN + "Hi [@B@],\n\n@P@\n"),
]


@pytest.mark.parametrize("case_id,filename,template", MERGE_FIELDS, ids=[c[0] for c in MERGE_FIELDS])
def test_merge_field_names_are_not_prose(case_id, filename, template):
    check_two_slots(filename, template, bait=SHORT_BAIT, expected=[("scripted-empathy", SHORT_BAIT)])


@pytest.mark.parametrize(
    "filename,text",
    [
        ("a.txt", "Hi %FIRSTNAME%, {first_name} and [First Name],\n\n" + BAIT + "\n"),
        ("a.md", "Hi %FIRSTNAME%, {first_name} and [First Name],\n\n" + BAIT + "\n"),
        ("a.html", "<p>Hi %FIRSTNAME%, {first_name} and [First Name],</p><p>" + BAIT + "</p>"),
    ],
)
def test_merge_fields_leave_the_prose_around_them_linted(filename, text):
    assert flags(text, filename, rules=BAIT_RULES) == BAIT_FLAGS


@pytest.mark.parametrize(
    "filename,text",
    [
        ("a.txt", "{{#if late}}" + BAIT.replace("completely ", "") + "{{/if}}\n"),
        ("a.md", "{% if late %}That makes sense, but we need a decision.{% endif %}\n"),
        ("a.html", "<p>{{#if late}}" + BAIT.replace("completely ", "") + "{{/if}}</p>"),
    ],
)
def test_text_between_block_tags_is_prose(filename, text):
    """Only the tags are template syntax: the sentence a block tag wraps is the rep's and is linted."""
    assert [r for r, _ in flags(text, filename, rules=BAIT_RULES)] == ["but-bridge"]


def test_html_block_in_markdown_is_visible_prose():
    """The spec lists what is not prose; an HTML block's text is rendered, so it is linted."""
    text = f"{NEUTRAL}\n\n<div align=\"center\">{BAIT}</div>\n"
    assert flags(text, "a.md", rules=BAIT_RULES) == BAIT_FLAGS


def test_email_attachment_is_not_the_draft():
    text = (
        EML_HEAD + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\n" + NEUTRAL + "\n\n--b\n"
        'Content-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; filename="notes.txt"\n\n'
        + BAIT + "\n\n--b--\n"
    )
    assert linter.lint_text(text, "a.eml") == []
    assert flags(text.replace(NEUTRAL, BAIT, 1), "a.eml", rules=BAIT_RULES) == BAIT_FLAGS


def test_txt_header_lines_only_count_at_the_top():
    """A `To:` line in the middle of a draft is prose, not a header."""
    text = f"Hi Dana,\n\nTo: the team. {BAIT}\n"
    assert flags(text, "a.txt", rules=BAIT_RULES) == BAIT_FLAGS


# --- the buyer's words are never linted --------------------------------------------------

ATTRIBUTION = "On Mon, Jan 5, 2026 at 9:00 AM, Dana Buyer <dana@example.com> wrote:"

BUYER_WORDS = [
    ("txt-quote-below", "a.txt", "@P@\n\n> @B@\n> Dana\n"),
    ("txt-quote-above", "a.txt", "> @B@\n\n@P@\n"),
    ("txt-quote-nested", "a.txt", "@P@\n\n>> @B@\n> > @B@\n"),
    ("txt-quote-indented", "a.txt", "@P@\n\n  > @B@\n"),
    ("txt-attribution", "a.txt", f"@P@\n\n{ATTRIBUTION}\n@B@\n\nDana\n"),
    (
        "txt-attribution-wrapped",
        "a.txt",
        "@P@\n\nOn Mon, Jan 5, 2026 at 9:00 AM, Dana Buyer\n<dana@example.com> wrote:\n@B@\n",
    ),
    ("txt-name-wrote", "a.txt", "@P@\n\nDana Buyer wrote:\n@B@\n"),
    (
        "txt-original-message",
        "a.txt",
        "@P@\n\n-----Original Message-----\nFrom: Dana Buyer\nSent: Monday, January 5, 2026 9:00 AM\n"
        "To: Sam Rep\nSubject: Timeline\n\n@B@\n",
    ),
    (
        "txt-outlook-header-block",
        "a.txt",
        "@P@\n\nFrom: Dana Buyer <dana@example.com>\nSent: Monday, January 5, 2026 9:00 AM\n"
        "To: Sam Rep <sam@example.com>\nSubject: Timeline\n\n@B@\n\nDana\n",
    ),
    ("md-blockquote", "a.md", "@P@\n\n> @B@\n"),
    ("md-blockquote-above", "a.md", "> @B@\n\n@P@\n"),
    ("md-attribution", "a.md", f"@P@\n\n{ATTRIBUTION}\n\n@B@\n"),
    ("html-blockquote", "a.html", "<p>@P@</p><blockquote><p>@B@</p></blockquote>"),
    ("html-gmail-quote", "a.html", '<div>@P@</div><div class="gmail_quote"><div>@B@</div></div>'),
    (
        "html-attribution",
        "a.html",
        f"<div>@P@</div><div>{ATTRIBUTION.replace('<', '&lt;').replace('>', '&gt;')}</div><div>@B@</div>",
    ),
    ("eml-quote", "a.eml", EML_PLAIN + f"@P@\n\n{ATTRIBUTION}\n> @B@\n"),
    ("eml-attribution-unquoted", "a.eml", EML_PLAIN + f"@P@\n\n{ATTRIBUTION}\n@B@\n"),
    (
        "eml-original-message",
        "a.eml",
        EML_PLAIN + "@P@\n\n-----Original Message-----\nFrom: Dana\nSent: Monday\nSubject: x\n\n@B@\n",
    ),
    ("eml-html-blockquote", "a.eml", EML_HTML + "<p>@P@</p><blockquote><p>@B@</p></blockquote>\n"),
    # call scripts
    ("script-buyer", "a.txt", "Buyer: @B@\nAE: @P@\n"),
    ("script-prospect", "a.txt", "Prospect: @B@\nSDR: @P@\n"),
    ("script-customer-client", "a.txt", "Customer: @B@\nRep: @P@\nClient: @B@\n"),
    ("script-md-bold-cfo", "a.md", "**CFO:** @B@\n\n**AE:** @P@\n"),
    ("script-md-bold-cto-list", "a.md", "- **CTO:** @B@\n- **AE:** @P@\n"),
    ("script-stage-direction-inline", "a.txt", "Buyer: We lost weeks.\nAE: @P@ (@B@)\n"),
    ("script-stage-direction-line", "a.md", "Buyer: We lost weeks.\n\nAE: @P@\n\n(@B@)\n"),
]


@pytest.mark.parametrize("case_id,filename,template", BUYER_WORDS, ids=[c[0] for c in BUYER_WORDS])
def test_buyer_words_are_never_linted(case_id, filename, template):
    check_two_slots(filename, template)


# --- the buyer's words are context -------------------------------------------------------

PITCH = "Our platform goes live in ten days, guaranteed."
CONCERN = "We got burned by the last vendor’s rollout delays."
REQUEST = "Can you send over the onboarding timeline?"

CONTEXTS = [
    ("script-txt", "a.txt", "Buyer: @Q@\nAE: @R@\n"),
    ("script-md-bold", "a.md", "**CFO:** @Q@\n\n**AE:** @R@\n"),
    ("quote-below", "a.txt", "@R@\n\n> @Q@\n"),
    ("quote-above", "a.txt", "> @Q@\n\n@R@\n"),
    ("attribution", "a.txt", f"@R@\n\n{ATTRIBUTION}\n@Q@\n"),
    ("md-blockquote", "a.md", "@R@\n\n> @Q@\n"),
    ("html-blockquote", "a.html", "<p>@R@</p><blockquote>@Q@</blockquote>"),
    ("eml-quote", "a.eml", EML_PLAIN + f"@R@\n\n{ATTRIBUTION}\n> @Q@\n"),
]


SBA = ("solution-before-acknowledgment",)


def _context(template: str, buyer: str, rep: str) -> str:
    return template.replace("@Q@", buyer).replace("@R@", rep)


@pytest.mark.parametrize("case_id,filename,template", CONTEXTS, ids=[c[0] for c in CONTEXTS])
def test_pitch_after_a_buyer_concern_is_flagged(case_id, filename, template):
    text = _context(template, CONCERN, PITCH)
    assert flags(text, filename, rules=SBA) == [("solution-before-acknowledgment", PITCH)]


@pytest.mark.parametrize("case_id,filename,template", CONTEXTS, ids=[c[0] for c in CONTEXTS])
def test_same_pitch_after_a_plain_request_is_not_flagged(case_id, filename, template):
    assert flags(_context(template, REQUEST, PITCH), filename, rules=SBA) == []


@pytest.mark.parametrize("case_id,filename,template", CONTEXTS, ids=[c[0] for c in CONTEXTS])
def test_same_pitch_after_an_acknowledgment_is_not_flagged(case_id, filename, template):
    rep = "That must have been frustrating. " + PITCH
    assert flags(_context(template, CONCERN, rep), filename, rules=SBA) == []


def test_a_pitch_is_checked_against_its_own_turn_only():
    """An acknowledgment in an earlier rep turn does not cover a later pitch."""
    text = f"AE: That must have been frustrating.\nBuyer: {CONCERN}\nAE: {PITCH}\n"
    assert flags(text, "a.txt", rules=SBA) == [("solution-before-acknowledgment", PITCH)]


def test_stage_direction_between_turns_does_not_hide_the_concern():
    text = f"Buyer: {CONCERN}\n(AE pauses, slight nod)\nAE: {PITCH}\n"
    assert flags(text, "a.txt", rules=SBA) == [("solution-before-acknowledgment", PITCH)]


def test_quoted_concern_with_smart_quotes_and_crlf_is_still_context():
    text = f"{PITCH}\r\n\r\n{ATTRIBUTION}\r\n> We\u2019re worried the rollout will slip again.\r\n"
    assert flags(text, "a.txt", rules=SBA) == [("solution-before-acknowledgment", PITCH)]


# --- emoji must not hide a finding -----------------------------------------------------------


@pytest.mark.parametrize("prefix", ["🙏 ", "Thanks Dana 🙏 ", "👋🏽 "])
def test_emoji_before_a_sentence_does_not_hide_the_finding(prefix):
    text = prefix + "I understand, but we need a decision."
    assert flags(text, "a.txt", rules=BAIT_RULES) == [("but-bridge", "but")]
