"""The LanguageTool adapter: the rep's prose in, grammar matches out.

What is sent: only the rep's prose, sentence by sentence (never the
buyer's words, code, or anything else that is not prose). A merge field
or inline code (:data:`~linter.document.OPAQUE` in the prose) is sent as a
neutral placeholder word, and no match that overlaps it, or touches it
across white space, is reported.

How: plain HTTP ``POST /v2/check`` (LanguageTool's documented API) with
the standard library. The text goes in chunks of whole sentences that
stay under the server's limit: the smaller of the ``max-request-chars``
option and what ``GET /v2/maxtextlength`` says, counted in UTF-16 code
units as LanguageTool counts them; a chunk the server still refuses as
too long (HTTP 413) is split further.

Offsets: LanguageTool reports them in UTF-16 code units (it is Java).
They are mapped back through each chunk to exact prose offsets, so an
emoji or an accented letter before a match never shifts it.

Where the server comes from: the ``languagetool-url`` option (the
config's ``languagetool-url`` key), else the ``LANGUAGETOOL_URL``
environment variable, else a LanguageTool that language-tool-python has
already downloaded (in its ``LTP_PATH``, or its default cache folder),
which it then starts locally (needs Java 17+). language-tool-python is only
imported in that last case, and it never downloads anything for us.

Failures: every way the server can fail (unreachable, refused, slow, an
HTTP error, a body that is not LanguageTool's JSON, language-tool-python's
own errors, which include ``requests`` exceptions) raises
:class:`GrammarUnavailable` with a one-line message, before any match is
returned. A server that could not be reached is remembered for the rest of
the process, so a run over many files waits for it once, not per file.
"""

from __future__ import annotations

import bisect
import functools
import http.client
import json
import os
import re
import shutil
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .document import OPAQUE, Document
from .finding import Unavailable

ENV_URL = "LANGUAGETOOL_URL"
#: The word a merge field or inline code is sent as: a name, so the
#: sentence around it still reads as English ("Hi Alex, ...").
PLACEHOLDER = "Alex"
DEFAULT_MAX_CHARS = 20_000
MIN_CHUNK = 200
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
USER_AGENT = "empathy-lint"


class GrammarUnavailable(Unavailable):
    """LanguageTool is configured (or required) but cannot be used.

    ``str(exc)`` is one line, fit for standard error as it is.
    """


@dataclass(frozen=True)
class GrammarMatch:
    """One LanguageTool match, in prose offsets of the Document."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category: str


# --- where the server is ---------------------------------------------------------


def configured_url(option: str | None) -> str | None:
    """The server URL from the option, else ``LANGUAGETOOL_URL``; ``None`` when neither is set."""
    url = (option or "").strip() or os.environ.get(ENV_URL, "").strip()
    return url or None


def normalize_url(url: str) -> str:
    """``http://host:8081``, ``.../v2``, ``.../v2/check`` -> ``http://host:8081/v2/``."""
    raw = url.strip()
    if "://" not in raw:
        raw = "http://" + raw
    parts = urllib.parse.urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GrammarUnavailable(f"grammar: languagetool-url must be an http(s) URL, got {url!r}")
    path = parts.path.rstrip("/")
    if path.endswith("/check"):
        path = path[: -len("/check")]
    if not path.endswith("/v2"):
        path += "/v2"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path + "/", "", ""))


def local_installation() -> Path | None:
    """A LanguageTool that language-tool-python downloaded, when Java can run it.

    Looks in ``LTP_PATH`` (or language-tool-python's default folder) without
    creating anything; ``None`` when there is none or no ``java`` on PATH.
    Looked up once per process (per ``LTP_PATH`` and ``PATH``), not per file.
    """
    return _local_installation(os.environ.get("LTP_PATH", ""), os.environ.get("PATH", ""))


