"""Which days a report covers, in UK local time.

The 2009 Regulations' annual report is for a "year" of twelve months ending with 31 March
(reg 18).  ``--year 2026`` is the year that *ends* in 2026: 1 April 2025 to 31 March 2026,
the year the report is for, as the council's own annual reports are named ("2025/26").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..errors import BotError


class ReportPeriodError(BotError):
    """A report period that cannot be understood (e.g. ``--month 2026-13``)."""


@dataclass(frozen=True)
class ReportPeriod:
    kind: str  # "annual" or "monthly"
    first: date  # first day, inclusive
    last: date  # last day, inclusive
    label: str  # for people, e.g. "1 April 2025 to 31 March 2026"
    slug: str  # for file and folder names, e.g. "annual-2026"

    def contains(self, day: date | None) -> bool:
        return day is not None and self.first <= day <= self.last

    def months(self) -> list[date]:
        """The first day of each calendar month in the period."""
        out, day = [], self.first.replace(day=1)
        while day <= self.last:
            out.append(day)
            day = (day + timedelta(days=32)).replace(day=1)
        return out

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def year_ending_march(year: int) -> ReportPeriod:
    """The reporting year that ends on 31 March ``year`` (reg 18: a year ends with 31 March)."""
    if not 2009 <= year <= 9999:
        raise ReportPeriodError(f"--year {year}: give the year the report's year ends in, e.g. --year 2026")
    first, last = date(year - 1, 4, 1), date(year, 3, 31)
    return ReportPeriod("annual", first, last, f"{_long(first)} to {_long(last)} ({year - 1}/{str(year)[2:]})",
                        f"annual-{year}")


def calendar_month(text: str) -> ReportPeriod:
    """A calendar month written YYYY-MM."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ReportPeriodError(f"--month {text!r}: write the month as YYYY-MM, e.g. --month 2026-03")
    first = date(int(match.group(1)), int(match.group(2)), 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return ReportPeriod("monthly", first, last, f"{first:%B %Y}", f"monthly-{first:%Y-%m}")


def as_at(period: ReportPeriod, now: datetime, tz) -> datetime:
    """The moment the figures are taken at: the end of the period, or now if it has not ended."""
    end = datetime.combine(period.last + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    return min(end, now)
