"""``empathy-lint-lsp``: the language server (LSP over standard input and output).

The same engine and configuration discovery as the CLI, behind LSP
diagnostics, code actions and hover. Needs the ``lsp`` extra
(``pip install 'active-empathy[lsp]'``: pygls and lsprotocol); without it the
command says so in one line and exits 2.

- Diagnostics on open, on save and (debounced) on change, for the file types
  of the configuration that applies to the document's path (the nearest
  ``.empathy-lint.toml`` / ``pyproject.toml``), linting the buffer's text,
  saved or not. Ranges are in the position encoding the client negotiates
  (UTF-16 unless it offers UTF-8 or UTF-32); lines end at CRLF, CR or LF, as
  LSP counts them.
- Code actions: apply a fix (safe fixes are the preferred action), insert the
  suggested line, disable the rule for the next line with an inline-control
  comment, and a ``source.fixAll`` action that applies every safe fix.
- Hover on a finding: the rule's "Why is this bad?" and "Use instead" from its
  documentation, and a link to its page.
- Linting runs on worker threads, never on the message loop; a newer edit
  cancels a lint still running for an older version (between rules) and its
  results are never published. A bad configuration is one
  ``window/showMessage``; a rule that raises is one logged error and the other
  rules' findings are still shown. Nothing is written to disk.

The helpers before :func:`build_server` need neither pygls nor lsprotocol.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
import threading
import traceback
from dataclasses import dataclass, field

from .finding import Unavailable

EXIT_ERROR = 2
INSTALL_HINT = (
    "empathy-lint-lsp: the language server needs the 'lsp' extra (pygls, lsprotocol): "
    "pip install 'active-empathy[lsp]'"
)
SOURCE = "empathy-lint"
DEBOUNCE = 0.15  # seconds after the last change before linting (initializationOptions.debounceMs)
FIX_ALL_COMMAND = "empathy-lint.fixAll"
FIX_ALL_KIND = "source.fixAll.empathy-lint"
CONFIG_NAMES = (".empathy-lint.toml", "pyproject.toml")

#: file name extension for buffers without a path (``untitled:``), by languageId
LANGUAGE_EXTENSIONS = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt", "email": ".eml", "eml": ".eml"}

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_NEWLINE = re.compile(r"\r\n|\r|\n")


# --- positions ---------------------------------------------------------------


def width(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` ``text`` takes."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF16:
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    return len(text.encode("utf-8", "surrogatepass"))


def _index(line: str, units: int, encoding: str) -> int:
    """The code point index in ``line`` at ``units`` code units (clamped; inside a character: the next one)."""
    if units <= 0:
        return 0
    if encoding == UTF32 or line.isascii():
        return min(units, len(line))
    count = 0
    for i, ch in enumerate(line):
        if count >= units:
            return i
        o = ord(ch)
        if encoding == UTF16:
            count += 2 if o > 0xFFFF else 1
        else:
            count += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
    return len(line)


class LineIndex:
    """Code point offsets <-> LSP positions (lines end at CRLF, CR or LF)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def line_end(self, line: int) -> int:
        if line + 1 >= len(self.starts):
            return len(self.text)
        end = self.starts[line + 1]
        return end - 2 if self.text[end - 2 : end] == "\r\n" else end - 1

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def position(self, offset: int, encoding: str) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        return line, width(self.text[self.starts[line] : offset], encoding)

    def offset(self, line: int, character: int, encoding: str) -> int:
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        return start + _index(self.text[start : self.line_end(line)], character, encoding)


def apply_change(text: str, start: tuple[int, int] | None, end: tuple[int, int] | None, new: str, encoding: str) -> str:
    """``text`` after one ``didChange`` content change (``start`` None: the whole text)."""
    if start is None or end is None:
        return new
    index = LineIndex(text)
    a = index.offset(*start, encoding)
    b = index.offset(*end, encoding)
    if b < a:
        a, b = b, a
    return text[:a] + new + text[b:]


# --- rules' documentation --------------------------------------------------------


def rule_url(rule: str) -> str:
    """The rule's page on the site (as SARIF's ``helpUri``)."""
    from .formats.sarif import RULE_URL

    return RULE_URL.format(id=rule)


def _section(doc: str, title: str) -> str:
    m = re.search(rf"^##\s+{re.escape(title)}\s*$(.*?)(?=^##\s|\Z)", doc, re.MULTILINE | re.DOTALL)
    return m.group(1).strip() if m else ""