@functools.lru_cache(maxsize=8)
def _local_installation(ltp_path: str, _path: str) -> Path | None:
    folder = Path(ltp_path or Path.home() / ".cache" / "language_tool_python")
    try:
        found = sorted(
            d
            for d in folder.glob("LanguageTool-*")
            if d.is_dir() and any((d / jar).is_file() for jar in ("languagetool-server.jar", "languagetool.jar"))
        )
    except OSError:
        return None
    if not found or shutil.which("java") is None:
        return None
    return found[-1]


_local_tool = None  # the language_tool_python.LanguageTool that runs the local server
_local_lock = threading.Lock()


def _start_local(installation: Path, language: str) -> str:
    """Start the local LanguageTool through language-tool-python (once); its base URL."""
    with _local_lock:
        return _start_local_locked(installation, language)


def _start_local_locked(installation: Path, language: str) -> str:
    global _local_tool
    if _local_tool is not None:
        return normalize_url(_local_tool.url)
    try:
        import language_tool_python  # noqa: PLC0415 - optional extra, imported only here
        from language_tool_python.download_lt import LocalLanguageTool  # noqa: PLC0415
    except ImportError:
        raise GrammarUnavailable(
            f"grammar: LanguageTool found in {installation.parent}, but language-tool-python is not installed "
            "(pip install 'active-empathy[grammar]')"
        ) from None
    try:
        version = LocalLanguageTool.from_path(installation).version_name
        _local_tool = language_tool_python.LanguageTool(language, language_tool_download_version=version)
        return normalize_url(_local_tool.url)
    except Exception as exc:  # requests errors, LanguageToolError, JavaError, PathError, ...
        raise GrammarUnavailable(f"grammar: could not start the local LanguageTool in {installation}: {_one_line(exc)}") from None


def endpoint(url_option: str | None, language: str = "en-US") -> str | None:
    """The ``.../v2/`` URL to talk to, or ``None`` when no LanguageTool is configured."""
    url = configured_url(url_option)
    if url:
        return normalize_url(url)
    installation = local_installation()
    if installation is not None:
        return _start_local(installation, language)
    return None


# --- chunks: what is sent, and the way back ------------------------------------------


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Span:
    chunk_start: int  # in the chunk's Python string
    chunk_end: int
    prose_start: int
    prose_end: int
    placeholder: bool


@dataclass
class Chunk:
    """One request's text, with the map from its characters to prose offsets."""

    text: str
    spans: list[_Span]

    def utf16_to_index(self) -> list[int]:
        """``u[i]``: the UTF-16 offset of Python index ``i`` (``len(text) + 1`` entries)."""
        out = [0]
        for ch in self.text:
            out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
        return out


def _units(doc: Document) -> list[tuple[int, int, bool]]:
    """Rep sentences as ``(prose_start, prose_end, new_paragraph)``."""
    units = []
    last_block = None
    for turn in doc.turns:
        if turn.buyer or turn.narration:
            continue
        for s in turn.sentences:
            units.append((s.start, s.end, s.block is not last_block))
            last_block = s.block
    return units


