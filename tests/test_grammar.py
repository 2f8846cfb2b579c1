"""The grammar rule and its LanguageTool adapter.

No LanguageTool server can be installed here, so these tests serve
LanguageTool's documented ``/v2/check`` JSON from a small HTTP server on
127.0.0.1 (:class:`FakeLanguageTool`): it finds the words a test asks it
to flag in the text it is sent and reports them as LanguageTool does, with
offsets in UTF-16 code units. Every failure path is served the same way.
One test runs against a real server when ``LANGUAGETOOL_URL`` is set.
"""

from __future__ import annotations

import json
import os
import re
import socket
import sys
import threading
import time
import tomllib
import types
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import linter
from linter import languagetool
from linter.config import Config
from linter.readers import read
from linter.rules import grammar as grammar_rule
from linter.rules import meta

FIXTURES = Path(__file__).parent / "fixtures"
REAL_SERVER = os.environ.get("LANGUAGETOOL_URL", "").strip()


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# --- a fake LanguageTool ----------------------------------------------------------


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that timed out or a hang-up test: nothing to report


class FakeLanguageTool:
    """LanguageTool's HTTP API on 127.0.0.1, answering as a test tells it to.

    ``flags``: ``[{"words", "message", "replacements", "rule"}]`` found in the
    text sent. ``max_text_length``: what ``/v2/maxtextlength`` says (None:
    404, like servers without it). ``refuse_over``: answer 413 to longer
    texts. ``status``/``body``: a fixed answer to ``/v2/check``. ``delay``:
    seconds before answering. ``hang_up``: close the connection unanswered.
    """

    def __init__(self, **behaviour) -> None:  # noqa: C901 (complexity 11: known debt, issue 14)
        self.flags = behaviour.pop("flags", [])
        self.max_text_length = behaviour.pop("max_text_length", None)
        self.refuse_over = behaviour.pop("refuse_over", None)
        self.status = behaviour.pop("status", 200)
        self.body = behaviour.pop("body", None)
        self.delay = behaviour.pop("delay", 0)
        self.hang_up = behaviour.pop("hang_up", False)
        assert not behaviour, behaviour
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 10  # a stuck client never holds a handler for long

            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: str, ctype: str = "application/json") -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", ctype + "; charset=UTF-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path.rstrip("/").endswith("/v2/maxtextlength") and fake.max_text_length:
                    self._send(200, str(fake.max_text_length), "text/plain")
                else:
                    self._send(404, "Error: Unsupported action", "text/plain")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                params = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
                fake.requests.append(params)
                if fake.delay:
                    time.sleep(fake.delay)
                if fake.hang_up:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if not self.path.rstrip("/").endswith("/v2/check"):
                    self._send(404, "Error: Unsupported action", "text/plain")
                    return
                text = params.get("text", "")
                if fake.refuse_over and utf16(text) > fake.refuse_over:
                    self._send(
                        413,
                        f"Error: Your text exceeds the limit of {fake.refuse_over} characters (it's {utf16(text)} characters). Please submit a shorter text.",
                        "text/plain",
                    )
                    return
                if fake.body is not None or fake.status != 200:
                    self._send(fake.status, fake.body if fake.body is not None else "Error: Internal Error", "application/json")
                    return
                self._send(200, json.dumps(fake.answer(text)))

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def answer(self, text: str) -> dict:
        """LanguageTool's documented /v2/check answer for ``text``."""
        matches = []
        for flag in self.flags:
            words = flag["words"]
            for found in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text):
                start = found.start()
                offset, length = utf16(text[:start]), utf16(words)
                matches.append(
                    {
                        "message": flag.get("message", "Possible spelling mistake found."),
                        "shortMessage": "Spelling mistake",
                        "replacements": [{"value": v} for v in flag.get("replacements", [])],
                        "offset": offset,
                        "length": length,
                        "context": {"text": text[max(0, start - 20) : start + 40], "offset": min(20, start), "length": length},
                        "sentence": text,
                        "type": {"typeName": "Other"},
                        "rule": {
                            "id": flag.get("rule", "MORFOLOGIK_RULE_EN_US"),
                            "description": "Possible spelling mistake",
                            "issueType": "misspelling",
                            "category": {"id": "TYPOS", "name": "Possible Typo"},
                        },
                        "ignoreForIncompleteSentence": False,
                        "contextForSureMatch": 0,
                    }
                )
        return {
            "software": {"name": "LanguageTool", "version": "6.6", "apiVersion": 1, "premium": False, "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": "English (US)", "code": "en-US"},
            "matches": matches,
        }

    @property
    def sent(self) -> str:
        return "\n".join(r.get("text", "") for r in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No real server, no local LanguageTool, nothing remembered between tests."""
    monkeypatch.delenv("LANGUAGETOOL_URL", raising=False)  # the real-server test passes it explicitly
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-languagetool-here"))
    languagetool.forget()
    yield
    languagetool.forget()


@pytest.fixture
def fake_lt():
    servers: list[FakeLanguageTool] = []

    def start(**behaviour) -> FakeLanguageTool:
        server = FakeLanguageTool(**behaviour)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def run(text: str, filename: str = "draft.txt", **options) -> list:
    """Findings of the grammar rule alone, with these rule options."""
    config = Config(select=("grammar",), options={"grammar": options})
    return linter.lint_text(text, filename, config)


def span(text: str, f) -> str:
    lines = text.split("\n")
    assert f.line == f.end_line
    return lines[f.line - 1][f.column - 1 : f.end_column - 1]


def check(text: str, filename: str = "draft.txt", **options) -> list:
    """The rule's own check (so a GrammarUnavailable reaches the test)."""
    opts = dict(meta.defaults(grammar_rule))
    opts.update(options)
    return list(grammar_rule.check(read(text, filename), opts))


# --- no server ---------------------------------------------------------------------


def test_no_server_configured_finds_nothing_and_says_nothing(capsys):
    assert run("Thanks for sharing teh notes. Would a call on Thursday help?") == []
    assert check("Thanks for sharing teh notes.") == []
    out = capsys.readouterr()
    assert out.out == out.err == ""


def test_required_without_a_server_is_one_clear_line():
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check("Thanks for the notes.", required=True)
    assert "\n" not in str(exc.value)
    assert "LANGUAGETOOL_URL" in str(exc.value)


def test_the_environment_variable_is_the_fallback(fake_lt, monkeypatch):
    lt = fake_lt(flags=[{"words": "teh", "replacements": ["the"]}])
    monkeypatch.setenv("LANGUAGETOOL_URL", lt.url)
    found = run("Thanks for sharing teh notes.")
    assert [(f.line, f.column, f.suggestion) for f in found] == [(1, 20, "the")]


def test_the_option_wins_over_the_environment(fake_lt, monkeypatch):
    lt = fake_lt(flags=[{"words": "teh"}])
    monkeypatch.setenv("LANGUAGETOOL_URL", "http://127.0.0.1:9/never")
    assert len(run("Thanks for sharing teh notes.", **{"languagetool-url": lt.url})) == 1


@pytest.mark.parametrize("suffix", ["", "/", "/v2", "/v2/", "/v2/check"])
def test_the_url_may_name_the_server_or_the_api(fake_lt, suffix):
    lt = fake_lt(flags=[{"words": "teh"}])
    assert len(run("Thanks for sharing teh notes.", **{"languagetool-url": lt.url + suffix})) == 1


# --- positions: UTF-16 offsets to our line and column ------------------------------------


@pytest.mark.parametrize(
    "text,word",
    [
        ("Thanks for sharing teh notes.", "teh"),
        ("Café meeting 😀 went well, teh notes are attached.", "teh"),
        ("Hi Zoë 👋🏽,\n\nThanks 🙏🏻 for the 𝒻ancy notes — teh plan is attached.", "teh"),
        ("Naïve résumé 🧑‍🤝‍🧑 over 𝄞 and teh end.", "teh"),
        ("🎉🎉🎉 Big news 🎉🎉🎉\n\nWe recieved your notes. 🙂", "recieved"),
        ("Combining: Zoë written with a combining diaeresis, then teh word.", "teh"),
    ],
)
@pytest.mark.parametrize("filename", ["draft.txt", "draft.md"])
def test_utf16_offsets_map_to_the_exact_words(fake_lt, text, word, filename):
    lt = fake_lt(flags=[{"words": word}])
    found = run(text, filename, **{"languagetool-url": lt.url})
    assert [span(text, f) for f in found] == [word]


def test_an_emoji_right_before_the_match(fake_lt):
    text = "Great news 😀teh plan is ready."
    lt = fake_lt(flags=[{"words": "😀teh"}, {"words": "teh"}])
    found = run(text, **{"languagetool-url": lt.url})
    assert sorted(span(text, f) for f in found) == ["teh", "😀teh"]


def test_positions_in_html_email_and_script(fake_lt):
    lt = fake_lt(flags=[{"words": "recieve"}])
    html = "<p>Hi Zoë 👋,</p>\n<p>You&rsquo;ll recieve the plan <b>today</b>.</p>\n"
    (f,) = run(html, "draft.html", **{"languagetool-url": lt.url})
    assert span(html, f) == "recieve"
    script = "Buyer: Will I recieve it? 🙏\nAE: (smiles) You'll recieve it today, café crew 👋."
    (f,) = run(script, "call.txt", **{"languagetool-url": lt.url})
    assert (f.line, span(script, f)) == (2, "recieve")


# --- what is sent --------------------------------------------------------------------


def test_only_the_reps_prose_is_sent(fake_lt):
    lt = fake_lt(flags=[{"words": "teh"}])
    text = """Hi Dana,

Thanks for teh notes. Run `pip install teh-tool` first:

```
teh config --all
```

<!-- teh internal comment -->

On Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@example.com> wrote:
> We lost weeks waiting on teh fixes.
"""
    found = run(text, "reply.md", **{"languagetool-url": lt.url})
    assert [(f.line, span(text, f)) for f in found] == [(3, "teh")]
    assert "Thanks for teh notes." in lt.sent
    for never in ("pip install", "teh-tool", "teh config", "internal comment", "fixes", "Dana Lee"):
        assert never not in lt.sent


def test_merge_fields_are_sent_as_a_placeholder_and_never_reported(fake_lt):
    lt = fake_lt(flags=[{"words": languagetool.PLACEHOLDER}, {"words": "a " + languagetool.PLACEHOLDER}, {"words": "teh"}])
    text = "Hi {{first_name}}, teh plan for {company} is a {{product}} upgrade."
    found = run(text, **{"languagetool-url": lt.url})
    assert [span(text, f) for f in found] == ["teh"]
    assert "{{" not in lt.sent and "{company}" not in lt.sent and "\ufffc" not in lt.sent
    assert lt.sent.count(languagetool.PLACEHOLDER) == 3


def test_a_match_touching_a_merge_field_is_not_reported(fake_lt):
    lt = fake_lt(flags=[{"words": "an"}, {"words": "teh"}])
    text = "We can send an {{product}} quote and teh rest."
    found = run(text, **{"languagetool-url": lt.url})
    assert [span(text, f) for f in found] == ["teh"]


def test_request_parameters(fake_lt):
    lt = fake_lt()
    run("Thanks for the notes.", **{"languagetool-url": lt.url, "language": "en-GB", "disabled-rules": ["A", "B"]})
    (req,) = lt.requests
    assert req["language"] == "en-GB"
    assert req["disabledRules"] == "A,B"
    assert req["text"] == "Thanks for the notes."


def test_no_rep_prose_no_request(fake_lt):
    lt = fake_lt()
    assert run("> Only the buyer's words here.\n", "reply.md", **{"languagetool-url": lt.url}) == []
    assert lt.requests == []


# --- chunks -------------------------------------------------------------------------


def _long_draft(n: int = 60) -> str:
    parts = []
    for i in range(n):
        parts.append(f"Sentence {i} about teh café rollout 🚀 and what comes next for the team.")
        if i % 7 == 6:
            parts.append("\n\n")
    return " ".join(parts)


def test_chunks_stay_under_the_limit_the_server_announces(fake_lt):
    lt = fake_lt(flags=[{"words": "teh"}], max_text_length=400)
    text = _long_draft()
    found = run(text, **{"languagetool-url": lt.url})
    assert len(lt.requests) > 5
    assert all(utf16(r["text"]) <= 400 for r in lt.requests)
    assert len(found) == text.count("teh")
    assert all(span(text, f) == "teh" for f in found)


def test_chunks_stay_under_the_configured_limit(fake_lt):
    lt = fake_lt(flags=[{"words": "teh"}])
    text = _long_draft(20)
    found = run(text, **{"languagetool-url": lt.url, "max-request-chars": 300})
    assert all(utf16(r["text"]) <= 300 for r in lt.requests)
    assert len(found) == 20


def test_a_refused_chunk_is_split_further(fake_lt):
    lt = fake_lt(flags=[{"words": "teh"}], refuse_over=350)
    text = _long_draft(30)
    found = run(text, **{"languagetool-url": lt.url})
    accepted = [r for r in lt.requests if utf16(r["text"]) <= 350]
    assert accepted and len(accepted) < len(lt.requests)  # refused first, then split
    assert len(found) == 30 and all(span(text, f) == "teh" for f in found)


def test_one_very_long_sentence_is_cut_at_white_space(fake_lt):
    lt = fake_lt(flags=[{"words": "teh"}])
    text = " ".join(["word"] * 150 + ["teh"] + ["word"] * 150) + "."
    (f,) = run(text, **{"languagetool-url": lt.url, "max-request-chars": 250})
    assert span(text, f) == "teh"
    assert all(utf16(r["text"]) <= 250 for r in lt.requests)
    assert all(not r["text"].startswith(("ord", "rd", "d ")) for r in lt.requests)


def test_a_server_that_refuses_everything_is_unavailable(fake_lt):
    lt = fake_lt(refuse_over=10)
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check(_long_draft(5), **{"languagetool-url": lt.url})
    assert "\n" not in str(exc.value)
    assert len(lt.requests) < 20


# --- failures: one line, nothing half-reported -----------------------------------------


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


FAILURES = {
    "http-500": dict(status=500, body="Error: Internal Error: java.lang.NullPointerException"),
    "rate-limited": dict(status=429, body="Error: too many requests"),
    "forbidden": dict(status=403, body="Error: Access from 127.0.0.1 denied"),
    "not-json": dict(body="<html><body>Bad gateway</body></html>"),
    "json-without-matches": dict(body='{"software": {"name": "LanguageTool"}}'),
    "a-match-without-offset": dict(body='{"matches": [{"message": "x", "length": 3}]}'),
    "json-list": dict(body="[1, 2, 3]"),
    "hangs-up": dict(hang_up=True),
}


@pytest.mark.parametrize("behaviour", FAILURES.values(), ids=FAILURES.keys())
def test_a_failing_server_is_one_clear_line(fake_lt, behaviour):
    lt = fake_lt(**behaviour)
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check("Thanks for sharing teh notes.", **{"languagetool-url": lt.url})
    message = str(exc.value)
    assert "\n" not in message and message.startswith("grammar: ")
    assert lt.url in message


def test_connection_refused(fake_lt):
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check("Thanks for the notes.", **{"languagetool-url": url})
    assert "cannot reach LanguageTool" in str(exc.value) and "\n" not in str(exc.value)


def test_a_slow_server_times_out(fake_lt):
    lt = fake_lt(delay=2.5)
    started = time.monotonic()
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check("Thanks for the notes.", **{"languagetool-url": lt.url, "timeout": 1})
    assert time.monotonic() - started < 2.4
    assert "no answer within 1 s" in str(exc.value)


def test_an_unreachable_server_is_tried_once_per_run():
    url = f"http://127.0.0.1:{_closed_port()}"
    for _ in range(3):
        with pytest.raises(languagetool.GrammarUnavailable):
            check("Thanks for the notes.", **{"languagetool-url": url})
    started = time.monotonic()
    with pytest.raises(languagetool.GrammarUnavailable):
        check("Thanks again.", **{"languagetool-url": url})
    assert time.monotonic() - started < 0.1


@pytest.mark.parametrize("url", ["ftp://example.com/lt", "file:///etc/passwd", "http://"])
def test_a_url_that_is_not_http_is_one_clear_line(url):
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check("Thanks for the notes.", **{"languagetool-url": url})
    assert "\n" not in str(exc.value)


def test_the_check_fails_before_yielding_anything(fake_lt):
    """All or nothing per document: a caller never holds half of a document's matches."""
    lt = fake_lt(flags=[{"words": "teh"}], refuse_over=200)
    lt_bad = fake_lt(status=500)
    doc = read(_long_draft(10), "draft.txt")
    opts = dict(meta.defaults(grammar_rule), **{"languagetool-url": lt.url})
    assert len(list(grammar_rule.check(doc, opts))) == 10
    gen = grammar_rule.check(doc, dict(meta.defaults(grammar_rule), **{"languagetool-url": lt_bad.url}))
    with pytest.raises(languagetool.GrammarUnavailable):
        next(gen)


def test_the_other_rules_are_unaffected_by_a_failing_server(fake_lt):
    """Through the rule registry: other rules' findings do not depend on grammar."""
    lt = fake_lt(status=500)
    text = "I completely understand, but we need a decision. Could we meet Tuesday at 10?"
    others = Config(ignore=("grammar",))
    expected = [(f.rule, f.line, f.column) for f in linter.lint_text(text, "draft.txt", others)]
    assert expected
    gen = grammar_rule.check(read(text, "draft.txt"), dict(meta.defaults(grammar_rule), **{"languagetool-url": lt.url}))
    with pytest.raises(languagetool.GrammarUnavailable):
        list(gen)
    assert [(f.rule, f.line, f.column) for f in linter.lint_text(text, "draft.txt", others)] == expected


# --- the local LanguageTool of language-tool-python (LTP_PATH) ----------------------------


def _fake_installation(root: Path, version: str = "6.8") -> Path:
    folder = root / f"LanguageTool-{version}"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"")
    return folder


