"""The MkDocs hook of the Active Empathy site (``hooks:`` in ``mkdocs.yml``).

It walks into the same pieces as the CLI, never around them, through the
linter's public API. The work is done by the modules beside this file:

- ``site_state``: the build state (problems collected while building) and the
  doors to the linter;
- ``site_rules``: one page per rule of :data:`linter.rules.REGISTRY`, generated
  from the rule module (:func:`site_rules.rule_page_md`), its examples linted at
  build time; the rules index; the CLI options table;
- ``site_dialogues``: call scripts drawn with the linter's own reading of who
  speaks, and the ``dialogue`` fence;
- ``site_placeholders``: the ``<!-- phrasebank:... -->`` and ``<!-- site:... -->``
  lines of a page;
- ``site_playground``: the "Check a draft" playground.

MkDocs loads this file with its folder on ``sys.path``, so the modules beside
it are imported once, by their own names: every event and the fence
formatter share one build state. The ``dialogue`` fence is registered with
pymdownx.superfences here (:func:`on_config`), not in ``mkdocs.yml``.

Problems found while building (an example that gives the wrong findings, an
unknown placeholder, ...) fail the build at the end with a
:class:`mkdocs.exceptions.PluginError` listing all of them.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from site_dialogues import dialogue_format, dialogue_validator
from site_placeholders import PLACEHOLDER, expand_placeholders
from site_playground import build_playground
from site_rules import RULES_INDEX_PAGE, add_rules_to_nav, rule_page_md
from site_state import STATE, registry

_RULE_HREF = re.compile(r'href="ae-rule:([\w-]+)(#[\w-]*)?"')

#: The ``dialogue`` fence: ```` ```dialogue lint="before"|"after" ````.
DIALOGUE_FENCE = {
    "name": "dialogue",
    "class": "dialogue",
    "validator": dialogue_validator,
    "format": dialogue_format,
}


def _register_dialogue_fence(config) -> None:
    """Add the ``dialogue`` custom fence to pymdownx.superfences' configuration."""
    if "pymdownx.superfences" not in config["markdown_extensions"]:
        config["markdown_extensions"].append("pymdownx.superfences")
    options = config["mdx_configs"].setdefault("pymdownx.superfences", {})
    fences = [f for f in options.get("custom_fences", []) if f.get("name") != "dialogue"]
    options["custom_fences"] = [*fences, DIALOGUE_FENCE]


def on_config(config, **kwargs):
    STATE.reset()
    STATE.rule_ids = tuple(registry())
    if config.config_file_path:
        STATE.root = str(Path(config.config_file_path).resolve().parent)
    _register_dialogue_fence(config)
    if config.get("nav"):
        add_rules_to_nav(config["nav"], STATE.rule_ids)
    return config


def on_files(files, config, **kwargs):
    from mkdocs.structure.files import File

    STATE.files = files
    for f in files.documentation_pages():
        try:
            text = f.content_string
        except Exception:  # pragma: no cover
            continue
        for line in text.splitlines():
            m = PLACEHOLDER.match(line)
            if m:
                STATE.hosts.setdefault(m.group("name"), f.src_uri)
    if files.get_file_from_path("linter/rules/index.md") is None:
        files.append(File.generated(config, "linter/rules/index.md", content=RULES_INDEX_PAGE))
        STATE.hosts.setdefault("rules-index", "linter/rules/index.md")
    for rule_id, module in registry().items():
        src = f"linter/rules/{rule_id}.md"
        if files.get_file_from_path(src) is not None:
            STATE.problem(f"{src} exists in docs/; rule pages are generated, remove it")
            continue
        STATE.page = src
        files.append(File.generated(config, src, content=rule_page_md(rule_id, module)))
    STATE.page = None
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    STATE.page = page.file.src_uri
    return expand_placeholders(markdown, page.file.src_uri)


