"""The facts about one case that the reports count, read from its record and audit trail only.

Nothing here is re-decided: the labels are the case's current ones (an officer's relabel
wins), the outcome is the officer's ``close``, an acknowledgement is a letter the outbox was
given (or an officer marking the acknowledgement step done after a phone call or letter),
and routing to safeguarding is the forward sent to the safeguarding team.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from scheduler.calendar import WorkingCalendar

ACK_WORKING_DAYS = 3  # reg 13(2): "not later than 3 working days after the day on which it receives the complaint"
ACK_LETTERS = ("acknowledgement",)
SAFEGUARDING_TEAM = "safeguarding"
WELL_FOUNDED = ("upheld", "partly upheld")  # reg 18: the complaints "decided ... were well-founded"


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class StepFact:
    """One process step of a case, as stored."""

    process: str
    step: str
    started_at: datetime | None
    due: datetime | None
    done_at: datetime | None
    status: str
    pauses: tuple[tuple[datetime, datetime | None], ...]
    process_closed_at: datetime | None
    process_paused_at: datetime | None

    def running_at(self, moment: datetime) -> bool:
        """Whether the step's clock was running (started, not done, not closed or paused) at ``moment``."""
        if self.started_at is None or self.started_at > moment or self.status == "waiting":
            return False
        if self.done_at is not None and self.done_at <= moment:
            return False
        if self.status == "cancelled" and (self.process_closed_at is None or self.process_closed_at <= moment):
            return False
        if self.process_closed_at is not None and self.process_closed_at <= moment:
            return False
        return not any(start <= moment and (end is None or end > moment) for start, end in self.pauses)

    def overdue_at(self, moment: datetime) -> bool:
        return self.due is not None and self.due < moment and self.running_at(moment)


@dataclass(frozen=True)
class CaseFacts:
    ref: str
    received: datetime
    received_day: date
    kind: str
    labels: dict[str, Any]
    teams: tuple[str, ...]
    service_area: str  # recorded by an officer, else the first team routed to other than safeguarding
    status: str
    outcome: str  # "upheld", "partly upheld", "not upheld" or "" while open
    closed_at: datetime | None
    learning: tuple[tuple[datetime, str], ...]
    ombudsman_referred_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by_email: bool
    ack_due: datetime  # the end of the third working day after the day of receipt (England clock)
    safeguarding: bool
    safeguarding_from: datetime | None  # when the case was known to be a safeguarding concern
    safeguarding_routed_at: datetime | None
    safeguarding_due: datetime | None
    steps: tuple[StepFact, ...] = field(default_factory=tuple)
    response: "ResponseFact | None" = None

    @property
    def complaint(self) -> bool:
        return self.kind == "complaint"

    @property
    def well_founded(self) -> bool:
        return self.outcome in WELL_FOUNDED

    def ack_minutes(self) -> float | None:
        if self.acknowledged_at is None:
            return None
        return max(0.0, (self.acknowledged_at - self.received).total_seconds() / 60)

    def routing_minutes(self) -> float | None:
        if self.safeguarding_routed_at is None or self.safeguarding_from is None:
            return None
        return max(0.0, (self.safeguarding_routed_at - self.safeguarding_from).total_seconds() / 60)


@dataclass(frozen=True)
class ResponseFact:
    """The response to a statutory complaint (reg 14(2)) against its period (reg 13(7)/(8), reg 16)."""

    sent_at: datetime | None
    due: datetime | None
    basis: str  # "agreed", "set_by_council" or "target" (no period recorded: the 20 working day target)
    outer_limit: datetime | None  # six months, or the longer period agreed

    @property
    def within_period(self) -> bool | None:
        return None if self.sent_at is None or self.due is None else self.sent_at <= self.due

    @property
    def within_outer_limit(self) -> bool | None:
        return None if self.sent_at is None or self.outer_limit is None else self.sent_at <= self.outer_limit


# The process whose response the Regulations time, and its steps (scheduler/processes/statutory_complaint.toml).
RESPONSE_PROCESS, RESPONSE_STEP, LIMIT_STEP, PERIOD = "statutory_complaint", "send_response", "six_month_limit", "response_period"


def ack_deadline(calendar: WorkingCalendar, received: datetime) -> datetime:
    """17:00 on the third working day after the day of receipt, on the Regulations' calendar."""
    statutory = calendar.statutory()
    day = statutory.add_working_days(statutory.receipt_day(received), ACK_WORKING_DAYS)
    return statutory.deadline_at(day)


