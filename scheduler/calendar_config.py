"""Build a WorkingCalendar from the council's configuration.

The configuration is a mapping (a TOML table handed in by the caller, or a file
read by :func:`load_calendar`)::

    timezone = "Europe/London"
    day_start = "09:00"         # reminders and escalations fall due then
    day_end = "17:00"           # a deadline is the end of its day
    receipt_cutoff = "17:00"    # optional; omit to count from the day of receipt
    closures = [
      "2026-12-29..2026-12-31",                   # a range, both ends included
      2027-04-01,                                 # a TOML date
      { from = 2026-12-29, to = 2026-12-31, reason = "Christmas closure" },
    ]
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError

from .calendar import WorkingCalendar
from .tomlfile import find_line, read_toml

# A closure longer than this is almost certainly a typo in a year (2026-12-29..2027-12-31).
MAX_CLOSURE_DAYS = 31
_KNOWN = {"timezone", "day_start", "day_end", "receipt_cutoff", "closures"}
_RANGE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})\s*$")


def load_calendar(path: str | Path) -> WorkingCalendar:
    """Read a calendar TOML file (its top level, or its [calendar] table)."""
    data, text = read_toml(path)
    if "calendar" in data and isinstance(data["calendar"], dict):
        data = data["calendar"]
    return calendar_from_config(data, str(path), text)


def calendar_from_config(config: Mapping[str, Any], path: str = "<calendar config>", text: str = "") -> WorkingCalendar:
    """A WorkingCalendar from a parsed mapping; ``text`` (the raw file) lets errors name a line."""

    def fail(problem: str, fix: str, needle: str | None = None) -> ConfigError:
        line = find_line(text, needle) if (text and needle) else None
        return ConfigError(path, problem, fix, line)

    unknown = sorted(set(config) - _KNOWN)
    if unknown:
        raise fail(
            f"unknown setting {unknown[0]!r}",
            f"use only {', '.join(sorted(_KNOWN))}",
            rf"^\s*{re.escape(unknown[0])}\s*=",
        )
    timezone = config.get("timezone", "Europe/London")
    try:
        ZoneInfo(str(timezone))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise fail(f"unknown time zone {timezone!r}", 'use "Europe/London"', r"^\s*timezone\s*=") from exc
    day_start = _time(config.get("day_start", time(9, 0)), "day_start", fail)
    day_end = _time(config.get("day_end", time(17, 0)), "day_end", fail)
    if day_start >= day_end:
        raise fail(
            f"day_start {day_start:%H:%M} is not before day_end {day_end:%H:%M}",
            'set for example day_start = "09:00" and day_end = "17:00"',
            r"^\s*day_start\s*=",
        )
    cutoff = config.get("receipt_cutoff")
    cutoff_time = None if cutoff is None else _time(cutoff, "receipt_cutoff", fail)
    closures = config.get("closures", [])
    if not isinstance(closures, list):
        raise fail("closures must be a list", 'write closures = ["2026-12-29..2026-12-31"]', r"^\s*closures\s*=")
    days: set[date] = set()
    for entry in closures:
        days.update(_closure_days(entry, fail))
    return WorkingCalendar(days, day_start=day_start, day_end=day_end, cutoff=cutoff_time, timezone=str(timezone))


def _time(value: Any, name: str, fail) -> time:
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value)
        if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
            return time(int(match.group(1)), int(match.group(2)))
    raise fail(f"{name} {value!r} is not a time", f'write {name} = "17:00" (24-hour clock)', rf"^\s*{name}\s*=")


def _closure_days(entry: Any, fail) -> list[date]:
    reason_fix = 'write "2026-12-29", "2026-12-29..2026-12-31" or { from = 2026-12-29, to = 2026-12-31 }'
    if isinstance(entry, date):
        return [entry]
    if isinstance(entry, str):
        match = _RANGE.match(entry)
        try:
            if match:
                first, last = date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2))
            else:
                first = last = date.fromisoformat(entry.strip())
        except ValueError as exc:
            raise fail(f"closure {entry!r} is not a date or a date range", reason_fix, re.escape(entry)) from exc
        needle = re.escape(entry)
    elif isinstance(entry, dict):
        first, last = entry.get("from"), entry.get("to", entry.get("from"))
        needle = re.escape(str(first)) if first is not None else r"closures"
        if not isinstance(first, date) or not isinstance(last, date):
            raise fail(f"closure {entry!r} needs from = and to = as dates (no quotes)", reason_fix, needle)
        unknown = set(entry) - {"from", "to", "reason"}
        if unknown:
            raise fail(f"closure has unknown field {sorted(unknown)[0]!r}", "use from, to and reason", needle)
    else:
        raise fail(f"closure {entry!r} is not a date or a date range", reason_fix, r"closures")
    if last < first:
        raise fail(f"closure ends ({last}) before it starts ({first})", "swap the two dates", needle)
    length = (last - first).days + 1
    if length > MAX_CLOSURE_DAYS:
        raise fail(
            f"closure of {length} days ({first} to {last}) is longer than {MAX_CLOSURE_DAYS} days: is a year wrong?",
            "check both dates; list a longer closure as several ranges",
            needle,
        )
    return [first + timedelta(days=i) for i in range(length)]