def _split_long(prose: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """A sentence too long for one request, cut at white space (or anywhere, as a last resort)."""
    pieces = []
    while utf16_len(prose[start:end]) > limit:
        cut = start
        units = 0
        best = None
        while cut < end:
            units += 2 if ord(prose[cut]) > 0xFFFF else 1
            if units > limit:
                break
            cut += 1
            if prose[cut - 1].isspace():
                best = cut
        cut = best if best and best > start else max(cut, start + 1)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def build_chunks(doc: Document, limit: int) -> list[Chunk]:  # noqa: C901 (complexity 12: known debt, issue 14)
    """The rep's sentences packed into chunks of at most ``limit`` UTF-16 units."""
    prose = doc.prose
    chunks: list[Chunk] = []
    text: list[str] = []
    spans: list[_Span] = []
    size = 0  # UTF-16 units in ``text``
    length = 0  # Python characters in ``text``

    def flush() -> None:
        nonlocal text, spans, size, length
        if spans:
            chunks.append(Chunk("".join(text), spans))
        text, spans, size, length = [], [], 0, 0

    def piece_text(a: int, b: int) -> list[tuple[str, int, int, bool]]:
        out = []
        pos = a
        for m in re.finditer(OPAQUE, prose[a:b]):
            o = a + m.start()
            if o > pos:
                out.append((prose[pos:o], pos, o, False))
            out.append((PLACEHOLDER, o, o + 1, True))
            pos = o + 1
        if pos < b:
            out.append((prose[pos:b], pos, b, False))
        return out

    for start, end, paragraph in _units(doc):
        # A placeholder is longer than the character it stands for.
        extra = prose.count(OPAQUE, start, end) * (len(PLACEHOLDER) - 1)
        for k, (a, b) in enumerate(_split_long(prose, start, end, max(limit - extra - 2, MIN_CHUNK // 2))):
            parts = piece_text(a, b)
            need = sum(utf16_len(p[0]) for p in parts)
            sep = ("\n\n" if paragraph else " ") if spans and not k else ""
            if spans and size + len(sep) + need > limit:
                flush()
                sep = ""
            if sep:
                text.append(sep)
                size += len(sep)
                length += len(sep)
            for t, pa, pb, placeholder in parts:
                spans.append(_Span(length, length + len(t), pa, pb, placeholder))
                text.append(t)
                size += utf16_len(t)
                length += len(t)
    flush()
    return chunks


def map_match(chunk: Chunk, u16: list[int], offset: int, length: int) -> tuple[int, int] | None:
    """A LanguageTool match (UTF-16 ``offset``/``length`` in the chunk) as prose offsets.

    ``None`` when it overlaps a placeholder, touches one across white space,
    or falls outside the rep's words (in a separator between sentences).
    """
    if offset < 0 or length < 0 or offset > u16[-1]:
        return None
    a = bisect.bisect_right(u16, offset) - 1  # a start inside a surrogate pair: the whole character
    b = bisect.bisect_left(u16, min(offset + length, u16[-1]))
    if b <= a:
        b = min(a + 1, len(chunk.text))
    text = chunk.text
    wa = a
    while wa > 0 and text[wa - 1] in " \t":
        wa -= 1
    wb = b
    while wb < len(text) and text[wb] in " \t":
        wb += 1
    inside = [s for s in chunk.spans if s.chunk_start < b and a < s.chunk_end]
    for s in chunk.spans:
        if s.placeholder and s.chunk_start <= wb and wa <= s.chunk_end:
            return None
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    start = first.prose_start + max(a - first.chunk_start, 0)
    end = last.prose_start + min(b, last.chunk_end) - last.chunk_start
    if end <= start:
        return None
    return start, end


# --- talking to the server ----------------------------------------------------------

_unreachable: dict[str, str] = {}  # base URL -> the message it failed with (this process)
_limits: dict[str, int | None] = {}  # base URL -> its /v2/maxtextlength


def forget() -> None:
    """Forget unreachable servers, text limits and the local LanguageTool lookup (for tests)."""
    _unreachable.clear()
    _limits.clear()
    _local_installation.cache_clear()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


class _Deadline:
    """A total deadline for one request: at the deadline its socket is shut down.

    A per-read timeout lets a server that sends a byte every second (in the
    headers as much as in the body) keep a request going for ever; the
    watchdog cuts the connection wherever the request is.
    """

    def __init__(self, seconds: float) -> None:
        import time

        self.at = time.monotonic() + seconds
        self.cut = False
        self._timers: list[threading.Timer] = []

    def watch(self, sock) -> None:
        import time

        timer = threading.Timer(max(0.0, self.at - time.monotonic()), self._cut, (sock,))
        timer.daemon = True
        self._timers.append(timer)
        timer.start()

    def _cut(self, sock) -> None:
        self.cut = True
        try:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the raw socket, TLS or not
        except OSError:
            pass

    def passed(self) -> bool:
        import time

        return self.cut or time.monotonic() > self.at

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()

    def handlers(self) -> list:
        """urllib handlers whose connections are watched by this deadline."""
        deadline = self

        def watched(http_class):
            class Watched(http_class):
                def connect(self):
                    super().connect()
                    deadline.watch(self.sock)

            return Watched

        class HTTP(urllib.request.HTTPHandler):
            def do_open(self, http_class, req, **kw):
                return super().do_open(watched(http_class), req, **kw)

        class HTTPS(urllib.request.HTTPSHandler):
            def do_open(self, http_class, req, **kw):
                return super().do_open(watched(http_class), req, **kw)

        return [HTTP(), HTTPS()]


def _opener(base: str, deadline: _Deadline | None = None):
    extra = deadline.handlers() if deadline else []
    host = urllib.parse.urlsplit(base).hostname or ""
    if host in ("localhost", "::1") or host.startswith("127."):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}), *extra)  # never through a proxy
    return urllib.request.build_opener(*extra)


class _HTTPFailure(Exception):
    def __init__(self, status: int, body: str) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body


def _request(base: str, path: str, timeout: float, data: dict | None = None) -> str:  # noqa: C901 (complexity 11: known debt, issue 14)
    """GET or POST ``base + path``; the body as text. Raises GrammarUnavailable or _HTTPFailure."""
    url = base + path
    body = urllib.parse.urlencode(data).encode("utf-8") if data is not None else None
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
    req = urllib.request.Request(url, data=body, headers=headers, method="POST" if body is not None else "GET")
    deadline = _Deadline(timeout)  # a total deadline: a byte every second cannot keep it going
    try:
        with _opener(base, deadline).open(req, timeout=timeout) as resp:
            chunks, size = [], 0
            while size <= MAX_RESPONSE_BYTES:
                if deadline.passed():
                    raise TimeoutError()
                chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            if deadline.cut:  # the watchdog ended the answer early
                raise TimeoutError()
            raw = b"".join(chunks)
            if len(raw) > MAX_RESPONSE_BYTES:
                raise GrammarUnavailable(f"grammar: LanguageTool at {base} sent an oversized answer; grammar not checked")
            return raw.decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        try:
            text = exc.read(4096).decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the error body is only for the message
            text = ""
        finally:
            exc.close()
        raise _HTTPFailure(exc.code, text) from None
    except GrammarUnavailable:
        raise
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, (socket.timeout, TimeoutError)) or deadline.cut:
            reason = f"no answer within {timeout:g} s"
        message = f"grammar: cannot reach LanguageTool at {base} ({_one_line(reason) if not isinstance(reason, str) else reason}); grammar not checked"
        _unreachable[base] = message
        raise GrammarUnavailable(message) from None
    finally:
        deadline.cancel()