def _steps(case: dict[str, Any]) -> tuple[StepFact, ...]:
    out = []
    for process in case.get("processes", []):
        closed = _dt(process.get("closed_at"))
        for step in process["steps"]:
            pauses = tuple((_dt(p["start"]), _dt(p.get("end"))) for p in step.get("pauses", []))
            out.append(StepFact(process["process"], step["key"], _dt(step.get("started_at")), _dt(step.get("due")),
                                _dt(step.get("done_at")), step["status"], pauses, closed, _dt(process.get("paused_at"))))
    return tuple(out)


def _response(case: dict[str, Any]) -> ResponseFact | None:
    for process in case.get("processes", []):
        if process["process"] != RESPONSE_PROCESS:
            continue
        steps = {s["key"]: s for s in process["steps"]}
        response, limit = steps.get(RESPONSE_STEP), steps.get(LIMIT_STEP)
        if response is None:
            return None
        period = process.get("periods", {}).get(PERIOD)
        return ResponseFact(
            sent_at=_dt(response.get("done_at")) if response["status"] == "done" else None,
            due=_dt(response.get("due")),
            basis=period["basis"] if period else "target",
            outer_limit=_dt(limit.get("due")) if limit else None,
        )
    return None


def _kind_of_shape(shape: str) -> str:
    return shape if shape in ("compliment", "enquiry") else "complaint"


def _first(moments: list[datetime | None]) -> datetime | None:
    found = [m for m in moments if m is not None]
    return min(found) if found else None


def case_facts(case: dict[str, Any], calendar: WorkingCalendar, team_names: dict[str, str]) -> CaseFacts:
    # A case anonymised under the retention policy keeps only its ref, shape, dates, outcome and
    # teams (bot/retention.py): it still counts, with its kind read from its shape.
    labels = case.get("classification", {}).get("labels") or {"kind": _kind_of_shape(case.get("shape", ""))}
    received = datetime.fromisoformat(case["received_at"])
    teams = tuple(case.get("routing", {}).get("teams", []))
    audit = case.get("audit", [])
    sent = case.get("sent", [])
    steps = _steps(case)

    emailed = _first([_dt(s["at"]) for s in sent if s["letter"] in ACK_LETTERS])
    ack_steps = _first([s.done_at for s in steps if s.step == "acknowledge" and s.status == "done"])
    acknowledged = _first([emailed, ack_steps])

    safeguarding = bool(case.get("safeguarding")) or bool(labels.get("safeguarding"))
    raised = _first([_dt(a["at"]) for a in audit if a["action"] == "safeguarding raised"
                     or (a["action"] == "relabelled" and a["detail"].startswith("safeguarding: False -> True"))])
    # Flagged on arrival, or raised later (a follow-up message, or an officer's relabel).
    safeguarding_from = (raised or received) if safeguarding else None
    forwarded = _first([_dt(s["at"]) for s in sent if str(s.get("action", "")).split(":")[:2] in
                        (["forward", SAFEGUARDING_TEAM], ["followup-forward", SAFEGUARDING_TEAM])])
    referred = _first([s.done_at for s in steps if s.process == "safeguarding" and s.step == "refer_to_safeguarding"
                       and s.status == "done"])
    sg_due = _first([s.due for s in steps if s.process == "safeguarding" and s.step == "refer_to_safeguarding"])

    # Safeguarding is a flag laid over any case, not a service: the service is the next team routed to.
    lead = next((t for t in teams if t != SAFEGUARDING_TEAM), "")
    return CaseFacts(
        ref=case["ref"],
        received=received,
        received_day=calendar.local_date(received),
        kind=labels.get("kind", "enquiry"),
        labels=labels,
        teams=teams,
        service_area=case.get("service_area") or team_names.get(lead, lead) or "not known",
        status=case.get("status", "open"),
        outcome=case.get("outcome", "") if case.get("status") == "closed" else "",
        closed_at=_dt(case.get("closed_at")),
        learning=tuple((_dt(x["at"]), x["text"]) for x in case.get("learning", [])),
        ombudsman_referred_at=_dt(case.get("ombudsman_referred_at")),
        acknowledged_at=acknowledged,
        acknowledged_by_email=emailed is not None,
        ack_due=ack_deadline(calendar, received),
        safeguarding=safeguarding,
        safeguarding_from=safeguarding_from,
        safeguarding_routed_at=_first([forwarded, referred]) if safeguarding else None,
        safeguarding_due=sg_due,
        steps=steps,
        response=_response(case),
    )
