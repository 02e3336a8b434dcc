"""The command line: build · check · serve · new · archive.

Exit codes: 0 success; 1 the content or configuration has problems (each
listed as `path:line: field: message`); 2 wrong usage. Content problems never
reach the user as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .diagnostics import CONTENT_PROBLEMS, ContentError, Diagnostic, errors, report
from .site.sitedir import replace_site, restore_interrupted
from .workers import start_forkserver

log = logging.getLogger("cphub")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _setup_logging(args.verbose)
    root = Path(args.config).resolve().parent
    try:
        return args.run(args, root)
    except ContentError as error:
        print(report(error.diagnostics), file=sys.stderr)
        print(_summary(error.diagnostics), file=sys.stderr)
        return 1
    except _ConfigProblem as problem:
        # The plugin's own messages already begin "mkdocs.yml: <option>: …".
        message = str(problem)
        print(message if message.startswith("mkdocs.yml: ") else f"{args.config}: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


class _ConfigProblem(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="build.py", description="Build the knowledge hub.")
    parser.add_argument("-f", "--config", default="mkdocs.yml", help="the hub's mkdocs.yml (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show MkDocs' progress")
    parser.set_defaults(run=_build, strict=False, site_dir=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    build = commands.add_parser("build", help="validate, then build the whole site into site/")
    build.add_argument("--strict", action="store_true", help="turn warnings into failures")
    build.add_argument("-d", "--site-dir", help="where to build (default: site_dir of mkdocs.yml)")
    build.set_defaults(run=_build)

    check = commands.add_parser("check", help="validate only; writes nothing")
    check.add_argument("--strict", action="store_true", help="turn warnings into failures")
    check.set_defaults(run=_check)

    new = commands.add_parser("new", help="write a new entry from its template, ready to fill in")
    new.add_argument("type", choices=["brief", "webinar", "newsletter", "resource", "page"])
    new.add_argument("title")
    new.add_argument("--date", metavar="YYYY-MM-DD", help="the publication date; a webinar's session (default: today)")
    new.add_argument("--topic", action="append", default=[], metavar="ID", help="a topic id (repeatable)")
    new.add_argument("--summary", help="one or two plain sentences")
    new.add_argument("--slug", help="the file name, if not the one made from the title")
    new.add_argument("--time", metavar="HH:MM", help="webinar: start time, 24-hour")
    new.add_argument("--timezone", help="webinar: IANA zone of the time, e.g. Africa/Nairobi")
    new.add_argument("--publisher", help="resource: organisation id")
    new.add_argument("--resource-type", help="resource: guide, toolkit, report, …")
    new.set_defaults(run=_new)

    schemas = commands.add_parser("schemas", help="export the JSON Schemas of the content model to schemas/")
    schemas.set_defaults(run=_schemas)

    archive = commands.add_parser("archive", help="write only the offline downloads, from the built site")
    archive.add_argument("-d", "--site-dir", help="the built site (default: site_dir of mkdocs.yml)")
    archive.set_defaults(run=_archive)

    serve = commands.add_parser("serve", help="live preview on http://127.0.0.1:8000/")
    serve.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", help="address (default: %(default)s)")
    serve.set_defaults(run=_serve)
    return parser


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    # MkDocs logs a page's failure with its message; content problems are
    # listed once, by this command line, as every other problem is.
    handler.addFilter(lambda record: CONTENT_PROBLEMS not in record.getMessage())
    for name in ("mkdocs", "cphub"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO if verbose else logging.WARNING)
        logger.propagate = False


def _summary(diagnostics: list[Diagnostic]) -> str:
    failures = len(errors(diagnostics))
    warnings = len(diagnostics) - failures
    files = len({d.path for d in diagnostics})
    return f"{failures} error(s), {warnings} warning(s) in {files} file(s)."


# ---------------------------------------------------------------- commands


def _check(args, root: Path) -> int:
    from .content.project import check
    from .site.convert import source

    start_forkserver()
    config = _load_config(args)
    rendering = config.plugins["cphub"].start_rendering(config)
    try:  # the workers convert while the files are validated
        diagnostics, validated = check(root, loaded=lambda project: rendering.submit_entries(project.entries))
        diagnostics += _markdown_problems(rendering, map(source, validated.entries))
    finally:
        rendering.close()
    failing = diagnostics if args.strict else errors(diagnostics)
    if diagnostics:
        print(report(diagnostics), file=sys.stderr)
        print(_summary(diagnostics), file=sys.stderr)
    if failing:
        return 1
    print(f"{len(validated.entries)} files are valid.")
    return 0


def _markdown_problems(rendering, sources) -> list[Diagnostic]:
    """Entries whose Markdown does not convert within the time limit."""
    from mkdocs.exceptions import MkDocsException

    try:
        return rendering.failures(sources)
    except MkDocsException as error:  # the workers could not start
        raise _ConfigProblem(str(error)) from None


def _build(args, root: Path) -> int:
    start_forkserver()  # it imports MkDocs for the Markdown workers while this process does the same
    config = _load_config(args)
    plugin = config.plugins["cphub"]
    rendering = plugin.rendering = plugin.start_rendering(config)
    try:  # the workers convert while the files are read and validated
        plugin.preloaded = _read_hub(args, root, config,
                                     loaded=lambda project: rendering.submit_entries(project.entries))
        _build_site(args, config, plugin)
    finally:
        rendering.close()
    return 0


def _build_site(args, config, plugin) -> None:
    import jinja2
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    from .site.convert import ContentAbort

    site = Path(args.site_dir or config.site_dir).resolve()
    restore_interrupted(site)
    with replace_site(site) as staging:
        config.site_dir = str(staging)
        try:
            build(config)
        except ContentAbort as error:  # content problems found while building (convert.py)
            raise ContentError(error.diagnostics) from None
        except MkDocsException as error:  # MkDocs' own aborts carry a message, not a bug
            raise _ConfigProblem(str(error)) from None
        except jinja2.TemplateSyntaxError as error:  # a hub owner's template
            raise _ConfigProblem(f"template {error.filename or error.name}:{error.lineno}: {error.message}") from None
        except jinja2.TemplateError as error:
            raise _ConfigProblem(f"a template failed: {error}") from None
    print(f"Built {len(plugin.pages)} pages into {_shown(site)}")


def _read_hub(args, root: Path, config, loaded=None):
    """The validated hub; warnings printed, failures raised (ContentError)."""
    from .clock import build_date
    from .content.project import read_hub

    settings = config.plugins["cphub"].settings(config)  # its options checked by _load_config
    hub, warnings = read_hub(root, settings, _today(build_date), strict=args.strict, loaded=loaded)
    if warnings:
        print(report(warnings), file=sys.stderr)
    return hub


def _new(args, root: Path) -> int:
    from .clock import build_date
    from .content.project import check
    from .content.scaffold import ScaffoldError, WrongOptions, new_entry

    config = _load_config(args)
    templates = Path(config.theme.custom_dir or root / "templates")
    today = _today(build_date)
    issue = _newsletter_draft(root, config, today) if args.type == "newsletter" else None
    try:
        path = new_entry(root, templates, args.type, args.title, today=today, date=args.date, topics=args.topic,
                         summary=args.summary, slug=args.slug, time=args.time, timezone=args.timezone,
                         publisher=args.publisher, resource_type=args.resource_type, draft=issue)
    except WrongOptions as wrong:  # check's own words for each value; nothing is written
        print("\n".join(f"new: {line}" for line in wrong.problems), file=sys.stderr)
        return 2
    except ScaffoldError as problem:
        print(f"new: {problem}", file=sys.stderr)
        return 1
    rel = path.relative_to(root).as_posix()
    print(f"Wrote {rel}")
    still = [d for d in check(root)[0] if d.path == rel]
    if still:
        print("Fill in, then run 'build.py check':", file=sys.stderr)
        print(report(still), file=sys.stderr)
    return 0


def _newsletter_draft(root: Path, config, today) -> dict:
    """The next issue's items: what the hub publishes (its valid files; the
    others are `check`'s to report) since the last issue."""
    from .content.hub import build_hub
    from .content.project import check
    from .outputs.newsletter import draft

    validated = check(root)[1]
    hub = build_hub(root, config.plugins["cphub"].settings(config), today, validated.entries, validated.topics,
                    validated.organisations)
    return draft(hub)