def on_page_content(html_text, page, config, files, **kwargs):
    def link(m: re.Match) -> str:
        rule_id, fragment = m.group(1), m.group(2) or ""
        target = files.get_file_from_path(f"linter/rules/{rule_id}.md")
        if target is None:
            STATE.problem(f"a finding links to rule {rule_id!r}, which has no page")
            return 'href="#"'
        from mkdocs.utils import get_relative_url

        return f'href="{get_relative_url(target.url, page.url)}{fragment}"'

    STATE.page = page.file.src_uri
    html_text = _RULE_HREF.sub(link, html_text)
    html_text = _sized_images(html_text, page, files)
    html_text = labelled_tables(html_text)
    STATE.page = None
    return html_text


_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_CELL = re.compile(r"<(td|th)\b([^>]*)>(.*?)</\1>", re.S)


def labelled_tables(html_text: str) -> str:
    """Each body cell of a table gets its column's heading as ``data-label``.

    On a phone (extra.css) a table is shown as a stack of cards, one per
    row, each cell under its label: no column is ever cut off.
    """

    def table(m: re.Match) -> str:
        body = m.group(1)
        head, sep, rest = body.partition("</thead>")
        if not sep:
            return m.group(0)
        labels = [" ".join(re.sub(r"<[^>]*>", "", c[2]).split()) for c in _CELL.findall(head)]

        def row(r: re.Match) -> str:
            index = iter(range(10_000))

            def cell(c: re.Match) -> str:
                i = next(index)
                if c.group(1) != "td" or i >= len(labels) or "data-label" in c.group(2):
                    return c.group(0)
                label = labels[i].replace('"', "&quot;")
                return f'<td{c.group(2)} data-label="{label}">{c.group(3)}</td>'

            return _CELL.sub(cell, r.group(0))

        rest = re.sub(r"<tr\b.*?</tr>", row, rest, flags=re.S)
        return f'<table class="ae-table" data-columns="{len(labels)}">{head}</thead>{rest}</table>'

    return _TABLE.sub(table, html_text)


def on_page_context(context, page, config, nav, **kwargs):
    # The theme writes the description into an attribute as it is: escape it
    # (a rule's summary quotes words: A "but", "however" ...).
    from markupsafe import Markup

    description = page.meta.get("description")
    if isinstance(description, str) and not isinstance(description, Markup):
        page.meta["description"] = Markup(html.escape(" ".join(description.split()), quote=True))
    return context


_IMG = re.compile(r"<img\b[^>]*>")
_SVG_SIZE = re.compile(rb"<svg\b[^>]*?\bviewBox=[\"']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)")


def _sized_images(html_text: str, page, files) -> str:
    """Give local SVG images their width and height, so the page does not shift as they load."""

    def size(m: re.Match) -> str:
        tag = m.group(0)
        src = re.search(r'\bsrc="([^"]+\.svg)"', tag)
        if not src or " width=" in tag or "://" in src.group(1):
            return tag
        base = page.url if page.url.endswith("/") else posixpath.dirname(page.url)
        target = posixpath.normpath(posixpath.join(base or ".", src.group(1))).lstrip("/")
        file = files.get_file_from_path(target)
        found = _SVG_SIZE.search(file.content_bytes[:4096]) if file is not None else None
        if not found:
            return tag
        width, height = (round(float(v)) for v in found.groups())
        return tag.replace("<img", f'<img width="{width}" height="{height}"', 1)

    return _IMG.sub(size, html_text)


def on_post_page(output, page, config, **kwargs):
    # Material's search overlay is a dialog without a name; screen readers need one.
    return output.replace(
        '<div class="md-search" data-md-component="search" role="dialog">',
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">',
    )

def on_post_build(config, **kwargs):
    build_playground(config)
    problems, STATE.problems = STATE.problems, []
    if problems:
        from mkdocs.exceptions import PluginError

        raise PluginError(
            f"the site does not agree with the linter ({len(problems)} problem"
            f"{'s' if len(problems) != 1 else ''}):\n  - " + "\n  - ".join(problems)
        )