def _server_limit(base: str, timeout: float) -> int | None:
    """``GET /v2/maxtextlength``: the server's text limit, if it says (once per server)."""
    if base not in _limits:
        try:
            text = _request(base, "maxtextlength", timeout)
            value = int(text.strip())
            _limits[base] = value if value > 0 else None
        except (_HTTPFailure, ValueError):
            _limits[base] = None  # older servers and proxies do not have it
    return _limits[base]


def _parse(base: str, body: str) -> list[dict]:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # 100,000 nested "[" is not an answer
        raise GrammarUnavailable(f"grammar: LanguageTool at {base} did not answer with JSON; grammar not checked") from None
    matches = data.get("matches") if isinstance(data, dict) else None
    if not isinstance(matches, list):
        raise GrammarUnavailable(f"grammar: LanguageTool at {base} answered without a list of matches; grammar not checked")
    out = []
    for m in matches:
        if not isinstance(m, dict) or not isinstance(m.get("offset"), int) or not isinstance(m.get("length"), int):
            raise GrammarUnavailable(f"grammar: LanguageTool at {base} sent a match without offset and length; grammar not checked")
        out.append(m)
    return out


_TOO_LONG = re.compile(r"limit of (\d+)")


def _check_text(base: str, chunk_text: str, params: dict, timeout: float) -> list[dict] | int:
    """The matches for one chunk, or the smaller limit to retry with (HTTP 413)."""
    try:
        return _parse(base, _request(base, "check", timeout, {**params, "text": chunk_text}))
    except _HTTPFailure as exc:
        first = " ".join(exc.body.split())[:200]
        if exc.status == 413:
            m = _TOO_LONG.search(exc.body)
            return int(m.group(1)) if m else utf16_len(chunk_text) // 2
        if exc.status in (426, 429):
            message = f"grammar: LanguageTool at {base} refused: rate limit (HTTP {exc.status}); grammar not checked"
            _unreachable[base] = message  # asking again for every file only makes it worse
            raise GrammarUnavailable(message) from None
        detail = f": {first}" if first else ""
        raise GrammarUnavailable(f"grammar: LanguageTool at {base} answered HTTP {exc.status}{detail}; grammar not checked") from None


