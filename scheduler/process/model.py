"""Typed records of the process engine: definitions (from the TOML files) and
states (what the store keeps per case), with plain-dict round trips.

States hold only plain values, so the store can persist ``to_dict()`` as JSON
and rebuild with ``from_dict()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

UNITS: tuple[str, ...] = ("working_days", "calendar_days", "weeks", "months")
# "england": the 2009 Regulations' working days only; "council": council closures skipped too.
CLOCKS: tuple[str, ...] = ("england", "council")
ROLLS: tuple[str, ...] = ("forward", "backward", "none")
ROLES: tuple[str, ...] = (
    "complaints_officer",
    "complaints_manager",  # the Customer Relations (Senior) Manager: leads on the Ombudsman
    "investigating_officer",
    "quality_officer",
    "quality_manager",
    "provider",
    "safeguarding_team",
    "commissioning_team",
    "senior_manager",
)
# Where a step's rule may come from: the five council documents, or the Regulations.
DOCUMENTS: tuple[str, ...] = (
    "adult-social-care-complaint-policy.txt",
    "help-us-get-it-right-public-page.txt",
    "practitioner-guidance-adult-social-care-complaints.txt",
    "provider-complaints-formal-informal-process.txt",
    "statutory-two-stage-procedure.txt",
    "SI 2009/309",
)
STATUSES: tuple[str, ...] = ("waiting", "pending", "extended", "paused", "done", "cancelled")
RUNNING: tuple[str, ...] = ("pending", "extended", "paused")  # the clock has started and not finished
FINISHED: tuple[str, ...] = ("done", "cancelled")
BASES: tuple[str, ...] = ("agreed", "set_by_council")


# ---- definitions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Where a step comes from: a document, its paragraph or step, and a short quote."""

    document: str
    where: str
    quote: str


@dataclass(frozen=True)
class Anchor:
    """What a step's clock starts from: the receipt, another step's completion, or an event."""

    kind: str  # "receipt", "step", "event"
    name: str = ""

    @classmethod
    def parse(cls, text: str) -> "Anchor":
        if text == "receipt":
            return cls("receipt")
        kind, _, name = text.partition(":")
        return cls(kind, name)

    def __str__(self) -> str:
        return self.kind if self.kind == "receipt" else f"{self.kind}:{self.name}"


@dataclass(frozen=True)
class Timescale:
    amount: int
    unit: str
    anchor: Anchor
    clock: str = "council"
    roll: str = "forward"  # a calendar-unit deadline on a non-working day moves this way
    start_day_counts: bool = False  # the period "commences on" the anchor day
    decision: str = ""  # why this unit/anchor where the documents are not explicit


@dataclass(frozen=True)
class StepDefinition:
    key: str
    title: str
    owner: str
    timescale: Timescale
    sources: tuple[Source, ...]
    remind_before: tuple[int, ...] = (1,)  # working days before the deadline
    escalate_every: int = 2  # working days between escalations while overdue (0: escalate once)
    escalate_to: str = "senior_manager"
    pausable: bool = True
    condition: str | None = None  # an event that must be recorded before the step starts
    case_period: str | None = None  # a per-case period (e.g. the reg 13(7) response period) replaces the timescale
    done_with: str | None = None  # this step is done when that step is done
    agree_before_due: bool = False  # its period can only be changed before it runs out (reg 16)
    urgent: bool = False
    note: str = ""  # shown with chasers


@dataclass(frozen=True)
class ProcessDefinition:
    key: str
    title: str
    description: str
    path: str
    steps: tuple[StepDefinition, ...]
    acknowledgement_step: str | None = None
    pauses: tuple[str, ...] = ()  # processes of the same case paused when this one opens
    urgent: bool = False
    enabled: bool = True

    def step(self, key: str) -> StepDefinition:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(f"process {self.key!r} has no step {key!r}")

    def step_keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.steps)


# ---- states ------------------------------------------------------------------------------------


def _dt(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@dataclass
class Extension:
    working_days: int
    reason: str
    at: datetime
    by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"working_days": self.working_days, "reason": self.reason, "at": _dt(self.at), "by": self.by}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Extension":
        return cls(d["working_days"], d["reason"], _parse_dt(d["at"]), d.get("by", ""))


@dataclass
class Pause:
    start: datetime
    reason: str
    end: datetime | None = None
    shift: int = 0  # days the deadline moved on resume (working or calendar, as the step counts)
    by_process: bool = False  # paused with the whole process (resumed with it)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": _dt(self.start),
            "reason": self.reason,
            "end": _dt(self.end),
            "shift": self.shift,
            "by_process": self.by_process,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Pause":
        return cls(_parse_dt(d["start"]), d["reason"], _parse_dt(d.get("end")), d.get("shift", 0), d.get("by_process", False))


@dataclass
class Period:
    """A per-case period: e.g. the response period agreed under reg 13(7) or set under 13(8)."""

    basis: str  # "agreed" (reg 13(7)) or "set_by_council" (reg 13(8))
    at: datetime
    amount: int | None = None
    unit: str | None = None
    until: date | None = None  # or a fixed last day
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "basis": self.basis,
            "at": _dt(self.at),
            "amount": self.amount,
            "unit": self.unit,
            "until": None if self.until is None else self.until.isoformat(),
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Period":
        until = d.get("until")
        return cls(
            d["basis"],
            _parse_dt(d["at"]),
            d.get("amount"),
            d.get("unit"),
            None if until is None else date.fromisoformat(until),
            d.get("note", ""),
        )


