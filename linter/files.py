"""Reading inputs safely and walking folders.

Every problem with an input becomes an :class:`InputError` with one clear
line of text; nothing here ever writes to a file.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

BINARY_SNIFF = 8192


class InputError(Exception):
    """One clear line about an input. ``skippable``: skipped with a notice when met while walking."""

    def __init__(self, path: str, message: str, skippable: bool = False) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.skippable = skippable


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def decode(data: bytes, path: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark is text
        return _decode_utf16(data, path)
    if b"\x00" in data[:BINARY_SNIFF]:
        raise InputError(path, "binary file, not a text draft", skippable=True)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data) if path.lower().endswith(".eml") else None
        if declared:
            return data.decode(declared)
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8") from None


def _decode_utf16(data: bytes, path: str) -> str:
    """UTF-16 text after its byte-order mark (which says the byte order)."""
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(path, "not valid UTF-16 after its byte-order mark; save it as UTF-8") from None


SINGLE_BYTE = re.compile(rb"charset=\"?((?:iso-8859|windows-125|cp125|latin)[\w-]*)", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """A single-byte charset an email declares: one byte stays one character."""
    m = SINGLE_BYTE.search(data[:65536])
    if not m:
        return None
    import codecs

    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def kind(mode: int) -> str | None:
    """What a non-regular file is (``None`` for a regular file)."""
    import stat

    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _too_large(path: str, size: str, max_size: int) -> InputError:
    return InputError(path, f"file too large ({size}; the limit is {_size(max_size)}, see max-file-size)", skippable=True)


def read_bounded(fh, path: str, max_size: int) -> bytes:
    """At most ``max_size`` bytes of ``fh``; more is :class:`InputError` (never reads past limit + 1)."""
    chunks = []
    left = max_size + 1
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    data = b"".join(chunks)
    if len(data) > max_size:
        raise _too_large(path, f"over {_size(max_size)}", max_size)
    return data


def open_regular(path: str, max_size: int | None = None):
    """Open ``path`` for reading bytes, refusing anything but a regular file.

    FIFOs, sockets and devices (also through a symbolic link) are refused
    before they are opened, and once more on the opened file (no race): a
    FIFO cannot hang the run, ``/dev/zero`` cannot fill the memory. The
    size is checked on the opened file, not on the name.
    """
    try:
        what = kind(os.stat(path).st_mode)
        if what == "a directory":
            raise InputError(path, "is a directory")
        if what:
            raise InputError(path, f"not a regular file ({what}), not read", skippable=True)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        try:
            st = os.fstat(fd)
            what = kind(st.st_mode)
            if what:
                raise InputError(path, f"not a regular file ({what}), not read", skippable=True)
            if max_size is not None and st.st_size > max_size:
                raise _too_large(path, _size(st.st_size), max_size)
            return os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def read_bytes(path: str, max_size: int) -> bytes:
    with open_regular(path, max_size) as fh:
        try:
            return read_bounded(fh, path, max_size)
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def read_text(path: str, max_size: int) -> str:
    return decode(read_bytes(path, max_size), path)


@dataclass(frozen=True)
class Target:
    path: str
    explicit: bool  # named on the command line (not found by walking)


def excluded(path: str, patterns, base: str | None = None) -> bool:
    """Whether ``path`` matches one of the exclude globs, taken relative to ``base``.

    A glob with a ``/`` matches the path from ``base`` (``archive/**``,
    ``drafts/old``; ``**/`` at the start matches at any depth); a glob
    without one matches any folder or file name on the way (``old``,
    ``*.bak``). ``base`` is the folder of the config file the globs come
    from (the working folder for ``--exclude``); a path outside it is
    matched as given. The globs are compiled once into two regular
    expressions, so 20,000 of them over 1,000 files take a moment.
    """
    if not patterns:
        return False
    return _compiled(tuple(patterns)).match(_relative(path, base))


def _relative(path: str, base: str | None) -> str:
    """``path`` from ``base`` with ``/`` separators (as given when it is not under ``base``)."""
    if base is not None:
        try:
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
        except ValueError:  # another drive
            rel = os.pardir
        if rel != os.pardir and not rel.startswith(os.pardir + os.sep):
            path = rel
    norm = path.replace(os.sep, "/")
    while norm.startswith("./"):
        norm = norm[2:]
    return norm


MAGIC = re.compile(r"[*?\[]")


class _Globs:
    """Exclude globs, sorted for speed: literal names in a set, the others by their first folder.

    A path is tried only against the globs that can match it (those whose
    first folder is the path's, and those that start with a wildcard), each
    group compiled once into one regular expression when first needed.
    """

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.names: set[str] = set()  # literal names: any folder or file on the way
        name_globs: list[str] = []
        self.by_first: dict[str, list[str]] = {}  # whole-path globs by a literal first folder
        self.anywhere: list[str] = []  # whole-path globs that start with a wildcard
        for pat in dict.fromkeys(patterns):
            pat = pat.rstrip("/")
            self._whole(pat)
            if pat.startswith("**/"):
                self._whole(pat[3:])
            if "/" not in pat and MAGIC.search(pat):
                name_globs.append(pat)
            elif "/" not in pat:
                self.names.add(pat)
        self.name_re = _union(name_globs)
        self.anywhere_re = _union(self.anywhere)
        self._first_re: dict[str, re.Pattern | None] = {}

    def _whole(self, pat: str) -> None:
        first = pat.split("/", 1)[0]
        group = self.anywhere if MAGIC.search(first) else self.by_first.setdefault(first, [])
        group += [pat, pat + "/*"]

    def match(self, norm: str) -> bool:
        parts = norm.split("/")
        if self.names and not self.names.isdisjoint(parts):
            return True
        if self.name_re is not None and any(self.name_re.match(p) for p in parts):
            return True
        if self.anywhere_re is not None and self.anywhere_re.match(norm):
            return True
        first = parts[0]
        if first not in self.by_first:
            return False
        if first not in self._first_re:
            self._first_re[first] = _union(self.by_first[first])
        return bool(self._first_re[first].match(norm))


def _union(globs: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in globs)) if globs else None


@functools.lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...]) -> _Globs:
    return _Globs(patterns)


def _skip(path: str, patterns, base: str, cli_exclude) -> bool:
    """Excluded by the config's globs (from its folder) or by ``--exclude`` (from the working folder)."""
    return excluded(path, patterns, base) or excluded(path, cli_exclude, os.curdir)


def _config_folder(cfg) -> str:
    """The folder a config's ``exclude`` globs are relative to: the config file's own."""
    return os.path.dirname(os.path.abspath(cfg.source)) if cfg.source else os.curdir


SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", "site", ".mypy_cache"}
#: Skipped folders worth a notice: a draft could be in one by mistake (hidden ones and caches never hold one).
NOTED_SKIP_DIRS = {"node_modules", "venv", "site"}


class Notice(str):
    """One line about the walk that is neither a file to lint nor a problem (exit status unchanged)."""


def walk(paths, config_for, cli_exclude=()) -> Iterator[Target | InputError]:  # noqa: C901 (complexity 16: known debt, issue 14)
    """Expand paths: files as given, folders recursively for the configured types.

    Iterative (a tree thousands of folders deep is no recursion error);
    symbolic links to folders are not followed; a FIFO, socket or device
    with a draft's extension, or a folder that cannot be read, is an
    :class:`InputError` that is skipped with a notice. A ``site/``,
    ``venv/`` or ``node_modules/`` folder, and a folder with no file to
    lint, is a :class:`Notice`.
    """
    import stat

    for given in paths:
        if given == "-":
            yield Target("-", True)
            continue
        if not os.path.lexists(given):
            yield InputError(given, "no such file or directory")
            continue
        if not os.path.isdir(given):
            cfg = config_for(given)
            if not excluded(given, cfg.exclude, _config_folder(cfg)):  # as pre-commit names them too
                yield Target(given, True)
            continue
        found = []
        skipped = []
        notes: list[Notice] = []
        stack = [given]
        while stack:
            root = stack.pop()
            try:
                with os.scandir(root) as it:
                    entries = list(it)
            except OSError as exc:
                skipped.append(InputError(root, f"cannot read folder: {exc.strerror or exc}", skippable=True))
                continue
            cfg = config_for(os.path.join(root, "_"))
            skip = functools.partial(_skip, patterns=cfg.exclude, base=_config_folder(cfg), cli_exclude=cli_exclude)
            subdirs = []
            for entry in entries:
                full = os.path.join(root, entry.name)
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                except OSError:
                    is_dir = False
                if is_dir:
                    if entry.name in NOTED_SKIP_DIRS:
                        notes.append(Notice(f"{full}: folder not walked ({entry.name}/ is never linted; name it to lint it)"))
                    elif entry.name not in SKIP_DIRS and not entry.name.startswith(".") and not skip(full):
                        subdirs.append(full)
                    continue
                if os.path.splitext(entry.name)[1].lower() not in cfg.extensions or skip(full):
                    continue
                try:
                    mode = os.stat(full).st_mode  # through a symbolic link
                except OSError:
                    mode = stat.S_IFREG  # a dangling link: reading it says so
                what = kind(mode)
                if what and what != "a directory":
                    skipped.append(InputError(full, f"not a regular file ({what}), not read", skippable=True))
                elif not what:
                    found.append(full)
            stack.extend(sorted(subdirs, reverse=True))
        for full in sorted(found):
            yield Target(full, False)
        yield from skipped
        yield from sorted(notes)
        if not found and not skipped:
            yield Notice(f"no files to lint in {given}")
