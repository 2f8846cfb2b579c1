"""``--format json``: a JSON array, one object per finding."""

from __future__ import annotations

import json


def render(findings, **_) -> str:
    return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
