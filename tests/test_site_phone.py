"""The site as a rep uses it: on a 390 px phone and a 1280 px desktop, light
and dark, hosted under a sub-path with ``SITE_URL`` set.

Built once with ``SITE_URL=https://example.org/active-empathy/`` and served
on 127.0.0.1 under ``/active-empathy/``, with ``404.html`` for missing pages
as static hosts do. The browser tests skip (with the reason) without
chromium; the "Try an example" test also needs the Pyodide runtime.
"""

from __future__ import annotations

import contextlib
import functools
import html
import http.server
import os
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from linter.rules import REGISTRY
from test_playground import playground_served, playground_site  # noqa: F401 (fixtures)
from test_site_build import ARTIFACTS

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = "https://example.org/active-empathy/"
PREFIX = urlsplit(SITE_URL).path  # /active-empathy/

#: Pages with tables, dialogues or the diagram: what a phone must show whole.
PAGES = [
    "",
    "playbook/five-steps/",
    "playbook/situations/",
    "playbook/pitfalls/",
    "playbook/real-world-examples/",
    "playbook/checklist/",
    "scripts/",
    "scripts/price/",
    "linter/rules/",
    "linter/rules/but-bridge/",
]


@pytest.fixture(scope="module")
def hosted_site(tmp_path_factory) -> Path:
    """``mkdocs build --strict`` with SITE_URL set (the playground left out: not needed here)."""
    out = tmp_path_factory.mktemp("hosted") / "site"
    env = {k: v for k, v in os.environ.items() if k not in ("PYODIDE_DIR",)}
    env.update(NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL, EMPATHY_PLAYGROUND="0")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict",
         "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, f"mkdocs build --strict with SITE_URL failed:\n{proc.stdout}\n{proc.stderr}"
    return out


