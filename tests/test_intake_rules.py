"""The small rules at the edges of intake: machine mail, winmail.dat, sanitised HTML, homes."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from bot.automatic import automatic_signs
from bot.intake.maildir import deliver_bytes
from bot.parse import parse_message
from bot.parse.html import sanitise_html

PERSON = b"From: Ann Example <ann@example.com>\r\nTo: complaints@council.example\r\nSubject: Mum\r\nMessage-ID: <p1@example.com>\r\n"


def signs(extra: bytes, body: bytes = b"\r\nMy mum was left without her tablets.\r\n", sender: bytes | None = None):
    raw = (sender or PERSON) + extra + body
    return [s.kind for s in automatic_signs(parse_message(raw))]


@pytest.mark.parametrize("header,kind", [
    (b"Auto-Submitted: auto-replied\r\n", "auto_reply"),
    (b"Auto-Submitted: auto-generated\r\n", "auto_reply"),
    (b"Precedence: bulk\r\n", "bulk"),
    (b"Precedence: junk\r\n", "bulk"),
    (b"Precedence: list\r\n", "bulk"),
    (b"Precedence: auto_reply\r\n", "auto_reply"),
    (b"List-Id: <carers.lists.example.org>\r\n", "list"),
    (b"List-Unsubscribe: <mailto:leave@example.org>\r\n", "list"),
    (b"List-Subscribe: <mailto:join@example.org>\r\n", "list"),
    (b"Mailing-List: contact help@lists.example.org; run by ezmlm\r\n", "list"),
    (b"X-MLServer: fml [fml 4.0.3]\r\n", "list"),
    (b"X-Autoreply: yes\r\n", "auto_reply"),
    (b"Return-Path: <>\r\n", "bounce"),
])
def test_rfc3834_and_common_machine_signs(header, kind):
    assert kind in signs(header)


def test_auto_submitted_no_is_a_person():
    assert signs(b"Auto-Submitted: no\r\n") == []


def test_a_person_has_no_signs():
    assert signs(b"") == []


@pytest.mark.parametrize("sender", [b"no-reply@example.net", b"noreply@example.net", b"donotreply@example.net"])
def test_robot_senders(sender):
    raw = b"From: " + sender + b"\r\nTo: complaints@council.example\r\nSubject: x\r\n"
    assert "robot" in signs(b"", sender=raw)


@pytest.mark.parametrize("sender", [b"MAILER-DAEMON@mx.example.net", b"postmaster@example.net", b"MAILER-DAEMON <>",
                                    b"Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
                                    b"Mail Delivery System <MAILER-DAEMON@mx.example.org>"])
def test_mail_server_senders_are_bounces(sender):
    raw = b"From: " + sender + b"\r\nTo: complaints@council.example\r\nSubject: Mail delivery failed\r\n"
    assert "bounce" in signs(b"", sender=raw)


@pytest.mark.parametrize("sender,bounce", [
    (b"Mail Administrator <Postmaster@mx.example.net>", True),
    # phishing wears the name over another address: "your mailbox quota is exceeded, validate now"
    (b"Mail Administrator <no-reply@mailbox-verify.example>", False),
])
def test_the_name_mail_administrator_alone_is_not_a_mail_server(sender, bounce):
    raw = b"From: " + sender + b"\r\nTo: complaints@council.example\r\nSubject: Mailbox quota exceeded\r\n"
    assert ("bounce" in signs(b"", sender=raw)) is bounce


def test_exim_failed_recipients_header_is_a_bounce():
    assert "bounce" in signs(b"X-Failed-Recipients: someone@example.org\r\n")


def test_delivery_report_is_a_bounce():
    raw = (b"From: MAILER-DAEMON@mx.example.net\r\nTo: complaints@council.example\r\nSubject: Undelivered\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
           b"Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; x@example.org\r\nAction: failed\r\n"
           b"Status: 5.1.1\r\n--b--\r\n")
    assert "bounce" in [s.kind for s in automatic_signs(parse_message(raw))]


def test_winmail_dat_attachments_are_listed(shared):
    parsed = parse_message((shared / "corpora" / "real-mail" / "mimekit" / "tnef" / "rich-text.eml").read_bytes())
    decoded = [a for a in parsed.attachments if a.note == "decoded from winmail.dat"]
    assert any(a.filename.endswith(".jpg") for a in decoded)
    assert "Christmas" in parsed.text


def test_sender_html_is_sanitised():
    dirty = ('<p onclick="steal()">Hello <b>there</b></p><script>alert(1)</script>'
             '<img src="http://tracker.example/p.gif"><a href="javascript:evil()">x</a>'
             '<style>body{display:none}</style><iframe src="http://x.example"></iframe>')
    clean = sanitise_html(dirty)
    assert "<b>there</b>" in clean
    for bad in ("script", "onclick", "<img", "javascript:", "<style", "iframe", "tracker.example"):
        assert bad not in clean


def test_forward_shows_the_message_with_its_html_made_safe(home, cli):
    raw = (b"From: Ann Example <ann@example.com>\r\nTo: complaints@council.example\r\n"
           b"Subject: Complaint about my mother's carers\r\nMessage-ID: <html-1@example.com>\r\n"
           b"Date: Mon, 30 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           b"<html><body><p>I want to make a formal complaint. The carers keep missing visits to my mother.</p>"
           b"<script>alert('x')</script><img src=\"http://tracker.example/p.gif\" onerror=\"evil()\"></body></html>\r\n")
    deliver_bytes(home / "mailbox", raw)
    code, out, err = cli("run", "--once", "--now", "2026-11-30T10:00")
    assert code == 0, err
    forwards = []
    for path in (home / "outbox" / "new").iterdir():
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["Auto-Submitted"] == "auto-generated":
            forwards.append(message)
    assert forwards
    html = forwards[0].get_body(("html",)).get_content()
    assert "carers keep missing visits" in html
    assert "<script" not in html and "tracker.example" not in html and "onerror" not in html
    text = forwards[0].get_body(("plain",)).get_content()
    assert "THE MESSAGE" in text and "carers keep missing visits" in text


def test_home_from_the_environment(tmp_path, monkeypatch, capsys):
    from bot.cli import main
    from tests.conftest import make_home

    home = make_home(tmp_path / "envhome")
    monkeypatch.setenv("COMPLAINTS_BOT_HOME", str(home))
    assert main(["demo"]) == 0
    assert len(list((home / "mailbox" / "new").iterdir())) == 80
    capsys.readouterr()


def test_routing_explain_names_the_rules_and_teams(cli):
    sample = Path(__file__).resolve().parent / "data" / "samples" / "d001.eml"
    code, out, err = cli("routing", "explain", str(sample))
    assert code == 0, err
    assert "matched because" in out and "send to complaints" in out
    code, out, _ = cli("routing", "explain", "--json", str(sample))
    data = json.loads(out)
    assert data["teams"][0] == "complaints" and data["labels"]["kind"] == "complaint"
