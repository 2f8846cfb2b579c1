"""The "Check a draft" playground: empathy-lint in the browser, with Pyodide.

Without a Pyodide runtime (a contributor without Node.js) the site still
builds and the page says how to enable the playground; those tests always
run. With the runtime (``npm install --no-save pyodide@<PYODIDE_VERSION>``
at the root of the repository, or ``$PYODIDE_DIR``) the site is built with
the playground and a real chromium pastes a draft, waits for the linter's
findings and checks them against the CLI's, with every request kept on
127.0.0.1.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import linter
from conftest import serve
from test_site_build import ARTIFACTS, _only_local, text_of

ROOT = Path(__file__).resolve().parent.parent
PAGE = "playground.md"


def _tool():
    module = sys.modules.get("ae_tools_playground")
    if module is None:  # the hook registers it under this name too: one module
        spec = importlib.util.spec_from_file_location("ae_tools_playground", ROOT / "tools" / "playground.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return module


tool = _tool()


def build_site(out: Path, **env: str) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of the whole site into ``out``, with ``env`` added."""
    full = {k: v for k, v in os.environ.items() if k not in (tool.ENABLE_ENV, tool.DIR_ENV)}
    full.update(NO_MKDOCS_2_WARNING="1", **env)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict",
         "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(out)],
        cwd=ROOT, env=full, capture_output=True, text=True, timeout=600,
    )


def page_html(site: Path) -> str:
    return (site / PAGE.removesuffix(".md") / "index.html").read_text("utf-8")


# ---------------------------------------------------------------------------
# Without the runtime: always
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site_without_runtime(tmp_path_factory) -> Path:
    """The site built by someone without Node.js: no npm on the PATH, no runtime."""
    tmp = tmp_path_factory.mktemp("no-runtime")
    (tmp / "bin").mkdir()
    (tmp / "empty").mkdir()
    proc = build_site(tmp / "site", PATH=str(tmp / "bin"), PYODIDE_DIR=str(tmp / "empty"))
    assert proc.returncode == 0, f"mkdocs build --strict failed without the runtime:\n{proc.stdout}\n{proc.stderr}"
    assert "WARNING" not in proc.stderr, proc.stderr
    return tmp / "site"


def test_without_the_runtime_the_page_says_how_to_enable_the_playground(site_without_runtime):
    html = page_html(site_without_runtime)
    text = text_of(html)
    assert "The playground is not part of this build" in text
    assert f"npm install --no-save pyodide@{tool.PYODIDE_VERSION}" in text
    assert "EMPATHY_PLAYGROUND = 1 mkdocs build --strict" in text or "EMPATHY_PLAYGROUND=1 mkdocs build --strict" in text
    assert "PYODIDE_DIR" in text
    assert "empathy-lint reply.txt" in text  # meanwhile: the command line
    assert 'id="ae-playground"' not in html and "playground.js" not in html
    assert str(ROOT) not in html and "/tmp" not in text  # no machine's path on the page
    assert not (site_without_runtime / "playground" / "pyodide").exists()
    assert not (site_without_runtime / "playground" / "wheels").exists()


def test_the_page_is_in_the_nav_near_the_top(site_without_runtime):
    home = (site_without_runtime / "index.html").read_text("utf-8")
    tabs = home[home.find('class="md-tabs"'):]
    assert 0 <= tabs.find("Check a draft") < tabs.find("Playbook")


def test_no_other_page_loads_the_playground(site_without_runtime):
    for page in site_without_runtime.rglob("*.html"):
        if page.parent.name != "playground":
            text = page.read_text("utf-8")
            assert "playground.js" not in text and "pyodide" not in text.lower(), page


