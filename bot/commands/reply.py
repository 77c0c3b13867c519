"""Find the command lines at the top of an officer's reply.

Only the officer's new text counts: quoted lines are never commands (GNU
Mailman's issue 212 ran quoted lines as commands).  Reading stops at the first
line that is not a command, at "thanks", at a signature marker, or at quoted
text; a ``reply`` command takes the rest of the new text as the letter body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .grammar import Command, CommandSyntaxError, looks_like_command, parse_command

_STOP = re.compile(r"^(?:--\s*|_{3,}|thanks?\b.*|thank you\b.*|regards\b.*|kind regards\b.*|best\b.*|cheers\b.*"
                   r"|sent from my .*|get outlook for .*)$", re.I)
_QUOTED = re.compile(r"^\s*>")


@dataclass
class Transcript:
    """Each line read, and what became of it (like debbugs' control@ transcript)."""

    commands: list[Command] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (line, why)
    reply_text: str = ""


def read_commands(text: str) -> Transcript:
    transcript = Transcript()
    lines = text.replace("\r\n", "\n").split("\n")
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _QUOTED.match(raw) or _STOP.match(line):
            break
        if not looks_like_command(line):
            break
        try:
            command = parse_command(line)
        except CommandSyntaxError as exc:
            transcript.errors.append((line, str(exc)))
            continue
        if command.verb == "reply":
            body = []
            for rest in lines[index + 1:]:
                if _QUOTED.match(rest) or rest.strip() in ("--", "-- "):
                    break
                body.append(rest.rstrip())
            transcript.reply_text = "\n".join(body).strip()
            transcript.commands.append(command)
            break
        transcript.commands.append(command)
    return transcript