def _fake_java(bin_dir: Path) -> None:
    bin_dir.mkdir(parents=True, exist_ok=True)
    java = bin_dir / "java"
    java.write_text("#!/bin/sh\nexit 0\n")
    java.chmod(0o755)


def _fake_language_tool_python(monkeypatch, make_tool):
    """language_tool_python as far as the adapter uses it (it may not be installed)."""
    module = types.ModuleType("language_tool_python")
    download_lt = types.ModuleType("language_tool_python.download_lt")

    class LocalLanguageTool:
        def __init__(self, version):
            self.version_name = version

        @classmethod
        def from_path(cls, path):
            return cls(Path(path).name.split("-", 1)[1])

    download_lt.LocalLanguageTool = LocalLanguageTool
    module.LanguageTool = make_tool
    module.download_lt = download_lt
    monkeypatch.setitem(sys.modules, "language_tool_python", module)
    monkeypatch.setitem(sys.modules, "language_tool_python.download_lt", download_lt)
    monkeypatch.setattr(languagetool, "_local_tool", None)


def test_no_local_languagetool_without_an_installation_or_java(tmp_path, monkeypatch):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert languagetool.local_installation() is None
    _fake_installation(tmp_path / "lt")
    assert languagetool.local_installation() is None  # looked up once per process ...
    languagetool.forget()
    assert languagetool.local_installation() is None  # ... and still none: no java
    _fake_java(tmp_path / "bin")
    languagetool.forget()
    assert languagetool.local_installation() == tmp_path / "lt" / "LanguageTool-6.8"
    assert not (tmp_path / "nothing").exists()


