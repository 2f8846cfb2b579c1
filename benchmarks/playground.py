#!/usr/bin/env python3
"""What the "Check a draft" page costs a rep: bytes loaded and time to the first findings.

    npm install --no-save pyodide@0.27.7      # once (tools/playground.py: PYODIDE_VERSION)
    python benchmarks/playground.py           # about half a minute
    python benchmarks/playground.py --runs 5 --json tests/artifacts/playground-bench.json

Builds the site with the playground (``EMPATHY_PLAYGROUND=1``) into a
temporary folder (or takes ``--site-dir``), serves it on 127.0.0.1, and opens
the page in Debian's chromium through Playwright, as the browser test does.
Each run is a fresh browser context (empty cache): open the page, paste a
reply with a known mistake as soon as the page has loaded, press Check, and
wait for the first finding. Measured:

- time from the start of the navigation to the first finding on screen
  (``performance.now()`` in the page, so the clock is the browser's);
- bytes received (response bodies as sent plus headers, from Playwright's
  ``request.sizes()``), split into the page itself (HTML, CSS, JS, fonts of
  the theme), Pyodide's runtime and the wheels; before any interaction the
  playground loads nothing but its page;
- a second check once loaded (the linter alone);
- a repeat visit in the same context (the browser's HTTP cache).

Two servers: ``plain`` (Python's http.server, no compression) and ``gzip``
(text, JSON and WebAssembly compressed on the fly, as static hosts do).
Exit status: 0, or 2 when there is no runtime or no browser.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import importlib.util
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
DRAFT = (
    "Hi Dana 🙏 I understand the timing is tight, but we need a decision by Friday.\n\n"
    "Best,\nJordan\n\n"
    "On Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@example.com> wrote:\n"
    "> The timing is tight for us this quarter, and legal has not signed off yet.\n"
)
SECOND = "I hear you, but the price is the price.\n"


def _tool():
    spec = importlib.util.spec_from_file_location("ae_tools_playground", ROOT / "tools" / "playground.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class Plain(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Gzip(Plain):
    COMPRESS = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm")

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()
            path = os.path.join(path, "index.html")
        if not path.endswith(self.COMPRESS) or "gzip" not in self.headers.get("Accept-Encoding", "") \
                or not os.path.isfile(path):
            return super().send_head()
        with open(path, "rb") as fh:
            body = gzip.compress(fh.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path, handler):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def kind_of(url: str) -> str:
    path = urlsplit(url).path
    if path.startswith("/playground/pyodide/"):
        return "runtime"
    if path.startswith("/playground/wheels/") or path == "/playground/manifest.json":
        return "wheels"
    return "page"


def one_run(browser, base: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    sizes: list[tuple[str, int]] = []
    outside: list[str] = []

    def finished(request):
        s = request.sizes()
        sizes.append((request.url, s["responseBodySize"] + s["responseHeadersSize"]))

    context.on("requestfinished", finished)
    context.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).hostname not in ("127.0.0.1", None) else None)
    page = context.new_page()
    try:
        page.goto(base + "playground/", wait_until="load")
        page.wait_for_load_state("networkidle")
        before = sum(n for _, n in sizes)
        before_runtime = [u for u, _ in sizes if kind_of(u) != "page"]
        page.fill("#ae-playground-text", DRAFT)
        page.click(".ae-playground__check")
        first = page.wait_for_function(
            "() => document.querySelector('.ae-playground__result .ae-finding') && performance.now()",
            timeout=180_000, polling="raf",
        ).json_value()
        page.wait_for_load_state("networkidle")
        # A second check: the linter alone, Pyodide already up.
        page.fill("#ae-playground-text", SECOND)
        again = page.evaluate(
            """() => new Promise(resolve => {
                const t0 = performance.now();
                const result = document.querySelector('.ae-playground__result');
                const seen = new MutationObserver(() => { seen.disconnect(); resolve(performance.now() - t0); });
                seen.observe(result, {childList: true});
                document.querySelector('.ae-playground__check').click();
            })"""
        )
        by_kind: dict[str, int] = {}
        for url, n in sizes:
            by_kind[kind_of(url)] = by_kind.get(kind_of(url), 0) + n
        total = sum(by_kind.values())
        # A repeat visit, same context: what the HTTP cache saves.
        sizes.clear()
        page.goto(base + "playground/", wait_until="load")
        page.fill("#ae-playground-text", DRAFT)
        page.click(".ae-playground__check")
        repeat = page.wait_for_function(
            "() => document.querySelector('.ae-playground__result .ae-finding') && performance.now()",
            timeout=180_000, polling="raf",
        ).json_value()
        page.wait_for_load_state("networkidle")
        repeat_bytes = sum(n for _, n in sizes)
    finally:
        context.close()
    return {
        "first_findings_s": first / 1000, "second_check_ms": again, "bytes": total, "by_kind": by_kind,
        "bytes_before_use": before, "runtime_before_use": before_runtime,
        "repeat_first_findings_s": repeat / 1000, "repeat_bytes": repeat_bytes, "outside": outside,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh-context runs per server (default 3)")
    parser.add_argument("--site-dir", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    tool = _tool()
    runtime, why = tool.locate(ROOT)
    if runtime is None and not args.site_dir:
        print(f"playground.py: {why}; npm install --no-save pyodide@{tool.PYODIDE_VERSION}", file=sys.stderr)
        return 2
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        print(f"playground.py: no browser at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = args.site_dir
        if site is None:
            site = Path(tmp) / "site"
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EMPATHY_PLAYGROUND": "1"}
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                           cwd=ROOT, env=env, check=True)
        manifest = json.loads((site / "playground" / "manifest.json").read_text("utf-8"))
        print(f"Pyodide {manifest['pyodide']} (Python {manifest['python']}), "
              f"{len(manifest['wheels'])} wheels; files on disk: {manifest['bytes']:,} bytes")
        for entry in manifest["runtime"] + manifest["wheels"]:
            print(f"  {entry['file']:<55} {entry['size']:>12,}")
        results: dict[str, list[dict]] = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"), headless=True,
                args=["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                      "--no-first-run", "--disable-sync", "--disable-gpu"],
            )
            for name, handler in (("plain", Plain), ("gzip", Gzip)):
                server, base = serve(site, handler)
                try:
                    one_run(browser, base)  # warm-up: the OS file cache, chromium's compile cache off the clock
                    results[name] = [one_run(browser, base) for _ in range(args.runs)]
                finally:
                    server.shutdown()
                    server.server_close()
            browser.close()

    print(f"\n{'server':<7} {'first findings (s)':>19} {'bytes':>12} {'page':>10} {'runtime':>12} {'wheels':>10}"
          f" {'2nd check (ms)':>15} {'repeat visit (s, bytes)':>24}")
    for name, runs in results.items():
        med = lambda key, runs=runs: statistics.median(r[key] for r in runs)  # noqa: E731
        kinds = {k: statistics.median(r["by_kind"].get(k, 0) for r in runs) for k in ("page", "runtime", "wheels")}
        print(f"{name:<7} {med('first_findings_s'):>19.2f} {med('bytes'):>12,.0f} {kinds['page']:>10,.0f}"
              f" {kinds['runtime']:>12,.0f} {kinds['wheels']:>10,.0f} {med('second_check_ms'):>15.0f}"
              f" {med('repeat_first_findings_s'):>10.2f} s {med('repeat_bytes'):>10,.0f}")
        each = ", ".join(f"{r['first_findings_s']:.2f}" for r in runs)
        print(f"        first findings per run: {each} s;"
              f" before the form is used the page loads {runs[0]['bytes_before_use']:,} bytes"
              f" and {len(runs[0]['runtime_before_use'])} playground files")
    outside = sorted({u for runs in results.values() for r in runs for u in r["outside"]})
    print("requests outside 127.0.0.1:", ", ".join(outside) or "none")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"manifest": manifest, "runs": results}, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
