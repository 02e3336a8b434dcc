"""`serve`: a live preview of the hub while its files are edited.

It builds the hub (without the offline copies) into a folder of its own,
updated in place by each rebuild, serves it on 127.0.0.1, and watches the
hub's files: after each change it builds again, says so on one line, and
every page open in a browser reloads itself. A problem in any file, or in mkdocs.yml, is printed as `check`
prints it and shown in the browser in place of the site, at any address,
with its file and line; once it is fixed, the site comes back. The preview
keeps running whatever the files hold.
"""

from __future__ import annotations

import html
import http.server
import json
import logging
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, unquote, urlsplit

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from . import pipeline
from .content.model import TYPES
from .diagnostics import BuildProblem, ContentError, Diagnostic, errors, report
from .project import open_project

log = logging.getLogger("cphub")
RELOAD = "/.cphub/reload"  # a page asks here whether the site changed since it was served
QUIET = 0.15  # seconds without a change before rebuilding: an editor's save is several events
WAIT = 25  # seconds a page's question is held before it is answered "no change"
# A page's live-reload script: it asks, and reloads when the build it came from is replaced.
SCRIPT = ('<script>(function(e){function ask(){fetch("%s?since="+e).then(function(r){return r.json()})'
          '.then(function(d){if(d.epoch!==e){location.reload()}else{ask()}})'
          '.catch(function(){setTimeout(ask,1000)})}ask()})(%d);</script>')
# Editors' leftovers: a save writes and removes these, which is no change of the hub.
IGNORED_SUFFIXES = ("~", ".swp", ".swx", ".tmp", ".part", ".crdownload")


@dataclass
class Outcome:
    """What the preview shows: a built site, or the problems that stopped it."""
    epoch: int
    folder: Path | None = None
    problems: list[Diagnostic] = field(default_factory=list)
    message: str = ""  # a problem with no file and line (mkdocs.yml, a template)


class Preview:
    """The latest build, replaced whole by each rebuild."""

    def __init__(self, config_file: Path, scratch: Path):
        self.config_file = config_file
        self.scratch = scratch
        self.changed = threading.Condition()
        self.outcome = Outcome(epoch=0, message="the preview is still being built")
        # Kept from one rebuild to the next: the helpers, the caches, what
        # each page was made from (pipeline.Session); begun again when the
        # settings or the templates change.
        self.session: pipeline.Session | None = None
        self.settings = None
        # The preview's site, updated in place by each build: what a page is
        # made from the same as before stays as it is (a rebuild writes the
        # few pages an edit changed and removes those gone, rather than
        # linking 3,000 files into a new folder: a second where /tmp is on disk).
        self.folder = scratch / "site"

    def rebuild(self, reason: str = "", changed: set[str] | None = None) -> Outcome:
        """Build again; `changed`: the files changed since the build before
        (a file other than an entry's Markdown: all is read and judged anew)."""
        started = time.perf_counter()
        outcome = Outcome(epoch=self.outcome.epoch + 1, folder=self.folder)
        try:
            project = open_project(self.config_file)
            session = self._session(project)
            if session.remembered and changed:
                # An entry's file, read again; anything else (an attachment, a list): all read and judged anew.
                session.remembered.forget(changed if all(name.endswith(".md") for name in changed) else None)
            built = pipeline.build(project, self.folder, archives=False, serving=True, session=session)
            outcome.problems = built.warnings
        except ContentError as error:
            outcome.folder, outcome.problems = None, error.diagnostics
        except BuildProblem as problem:
            outcome.folder, outcome.message = None, str(problem)
        took = time.perf_counter() - started
        self._show(outcome, reason, took)
        with self.changed:
            self.outcome = outcome
            self.changed.notify_all()
        return outcome

    def _session(self, project) -> pipeline.Session:
        settings = _settings_of(project)
        if self.session is None or settings != self.settings:
            # Other settings or templates: everything is made again, in an empty folder.
            self.close()
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir()
            self.session, self.settings = pipeline.Session.start(project, remember=True), settings
        return self.session

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    @staticmethod
    def _show(outcome: Outcome, reason: str, took: float) -> None:
        because = f" ({reason})" if reason else ""
        if outcome.folder is not None:
            print(f"Built in {took:.1f} s{because}.", file=sys.stderr, flush=True)
            if outcome.problems:
                print(report(outcome.problems), file=sys.stderr, flush=True)
            return
        print(f"The build stopped{because}; the browser shows why until it is fixed:", file=sys.stderr)
        print(outcome.message or report(outcome.problems), file=sys.stderr, flush=True)

    def first_outcome(self, timeout: float = 300) -> Outcome:
        """The latest outcome, once there is one: a request made while the
        first build runs waits for it."""
        with self.changed:
            self.changed.wait_for(lambda: self.outcome.epoch > 0, timeout=timeout)
            return self.outcome

    def wait_for_change(self, since: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.outcome.epoch != since, timeout=timeout)
            return self.outcome.epoch


