"""``--format json``: a JSON array, one object per finding.

Findings of a rule that looks across many files (``"rule":
"library-overuse"``) come after the per-file ones and carry ``files``:
every file that opens with the line.
"""

from __future__ import annotations

import json


def render(findings, **_) -> str:
    items = [f.as_dict() for f in findings]
    from ..escape import json_text

    return json_text(json.dumps(items, ensure_ascii=False, indent=2)) + "\n"
