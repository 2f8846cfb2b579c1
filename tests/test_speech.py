"""Text addressed to a buyer: the kind of a document and which of its words are speech."""

from __future__ import annotations

import linter
from linter import readers
from linter.document import ABOUT_SELLING, DRAFT, INLINE_REPLY, REPLY, SCRIPT


def found(text: str, filename: str) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in linter.lint_text(text, filename)]


INLINE = """Hi Priya,

Answers below.

On Tue, Mar 3, 2026 at 9:14 AM Priya Shah <priya@example.com> wrote:
> The renewal quote is far above what we budgeted.

I hear you, but the quote is firm.

> And the migration last spring cost us two weekends.

Losing two weekends to a migration is a real cost. Could we walk through the new runbook on Thursday?
"""


def test_inline_reply_answers_are_the_reps_and_quoted_lines_the_buyers():
    doc = readers.read(INLINE, "reply.txt")
    assert doc.kind == INLINE_REPLY
    rep = [s.text for t in doc.rep_turns() for s in t.sentences]
    assert "I hear you, but the quote is firm." in rep
    assert all(not s.startswith("The renewal") for s in rep)
    answer = next(t for t in doc.rep_turns() if any(s.text.startswith("I hear you") for s in t.sentences))
    assert doc.buyer_words_just_before(answer) == "The renewal quote is far above what we budgeted."
    assert "two weekends" in doc.buyer_words_before(answer)  # the whole quoted message
    assert len(doc.messages()) == 1  # the rep's part is one message
    assert doc.message_of(answer) == doc.messages()[0]
    got = found(INLINE, "reply.txt")
    assert ("scripted-empathy", 8, 1) in got
    assert ("but-bridge", 8, 13) in got
    assert not any(line in (6, 10) for _, line, _ in got)  # never in the buyer's lines


PAGE = """# Handling price objections

Our reps meet this objection every week. Don't worry if the first call goes badly.

## Before the call

Touch base with each other in the team channel before a renewal call.
Don't panic if the numbers look bad.

## What to say

Objection: "Your price is too high."

> That's a big number to bring to your CFO. I understand your frustration, but our price is fixed.

## Avoid saying

- "I totally get it."

Don't say:

```text
I hear you, but we need a decision.
```

## A sample draft

```text
Hi Sam,

I completely understand. Just checking in on the proposal. Could we talk Thursday?
```
""" + "\n".join(f"## Notes {i}\n\nA note to the team." for i in range(2))


def test_page_about_selling_lints_only_its_example_lines():
    doc = readers.read(PAGE, "page.md")
    assert doc.kind == ABOUT_SELLING
    got = found(PAGE, "page.md")
    lines = {line for _, line, _ in got}
    # instructions to colleagues are not speech to a buyer
    assert not lines & {3, 7, 8}
    # lines quoted as what not to say are never findings
    assert not lines & {18, 23}
    # the blockquoted talk track is the rep's
    assert ("scripted-empathy", 14, 45) in got
    assert ("but-bridge", 14, 76) in got
    # the ```text fence holds a draft
    assert ("scripted-empathy", 31, 1) in got
    assert ("follow-up-cliche", 31, 26) in got


def test_objection_label_is_the_buyers_words_for_the_talk_track():
    doc = readers.read(PAGE, "page.md")
    track = next(t for t in doc.rep_turns() if any("CFO" in s.text for s in t.sentences))
    assert "price is too high" in doc.buyer_words_just_before(track)


SCRIPT_TEXT = """Renewal call

Buyer: We got burned by the last vendor's rollout delays.
AE: That must have been frustrating.
AE: Just so you know, the discount expires Friday.
Buyer: Ok.
AE: I understand.
"""


