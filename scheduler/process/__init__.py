"""Complaint processes as data: load the definitions, open them for a case,
and work out deadlines and owed chasers.  Pure: the store persists the states.

Typical use by the store and scheduler::

    engine = ProcessEngine(load_processes(), load_calendar("calendar.toml"))
    states = engine.open_for_case(decision.processes, case_id, received)
    state = engine.mark_done(state, "acknowledge", when)
    for chaser in engine.owed_chasers(all_states, now, sent_keys): ...
"""

from .chasers import chaser_key
from .engine import ProcessEngine, ProcessError
from .loader import PROCESS_DIR, load_process, load_processes, parse_process
from .model import (
    Chaser,
    DueStep,
    Extension,
    Pause,
    Period,
    ProcessDefinition,
    ProcessState,
    Source,
    StepDefinition,
    StepState,
    Timescale,
)
from .rules import LATE_MATTER, ResponseTimeliness, is_late_matter, response_timeliness

__all__ = [
    "PROCESS_DIR",
    "LATE_MATTER",
    "Chaser",
    "DueStep",
    "Extension",
    "Pause",
    "Period",
    "ProcessDefinition",
    "ProcessEngine",
    "ProcessError",
    "ProcessState",
    "ResponseTimeliness",
    "Source",
    "StepDefinition",
    "StepState",
    "Timescale",
    "chaser_key",
    "is_late_matter",
    "load_process",
    "load_processes",
    "parse_process",
    "response_timeliness",
]