@dataclass
class StepState:
    key: str
    status: str = "waiting"
    started_at: datetime | None = None  # when the clock started
    due: datetime | None = None  # the deadline: end of a working day, local time
    due_version: int = 0  # +1 each time the deadline moves (chaser keys include it)
    done_at: datetime | None = None
    done_by: str = ""
    paused_at: datetime | None = None
    extra_working_days: int = 0  # extensions, and pauses of working-day steps
    extra_calendar_days: int = 0  # pauses of calendar-unit steps
    extensions: list[Extension] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)
    cancelled_reason: str = ""

    @property
    def running(self) -> bool:
        return self.status in RUNNING

    @property
    def met(self) -> bool | None:
        """Done by its deadline?  None while not done (or done before its clock started)."""
        if self.status != "done" or self.done_at is None or self.due is None:
            return None
        return self.done_at <= self.due

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "status": self.status,
            "started_at": _dt(self.started_at),
            "due": _dt(self.due),
            "due_version": self.due_version,
            "done_at": _dt(self.done_at),
            "done_by": self.done_by,
            "paused_at": _dt(self.paused_at),
            "extra_working_days": self.extra_working_days,
            "extra_calendar_days": self.extra_calendar_days,
            "extensions": [e.to_dict() for e in self.extensions],
            "pauses": [p.to_dict() for p in self.pauses],
            "cancelled_reason": self.cancelled_reason,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "StepState":
        if d.get("status") not in STATUSES:
            raise ValueError(f"step {d.get('key')!r} has unknown status {d.get('status')!r}")
        return cls(
            key=d["key"],
            status=d["status"],
            started_at=_parse_dt(d.get("started_at")),
            due=_parse_dt(d.get("due")),
            due_version=d.get("due_version", 0),
            done_at=_parse_dt(d.get("done_at")),
            done_by=d.get("done_by", ""),
            paused_at=_parse_dt(d.get("paused_at")),
            extra_working_days=d.get("extra_working_days", 0),
            extra_calendar_days=d.get("extra_calendar_days", 0),
            extensions=[Extension.from_dict(e) for e in d.get("extensions", [])],
            pauses=[Pause.from_dict(p) for p in d.get("pauses", [])],
            cancelled_reason=d.get("cancelled_reason", ""),
        )


@dataclass
class ProcessState:
    """One process opened for one case."""

    case_id: str
    process: str
    received: datetime
    steps: dict[str, StepState]
    events: dict[str, datetime] = field(default_factory=dict)
    periods: dict[str, Period] = field(default_factory=dict)
    paused_at: datetime | None = None
    pause_reason: str = ""
    closed_at: datetime | None = None
    close_reason: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    def step(self, key: str) -> StepState:
        try:
            return self.steps[key]
        except KeyError:
            raise KeyError(f"process {self.process!r} of case {self.case_id!r} has no step {key!r}") from None

    def to_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "process": self.process,
            "received": _dt(self.received),
            "steps": [s.to_dict() for s in self.steps.values()],
            "events": {k: _dt(v) for k, v in self.events.items()},
            "periods": {k: v.to_dict() for k, v in self.periods.items()},
            "paused_at": _dt(self.paused_at),
            "pause_reason": self.pause_reason,
            "closed_at": _dt(self.closed_at),
            "close_reason": self.close_reason,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ProcessState":
        steps = [StepState.from_dict(s) for s in d["steps"]]
        return cls(
            case_id=d["case_id"],
            process=d["process"],
            received=_parse_dt(d["received"]),
            steps={s.key: s for s in steps},
            events={k: _parse_dt(v) for k, v in d.get("events", {}).items()},
            periods={k: Period.from_dict(v) for k, v in d.get("periods", {}).items()},
            paused_at=_parse_dt(d.get("paused_at")),
            pause_reason=d.get("pause_reason", ""),
            closed_at=_parse_dt(d.get("closed_at")),
            close_reason=d.get("close_reason", ""),
        )


@dataclass(frozen=True)
class Chaser:
    """A reminder or escalation owed for one step.  ``key`` is unique per case,
    process, step, kind, deadline version and sequence: record it once sent."""

    key: str
    kind: str  # "reminder" or "escalation"
    case_id: str
    process: str
    step: str
    title: str
    owner: str
    to: tuple[str, ...]  # roles to write to
    at: datetime  # when it fell due
    due: datetime  # the step's deadline
    sequence: int  # reminder: working days before; escalation: 1, 2, 3 ...
    urgent: bool = False
    late: bool = False  # computed after the deadline (always so for escalations)
    note: str = ""


@dataclass(frozen=True)
class DueStep:
    """A step whose clock is running, for listings ("what is due")."""

    case_id: str
    process: str
    step: str
    title: str
    owner: str
    status: str
    due: datetime
    overdue: bool
