"""The site: built once per session with ``mkdocs build --strict``, then checked.

The tables are data: every situation, pitfall, checklist item, step and
playbook script in ``phrasebank`` must appear word for word in the built
pages, every rule in the registry must have its page, and every finding a
page shows must be one the linter really gives.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import linter
import phrasebank
from conftest import serve
from linter.rules import REGISTRY, meta

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ARTIFACTS = ROOT / "tests" / "artifacts"


# ---------------------------------------------------------------------------
# The build, once per session
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site built by ``mkdocs build --strict`` into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict",
         "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}"
    assert "WARNING" not in proc.stderr, proc.stderr
    return out


class _Text(HTMLParser):
    """The visible text of a page's article, tags dropped, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def article(page_html: str) -> str:
    start = page_html.find("<article")
    end = page_html.find("</article>", start)
    return page_html[start:end] if start >= 0 else page_html


def text_of(page_html: str) -> str:
    parser = _Text()
    parser.feed(article(page_html))
    return " ".join("".join(parser.parts).split())


def built(site: Path, src: str) -> str:
    """The HTML of the page built from ``docs/<src>``."""
    stem = src[: -len(".md")]
    path = site / ("index.html" if stem == "index" else stem.removesuffix("/index") + "/index.html")
    return path.read_text("utf-8")


def host_of(placeholder: str) -> str:
    """The docs page (src path) that holds ``<!-- phrasebank:PLACEHOLDER -->``."""
    pattern = re.compile(rf"^\s*<!--\s*phrasebank:{re.escape(placeholder)}\s*-->\s*$", re.M)
    hosts = [p for p in sorted(DOCS.rglob("*.md")) if pattern.search(p.read_text("utf-8"))]
    assert hosts, f"no page holds <!-- phrasebank:{placeholder} -->"
    return hosts[0].relative_to(DOCS).as_posix()


