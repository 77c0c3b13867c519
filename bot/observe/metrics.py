"""The bot's Prometheus metrics, kept in a registry of its own (``prometheus_client``).

Updated by the run loop: each batch's outcomes, each acknowledgement the
server accepted (with its delay since the complaint arrived), the last good
mailbox poll, whether the mailbox and the sending server work, and every
minute the number of overdue process steps.  The outbox queue is counted
when scraped.  Labels are outcomes and channels only: never a reference,
an address or a subject, so the metrics hold no personal data.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

# An acknowledgement's Message-ID: <ASC-2026-00012.acknowledgement.TOKEN@domain> (bot/act/compose.py).
_ACK = re.compile(r"<?([A-Za-z]+-\d{4}-\d{5})\.acknowledgement\.")
# From a minute to the legal limit of 3 working days (and beyond, over a long weekend).
ACK_BUCKETS = (60, 300, 900, 3600, 4 * 3600, 24 * 3600, 3 * 24 * 3600, 5 * 24 * 3600)


def _count_files(folder: Path) -> int:
    try:
        return sum(1 for p in folder.iterdir() if p.is_file())
    except OSError:
        return 0


class Metrics:
    def __init__(self, outbox_dir: Path | None = None, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.messages = Counter("complaints_bot_messages_processed", "Messages taken from the mailbox, by outcome",
                                ["outcome"], registry=r)
        self.quarantined = Counter("complaints_bot_messages_quarantined",
                                   "Messages that could not be processed and went to quarantine", registry=r)
        self.acknowledgements = Counter("complaints_bot_acknowledgements_sent",
                                        "Acknowledgements accepted by the mail server (queued, with a Maildir outbox)",
                                        registry=r)
        self.acknowledgement_delay = Histogram(
            "complaints_bot_acknowledgement_delay_seconds",
            "Time from a complaint's arrival to its acknowledgement being sent", buckets=ACK_BUCKETS, registry=r)
        self.overdue_steps = Gauge("complaints_bot_overdue_steps", "Running process steps past their deadline",
                                   registry=r)
        self.outbox_queue = Gauge("complaints_bot_outbox_queue_length", "Messages waiting in the outbox to be sent",
                                  registry=r)
        self.outbox_failed = Gauge("complaints_bot_outbox_failed", "Messages refused for good (outbox/.Failed)",
                                   registry=r)
        self.last_poll = Gauge("complaints_bot_last_mailbox_poll_timestamp_seconds",
                               "When the last mailbox poll finished (Unix time)", registry=r)
        self.up = Gauge("complaints_bot_up", "1 when the channel works, 0 while it fails", ["channel"], registry=r)
        if outbox_dir is not None:
            self.outbox_queue.set_function(lambda: _count_files(outbox_dir / "new"))
            self.outbox_failed.set_function(lambda: _count_files(outbox_dir / ".Failed" / "cur"))

    def batch(self, outcomes: list[Any], finished: datetime) -> None:
        """One finished mailbox poll: its outcomes (``bot.pipeline.Outcome``) and the time."""
        for outcome in outcomes:
            self.messages.labels(outcome.status).inc()
            if outcome.status == "quarantined":
                self.quarantined.inc()
        self.last_poll.set(finished.timestamp())
        self.up.labels("mailbox").set(1)

    def acknowledged(self, message_id: str, store, sent_at: datetime) -> bool:
        """Count ``message_id`` if it is an acknowledgement, with its delay from the case's arrival."""
        match = _ACK.match(message_id.strip())
        if not match:
            return False
        self.acknowledgements.inc()
        try:
            received = datetime.fromisoformat(store.get_case(match.group(1))["received_at"])
        except Exception:  # noqa: BLE001 - a metric must never break sending (case deleted by retention, ...)
            return True
        self.acknowledgement_delay.observe(max(0.0, (sent_at - received).total_seconds()))
        return True

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
