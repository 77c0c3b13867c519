"""Drain the durable outbox: send each waiting message once, retry with back-off, give up loudly.

For each message in ``outbox/new`` that is due:

1. record the attempt as ``sending`` in its history file (fsync'd);
2. hand the exact bytes to the sender;
3. the moment the server accepts them, move the file to ``outbox/cur``;
4. record the outcome.

A temporary refusal (4xx) schedules the next try with exponential back-off;
a permanent one (5xx), or temporary refusals for longer than ``give_up_hours``,
moves the message to ``outbox/.Failed`` and tells the complaints team once.
When the server cannot be reached at all, the whole run stops and waits
(no message is blamed for an outage).

Nothing is sent twice, with one exception that cannot be closed from the
client side: if the bot dies after the server's "250 accepted" and before the
rename in step 3 (microseconds: one ``rename`` and one directory ``fsync``),
the message is still in ``new/`` with a ``sending`` attempt, and it is sent
again on restart, so that recipient can get it twice.  The history records
this as "interrupted".  Runs are serialised by a lock (threads) and an
``flock`` on ``outbox/.flush.lock`` (the CLI and the running bot).
"""

from __future__ import annotations

import email.parser
import email.policy
import fcntl
import logging
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
import re
from email.utils import getaddresses
from pathlib import Path
from typing import Callable, Iterator

from ..act.outbox import Outbox
from ..config import Settings, table_option
from ..fsutil import fsync_dir
from ..intake.backoff import Backoff
from ..intake.maildir import ensure_maildir
from . import DeliveryError, Sender, TransportDown
from .alert import build_alert, is_alert
from .attempts import Histories, History

_ADDRESS = re.compile(r"[^\s<>\"(),;:]+@[^\s<>\"'(),;:]+")


def without_addresses(text: str) -> str:
    """A server's reply for the log: mail servers quote the refused address ("550 <pat@…> unknown");
    logs hold file names and codes, never addresses (the history file and the team's alert keep it)."""
    return _ADDRESS.sub("<address>", text)

log = logging.getLogger("complaints_bot.outbox")
HEADERS = email.parser.BytesHeaderParser(policy=email.policy.default)


@dataclass(frozen=True)
class DrainerOptions:
    council: object  # bot.config.Council
    envelope_from: str
    alert_to: tuple[str, ...]
    retry_first_seconds: float = 60.0
    retry_max_seconds: float = 3600.0
    give_up_hours: float = 72.0


def drainer_options(settings: Settings) -> DrainerOptions:
    def opt(key, default=None, **kw):
        return table_option(settings, "outbox", key, default, **kw)

    alert_to = opt("alert_to", None, kind=(str, list))
    if alert_to is None:
        alert_to = _complaints_team(settings) or [settings.council.complaints_address]
    elif isinstance(alert_to, str):
        alert_to = [alert_to]
    return DrainerOptions(
        council=settings.council,
        envelope_from=opt("envelope_from", settings.council.complaints_address, kind=str),
        alert_to=tuple(alert_to),
        retry_first_seconds=float(opt("retry_first_seconds", 60, kind=(int, float))),
        retry_max_seconds=float(opt("retry_max_seconds", 3600, kind=(int, float))),
        give_up_hours=float(opt("give_up_hours", 72, kind=(int, float))),
    )


def _complaints_team(settings: Settings) -> list[str]:
    """The complaints team's own addresses from routing.toml, so alerts reach people, not the bot's inbox."""
    from ..route import load_routing

    team = load_routing(settings.routing_path).teams.get("complaints")
    return list(team.addresses) if team else []


@dataclass
class FlushResult:
    sent: int = 0
    deferred: int = 0  # refused for now, tried again later
    failed: int = 0  # refused for good: moved to .Failed, team told
    waiting: int = 0  # not due yet, or held back while the server is unreachable
    down: str = ""  # why the server could not be used, if it could not

    def summary(self) -> dict[str, int]:
        return {k: v for k, v in (("sent", self.sent), ("deferred", self.deferred), ("failed", self.failed),
                                  ("waiting", self.waiting)) if v}


def recipients_of(message) -> list[str]:
    values = [str(v) for name in ("To", "Cc", "Bcc") for v in message.get_all(name, [])]
    seen: list[str] = []
    for _, address in getaddresses(values):
        if address and address not in seen:
            seen.append(address)
    return seen