def check_document(
    doc: Document,
    base: str,
    *,
    language: str = "en-US",
    timeout: float = 10.0,
    max_chars: int = DEFAULT_MAX_CHARS,
    disabled_rules: tuple[str, ...] = (),
) -> list[GrammarMatch]:
    """LanguageTool's matches on the rep's prose of ``doc``, in prose offsets.

    ``base`` is a ``.../v2/`` URL (see :func:`endpoint`). Raises
    :class:`GrammarUnavailable` before returning anything when the server
    cannot be used.
    """
    if base in _unreachable:
        raise GrammarUnavailable(_unreachable[base])
    if not _units(doc):
        return []
    limit = max(int(max_chars), MIN_CHUNK)
    server = _server_limit(base, timeout)
    if server:
        limit = max(min(limit, server), MIN_CHUNK)
    params = {"language": language}
    if disabled_rules:
        params["disabledRules"] = ",".join(disabled_rules)

    found: list[GrammarMatch] = []
    pending = build_chunks(doc, limit)
    retries = 0
    while pending:
        chunk = pending.pop(0)
        result = _check_text(base, chunk.text, params, timeout)
        if isinstance(result, int):
            retries += 1
            smaller = min(result, utf16_len(chunk.text) // 2)
            if retries > 8 or smaller < MIN_CHUNK:
                raise GrammarUnavailable(
                    f"grammar: LanguageTool at {base} refuses even {utf16_len(chunk.text)} characters of text; grammar not checked"
                )
            limit = smaller
            pending = _rechunk(doc, chunk, limit) + pending
            continue
        u16 = chunk.utf16_to_index()
        for m in result:
            span = map_match(chunk, u16, m["offset"], m["length"])
            if span is None:
                continue
            rule = m.get("rule") if isinstance(m.get("rule"), dict) else {}
            category = rule.get("category") if isinstance(rule.get("category"), dict) else {}
            replacements = tuple(
                r["value"] for r in m.get("replacements") or () if isinstance(r, dict) and isinstance(r.get("value"), str)
            )
            found.append(
                GrammarMatch(
                    span[0],
                    span[1],
                    " ".join(str(m.get("message") or m.get("shortMessage") or "Possible grammar or spelling problem.").split()),
                    replacements,
                    str(rule.get("id") or ""),
                    str(category.get("id") or ""),
                )
            )
    found.sort(key=lambda g: (g.start, g.end))
    return found


def _rechunk(doc: Document, chunk: Chunk, limit: int) -> list[Chunk]:
    """The sentences of one refused chunk, packed again under a smaller limit."""
    lo = min(s.prose_start for s in chunk.spans)
    hi = max(s.prose_end for s in chunk.spans)
    sub = _SubDocument(doc, lo, hi)
    return build_chunks(sub, limit)  # type: ignore[arg-type]


class _SubDocument:
    """The part of a Document's rep sentences within ``[lo, hi)`` (for re-chunking)."""

    def __init__(self, doc: Document, lo: int, hi: int) -> None:
        self.prose = doc.prose
        self.turns = []
        for t in doc.turns:
            if t.buyer or t.narration:
                continue
            sentences = []
            for s in t.sentences:
                a, b = max(s.start, lo), min(s.end, hi)
                if a < b:
                    sentences.append(type(s)(a, b, doc.prose[a:b], s.block))
            if sentences:
                self.turns.append(type(t)(t.index, False, t.label, False, list(t.blocks), sentences))