def hover_markdown(rule: str, severity: str, message: str, suggestion: str | None) -> str:
    """Hover text for one finding: the message, then "why" and "use instead" from the rule's page."""
    from .rules import REGISTRY

    module = REGISTRY.get(rule)
    doc = (module.__doc__ or "") if module else ""
    parts = [f"**{rule}** ({severity}): {message}"]
    if suggestion:
        parts.append(f"Try: {suggestion}")
    why = _section(doc, "Why is this bad?")
    if why:
        parts.append("**Why is this bad?**\n\n" + why)
    instead = _section(doc, "Use instead")
    if instead:
        parts.append("**Use instead**\n\n" + instead)
    parts.append(f"[{rule} on the site]({rule_url(rule)})")
    return "\n\n".join(parts)


# --- inline control ----------------------------------------------------------------

_NEXT_LINE = re.compile(r"^([ \t]*)<!--\s*empathy-lint\s*:\s*disable-next-line\b([^>]*?)\s*-->[ \t]*$", re.IGNORECASE)


def control_comment(rule: str, filename: str = "") -> str:
    """The inline-control comment that turns ``rule`` off for the next line.

    Every format the linter reads (Markdown, HTML, plain text, email) takes
    the same HTML comment: it is what the engine recognises, and Markdown and
    HTML never show it to a reader.
    """
    return f"<!-- empathy-lint: disable-next-line {rule} -->"


def disable_edit(text: str, line: int, rule: str, filename: str = "") -> tuple[int, int, str]:
    """``(start, end, new text)`` in code points: turn ``rule`` off for ``line`` (0-based LSP line).

    A ``disable-next-line`` comment just above gets the rule added to its
    list; otherwise a new comment line goes above, indented as the line is,
    with the document's own newline.
    """
    index = LineIndex(text)
    start = index.starts[min(line, len(index.starts) - 1)]
    body = text[start : index.line_end(line)]
    if line > 0:
        prev_start = index.starts[line - 1]
        prev_end = index.line_end(line - 1)
        m = _NEXT_LINE.match(text[prev_start:prev_end])
        if m:
            ids = [r for r in re.split(r"[\s,]+", m.group(2).strip()) if r]
            if rule in ids or not ids:
                return prev_start, prev_start, ""
            new = f"{m.group(1)}<!-- empathy-lint: disable-next-line {','.join(ids + [rule])} -->"
            return prev_start, prev_end, new
    newline = text[index.line_end(line) : index.starts[line + 1]] if line + 1 < len(index.starts) else ""
    if not newline:
        m = _NEWLINE.search(text)
        newline = m.group(0) if m else "\n"
    indent = re.match(r"[ \t]*", body).group(0)
    return start, start, indent + control_comment(rule, filename) + newline


# --- linting -------------------------------------------------------------------------


class Cancelled(Exception):
    """A newer version of the document came in: this lint's results would be stale."""


class _GuardedRule:
    """A rule module whose ``check`` stops on cancellation and never raises (but for :class:`~linter.finding.Unavailable`)."""

    def __init__(self, module, token: threading.Event, failures: list) -> None:
        self._module = module
        self._token = token
        self._failures = failures

    def __getattr__(self, name):
        return getattr(self._module, name)

    def check(self, document, options):
        if self._token.is_set():
            raise Cancelled()
        try:
            hits = list(self._module.check(document, options))
        except Unavailable:
            raise
        except Exception as exc:
            self._failures.append((self._module.ID, exc, traceback.format_exc()))
            return iter(())
        return iter(hits)


class _GuardedConfig:
    """The configuration as the engine sees it, with every rule guarded."""

    def __init__(self, config, token: threading.Event, failures: list) -> None:
        self._config = config
        self._token = token
        self._failures = failures

    def __getattr__(self, name):
        return getattr(self._config, name)

    def enabled(self) -> list:
        return [_GuardedRule(m, self._token, self._failures) for m in self._config.enabled()]


@dataclass
class LintResult:
    findings: list = field(default_factory=list)
    skipped: str | None = None  # why the document is not linted (file type, excluded, too large)
    config_error: str | None = None
    read_error: str | None = None  # the reader could not read it as a draft
    failures: list = field(default_factory=list)  # (rule id, exception, traceback): rules that raised
    problems: list = field(default_factory=list)  # rules that could not run (grammar)


