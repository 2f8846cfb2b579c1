"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning reads it.

One run; ``tool.driver.rules`` lists every rule with its documentation
(the rule module's docstring) as help text and a link to its page on the
site; each result points at a region of the original file (1-based lines,
columns in Unicode code points, the end column exclusive).
"""

from __future__ import annotations

import json
from urllib.parse import quote

#: The published site; a rule's page is ``RULE_URL.format(id=...)``.
SITE_URL = "https://active-empathy.github.io/"
RULE_URL = SITE_URL + "linter/rules/{id}/"
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _name(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.split("-"))


def _descriptor(rule_id: str, severity: str, doc: str) -> dict:
    doc = (doc or "").strip()
    summary = doc.splitlines()[0] if doc else rule_id
    return {
        "id": rule_id,
        "name": _name(rule_id),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": summary},
        "help": {"text": doc or summary, "markdown": doc or summary},
        "helpUri": RULE_URL.format(id=rule_id),
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
        "properties": {"tags": ["empathy", "sales-writing"]},
    }


def rules() -> list[dict]:
    """Descriptors of every rule in the registry."""
    from ..rules import REGISTRY

    return [_descriptor(rid, m.SEVERITY, m.__doc__) for rid, m in REGISTRY.items()]


def _uri(path: str) -> tuple[str, str | None]:
    """An artifact URI for ``path``, and its base id when relative."""
    from ..escape import fs_bytes

    path = path.replace("\\", "/")
    if path.startswith("/"):
        return "file://" + quote(fs_bytes(path)), None
    if path.startswith("./"):
        path = path[2:]
    return quote(fs_bytes(path)), "%SRCROOT%"  # undecodable bytes of a name stay bytes: %FF


def _result(f, index: dict[str, int]) -> dict:
    uri, base = _uri(f.path)
    artifact = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    text = f.message
    if f.suggestion:
        text += f" Try: {f.suggestion}"
    result = {
        "ruleId": f.rule,
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                    },
                }
            }
        ],
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    props = {}
    if f.suggestion:
        props["suggestion"] = f.suggestion
    files = getattr(f, "files", ())
    if files:
        props["files"] = list(files)
    if props:
        result["properties"] = props
    return result


def document(findings) -> dict:
    """The SARIF log as a dict."""
    from .. import __version__

    descriptors = rules()
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = [_result(f, index) for f in findings]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "empathy-lint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": SITE_URL,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(findings, **_) -> str:
    from ..escape import json_text

    return json_text(json.dumps(document(findings), ensure_ascii=False, indent=2)) + "\n"
