"""Load and check the process data files (scheduler/processes/*.toml).

Every mistake becomes a ConfigError naming the file, the line where it can be
found, and the fix, so a council admin can correct a file without reading code.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

from ..tomlfile import find_line, read_toml
from .model import (
    CLOCKS,
    DOCUMENTS,
    ROLES,
    ROLLS,
    UNITS,
    Anchor,
    ProcessDefinition,
    Source,
    StepDefinition,
    Timescale,
)

PROCESS_DIR = Path(__file__).resolve().parent.parent / "processes"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP = {"key", "title", "description", "acknowledgement_step", "pauses", "urgent", "enabled", "defaults", "steps"}
_DEFAULTS = {"remind_before", "escalate_every", "escalate_to", "clock"}
_STEP = {
    "key", "title", "owner", "timescale", "sources", "remind_before", "escalate_every", "escalate_to",
    "pausable", "condition", "case_period", "done_with", "agree_before_due", "urgent", "note",
}
_TIMESCALE = {"amount", "unit", "from", "clock", "roll", "start_day_counts", "decision"}
_SOURCE = {"document", "where", "quote"}
# A unit needs no written decision only when a source quote says it in words.
_UNIT_WORDS = {
    "working_days": ("working day",),
    "calendar_days": ("calendar day",),
    "weeks": ("week",),
    "months": ("month",),
}


def load_processes(directory: str | Path | None = None) -> dict[str, ProcessDefinition]:
    """Every process file in ``directory`` (default: scheduler/processes), checked together."""
    folder = Path(directory) if directory is not None else PROCESS_DIR
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise ConfigError(str(folder), "no process files (*.toml) found", "restore the files from the repository")
    loaded: dict[str, tuple[ProcessDefinition, str]] = {}
    for path in files:
        data, text = read_toml(path)
        loaded[path.stem] = (parse_process(data, str(path), text), text)
    for definition, text in loaded.values():
        for other in definition.pauses:
            if other not in loaded:
                raise ConfigError(
                    definition.path,
                    f"pauses names unknown process {other!r}",
                    f"use one of {', '.join(sorted(loaded))}",
                    find_line(text, r"^\s*pauses\s*="),
                )
    return {key: definition for key, (definition, _) in loaded.items()}


def load_process(path: str | Path) -> ProcessDefinition:
    data, text = read_toml(path)
    return parse_process(data, str(path), text)


class _Checker:
    """Validation helpers that know the file and can find lines in it."""

    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        self.step_lines = [i for i, line in enumerate(text.splitlines(), 1) if re.match(r"^\s*\[\[steps\]\]", line)]

    def step_span(self, index: int | None) -> tuple[int, int | None]:
        if index is None or index >= len(self.step_lines):
            stop = self.step_lines[0] if self.step_lines else None
            return 1, stop
        stop = self.step_lines[index + 1] if index + 1 < len(self.step_lines) else None
        return self.step_lines[index], stop

    def line(self, field: str | None, index: int | None = None, value: Any = None) -> int | None:
        start, stop = self.step_span(index)
        if field is None:
            return start if index is not None else None
        pattern = rf"^\s*{re.escape(field)}\s*="
        if value is not None:
            pattern = rf"{re.escape(field)}\s*=\s*{re.escape(_toml_repr(value))}"
        found = find_line(self.text, pattern, start, stop)
        if found is None and value is not None:
            found = find_line(self.text, re.escape(_toml_repr(value)), start, stop)
        return found if found is not None else (start if index is not None else None)

    def fail(self, problem: str, fix: str, field: str | None = None, index: int | None = None, value: Any = None):
        return ConfigError(self.path, problem, fix, self.line(field, index, value))


def _toml_repr(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_process(data: dict[str, Any], path: str, text: str = "") -> ProcessDefinition:
    """A checked ProcessDefinition from one parsed file."""
    c = _Checker(path, text)
    stem = Path(path).stem
    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise c.fail(f"unknown setting {unknown[0]!r}", f"use only {', '.join(sorted(_TOP))}", unknown[0])
    key = _text(c, data, "key", None, "the file name without .toml")
    if key != stem:
        raise c.fail(f"key {key!r} differs from the file name {stem!r}", f'write key = "{stem}"', "key")
    title = _text(c, data, "title", None, "a plain-English name for the process")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise c.fail("defaults must be a table", "write [defaults] on its own line", "defaults")
    if set(defaults) - _DEFAULTS:
        bad = sorted(set(defaults) - _DEFAULTS)[0]
        raise c.fail(f"unknown default {bad!r}", f"use only {', '.join(sorted(_DEFAULTS))}", bad)
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise c.fail("the process has no steps", "add at least one [[steps]] table", None)
    steps = [_step(c, raw, index, defaults) for index, raw in enumerate(raw_steps)]
    keys = [s.key for s in steps]
    for index, step in enumerate(steps):
        if keys.count(step.key) > 1:
            raise c.fail(f"step key {step.key!r} is used twice", "give each step its own key", "key", index, step.key)
    _check_links(c, steps, keys)
    ack = data.get("acknowledgement_step")
    if ack is not None and ack not in keys:
        raise c.fail(f"acknowledgement_step {ack!r} is not a step", f"use one of {', '.join(keys)}", "acknowledgement_step")
    pauses = data.get("pauses", [])
    if not isinstance(pauses, list) or not all(isinstance(p, str) for p in pauses):
        raise c.fail("pauses must be a list of process keys", 'write pauses = ["statutory_complaint"]', "pauses")
    return ProcessDefinition(
        key=key,
        title=title,
        description=str(data.get("description", "")),
        path=path,
        steps=tuple(steps),
        acknowledgement_step=ack,
        pauses=tuple(pauses),
        urgent=_bool(c, data, "urgent", False, None),
        enabled=_bool(c, data, "enabled", True, None),
    )


def _step(c: _Checker, raw: Any, index: int, defaults: dict[str, Any]) -> StepDefinition:
    if not isinstance(raw, dict):
        raise c.fail("a step must be a table", "start each step with [[steps]]", None, index)
    unknown = sorted(set(raw) - _STEP)
    if unknown:
        raise c.fail(f"step has unknown field {unknown[0]!r}", f"use only {', '.join(sorted(_STEP))}", unknown[0], index)
    key = _text(c, raw, "key", index, "a short name in lower_case, e.g. acknowledge")
    if not _NAME.match(key):
        raise c.fail(f"step key {key!r} is not lower_case_with_underscores", "rename it, e.g. acknowledge", "key", index)
    title = _text(c, raw, "title", index, "what has to be done, in plain English")
    owner = _role(c, raw.get("owner"), "owner", index)
    escalate_to = _role(c, raw.get("escalate_to", defaults.get("escalate_to", "senior_manager")), "escalate_to", index)
    timescale = _timescale(c, raw, index, defaults.get("clock", "council"))
    sources = _sources(c, raw, index, key)
    if not timescale.decision:
        words = _UNIT_WORDS[timescale.unit]
        if not any(w in s.quote.lower() for s in sources for w in words):
            raise c.fail(
                f"step {key!r}: no source quote says '{words[0]}s', so the unit {timescale.unit} is a decision",
                "write the reason for the unit (and anchor) in timescale.decision",
                "unit",
                index,
            )
    remind = raw.get("remind_before", defaults.get("remind_before", [1]))
    if isinstance(remind, int) and not isinstance(remind, bool):
        remind = [remind]
    if not isinstance(remind, list) or not all(isinstance(r, int) and not isinstance(r, bool) and r >= 0 for r in remind):
        raise c.fail("remind_before must be a list of whole working days >= 0", "write remind_before = [1]", "remind_before", index)
    every = raw.get("escalate_every", defaults.get("escalate_every", 2))
    if not isinstance(every, int) or isinstance(every, bool) or every < 0:
        raise c.fail("escalate_every must be a whole number of working days >= 0", "write escalate_every = 2", "escalate_every", index)
    for name in ("condition", "case_period", "done_with"):
        value = raw.get(name)
        if value is not None and not (isinstance(value, str) and _NAME.match(value)):
            raise c.fail(f"{name} {value!r} is not a lower_case name", f'write {name} = "some_name"', name, index)
    return StepDefinition(
        key=key,
        title=title,
        owner=owner,
        timescale=timescale,
        sources=sources,
        remind_before=tuple(sorted(set(remind), reverse=True)),
        escalate_every=every,
        escalate_to=escalate_to,
        pausable=_bool(c, raw, "pausable", True, index),
        condition=raw.get("condition"),
        case_period=raw.get("case_period"),
        done_with=raw.get("done_with"),
        agree_before_due=_bool(c, raw, "agree_before_due", False, index),
        urgent=_bool(c, raw, "urgent", False, index),
        note=str(raw.get("note", "")),
    )


def _timescale(c: _Checker, raw: dict[str, Any], index: int, default_clock: str) -> Timescale:
    ts = raw.get("timescale")
    if not isinstance(ts, dict):
        raise c.fail("step has no timescale", "add [steps.timescale] with amount, unit and from", None, index)
    unknown = sorted(set(ts) - _TIMESCALE)
    if unknown:
        raise c.fail(f"timescale has unknown field {unknown[0]!r}", f"use only {', '.join(sorted(_TIMESCALE))}", unknown[0], index)
    amount = ts.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise c.fail(f"timescale amount {amount!r} is not a whole number >= 0", "write amount = 3", "amount", index)
    unit = ts.get("unit")
    if unit not in UNITS:
        raise c.fail(f"unknown unit {unit!r}", f"use one of {', '.join(UNITS)}", "unit", index, unit)
    anchor_text = ts.get("from")
    if not isinstance(anchor_text, str):
        raise c.fail("timescale has no from", 'write from = "receipt", "step:<key>" or "event:<name>"', "from" if "from" in ts else None, index)
    anchor = Anchor.parse(anchor_text)
    if anchor.kind not in ("receipt", "step", "event") or (anchor.kind != "receipt" and not _NAME.match(anchor.name)):
        raise c.fail(f"from {anchor_text!r} is not understood", 'write "receipt", "step:<step key>" or "event:<name>"', "from", index)
    clock = ts.get("clock", default_clock)
    if clock not in CLOCKS:
        raise c.fail(f"unknown clock {clock!r}", f"use one of {', '.join(CLOCKS)}", "clock", index)
    roll = ts.get("roll", "forward")
    if roll not in ROLLS:
        raise c.fail(f"unknown roll {roll!r}", f"use one of {', '.join(ROLLS)}", "roll", index)
    start_day_counts = _bool(c, ts, "start_day_counts", False, index)
    if start_day_counts and unit == "working_days":
        raise c.fail("start_day_counts does not apply to working days", "remove start_day_counts", "start_day_counts", index)
    decision = ts.get("decision", "")
    if not isinstance(decision, str):
        raise c.fail("decision must be text", 'write decision = "why"', "decision", index)
    return Timescale(amount, unit, anchor, clock, roll, start_day_counts, decision.strip())


def _sources(c: _Checker, raw: dict[str, Any], index: int, key: str) -> tuple[Source, ...]:
    items = raw.get("sources")
    if not isinstance(items, list) or not items:
        raise c.fail(
            f"step {key!r} has no source",
            "add [[steps.sources]] with document, where (paragraph or step) and a short quote",
            None,
            index,
        )
    sources = []
    for item in items:
        if not isinstance(item, dict) or set(item) - _SOURCE:
            raise c.fail("a source has unknown fields", "use document, where and quote", "document", index)
        document, where, quote = item.get("document"), item.get("where"), item.get("quote")
        if document not in DOCUMENTS:
            raise c.fail(f"unknown source document {document!r}", f"use one of {', '.join(DOCUMENTS)}", "document", index, document)
        for name, value in (("where", where), ("quote", quote)):
            if not isinstance(value, str) or not value.strip():
                raise c.fail(f"a source of step {key!r} has no {name}", f"write {name} = \"...\"", "document", index)
        sources.append(Source(document, where.strip(), " ".join(quote.split())))
    return tuple(sources)


def _check_links(c: _Checker, steps: list[StepDefinition], keys: list[str]) -> None:
    for index, step in enumerate(steps):
        anchor = step.timescale.anchor
        if anchor.kind == "step" and (anchor.name not in keys or anchor.name == step.key):
            raise c.fail(
                f"step {step.key!r} depends on unknown step {anchor.name!r}",
                f"use from = \"step:<key>\" with one of {', '.join(k for k in keys if k != step.key)}",
                "from",
                index,
            )
        if step.done_with is not None and (step.done_with not in keys or step.done_with == step.key):
            raise c.fail(f"done_with names unknown step {step.done_with!r}", f"use one of {', '.join(keys)}", "done_with", index)
    # A step may not wait, through other steps, for itself.
    depends = {s.key: s.timescale.anchor.name for s in steps if s.timescale.anchor.kind == "step"}
    for index, step in enumerate(steps):
        seen = [step.key]
        current = depends.get(step.key)
        while current is not None:
            if current in seen:
                chain = " -> ".join(seen + [current])
                raise c.fail(f"steps wait for each other in a circle: {chain}", "make one of them start from receipt or an event", "from", index)
            seen.append(current)
            current = depends.get(current)


def _text(c: _Checker, raw: dict[str, Any], name: str, index: int | None, what: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        raise c.fail(f"missing {name}", f'write {name} = "..." ({what})', name if name in raw else None, index)
    return value.strip()


def _role(c: _Checker, value: Any, name: str, index: int) -> str:
    if value not in ROLES:
        raise c.fail(f"unknown {name} role {value!r}", f"use one of {', '.join(ROLES)}", name, index)
    return value


def _bool(c: _Checker, raw: dict[str, Any], name: str, default: bool, index: int | None) -> bool:
    value = raw.get(name, default)
    if not isinstance(value, bool):
        raise c.fail(f"{name} must be true or false", f"write {name} = true", name, index)
    return value