def test_the_local_languagetool_is_started_and_used(tmp_path, monkeypatch, fake_lt):
    lt = fake_lt(flags=[{"words": "teh"}])
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ.get("PATH", ""))
    _fake_installation(tmp_path / "lt", "6.6")
    _fake_java(tmp_path / "bin")
    started = []

    class Tool:
        def __init__(self, language=None, language_tool_download_version=None, **kw):
            started.append((language, language_tool_download_version))
            self.url = lt.url + "/v2/"

    _fake_language_tool_python(monkeypatch, Tool)
    found = run("Thanks for sharing teh notes.")
    assert [span("Thanks for sharing teh notes.", f) for f in found] == ["teh"]
    assert started == [("en-US", "6.6")]  # the installed version: nothing to download


def _requests_connection_error():
    try:
        import requests

        return requests.exceptions.ConnectionError("HTTPConnectionPool(host='localhost', port=8081): Max retries exceeded")
    except ImportError:  # requests comes with the grammar extra
        return ConnectionError("Max retries exceeded")


@pytest.mark.parametrize(
    "error",
    [
        _requests_connection_error(),
        TimeoutError("Request to https://example.invalid/LanguageTool-6.6.zip timed out."),
        RuntimeError("LanguageTool server exited early with code 1"),
    ],
    ids=["requests-connection-error", "download-timeout", "server-exited"],
)
def test_local_start_failures_are_one_clear_line(tmp_path, monkeypatch, error):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ.get("PATH", ""))
    _fake_installation(tmp_path / "lt")
    _fake_java(tmp_path / "bin")

    def boom(*args, **kwargs):
        raise error

    _fake_language_tool_python(monkeypatch, boom)
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check("Thanks for the notes.")
    assert "\n" not in str(exc.value) and "local LanguageTool" in str(exc.value)


