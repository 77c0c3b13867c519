"""``HOME/bot.pid``: which process is the running bot, for ``reload`` and ``restore``.

Only ``complaints-bot run`` (the long-running bot, not ``--once``) writes it,
when it starts, and removes it when it stops.  A file left by a killed bot is
stale: :func:`running_pid` checks that the process still exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from .fsutil import atomic_write

PID_NAME = "bot.pid"


def pid_path(home: Path) -> Path:
    return Path(home) / PID_NAME


def write_pid(home: Path) -> Path:
    """Record this process as the home's running bot."""
    path = pid_path(home)
    atomic_write(path, f"{os.getpid()}\n".encode("ascii"))
    return path


def remove_pid(home: Path) -> None:
    """Remove the pid file if it still names this process (a newer bot may have replaced it)."""
    path = pid_path(home)
    if read_pid(home) == os.getpid():
        path.unlink(missing_ok=True)


def read_pid(home: Path) -> int | None:
    try:
        text = pid_path(home).read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def running_pid(home: Path) -> int | None:
    """The pid of the home's running bot, or None if there is none (no file, or a stale one)."""
    pid = read_pid(home)
    if pid is None or pid <= 0:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, another user's: still a running bot as far as we can tell
    return pid
