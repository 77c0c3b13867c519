"""Open a new case's processes and read the dates its letters quote.

Which processes a case opens (by shape and flags) and which step deadlines the
acknowledgement names live in ``scheduler/case_processes.toml``; the processes
and their timescales, each with its source, in ``scheduler/processes/``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from scheduler.calendar import WorkingCalendar
from scheduler.process.engine import ProcessEngine
from scheduler.process.loader import load_processes
from scheduler.process.model import ProcessState

from ..config import PROJECT_ROOT, toml_error
from ..errors import ConfigError
from ..records import Labels
from .shape import SHAPES

SELECTION_FILE = PROJECT_ROOT / "scheduler" / "case_processes.toml"
FLAGS = ("safeguarding", "ombudsman")


@dataclass(frozen=True)
class ShapePlan:
    processes: tuple[str, ...]
    letter_dates: dict[str, tuple[str, str]]  # date name -> (process, step)
    reply_within_working_days: int | None = None


def _line(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return None


def load_selection(path: Path, engine: ProcessEngine) -> tuple[dict[str, ShapePlan], dict[str, tuple[str, ...]]]:
    """Read and check case_processes.toml against the process definitions."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(path, text, exc, "check quotes and brackets on that line") from exc
    shapes: dict[str, ShapePlan] = {}
    for shape in SHAPES:
        spec = data.get("shapes", {}).get(shape)
        if spec is None:
            raise ConfigError(path, f"no [shapes.{shape}] section", f"add [shapes.{shape}] with processes = [...]")
        processes = tuple(spec.get("processes", []))
        for key in processes:
            if key not in engine.definitions:
                raise ConfigError(path, f"shape {shape}: unknown process {key!r}",
                                  f"use one of: {', '.join(sorted(engine.definitions))}", _line(text, key))
        dates = {}
        for name, target in spec.get("letter_dates", {}).items():
            process, _, step = str(target).partition(".")
            if process not in processes or step not in engine.definitions[process].step_keys():
                raise ConfigError(path, f"shape {shape}: letter date {name} = {target!r} is not a step of its processes",
                                  'write "process.step", e.g. "statutory_complaint.icap_letter"', _line(text, str(target)))
            dates[name] = (process, step)
        shapes[shape] = ShapePlan(processes, dates, spec.get("reply_within_working_days"))
    flags = {}
    for flag in FLAGS:
        keys = tuple(data.get("flags", {}).get(flag, {}).get("processes", []))
        for key in keys:
            if key not in engine.definitions:
                raise ConfigError(path, f"flag {flag}: unknown process {key!r}",
                                  f"use one of: {', '.join(sorted(engine.definitions))}", _line(text, key))
        flags[flag] = keys
    return shapes, flags


class CaseProcesses:
    def __init__(self, calendar: WorkingCalendar, selection: Path = SELECTION_FILE):
        self.calendar = calendar
        self.engine = ProcessEngine(load_processes(), calendar)
        self.shapes, self.flags = load_selection(selection, self.engine)

    def roles_needed(self) -> set[str]:
        """Every role a step names as owner or escalation target (routing.toml must map each)."""
        return {role for d in self.engine.definitions.values() for s in d.steps for role in (s.owner, s.escalate_to)}

    def select(self, shape: str, labels: Labels) -> list[str]:
        keys = list(self.shapes[shape].processes)
        for flag in FLAGS:
            if getattr(labels, flag):
                keys.extend(self.flags[flag])
        return list(dict.fromkeys(keys))

    def raise_flag(self, ref: str, flag: str, stored: list[dict[str, Any]], when: datetime) -> list[dict[str, Any]]:
        """A flag (safeguarding) raised on an open case: open its processes and pause what they pause."""
        states = [ProcessState.from_dict(s) for s in stored]
        have = {s.process for s in states}
        for key in self.flags[flag]:
            if key in have or not self.engine.definition(key).enabled:
                continue
            states.append(self.engine.open(key, ref, when))
            states = self.engine.apply_pauses(key, states, when)
        return [s.to_dict() for s in states]

    def open(self, ref: str, shape: str, labels: Labels, received: datetime,
             acknowledged: datetime | None) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """The case's process states (as stored) and the dates its letters quote (ISO dates)."""
        states = self.engine.open_for_case(self.select(shape, labels), ref, received, acknowledged=acknowledged)
        plan = self.shapes[shape]
        dates = {"received": self.calendar.local_date(received).isoformat()}
        by_process = {s.process: s for s in states}
        for name, (process, step) in plan.letter_dates.items():
            due = by_process[process].steps[step].due
            if due is not None:
                dates[name] = self.calendar.local_date(due).isoformat()
        if plan.reply_within_working_days is not None:
            day = self.calendar.add_working_days(self.calendar.receipt_day(received), plan.reply_within_working_days)
            dates["contact_by"] = day.isoformat()
        return [s.to_dict() for s in states], dates