def test_language_tool_python_missing_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ.get("PATH", ""))
    _fake_installation(tmp_path / "lt")
    _fake_java(tmp_path / "bin")
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # import fails
    monkeypatch.setattr(languagetool, "_local_tool", None)
    with pytest.raises(languagetool.GrammarUnavailable) as exc:
        check("Thanks for the notes.")
    assert "language-tool-python is not installed" in str(exc.value)


# --- the rule's fixture, served by the fake ----------------------------------------------


def _fixture_cases():
    data = tomllib.loads((FIXTURES / "grammar.toml").read_text("utf-8"))
    for kind in ("flagged", "not-flagged"):
        for case in data.get(kind, []):
            yield pytest.param(kind, case, id=f"{kind}:{case['name']}")


@pytest.mark.parametrize("kind,case", list(_fixture_cases()))
def test_fixture_with_a_server(fake_lt, kind, case):
    lt = fake_lt(flags=case.get("languagetool", []))
    found = run(case["text"], case.get("file", "draft.txt"), **{"languagetool-url": lt.url})
    expected = case.get("at-with-languagetool", []) if kind == "flagged" else []
    assert [f"{f.line}:{f.column}" for f in found] == expected
    for f in found:
        assert span(case["text"], f) in {flag["words"] for flag in case["languagetool"]}