def test_asking_for_the_playground_without_a_runtime_fails_the_build(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = build_site(tmp_path / "site", EMPATHY_PLAYGROUND="1", PYODIDE_DIR=str(tmp_path / "empty"))
    assert proc.returncode != 0
    assert "EMPATHY_PLAYGROUND=1 but no Pyodide runtime in $PYODIDE_DIR" in proc.stderr


def test_switching_the_playground_off_leaves_it_out(tmp_path, monkeypatch):
    monkeypatch.setenv(tool.ENABLE_ENV, "0")
    assert tool.prepare(ROOT) == (None, "EMPATHY_PLAYGROUND=0")
    monkeypatch.setenv(tool.ENABLE_ENV, "maybe")
    with pytest.raises(tool.PlaygroundError, match="use 1"):
        tool.prepare(ROOT)


def test_fetching_without_npm_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setattr(tool.shutil, "which", lambda name: None)
    with pytest.raises(tool.PlaygroundError, match="npm is not on the PATH.*PYODIDE_DIR"):
        tool.fetch(tmp_path)


def test_the_wheels_are_the_project_and_its_pure_python_dependencies():
    names = [name.lower() for name, _ in tool.dependencies("3.12.7")]
    assert names == ["click", "markdown-it-py", "mdurl"]  # colorama is Windows-only


def test_the_project_wheel_holds_the_linter_but_not_the_site_hook(tmp_path):
    """The browser gets the linter and the phrasebank; the site's MkDocs hook (docs/hooks/) stays out."""
    import zipfile

    names = zipfile.ZipFile(tool.project_wheel(ROOT, tmp_path)).namelist()
    assert "linter/__init__.py" in names and "phrasebank/__init__.py" in names
    hooks = {p.name for p in (ROOT / "docs" / "hooks").glob("*.py")}
    assert not [n for n in names if n.rsplit("/", 1)[-1] in hooks or n.startswith("docs/")], names


def test_the_playground_page_passes_the_linter():
    assert linter.lint_text((ROOT / "docs" / PAGE).read_text("utf-8"), PAGE) == []


# ---------------------------------------------------------------------------
# With the runtime: build, serve, and check a draft in chromium
# ---------------------------------------------------------------------------

#: A reply with a known mistake, the buyer's message quoted under it. The
#: emoji before "but" is two UTF-16 units and one code point: a highlight
#: computed in UTF-16 would land one character off.
REPLY = (
    "Hi Dana 🙏 I understand the timing is tight, but we need a decision by Friday.\n"
    "\n"
    "Best,\n"
    "Jordan\n"
    "\n"
    "On Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@example.com> wrote:\n"
    "> The timing is tight for us this quarter, but legal has not signed off yet.\n"
)
CALL = (
    "CFO: Honestly, this comes in well above what we budgeted for, but I get it.\n"
    "AE: I completely understand, but our price is fixed. (pause)\n"
)


def span_words(text: str, f) -> str:
    lines = text.split("\n")
    if f.line == f.end_line:
        return lines[f.line - 1][f.column - 1 : f.end_column - 1]
    parts = [lines[f.line - 1][f.column - 1 :], *lines[f.line : f.end_line - 1], lines[f.end_line - 1][: f.end_column - 1]]
    return "\n".join(parts)




@pytest.fixture(scope="module")
def playground_site(tmp_path_factory) -> Path:
    runtime, why = tool.locate(ROOT)
    if runtime is None:
        pytest.skip(
            f"the playground's browser test needs the Pyodide runtime ({why}): "
            f"npm install --no-save pyodide@{tool.PYODIDE_VERSION} at the root of the repository, "
            f"or set {tool.DIR_ENV} to a folder with the npm package's files"
        )
    out = tmp_path_factory.mktemp("playground") / "site"
    env = {tool.ENABLE_ENV: "1"}
    if os.environ.get(tool.DIR_ENV):
        env[tool.DIR_ENV] = os.environ[tool.DIR_ENV]
    proc = build_site(out, **env)
    assert proc.returncode == 0, f"mkdocs build --strict with the playground failed:\n{proc.stdout}\n{proc.stderr}"
    assert "WARNING" not in proc.stderr, proc.stderr
    return out


@pytest.fixture(scope="module")
def playground_served(playground_site):
    with serve(playground_site) as url:
        yield url


def test_the_build_copies_only_the_runtime_files_and_the_wheels(playground_site):
    folder = playground_site / tool.SITE_FOLDER
    assert sorted(p.name for p in (folder / "pyodide").iterdir()) == sorted(tool.RUNTIME_FILES)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    wheels = [Path(w["file"]).name for w in manifest["wheels"]]
    assert [w.split("-")[0] for w in wheels] == ["click", "markdown_it_py", "mdurl", "active_empathy"]
    assert all(w.endswith("-py3-none-any.whl") for w in wheels)
    assert sorted(p.name for p in (folder / "wheels").iterdir()) == sorted(wheels)
    assert manifest["pyodide"] == tool.PYODIDE_VERSION or os.environ.get(tool.DIR_ENV)
    html = page_html(playground_site)
    assert 'id="ae-playground"' in html and "The playground is not part of this build" not in html
    assert tool.PRIVACY in text_of(html)
    for page in playground_site.rglob("*.html"):
        if page.parent.name != "playground":
            assert "playground.js" not in page.read_text("utf-8"), page


def test_browser_checks_a_pasted_draft_like_the_cli(playground_served, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=playground_served.rstrip("/"))
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        # Another page loads none of it.
        page.goto(playground_served, wait_until="networkidle")
        assert not [u for u in requests if "/playground/" in u or "playground.js" in u]

        started = time.monotonic()
        page.goto(playground_served + "playground/", wait_until="networkidle")
        assert not [u for u in requests if "/pyodide/" in u or "/wheels/" in u], "Pyodide loaded before the form was used"
        assert tool.PRIVACY in page.locator(".ae-playground__privacy").inner_text()

        # The rep pastes a reply and presses Check.
        page.locator('input[name="kind"][value="reply.txt"]').check()
        draft = page.locator("#ae-playground-text")
        draft.click()
        page.evaluate("text => navigator.clipboard.writeText(text)", REPLY)
        page.keyboard.press("Control+V")
        if draft.input_value() != REPLY:  # no clipboard in this browser: type it in at once
            draft.fill(REPLY)
        assert draft.input_value() == REPLY
        page.get_by_role("button", name="Check").click()
        result = page.locator(".ae-playground__result")
        result.locator(".ae-finding").first.wait_for(state="visible", timeout=120_000)
        seconds = time.monotonic() - started
        page.screenshot(path=ARTIFACTS / "playground.png", full_page=True)

        # The same findings as the CLI, at the same words.
        expected = linter.lint_text(REPLY, "reply.txt")
        assert "but-bridge" in [f.rule for f in expected]
        items = result.locator(".ae-finding")
        assert items.count() == len(expected)
        for i, f in enumerate(expected):
            item = items.nth(i)
            assert item.locator(".ae-finding__pos").inner_text() == f"line {f.line}"
            assert item.locator(".ae-finding__pos").get_attribute("title") == f"line {f.line}, column {f.column}"
            assert item.locator(".ae-finding__rule").inner_text() == f.rule
            assert item.locator(".ae-finding__message").inner_text() == f.message
            if f.suggestion:
                assert f.suggestion in item.locator(".ae-finding__suggestion").inner_text()
        but = next(f for f in expected if f.rule == "but-bridge")
        assert span_words(REPLY, but) == "but"
        flagged = result.locator("mark.ae-flag--focus")
        marks = [(flagged.nth(i).inner_text(), flagged.nth(i).get_attribute("title").split(", "))
                 for i in range(flagged.count())]
        assert [words for words, rules in marks if "but-bridge" in rules] == ["but"], marks
        for f in expected:  # every finding's words, exactly, in the marks that name its rule
            all_marks = result.locator("mark")
            words = "".join(all_marks.nth(i).inner_text() for i in range(all_marks.count())
                            if f.rule in all_marks.nth(i).get_attribute("title").split(", "))
            assert words == span_words(REPLY, f), f
        # The buyer's quoted "but" is context, not flagged.
        line7 = result.locator(".ae-code__line").nth(6)
        assert "legal has not signed off" in line7.inner_text() and line7.locator("mark").count() == 0

        # The finding links to its rule's page.
        link = items.nth([f.rule for f in expected].index("but-bridge")).locator("a.ae-finding__rule")
        assert urlsplit(link.evaluate("a => a.href")).path == "/linter/rules/but-bridge/"
        assert result.locator(".ae-example__file").get_attribute("data-file") == "reply.txt"
        assert result.locator(".ae-example__file").inner_text() == "Checked as an email reply"

        # A call script: only the rep's turn is linted, the engine already loaded.
        page.locator('input[name="kind"][value="call.txt"]').check()
        draft.fill(CALL)
        page.get_by_role("button", name="Check").click()
        expected_call = linter.lint_text(CALL, "call.txt")
        page.wait_for_function(
            "([n, file]) => document.querySelector('.ae-playground__result .ae-example__file')?.dataset.file === file"
            " && document.querySelectorAll('.ae-playground__result .ae-finding').length === n",
            arg=[len(expected_call), "call.txt"], timeout=30_000,
        )
        assert all(f.line == 2 for f in expected_call)
        shown = [result.locator(".ae-finding__pos").nth(i).inner_text() for i in range(len(expected_call))]
        assert shown == [f"line {f.line}" for f in expected_call]
        assert result.locator(".ae-code__line").nth(0).locator("mark").count() == 0  # the CFO's "but" is the buyer's
        page.screenshot(path=ARTIFACTS / "playground-call.png", full_page=True)

        result.locator("a.ae-finding__rule", has_text="but-bridge").click()
        page.wait_for_load_state("networkidle")
        assert urlsplit(page.url).path == "/linter/rules/but-bridge/"
        assert page.locator("h1").inner_text().strip().rstrip("¶") == "but-bridge"
    finally:
        context.close()
    assert not errors, errors
    loaded = [urlsplit(u).path for u in requests]
    assert "/playground/pyodide/pyodide.asm.wasm" in loaded
    assert any(p.startswith("/playground/wheels/active_empathy-") for p in loaded)
    _only_local(requests)
    print(f"\nplayground: first findings {seconds:.1f} s after opening the page")
