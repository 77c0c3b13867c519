"""The SMTP sender and the outbox drainer against a real aiosmtpd server (STARTTLS, AUTH).

What the server received is the assertion: the exact bytes, once each.
"""

from __future__ import annotations

import email
import email.policy
import json
import threading
import uuid
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from bot.act.outbox import Outbox
from bot.config import load_settings
from bot.send import open_drainer
from bot.send.attempts import Attempt, History
from tests.servers.fixtures import SMTPServer, smtp_table, write_home
from tests.conftest import mail


def outgoing(to: str = "resident@example.org", ref: str = "ASC-2026-00007", subject: str = "") -> EmailMessage:
    return mail("Thank you for your email. We will reply within 3 working days.\n",
                sender="Adult Social Care Complaints <complaints@council.example>", to=to,
                subject=subject or f"Your complaint {ref}",
                message_id=f"<{ref}.acknowledgement.{uuid.uuid4().hex[:16]}@council.example>", date=None,
                headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


@pytest.fixture
def setup(tmp_path, smtp):
    """(settings, outbox, drainer) for a bot home whose [outbox] is the test SMTP server."""
    def make(server=None, **extra):
        home = write_home(tmp_path / "home", outbox=smtp_table(server or smtp, tmp_path, **extra))
        settings = load_settings(home=str(home))
        outbox = Outbox(settings.outbox_dir)
        return settings, outbox, open_drainer(settings, outbox)

    return make


def received_ids(server) -> list[str]:
    return server.handler.message_ids()


def test_sends_the_exact_bytes_over_starttls_with_auth(setup, smtp):
    settings, outbox, drainer = setup()
    message = outgoing()
    outbox.put(message)
    result = drainer.flush()
    assert result.sent == 1 and result.failed == 0
    (envelope,) = smtp.handler.wait_for(1)
    assert envelope.mail_from == "complaints@council.example"
    assert envelope.rcpt_tos == ["resident@example.org"]
    assert envelope.content.replace(b"\r\n", b"\n") == message.as_bytes().replace(b"\r\n", b"\n")
    assert not list(outbox.pending()) and len(list(outbox.sent())) == 1
    assert drainer.flush().sent == 0  # nothing is sent twice
    assert len(smtp.handler.messages) == 1


# aiosmtpd cannot see implicit TLS and warns about AUTH without it on every connection.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_with_a_self_signed_certificate(setup, tls_cert, tmp_path):
    """A server on implicit TLS with a certificate the test made: trusted through ca_file only."""
    server = SMTPServer(tls_cert, implicit_tls=True)
    server.start()
    try:
        settings, outbox, drainer = setup(server)
        outbox.put(outgoing())
        assert drainer.flush().sent == 1
        assert len(server.handler.wait_for(1)) == 1
        settings, outbox, drainer = setup(server, ca_file="")
        outbox.put(outgoing())
        result = drainer.flush()
        assert result.sent == 0 and "TLS failure" in result.down and "not trusted" in result.down
    finally:
        server.stop()


def test_wrong_password_pauses_the_queue_without_blaming_the_message(setup, smtp, tmp_path):
    (tmp_path / "wrong-password").write_text("wrong\n")
    settings, outbox, drainer = setup(password_file=str(tmp_path / "wrong-password"))
    outbox.put(outgoing())
    result = drainer.flush()
    assert result.sent == 0 and result.failed == 0 and result.waiting == 1
    assert "refused the username or password" in result.down
    assert len(list(outbox.pending())) == 1
    history = drainer.histories.load(next(outbox.pending()).name)
    assert history.last.result == "unreachable"


def test_server_down_then_up_drains_the_queue_once(setup, tls_cert):
    server = SMTPServer(tls_cert)
    settings, outbox, drainer = setup(server)  # not started: nothing listens on its port
    ids = []
    for n in range(5):
        m = outgoing(ref=f"ASC-2026-{n + 1:05d}")
        ids.append(str(m["Message-ID"]))
        outbox.put(m)
    result = drainer.flush()
    assert result.sent == 0 and result.waiting == 5 and "nothing accepts connections" in result.down
    assert drainer.flush().down  # backing off: no second connection attempt yet
    server.start()
    try:
        drainer.transport.until = 0  # the back-off has passed
        assert drainer.flush().sent == 5
        assert drainer.flush().sent == 0
        assert sorted(received_ids(server)) == sorted(ids)
    finally:
        server.stop()


def test_temporary_refusal_is_retried_with_backoff(setup, smtp):
    settings, outbox, drainer = setup(retry_first_seconds=60, retry_max_seconds=3600)
    smtp.handler.defer.add("resident@example.org")
    outbox.put(outgoing())
    assert drainer.flush().deferred == 1
    name = next(outbox.pending()).name
    history = drainer.histories.load(name)
    assert history.last.result == "temporary" and history.last.code == 451
    smtp.handler.defer.clear()
    assert drainer.flush().waiting == 1  # not due for a minute
    later = datetime.now(timezone.utc) + timedelta(minutes=2)
    drainer.now = lambda: later
    assert drainer.flush().sent == 1
    assert len(smtp.handler.messages) == 1
    assert drainer.histories.load(name).count == 2  # the history of a retried message is kept


def test_permanent_refusal_fails_the_message_and_alerts_the_team_once(setup, smtp):
    settings, outbox, drainer = setup()
    smtp.handler.refuse.add("gone@example.org")
    outbox.put(outgoing(to="gone@example.org", ref="ASC-2026-00042"))
    result = drainer.flush()
    assert result.failed == 1
    assert len(drainer.failed()) == 1 and not list(p for p in outbox.pending() if "alert" in p.name)
    # The alert went out in the same run, to the complaints team from routing.toml.
    (alert,) = [e for e in smtp.handler.messages]
    assert alert.rcpt_tos == ["asc.complaints.team@council.example"]
    text = email.message_from_bytes(alert.content, policy=email.policy.default)
    assert "ASC-2026-00042" in text["Subject"]
    body = text.get_content()
    assert "gone@example.org" in body and "550" in body and "phone or by post" in body
    assert text["Auto-Submitted"] == "auto-generated"
    # Flushing again, even after the message is retried and fails again, alerts no more than once per failure.
    assert drainer.flush().sent == 0
    assert len(smtp.handler.messages) == 1


def test_only_some_recipients_refused(setup, smtp):
    settings, outbox, drainer = setup()
    smtp.handler.refuse.add("gone@example.org")
    outbox.put(outgoing(to="gone@example.org, team@council.example"))
    result = drainer.flush()
    assert result.sent == 2  # the message, then the alert about the refused recipient
    first, alert = smtp.handler.messages
    assert first.rcpt_tos == ["team@council.example"]
    assert "gone@example.org" in email.message_from_bytes(alert.content, policy=email.policy.default).get_content()


def test_gives_up_after_give_up_hours_of_temporary_refusals(setup, smtp):
    settings, outbox, drainer = setup(give_up_hours=1)
    smtp.handler.defer.add("slow@example.org")
    outbox.put(outgoing(to="slow@example.org"))
    assert drainer.flush().deferred == 1
    later = datetime.now(timezone.utc) + timedelta(hours=2)
    drainer.now = lambda: later
    assert drainer.flush().failed == 1
    assert len(drainer.failed()) == 1


def test_a_send_cut_short_by_a_crash_is_sent_again_and_recorded(setup, smtp):
    """The documented resend window: 'sending' recorded, no outcome, file still in new/."""
    settings, outbox, drainer = setup()
    outbox.put(outgoing())
    name = next(outbox.pending()).name
    drainer.histories.save(History(name, [Attempt(datetime.now(timezone.utc).isoformat(), "sending")]))
    assert drainer.flush().sent == 1
    history = drainer.histories.load(name)
    assert [a.result for a in history.attempts] == ["interrupted", "sent"]


def test_two_flushes_at_once_send_each_message_once(setup, smtp):
    settings, outbox, drainer = setup()
    other = open_drainer(settings, Outbox(settings.outbox_dir))
    for n in range(10):
        outbox.put(outgoing(ref=f"ASC-2026-{n + 1:05d}"))
    threads = [threading.Thread(target=d.flush) for d in (drainer, other, drainer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = received_ids(smtp)
    assert len(ids) == 10 == len(set(ids))


def test_outbox_commands(setup, smtp, tmp_path, capsys):
    from bot.cli import main

    settings, outbox, drainer = setup()
    smtp.handler.refuse.add("gone@example.org")
    outbox.put(outgoing(to="gone@example.org", ref="ASC-2026-00003"))
    outbox.put(outgoing(to="waiting@example.org", ref="ASC-2026-00004"))
    smtp.handler.defer.add("waiting@example.org")
    home = str(settings.home)
    assert main(["outbox", "flush", "--home", home]) == 0
    out = capsys.readouterr().out
    assert "failed 1" in out and "deferred 1" in out
    assert main(["outbox", "list", "--home", home, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    states = sorted(r["state"] for r in rows)
    assert states == ["failed", "waiting"]
    failed = next(r for r in rows if r["state"] == "failed")
    assert main(["outbox", "show", failed["name"][:12], "--home", home]) == 0
    shown = capsys.readouterr().out
    assert "gone@example.org" in shown and "permanent" in shown and "550" in shown
    smtp.handler.refuse.clear()
    assert main(["outbox", "retry", failed["name"], "--home", home]) == 0
    capsys.readouterr()
    assert main(["outbox", "flush", "--home", home]) == 0
    assert "sent 1" in capsys.readouterr().out
    assert main(["outbox", "check", "--home", home]) == 0
    assert "signed in as bot@council.example" in capsys.readouterr().out


def test_xoauth2_with_a_token_from_entra(setup, smtp, entra, tmp_path):
    client_id = f"smtp-app-{uuid.uuid4().hex[:8]}"
    entra.register(client_id, "smtp-app-secret", "bot@council.example")
    (tmp_path / "smtp-client-secret").write_text("smtp-app-secret\n")
    smtp.handler.token_owner = entra.username_for
    try:
        settings, outbox, drainer = setup(auth="oauth2", tenant_id=entra.tenant, client_id=client_id,
                                          client_secret_file=str(tmp_path / "smtp-client-secret"),
                                          authority=entra.authority)
        outbox.put(outgoing())
        assert drainer.flush().sent == 1
        other = f"smtp-app-{uuid.uuid4().hex[:8]}"
        entra.register(other, "smtp-app-secret", "someone.else@council.example")  # tokens for another mailbox
        settings, outbox, drainer = setup(auth="oauth2", tenant_id=entra.tenant, client_id=other,
                                          client_secret_file=str(tmp_path / "smtp-client-secret"),
                                          authority=entra.authority)
        outbox.put(outgoing(ref="ASC-2026-00099"))
        result = drainer.flush()
        assert result.sent == 0 and "refused the OAuth2 token" in result.down
    finally:
        smtp.handler.token_owner = None