class Drainer:
    def __init__(self, outbox: Outbox, sender: Sender, options: DrainerOptions,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self.outbox = outbox
        self.sender = sender
        self.options = options
        self.now = now
        self.histories = Histories(outbox.root / "attempts")
        self.failed_dir = ensure_maildir(outbox.root / ".Failed")
        self.transport = Backoff(options.retry_first_seconds, options.retry_max_seconds)
        self._lock = threading.Lock()
        self.on_sent: Callable[[str], None] | None = None  # told each accepted Message-ID (the metrics)

    # ---- the run ----------------------------------------------------------------------------

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        with self._lock, open(self.outbox.root / ".flush.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def flush(self, *, force: bool = False) -> FlushResult:
        """Send everything that is due; ``force`` ignores back-off (``complaints-bot outbox flush``)."""
        result = FlushResult()
        with self._exclusive():
            if force:
                self.transport.reset()
            tried: set[str] = set()
            try:
                for _ in range(2):  # a second pass sends alerts queued by the first
                    queued_alert = self._pass(result, force, tried)
                    if not queued_alert or result.down:
                        break
            finally:
                self.sender.close()
        if result.sent or result.failed or result.deferred:
            log.info("outbox: %s", ", ".join(f"{k} {v}" for k, v in result.summary().items()))
        return result

    def _oldest_first(self) -> list[Path]:
        def written(path: Path) -> float:
            try:
                return path.stat().st_mtime
            except FileNotFoundError:
                return 0.0

        return sorted(self.outbox.pending(), key=lambda p: (written(p), p.name))

    def _pass(self, result: FlushResult, force: bool, tried: set[str]) -> bool:
        pending = [p for p in self._oldest_first() if p.name not in tried]
        if self.transport.waiting() > 0:
            result.waiting += len(pending)
            result.down = f"{self.transport.last_error}; next try in {self.transport.waiting():.0f} s"
            return False
        queued_alert = False
        for index, path in enumerate(pending):
            tried.add(path.name)
            history = self.histories.load(path.name)
            if not force and not history.due(self.now()):
                result.waiting += 1
                continue
            outcome = self._send_one(path, history)
            if outcome == "down":
                result.waiting += len(pending) - index
                result.down = self.transport.last_error
                break
            if outcome.startswith("sent"):
                result.sent += 1
            elif outcome == "deferred":
                result.deferred += 1
            elif outcome.startswith("failed"):
                result.failed += 1
            queued_alert = queued_alert or outcome.endswith("alert")
        return queued_alert

    def _send_one(self, path: Path, history: History) -> str:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return "gone"  # sent by another run meanwhile
        now = self.now()
        if history.last is not None and history.last.result == "sending":
            history.add(now, "interrupted", "the bot stopped while handing this message to the server; "
                                            "it may have been delivered, so it can arrive twice")
            log.warning("outbox: %s was being sent when the bot stopped; sending it again", path.name,
                        extra={"outbox_file": path.name})
        parsed = HEADERS.parsebytes(data)  # only the headers: a forward can carry a large original
        recipients = recipients_of(parsed)
        if not recipients:
            return self._fail(path, history, parsed, data, "the message has no recipient address", None)
        history.add(now, "sending")
        # Not fsync'd: it only lets a restart say "interrupted"; after a crash the file is
        # still in new/ and is sent again whether or not this note survived.
        self.histories.save(history, durable=False)
        try:
            refused = self.sender.send(data, self.options.envelope_from, recipients)
        except TransportDown as exc:
            history.add(self.now(), "unreachable", str(exc))
            self.histories.save(history)
            delay = self.transport.failed(str(exc))
            log.warning("outbox: %s; trying again in %.0f s", exc, delay)
            return "down"
        except DeliveryError as exc:
            first = history.first_at or now
            if exc.permanent or self.now() - first > timedelta(hours=self.options.give_up_hours):
                reason = str(exc) if exc.permanent else f"{exc} (still refused after {self.options.give_up_hours:g} hours)"
                return self._fail(path, history, parsed, data, reason, exc.code)
            history.add(self.now(), "temporary", str(exc), exc.code)
            delay = min(self.options.retry_max_seconds, self.options.retry_first_seconds * 2 ** (history.count - 1))
            history.next_attempt_at = (self.now() + timedelta(seconds=delay)).isoformat(timespec="seconds")
            self.histories.save(history)
            log.warning("outbox: %s deferred (%s); next try in %.0f s", path.name, without_addresses(str(exc)), delay,
                        extra={"outbox_file": path.name})
            return "deferred"
        # Accepted: move it out of new/ at once.  The resend window is this one rename.
        self.outbox.mark_sent(path)
        self.transport.reset()
        if self.on_sent is not None:
            self.on_sent(str(parsed["Message-ID"] or ""))
        history.add(self.now(), "sent", f"accepted for {len(recipients) - len(refused)} recipient(s)")
        if refused:
            history.refused = {r: f"{code} {' '.join(msg.split())}" for r, (code, msg) in refused.items()}
            alerted = self._alert(parsed, data, path.name, "", history.refused, history)
            self.histories.save(history)
            return "sent+alert" if alerted else "sent"
        if len(history.attempts) == 1:
            self.histories.forget(path.name)  # a clean first-time send needs no history
        else:
            self.histories.save(history)
        return "sent"

    def _fail(self, path: Path, history: History, parsed, data: bytes, reason: str, code: int | None) -> str:
        log.error("outbox: %s could not be delivered: %s", path.name, without_addresses(reason),
                  extra={"outbox_file": path.name})
        # Tell the team first (idempotent by Message-ID), then move: a crash between the two
        # finds the message again, fails it again, and queues no second alert.
        alerted = self._alert(parsed, data, path.name, reason, None, history)
        target = self.failed_dir / "cur" / f"{path.name.split(':')[0]}:2,"
        try:
            os.replace(path, target)
        except FileNotFoundError:
            pass
        fsync_dir(target.parent)
        history.add(self.now(), "permanent", reason, code)
        history.next_attempt_at = ""
        self.histories.save(history)
        return "failed+alert" if alerted else "failed"

    def _alert(self, parsed, data: bytes, name: str, reason: str, refused: dict[str, str] | None,
               history: History) -> bool:
        if history.alerted or is_alert(data):
            return False  # once per failure; and never an alert about an alert
        alert = build_alert(original=parsed, file_name=name.split(":")[0], reason=reason, refused=refused,
                            council=self.options.council, alert_to=list(self.options.alert_to), when=self.now(),
                            outbox_dir=str(self.outbox.root))
        self.outbox.put(alert)
        history.alerted = True
        return True

    # ---- for `complaints-bot outbox ...` --------------------------------------------------------

    def failed(self) -> list[Path]:
        return sorted(p for p in (self.failed_dir / "cur").iterdir() if p.is_file())

    def find(self, key: str) -> tuple[str, Path]:
        """A message by file name (or its start) or Message-ID: ("waiting"|"sent"|"failed", path)."""
        from ..act.outbox import file_name
        from ..errors import OutboxError

        wanted = file_name(key) if key.startswith("<") else key.split(":")[0]
        places = (("waiting", self.outbox.root / "new"), ("sent", self.outbox.root / "cur"),
                  ("failed", self.failed_dir / "cur"))
        found = [(where, p) for where, folder in places for p in sorted(folder.iterdir())
                 if p.is_file() and p.name.startswith(wanted)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise OutboxError(f"no outgoing message {key!r}: `complaints-bot outbox list` shows them")
        raise OutboxError(f"{key!r} matches {len(found)} messages: give more of the name")

    def retry(self, key: str) -> str:
        """Send a waiting or failed message again at the next run; returns where it was."""
        with self._exclusive():
            where, path = self.find(key)
            name = path.name.split(":")[0]
            history = self.histories.load(name)
            history.next_attempt_at = ""
            history.alerted = False  # a new failure after a manual retry is worth telling again
            if where == "failed":
                os.replace(path, self.outbox.root / "new" / name)
                fsync_dir(self.outbox.root / "new")
            elif where == "sent":
                from ..errors import OutboxError

                raise OutboxError(f"{name} was already accepted by the server; it is not sent again")
            self.histories.save(history)
            self.transport.reset()
            return where
