"""A small JSON-RPC client for driving ``python -m linter.lsp`` over stdio in tests."""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def offset_at(text: str, line: int, character: int, encoding: str) -> int:
    """Independent of the server: a position to a code point offset (lines end at CRLF, CR, LF)."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    start = starts[line]
    rest = text[start:]
    units = {"utf-16": "utf-16-le", "utf-8": "utf-8", "utf-32": "utf-32-le"}[encoding]
    size = {"utf-16": 2, "utf-8": 1, "utf-32": 4}[encoding]
    prefix = rest.encode(units, "surrogatepass")[: character * size].decode(units, "surrogatepass")
    return start + len(prefix)


class Client:
    def __init__(self, cwd: str | None = None, env: dict | None = None) -> None:
        e = dict(os.environ, PYTHONPATH=ROOT, PYTHONDONTWRITEBYTECODE="1")
        e.update(env or {})
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "linter.lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=cwd or ROOT, env=e,
        )
        self.next_id = 0
        self.messages: queue.Queue = queue.Queue()
        self.notes: list = []
        self.edit_requests: list = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            msg = json.loads(out.read(length))
            if msg.get("method") == "workspace/applyEdit" and "id" in msg:
                self.edit_requests.append(msg)
                self._send({"jsonrpc": "2.0", "id": msg["id"], "result": {"applied": True}})
                continue
            self.messages.put(msg)

    def _send(self, msg: dict) -> None:
        data = json.dumps(msg).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def notify(self, method: str, params) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params, timeout: float = 120):
        self.next_id += 1
        rid = self.next_id
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            msg = self.messages.get(timeout=timeout)
            if msg is None:
                raise EOFError(self.proc.stderr.read().decode())
            if msg.get("id") == rid and "method" not in msg:
                if "error" in msg:
                    raise RuntimeError(msg["error"])
                return msg.get("result")
            self.notes.append(msg)

    def wait_for(self, predicate, timeout: float = 120):
        for i, msg in enumerate(self.notes):
            if predicate(msg):
                return self.notes.pop(i)
        while True:
            msg = self.messages.get(timeout=timeout)
            if msg is None:
                raise EOFError(self.proc.stderr.read().decode())
            if predicate(msg):
                return msg
            self.notes.append(msg)

    def diagnostics(self, uri: str, version=None, timeout: float = 120) -> list:
        msg = self.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
            and (version is None or m["params"].get("version") == version), timeout,
        )
        return msg["params"]["diagnostics"]

    def initialize(self, encodings=None, root: str | None = None, options=None) -> dict:
        caps = {"workspace": {"applyEdit": True, "workspaceEdit": {"documentChanges": True}}}
        if encodings:
            caps["general"] = {"positionEncodings": encodings}
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": None, "capabilities": caps,
            "initializationOptions": options or {"debounceMs": 50},
        })
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, version: int = 1, language: str = "plaintext") -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}})

    def close(self) -> int:
        try:
            self.request("shutdown", None, timeout=60)
            self.notify("exit", None)
            return self.proc.wait(timeout=60)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
