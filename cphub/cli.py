"""The command line: `cphub build · check · serve · new · archive · schemas · init`
(and `python build.py …` in the sample hub).

Exit codes: 0 success; 1 the content or configuration has problems (each
listed as `path:line: field: message`); 2 wrong usage. Content problems never
reach the user as a traceback.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from . import __version__
from .diagnostics import BuildProblem, ContentError, Diagnostic, errors, failing, report
from .helpers import start_forkserver
from .project import ConfigProblem

log = logging.getLogger("cphub")
TYPE_NAMES = ["brief", "webinar", "newsletter", "resource", "page"]


def main(argv: list[str] | None = None, prog: str = "cphub") -> int:
    args = _parser(prog).parse_args(argv)
    collect_less()
    _setup_logging(args.verbose)
    try:
        return args.run(args)
    except ContentError as error:
        print(report(error.diagnostics), file=sys.stderr)
        print(_summary(error.diagnostics), file=sys.stderr)
        return 1
    except BuildProblem as problem:
        print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Build a knowledge hub for a community of practice.")
    parser.add_argument("--version", action="version", version=f"cphub {__version__}")
    parser.add_argument("-f", "--config", default="mkdocs.yml", help="the hub's mkdocs.yml (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="say what each step does")
    parser.set_defaults(run=_build, strict=False, site_dir=None, prog=prog)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    build = commands.add_parser("build", help="validate, then build the whole site into site/")
    build.add_argument("--strict", action="store_true", help="turn warnings into failures")
    build.add_argument("-d", "--site-dir", help="where to build (default: site_dir of mkdocs.yml)")
    build.set_defaults(run=_build)

    check = commands.add_parser("check", help="validate only; writes nothing")
    check.add_argument("--strict", action="store_true", help="turn warnings into failures")
    check.set_defaults(run=_check)

    serve = commands.add_parser("serve", help="live preview on http://127.0.0.1:8000/")
    serve.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", help="address (default: %(default)s)")
    serve.set_defaults(run=_serve)

    new = commands.add_parser("new", help="write a new entry from its template, ready to fill in")
    new.add_argument("type", choices=TYPE_NAMES)
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

    archive = commands.add_parser("archive", help="write only the offline downloads, from the built site")
    archive.add_argument("-d", "--site-dir", help="the built site (default: site_dir of mkdocs.yml)")
    archive.set_defaults(run=_archive)

    schemas = commands.add_parser("schemas", help="export the JSON Schemas of the content model to schemas/")
    schemas.set_defaults(run=_schemas)

    init = commands.add_parser("init", help="start a new hub in an empty folder")
    init.add_argument("folder", type=Path)
    init.add_argument("--name", required=True, help='the hub\'s name, e.g. "Réseau de protection de l\'enfance"')
    init.add_argument("--language", help="the interface's language (default: the first of --languages, or en)")
    init.add_argument("--languages", help="every interface language, comma-separated, e.g. fr,en")
    init.add_argument("--description", help="one or two sentences about the hub (default: a sentence to edit)")
    init.add_argument("--url", help="the address the hub will be published at, e.g. https://example.github.io/hub/")
    init.add_argument("--engine", help="how the hub installs the engine (any pip requirement; "
                                       f"default: cphub=={__version__})")
    init.set_defaults(run=_init)
    return parser


def collect_less() -> None:
    """A build makes millions of small objects that live as long as it
    does (entries, pages, their data): Python's collector, run every 700
    allocations, walks them again and again, a tenth of a build's time.
    Objects made so far (the modules) are left out of its walks, and it
    runs a hundred times less often; nothing a build makes is cyclic
    garbage it would need to free sooner."""
    gc.freeze()
    gc.set_threshold(70_000, 20, 50)


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
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


def _project(args):
    from .project import open_project

    project = open_project(args.config, strict=args.strict)
    for warning in project.warnings:
        print(warning, file=sys.stderr)
    return project


# ---------------------------------------------------------------- commands


def _build(args) -> int:
    from . import pipeline

    start_forkserver()  # it imports MkDocs for the helpers while this process does the same
    project = _project(args)
    for notice in project.notices:
        print(notice, file=sys.stderr)
    site = Path(args.site_dir or project.config.site_dir).resolve()
    built = pipeline.publish(project, site)
    if built.warnings:
        print(report(built.warnings), file=sys.stderr)
    kept = built.pages - built.rendered
    print(f"Built {built.pages} pages into {_shown(site)}" + (f" ({kept} unchanged)" if kept else ""))
    return 0


def _check(args) -> int:
    from . import pipeline

    start_forkserver()
    project = _project(args)
    diagnostics, valid = pipeline.check(project)
    if diagnostics:
        print(report(diagnostics), file=sys.stderr)
        print(_summary(diagnostics), file=sys.stderr)
    if failing(diagnostics, args.strict):
        return 1
    print(f"{valid} files are valid.")
    return 0


def _serve(args) -> int:
    from .serve import serve

    start_forkserver()
    serve(args.config, args.dev_addr)
    return 0


def _new(args) -> int:
    from .content.hub import build_hub
    from .content.project import check
    from .content.scaffold import ScaffoldError, WrongOptions, new_entry
    from .outputs.newsletter import draft
    from .pipeline import today
    from .site.theme import scaffolds_folder

    project = _project(args)
    root, day = project.root, today()
    issue = None
    if args.type == "newsletter":  # the next issue's items: what the hub publishes since the last issue
        validated = check(root)[1]
        issue = draft(build_hub(root, project.settings(project.languages[0]), day, validated.entries,
                                validated.topics, validated.organisations))
    try:
        path = new_entry(root, scaffolds_folder(project.config, args.type), args.type, args.title, today=day,
                         date=args.date, topics=args.topic, summary=args.summary, slug=args.slug, time=args.time,
                         timezone=args.timezone, publisher=args.publisher, resource_type=args.resource_type,
                         draft=issue)
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
        print(f"Fill in, then run '{args.prog} check':", file=sys.stderr)
        print(report(still), file=sys.stderr)
    return 0


def _archive(args) -> int:
    from . import pipeline

    project = _project(args)
    site = Path(args.site_dir or project.config.site_dir).resolve()
    if not (site / "index.html").is_file():
        raise ConfigProblem(f"there is no built site in {_shown(site)}: run 'build' first")
    for item in pipeline.archive(project, site):
        print(f"{item.url}: {item.size}, SHA-256 {item.sha256}")
    return 0


def _schemas(args) -> int:
    from .content.schema import write

    root = Path(args.config).resolve().parent
    for path in write(root / "schemas"):
        print(f"Wrote {path.relative_to(root).as_posix()}")
    return 0


def _init(args) -> int:
    from .hubinit import InitProblem, init

    try:
        written = init(args.folder, name=args.name, language=args.language, languages=args.languages,
                       url=args.url, engine=args.engine, description=args.description)
    except InitProblem as problem:
        print(f"init: {problem}", file=sys.stderr)
        return 1
    print(f"Wrote a new hub in {_shown(written)}: read its README.md to set it up and build it.")
    return 0


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix() + "/"
    except ValueError:
        return str(path)
