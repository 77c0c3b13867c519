"""Turn a step's timescale into a deadline, and a pause into days lost.

Kept apart from the engine so the counting rules sit in one place:
base period from the anchor, then pause shifts, then extensions.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..calendar import WorkingCalendar
from .model import Period, StepDefinition, StepState, Timescale


def calendar_for(cal: WorkingCalendar, timescale: Timescale) -> WorkingCalendar:
    """The statutory calendar (no council closures, no cut-off) for "england" steps."""
    return cal.statutory() if timescale.clock == "england" else cal


def compute_due(cal: WorkingCalendar, step: StepDefinition, state: StepState, period: Period | None) -> datetime:
    """The deadline of a started step: end of the working day that the counting gives.

    Order: the period from the anchor day (the case's own period if one is
    recorded for this step), then calendar days lost to pauses with the
    step's roll, then working days added by extensions and working-day pauses.
    """
    if state.started_at is None:
        raise ValueError(f"step {state.key!r} has not started")
    ts = step.timescale
    c = calendar_for(cal, ts)
    day0 = c.receipt_day(state.started_at)
    amount, unit = ts.amount, ts.unit
    if period is not None and period.until is not None:
        day = period.until + timedelta(days=state.extra_calendar_days)
        day = c.roll(day, ts.roll)
    else:
        if period is not None:
            amount, unit = int(period.amount or 0), str(period.unit)
        if unit == "working_days":
            day = c.add_working_days(day0, amount)
        else:
            add = {"calendar_days": c.add_calendar_days, "weeks": c.add_weeks, "months": c.add_months}[unit]
            day = add(day0, amount, "none", start_day_counts=ts.start_day_counts)
            day = c.roll(day + timedelta(days=state.extra_calendar_days), ts.roll)
    if state.extra_working_days:
        day = c.add_working_days(day, state.extra_working_days)
    return c.deadline_at(day)


def counts_working_days(step: StepDefinition, period: Period | None) -> bool:
    """Whether the step's period is in working days (so a pause costs working days)."""
    if period is not None:
        return period.until is None and period.unit == "working_days"
    return step.timescale.unit == "working_days"


def pause_shift(cal: WorkingCalendar, step: StepDefinition, period: Period | None, paused: datetime, resumed: datetime) -> tuple[int, int]:
    """(working days, calendar days) by which a pause moves the deadline.

    The days lost are those after the day of pausing up to and including the
    day of resuming: paused and resumed the same day loses nothing; paused on
    Friday and resumed on Monday loses one working day (Monday).
    """
    c = calendar_for(cal, step.timescale)
    start, end = c.local_date(paused), c.local_date(resumed)
    if counts_working_days(step, period):
        return max(c.working_days_between(start, end), 0), 0
    return 0, max((end - start).days, 0)
