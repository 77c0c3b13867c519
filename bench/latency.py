"""Mail latency and backlog throughput over real servers: a throwaway Dovecot (IMAP) and aiosmtpd (SMTP).

Prints one JSON object:

* ``latency``: seconds from the IMAP APPEND of a complaint to its acknowledgement
  arriving at the SMTP server, with the bot running as in production (the
  APScheduler runner, IDLE waking the poll, the outbox flushed after each
  batch); median and p95 over ``--messages`` (100) complaints appended one
  after another.  Target: p95 under 5 s.
* ``backlog``: messages/second for importing ``--backlog`` (1,000) messages that
  were already in the mailbox when the bot was first started (cases, no
  acknowledgements), and how long sending the forwards they queued took.

Messages are the shipped samples made distinct: fresh Message-IDs, a sender
address of their own (so the per-address acknowledgement limit never bites),
no threading headers, and a line of varying text.  Everything runs on
127.0.0.1 in temporary folders; the servers are the test suite's
(tests/servers/).  Needs Dovecot (``make test`` installs it as root).

    .venv/bin/python bench/latency.py [--messages 100] [--backlog 1000]
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import logging
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_settings  # noqa: E402
from bot.pipeline import Bot, shared_classifier  # noqa: E402
from bot.send import open_drainer  # noqa: E402
from tests.servers.fixtures import (  # noqa: E402
    POOL,
    Dovecot,
    SMTPServer,
    dovecot_binary,
    free_port,
    imap_table,
    make_self_signed,
    smtp_table,
    write_home,
)

SAMPLES = ROOT / "tests" / "data" / "samples"


def complaint_samples() -> list[bytes]:
    """Samples written by a member of the public about a complaint (the ones that get acknowledged)."""
    labels = json.loads((SAMPLES / "labels.json").read_text())
    names = sorted(n for n, label in labels.items() if label["kind"] == "complaint" and label["sender_role"] == "public")
    return [(SAMPLES / n).read_bytes() for n in names]


def vary(data: bytes, n: int) -> tuple[bytes, str]:
    """The sample as a new, unrelated message: fresh Message-ID and sender, no threading, one varied line."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    message_id = f"<bench-{n}-{uuid.uuid4().hex[:12]}@example.org>"
    for header in ("Message-ID", "In-Reply-To", "References"):
        del message[header]
    message["Message-ID"] = message_id
    name = email.utils.parseaddr(str(message.get("From", "")))[0] or "A resident"
    del message["From"]
    message["From"] = email.utils.formataddr((name, f"resident{n}@example.org"))
    raw = message.as_bytes()
    head, sep, body = raw.partition(b"\n\n")
    if message.get_content_type() == "text/plain" and not message.get("Content-Transfer-Encoding", "").lower() \
            in ("base64", "quoted-printable"):
        body = body + f"\n(Our reference note {n}.)\n".encode()
    return head + sep + body, message_id


class TimedHandler:
    """Wraps the test SMTP handler to note when each acknowledgement arrived."""

    def __init__(self, handler):
        self.inner = handler
        self.inner.arrivals = {}

    def install(self):
        original = self.inner.handle_DATA

        async def handle_DATA(server, session, envelope):
            reply = await original(server, session, envelope)
            head = envelope.content.split(b"\r\n\r\n", 1)[0]
            if re.search(rb"(?im)^Auto-Submitted:\s*auto-replied", head):
                match = re.search(rb"(?im)^In-Reply-To:\s*(<[^>]+>)", head)
                if match:
                    self.inner.arrivals[match.group(1).decode()] = time.monotonic()
            return reply

        self.inner.handle_DATA = handle_DATA


