"""Email messages (``.eml``) through the standard library's ``email`` package.

Headers are not prose. The ``text/plain`` part is read like a plain-text
reply (or, when there is none, the ``text/html`` part like HTML). Bodies in
quoted-printable map back to the exact characters of the file; base64
bodies map to the encoded line a word came from.
"""

from __future__ import annotations

import binascii
import codecs
import email
import email.policy

from ..document import RawBlock, remap
from .html import read_html
from .masking import Masks
from .plain import read_plain


class EmailError(ValueError):
    pass


def _body_part(msg):
    plain = html_part = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = part
        elif ctype == "text/html" and html_part is None:
            html_part = part
    if plain is None and html_part is None and msg.get_content_maintype() == "multipart" and not msg.is_multipart():
        return msg  # "multipart" without a boundary: its body is one text part
    return plain or html_part


#: Charsets in which a run of ASCII characters decodes to itself, whatever came before it.
ASCII_SAFE = ("utf-8", "ascii", "latin-1", "iso8859", "cp125")


def _decode_qp(raw: str, base: int, charset: str) -> tuple[str, list[int], list[int]]:  # noqa: C901 (complexity 12: one linear pass over the body, issue 13)
    """Decode quoted-printable text, keeping each character's raw span.

    A run of plain ASCII between escapes maps one to one onto the file and
    is taken whole (linear, and no per-byte work for most of a body).
    """
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        name = "utf-8"
    decoder = codecs.getincrementaldecoder(name)(errors="replace")
    bulk = name.startswith(ASCII_SAFE)
    chunks: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending: list[int] = []  # where the bytes of a character not yet complete began

    def feed(byte: int, s: int, e: int) -> None:
        pending.append(s)
        out = decoder.decode(bytes([byte]))
        if out:
            chunks.append(out)
            starts.extend([pending[0]] * len(out))
            ends.extend([e] * len(out))
            pending.clear()

    i, n = 0, len(raw)
    while i < n:
        j = raw.find("=", i)
        j = n if j < 0 else j
        if j > i:
            seg = raw[i:j]
            if bulk and not pending and seg.isascii():
                chunks.append(seg)
                starts.extend(range(base + i, base + j))
                ends.extend(range(base + i + 1, base + j + 1))
            else:
                for k, ch in enumerate(seg, i):
                    for byte in ch.encode("utf-8"):
                        feed(byte, base + k, base + k + 1)
            i = j
            continue
        if raw.startswith("\r\n", i + 1):
            i += 3
            continue
        if raw.startswith("\n", i + 1):
            i += 2
            continue
        try:
            feed(int(raw[i + 1 : i + 3], 16), base + i, base + i + 3)
            i += 3
        except ValueError:
            feed(ord("="), base + i, base + i + 1)
            i += 1
    return "".join(chunks), starts, ends


def _decode_base64(raw: str, base: int, charset: str) -> tuple[str, list[int], list[int]]:
    """Decode base64 once, line by line: each character maps to the encoded line(s) it came from.

    Linear in the size of the body (a 6 MB part is decoded in well under a
    second); a line with characters base64 has not (not even ASCII) is
    decoded leniently: its stray characters are dropped.
    """
    try:
        decoder = codecs.getincrementaldecoder(charset)(errors="replace")
    except LookupError:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    chunks: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    carried = None  # where a character split across lines began
    for line in raw.splitlines(keepends=True):
        stripped = line.strip().encode("ascii", "ignore")
        try:
            decoded = binascii.a2b_base64(stripped) if stripped else b""
        except (binascii.Error, ValueError):
            decoded = b""
        start, end = base + pos, base + pos + len(line.rstrip("\r\n"))
        pos += len(line)
        out = decoder.decode(decoded)
        if out:
            chunks.append(out)
            starts.append(carried if carried is not None else start)
            starts.extend([start] * (len(out) - 1))
            ends.extend([end] * len(out))
            carried = None
        if decoded and decoder.getstate()[0] and carried is None:
            carried = start
    return "".join(chunks), starts, ends


def read_eml(source: str) -> list[RawBlock]:
    msg = email.message_from_string(source, policy=email.policy.compat32)
    if not msg.keys():
        raise EmailError("not an email message (no headers)")
    part = _body_part(msg)
    if part is None:
        return []
    raw = part.get_payload(decode=False)
    if not isinstance(raw, str) or not raw.strip():
        return []
    header_end = source.find("\n\n")
    header_end2 = source.find("\r\n\r\n")
    search_from = min(x for x in (header_end, header_end2, len(source)) if x >= 0)
    offset = source.find(raw, search_from)
    if offset < 0:
        offset = source.find(raw)
    if offset < 0:
        raise EmailError("could not locate the message body in the file")
    cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    is_html = part.get_content_type() == "text/html"
    charset = part.get_content_charset() or "utf-8"
    if cte in ("7bit", "8bit", "binary"):
        if is_html:
            return _html_region(source, offset, len(raw))
        return read_plain(source, Masks.of(source), offset, offset + len(raw), headers=False)
    if cte == "quoted-printable":
        text, starts, ends = _decode_qp(raw, offset, charset)
    elif cte == "base64":
        text, starts, ends = _decode_base64(raw, offset, charset)
    else:
        raise EmailError(f"unsupported Content-Transfer-Encoding: {cte}")
    blocks = read_html(text) if is_html else read_plain(text, headers=False)
    return remap(blocks, starts, ends)


def _html_region(source: str, offset: int, length: int) -> list[RawBlock]:
    text = source[offset : offset + length]
    starts = list(range(offset, offset + length))
    ends = [s + 1 for s in starts]
    return remap(read_html(text), starts, ends)