def _settings_of(project) -> tuple:
    """What the helpers of a session read when they start: mkdocs.yml and
    the hub's own templates (their names, sizes and times)."""
    config_file = Path(project.config.config_file_path)
    stamps = [config_file.read_bytes()]
    custom = project.config.theme.custom_dir
    if custom and Path(custom).is_dir():
        stamps += sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in Path(custom).rglob("*") if p.is_file())
    return tuple(stamps)


def problems_page(outcome: Outcome) -> bytes:
    """What the browser shows while the hub has a problem: each one with its
    file and line, as `check` prints it."""
    stopping = errors(outcome.problems) or outcome.problems
    items = "".join(f"<li><code>{html.escape(str(d))}</code></li>" for d in sorted(stopping))
    if outcome.message:
        items += "".join(f"<li><code>{html.escape(line)}</code></li>" for line in outcome.message.splitlines())
    page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>The hub has a problem</title>"
            "<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
            "code{white-space:pre-wrap;overflow-wrap:anywhere}li{margin-block:.5rem}</style></head><body><main>"
            "<h1>The hub has a problem</h1>"
            "<p>The preview comes back by itself once the files are fixed and saved.</p>"
            f"<ul>{items}</ul></main>{SCRIPT % (RELOAD, outcome.epoch)}</body></html>")
    return page.encode("utf-8")


class _Handler(http.server.SimpleHTTPRequestHandler):
    preview: Preview  # set on the class made for each server

    def log_message(self, *args) -> None:  # one line per rebuild, not per request
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == RELOAD:
            since = int((parse_qs(parts.query).get("since") or ["0"])[0] or 0)
            self._send(200, "application/json", json.dumps(
                {"epoch": self.preview.wait_for_change(since, WAIT)}).encode())
            return
        outcome = self.preview.first_outcome()
        if outcome.folder is None:
            self._send(500, "text/html; charset=utf-8", problems_page(outcome))
            return
        path = self._file(outcome.folder, unquote(parts.path))
        if path is None:
            missing = outcome.folder / "404.html"
            body = missing.read_bytes() if missing.is_file() else b"Not found"
            self._send(404, "text/html; charset=utf-8", self._with_reload(body, parts.path, outcome.epoch))
            return
        body = path.read_bytes()
        kind = self.guess_type(str(path))
        if kind == "text/html":
            body, kind = self._with_reload(body, parts.path, outcome.epoch), "text/html; charset=utf-8"
        self._send(200, kind, body)

    @staticmethod
    def _file(folder: Path, path: str) -> Path | None:
        target = (folder / path.lstrip("/")).resolve()
        if not target.is_relative_to(folder.resolve()):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    @staticmethod
    def _with_reload(body: bytes, path: str, epoch: int) -> bytes:
        """The page with its live-reload script: not the browser editor's,
        which would lose what a contributor is typing."""
        if "/admin/" in path:
            return body
        script = (SCRIPT % (RELOAD, epoch)).encode()
        return body.replace(b"</body>", script + b"</body>", 1) if b"</body>" in body else body + script

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the browser moved on
            pass


