"""Reloading routing.toml and the letter templates into the running bot, without a restart.

``complaints-bot reload`` checks the files itself (the same checks as start-up:
routing validation, every process role mapped, every letter rendered for the
example cases), and only if they pass sends SIGHUP to the pid in ``HOME/bot.pid``.
The bot checks them again, swaps them in between two messages if they pass,
and otherwise keeps the configuration it has.  Either way it writes
``HOME/reload-status.json`` (time, pid, a sequence number, the result and the
error with its file, line and fix), which ``reload`` waits for to report what
the bot did.  Changes to ``bot.toml`` itself still need a restart.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ReloadError
from .fsutil import atomic_write
from .pidfile import running_pid

if TYPE_CHECKING:
    from .act.letters import Letters
    from .act.processes import CaseProcesses
    from .config import Settings
    from .route import Routing

STATUS_NAME = "reload-status.json"
_sequence = itertools.count(1)


@dataclass(frozen=True)
class ReloadStatus:
    """What the running bot did with the last reload request."""

    at: str  # wall-clock time, UTC
    pid: int
    seq: int  # counts this process's reloads, so ``reload`` can tell a new answer from an old one
    ok: bool
    error: str = ""
    teams: int = 0
    rules: int = 0


def load_checked(settings: Settings, processes: CaseProcesses | None = None) -> tuple[Routing, Letters]:
    """routing.toml and the letters, with every check the bot makes at start-up (ConfigError or TemplateError)."""
    from .act.letters import Letters
    from .route import load_routing

    routing = load_routing(settings.routing_path)
    letters = Letters(settings.templates_dir)
    letters.check()
    if processes is None:
        from .act.processes import CaseProcesses

        processes = CaseProcesses(settings.calendar())
    routing.check_roles(processes.roles_needed())
    return routing, letters


def status_path(home: Path) -> Path:
    return Path(home) / STATUS_NAME


def write_status(home: Path, *, ok: bool, error: str = "", teams: int = 0, rules: int = 0) -> ReloadStatus:
    status = ReloadStatus(datetime.now(timezone.utc).isoformat(timespec="seconds"), os.getpid(), next(_sequence),
                          ok, error, teams, rules)
    atomic_write(status_path(home), json.dumps(asdict(status), indent=2).encode("utf-8"))
    return status


def read_status(home: Path) -> ReloadStatus | None:
    try:
        return ReloadStatus(**json.loads(status_path(home).read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError, TypeError):
        return None


def signal_reload(home: Path, *, wait_seconds: float) -> ReloadStatus:
    """SIGHUP the home's running bot and wait for its answer in the reload-status file."""
    pid = running_pid(home)
    if pid is None:
        raise ReloadError(f"no bot is running on {home} (no live pid in {home / 'bot.pid'}): "
                          "the new files will be read when it starts")
    before = read_status(home)
    os.kill(pid, signal.SIGHUP)
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        status = read_status(home)
        if status is not None and status.pid == pid and (before is None or before.pid != pid or status.seq > before.seq):
            return status
        time.sleep(0.1)
    raise ReloadError(f"the bot (pid {pid}) did not confirm the reload within {wait_seconds:g} s; it applies a "
                      f"reload between messages, so a long batch delays it: see {status_path(home)} and its log")
