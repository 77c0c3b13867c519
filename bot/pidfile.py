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


# What a bot's command line contains: the console script, or ``python -m``/``-c`` over bot.cli.
BOT_COMMAND_MARKS = (b"complaints-bot", b"bot.cli")


def running_pid(home: Path) -> int | None:
    """The pid of the home's running bot, or None if there is none (no file, or a stale one).

    A pid left by a killed bot may since have been given to another program, which
    SIGHUP would stop: where /proc shows command lines, the process must be a bot.
    """
    pid = read_pid(home)
    if pid is None or pid <= 0:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, another user's: look at its command line below
    return pid if is_bot(pid) else None


def is_bot(pid: int) -> bool:
    """Whether process ``pid`` runs complaints-bot (True where /proc cannot tell)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no /proc on this system: trust the pid file
    except OSError:
        return True
    return any(mark in command for mark in BOT_COMMAND_MARKS)
