"""Formats: pure functions from findings to text."""

from __future__ import annotations

FORMATS = ("text", "json")


def render(name: str, findings, **kw) -> str:
    if name == "json":
        from .json import render as r
    else:
        from .text import render as r
    return r(findings, **kw)
