"""``--format json``: a JSON array, one object per finding.

Library-level findings (``"rule": "library-overuse"``) come after the
per-file ones and carry ``files``: every file that opens with the line.
"""

from __future__ import annotations

import json

from . import library_findings


def render(findings, library=(), **_) -> str:
    items = [f.as_dict() for f in findings] + [f.as_dict() for f in library_findings(library)]
    from ..escape import json_text

    return json_text(json.dumps(items, ensure_ascii=False, indent=2)) + "\n"