def squash(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------
# Build and data agreement
# ---------------------------------------------------------------------------


def test_strict_build_writes_every_page(site):
    for md in DOCS.rglob("*.md"):
        assert built(site, md.relative_to(DOCS).as_posix())
    assert (site / "stylesheets" / "extra.css").exists()
    assert not re.search(r"<!--\s*phrasebank:", "".join(p.read_text("utf-8") for p in site.rglob("*.html")))


def test_situation_table_is_the_phrasebank_word_for_word(site):
    page = built(site, host_of("situations"))
    text = text_of(page)
    for s in phrasebank.situations():
        for key in ("situation", "prompt_line", "why_it_works", "risk_to_watch"):
            assert squash(s[key]) in text, (key, s[key])
        # each row can be linked to
        assert f'id="situation-{s["id"]}"' in page
    header = "Situation Prompt Line Why It Works Risk to Watch"
    assert header in text


def test_pitfalls_table_links_the_rules_that_enforce_each_row(site):
    src = host_of("pitfalls")
    page = built(site, src)
    text = text_of(page)
    for p in phrasebank.pitfalls():
        for key in ("pitfall", "why_it_backfires", "correction"):
            assert squash(p[key]) in text, p[key]
        for rule in p["rules"]:
            assert rule in REGISTRY, f"pitfall {p['pitfall']!r} names unknown rule {rule!r}"
            assert re.search(rf'href="[./]*linter/rules/{rule}/"', page), rule


def test_checklist_and_steps_are_the_phrasebank(site):
    text = text_of(built(site, host_of("checklist")))
    checklist = phrasebank.checklist()
    for item in checklist["do"]:
        assert f"✅ {item}" in text
    for item in checklist["avoid"]:
        assert f"❌ {item}" in text
    page = built(site, host_of("steps"))
    text = text_of(page)
    for step in phrasebank.steps():
        assert f'id="step-{step["number"]}"' in page
        assert squash(f'{step["number"]} {step["title"]}') in text
        assert squash(step["guidance"]) in text
        assert squash(step["example"]) in text


def test_playbook_scripts_render_as_dialogues(site):
    pattern = re.compile(r"<!--\s*phrasebank:script\s+([\w-]+)\s*-->")
    scripts = {s["id"]: s for s in phrasebank.scripts()}
    seen = set()
    for md in DOCS.rglob("*.md"):
        for script_id in pattern.findall(md.read_text("utf-8")):
            page = built(site, md.relative_to(DOCS).as_posix())
            start = page.index(f'id="script-{script_id}"')
            ends = [i for i in (page.find("<h2", start), page.find("</article>", start)) if i >= 0]
            block = page[start : min(ends)]
            text = text_of(block)
            script = scripts[script_id]
            for line in script["lines"]:
                assert squash(line["say"]) in text
                if line.get("direction"):
                    assert f'<span class="ae-direction">({html.escape(line["direction"], quote=False)})</span>' in block
            assert block.count('class="ae-turn ae-turn--') == len(script["lines"])
            for key in ("setting", "lesson", "outcome"):
                if script.get(key):
                    assert squash(script[key]) in text_of(page)
            seen.add(script_id)
    assert seen, "no page shows a playbook script"


def test_every_rule_has_a_generated_page_with_its_sections(site):
    index = built(site, "linter/rules/index.md")
    for rule_id, module in REGISTRY.items():
        page = (site / "linter" / "rules" / rule_id / "index.html").read_text("utf-8")
        assert f"<title>{rule_id} - " in page
        assert re.search(rf'<h1 id="[^"]*">{re.escape(rule_id)}<', page)
        text = text_of(page)
        assert f"Default severity: {module.SEVERITY}" in text
        for section in ("Example", "Use instead", "Options", "Data", "References"):
            assert f">{section}<" in page, (rule_id, section)
        for option in meta.options(module):
            assert f"<code>{option.name}</code>" in page
        for name in meta.phrase_lists(module):
            assert f"phrasebank/lists/{name}.txt" in page
        assert f'href="{rule_id}/"' in index
        doc = module.__doc__.strip().splitlines()[0]
        assert squash(html.unescape(doc)) in text_of(index)


FENCE = re.compile(r"^```(?P<lang>[\w-]+)[^\n]*\n(?P<body>.*?)^```\s*$", re.M | re.S)


def _sections(doc: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", doc, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("rule_id", list(REGISTRY))
def test_rule_page_shows_the_findings_the_linter_gives(site, rule_id):
    """Under each Example, the page lists exactly what lint_text returns."""
    from conftest import site_module

    EXAMPLE_FILENAMES = site_module("site_rules").EXAMPLE_FILENAMES

    page = (site / "linter" / "rules" / rule_id / "index.html").read_text("utf-8")
    blocks = re.findall(r'(<div class="ae-example ae-example--(?:bad|good)".*?)(?=<div class="ae-example |<h2 |</article>)', page, re.S)
    sections = _sections(REGISTRY[rule_id].__doc__)
    sources = [("bad", m) for m in FENCE.finditer(sections.get("Example", ""))]
    sources += [("good", m) for m in FENCE.finditer(sections.get("Use instead", ""))]
    # blocks that are drafts are linted; others (a console session) are shown as they are
    sources = [(kind, m) for kind, m in sources if m.group("lang") in EXAMPLE_FILENAMES]
    assert len(blocks) == len(sources)
    for (kind, m), block in zip(sources, blocks):
        findings = linter.lint_text(m.group("body").rstrip("\n"), filename=EXAMPLE_FILENAMES[m.group("lang")])
        own = [f for f in findings if f.rule == rule_id]
        assert bool(own) == (kind == "bad"), (kind, m.group("body"))
        text = text_of(block)
        for f in findings:
            assert f"{f.line}:{f.column} {f.severity} {f.rule} {squash(f.message)}" in text
            if f.suggestion:
                assert f"Try: {squash(f.suggestion)}" in text
        if kind == "good":
            assert f"✓ empathy-lint gives no {rule_id} finding" in text


def _dialogue_fences():
    pattern = re.compile(r'^```dialogue[ \t]+lint="(before|after)"[ \t]*\n(.*?)^```[ \t]*$', re.M | re.S)
    for md in sorted(DOCS.rglob("*.md")):
        for mode, body in pattern.findall(md.read_text("utf-8")):
            yield md.relative_to(DOCS).as_posix(), mode, body


def test_linted_dialogues_show_what_the_linter_gives(site):
    fences = list(_dialogue_fences())
    assert any(mode == "before" for _, mode, _ in fences)
    for src, mode, body in fences:
        findings = linter.lint_text(body, filename="dialogue.txt")
        assert bool(findings) == (mode == "before"), (src, body)
        text = text_of(built(site, src))
        for f in findings:
            assert f"{f.line}:{f.column} {f.severity} {f.rule} {squash(f.message)}" in text


def test_dialogues_style_speakers_and_stage_directions(site):
    fences = list(_dialogue_fences())
    src = fences[0][0]
    page = built(site, src)
    assert '<div class="ae-dialogue">' in page
    assert 'class="ae-turn ae-turn--rep"' in page and 'class="ae-turn ae-turn--buyer"' in page
    assert '<span class="ae-turn__speaker">' in page
    assert "language-dialogue" not in page  # rendered, not shown as code
    # stage directions anywhere on the site are set apart
    all_html = "".join(built(site, s) for s, _, _ in fences)
    assert '<span class="ae-direction">(' in all_html


def test_suggestions_come_from_the_same_phrasebank_entries(site):
    prompt_lines = {s["id"]: s["prompt_line"] for s in phrasebank.situations()}
    findings = linter.lint_text(
        "CFO: Honestly, this is too expensive for us.\nAE: You're right, it is too expensive.\n",
        filename="call.txt",
    )
    conceded = [f for f in findings if f.rule == "conceded-fact"]
    assert conceded and conceded[0].suggestion == prompt_lines["price"]
    # ... and the situation table the reader sees has that very line
    assert squash(prompt_lines["price"]) in text_of(built(site, host_of("situations")))
    # every suggestion the site shows that is a whole prompt line is one of the phrasebank's
    shown = set()
    for page in site.rglob("*.html"):
        shown.update(re.findall(r'<span class="ae-finding__label">Try:</span> ([^<]*)</span>', page.read_text("utf-8")))
    assert shown & set(prompt_lines.values())


def test_linter_docs_show_the_output_the_linter_gives_for_the_examples(site):
    pattern = re.compile(r"<!--\s*site:lint-output\s+(\S+?)(?:\s+(json))?\s*-->")
    seen = 0
    for md in sorted((DOCS / "linter").rglob("*.md")):
        for path, fmt in pattern.findall(md.read_text("utf-8")):
            text = text_of(built(site, md.relative_to(DOCS).as_posix()))
            findings = linter.lint_text((ROOT / path).read_text("utf-8"), filename=path)
            assert findings, path
            if fmt == "json":
                assert f'"rule": "{findings[0].rule}"' in text and f'"line": {findings[0].line}' in text
            else:
                for f in findings:
                    assert squash(f"{path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}") in text
            seen += 1
    assert seen


def test_tags_index_lists_every_situation_tag(site):
    page = built(site, "tags.md")
    for s in phrasebank.situations():
        for tag in s["tags"]:
            assert f'id="tag:{tag}"' in page, tag
    assert re.search(r'<a href="\.\./playbook/situations/', page)


EXTERNAL = re.compile(
    r"""(?:<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc|<link\b[^>]*\bhref)\s*=\s*["']?(?:https?:)?//""",
    re.I,
)


def test_pages_load_nothing_from_other_hosts(site):
    for page in site.rglob("*.html"):
        text = page.read_text("utf-8")
        assert not EXTERNAL.search(text), page
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", css.read_text("utf-8")), css


def test_local_svg_images_get_their_size(site):
    for page in site.rglob("*.html"):
        for tag in re.findall(r'<img\b[^>]*src="[^"]+\.svg"[^>]*>', page.read_text("utf-8")):
            if "://" not in tag:
                assert re.search(r'width="\d+" height="\d+"', tag), (page, tag)


def test_theme_has_dark_mode_toggle_and_description(site):
    page = built(site, "index.md")
    assert 'data-md-color-scheme="slate"' in page and "Switch to dark mode" in page
    assert '<meta name="description"' in page


# ---------------------------------------------------------------------------
# In a real browser
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def served(site):
    """The built site on http://127.0.0.1:<free port>/."""
    with serve(site) as url:
        yield url




def _only_local(requests: list[str]) -> None:
    outside = [
        url for url in requests
        if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).hostname != "127.0.0.1"
    ]
    assert not outside, f"requests left 127.0.0.1: {outside}"


def test_browser_search_finds_a_prompt_line_and_opens_a_rule_page(served, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        page.goto(served, wait_until="networkidle")
        page.screenshot(path=ARTIFACTS / "home.png")

        price = next(s for s in phrasebank.situations() if s["id"] == "price")
        search = page.locator("input.md-search__input")
        search.click()
        search.press_sequentially("budget flexibility", delay=40)
        result = page.locator(".md-search-result__item", has_text=price["prompt_line"]).first
        result.wait_for(state="visible", timeout=15_000)
        page.screenshot(path=ARTIFACTS / "search.png")

        result.locator("a").first.click()
        page.wait_for_load_state("networkidle")
        assert "/playbook/" in page.url or "/scripts/" in page.url
        page.get_by_text(price["prompt_line"], exact=False).first.wait_for(state="visible")

        page.goto(served + "playbook/situations/#situation-price", wait_until="networkidle")
        row = page.locator("tr", has=page.locator("#situation-price"))
        assert price["prompt_line"] in row.inner_text()
        page.screenshot(path=ARTIFACTS / "situations.png")

        page.goto(served + "linter/rules/but-bridge/", wait_until="networkidle")
        assert page.locator("h1").inner_text().strip().rstrip("¶") == "but-bridge"
        assert page.locator(".ae-example--bad .ae-finding").count() >= 1
        page.screenshot(path=ARTIFACTS / "rule-but-bridge.png", full_page=True)

        fences = list(_dialogue_fences())
        script_url = served + fences[0][0].removesuffix(".md") + "/"
        page.goto(script_url, wait_until="networkidle")
        rep = page.locator(".ae-turn--rep").first
        buyer = page.locator(".ae-turn--buyer").first
        assert rep.evaluate("e => getComputedStyle(e).backgroundColor") != buyer.evaluate(
            "e => getComputedStyle(e).backgroundColor")
        page.screenshot(path=ARTIFACTS / "script.png", full_page=True)

        # dark mode: the toggle in the header switches the palette
        page.locator("label.md-header__button[for^='__palette_']:visible").first.click()
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        page.screenshot(path=ARTIFACTS / "script-dark.png", full_page=True)
    finally:
        context.close()
    assert any(urlsplit(u).path.startswith("/linter/rules/but-bridge") for u in requests)
    _only_local(requests)


def test_browser_mobile_pages_stay_local(served, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        page.goto(served + host_of("checklist").removesuffix(".md") + "/", wait_until="networkidle")
        page.screenshot(path=ARTIFACTS / "mobile-checklist.png", full_page=True)
        page.goto(served + host_of("steps").removesuffix(".md") + "/", wait_until="networkidle")
        page.screenshot(path=ARTIFACTS / "mobile-steps.png", full_page=True)
        page.goto(served + "playbook/real-world-examples/", wait_until="networkidle")
        page.screenshot(path=ARTIFACTS / "mobile-examples.png", full_page=True)
        # no horizontal scrolling on a phone
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        context.close()
    _only_local(requests)


def test_every_sarif_help_link_is_a_page_the_site_builds(site):
    """``helpUri`` of every rule in the SARIF log (library-overuse too) is a built page."""
    from linter.formats.sarif import SITE_URL, rules

    descriptors = rules()
    assert "library-overuse" in [d["id"] for d in descriptors]
    for d in descriptors:
        assert d["helpUri"].startswith(SITE_URL), d["helpUri"]
        page = site / d["helpUri"][len(SITE_URL):] / "index.html"
        assert page.is_file(), (d["id"], d["helpUri"])
        assert f"<title>{d['id']} - " in page.read_text("utf-8")


def test_usage_page_lists_every_option_of_the_command(site):
    """The options table is generated from the click command: every option, its help and default."""
    import click

    from linter.cli import main

    page = built(site, "linter/usage.md")
    table = page[page.index('id="options"') :]
    table = table[: table.index("</table>")]
    text = text_of(table)
    ctx = click.Context(main, info_name="empathy-lint", **main.context_settings)
    options = [p for p in main.get_params(ctx) if isinstance(p, click.Option) and not p.hidden]
    assert len(options) >= 15
    for option in options:
        for name in [*option.opts, *option.secondary_opts]:
            assert re.search(rf"<code>[^<]*{re.escape(name)}\b", table), name
        words = re.sub(r"\s*\[default: [^\]]+\]", "", option.help or "")
        assert squash(html.unescape(words)) in text, option.name
        if option.show_default and isinstance(option.default, str):
            assert f"<code>{option.default}</code>" in table, option.name
