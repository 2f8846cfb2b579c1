"""Reading inputs safely and walking folders.

Every problem with an input becomes an :class:`InputError` with one clear
line of text; nothing here ever writes to a file.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from typing import Iterator

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


def read_text(path: str, max_size: int) -> str:
    try:
        size = os.path.getsize(path)
        if size > max_size:
            raise InputError(
                path, f"file too large ({_size(size)}; the limit is {_size(max_size)}, see max-file-size)", skippable=True
            )
        with open(path, "rb") as fh:
            data = fh.read()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    return decode(data, path)


@dataclass(frozen=True)
class Target:
    path: str
    explicit: bool  # named on the command line (not found by walking)


def excluded(path: str, patterns) -> bool:
    norm = path.replace(os.sep, "/")
    if norm.startswith("./"):
        norm = norm[2:]
    parts = norm.split("/")
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(norm, pat) or fnmatch.fnmatch(norm, pat + "/*"):
            return True
        if "/" not in pat and any(fnmatch.fnmatch(p, pat) for p in parts):
            return True
        if pat.startswith("**/") and fnmatch.fnmatch(norm, pat[3:]):
            return True
    return False


SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", "site", ".mypy_cache"}


def walk(paths, config_for, cli_exclude=()) -> Iterator[Target | InputError]:
    """Expand paths: files as given, folders recursively for the configured types."""
    for given in paths:
        if given == "-":
            yield Target("-", True)
            continue
        if not os.path.exists(given):
            yield InputError(given, "no such file or directory")
            continue
        if not os.path.isdir(given):
            yield Target(given, True)
            continue
        found = []
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            cfg = config_for(os.path.join(root, "_"))
            patterns = tuple(cfg.exclude) + tuple(cli_exclude)
            dirs[:] = [d for d in dirs if not excluded(os.path.join(root, d), patterns)]
            for name in files:
                full = os.path.join(root, name)
                if os.path.splitext(name)[1].lower() in cfg.extensions and not excluded(full, patterns):
                    found.append(full)
        for full in sorted(found):
            yield Target(full, False)
