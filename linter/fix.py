"""Applying fixes safely (``--fix``) and previewing them (``--diff``).

Only unambiguous fixes are applied: a finding whose ``fix`` is the
replacement text for exactly its span (today: ``but-bridge``'s plain swap
of "but" for "and"). The rest of the file is kept byte for byte: the
byte-order mark, every newline (LF, CRLF, CR, mixed), every other word.

A file is fixed only when it was read exactly: its bytes are the UTF-8
encoding of the text that was linted (not an ``.eml`` decoded through a
declared single-byte charset, not changed on disk since it was read), and
every span to replace still reads as the word the rule flagged. Writes are
atomic: the new bytes go to a temporary file in the same folder, which then
replaces the original (its permission bits kept), so a failure at any
point leaves the original file as it was.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

BOM = "\ufeff"

#: What the span of a fixable finding must read (lowercased), per rule.
EXPECTED = {"but-bridge": ({"but"}, {"and"})}
_WORD = re.compile(r"\w+")
_LONE_CR = re.compile(r"\r(?!\n)")
_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@")


class FixError(Exception):
    """A file that is not fixed; one clear line (the message names the file).

    ``write_failed``: the file was fine to fix but could not be written (an
    error, exit status 2); otherwise it was refused as not read exactly.
    """

    def __init__(self, message: str, write_failed: bool = False) -> None:
        super().__init__(message)
        self.write_failed = write_failed


@dataclass(frozen=True)
class FileFix:
    """What fixing one file did (or, for ``--diff``, would do)."""

    path: str
    applied: tuple  # the findings whose fix was applied
    old: str  # the text as read (byte-order mark included)
    new: str

    @property
    def changed(self) -> bool:
        return self.old != self.new


def fixable(findings, unsafe: bool = False) -> list:
    """The findings whose fix may be applied: safe ones, and with ``unsafe`` the others too."""
    return [f for f in findings if f.fix is not None and (unsafe or f.fix_safe)]


def held_back(findings) -> list:
    """The findings with an unsafe fix (applied only with ``--unsafe-fixes``)."""
    return [f for f in findings if f.fix is not None and not f.fix_safe]


def apply(text: str, findings, path: str = "draft", unsafe: bool = False) -> tuple[str, list]:
    """Apply the fixes of ``findings`` to ``text`` (as decoded, byte-order mark included).

    ``Finding.start`` / ``end`` are offsets after the byte-order mark. Returns
    the new text and the findings applied. Raises :class:`FixError` when a
    span does not read as the word its rule flagged (then nothing is applied).
    """
    bom = BOM if text.startswith(BOM) else ""
    body = text[len(bom):]
    chosen = []
    last_end = -1
    for f in sorted(fixable(findings, unsafe), key=lambda f: (f.start, f.end)):
        if f.start < last_end:
            continue  # overlapping fixes: keep the first, the next run takes the rest
        _check_span(body, f, path)
        chosen.append(f)
        last_end = f.end
    if not chosen:
        return text, []
    out = []
    pos = 0
    for f in chosen:
        out.append(body[pos:f.start])
        out.append(f.fix)
        pos = f.end
    out.append(body[pos:])
    return bom + "".join(out), chosen


def _check_span(body: str, f, path: str) -> None:
    span = body[f.start:f.end] if 0 <= f.start < f.end <= len(body) else ""
    whole_word = (
        bool(_WORD.fullmatch(span))
        and (f.start == 0 or not _WORD.match(body[f.start - 1]))
        and (f.end == len(body) or not _WORD.match(body[f.end]))
    )
    expected = EXPECTED.get(f.rule)
    if not whole_word or not _WORD.fullmatch(f.fix) or (
        expected and (span.lower() not in expected[0] or f.fix.lower() not in expected[1])
    ):
        raise FixError(
            f"{path}: not fixed: the {f.rule} finding at {f.line}:{f.column} does not map back "
            "exactly to a word of the file; fix it by hand"
        )


def check_readable(text: str, filename: str, path: str | None = None) -> None:
    """Refuse (:class:`FixError`) a text whose reader does not keep every newline in place.

    The Markdown reader does not map CR-only newlines (a ``\\r`` not followed
    by ``\\n``, alone or mixed with others) back to the file exactly.
    """
    from .readers import format_of

    if format_of(filename) == "markdown" and _LONE_CR.search(text):
        raise FixError(
            f"{path or filename}: not fixed: it has CR-only newlines the Markdown reader cannot keep; "
            "save it with LF or CRLF newlines to use --fix"
        )


def verify(new: str, relint, path: str, unsafe: bool = False) -> None:
    """Refuse a fix after which the file still has something to fix: it was not read exactly."""
    left = fixable(relint(new), unsafe)
    if left:
        f = left[0]
        raise FixError(
            f"{path}: not fixed: the file does not read the same after the fix "
            f"(a {f.rule} fix at {f.line}:{f.column} appeared); fix it by hand"
        )


def fix_text(text: str, filename: str = "draft.txt", config=None, path: str | None = None, unsafe: bool = False) -> tuple[str, list]:
    """Lint ``text`` and apply its unambiguous fixes: ``(new text, findings applied)``.

    Raises :class:`FixError` for a text that is not read exactly.
    """
    from . import lint_text

    findings = lint_text(text, filename, config, path)
    if not fixable(findings, unsafe):
        return text, []
    check_readable(text, filename, path)
    new, applied = apply(text, findings, path or filename, unsafe)
    if applied:
        verify(new, lambda t: lint_text(t, filename, config, path), path or filename, unsafe)
    return new, applied


def fix_file(path: str, text: str, findings, write: bool, filename: str | None = None, relint=None, unsafe: bool = False) -> FileFix:
    """Fix ``path``, whose linted text was ``text``; write it only when ``write``.

    ``relint`` (text -> findings) checks that the fixed text has nothing
    left to fix. Raises :class:`FixError` (nothing written) when the file
    was not read exactly or cannot be written.
    """
    if not fixable(findings, unsafe):
        return FileFix(path, (), text, text)
    check_readable(text, filename or path, path)
    new, applied = apply(text, findings, path, unsafe)
    result = FileFix(path, tuple(applied), text, new)
    if not result.changed:
        return result
    if relint is not None:
        verify(new, relint, path, unsafe)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise FixError(f"{path}: not fixed: cannot read it again: {exc.strerror or exc}") from None
    if data != text.encode("utf-8"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise FixError(
                f"{path}: not fixed: not valid UTF-8 (read through its declared charset); save it as UTF-8 to use --fix"
            ) from None
        raise FixError(f"{path}: not fixed: it changed on disk while it was being linted")
    if write:
        _check_writable(path)
        try:
            write_atomic(path, new.encode("utf-8"))
        except OSError as exc:
            raise FixError(f"{path}: not fixed: cannot write: {exc.strerror or exc}", write_failed=True) from None
    return result


def _tree_of(folder: str) -> str:
    """The tree a file belongs to: its repository root (the nearest folder with
    ``.git``), or its own folder outside a repository."""
    folder = os.path.realpath(folder)
    here = folder
    while True:
        if os.path.lexists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return folder
        here = parent


def _check_writable(path: str) -> None:
    """Refuse (:class:`FixError`) a file --fix must not replace: a symbolic link
    out of the folder being linted, a file with other hard links (replacing
    it would silently split them), a read-only file (an error)."""
    import stat

    try:
        lst = os.lstat(path)
        st = os.stat(path)
    except OSError as exc:
        raise FixError(f"{path}: not fixed: {exc.strerror or exc}", write_failed=True) from None
    if stat.S_ISLNK(lst.st_mode):
        real = os.path.realpath(path)
        tree = _tree_of(os.path.dirname(os.path.abspath(path)))
        if os.path.commonpath([real, tree]) != tree:
            raise FixError(f"{path}: not fixed: a symbolic link to a file outside the tree being linted ({tree})")
    if st.st_nlink > 1:
        raise FixError(f"{path}: not fixed: it has {st.st_nlink} hard links; replacing it would split them")
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise FixError(f"{path}: not fixed: the file is read-only", write_failed=True)


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` atomically, keeping its permission bits.

    A symbolic link is followed: the file it points to is replaced, the
    link stays.
    """
    import stat
    import tempfile

    real = os.path.realpath(path)
    folder = os.path.dirname(real) or "."
    st = os.stat(real)
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".empathy-lint.tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if hasattr(os, "chown"):  # first: chown clears the setuid and setgid bits
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except OSError:
                pass  # not ours to give away; the mode is kept all the same
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _lines(text: str) -> list[str]:
    """Lines ending at each LF (a CR stays part of its line, as in git)."""
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def unified_diff(fixes) -> str:
    """A unified diff (``a/`` and ``b/`` prefixes, as git writes it) of the changed files.

    The file names in the ``---`` / ``+++`` headers are quoted as git quotes
    them (:func:`linter.escape.git_path`): a name with a newline cannot add
    a header of its own, so ``git apply`` patches exactly the files fixed.
    """
    import difflib

    from .escape import git_path

    out = []
    for fx in fixes:
        if not fx.changed:
            continue
        name = fx.path.replace(os.sep, "/")
        if name.startswith("./"):
            name = name[2:]
        a, b = (name, name) if os.path.isabs(fx.path) else (f"a/{name}", f"b/{name}")
        unsafe_lines = {f.line for f in fx.applied if not f.fix_safe}
        lines = difflib.unified_diff(_lines(fx.old), _lines(fx.new), lineterm="\n")
        for i, line in enumerate(lines):
            if i == 0:
                line = f"--- {git_path(a)}\n"
            elif i == 1:
                line = f"+++ {git_path(b)}\n"
            m = _HUNK.match(line) if i > 1 else None
            if m and unsafe_lines:
                first, count = int(m.group(1)), int(m.group(2) or 1)
                if any(first <= n < first + count for n in unsafe_lines):
                    line = line.rstrip("\n") + " unsafe fix (--unsafe-fixes): may change the meaning\n"
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
