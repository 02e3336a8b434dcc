"""What the build's second processes share."""

from __future__ import annotations

import os
import threading
import time


def exit_with_parent(parent: int) -> None:
    """In a second process: end as soon as the build that started it is gone.

    A build killed outright (SIGKILL, a cancelled CI job) cannot tell its
    helpers to stop, and a helper waiting for work would otherwise wait
    forever, holding its memory and its half-written files.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
