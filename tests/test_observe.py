"""Watching the running bot: /healthz and Prometheus /metrics over real HTTP, and the admin's outage emails.

The endpoint is the real ThreadingHTTPServer on an ephemeral port of
127.0.0.1, fed by the real runner processing a sample complaint.  The outage
alerts go through the real outbox to a real aiosmtpd server that is down and
then up again, with the bot's settable clock standing in for half an hour.
"""

from __future__ import annotations

import email
import email.policy
import threading
import time
import urllib.error
import urllib.request
from datetime import timedelta

import pytest

from bot.clock import Clock, parse_now
from bot.config import load_settings
from bot.errors import ConfigError
from tests.conftest import SAMPLES, copy_samples, line_of
from tests.servers.fixtures import SMTPServer, free_port, smtp_table, write_home

T0 = parse_now("2026-11-30T10:00")


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.split(" ")[0] == name:
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} not in the metrics")


def test_healthz_and_metrics_from_a_running_bot(home, classifier):
    from bot.observe.http import ObserveServer, health_now
    from bot.observe.metrics import Metrics
    from bot.pipeline import Bot
    from scheduler.runner import Runner

    copy_samples(home / "mailbox", [sorted(SAMPLES.glob("*.eml"))[0].stem])
    settings = load_settings(None, str(home))
    bot = Bot(settings, classifier=classifier)
    metrics = Metrics(settings.outbox_dir)
    server = ObserveServer(("127.0.0.1", 0), metrics, health_now(settings, bot.clock)).start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        code, body = get(f"{base}/healthz")
        assert code == 503 and "no poll has finished yet" in body
        runner = Runner(bot, poll_seconds=0.3, metrics=metrics)
        thread = threading.Thread(target=runner.start, kwargs={"install_signals": False}, daemon=True)
        thread.start()
        try:
            end = time.monotonic() + 60
            while get(f"{base}/healthz")[0] != 200 and time.monotonic() < end:
                time.sleep(0.1)
            code, body = get(f"{base}/healthz")
            assert code == 200 and body.startswith("ok: last mailbox poll finished")
            code, text = get(f"{base}/metrics")
        finally:
            runner.stop()
            thread.join(timeout=10)
        assert code == 200
        assert metric(text, 'complaints_bot_messages_processed_total{outcome="case"}') == 1
        assert metric(text, "complaints_bot_messages_quarantined_total") == 0
        assert metric(text, "complaints_bot_acknowledgements_sent_total") == 1
        assert metric(text, "complaints_bot_acknowledgement_delay_seconds_count") == 1
        waiting = len(list((home / "outbox" / "new").iterdir()))
        assert waiting >= 2 and metric(text, "complaints_bot_outbox_queue_length") == waiting  # ack + forward
        assert abs(metric(text, "complaints_bot_last_mailbox_poll_timestamp_seconds") - time.time()) < 60
        assert metric(text, 'complaints_bot_up{channel="mailbox"}') == 1
        assert metric(text, "complaints_bot_overdue_steps") == 0
        assert "@" not in text  # labels are outcomes and channels: no address, no reference
        # A clock an hour on: the heartbeat is stale, the endpoint says so.
        bot.clock.set(bot.clock.now() + timedelta(hours=1))
        code, body = get(f"{base}/healthz")
        assert code == 503 and "allowed 120 s" in body
        assert get(f"{base}/nothing")[0] == 404
        # Weeks later, the acknowledgement step long done, the forward's steps run late: the gauge counts them.
        bot.clock.set(T0 + timedelta(days=60))
        assert runner.count_overdue() > 0 and "complaints_bot_overdue_steps " in get(f"{base}/metrics")[1]
    finally:
        server.stop()
        bot.close()


def test_the_endpoint_is_off_by_default_and_loopback_only(home):
    path = home / "bot.toml"
    assert load_settings(None, str(home)).observe.http_address is None
    text = path.read_text()
    path.write_text(text.replace('# http = "127.0.0.1:9464"', 'http = "127.0.0.1:9464"'))
    assert load_settings(None, str(home)).observe.http_address == ("127.0.0.1", 9464)
    path.write_text(text.replace('# http = "127.0.0.1:9464"', 'http = "0.0.0.0:9464"'))
    with pytest.raises(ConfigError) as caught:
        load_settings(None, str(home))
    assert "beyond this machine" in caught.value.problem and "allow_remote = true" in caught.value.fix
    assert caught.value.line == line_of(path, "0.0.0.0")
    path.write_text(text.replace('# http = "127.0.0.1:9464"', 'http = "0.0.0.0:9464"\nallow_remote = true'))
    assert load_settings(None, str(home)).observe.http_address == ("0.0.0.0", 9464)
    path.write_text(text.replace('# http = "127.0.0.1:9464"', 'http = "9464"'))
    with pytest.raises(ConfigError, match="is not HOST:PORT"):
        load_settings(None, str(home))