# --- a real LanguageTool, when there is one ------------------------------------------------


@pytest.mark.skipif(not REAL_SERVER, reason="LANGUAGETOOL_URL is not set: no LanguageTool server to test against")
def test_a_real_languagetool_server():
    text = "Hi Zoë 👋🏽,\n\nThis is an test of the café 🚀 rollout notes. Would a call on Thursday help?\n"
    found = run(text, "draft.md", **{"languagetool-url": REAL_SERVER})
    spans = [span(text, f) for f in found if f.line == 3]
    assert any("an" in s.split() for s in spans), [(f.line, f.column, f.message) for f in found]
    assert all(f.rule == "grammar" and f.severity == "info" for f in found)


# --- the offset map itself ---------------------------------------------------------------


def test_an_offset_inside_a_surrogate_pair_takes_the_whole_character():
    doc = read("Go 😀 now.", "draft.txt")
    (chunk,) = languagetool.build_chunks(doc, 1000)
    u16 = chunk.utf16_to_index()
    # "😀" is UTF-16 units 3 and 4; a match at unit 4 (its low half) still covers it.
    assert languagetool.map_match(chunk, u16, 4, 1) == (3, 4)
    assert languagetool.map_match(chunk, u16, 3, 2) == (3, 4)
    assert languagetool.map_match(chunk, u16, 6, 3) == (5, 8)  # "now" after the emoji
    assert languagetool.map_match(chunk, u16, 99, 1) is None


