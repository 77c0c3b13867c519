"""The whole bot over real servers: .eml bytes APPENDed into Dovecot, replies caught by aiosmtpd.

Each test has its own mailbox user and bot home; the classifier is loaded once
for the session.  Assertions are on what the SMTP server received: every
message the bot queued arrives exactly once, whatever happened in between
(server restarts, a UIDVALIDITY change, the SMTP server being down).
"""

from __future__ import annotations

import email
import email.policy
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from bot.config import load_settings
from bot.errors import MailboxError
from bot.pipeline import Bot
from bot.send import open_drainer
from bot.triage import BACKLOG_REASON
from tests.conftest import SAMPLES
from tests.servers.fixtures import SMTPServer, imap_table, smtp_table, write_home

ALL_SAMPLES = sorted(SAMPLES.glob("*.eml"))
SOME = ["d001", "d002", "d003", "d004", "d005", "d006", "d007", "d008", "d009", "d010", "d011", "d012"]


def samples(names: list[str] | None = None) -> list[bytes]:
    files = [f for f in ALL_SAMPLES if names is None or f.stem in names]
    return [f.read_bytes() for f in files]


@pytest.fixture
def make_bot(tmp_path, dovecot, mailbox, smtp, classifier):
    """A Bot reading this test's IMAP mailbox and sending through SMTP; returns (bot, drainer)."""
    user, _ = mailbox
    made = []

    def make(smtp_server=None, **mailbox_settings):
        home = write_home(tmp_path / "home", mailbox=imap_table(dovecot, user, tmp_path, **mailbox_settings),
                          outbox=smtp_table(smtp_server or smtp, tmp_path))
        settings = load_settings(home=str(home))
        bot = Bot(settings, classifier=classifier)
        made.append(bot)
        return bot, open_drainer(settings, bot.outbox)

    yield make
    for bot in made:
        bot.source.close()
        bot.close()


def outbox_ids(bot) -> list[str]:
    ids = []
    for path in bot.outbox.all_messages():
        with open(path, "rb") as handle:
            ids.append(str(email.message_from_binary_file(handle, policy=email.policy.default)["Message-ID"]))
    return ids


def acknowledgements(server) -> list:
    out = []
    for envelope in server.handler.messages:
        m = email.message_from_bytes(envelope.content, policy=email.policy.default)
        if m["Auto-Submitted"] == "auto-replied":
            out.append(m)
    return out


def test_the_sample_set_through_imap_and_smtp(dovecot, mailbox, smtp, make_bot):
    user, _ = mailbox
    dovecot.append_many(user, samples())
    bot, drainer = make_bot()
    result = bot.process_mailbox()
    assert len(result.outcomes) == len(ALL_SAMPLES)
    flushed = drainer.flush()
    assert flushed.failed == 0 and not flushed.down
    # The inbox is empty: every message was stored, then moved.
    assert dovecot.count(user) == 0
    assert dovecot.count(user, "Processed") + dovecot.count(user, "Quarantine") == len(ALL_SAMPLES)
    # Everything the bot queued reached the SMTP server, once.
    received = smtp.handler.message_ids()
    assert sorted(received) == sorted(outbox_ids(bot))
    assert len(received) == len(set(received))
    # Every acknowledgement the store records as sent arrived, to the right person, threaded.
    acks = {str(m["Message-ID"]): m for m in acknowledgements(smtp)}
    recorded = [(c, s) for c in bot.store.all_cases() for s in c["sent"] if s["letter"] == "acknowledgement"]
    assert len(recorded) >= 40 and len(acks) == len(recorded)
    for case, sent in recorded:
        ack = acks[sent["message_id"]]
        assert case["ref"] in ack["Subject"]
        assert [a.addr_spec for a in ack["To"].addresses] == sent["to"]
        assert ack["In-Reply-To"] == case["messages"][0]["message_id"]
    # Running again finds nothing and sends nothing.
    assert bot.process_mailbox().outcomes == []
    assert drainer.flush().sent == 0


def test_dovecot_stopped_and_restarted_mid_run(dovecot, mailbox, smtp, make_bot):
    user, _ = mailbox
    dovecot.append_many(user, samples(SOME))
    bot, drainer = make_bot(batch=3)
    handled = 0
    with pytest.raises(MailboxError):
        for raw in bot.source.fetch():
            bot.handle(raw)
            handled += 1
            if handled == 5:
                dovecot.stop()  # the next move, or the next FETCH, finds the server gone
    assert handled >= 5
    dovecot.start()
    bot.source.backoff.until = 0  # (the back-off has passed)
    bot.process_mailbox()
    drainer.flush()
    assert dovecot.count(user) == 0 and dovecot.count(user, "Processed") == len(SOME)
    messages = {m["message_id"] for c in bot.store.all_cases() for m in c["messages"]}
    messages |= {r["message_id"] for r in bot.store.all_ignored()}
    assert len(messages) == len(SOME)  # nothing lost
    received = smtp.handler.message_ids()
    assert sorted(received) == sorted(outbox_ids(bot)) and len(received) == len(set(received))  # nothing twice


