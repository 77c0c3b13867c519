"""Is the running bot alive?  One answer for ``complaints-bot health``, ``/healthz`` and ``doctor``.

The run loop writes HOME/heartbeat (an ISO time) after every mailbox poll that
finished; a poll is "recent" within three poll intervals, and never less than
two minutes, so a slow batch does not flap the container's health.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..config import Settings


@dataclass(frozen=True)
class Health:
    healthy: bool
    last_poll: datetime | None  # None: no poll has finished in this home yet
    age_seconds: float | None
    allowed_seconds: float
    text: str


def heartbeat_path(settings: Settings) -> Path:
    return settings.home / "heartbeat"


def last_poll(settings: Settings) -> datetime | None:
    """When the last mailbox poll finished, or None (never, or the file is unreadable)."""
    try:
        return datetime.fromisoformat(heartbeat_path(settings).read_text().strip())
    except (OSError, ValueError):
        return None


def allowed_age(settings: Settings) -> timedelta:
    return timedelta(seconds=max(3 * settings.poll_seconds, 120))


def check_health(settings: Settings, now: datetime) -> Health:
    last = last_poll(settings)
    allowed = allowed_age(settings)
    if last is None:
        return Health(False, None, None, allowed.total_seconds(),
                      f"no poll has finished yet ({heartbeat_path(settings)} missing)")
    age = now - last
    seconds = age.total_seconds()
    if age > allowed:
        return Health(False, last, seconds, allowed.total_seconds(),
                      f"last mailbox poll finished {int(seconds)} s ago (allowed {int(allowed.total_seconds())} s)")
    return Health(True, last, seconds, allowed.total_seconds(), f"last mailbox poll finished {int(seconds)} s ago")
