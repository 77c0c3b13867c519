"""Working days in England, and deadlines counted in them.

A working day follows regulation 2 of the Local Authority Social Services and
National Health Service Complaints (England) Regulations 2009 (SI 2009/309):
any day except a Saturday, a Sunday, Christmas Day, Good Friday or a bank
holiday in England, substitute days included.  The council may add its own
closure days (for example between Christmas and New Year); ``statutory()``
gives the same calendar without them, for deadlines that the law sets.

How a period is counted (the rule every deadline in the bot uses):

* The day of receipt is day 0.  "Within N working days of receipt" ends at the
  close of the Nth working day *after* the day of receipt, whatever kind of day
  that was: received on Friday or on Saturday, day 1 is Monday.  This is the
  wording of reg 13(2), "not later than 3 working days after the day on which
  it receives the complaint".
* The day of receipt is the calendar date in Europe/London, so an email at
  23:30 UTC in summer (00:30 BST) counts on the next date.
* An optional cut-off time (off by default): a message received at or after it
  counts as received on the next calendar day.  It never applies on the
  statutory calendar, because the Regulations count from the day of receipt.
* A deadline is the end of its day: ``day_end`` (17:00 by default) local time,
  correct across the clock changes.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Iterable, Literal
from zoneinfo import ZoneInfo

import holidays

Roll = Literal["forward", "backward", "none"]
ROLLS: tuple[str, ...] = ("forward", "backward", "none")


@lru_cache(maxsize=256)
def _bank_holidays(subdiv: str, year: int) -> dict[date, str]:
    """England's bank holidays for one year.  subdiv='ENG' matters: without it
    the package leaves out Easter Monday and the August bank holiday."""
    return dict(holidays.country_holidays("GB", subdiv=subdiv, years=year).items())


def _require_aware(moment: datetime) -> None:
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone: pass an aware datetime (UTC or Europe/London)")


class WorkingCalendar:
    """Which days are working days, and date arithmetic over them.  Pure: no I/O."""

    def __init__(
        self,
        closures: Iterable[date] = (),
        *,
        day_start: time = time(9, 0),
        day_end: time = time(17, 0),
        cutoff: time | None = None,
        timezone: str = "Europe/London",
        subdiv: str = "ENG",
    ) -> None:
        if day_start >= day_end:
            raise ValueError(f"day_start {day_start} must be before day_end {day_end}")
        self.closures: frozenset[date] = frozenset(closures)
        self.day_start = day_start
        self.day_end = day_end
        self.cutoff = cutoff
        self.timezone = timezone
        self.tz = ZoneInfo(timezone)
        self.subdiv = subdiv
        self._statutory: WorkingCalendar | None = None

    def __repr__(self) -> str:
        return (
            f"WorkingCalendar(closures={len(self.closures)} days, day_end={self.day_end}, "
            f"cutoff={self.cutoff}, timezone={self.timezone!r})"
        )

    # ---- which days -----------------------------------------------------------------------

    def statutory(self) -> "WorkingCalendar":
        """The Regulations' calendar: same hours, no council closures, no cut-off."""
        if not self.closures and self.cutoff is None:
            return self
        if self._statutory is None:
            self._statutory = WorkingCalendar(
                day_start=self.day_start, day_end=self.day_end, timezone=self.timezone, subdiv=self.subdiv
            )
        return self._statutory

    def holiday_name(self, day: date) -> str | None:
        """The bank holiday's name (Christmas Day and Good Friday included), or None."""
        return _bank_holidays(self.subdiv, day.year).get(day)

    def is_bank_holiday(self, day: date) -> bool:
        return day in _bank_holidays(self.subdiv, day.year)

    def is_closure(self, day: date) -> bool:
        return day in self.closures

    def is_working_day(self, day: date) -> bool:
        """Not a weekend, not Christmas Day, Good Friday or an England bank holiday, not a closure."""
        return day.weekday() < 5 and not self.is_bank_holiday(day) and day not in self.closures

    def roll(self, day: date, direction: str = "forward") -> date:
        """The day itself if it is a working day, else the next ("forward") or previous ("backward")."""
        if direction == "none" or self.is_working_day(day):
            return day
        if direction not in ("forward", "backward"):
            raise ValueError(f"roll must be one of {ROLLS}, not {direction!r}")
        step = timedelta(days=1 if direction == "forward" else -1)
        while not self.is_working_day(day):
            day += step
        return day

    # ---- counting ---------------------------------------------------------------------------

    def add_working_days(self, start: date, n: int) -> date:
        """The nth working day after ``start`` (day 0); n < 0 counts back before it.

        n = 0 gives ``start`` if it is a working day, else the next working day
        (so "the same working day" for a message that arrived on a Sunday is Monday).
        """
        if n == 0:
            return self.roll(start, "forward")
        step = timedelta(days=1 if n > 0 else -1)
        remaining = abs(n)
        day = start
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d <= end (negative if end is before start).

        For n >= 1, working_days_between(s, add_working_days(s, n)) == n.
        """
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def add_calendar_days(self, start: date, n: int, roll: str = "forward", *, start_day_counts: bool = False) -> date:
        """``start`` plus n calendar days, moved to a working day as ``roll`` says.

        ``start_day_counts``: the day of receipt is the first day of the period
        (a period "commencing on" that day), so the period ends one day earlier.
        """
        end = start + timedelta(days=n - 1 if start_day_counts and n > 0 else n)
        return self.roll(end, roll)

    def add_weeks(self, start: date, n: int, roll: str = "forward", *, start_day_counts: bool = False) -> date:
        return self.add_calendar_days(start, 7 * n, roll, start_day_counts=start_day_counts)

    def add_months(self, start: date, n: int, roll: str = "forward", *, start_day_counts: bool = False) -> date:
        """The corresponding date n months later (the last day of the month where
        there is none: 31 August + 6 months is 28 February).

        With ``start_day_counts`` the period ends the day before the corresponding
        date (six months commencing on 10 March end on 9 September); where there
        is no corresponding date it ends on the last day of the month.
        """
        years, month0 = divmod(start.month - 1 + n, 12)
        year, month = start.year + years, month0 + 1
        last = _stdlib_calendar.monthrange(year, month)[1]
        if start.day > last:
            end = date(year, month, last)
        else:
            end = date(year, month, start.day)
            if start_day_counts and n > 0:
                end -= timedelta(days=1)
        return self.roll(end, roll)

    # ---- moments ----------------------------------------------------------------------------

    def local(self, moment: datetime) -> datetime:
        """The moment in the calendar's zone (Europe/London)."""
        _require_aware(moment)
        return moment.astimezone(self.tz)

    def local_date(self, moment: datetime) -> date:
        return self.local(moment).date()

    def receipt_day(self, moment: datetime) -> date:
        """Day 0 of a period that starts at ``moment``: its local date, or the next
        date if it arrived at or after the cut-off (when one is set)."""
        local = self.local(moment)
        if self.cutoff is not None and local.time() >= self.cutoff:
            return local.date() + timedelta(days=1)
        return local.date()

    def deadline_at(self, day: date) -> datetime:
        """The end of ``day``'s working hours, local time (17:00 BST or GMT)."""
        return datetime.combine(day, self.day_end, tzinfo=self.tz)

    def start_of(self, day: date) -> datetime:
        """The start of ``day``'s working hours, when reminders and escalations fall due."""
        return datetime.combine(day, self.day_start, tzinfo=self.tz)