def lint_buffer(text: str, path: str | None, filename: str, token: threading.Event | None = None) -> LintResult:  # noqa: C901 (complexity 11: known debt, issue 14)
    """Lint a buffer's text as the CLI lints the file at ``path`` (config found from ``path``).

    ``filename`` picks the reader. Raises :class:`Cancelled` when ``token``
    is set before the lint is done.
    """
    from .config import ConfigError, Finder
    from .engine import lint
    from .files import excluded
    from .readers import read

    token = token or threading.Event()
    try:
        config = Finder().for_path(path)
    except ConfigError as exc:
        return LintResult(config_error=str(exc))
    if path is not None:
        ext = os.path.splitext(path)[1].lower()
        if ext not in config.extensions:
            return LintResult(skipped=f"{ext or 'no extension'} is not a configured file type")
        if config.exclude:
            base = os.path.dirname(config.source) if config.source else os.getcwd()
            if excluded(os.path.relpath(path, base), config.exclude):
                return LintResult(skipped="excluded by the configuration")
    if len(text.encode("utf-8", "surrogatepass")) > config.max_file_size:
        return LintResult(skipped="larger than max-file-size")
    if not text.lstrip("\ufeff").strip():
        return LintResult()
    failures: list = []
    problems: list = []
    try:
        document = read(text, filename, config.speakers)
    except Exception as exc:
        return LintResult(read_error=f"{filename}: could not be read as a draft ({type(exc).__name__}: {exc})")
    if token.is_set():
        raise Cancelled()
    findings = lint(document, _GuardedConfig(config, token, failures), path or filename, problems)
    if token.is_set():
        raise Cancelled()
    return LintResult(findings=findings, failures=failures, problems=problems)


# --- the server ------------------------------------------------------------------------


@dataclass
class Buffer:
    uri: str
    text: str
    version: int | None
    language_id: str
    path: str | None  # on disk (None for untitled buffers)
    filename: str  # picks the reader
    findings: list = field(default_factory=list)
    linted_version: object = -1  # the version ``findings`` belong to
    task: object = None  # the pending or running lint (asyncio.Task)
    token: threading.Event | None = None
    _index: LineIndex | None = None

    @property
    def index(self) -> LineIndex:
        if self._index is None or self._index.text is not self.text:
            self._index = LineIndex(self.text)
        return self._index

    @property
    def bom(self) -> int:
        return 1 if self.text.startswith("\ufeff") else 0

    @property
    def fresh(self) -> bool:
        return self.linted_version == self.version


def _path_of(uri: str) -> str | None:
    from pygls.uris import to_fs_path

    if not uri.startswith("file:"):
        return None
    return to_fs_path(uri)