@contextlib.contextmanager
def serve_under(folder: Path, prefix: str):
    """``folder`` on http://127.0.0.1:<port><prefix>, 404.html for anything missing."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def translate_path(self, path):
            path = path.split("?", 1)[0].split("#", 1)[0]
            if not path.startswith(prefix):
                return str(folder / "__missing__")
            return super().translate_path("/" + path[len(prefix):])

        def send_error(self, code, message=None, explain=None):
            page = folder / "404.html"
            if code != 404 or not page.is_file():
                return super().send_error(code, message, explain)
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def hosted(hosted_site):
    with serve_under(hosted_site, PREFIX) as url:
        yield url


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name == "index.html")


# ---------------------------------------------------------------------------
# Without a browser
# ---------------------------------------------------------------------------


def test_sitemap_lists_every_page_when_site_url_is_set(hosted_site):
    tree = ET.parse(hosted_site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = {loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)}
    expected = {SITE_URL + p.parent.relative_to(hosted_site).as_posix().removeprefix(".") for p in html_pages(hosted_site)}
    expected = {u if u.endswith("/") else u + "/" for u in expected}
    assert len(expected) > 30
    assert expected <= listed, sorted(expected - listed)[:5]


class _Metas(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.descriptions: list[list[tuple[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "meta" and ("name", "description") in attrs:
            self.descriptions.append(attrs)


def test_every_meta_description_is_valid_html(hosted_site):
    for page in html_pages(hosted_site):
        parser = _Metas()
        parser.feed(page.read_text("utf-8"))
        assert len(parser.descriptions) == 1, page
        attrs = parser.descriptions[0]
        assert [k for k, _ in attrs] == ["name", "content"], (page, attrs)  # no attribute made of stray words
        assert dict(attrs)["content"].strip(), page
    for rule_id, module in REGISTRY.items():
        parser = _Metas()
        parser.feed((hosted_site / "linter" / "rules" / rule_id / "index.html").read_text("utf-8"))
        summary = module.__doc__.strip().splitlines()[0].strip()
        assert dict(parser.descriptions[0])["content"] == summary


def test_tables_cells_carry_their_column_heading(hosted_site):
    page = (hosted_site / "playbook" / "situations" / "index.html").read_text("utf-8")
    for label in ("Situation", "Prompt Line", "Why It Works", "Risk to Watch"):
        assert f'data-label="{label}"' in page
    assert not re.search(r"<table>(?:(?!</table>).)*<thead>", page, re.S)  # every table is labelled


def test_checklist_and_rule_pages_agree_about_what_the_linter_checks(hosted_site):
    from conftest import site_module

    placeholders = site_module("site_placeholders")
    _CITES_CHECKLIST, _item_key = placeholders.CITES_CHECKLIST, placeholders.item_key

    page = (hosted_site / "playbook" / "checklist" / "index.html").read_text("utf-8")
    table = page[page.index('id="which-items-the-linter-checks"'):]
    table = table[: table.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    cited = {}
    for rule_id, module in REGISTRY.items():
        for m in _CITES_CHECKLIST.finditer(module.__doc__):
            cited.setdefault(_item_key(m.group("item")), set()).add(rule_id)
    assert cited, "no rule cites a checklist item"
    for row in rows:
        item_cell, checked_cell = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        item = _item_key(html.unescape(re.sub(r"<[^>]*>", "", item_cell)))
        shown = set(re.findall(r'href="[^"]*linter/rules/([\w-]+)/"', checked_cell))
        assert shown == cited.get(item, set()), (item, shown)
        if not shown:
            assert "Not checked" in checked_cell


# ---------------------------------------------------------------------------
# In chromium
# ---------------------------------------------------------------------------

LAYOUT = """
() => {
  const out = {tables: [], flow: [], speakers: [], overflow: 0, scheme: document.body.dataset.mdColorScheme};
  const root = document.documentElement;
  out.overflow = root.scrollWidth - root.clientWidth;
  for (const t of document.querySelectorAll("article table")) {
    const box = t.closest(".md-typeset__scrollwrap") || t.parentElement;
    const cue = box.matches("[data-scroll-cue]") || !!box.querySelector(".ae-scroll-cue");
    out.tables.push({need: t.scrollWidth, have: box.clientWidth, cue});
  }
  for (const n of document.querySelectorAll(".ae-flow *")) {
    if (![...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim())) continue;
    const s = getComputedStyle(n);
    if (n.closest(".ae-sr")) continue;
    out.flow.push({text: n.textContent.trim().slice(0, 30), size: parseFloat(s.fontSize), color: s.color,
                   badge: n.matches(".ae-flow__number")});
  }
  const flow = document.querySelector(".ae-flow");
  if (flow) {
    out.flowWidth = flow.scrollWidth - flow.clientWidth;
    const link = flow.querySelector(".ae-flow__link");
    out.flowBg = getComputedStyle(link).backgroundColor;
  }
  for (const s of document.querySelectorAll(".ae-turn__speaker")) {
    const words = s.firstChild.textContent.trim();
    const range = document.createRange();
    range.selectNodeContents(s.firstChild);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    out.speakers.push({words, lines: lines.size, fits: s.scrollWidth <= s.clientWidth + 1});
  }
  return out;
}
"""


def _luminance(css: str) -> float:
    r, g, b = (int(v) for v in re.findall(r"[\d.]+", css)[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 768, 1280])
def test_pages_fit_the_screen_in_both_schemes(hosted, browser, width, scheme):  # noqa: C901 (complexity 12: known debt, issue 14)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                  is_mobile=width < 500, device_scale_factor=2 if width < 500 else 1)
    page = context.new_page()
    problems = []
    try:
        for path in PAGES:
            page.goto(hosted + path, wait_until="networkidle")
            got = page.evaluate(LAYOUT)
            assert got["scheme"] == ("slate" if scheme == "dark" else "default")
            where = f"/{path} at {width} px, {scheme}"
            if got["overflow"] > 1:
                problems.append(f"{where}: the page is {got['overflow']} px wider than the screen")
            for t in got["tables"]:
                if t["need"] > t["have"] + 1 and not t["cue"]:
                    problems.append(f"{where}: a table needs {t['need']} px in {t['have']} px, no scroll cue")
            for f in got["flow"]:
                if f["size"] < 12:
                    problems.append(f"{where}: diagram text {f['text']!r} is {f['size']} px")
                bright = _luminance(f["color"]) > 0.5
                if not f["badge"] and bright != (scheme == "dark"):
                    problems.append(f"{where}: diagram text {f['text']!r} is {f['color']} in {scheme} mode")
            if got.get("flowWidth", 0) > 1:
                problems.append(f"{where}: the diagram needs {got['flowWidth']} px more than it has")
            for s in got["speakers"]:
                if " " not in s["words"] and (s["lines"] != 1 or not s["fits"]):
                    problems.append(f"{where}: speaker {s['words']!r} breaks or overflows ({s})")
            if width in (390, 1280) and path in ("", "playbook/situations/", "playbook/real-world-examples/"):
                name = path.strip("/").replace("/", "-") or "home"
                page.screenshot(path=ARTIFACTS / f"phone-{name}-{width}-{scheme}.png", full_page=True)
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def test_the_diagram_follows_the_colour_scheme(hosted, browser):
    backgrounds = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
        page = context.new_page()
        try:
            page.goto(hosted + "playbook/five-steps/", wait_until="networkidle")
            got = page.evaluate(LAYOUT)
            page_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        finally:
            context.close()
        backgrounds[scheme] = (_luminance(page_bg), got["flowBg"])
    assert backgrounds["light"][0] > 0.8 and backgrounds["dark"][0] < 0.3
    assert backgrounds["light"][1] != backgrounds["dark"][1]  # no white panel in dark mode


def _search(page, words: str) -> list[str]:
    search = page.locator("input.md-search__input")
    search.click()
    search.fill("")
    search.press_sequentially(words, delay=30)
    page.locator(".md-search-result__meta", has_text=re.compile(r"\d+ matching|matching document")).wait_for(timeout=15_000)
    page.wait_for_timeout(800)
    # Material lists the first results and more as the list scrolls: scroll to the end.
    for _ in range(10):
        page.locator(".md-search__scrollwrap").evaluate("e => e.scrollTo(0, e.scrollHeight)")
        page.wait_for_timeout(150)
    links = page.locator(".md-search-result__link")
    return [f"{urlsplit(links.nth(i).get_attribute('href')).path}#{urlsplit(links.nth(i).get_attribute('href')).fragment}"
            f" {links.nth(i).inner_text()}" for i in range(links.count())]


def test_search_finds_the_words_of_the_playbook(hosted, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(hosted, wait_until="networkidle")
        found = _search(page, "but")
        page.screenshot(path=ARTIFACTS / "search-but.png")
        assert any("/playbook/five-steps/" in r and "Bridge" in r for r in found), found
        assert any("/playbook/checklist/" in r for r in found), found
        assert len({r.split("#")[0] for r in found}) >= 5, found
        assert len({r.split("#")[0] for r in _search(page, "and")}) >= 10
        for words, where in (("however", "/linter/rules/but-bridge/"),
                             ("I hear you", "/playbook/pitfalls/"), ("budget flexibility", "/playbook/situations/"),
                             ("objection", "/playbook/situations/")):
            found = _search(page, words)
            assert any(where in r for r in found), (words, found)
    finally:
        context.close()


def test_404_page_works_under_a_sub_path(hosted, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 and r.request.resource_type in ("stylesheet", "script") else None)
    try:
        response = page.goto(hosted + "no/such/page/", wait_until="networkidle")
        assert response.status == 404
        assert not failed, failed
        assert page.locator("h1").inner_text().startswith("404")
        sheets = page.evaluate("[...document.styleSheets].map(s => s.href).filter(Boolean)")
        assert sheets and all(urlsplit(s).path.startswith(PREFIX) for s in sheets), sheets
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
        home = page.locator("a.md-header__button.md-logo").get_attribute("href")
        assert urlsplit(page.evaluate("h => new URL(h, location.href).href", home)).path == PREFIX
    finally:
        context.close()


# ---------------------------------------------------------------------------
# The playground (needs the Pyodide runtime as well)
# ---------------------------------------------------------------------------

DRAFT = "Hi Sam, I hear you on the timeline, but the rollout needs two weeks."


def test_try_an_example_keeps_the_draft(playground_served, browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(urlsplit(r.url).path))
    page = context.new_page()
    try:
        page.goto(playground_served + "playground/", wait_until="networkidle")
        assert not [p for p in requests if "/pyodide/" in p], "Pyodide loaded before the draft box was used"
        draft = page.locator("#ae-playground-text")
        draft.click()
        draft.fill(DRAFT)
        # Loading starts on focus, and the page says how far along it is.
        page.locator(".ae-playground__status", has_text="Loading the checker").wait_for(timeout=10_000)
        assert re.search(r"of \d+ MB|Loading the checker", page.locator(".ae-playground__status").inner_text())
        page.wait_for_function("() => document.getElementById('ae-playground').dataset.state === 'ready'", timeout=120_000)
        assert page.locator(".ae-playground__status").inner_text() == "The checker is ready."
        assert "/playground/pyodide/pyodide.asm.wasm" in requests

        page.get_by_role("button", name="Try an example").click()
        assert draft.input_value() != DRAFT and draft.input_value().strip()
        restore = page.get_by_role("button", name="Bring back my draft")
        restore.wait_for(state="visible")
        page.locator(".ae-playground__result .ae-finding").first.wait_for(timeout=30_000)
        page.screenshot(path=ARTIFACTS / "playground-example-390.png", full_page=True)
        items = page.locator(".ae-playground__result .ae-finding")
        for i in range(items.count()):  # the flagged words are printed once, not twice
            words = items.nth(i).locator(".ae-finding__words")
            if words.count():
                assert words.inner_text().lower() not in items.nth(i).locator(".ae-finding__message").inner_text().lower()
        restore.click()
        assert draft.input_value() == DRAFT
        assert restore.is_hidden()

        # Undo brings the draft back too: the example went in as an edit.
        page.get_by_role("button", name="Try an example").click()
        assert draft.input_value() != DRAFT
        draft.focus()
        page.keyboard.press("Control+Z")
        assert draft.input_value() == DRAFT

        # Trying another example over an example asks nothing and loses nothing.
        page.get_by_role("button", name="Try an example").click()
        page.locator('input[name="kind"][value="call.txt"]').check()
        page.get_by_role("button", name="Try an example").click()
        page.get_by_role("button", name="Bring back my draft").click()
        assert draft.input_value() == DRAFT
    finally:
        context.close()


def test_seed_lead_lines_introduce_the_line_they_lead(hosted_site):
    import phrasebank

    page = (hosted_site / "playbook" / "real-world-examples" / "index.html").read_text("utf-8")
    leads = [(line["lead"], line["say"]) for s in phrasebank.scripts() for line in s["lines"] if "lead" in line]
    assert len(leads) == 2
    for lead, say in leads:
        at = page.index(f'<p class="ae-dialogue__lead">{html.escape(lead, quote=False)}</p>')
        turn = page[at:page.index("</p>", page.index('class="ae-turn ', at))]
        assert html.escape(say, quote=False) in turn, lead
        assert page.count(lead) == 1, f"{lead!r} also opens commentary"
