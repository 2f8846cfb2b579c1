"""Suggestions reflect the buyer's words (the spec's "Suggestions and fixes")."""

from __future__ import annotations

import glob
import os

import pytest

import linter
from linter import reflections, suggestions
from linter.files import read_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lint(text, filename="reply.txt"):
    return {f.rule: f for f in linter.lint_text(text, filename)}


@pytest.mark.parametrize(
    "said, turned",
    [
        ("I was worried about the rollout", "you were worried about the rollout"),
        ("I'm worried our team can't keep up", "you're worried your team can't keep up"),
        ("We lost weeks waiting for fixes", "You lost weeks waiting for fixes"),
        ("my boss will never sign off on us paying more", "your boss will never sign off on you paying more"),
        ("our team at {{company}} was burned by [Company]", "your team at {{company}} was burned by [Company]"),
        ("We've been let down before", "You've been let down before"),
    ],
)
def test_pronouns_are_turned_to_the_buyer(said, turned):
    assert reflections.turn_pronouns(said) == turned


SCRIPT = "Buyer: We lost weeks waiting for fixes with our last vendor.\nAE: I completely understand. Our onboarding takes ten days.\n"


def test_a_script_suggestion_reuses_the_buyers_words():
    found = lint(SCRIPT, "call.txt")
    s = found["scripted-empathy"].suggestion
    assert s == "It sounds like you lost weeks waiting for fixes with your last vendor."


def test_merge_fields_stay_intact_in_a_reflection():
    draft = (
        "Hi {{first_name}},\n\nI completely understand. Our onboarding takes ten days.\n\n"
        "On Tue, Mar 3, 2026 at 9:14 AM Dana <dana@example.com> wrote:\n"
        "> Our team at {{company}} lost weeks waiting for fixes last year.\n"
    )
    s = lint(draft)["scripted-empathy"].suggestion
    assert "{{company}}" in s and "your team" in s.lower(), s


def test_no_but_bridge_and_no_stock_phrase_in_any_suggestion():
    draft = (
        "Hi Dana,\n\nI completely understand, but we need a decision.\n\n"
        "On Tue, Mar 3, 2026 at 9:14 AM Dana <dana@example.com> wrote:\n"
        "> The demo was fine but I'm worried the rollout will slip like last time.\n"
    )
    for f in linter.lint_text(draft, "reply.txt"):
        if f.rule != "but-bridge" and f.suggestion:
            assert suggestions.clean(f.suggestion), (f.rule, f.suggestion)


def test_a_situation_that_does_not_match_gives_no_suggestion():
    # A stock line in a cold draft with no buyer words and no situation cue: no canned line.
    found = lint("Hi Dana,\n\nI totally get it. Could we talk Tuesday at 10?\n", "draft.txt")
    assert found["scripted-empathy"].suggestion is None


def test_a_matching_situation_gives_its_prompt_line():
    found = lint("I totally get it, the price is a lot. Could we talk Tuesday at 10?\n", "draft.txt")
    assert found["scripted-empathy"].suggestion == "It sounds like budget flexibility is limited right now."


def test_conceded_fact_reflects_the_feeling_not_the_claim():
    script = "Buyer: Your onboarding is painful and slow.\nAE: You're right, our onboarding is painful. Could we talk Tuesday?\n"
    s = lint(script, "call.txt")["conceded-fact"].suggestion
    assert s == "I can see why the onboarding has been a sticking point for you."


def test_empathy_without_direction_suggests_a_next_step_naming_the_topic():
    script = "Buyer: We lost weeks waiting for fixes last time.\nAE: That must have been frustrating. I'm so sorry you went through that.\n"
    s = lint(script, "call.txt")["empathy-without-direction"].suggestion
    assert "lost weeks waiting for fixes" in s and s.endswith("?")


def test_no_suggestion_on_the_dev_set_repeats_its_rules_mistake():
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "labeled", "cases", "a*"))):
        for f in linter.lint_text(read_text(path, 10**8), os.path.basename(path)):
            if f.suggestion and f.rule not in ("but-bridge", "grammar"):
                assert f.rule not in suggestions.mistakes(f.suggestion, pressure=False), (path, f.rule, f.suggestion)
                assert "but-bridge" not in suggestions.mistakes(f.suggestion), (path, f.suggestion)
