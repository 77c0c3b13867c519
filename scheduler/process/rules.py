"""Two statutory tests the bot reports but never decides on its own.

* reg 12: a complaint about a matter more than 12 months old.  The council may
  still accept it (reg 12(2): good reason for the delay, and still possible to
  investigate fairly), so the bot only flags it for an officer's decision.
* reg 13(7)/(8) and reg 16: whether the response went out within the response
  period recorded for the case, and within the six-month outer limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..calendar import WorkingCalendar
from .model import ProcessState

LATE_MATTER = "late_matter"  # the condition (event) that starts the officer's decision step


def is_late_matter(cal: WorkingCalendar, matter_date: date, received: datetime | date) -> bool:
    """True when the complaint arrived more than 12 months after the matter (or
    after the complainant learned of it, whichever the caller passes as matter_date).

    Reg 12(1): "not later than 12 months after" the date, so the corresponding
    date a year on is still in time.  Flag only: see reg 12(2).
    """
    received_day = cal.local_date(received) if isinstance(received, datetime) else received
    limit = cal.add_months(matter_date, 12, "none")
    return received_day > limit


@dataclass(frozen=True)
class ResponseTimeliness:
    sent_at: datetime | None
    response_due: datetime | None  # from the agreed or council-set response period, else the 20-day target
    period_basis: str  # "agreed", "set_by_council" or "target" (no period recorded)
    within_response_period: bool | None
    outer_limit: datetime | None
    within_outer_limit: bool | None

    @property
    def must_explain_delay(self) -> bool:
        """The complainant must be told why the response is late: reg 16 past the six
        months (or the longer period agreed), practitioner guidance 3.3 past the
        timescale promised in the action plan (the response period)."""
        return self.within_outer_limit is False or self.within_response_period is False


def response_timeliness(
    state: ProcessState,
    *,
    response_step: str = "send_response",
    limit_step: str = "six_month_limit",
    period: str = "response_period",
) -> ResponseTimeliness:
    """Whether the response was (or, if unsent, still can be) within the periods."""
    response = state.step(response_step)
    limit = state.steps.get(limit_step)
    sent = response.done_at if response.status == "done" else None
    recorded = state.periods.get(period)
    return ResponseTimeliness(
        sent_at=sent,
        response_due=response.due,
        period_basis=recorded.basis if recorded else "target",
        within_response_period=None if sent is None or response.due is None else sent <= response.due,
        outer_limit=limit.due if limit else None,
        within_outer_limit=None if sent is None or limit is None or limit.due is None else sent <= limit.due,
    )