def test_script_turns_and_messages():
    doc = readers.read(SCRIPT_TEXT, "call.txt")
    assert doc.kind == SCRIPT and doc.is_script
    assert [s.text for t in doc.rep_turns() for s in t.sentences][0] == "That must have been frustrating."
    assert all(not t.narration for t in doc.rep_turns())  # the title is narration
    assert len(doc.messages()) == 2  # two rep turns in a row are one message
    got = found(SCRIPT_TEXT, "call.txt")
    # pressure carried across the message's two turns
    assert ("pressure-after-empathy", 5, 23) in got


def test_kinds_of_plain_drafts():
    assert readers.read("Hi Dana, could we meet Tuesday?\n", "d.txt").kind == DRAFT
    assert readers.read("Sure.\n\nOn Tue, Dana wrote:\n> Too pricey.\n", "d.txt").kind == REPLY


def test_generic_reflection_thanks_and_merge_field():
    text = "Buyer: Our last rollout failed and we lost weeks.\nAE: Thanks for reaching out about this.\nAE: You mentioned {{pain_point}}, that must be hard.\n"
    assert [f for f in linter.lint_text(text, "c.txt") if f.rule == "generic-reflection"] == []


HOW_TO_PAGE = """---
title: "Installing the dialer"
---

## Install

1. Download the installer from the team drive.
1. If the installer asks for a licence key, don't worry, the IT desk adds it for you.

## Remove

> [!NOTE] Sorry, but the uninstaller needs an admin password.

1. Open the control panel and remove the dialer.
"""


def test_a_short_titled_page_with_sections_is_a_page_and_its_instructions_are_not_speech():
    doc = readers.read(HOW_TO_PAGE, "install.md")
    assert doc.kind == ABOUT_SELLING
    assert found(HOW_TO_PAGE, "install.md") == []
    # The same lines as a template (no title, no sections) are a draft to a buyer.
    draft = "If the installer asks for a licence key, don't worry, the IT desk adds it for you.\n"
    assert readers.read(draft, "note.md").kind == DRAFT
    assert [r for r, _, _ in found(draft, "note.md")] == ["minimizing-language"]


def test_a_callout_blockquote_is_never_the_buyers_message():
    text = "Hi Sam,\n\n> **Note:** the trial ends Friday.\n\nThanks for the update on the rollout.\n"
    assert readers.read(text, "reply.md").kind == DRAFT


def test_table_cells_under_an_avoid_column_are_not_speech():
    page = (
        "# Tone\n\n## Voice\n\n## Examples\n\n## More\n\n| Principle | Say | Avoid |\n| --- | --- | --- |\n"
        "| Empathetic | \u201cI know this blocks your launch.\u201d | \u201cWe apologize for the inconvenience.\u201d |\n"
    )
    assert readers.read(page, "tone.md").kind == ABOUT_SELLING
    assert found(page, "tone.md") == []
    assert [r for r, _, _ in found(page.replace("| Avoid |", "| Say too |"), "tone.md")] == ["scripted-empathy"]


def test_speaker_lines_say_who_speaks_on_each_line_as_the_linter_lints_it():
    source = (
        "Buyer: We need this fixed by Friday.\n"
        "AE: Thanks for flagging it. (nods)\n"
        "Director: I completely understand, but we need a decision.\n"
        "(pause)\n"
        "**Prospect:** Fine.\n"
    )
    lines = readers.speaker_lines(source, "call.txt")
    assert [line.role for line in lines] == ["buyer", "rep", "rep", "", "buyer", ""]
    assert [line.label.name if line.label else None for line in lines] == ["Buyer", "AE", None, None, "Prospect", None]
    assert source.split("\n")[4][lines[4].label.end :] == "Fine."
    # "Director" is no speaker label: its line goes on the AE's turn, and is linted as the rep's
    assert {f.line for f in linter.lint_text(source, "call.txt")} >= {3}
    # not a script (no rep label): every line is the rep's, and no line has a label
    draft = readers.speaker_lines("Director: I completely understand, but we need a decision.\n", "call.txt")
    assert draft[0].role == "rep" and draft[0].label is None
