#!/usr/bin/env python3
"""Keystroke to diagnostics: the language server's latency.

    PYTHONPATH=. python benchmarks/lsp.py [--runs 30] [--debounce-ms 0]

Starts ``python -m linter.lsp`` over stdio (tests/lsp_client.py), opens a
2 KB template and a 200 KB document, then types one character at a time
(``didChange``, incremental) and times each change until the
``publishDiagnostics`` for that version arrives. Prints the median, the
10th/90th percentiles and the number of runs. ``--debounce-ms`` is the
server's debounce (default 0 here, to time the lint itself; editors get the
server default of 150 ms, added on top).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

from lsp_client import Client  # noqa: E402


def corpus(size: int) -> str:
    parts = []
    for name in sorted(os.listdir(os.path.join(ROOT, "examples"))):
        if name.endswith((".md", ".txt")):
            with open(os.path.join(ROOT, "examples", name), encoding="utf-8") as fh:
                parts.append(fh.read())
    src = "\n\n".join(parts)
    return (src * (size // len(src) + 1))[:size]


def measure(client: Client, uri: str, text: str, runs: int) -> list[float]:
    client.open(uri, text, version=1, language="markdown")
    client.diagnostics(uri, 1, timeout=600)
    times = []
    for v in range(2, runs + 2):
        t0 = time.perf_counter()
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": v},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "a"}],
        })
        client.diagnostics(uri, v, timeout=600)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--debounce-ms", type=float, default=0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        c = Client(cwd=tmp)
        try:
            c.initialize(options={"debounceMs": args.debounce_ms})
            for label, size in (("2 KB template", 2_000), ("200 KB document", 200_000)):
                uri = "file://" + os.path.join(tmp, f"doc{size}.md")
                t = measure(c, uri, corpus(size), args.runs)
                q = statistics.quantiles(t, n=10)
                print(f"{label:<16} didChange -> publishDiagnostics: median {statistics.median(t) * 1000:7.1f} ms "
                      f"(p10 {q[0] * 1000:.1f}, p90 {q[-1] * 1000:.1f}; {len(t)} runs, debounce {args.debounce_ms:g} ms)")
            c.close()
        finally:
            if c.proc.poll() is None:
                c.proc.kill()


if __name__ == "__main__":
    main()