def test_a_rate_limited_server_is_not_asked_again_this_run(fake_lt):
    lt = fake_lt(status=429, body="Error: too many requests")
    for _ in range(3):
        with pytest.raises(languagetool.GrammarUnavailable):
            check("Thanks for the notes.", **{"languagetool-url": lt.url})
    assert len(lt.requests) == 1


# --- the command line: --require-grammar, languagetool-url in the config ------------


def _cli(args, cwd):
    from click.testing import CliRunner

    from linter.cli import main

    runner = CliRunner()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, args)
    finally:
        os.chdir(old)


def test_cli_without_a_server_says_nothing_and_exits_by_the_findings(tmp_path):
    (tmp_path / "d.txt").write_text("Thanks, their is a problem with the invoice.\n", encoding="utf-8")
    result = _cli(["d.txt"], tmp_path)
    assert result.exit_code == 0
    assert "grammar" not in result.output


def test_cli_require_grammar_without_a_server_is_exit_2_with_one_line(tmp_path):
    (tmp_path / "d.txt").write_text("Thanks, their is a problem with the invoice.\n", encoding="utf-8")
    result = _cli(["--require-grammar", "d.txt"], tmp_path)
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if "grammar" in ln]
    assert len(lines) == 1 and "Traceback" not in result.output


