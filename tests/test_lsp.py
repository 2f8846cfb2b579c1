"""The language server, driven over stdio by a JSON-RPC client (tests/lsp_client.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("pygls")
pytest.importorskip("lsprotocol")

from hypothesis import given, settings
from hypothesis import strategies as st

from linter import lint_text
from linter.lsp import LineIndex, disable_edit

sys.path.insert(0, os.path.dirname(__file__))
from lsp_client import ROOT, Client, offset_at  # noqa: E402

DRAFT = "Hi 😀 team,\r\n\tI understand the timing is tight, but we need a decision.\n"


def _snapshot(folder):
    return {os.path.join(r, n): os.stat(os.path.join(r, n)).st_mtime_ns for r, _, fs in os.walk(folder) for n in fs}


def _text_of(text, rng, encoding):
    a = offset_at(text, rng["start"]["line"], rng["start"]["character"], encoding)
    b = offset_at(text, rng["end"]["line"], rng["end"]["character"], encoding)
    return text[a:b]


def _apply(text, edits, encoding):
    for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
        r = e["range"]
        a = offset_at(text, r["start"]["line"], r["start"]["character"], encoding)
        b = offset_at(text, r["end"]["line"], r["end"]["character"], encoding)
        text = text[:a] + e["newText"] + text[b:]
    return text


@pytest.mark.parametrize("encodings,expected", [(None, "utf-16"), (["utf-8", "utf-16"], "utf-8"), (["utf-32"], "utf-32")])
def test_session(tmp_path, encodings, expected):
    path = tmp_path / "draft.txt"
    path.write_text("saved text on disk, not linted", encoding="utf-8")
    before = _snapshot(tmp_path)
    uri = path.as_uri()
    c = Client(cwd=str(tmp_path))
    try:
        caps = c.initialize(encodings)["capabilities"]
        assert caps.get("positionEncoding", "utf-16") == expected
        c.open(uri, DRAFT)
        diags = c.diagnostics(uri, 1)
        bridge = [d for d in diags if d["code"] == "but-bridge"]
        assert len(bridge) == 1
        d = bridge[0]
        assert _text_of(DRAFT, d["range"], expected) == "but"
        col = 35  # a tab, then "I understand the timing is tight, "
        assert d["range"]["start"] == {"line": 1, "character": col}
        assert d["severity"] == 2 and d["source"] == "empathy-lint"
        assert d["codeDescription"]["href"].endswith("/linter/rules/but-bridge/")
        for diag in diags:
            f_text = _text_of(DRAFT, diag["range"], expected)
            assert f_text and f_text in DRAFT
        # a change on the emoji line: the range after the emoji is exact
        text2 = "Hi 😀 team, I hear you.\r\n\tI understand the timing is tight, but we need a decision.\n"
        c.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": {"line": 0, "character": {"utf-16": 11, "utf-8": 13, "utf-32": 10}[expected]},
                                          "end": {"line": 0, "character": {"utf-16": 11, "utf-8": 13, "utf-32": 10}[expected]}},
                                "text": " I hear you."}],
        })
        diags = c.diagnostics(uri, 2)
        stock = [x for x in diags if x["code"] == "scripted-empathy"]
        assert stock and _text_of(text2, stock[0]["range"], expected) == "I hear you"
        emoji_units = {"utf-16": 2, "utf-8": 4, "utf-32": 1}[expected]
        assert stock[0]["range"]["start"]["character"] == 3 + emoji_units + 7
        # hover: why / use instead
        h = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": stock[0]["range"]["start"]})
        assert "Why is this bad?" in h["contents"]["value"] and "Use instead" in h["contents"]["value"]
        # code actions: fix, insert, disable; apply the fix's edit
        bridge = next(x for x in diags if x["code"] == "but-bridge")
        actions = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": bridge["range"],
                                                       "context": {"diagnostics": [bridge]}})
        titles = [a["title"] for a in actions]
        fix = next(a for a in actions if a.get("isPreferred"))
        assert "with “and”" in fix["title"]
        assert any(t.startswith("Disable but-bridge") for t in titles)
        edits = fix["edit"]["documentChanges"][0]["edits"]
        text3 = _apply(text2, edits, expected)
        assert "tight, and we need" in text3
        disable = next(a for a in actions if a["title"].startswith("Disable but-bridge"))
        text_disabled = _apply(text2, disable["edit"]["documentChanges"][0]["edits"], expected)
        assert not [f for f in lint_text(text_disabled, "draft.txt") if f.rule == "but-bridge"]
        # executeCommand: the server asks the client to apply every safe fix
        fix_all = next(a for a in actions if a.get("kind") == "source.fixAll.empathy-lint")
        result = c.request("workspace/executeCommand", fix_all["command"])
        assert result == {"applied": True, "fixes": 1}
        edit = c.edit_requests[-1]["params"]["edit"]["documentChanges"][0]
        assert edit["textDocument"]["version"] == 2
        assert _apply(text2, edit["edits"], expected) == text3
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text3}]})
        assert not [x for x in c.diagnostics(uri, 3) if x["code"] == "but-bridge"]
        c.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        assert not [x for x in c.diagnostics(uri, 3) if x["code"] == "but-bridge"]
        assert c.close() == 0
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
    assert _snapshot(tmp_path) == before  # nothing written


def test_bad_config_one_message_and_keeps_running(tmp_path):
    (tmp_path / ".empathy-lint.toml").write_text('select = ["no-such-rule"]\n', encoding="utf-8")
    c = Client(cwd=str(tmp_path))
    try:
        c.initialize()
        for i in range(3):
            uri = (tmp_path / f"d{i}.txt").as_uri()
            c.open(uri, "I understand, but we need a decision.")
            assert c.diagnostics(uri) == []
        msgs = [m for m in c.notes if m.get("method") == "window/showMessage"]
        assert len(msgs) == 1 and "no-such-rule" in msgs[0]["params"]["message"]
        other = tmp_path / "sub"
        other.mkdir()
        (other / ".empathy-lint.toml").write_text("ignore = []\n", encoding="utf-8")
        uri = (other / "ok.txt").as_uri()
        c.open(uri, "I understand the timing is tight, but we need a decision.")
        assert any(d["code"] == "but-bridge" for d in c.diagnostics(uri))
        assert c.close() == 0
    finally:
        if c.proc.poll() is None:
            c.proc.kill()


def test_a_rule_that_raises_is_logged_once(tmp_path, monkeypatch):
    boom = tmp_path / "sitecustomize.py"
    boom.write_text(
        "import linter.rules.scripted_empathy as m\n"
        "def check(document, options):\n    raise RuntimeError('boom')\n"
        "m.check = check\n", encoding="utf-8")
    c = Client(cwd=str(tmp_path), env={"PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}"})
    try:
        c.initialize()
        uri = (tmp_path / "d.txt").as_uri()
        c.open(uri, "I hear you. I understand the timing is tight, but we need a decision.")
        diags = c.diagnostics(uri)
        assert any(d["code"] == "but-bridge" for d in diags)
        assert not any(d["code"] == "scripted-empathy" for d in diags)
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "I hear you. Fine."}]})
        c.diagnostics(uri, 2)
        logs = [m for m in c.notes if m.get("method") == "window/logMessage" and "boom" in m["params"]["message"]]
        assert len(logs) == 1 and logs[0]["params"]["type"] == 1
        assert c.close() == 0
    finally:
        if c.proc.poll() is None:
            c.proc.kill()


def test_large_buffer_newer_edits_win(tmp_path):
    src = open(os.path.join(ROOT, "examples", "discovery-call.md"), encoding="utf-8").read()
    big = (src * (1_000_000 // len(src) + 1))[:1_000_000]
    c = Client(cwd=str(tmp_path))
    try:
        c.initialize()
        uri = (tmp_path / "big.md").as_uri()
        c.open(uri, big)
        for v in range(2, 6):
            c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": v},
                                                "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                                                              "end": {"line": 0, "character": 0}}, "text": "x"}]})
        small = (tmp_path / "small.txt").as_uri()
        c.open(small, "I understand the timing is tight, but we need a decision.")
        assert any(d["code"] == "but-bridge" for d in c.diagnostics(small, timeout=300))  # answered while big lints
        c.diagnostics(uri, 5, timeout=300)
        versions = [m["params"]["version"] for m in c.notes if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]
        assert all(v < 5 for v in versions)  # nothing stale after the newest
        assert c.close() == 0
    finally:
        if c.proc.poll() is None:
            c.proc.kill()


def test_missing_extra_one_line_exit_2(tmp_path):
    (tmp_path / "pygls.py").write_text("raise ImportError('no pygls here')\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}")
    p = subprocess.run([sys.executable, "-m", "linter.lsp"], capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and "pip install 'active-empathy[lsp]'" in p.stderr


texts = st.lists(st.sampled_from(list("ab \t\r\n😀é€𝒳") + ["\r\n"]), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from(["utf-8", "utf-16", "utf-32"]), st.data())
def test_positions_round_trip(text, encoding, data):
    index = LineIndex(text)
    a = data.draw(st.integers(0, len(text)))
    if 0 < a < len(text) and text[a - 1 : a + 1] == "\r\n":
        a -= 1
    line, ch = index.position(a, encoding)
    assert offset_at(text, line, ch, encoding) == a
    assert index.offset(line, ch, encoding) == a


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["", "😀 ", "é\t", "𝒳𝒳 ", "\t\t"]), st.sampled_from(["\n", "\r\n"]), st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_finding_ranges_round_trip_to_the_flagged_words(prefix, newline, encoding):
    text = f"Hi {prefix}team,{newline}{prefix}I understand the timing is tight, but we need a decision.{newline}{prefix}I hear you.{newline}"
    index = LineIndex(text)
    for f in lint_text(text, "d.txt"):
        (l1, c1), (l2, c2) = index.position(f.start, encoding), index.position(f.end, encoding)
        assert text[offset_at(text, l1, c1, encoding):offset_at(text, l2, c2, encoding)] == text[f.start:f.end]


def test_disable_comment_merges_and_keeps_newline():
    text = "a\r\n  I understand, but no.\r\n"
    a, b, new = disable_edit(text, 1, "but-bridge")
    assert (a, b) == (3, 3) and new == "  <!-- empathy-lint: disable-next-line but-bridge -->\r\n"
    text2 = text[:a] + new + text[b:]
    a, b, new = disable_edit(text2, 2, "scripted-empathy")
    assert new.endswith("disable-next-line but-bridge,scripted-empathy -->")


@pytest.mark.skipif(not shutil.which("nvim"), reason="Neovim is not installed")
def test_neovim_headless(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi 😀 team,\n\tI understand the timing is tight, but we need a decision.\n", encoding="utf-8")
    result = tmp_path / "result.txt"
    env = dict(os.environ, EL_DRAFT=str(draft), EL_ROOT=ROOT, EL_RESULT=str(result), EL_PYTHON=sys.executable, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run(["nvim", "--headless", "-u", "NONE", "-c", f"luafile {os.path.join(ROOT, 'tests', 'nvim_lsp.lua')}"],
                   env=env, timeout=180, check=True, stdin=subprocess.DEVNULL, capture_output=True)
    out = result.read_text(encoding="utf-8")
    assert 'but-bridge 1:35-1:38 "but"' in out
    assert "line 2 after the preferred fix: \tI understand the timing is tight, and we need a decision." in out
    assert "diagnostics after the edit: empathy-without-direction" in out
    assert draft.read_text(encoding="utf-8").count(", but we") == 1  # the file on disk is untouched