def test_restart_between_store_and_move_is_a_duplicate_not_a_second_case(dovecot, mailbox, smtp, make_bot):
    user, _ = mailbox
    dovecot.append_many(user, samples(["d001", "d002"]))
    bot, drainer = make_bot()
    first = next(iter(bot.source.fetch()))
    # The case is stored, but the process dies before the message is moved.
    original_done = bot.source.done
    bot.source.done = lambda raw: None
    assert bot.handle(first).status == "case"
    bot.source.done = original_done
    bot.source.close()
    dovecot.restart()
    again, drainer = make_bot()
    outcomes = [o.status for o in again.process_mailbox().outcomes]
    assert sorted(outcomes) == ["case", "duplicate"]
    drainer.flush()
    received = smtp.handler.message_ids()
    assert len(received) == len(set(received)) == len(outbox_ids(again))
    assert len(again.store.all_cases()) == 2


def test_uidvalidity_change_mid_run(dovecot, mailbox, smtp, make_bot):
    user, _ = mailbox
    dovecot.append_many(user, samples(SOME[:8]))
    bot, drainer = make_bot()
    raws = list(bot.source.fetch())
    for raw in raws[:3]:
        bot.handle(raw)
    # The fourth is stored, then the server renumbers the folder before it is moved.
    validity = bot.source.state.folder.uidvalidity
    bot.source.done, original_done = (lambda raw: None), bot.source.done
    bot.handle(raws[3])
    bot.source.done = original_done
    dovecot.set_uidvalidity(user, "INBOX", validity + 500)
    outcomes = [o.status for o in bot.process_mailbox().outcomes]
    assert outcomes.count("duplicate") == 1 and len(outcomes) == 5
    drainer.flush()
    assert dovecot.count(user) == 0 and dovecot.count(user, "Processed") == 8
    received = smtp.handler.message_ids()
    assert sorted(received) == sorted(outbox_ids(bot)) and len(received) == len(set(received))


def test_smtp_down_then_up_drains_the_queue_once(dovecot, mailbox, tls_cert, make_bot):
    user, _ = mailbox
    dovecot.append_many(user, samples(SOME[:6]))
    server = SMTPServer(tls_cert)  # not started yet
    bot, drainer = make_bot(smtp_server=server)
    bot.process_mailbox()
    queued = outbox_ids(bot)
    assert queued
    result = drainer.flush()
    assert result.sent == 0 and result.down and result.waiting == len(queued)
    server.start()
    try:
        drainer.transport.until = 0  # (the back-off has passed)
        assert drainer.flush().sent == len(queued)
        assert drainer.flush().sent == 0
        assert sorted(server.handler.message_ids()) == sorted(queued)
    finally:
        server.stop()


def test_backlog_import_opens_cases_without_acknowledgements(dovecot, mailbox, smtp, make_bot):
    user, _ = mailbox
    old = datetime.now(timezone.utc) - timedelta(days=20)
    dovecot.append_many(user, samples(SOME), when=old)
    bot, drainer = make_bot(backlog_before="first-start")
    bot.process_mailbox()
    drainer.flush()
    cases = bot.store.all_cases()
    assert cases
    assert all(not any(s["letter"] == "acknowledgement" for s in c["sent"]) for c in cases)
    assert any(c.get("no_acknowledgement") == BACKLOG_REASON for c in cases)
    assert acknowledgements(smtp) == []
    # Mail that arrives after the switch-on is acknowledged as usual.
    dovecot.append(user, samples(["d021"])[0])
    bot.process_mailbox()
    drainer.flush()
    assert len(acknowledgements(smtp)) == 1


def test_runner_with_idle_acknowledges_within_seconds(dovecot, mailbox, smtp, make_bot):
    from scheduler.runner import Runner

    user, _ = mailbox
    bot, drainer = make_bot()
    runner = Runner(bot, poll_seconds=60, drainer=drainer, flush_seconds=60)
    thread = threading.Thread(target=runner.start, kwargs={"install_signals": False}, daemon=True)
    thread.start()
    try:
        time.sleep(1.0)  # the first poll and the IDLE connection
        sent = time.monotonic()
        dovecot.append(user, samples(["d001"])[0])
        deadline = sent + 10
        while not acknowledgements(smtp) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert acknowledgements(smtp), "no acknowledgement within 10 s"
        assert time.monotonic() - sent < 5  # IDLE, not the 60 s poll
    finally:
        runner.stop()
        thread.join(10)
    assert not thread.is_alive()


def test_bounce_of_an_acknowledgement_flags_the_case(dovecot, mailbox, smtp, make_bot):
    from tests.test_bounces import dsn

    user, _ = mailbox
    dovecot.append(user, samples(["d001"])[0])
    bot, drainer = make_bot()
    bot.process_mailbox()
    drainer.flush()
    (ack,) = acknowledgements(smtp)
    recipient = ack["To"].addresses[0].addr_spec
    dovecot.append(user, dsn(original_id=str(ack["Message-ID"]), subject=str(ack["Subject"]), recipient=recipient))
    (outcome,) = bot.process_mailbox().outcomes
    assert outcome.status == "ignored"
    (case,) = bot.store.all_cases()
    assert "email bounced: needs a phone call or a letter" in case["flags"]
    assert len(acknowledgements(smtp)) == 1  # and the bounce itself is never answered