def test_cli_unreachable_server_is_one_line_and_other_rules_go_on(tmp_path):
    port = _closed_port()
    (tmp_path / ".empathy-lint.toml").write_text(f'languagetool-url = "http://127.0.0.1:{port}"\n', encoding="utf-8")
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text("I understand the timing is tight, but we need a decision.\n", encoding="utf-8")
    result = _cli(["--jobs", "1", "."], tmp_path)
    assert result.exit_code == 1  # the but-bridge findings, not the grammar failure
    assert result.output.count("but-bridge") == 3
    assert len([ln for ln in result.output.splitlines() if ln.startswith("empathy-lint: grammar:")]) == 1
    strict = _cli(["--jobs", "1", "--require-grammar", "."], tmp_path)
    assert strict.exit_code == 2


def test_cli_config_url_reaches_the_rule(fake_lt, tmp_path):
    lt = fake_lt(flags=[{"words": "their is", "message": "Did you mean “there is”?", "replacements": ["there is"], "rule": "THEIR_IS"}])
    (tmp_path / ".empathy-lint.toml").write_text(f'languagetool-url = "{lt.url}"\n', encoding="utf-8")
    (tmp_path / "d.txt").write_text("Thanks, their is a problem with the invoice.\n", encoding="utf-8")
    result = _cli(["--format", "json", "--fail-on", "info", "d.txt"], tmp_path)
    data = json.loads(result.output)
    assert [(f["rule"], f["line"], f["column"]) for f in data] == [("grammar", 1, 9)]
    assert result.exit_code == 1


# --- hostile servers (issue 13) ------------------------------------------------------


class _TrickleServer:
    """A server that answers one byte every ``interval`` seconds (headers and body alike)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.connections = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn) -> None:
        body = json.dumps({"matches": []}) * 50
        answer = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode()
        try:
            conn.recv(65536)
            for byte in answer:
                if self.stop.wait(self.interval):
                    break
                conn.sendall(bytes([byte]))
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def test_a_server_sending_a_byte_every_1_5_s_cannot_outlast_the_total_deadline():
    server = _TrickleServer(1.5)
    try:
        started = time.monotonic()
        with pytest.raises(languagetool.GrammarUnavailable) as exc:
            check("Thanks for the notes.", **{"languagetool-url": server.url, "timeout": 3})
        took = time.monotonic() - started
        assert took < 3 + 1.5 + 1, f"the request went on for {took:.1f} s"
        assert "no answer within 3 s" in str(exc.value) and "\n" not in str(exc.value)
        asked = server.connections
        started = time.monotonic()
        with pytest.raises(languagetool.GrammarUnavailable):  # remembered for the rest of the run
            check("Thanks again.", **{"languagetool-url": server.url, "timeout": 3})
        assert time.monotonic() - started < 0.1 and server.connections == asked
    finally:
        server.close()


def test_a_server_rule_id_with_control_characters_is_escaped_in_every_format(fake_lt, tmp_path):
    evil = "X\n::error file=a,line=1::INJECTED\r\x1b]0;title\x07"
    lt = fake_lt(flags=[{"words": "their is", "message": "Bad\n::warning::msg\x1b[2J", "rule": evil}])
    (tmp_path / ".git").mkdir()
    (tmp_path / ".empathy-lint.toml").write_text(f'languagetool-url = "{lt.url}"\n', encoding="utf-8")
    (tmp_path / "d.txt").write_text("Thanks, their is a problem with the invoice.\n", encoding="utf-8")
    for fmt in ("text", "github", "json", "sarif"):
        result = _cli(["--format", fmt, "--fail-on", "info", "d.txt"], tmp_path)
        assert result.exit_code == 1, result.output
        assert "grammar" in result.output
        for line in result.output.splitlines():
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", line), (fmt, line)
            assert not line.startswith("::error file=a") and not line.startswith("::warning::msg"), (fmt, line)
        if fmt in ("json", "sarif"):
            json.loads(result.stdout)
