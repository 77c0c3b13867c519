"""Per-message delivery history: a small JSON file beside the outbox for each message tried.

``outbox/attempts/<file name>.json`` records every attempt (when, what the
server said), when the next is due, and whether the complaints team has been
told of a failure.  An attempt is written as ``sending`` *before* the message
is handed to the server, so after a crash the bot knows it may already have
been delivered (see docs/mailboxes.md, "the resend window").  That note is
written without fsync (it is diagnostic only); outcomes are written durably.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from ..fsutil import atomic_write, private_dir


@dataclass
class Attempt:
    at: str
    result: str  # "sending", "sent", "temporary", "permanent", "unreachable", "interrupted"
    detail: str = ""
    code: int | None = None


@dataclass
class History:
    name: str
    attempts: list[Attempt] = field(default_factory=list)
    next_attempt_at: str = ""
    alerted: bool = False
    refused: dict[str, str] = field(default_factory=dict)  # recipient -> server reply, when others got it

    @property
    def count(self) -> int:
        """Attempts that reached a server's reply (not counting ones cut short by a crash)."""
        return sum(1 for a in self.attempts if a.result in ("temporary", "permanent", "sent", "unreachable"))

    @property
    def last(self) -> Attempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def first_at(self) -> datetime | None:
        return datetime.fromisoformat(self.attempts[0].at) if self.attempts else None

    def due(self, now: datetime) -> bool:
        return not self.next_attempt_at or datetime.fromisoformat(self.next_attempt_at) <= now

    def add(self, now: datetime, result: str, detail: str = "", code: int | None = None) -> None:
        if self.attempts and self.attempts[-1].result == "sending":
            self.attempts.pop()  # the placeholder becomes the real outcome
        self.attempts.append(Attempt(now.isoformat(timespec="seconds"), result, detail, code))


class Histories:
    def __init__(self, root: Path):
        self.root = private_dir(Path(root))

    def path(self, name: str) -> Path:
        return self.root / f"{name.split(':')[0]}.json"

    def load(self, name: str) -> History:
        path = self.path(name)
        if not path.exists():
            return History(name.split(":")[0])
        data = json.loads(path.read_text(encoding="utf-8"))
        data["attempts"] = [Attempt(**a) for a in data.get("attempts", [])]
        return History(**data)

    def save(self, history: History, *, durable: bool = True) -> None:
        data = json.dumps(asdict(history), indent=2).encode("utf-8")
        if durable:
            atomic_write(self.path(history.name), data)
            return
        path = self.path(history.name)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)

    def forget(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)
