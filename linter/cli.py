"""The ``empathy-lint`` command: options, config, engine, format, exit code."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

import click

from .formats import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
PARALLEL_THRESHOLD = 24
PROGRESS_THRESHOLD = 50  # files; a progress bar only on a terminal


def _say(line: str) -> None:
    """One line on standard error, every control character in it escaped."""
    from .escape import terminal

    click.echo(terminal(line), err=True)


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
        _say(f"empathy-lint: error: unknown rule id '{value}' (see --list-rules)")
        ctx.exit(EXIT_ERROR)
    click.echo(f"# {module.ID} (default severity: {module.SEVERITY})\n")
    click.echo((module.__doc__ or "").strip())
    ctx.exit(0)


@dataclass(frozen=True)
class Outcome:
    """What linting (and fixing) one target gave; crosses process boundaries."""

    findings: list = field(default_factory=list)
    error: Exception | None = None  # an InputError: exit status 2
    notice: str | None = None
    opener: object = None  # the library's view of the file (linter.library.Opener)
    fix: object = None  # linter.fix.FileFix, with --fix / --diff
    fix_error: str | None = None  # a file --fix refused or could not write
    fix_failed: bool = False  # could not write: exit status 2
    unavailable: tuple = ()  # rules that could not run (grammar without its server)
    warnings: tuple = ()  # one line each: an unknown rule id in an inline control comment


def _lint_one(job) -> Outcome:
    """Lint one target (and fix it, with --fix / --diff); runs in a worker process for large batches."""
    path, display, text, config, mode = job
    from . import library
    from .engine import lint
    from .files import InputError, read_text
    from .readers import read

    try:
        if text is None:
            text = read_text(path, config.max_file_size)
        if not text.lstrip("\ufeff").strip():
            return Outcome(notice=f"{display}: empty file, nothing to lint")
        document = read(text, path if path != "-" else display, config.speakers)
        problems: list[str] = []
        warnings: list[str] = []
        found = lint(document, config, display, problems, warnings)
        opener = library.opener(document)
    except InputError as exc:
        return Outcome(error=exc)
    except Exception as exc:  # a reader bug must not hide the other files
        return Outcome(error=InputError(display, f"could not be read as a draft ({type(exc).__name__}: {exc})"))
    if not mode:
        return Outcome(found, opener=opener, unavailable=tuple(problems), warnings=tuple(warnings))
    from .fix import FixError, fix_file

    after: dict = {}

    def relint(new: str) -> list:
        after["document"] = read(new, path, config.speakers)
        after["findings"] = lint(after["document"], config, display)
        return after["findings"]

    try:
        unsafe = mode.endswith("+unsafe")
        fixed = fix_file(path, text, found, write=mode.startswith("fix"), filename=path, relint=relint, unsafe=unsafe)
    except FixError as exc:
        return Outcome(found, opener=opener, fix_error=str(exc), fix_failed=exc.write_failed)
    except Exception as exc:  # a reader bug while checking the fix: nothing was written
        return Outcome(found, opener=opener, fix_error=f"{display}: not fixed ({type(exc).__name__}: {exc})")
    if mode.startswith("fix") and fixed.changed:  # report what is left in the file as written
        found = after["findings"]
        opener = library.opener(after["document"])
    return Outcome(found, opener=opener, fix=fixed, unavailable=tuple(problems), warnings=tuple(warnings))


_PARENT: int | None = None  # in a worker process: the pid of the run that started it
_PPID: int | None = None  # and its own parent then (the run itself, or a fork server)


def _orphan_guard(parent: int) -> None:
    """Worker initializer: stop when the parent run dies (``kill -9`` included).

    On Linux the kernel sends SIGTERM to the worker when its parent dies
    (``prctl(PR_SET_PDEATHSIG)``); everywhere, :func:`_orphaned` is checked
    before each file, so an orphan never fixes another one.
    """
    global _PARENT, _PPID
    _PARENT, _PPID = parent, os.getppid()
    if sys.platform.startswith("linux") and _PPID == parent:
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if _orphaned():  # the run died before the guard was set
        os._exit(1)


def _orphaned() -> bool:
    """True in a worker whose parent run is gone."""
    if _PARENT is None:
        return False
    if os.getppid() != _PPID:
        return True
    if _PPID != _PARENT:  # started by a fork server: ask about the run itself
        try:
            os.kill(_PARENT, 0)
        except ProcessLookupError:
            return True
        except OSError:
            pass
    return False


def _lint_in_worker(job) -> Outcome:
    """:func:`_lint_one` in a worker process, unless the run that asked for it is gone."""
    if _orphaned():
        os._exit(1)
    return _lint_one(job)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A one-line progress bar on standard error (only ever on a terminal)."""

    WIDTH = 30

    def __init__(self, total: int, stream) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self._last = -1.0

    def step(self, item):
        import time

        self.done += 1
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\rempathy-lint [{bar}] {self.done}/{self.total} files")
            self.stream.flush()
        return item

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def _run(jobs_list, workers: int, progress: "_Progress | None") -> list[Outcome]:
    """Outcomes in the order of ``jobs_list``, whether run in parallel or not."""
    step = progress.step if progress else (lambda item: item)
    try:
        if workers > 1 and len(jobs_list) >= PARALLEL_THRESHOLD:
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            workers = min(workers, len(jobs_list))
            try:
                with ProcessPoolExecutor(max_workers=workers, initializer=_orphan_guard, initargs=(os.getpid(),)) as pool:
                    chunks = max(1, len(jobs_list) // (workers * 8))
                    return [step(r) for r in pool.map(_lint_in_worker, jobs_list, chunksize=chunks)]
            except (OSError, BrokenProcessPool, NotImplementedError):
                if progress:
                    progress.done = 0
                # no worker processes here (a sandbox without semaphores): lint serially;
                # fixes are idempotent, so files a worker already fixed come out the same
        return [step(_lint_one(job)) for job in jobs_list]
    finally:
        if progress:
            progress.close()


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # an unreadable path: one line from the reader
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format: text, json, github (workflow annotations) or sarif (code scanning).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that makes the exit status 1 [default: warning].")
@click.option("--select", multiple=True, metavar="IDS", help="Only these rules (comma-separated; repeatable).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rules (comma-separated; repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and folders matching GLOB while walking folders (repeatable).")
@click.option("--config", "config_path", type=click.Path(readable=False), default=None, help="Use this config file instead of searching for one.")
@click.option("--stdin-filename", default=None, metavar="NAME", help="File name for standard input ('-'): picks the reader by extension.")
@click.option("--color/--no-color", default=None, help="Colour and group the text output [default: when writing to a terminal].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Lint files in parallel [default: number of cores].")
@click.option("--fix", is_flag=True, help="Apply the safe fixes (a 'but' between an acknowledgment and your own position becomes 'and') in place, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply the fixes that may change the meaning (marked as such in --diff).")
@click.option("--diff", is_flag=True, help="Print the changes --fix would make as a unified diff on standard output; write nothing.")
@click.option("--statistics", is_flag=True, help="After the findings, print how many each rule has.")
@click.option("--require-grammar", is_flag=True, help="Exit 2 when the grammar check cannot run (no LanguageTool server, or it failed).")
@click.option("--strict", is_flag=True, help="Exit 2 when a file or folder met while walking is skipped (binary, too large, not a regular file, unreadable).")
@click.option("--show-config", is_flag=True, help="Print which config file applies to each path on standard error, then lint.")
@click.option("--list-rules", is_flag=True, expose_value=False, is_eager=True, callback=_list_rules, help="List the rules and exit.")
@click.option("--explain", metavar="RULE", expose_value=False, is_eager=True, callback=_explain, help="Print one rule's documentation and exit.")
@click.version_option(package_name="active-empathy", prog_name="empathy-lint")
def main(paths, fmt, fail_on, select, ignore, exclude, config_path, stdin_filename, color, jobs, fix, unsafe_fixes, diff, statistics, require_grammar, strict, show_config):
    """Lint sales emails and call scripts against the Active Empathy playbook.

    PATHS are files, folders (linted recursively for .md, .markdown, .txt,
    .eml, .html, .htm) or '-' for standard input. Exit status: 0 no finding
    at or above --fail-on, 1 findings, 2 usage, config or input errors.
    """
    from . import library
    from .config import ConfigError, Finder
    from .files import InputError, walk
    from .formats import render

    def error(message: str) -> None:
        _say(f"empathy-lint: error: {message}")

    if not paths:
        error("no paths given (try: empathy-lint drafts/ or empathy-lint - < draft.txt)")
        sys.exit(EXIT_ERROR)
    mode = "diff" if diff else "fix" if fix else None
    if mode and "-" in paths:
        error(f"--{mode} works on files, not on standard input ('-')")
        sys.exit(EXIT_ERROR)
    try:
        cli_select = _split_ids(select)
        cli_ignore = _split_ids(ignore)
        finder = Finder(config_path)
    except ConfigError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)

    def config_for(path):
        return finder.for_path(path).with_overrides(cli_select or None, cli_ignore, fail_on, exclude, require_grammar)

    jobs_list = []
    walked: set[str] = set()
    errors: list[InputError] = []
    notices: list[str] = []
    skipped = 0  # files and folders met while walking but not linted
    failed = False
    try:
        for target in walk(paths, config_for, exclude):
            if isinstance(target, str):  # a files.Notice: a folder not walked, or nothing to lint in one
                notices.append(target)
                continue
            if isinstance(target, InputError):
                if target.skippable:  # met while walking: a FIFO, a device, a folder that cannot be read
                    notices.append(f"{target} (skipped)")
                    skipped += 1
                else:
                    errors.append(target)
                continue
            if target.path == "-":
                display = stdin_filename or "-"
                cfg = config_for(stdin_filename if stdin_filename else None)
                try:
                    from .files import decode, read_bounded

                    text = decode(read_bounded(sys.stdin.buffer, display, cfg.max_file_size), display)
                except InputError as exc:
                    errors.append(exc)
                    continue
                except OSError as exc:
                    errors.append(InputError(display, f"cannot read standard input: {exc.strerror or exc}"))
                    continue
                jobs_list.append((stdin_filename or "draft.txt", "-", text, cfg, None))
            else:
                jobs_list.append((target.path, target.path, None, config_for(target.path), mode and mode + ("+unsafe" if unsafe_fixes else "")))
                if not target.explicit:
                    walked.add(target.path)
        library_config = _library_config(jobs_list, config_for)
        library_settings = library.settings(library_config)
        for cfg in {id(job[3]): job[3] for job in jobs_list}.values():
            library.settings(cfg)  # every config's library table is checked, used or not
    except ConfigError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)

    if show_config:
        seen: dict = {}
        for job in jobs_list:
            seen.setdefault(job[3].source, []).append(job[1])
        for source, shown in seen.items():
            more = f" and {len(shown) - 1} more" if len(shown) > 1 else ""
            _say(f"empathy-lint: config: {source or 'none found (built-in defaults)'} for {shown[0]}{more}")
    workers = jobs or _cores()
    show_progress = len(jobs_list) >= PROGRESS_THRESHOLD and _stderr_is_terminal()
    progress = _Progress(len(jobs_list), sys.stderr) if show_progress else None
    results = _run(jobs_list, workers, progress)

    findings = []
    openers = []
    fixes = []
    refusals: list[str] = []
    write_errors: list[str] = []
    unavailable: list[str] = []
    for (path, display, _text, cfg, _mode), outcome in zip(jobs_list, results):
        for message in outcome.unavailable:
            if message not in unavailable:
                unavailable.append(message)
        if outcome.notice:
            notices.append(outcome.notice)
        notices.extend(outcome.warnings)
        exc = outcome.error
        if exc is not None:
            if exc.skippable and path in walked:
                notices.append(f"{exc} (skipped)")
                skipped += 1
            else:
                errors.append(exc)
            continue
        if outcome.fix_error:
            (write_errors if outcome.fix_failed else refusals).append(outcome.fix_error)
        if outcome.fix is not None and outcome.fix.changed:
            fixes.append(outcome.fix)
        threshold = SEVERITY_RANK[cfg.fail_on]
        failed = failed or any(SEVERITY_RANK[f.severity] >= threshold for f in outcome.findings)
        findings.extend(outcome.findings)
        openers.append((display, outcome.opener))

    findings.sort(key=lambda f: f.sort_key())
    overused = [] if mode == "diff" else library.check(openers, library_settings)
    if overused:
        threshold = SEVERITY_RANK[fail_on or library_config.fail_on]
        failed = failed or SEVERITY_RANK[library.SEVERITY] >= threshold
    use_color = color if color is not None else (fmt == "text" and sys.stdout.isatty())
    if mode == "diff":
        from .fix import unified_diff

        patch = unified_diff(fixes)
        if patch:  # bytes: every CR and every character as in the files
            click.echo(patch.encode("utf-8"), nl=False)
        out = ""
    else:
        out = render(fmt, findings, library=overused, color=use_color)
    if out:
        click.echo(out, nl=False, color=use_color or None)
    if statistics:
        from .formats import statistics as stats

        click.echo(stats(findings, overused), nl=False, err=fmt != "text" or mode == "diff")
    for notice in notices:
        _say(f"empathy-lint: {notice}")
    for message in unavailable:
        _say(f"empathy-lint: {message}")
    if mode == "fix":
        n = sum(len(fx.applied) for fx in fixes)
        if n:
            click.echo(f"empathy-lint: fixed {n} finding{'s' if n != 1 else ''} in {len(fixes)} file{'s' if len(fixes) != 1 else ''}", err=True)
    elif mode == "diff" and fixes:
        n = sum(len(fx.applied) for fx in fixes)
        flag = "--fix --unsafe-fixes" if unsafe_fixes else "--fix"
        click.echo(f"empathy-lint: {flag} would fix {n} finding{'s' if n != 1 else ''} in {len(fixes)} file{'s' if len(fixes) != 1 else ''} (nothing written)", err=True)
    if mode and not unsafe_fixes:
        from .fix import held_back

        hidden = len(held_back(findings))
        if hidden:
            click.echo(f"empathy-lint: {hidden} unsafe fix{'es' if hidden != 1 else ''} held back (they may change the meaning; --unsafe-fixes applies them)", err=True)
    for message in refusals:
        _say(f"empathy-lint: {message}")
    for message in write_errors:
        error(message)
    for exc in errors:
        error(str(exc))
    if skipped > 1 or (strict and skipped):  # one skip: its own notice is the summary
        _say(f"empathy-lint: {skipped} file{'s' if skipped != 1 else ''} or folder{'s' if skipped != 1 else ''} skipped"
             + (" (--strict: exit status 2)" if strict else " (see above; --strict makes this an error)"))
    if use_color and fmt == "text" and mode != "diff":
        n = len(findings)
        files = len({f.path for f in findings})
        click.echo(f"{n} finding{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}." if n else "No findings.")
    if errors or write_errors or (require_grammar and unavailable) or (strict and skipped):
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


def _library_config(jobs_list, config_for):
    """The config of the folder that holds every linted file: it sets the library check."""
    dirs = [os.path.dirname(os.path.abspath(job[0])) for job in jobs_list if job[1] != "-"]
    if not dirs:
        return config_for(None)
    try:
        common = os.path.commonpath(dirs)
    except ValueError:  # paths on different drives
        return config_for(None)
    return config_for(os.path.join(common, "_"))


if __name__ == "__main__":  # pragma: no cover
    main()
