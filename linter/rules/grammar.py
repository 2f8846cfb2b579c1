"""Grammar and spelling, from a LanguageTool server, in the rep's words only.

## What it does
Sends the rep's prose (never the buyer's words, code or merge fields) to a
[LanguageTool](https://languagetool.org) server and reports its grammar
and spelling matches, at the exact line and column in your file. The
message is LanguageTool's, with its rule id in brackets (to switch that
rule off with `disabled-rules`); the suggestion is its first replacement.

It runs only when a LanguageTool server is configured:

- `languagetool-url` in the config (`languagetool-url = "http://localhost:8081"`), or
- the `LANGUAGETOOL_URL` environment variable, or
- a LanguageTool that language-tool-python has already downloaded (in its
  `LTP_PATH`, or its default cache folder), which it starts locally when
  Java is on the PATH.

With none of these it finds nothing and says nothing. When a configured
server cannot be used (unreachable, too slow, an error answer), empathy-lint
says so in one line on standard error and the other rules go on; the exit
status only changes with `--require-grammar`.

Install the optional extra for the local mode: `pip install 'active-empathy[grammar]'`
(talking to a server needs nothing extra).

### Running a LanguageTool server for a team
LanguageTool is a Java program and needs Java 17 or newer. One server
serves a whole team (no LanguageTool server can be installed with pip):

1. Install Java 17+ (for example `apt-get install openjdk-17-jre-headless`).
2. Download the LanguageTool zip (`LanguageTool-6.x.zip`) from
   languagetool.org and unzip it.
3. Start it: `java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port 8081 --public`
   (without `--public` it accepts connections from its own machine only).
   Community-maintained Docker images wrap the same command.
4. Point empathy-lint at it: `export LANGUAGETOOL_URL=http://lt.internal:8081`,
   or `languagetool-url = "http://lt.internal:8081"` under `[tool.empathy-lint]`.

Drafts are sent to that server in plain text, so run it inside your own
network; the public languagetool.org API works too, within its request
limits, for drafts you are allowed to send out.

## Why is this bad?
A reply with typos reads as rushed, and a rushed reply undercuts the
attention that empathy is meant to show. The playbook's conclusion:

> Active Empathy is not about being “nice.” It’s about being accurate.

## Example
```console
$ cat reply.txt
Thanks for sharing teh rollout notes. Would a call on Thursday help?
$ LANGUAGETOOL_URL=http://localhost:8081 empathy-lint reply.txt
reply.txt:1:20: grammar Possible spelling mistake found. [MORFOLOGIK_RULE_EN_US]
```

## Use instead
```txt
Thanks for sharing the rollout notes. Would a call on Thursday help?
```

## References
- Playbook, "Conclusion": “Active Empathy is not about being ‘nice.’ It’s about being accurate.” (the quality of the draft)
- LanguageTool HTTP API: `POST /v2/check`.
"""  # noqa: E501 (the rule page: playbook quotes and examples stay whole)

from __future__ import annotations

import functools
from collections.abc import Iterator

from ..document import Document
from ..finding import Hit
from .meta import BOOLEAN, INTEGER, NUMBER, STRING, STRINGS, URL, Option

ID = "grammar"
SEVERITY = "info"
OPTIONS = (
    Option(
        "languagetool-url", URL, "",
        "The LanguageTool server, such as `http://localhost:8081` (`LANGUAGETOOL_URL` is the fallback).",
        key="languagetool-url",
    ),
    Option("language", STRING, "en-US", "The language code sent to LanguageTool."),
    Option("timeout", NUMBER, 10, "Seconds to wait for each answer."),
    Option(
        "max-request-chars", INTEGER, 20_000,  # linter.languagetool.DEFAULT_MAX_CHARS
        "The most text sent in one request (a smaller limit the server announces wins).",
    ),
    Option(
        "disabled-rules", STRINGS, ("WHITESPACE_RULE",),
        "LanguageTool rule ids to switch off (`WHITESPACE_RULE`: double spaces are left behind "
        "where stage directions and comments are taken out).",
    ),
    Option("required", BOOLEAN, False, 'Treat "no server configured" as an error too.', flag="--require-grammar"),
)
PHRASE_LISTS: tuple[str, ...] = ()

NOT_CONFIGURED = (
    "grammar: no LanguageTool server configured (set languagetool-url or LANGUAGETOOL_URL); grammar not checked"
)


def _may_run(options: dict) -> bool:
    """Cheap test, before loading any networking module: is there anything to talk to?"""
    import os

    if options.get("required") or (options.get("languagetool-url") or "").strip():
        return True
    return _server_or_local_install(os.environ.get("LANGUAGETOOL_URL", ""), os.environ.get("LTP_PATH", ""), os.environ.get("HOME", ""))


@functools.lru_cache(maxsize=8)
def _server_or_local_install(url: str, ltp_path: str, home: str) -> bool:
    """A server in the environment, or language-tool-python's local install (looked for once per setting;
    ``home`` is part of the setting because ``Path.home()`` reads it)."""
    from pathlib import Path

    if url.strip():
        return True
    return Path(ltp_path or Path.home() / ".cache" / "language_tool_python").is_dir()


def check(doc: Document, options: dict) -> Iterator[Hit]:
    if not _may_run(options):
        return
    from .. import languagetool  # networking modules load only when grammar may run

    language = options.get("language") or "en-US"
    base = languagetool.endpoint(options.get("languagetool-url"), language)
    if base is None:
        if options.get("required"):
            raise languagetool.GrammarUnavailable(NOT_CONFIGURED)
        return
    matches = languagetool.check_document(
        doc,
        base,
        language=language,
        timeout=float(options.get("timeout") or 10),
        max_chars=int(options.get("max-request-chars") or languagetool.DEFAULT_MAX_CHARS),
        disabled_rules=tuple(options.get("disabled-rules") or ()),
    )
    for m in matches:
        message = m.message if not m.rule_id else f"{m.message} [{m.rule_id}]"
        yield Hit(m.start, m.end, message, m.replacements[0] if m.replacements else None)