def build_server():  # noqa: C901 (complexity 78: known debt, issue 14)
    """The pygls server with every feature registered (needs the ``lsp`` extra)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from lsprotocol import types as t
    from pygls.lsp.server import LanguageServer
    from pygls.protocol import LanguageServerProtocol
    from pygls.protocol.language_server import lsp_method

    from . import __version__

    class Protocol(LanguageServerProtocol):
        """Documents are kept by the server itself (exact LSP line breaks), not pygls' workspace."""

        @lsp_method(t.TEXT_DOCUMENT_DID_OPEN)
        def lsp_text_document__did_open(self, params):
            if (handler := self.fm.features.get(t.TEXT_DOCUMENT_DID_OPEN)) is not None:
                yield handler, (params,), None

        @lsp_method(t.TEXT_DOCUMENT_DID_CHANGE)
        def lsp_text_document__did_change(self, params):
            if (handler := self.fm.features.get(t.TEXT_DOCUMENT_DID_CHANGE)) is not None:
                yield handler, (params,), None

        @lsp_method(t.TEXT_DOCUMENT_DID_CLOSE)
        def lsp_text_document__did_close(self, params):
            if (handler := self.fm.features.get(t.TEXT_DOCUMENT_DID_CLOSE)) is not None:
                yield handler, (params,), None

    SEVERITY = {
        "error": t.DiagnosticSeverity.Error,
        "warning": t.DiagnosticSeverity.Warning,
        "info": t.DiagnosticSeverity.Information,
    }

    class Server(LanguageServer):
        def __init__(self) -> None:
            super().__init__(
                "empathy-lint", __version__, protocol_cls=Protocol,
                text_document_sync_kind=t.TextDocumentSyncKind.Incremental,
            )
            self.buffers: dict[str, Buffer] = {}
            self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="empathy-lint")
            self.debounce = DEBOUNCE
            self.shown: set[str] = set()  # config errors shown (once each)
            self.config_errors: dict[str, str] = {}  # uri -> its config error
            self.logged: set = set()  # rule failures and read errors logged (once each)

        # -- helpers
        @property
        def encoding(self) -> str:
            enc = self.server_capabilities.position_encoding if self.protocol.server_capabilities else None
            return str(enc.value if hasattr(enc, "value") else enc or UTF16)

        def log(self, message: str, kind=t.MessageType.Log) -> None:
            self.window_log_message(t.LogMessageParams(type=kind, message=message))

        def to_range(self, buf: Buffer, start: int, end: int):
            enc = self.encoding
            a = buf.index.position(start + buf.bom, enc)
            b = buf.index.position(end + buf.bom, enc)
            return t.Range(t.Position(*a), t.Position(*b))

        def diagnostic(self, buf: Buffer, f):
            message = f.message + (f" Try: {f.suggestion}" if f.suggestion else "")
            return t.Diagnostic(
                range=self.to_range(buf, f.start, f.end),
                severity=SEVERITY.get(f.severity, t.DiagnosticSeverity.Warning),
                code=f.rule,
                code_description=t.CodeDescription(href=rule_url(f.rule)),
                source=SOURCE,
                message=message,
                data={"rule": f.rule, "fixable": f.fix is not None, "fix_safe": bool(getattr(f, "fix_safe", True))},
            )

        def publish(self, buf: Buffer, findings: list) -> None:
            self.text_document_publish_diagnostics(
                t.PublishDiagnosticsParams(
                    uri=buf.uri, version=buf.version, diagnostics=[self.diagnostic(buf, f) for f in findings]
                )
            )

        # -- linting
        def schedule(self, uri: str, delay: float) -> None:
            buf = self.buffers.get(uri)
            if buf is None:
                return
            self.cancel(buf)
            buf.token = threading.Event()
            buf.task = asyncio.get_running_loop().create_task(self.run_lint(buf, buf.version, buf.text, buf.token, delay))

        def cancel(self, buf: Buffer) -> None:
            if buf.token is not None:
                buf.token.set()
            if buf.task is not None and not buf.task.done():
                buf.task.cancel()

        async def run_lint(self, buf: Buffer, version, text: str, token: threading.Event, delay: float) -> None:
            if delay > 0:
                await asyncio.sleep(delay)
            loop = asyncio.get_running_loop()

            def job():
                try:
                    return lint_buffer(text, buf.path, buf.filename, token)
                except Cancelled:
                    return None

            try:
                result = await loop.run_in_executor(self.executor, job)
            except asyncio.CancelledError:
                token.set()
                raise
            if result is None or self.buffers.get(buf.uri) is not buf or buf.version != version or token.is_set():
                return  # a newer version is (or will be) linted
            self.report(buf, result)
            buf.findings = result.findings
            buf.linted_version = version
            self.publish(buf, result.findings)

        def report(self, buf: Buffer, result: LintResult) -> None:
            old = self.config_errors.pop(buf.uri, None)
            if result.config_error:
                self.config_errors[buf.uri] = result.config_error
                if result.config_error not in self.shown:
                    self.shown.add(result.config_error)
                    self.window_show_message(
                        t.ShowMessageParams(type=t.MessageType.Error, message=f"empathy-lint: {result.config_error}")
                    )
            if old and old != result.config_error and old not in self.config_errors.values():
                self.shown.discard(old)
            for rule, exc, tb in result.failures:
                key = (rule, type(exc).__name__, str(exc))
                if key not in self.logged:
                    self.logged.add(key)
                    self.log(
                        f"empathy-lint: the rule {rule} failed on {buf.uri} ({type(exc).__name__}: {exc}); "
                        f"its findings are left out, the other rules ran.\n{tb}",
                        t.MessageType.Error,
                    )
            for message in [result.read_error, *result.problems]:
                if message and message not in self.logged:
                    self.logged.add(message)
                    self.log(f"empathy-lint: {message}", t.MessageType.Warning)

        async def current(self, uri: str) -> Buffer | None:
            """The buffer with findings for its current version (waits for the lint in progress)."""
            for _ in range(50):
                buf = self.buffers.get(uri)
                if buf is None or buf.fresh:
                    return buf
                if buf.task is None or buf.task.done():
                    self.schedule(uri, 0)
                try:
                    await asyncio.shield(buf.task)
                except asyncio.CancelledError:
                    if asyncio.current_task().cancelling():
                        raise
            return None

        def relint_all(self) -> None:
            for uri in list(self.buffers):
                self.schedule(uri, 0)

        # -- edits
        def workspace_edit(self, buf: Buffer, edits: list):
            text_edits = [
                t.TextEdit(range=self.to_range_raw(buf, a, b), new_text=new) for a, b, new in sorted(edits)
            ]
            caps = self.client_capabilities.workspace
            if caps and caps.workspace_edit and caps.workspace_edit.document_changes:
                return t.WorkspaceEdit(
                    document_changes=[
                        t.TextDocumentEdit(
                            text_document=t.OptionalVersionedTextDocumentIdentifier(uri=buf.uri, version=buf.version),
                            edits=text_edits,
                        )
                    ]
                )
            return t.WorkspaceEdit(changes={buf.uri: text_edits})

        def to_range_raw(self, buf: Buffer, a: int, b: int):
            enc = self.encoding
            return t.Range(t.Position(*buf.index.position(a, enc)), t.Position(*buf.index.position(b, enc)))

        def safe_fixes(self, buf: Buffer) -> list:
            out, last = [], -1
            for f in sorted(buf.findings, key=lambda f: (f.start, f.end)):
                if f.fix is None or not getattr(f, "fix_safe", True) or f.start < last:
                    continue
                out.append((f.start + buf.bom, f.end + buf.bom, f.fix))
                last = f.end
            return out

    server = Server()

    @server.feature(t.INITIALIZE)
    def initialize(ls: Server, params: t.InitializeParams):
        opts = params.initialization_options
        if isinstance(opts, dict) and isinstance(opts.get("debounceMs"), (int, float)) and opts["debounceMs"] >= 0:
            ls.debounce = opts["debounceMs"] / 1000

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: Server, params: t.DidOpenTextDocumentParams):
        doc = params.text_document
        path = _path_of(doc.uri)
        filename = path or "untitled" + LANGUAGE_EXTENSIONS.get(doc.language_id, ".txt")
        ls.buffers[doc.uri] = Buffer(doc.uri, doc.text, doc.version, doc.language_id, path, filename)
        ls.schedule(doc.uri, 0)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: Server, params: t.DidChangeTextDocumentParams):
        buf = ls.buffers.get(params.text_document.uri)
        if buf is None:
            return
        ls.cancel(buf)
        text = buf.text
        enc = ls.encoding
        for change in params.content_changes:
            if isinstance(change, t.TextDocumentContentChangePartial):
                r = change.range
                text = apply_change(text, (r.start.line, r.start.character), (r.end.line, r.end.character), change.text, enc)
            else:
                text = change.text
        buf.text = text
        buf.version = params.text_document.version
        ls.schedule(buf.uri, ls.debounce)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE, t.SaveOptions(include_text=False))
    def did_save(ls: Server, params: t.DidSaveTextDocumentParams):
        uri = params.text_document.uri
        if os.path.basename(_path_of(uri) or "") in CONFIG_NAMES:
            ls.shown.clear()
            ls.relint_all()
            return
        buf = ls.buffers.get(uri)
        if buf is None:
            return
        if params.text is not None and params.text != buf.text:
            buf.text = params.text
        ls.schedule(uri, 0)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: Server, params: t.DidCloseTextDocumentParams):
        buf = ls.buffers.pop(params.text_document.uri, None)
        if buf is not None:
            ls.cancel(buf)
            ls.config_errors.pop(buf.uri, None)
            ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=buf.uri, diagnostics=[]))

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    def hover(ls: Server, params: t.HoverParams):
        buf = ls.buffers.get(params.text_document.uri)
        if buf is None or not buf.fresh:
            return None
        pos = params.position
        at = buf.index.offset(pos.line, pos.character, ls.encoding) - buf.bom
        hits = [f for f in buf.findings if f.start <= at <= f.end]
        if not hits:
            return None
        text = "\n\n---\n\n".join(hover_markdown(f.rule, f.severity, f.message, f.suggestion) for f in hits)
        return t.Hover(
            contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=text),
            range=ls.to_range(buf, hits[0].start, hits[0].end),
        )

    def wanted(kind: str, only) -> bool:
        return not only or any(kind == k or kind.startswith(k + ".") for k in only)

    @server.feature(
        t.TEXT_DOCUMENT_CODE_ACTION,
        t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    async def code_action(ls: Server, params: t.CodeActionParams):
        buf = await ls.current(params.text_document.uri)
        if buf is None:
            return []
        only = [str(getattr(k, "value", k)) for k in (params.context.only or [])]
        enc = ls.encoding
        r = params.range
        lo = buf.index.offset(r.start.line, r.start.character, enc) - buf.bom
        hi = buf.index.offset(r.end.line, r.end.character, enc) - buf.bom
        actions = []
        for f in buf.findings:
            if not (f.start <= hi and f.end >= lo) or not wanted("quickfix", only):
                continue
            diag = ls.diagnostic(buf, f)
            span = buf.text[f.start + buf.bom : f.end + buf.bom]
            if f.fix is not None:
                safe = bool(getattr(f, "fix_safe", True))
                actions.append(t.CodeAction(
                    title=f"Replace “{span}” with “{f.fix}”" + ("" if safe else " (check the meaning)"),
                    kind=t.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    is_preferred=safe,
                    edit=ls.workspace_edit(buf, [(f.start + buf.bom, f.end + buf.bom, f.fix)]),
                ))
            if f.suggestion and f.rule != "but-bridge":
                if f.rule == "empathy-without-direction":  # the next step comes after the acknowledgment
                    at, new, title = f.end + buf.bom, " " + f.suggestion, f"Add the suggested next step: “{f.suggestion}”"
                else:
                    at, new, title = f.start + buf.bom, f.suggestion + " ", f"Insert the suggested line: “{f.suggestion}”"
                actions.append(t.CodeAction(
                    title=title, kind=t.CodeActionKind.QuickFix, diagnostics=[diag],
                    edit=ls.workspace_edit(buf, [(at, at, new)]),
                ))
            line = buf.index.line_of(f.start + buf.bom)
            a, b, new = disable_edit(buf.text, line, f.rule, buf.filename)
            if a != b or new:
                actions.append(t.CodeAction(
                    title=f"Disable {f.rule} for this line",
                    kind=t.CodeActionKind.QuickFix, diagnostics=[diag],
                    edit=ls.workspace_edit(buf, [(a, b, new)]),
                ))
        if wanted(FIX_ALL_KIND, only) and ls.safe_fixes(buf):
            actions.append(t.CodeAction(
                title="Fix all safe empathy-lint problems",
                kind=FIX_ALL_KIND,
                command=t.Command(title="Fix all safe empathy-lint problems", command=FIX_ALL_COMMAND, arguments=[buf.uri]),
            ))
        return actions

    @server.command(FIX_ALL_COMMAND)
    async def fix_all(ls, *args):
        uri = args[0] if args else None
        if isinstance(uri, list):  # pygls may pass the arguments as one list
            uri = uri[0] if uri else None
        buf = await ls.current(uri) if isinstance(uri, str) else None
        if buf is None:
            return {"applied": False, "fixes": 0}
        fixes = ls.safe_fixes(buf)
        if not fixes:
            return {"applied": False, "fixes": 0}
        result = await ls.workspace_apply_edit_async(
            t.ApplyWorkspaceEditParams(edit=ls.workspace_edit(buf, fixes), label="empathy-lint: fix all")
        )
        return {"applied": bool(result and result.applied), "fixes": len(fixes)}

    @server.feature(t.SHUTDOWN)
    def shutdown(ls: Server, *_):
        for buf in ls.buffers.values():
            ls.cancel(buf)
        ls.executor.shutdown(wait=False, cancel_futures=True)

    return server


def main(argv: list[str] | None = None) -> None:
    """The ``empathy-lint-lsp`` command: serve LSP on standard input and output."""
    sys.dont_write_bytecode = True  # nothing written to disk, not even a .pyc
    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in args):
        print("usage: empathy-lint-lsp [--stdio]\n\nThe empathy-lint language server, speaking LSP over standard input and output.")
        sys.exit(0)
    if "--version" in args:
        from . import __version__

        print(f"empathy-lint-lsp {__version__}")
        sys.exit(0)
    unknown = [a for a in args if a != "--stdio"]
    if unknown:
        print(f"empathy-lint-lsp: error: unknown argument {unknown[0]!r} (it speaks LSP on stdio only)", file=sys.stderr)
        sys.exit(EXIT_ERROR)
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        sys.exit(EXIT_ERROR)
    build_server().start_io()


if __name__ == "__main__":  # pragma: no cover
    main()