def _schemas(args, root: Path) -> int:
    from .content.schema import write

    for path in write(root / "schemas"):
        print(f"Wrote {path.relative_to(root).as_posix()}")
    return 0


def _archive(args, root: Path) -> int:
    """The downloads again, from the site already built: no page is rebuilt."""
    from .outputs.offline import Downloads, OfflineError

    config = _load_config(args)
    hub = _read_hub(args, root, config)
    site = Path(args.site_dir or config.site_dir).resolve()
    if not (site / "index.html").is_file():
        raise _ConfigProblem(f"there is no built site in {_shown(site)}: run 'build.py build' first")
    env = config.theme.get_env()
    downloads = Downloads(hub, lambda name, context: env.get_template(name).render(**context), site,
                          zim=config.plugins["cphub"].config.zim)
    try:
        written = downloads.finish(site)
    except OfflineError as error:
        raise _ConfigProblem(str(error)) from None
    for item in written:
        print(f"{item.url}: {item.size}, SHA-256 {item.sha256}")
    return 0


def _serve(args, root: Path) -> int:
    from mkdocs.commands.serve import serve

    _load_config(args)  # report a broken configuration before serving
    serve(config_file=args.config, dev_addr=args.dev_addr, livereload=True)
    return 0


def _load_config(args):
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if not Path(args.config).is_file():
        raise _ConfigProblem("no such file")
    try:
        config = load_config(args.config, strict=args.strict)
    except MkDocsException as error:
        raise _ConfigProblem(str(error)) from None
    if "cphub" not in config.plugins:
        raise _ConfigProblem("the hub plugin is not enabled (add '- cphub' under plugins:)")
    try:
        config.plugins["cphub"].check_options(config)
    except MkDocsException as error:  # a wrong option: its message names it
        raise _ConfigProblem(str(error)) from None
    return config


def _today(build_date):
    try:
        return build_date()
    except ValueError:
        raise _ConfigProblem("SOURCE_DATE_EPOCH must be a whole number of seconds") from None


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix() + "/"
    except ValueError:
        return str(path)
