"""Escaping everything that leaves the linter: one place, every output.

File names and drafts are attacker-controlled. Whatever reaches a terminal,
a log, a workflow command, a diff header or a JSON document goes through
one of these functions first:

- :func:`terminal` for text output and every line on standard error: C0
  and C1 controls (newline, carriage return, ESC, the start of OSC and CSI
  sequences), DEL, bidirectional overrides and isolates, line and paragraph
  separators, and lone surrogates (an undecodable byte of a file name)
  become visible escapes (``\\n``, ``\\x1b``, ``\\u202e``, ``\\udcff``), so no
  name or draft can move the cursor, rewrite the screen, set the window
  title or the clipboard, or fake a line of output;
- :func:`json_text` for JSON and SARIF: the same characters as JSON
  ``\\uXXXX`` escapes, so the document stays valid UTF-8 and reads back to
  exactly the same strings (nothing is lost);
- :func:`git_path` for ``--diff`` headers: quoted the way git quotes a path
  (``"a/x\\nconftest.py"``), so ``git apply`` reads the name as one name.
"""

from __future__ import annotations

import re

#: Characters never written raw: C0 controls but tab, DEL, C1 controls,
#: bidi marks, embeddings, overrides and isolates, line/paragraph separators,
#: BOM/ZWNBSP inside text, and surrogates (only ever lone in a str).
UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
#: The same, tab included (a tab in a file name or a one-line field).
UNSAFE_WITH_TAB = re.compile(UNSAFE.pattern.replace("\x00-\x08\x0a-\x1f", "\x00-\x1f"))

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\x1b"}


def _visible(m: re.Match) -> str:
    ch = m.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    cp = ord(ch)
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"


def terminal(text: object, tab: bool = True) -> str:
    """``text`` safe to print: every unsafe character as a visible escape.

    ``tab=False`` escapes tabs too (a file name: one field, one line).
    """
    s = str(text)
    return (UNSAFE if tab else UNSAFE_WITH_TAB).sub(_visible, s)


def name(path: object) -> str:
    """A file name for a line of output (tabs escaped too)."""
    return terminal(path, tab=False)


def _json_escape(m: re.Match) -> str:
    return f"\\u{ord(m.group(0)):04x}"


def json_text(dumped: str) -> str:
    """Output of ``json.dumps(..., ensure_ascii=False)`` with every unsafe
    character (C1 controls, bidi, separators, lone surrogates) as a ``\\uXXXX``
    escape: valid UTF-8, and ``json.loads`` gives back the same strings.

    (``json.dumps`` already escapes C0 controls; surrogates only occur
    inside strings.)
    """
    return _JSON_UNSAFE.sub(_json_escape, dumped)


#: What ``json.dumps`` leaves raw (it escapes C0 controls itself; the
#: newlines of ``indent`` are structure, not text).
_JSON_UNSAFE = re.compile(UNSAFE.pattern.replace("\x00-\x08\x0a-\x1f\x7f-\x9f", "\x7f-\x9f"))


def fs_bytes(path: str) -> bytes:
    """The bytes of a file name as the OS has them (undecodable bytes kept)."""
    if not isinstance(path, str):
        return bytes(path)
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no undecodable byte gives
        return path.encode("utf-8", "surrogatepass")


_GIT_ESCAPES = {7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\"}


def git_path(path: str) -> str:
    """A path as git writes it in a diff header: quoted and C-escaped when it
    has a control character, a quote, a backslash or a non-ASCII byte
    (``core.quotePath``), as is otherwise."""
    data = fs_bytes(path)
    if not any(b < 0x20 or b >= 0x7F or b in (34, 92) for b in data) and not data.endswith((b" ", b"\t")):
        return data.decode("ascii")
    out = []
    for b in data:
        if b in _GIT_ESCAPES:
            out.append(_GIT_ESCAPES[b])
        elif b < 0x20 or b >= 0x7F:
            out.append(f"\\{b:03o}")
        else:
            out.append(chr(b))
    return '"' + "".join(out) + '"'