class _Watcher(FileSystemEventHandler):
    """Calls `changed(paths)` once the files have been quiet for a moment."""

    def __init__(self, root: Path, ignored: list[Path], changed: Callable[[set[str]], None]):
        self.root, self.ignored, self.on_change = root, ignored, changed
        self.pending: set[str] = set()
        self.deleted: set[str] = set()
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed", "closed_no_write"):
            return
        # A save is often a new file moved over the old one: the old name is what changed.
        path = Path(str(event.dest_path if event.event_type == "moved" else event.src_path))
        if path.name.endswith(IGNORED_SUFFIXES) or path.name.startswith((".#", "~$")) \
                or any(path.is_relative_to(folder) for folder in self.ignored):
            return
        name = path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path)
        with self.lock:
            self.pending.add(name)
            if event.event_type == "deleted":
                self.deleted.add(name)
            if self.timer:
                self.timer.cancel()
            self.timer = threading.Timer(QUIET, self._fire)
            self.timer.daemon = True
            self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            paths, self.pending = self.pending, set()
        # An editor's temporary file, written and moved away meanwhile, is no change to name.
        self.on_change({p for p in paths if (self.root / p).exists() or p in self.deleted} or paths)
        self.deleted.clear()


def watched(root: Path, config) -> list[tuple[Path, bool]]:
    """What a preview watches, each folder with whether its subfolders are
    watched too: the hub's own folder (mkdocs.yml), the content folders, the
    overrides."""
    found = [(root, False)]
    found += sorted({(root / spec.folder.split("/")[0], True) for spec in TYPES.values()
                     if (root / spec.folder.split("/")[0]).is_dir()})
    if config is not None and config.theme.custom_dir and Path(config.theme.custom_dir).is_dir():
        found.append((Path(config.theme.custom_dir), True))
    return found


def _observe(config_file: Path, changed: Callable[[set[str]], None]) -> Observer:
    """Watch the hub's files; `changed` is called once they are quiet."""
    root, config = config_file.parent, None
    try:
        config = open_project(config_file).config
    except BuildProblem:  # a broken mkdocs.yml: the hub's folders are watched all the same
        pass
    ignored = [root / ".cache", root / "site", root / ".git"]
    if config is not None:
        ignored.append(Path(config.site_dir))
    observer = Observer()
    watcher = _Watcher(root, ignored, changed)
    for path, recursive in watched(root, config):
        observer.schedule(watcher, str(path), recursive=recursive)
    observer.start()
    return observer


def serve(config_file: str | Path, address: str = "127.0.0.1:8000") -> None:
    """Serve a live preview until interrupted (Ctrl+C)."""
    config_file = Path(config_file).resolve()
    host, _, port = address.rpartition(":")
    if not port.isdigit():
        raise BuildProblem(f"-a {address}: not an address to serve on (hint: e.g. 127.0.0.1:8000)")
    with tempfile.TemporaryDirectory(prefix="cphub-preview-") as scratch:
        preview = Preview(config_file, Path(scratch))
        handler = type("Handler", (_Handler,), {"preview": preview})
        try:
            server = http.server.ThreadingHTTPServer((host or "127.0.0.1", int(port)), handler)
        except OSError as error:
            raise BuildProblem(f"cannot serve on {address}: {error.strerror} (hint: another preview may be "
                               "running there; choose another port, e.g. -a 127.0.0.1:8001)") from None
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, name="cphub-preview", daemon=True).start()
        print(f"Serving the hub on http://{host or '127.0.0.1'}:{server.server_address[1]}/ "
              "(the preview leaves out the offline copies and the ZIM; Ctrl+C stops it)", file=sys.stderr, flush=True)
        rebuilding = threading.Lock()

        def changed(paths: set[str]) -> None:
            with rebuilding:
                preview.rebuild(", ".join(sorted(paths)[:3]) + (" …" if len(paths) > 3 else "") + " changed", paths)

        # Watching starts before the first build: an edit made while it runs is not missed.
        observer = _observe(config_file, changed)
        with rebuilding:
            preview.rebuild()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            observer.stop()
            server.shutdown()
            with rebuilding:
                preview.close()
