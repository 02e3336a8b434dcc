"""Headless Chromium and local servers for tests: a page's requests, a web
server for a folder, a free port, and waiting for what a server answers."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path
from typing import Callable, Iterator

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--allow-file-access-from-files"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("The browser tests need Chromium on the PATH: apt-get install -y chromium")
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _GzipHandler(_QuietHandler):
    """Text compressed as hosts send it (GitHub Pages, any web server's
    default), for the tools that weigh what a reader downloads."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".ics")

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if (path.suffix not in self.COMPRESSED or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().do_GET()  # a folder's redirect, a missing file, an image
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(folder: Path, compress: bool = False) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (text gzipped when `compress`); yields its base URL."""
    handler = functools.partial(_GzipHandler if compress else _QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class Recorder:
    """Every request a page makes, and every failure, while it is watched."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", self._failed)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _failed(self, request) -> None:
        # A load the page itself cancelled by moving on (a favicon, say) is
        # not a failure; a missing file or a refused request is.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.failed.append(f"{request.url} ({request.failure})")

    def foreign(self, allowed_prefix: str) -> list[str]:
        """Requests to anything other than the site itself."""
        return [u for u in self.requests if not u.startswith(allowed_prefix) and not u.startswith("data:")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    """What a server answers at `url` (its error page too); "" when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def wait_until(condition: Callable[[], object], seconds: float, what: str) -> None:
    """Return once `condition()` holds; fail naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"{what}: not within {seconds} s")
