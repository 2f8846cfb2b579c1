"""The "Check a draft" playground on the site (``tools/playground.py`` does the work).

``<!-- site:playground -->`` becomes the playground (the linter in the
browser, with Pyodide) when a Pyodide runtime is found, and instructions to
enable it otherwise; the runtime and the wheels the page loads are copied
into ``site/playground/`` after the build (:func:`build_playground`).
``tools/playground.py`` is a command of the repository, not part of any
package: it is imported from the repository the site is built from.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from site_state import STATE, page_url

log = logging.getLogger("mkdocs.hooks.active_empathy")


def _playground_tool():
    """``tools/playground.py`` of the repository, imported once (it is not part of the package)."""
    module = sys.modules.get("ae_tools_playground")
    if module is not None:
        return module
    import importlib.util

    path = Path(STATE.root or ".") / "tools" / "playground.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("ae_tools_playground", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[spec.name]
        raise
    return module



def playground_md(page_src: str | None) -> str:
    """The playground, or how to enable it when the build has no Pyodide runtime."""
    from mkdocs.utils import get_relative_url

    tool = _playground_tool()
    if tool is None:
        STATE.problem("<!-- site:playground -->: tools/playground.py is missing from the repository")
        return ""
    if STATE.playground is None:
        try:
            STATE.playground = tool.prepare(Path(STATE.root or "."))
        except tool.PlaygroundError as exc:
            STATE.problem(f"<!-- site:playground -->: {exc}")
            STATE.playground = (None, str(exc))
    runtime, why = STATE.playground
    if runtime is None:
        log.info("the playground is left out (%s); its page says how to enable it", why)
        return tool.instructions_md(why)
    STATE.playground_pages.append(page_src or "")
    url = page_url(page_src or "")
    return tool.ui_html(
        base=get_relative_url(f"{tool.SITE_FOLDER}/", url),
        rules=get_relative_url("linter/rules/", url),
        script=get_relative_url("javascripts/playground.js", url),
    )


def build_playground(config) -> None:
    runtime = (STATE.playground or (None, ""))[0]
    if runtime is None or not STATE.playground_pages:
        return
    tool = _playground_tool()
    try:
        manifest = tool.build(Path(STATE.root or "."), Path(config["site_dir"]), runtime)
        log.info(
            "the playground: Pyodide %s and %d wheels, %.1f MB, in %s/",
            manifest["pyodide"], len(manifest["wheels"]), manifest["bytes"] / 1e6, tool.SITE_FOLDER,
        )
    except tool.PlaygroundError as exc:
        STATE.page = None
        STATE.problem(f"the playground: {exc}")
