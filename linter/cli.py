"""The ``empathy-lint`` command: options, config, engine, format, exit code."""

from __future__ import annotations

import os
import sys

import click

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
PARALLEL_THRESHOLD = 24


def _split_ids(values) -> tuple[str, ...]:
    from .config import rule_ids

    return rule_ids(list(values), "command line") if values else ()


def _list_rules(ctx, _param, value):
    if not value or ctx.resilient_parsing:
        return
    from .rules import REGISTRY, summary

    width = max(len(i) for i in REGISTRY)
    for rid, module in REGISTRY.items():
        click.echo(f"{rid:<{width}}  {module.SEVERITY:<7}  {summary(module)}")
    ctx.exit(0)


def _explain(ctx, _param, value):
    if not value or ctx.resilient_parsing:
        return
    from .rules import UnknownRule, get

    try:
        module = get(value)
    except UnknownRule:
        click.echo(f"empathy-lint: error: unknown rule id '{value}' (see --list-rules)", err=True)
        ctx.exit(EXIT_ERROR)
    click.echo(f"# {module.ID} (default severity: {module.SEVERITY})\n")
    click.echo((module.__doc__ or "").strip())
    ctx.exit(0)


def _lint_one(job):
    """Lint one target; runs in a worker process for large batches."""
    path, display, text, config = job
    from . import lint_text
    from .files import InputError, read_text

    try:
        if text is None:
            text = read_text(path, config.max_file_size)
        if not text.strip():
            return [], None, f"{display}: empty file, nothing to lint"
        return lint_text(text, path if path != "-" else display, config, display), None, None
    except InputError as exc:
        return [], exc, None
    except Exception as exc:  # a reader bug must not hide the other files
        return [], InputError(display, f"could not be read as a draft ({type(exc).__name__}: {exc})"), None


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that makes the exit status 1 [default: warning].")
@click.option("--select", multiple=True, metavar="IDS", help="Only these rules (comma-separated; repeatable).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rules (comma-separated; repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders matching GLOB while walking folders (repeatable).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, help="Use this config file instead of searching for one.")
@click.option("--stdin-filename", default=None, metavar="NAME", help="File name for standard input ('-'): picks the reader by extension.")
@click.option("--color/--no-color", default=None, help="Colour and group the text output [default: when writing to a terminal].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Lint files in parallel [default: number of cores].")
@click.option("--list-rules", is_flag=True, expose_value=False, is_eager=True, callback=_list_rules, help="List the rules and exit.")
@click.option("--explain", metavar="RULE", expose_value=False, is_eager=True, callback=_explain, help="Print one rule's documentation and exit.")
@click.version_option(package_name="active-empathy", prog_name="empathy-lint")
def main(paths, fmt, fail_on, select, ignore, exclude, config_path, stdin_filename, color, jobs):
    """Lint sales emails and call scripts against the Active Empathy playbook.

    PATHS are files, folders (linted recursively for .md, .markdown, .txt,
    .eml, .html, .htm) or '-' for standard input. Exit status: 0 no finding
    at or above --fail-on, 1 findings, 2 usage, config or input errors.
    """
    from .config import ConfigError, Finder
    from .files import InputError, walk
    from .formats import render

    def error(message: str) -> None:
        click.echo(f"empathy-lint: error: {message}", err=True)

    if not paths:
        error("no paths given (try: empathy-lint drafts/ or empathy-lint - < draft.txt)")
        sys.exit(EXIT_ERROR)
    try:
        cli_select = _split_ids(select)
        cli_ignore = _split_ids(ignore)
        finder = Finder(config_path)
    except ConfigError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)

    def config_for(path):
        return finder.for_path(path).with_overrides(cli_select or None, cli_ignore, fail_on, exclude)

    jobs_list = []
    walked: set[str] = set()
    errors: list[InputError] = []
    notices: list[str] = []
    failed = False
    try:
        for target in walk(paths, config_for, exclude):
            if isinstance(target, InputError):
                errors.append(target)
                continue
            if target.path == "-":
                display = stdin_filename or "-"
                data = sys.stdin.buffer.read()
                try:
                    from .files import decode

                    text = decode(data, display)
                except InputError as exc:
                    errors.append(exc)
                    continue
                cfg = config_for(stdin_filename if stdin_filename else None)
                jobs_list.append((stdin_filename or "draft.txt", "-", text, cfg))
            else:
                jobs_list.append((target.path, target.path, None, config_for(target.path)))
                if not target.explicit:
                    walked.add(target.path)
    except ConfigError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)

    workers = jobs or os.cpu_count() or 1
    if workers > 1 and len(jobs_list) >= PARALLEL_THRESHOLD:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_lint_one, jobs_list, chunksize=max(1, len(jobs_list) // (workers * 8))))
    else:
        results = [_lint_one(job) for job in jobs_list]

    findings = []
    for (path, display, _text, cfg), (found, exc, notice) in zip(jobs_list, results):
        if notice:
            notices.append(notice)
        if exc is not None:
            if exc.skippable and path in walked:
                notices.append(f"{exc} (skipped)")
            else:
                errors.append(exc)
            continue
        threshold = SEVERITY_RANK[cfg.fail_on]
        failed = failed or any(SEVERITY_RANK[f.severity] >= threshold for f in found)
        findings.extend(found)

    findings.sort(key=lambda f: f.sort_key())
    use_color = color if color is not None else (fmt == "text" and sys.stdout.isatty())
    out = render(fmt, findings, color=use_color)
    if out:
        click.echo(out, nl=False)
    for notice in notices:
        click.echo(f"empathy-lint: {notice}", err=True)
    for exc in errors:
        error(str(exc))
    if use_color and fmt == "text":
        n = len(findings)
        files = len({f.path for f in findings})
        click.echo(f"{n} finding{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}." if n else "No findings.")
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
