"""Tell the IT admin when the bot cannot read its mailbox or send mail: once when it has lasted, once when it ends.

A channel ("mailbox" or "sending") that fails continuously for ``[observe]
alert_after_minutes`` queues one email to ``[council] admin``; when it works
again, one more.  The state lives in HOME/outage.json, and each email's
Message-ID is derived from the channel and the outage's start, so a restart or
a crash between "queued" and "recorded" never sends a second copy (the outbox
refuses a Message-ID it already holds).

The emails go through the same outbox as every letter.  When it is *sending*
that fails, the "down" email waits in the outbox like everything else and
arrives with the "working again" one; the log (ERROR), ``/healthz`` and the
``complaints_bot_up`` metric say it at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Callable

from ..clock import LONDON
from ..config import Settings
from ..fsutil import atomic_write
from ..send.alert import ALERT_HEADER

log = logging.getLogger("complaints_bot.outage")

CHANNELS = {"mailbox": "read its mailbox", "sending": "send mail"}


class OutageWatch:
    def __init__(self, settings: Settings, outbox, now: Callable[[], datetime]):
        self.settings = settings
        self.outbox = outbox
        self.now = now
        self.path = settings.home / "outage.json"
        self.after = timedelta(minutes=settings.observe.alert_after_minutes)
        self._lock = threading.Lock()  # the poll and the flush jobs run in different threads

    def _load(self) -> dict[str, dict]:
        try:
            return json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}

    def _save(self, state: dict[str, dict]) -> None:
        atomic_write(self.path, json.dumps(state, indent=1).encode())

    def failed(self, channel: str, reason: str) -> bool:
        """The channel failed just now; returns True when this call queued the "down" email."""
        with self._lock:
            return self._failed(channel, reason)

    def _failed(self, channel: str, reason: str) -> bool:
        state = self._load()
        now = self.now()
        entry = state.setdefault(channel, {"since": now.isoformat(), "alerted": False})
        entry["reason"] = reason[:500]
        queued = False
        if not entry["alerted"] and now - datetime.fromisoformat(entry["since"]) >= self.after:
            queued = self._send(channel, entry, down=True)
            entry["alerted"] = True
            log.error("ALERT: the bot has not been able to %s since %s: %s", CHANNELS[channel], entry["since"], reason)
        self._save(state)
        return queued

    def works(self, channel: str) -> bool:
        """The channel worked just now; returns True when this call queued the "working again" email."""
        with self._lock:
            return self._works(channel)

    def _works(self, channel: str) -> bool:
        state = self._load()
        entry = state.pop(channel, None)
        if entry is None:
            return False
        queued = False
        if entry["alerted"]:
            queued = self._send(channel, entry, down=False)
            log.warning("the bot can %s again (it could not since %s)", CHANNELS[channel], entry["since"])
        self._save(state)
        return queued

    def _send(self, channel: str, entry: dict, *, down: bool) -> bool:
        council = self.settings.council
        if not council.admin:
            log.error("no [council] admin address in the settings: nobody is emailed about this outage")
            return False
        since = datetime.fromisoformat(entry["since"]).astimezone(LONDON)
        token = hashlib.sha256(f"{channel}|{entry['since']}".encode()).hexdigest()[:16]
        what = CHANNELS[channel]
        message = EmailMessage(policy=SMTP)
        message["From"] = f"{council.complaints_name} <{council.complaints_address}>"
        message["To"] = council.admin
        message["Date"] = format_datetime(self.now().astimezone(LONDON))
        message["Message-ID"] = f"<{council.reference_prefix}-outage.{channel}.{token}.{'down' if down else 'up'}" \
                                f"@{council.domains[0]}>"
        message["Auto-Submitted"] = "auto-generated"
        message["X-Auto-Response-Suppress"] = "All"
        message[ALERT_HEADER] = f"outage-{channel}-{'down' if down else 'up'}"
        if down:
            message["Subject"] = f"Complaints bot cannot {what} (since {since:%d %b %H:%M})"
            body = (f"The complaints bot has not been able to {what} since {since:%A %d %B %Y, %H:%M}.\n\n"
                    f"Last error: {entry.get('reason', '')}\n\n"
                    + ("Complaints are not being read or acknowledged: they wait in the mailbox and will be "
                       "processed when it is reachable again.\n" if channel == "mailbox" else
                       "Acknowledgements and forwards wait in the outbox and will be sent when the server takes "
                       "them again.\n")
                    + f"\nOn the bot's machine, `complaints-bot doctor` checks everything and says what to fix; "
                      f"`complaints-bot {'mailbox' if channel == 'mailbox' else 'outbox'} check` explains the "
                      "connection.  You will get one more email when it works again.\n")
        else:
            message["Subject"] = f"Complaints bot can {what} again"
            body = (f"The complaints bot can {what} again (it could not from {since:%A %d %B %Y, %H:%M} "
                    f"until {self.now().astimezone(LONDON):%H:%M}).  Nothing was lost: what waited is being "
                    "processed now.\n")
        message.set_content(body)
        return self.outbox.put(message)
