"""The command language, one command a line, shared by email replies and the CLI.

    done <step>                         mark a process step done
    extend <step> <n> [working days] because <reason>
    formal | informal                   how the complaint is handled
    stage 2                             open the senior manager review
    assign <officer address>
    pause | resume                      every process of the case
    relabel <field>=<value> because <reason>
    note <text>
    close upheld | partly upheld | not upheld [: <what changed as a result>]
    learning <what changed as a result of the complaint>
    ombudsman referred                  the complainant took it to the Ombudsman
    service <service area>              the part of adult social care complained about
    response period <n> working days agreed | set
    reply                               the text after this line goes to the complainant
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import LABEL_VALUES

OUTCOMES = ("upheld", "partly upheld", "not upheld")


@dataclass(frozen=True)
class Command:
    verb: str
    args: dict[str, str] = field(default_factory=dict)
    line: str = ""


class CommandSyntaxError(ValueError):
    """The line looks like a command but cannot be understood; the message says how to write it."""


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("done", re.compile(r"^done\s+(?P<step>[\w.]+)$", re.I)),
    ("extend", re.compile(r"^extend\s+(?P<step>[\w.]+)\s+(?P<days>\d+)(?:\s+working)?(?:\s+days?)?\s+because\s+(?P<reason>.+)$", re.I)),
    ("formal", re.compile(r"^formal$", re.I)),
    ("informal", re.compile(r"^informal$", re.I)),
    ("stage2", re.compile(r"^stage\s*2$", re.I)),
    ("assign", re.compile(r"^assign\s+(?P<officer>\S+@\S+)$", re.I)),
    ("pause", re.compile(r"^pause(?:\s+because\s+(?P<reason>.+))?$", re.I)),
    ("resume", re.compile(r"^resume$", re.I)),
    ("relabel", re.compile(r"^relabel\s+(?P<field>\w+)\s*=\s*(?P<value>[\w,]+)\s+because\s+(?P<reason>.+)$", re.I)),
    ("note", re.compile(r"^note\s+(?P<text>.+)$", re.I)),
    ("close", re.compile(r"^close\s+(?P<outcome>upheld|partly\s+upheld|not\s+upheld)(?:\s*[:\-]\s*(?P<learning>.+))?$", re.I)),
    ("learning", re.compile(r"^learning:?\s+(?P<text>.+)$", re.I)),
    ("ombudsman", re.compile(r"^ombudsman\s+referred$", re.I)),
    ("service", re.compile(r"^service(?:\s+area)?:?\s+(?P<area>.+)$", re.I)),
    ("period", re.compile(r"^response\s+period\s+(?P<days>\d+)(?:\s+working)?(?:\s+days?)?\s+(?P<basis>agreed|set)$", re.I)),
    ("reply", re.compile(r"^reply:?$", re.I)),
]

VERBS = {"done", "extend", "formal", "informal", "stage", "assign", "pause", "resume", "relabel", "note", "close", "reply",
         "learning", "ombudsman", "service", "response"}

USAGE = {
    "done": "done <step>, e.g. done statutory_complaint.icap_letter",
    "extend": "extend <step> <n> working days because <reason>",
    "stage": "stage 2",
    "assign": "assign <officer address>",
    "relabel": "relabel <field>=<value> because <reason>, e.g. relabel safeguarding=false because …",
    "note": "note <text>",
    "close": "close upheld | close partly upheld | close not upheld, then optionally: <what changed as a result>",
    "learning": "learning <what changed as a result of the complaint>",
    "ombudsman": "ombudsman referred",
    "service": "service <service area>, e.g. service home care",
    "response": "response period <n> working days agreed (or: set, when the complainant declined to discuss it)",
    "pause": "pause (or: pause because <reason>)",
}


def looks_like_command(line: str) -> bool:
    words = line.strip().split()
    return bool(words) and words[0].lower().rstrip(":") in VERBS


def parse_command(line: str) -> Command:
    """One line as a Command; raises CommandSyntaxError for a command word used wrongly."""
    text = " ".join(line.strip().split())
    for verb, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            args = {k: v for k, v in match.groupdict().items() if v is not None}
            if verb == "relabel":
                _check_relabel(args)
            if verb == "close":
                args["outcome"] = " ".join(args["outcome"].lower().split())
            if verb == "period":
                args["basis"] = args["basis"].lower()
            return Command(verb, args, text)
    word = text.split()[0].lower().rstrip(":") if text else ""
    if word in VERBS:
        raise CommandSyntaxError(f"not understood; write: {USAGE.get(word, word)}")
    raise CommandSyntaxError("not a command")


def _check_relabel(args: dict[str, str]) -> None:
    name, raw = args["field"].lower(), args["value"].lower()
    if name not in LABEL_VALUES:
        raise CommandSyntaxError(f"unknown label {name!r}; labels: {', '.join(LABEL_VALUES)}")
    allowed = LABEL_VALUES[name]
    if name == "needs":
        values = [v for v in raw.split(",") if v and v != "none"]
        bad = [v for v in values if v not in allowed]
        if bad:
            raise CommandSyntaxError(f"needs cannot include {bad[0]!r}; use: {', '.join(allowed)} or none")
    elif isinstance(allowed[0], bool):
        if raw not in ("true", "false", "yes", "no"):
            raise CommandSyntaxError(f"{name} is true or false")
    elif raw not in {str(a) for a in allowed if a is not None} and not (raw in ("null", "none") and None in allowed):
        raise CommandSyntaxError(f"{name} cannot be {raw!r}; use: {', '.join(str(a) for a in allowed if a)}")
    args["field"], args["value"] = name, raw