def measure_latency(dovecot, smtp, tmp: Path, messages: int) -> dict:
    from scheduler.runner import Runner

    user, _ = dovecot.add_user()
    home = write_home(tmp / "latency", mailbox=imap_table(dovecot, user, tmp, idle_seconds=300),
                      outbox=smtp_table(smtp, tmp))
    settings = load_settings(home=str(home))
    bot = Bot(settings)
    runner = Runner(bot, poll_seconds=60, flush_seconds=60)
    thread = threading.Thread(target=runner.start, kwargs={"install_signals": False}, daemon=True)
    thread.start()
    time.sleep(1.0)  # the first poll, and the IDLE connection
    client = dovecot.client(user)
    pool = complaint_samples()
    latencies, missed = [], 0
    try:
        for n in range(messages):
            data, message_id = vary(pool[n % len(pool)], n)
            start = time.monotonic()
            client.append("INBOX", data)
            deadline = start + 30
            while message_id not in smtp.handler.arrivals and time.monotonic() < deadline:
                time.sleep(0.01)
            if message_id in smtp.handler.arrivals:
                latencies.append(smtp.handler.arrivals[message_id] - start)
            else:
                missed += 1  # not acknowledged (the classifier saw no reason to) or too slow
    finally:
        client.logout()
        runner.stop()
        thread.join(10)
        bot.source.close()
        bot.close()
    latencies.sort()
    return {
        "messages": messages,
        "acknowledged": len(latencies),
        "not_acknowledged_within_30s": missed,
        "median_seconds": round(statistics.median(latencies), 3) if latencies else None,
        "p95_seconds": round(latencies[max(0, int(round(0.95 * len(latencies))) - 1)], 3) if latencies else None,
        "max_seconds": round(latencies[-1], 3) if latencies else None,
        "target_p95_seconds": 5,
        "trigger": "IMAP IDLE",
    }


def measure_backlog(dovecot, smtp, tmp: Path, count: int) -> dict:
    user, _ = dovecot.add_user()
    all_samples = [p.read_bytes() for p in sorted(SAMPLES.glob("*.eml"))]
    client = dovecot.client(user)
    old = datetime.now(timezone.utc) - timedelta(days=14)
    started = time.perf_counter()
    for n in range(count):
        client.append("INBOX", vary(all_samples[n % len(all_samples)], 100_000 + n)[0], msg_time=old)
    client.logout()
    append_seconds = time.perf_counter() - started
    home = write_home(tmp / "backlog", mailbox=imap_table(dovecot, user, tmp, backlog_before="first-start",
                                                          batch=50),
                      outbox=smtp_table(smtp, tmp))
    settings = load_settings(home=str(home))
    bot = Bot(settings)
    drainer = open_drainer(settings, bot.outbox)
    smtp.handler.messages.clear()
    started = time.perf_counter()
    result = bot.process_mailbox()
    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    flushed = drainer.flush()
    flush_seconds = time.perf_counter() - started
    acks = sum(1 for e in smtp.handler.messages
               if re.search(rb"(?im)^Auto-Submitted:\s*auto-replied", e.content.split(b"\r\n\r\n", 1)[0]))
    bot.source.close()
    bot.close()
    return {
        "messages": count,
        "append_seconds": round(append_seconds, 2),
        "import_seconds": round(import_seconds, 2),
        "messages_per_second": round(len(result.outcomes) / import_seconds, 2) if import_seconds else None,
        "outcomes": result.summary(),
        "acknowledgements_sent": acks,
        "forwards_sent": flushed.sent,
        "forwards_send_seconds": round(flush_seconds, 2),
        "left_in_inbox": dovecot.count(user),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100, help="complaints for the latency measurement")
    parser.add_argument("--backlog", type=int, default=1000, help="messages in the backlog import")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    warnings.simplefilter("ignore")
    if not dovecot_binary():
        print(json.dumps({"benchmark": "latency", "skipped": "Dovecot is not installed (apt-get install -y "
                                                            "dovecot-imapd, or run `make test` as root)"}))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="dovecot-bench-", dir="/tmp"))
    folder.chmod(0o755)
    tls = make_self_signed(folder / "tls")
    dovecot = Dovecot(dir=folder, port=free_port(), tls_port=free_port(), tls=tls, users=dict(POOL))
    smtp = SMTPServer(tls)
    TimedHandler(smtp.handler).install()
    os.environ.setdefault("COMPLAINTS_BOT_HOME", str(folder / "home"))
    report: dict = {"benchmark": "latency"}
    try:
        dovecot.start()
        smtp.start()
        started = time.perf_counter()
        shared_classifier(("council.example",))
        report["classifier_load_seconds"] = round(time.perf_counter() - started, 2)
        work = folder / "work"
        work.mkdir()
        report["latency"] = measure_latency(dovecot, smtp, work, args.messages)
        report["backlog"] = measure_backlog(dovecot, smtp, work, args.backlog)
    finally:
        smtp.stop()
        dovecot.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