def admin_mail(outbox_dir) -> list[email.message.EmailMessage]:
    found = []
    for folder in ("new", "cur"):
        for path in sorted((outbox_dir / folder).iterdir()):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            if message["To"] == "it-admin@council.example":
                found.append(message)
    return sorted(found, key=lambda m: m["X-Complaints-Bot-Alert"])


def test_sending_down_for_half_an_hour_emails_the_admin_once_and_again_on_recovery(tmp_path, tls_cert, classifier):
    from bot.observe.outage import OutageWatch
    from bot.pipeline import Bot
    from scheduler.runner import Runner
    from tests.test_smtp import outgoing

    server = SMTPServer(tls_cert)  # not started: nothing listens on its port
    home = write_home(tmp_path / "home", outbox=smtp_table(server, tmp_path, retry_first_seconds=0.1,
                                                           retry_max_seconds=0.2))
    settings = load_settings(None, str(home))
    bot = Bot(settings, Clock(T0), classifier=classifier)
    runner = Runner(bot, poll_seconds=60, outage=OutageWatch(settings, bot.outbox, bot.clock.now))
    bot.outbox.put(outgoing())
    try:
        runner.flush()
        bot.clock.set(T0 + timedelta(minutes=29))
        runner.flush()
        assert admin_mail(home / "outbox") == []  # not yet half an hour
        bot.clock.set(T0 + timedelta(minutes=31))
        runner.flush()
        runner.flush()
        [down] = admin_mail(home / "outbox")
        assert down["Subject"] == "Complaints bot cannot send mail (since 30 Nov 10:00)"
        assert "nothing accepts connections" in down.get_content() and "complaints-bot doctor" in down.get_content()
        server.start()
        time.sleep(0.3)  # the drainer's back-off passes
        bot.clock.set(T0 + timedelta(minutes=40))
        runner.flush()  # sends the waiting letter and the "down" email; sending works: "up" queued
        runner.flush()  # sends the "up" email
        subjects = [str(email.message_from_bytes(m.content)["Subject"]) for m in server.handler.messages
                    if "it-admin@council.example" in m.rcpt_tos]
        assert subjects == ["Complaints bot cannot send mail (since 30 Nov 10:00)",
                            "Complaints bot can send mail again"]
        assert len(server.handler.messages) == 3
        runner.flush()
        assert len(server.handler.messages) == 3
        assert not (home / "outage.json").read_text().strip("{}\n ")
    finally:
        server.stop()
        bot.close()


def test_mailbox_down_alert_survives_a_restart_and_is_sent_once(tmp_path, tls_cert, classifier):
    from bot.intake.maildir import MaildirSource
    from bot.observe.outage import OutageWatch
    from bot.pipeline import Bot
    from scheduler.runner import Runner

    (tmp_path / "pw").write_text("x\n")
    mailbox = {"type": "imap", "host": "127.0.0.1", "port": free_port(), "tls": "implicit",
               "username": "complaints@council.example", "password_file": str(tmp_path / "pw"),
               "ca_file": str(tls_cert.cert), "retry_first_seconds": 0.01, "retry_max_seconds": 0.02,
               "backlog_before": "never"}
    home = write_home(tmp_path / "home", mailbox=mailbox)
    settings = load_settings(None, str(home))

    def start(at):
        bot = Bot(settings, Clock(at), classifier=classifier)
        return bot, Runner(bot, poll_seconds=60, outage=OutageWatch(settings, bot.outbox, bot.clock.now))

    bot, runner = start(T0)
    runner.poll()
    bot.clock.set(T0 + timedelta(minutes=31))
    runner.poll()
    bot.close()
    bot, runner = start(T0 + timedelta(minutes=45))  # restarted: the outage and its email are remembered
    time.sleep(0.05)
    runner.poll()
    [down] = admin_mail(home / "outbox")
    assert down["Subject"] == "Complaints bot cannot read its mailbox (since 30 Nov 10:00)"
    assert "wait in the mailbox" in down.get_content()
    bot.source = MaildirSource(home / "mailbox")  # the mailbox is reachable again
    runner.poll()
    runner.poll()
    messages = admin_mail(home / "outbox")
    assert [m["Subject"] for m in messages] == ["Complaints bot cannot read its mailbox (since 30 Nov 10:00)",
                                                "Complaints bot can read its mailbox again"]
    assert all(m["Auto-Submitted"] == "auto-generated" for m in messages)
    bot.close()


def test_health_command_reads_the_heartbeat(home, capsys):
    from bot.cli import main

    assert main(["health", "--home", str(home)]) == 1
    assert "unhealthy: no poll has finished yet" in capsys.readouterr().out
    (home / "heartbeat").write_text(T0.isoformat())
    assert main(["health", "--home", str(home), "--now", "2026-11-30T10:01"]) == 0
    assert capsys.readouterr().out.startswith("healthy: last mailbox poll finished 60 s ago")
    assert main(["health", "--home", str(home), "--now", "2026-11-30T10:05"]) == 1
    assert "unhealthy: last mailbox poll finished 300 s ago (allowed 120 s)" in capsys.readouterr().out
