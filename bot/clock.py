"""The bot's clock: the real time, or a time an admin or a test sets with ``--now``."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class Clock:
    def __init__(self, fixed: datetime | None = None):
        if fixed is not None and fixed.tzinfo is None:
            fixed = fixed.replace(tzinfo=LONDON)  # a bare --now is read as UK local time
        self.fixed = fixed

    def now(self) -> datetime:
        return self.fixed if self.fixed is not None else datetime.now(timezone.utc)

    def set(self, moment: datetime) -> None:
        self.__init__(moment)


def parse_now(text: str) -> datetime:
    """Parse ``--now``: an ISO date or date-time, UK local time unless an offset is given."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        from .errors import BotError

        raise BotError(f"--now {text!r} is not a date: write it as 2026-03-06 or 2026-03-06T09:30") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LONDON)
    return moment
