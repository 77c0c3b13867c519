"""Bounces (RFC 3464 delivery status notifications) of the bot's own mail, matched to their case."""

from __future__ import annotations

from datetime import datetime, timezone

from bot.bounces import BOUNCED_FLAG, note_bounce, read_bounce
from bot.store import Store
from tests.conftest import SAMPLES

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)
ACK_ID = "<ASC-2026-00012.acknowledgement.0123456789abcdef@council.example>"


def dsn(*, original_id: str = ACK_ID, subject: str = "Your complaint ASC-2026-00012", action: str = "failed",
        status: str = "5.1.1", recipient: str = "p.resident@example.net", returned: str = "message/rfc822") -> bytes:
    """A Postfix-style bounce of one of the bot's messages."""
    inner = (f"From: Adult Social Care Complaints <complaints@council.example>\r\n"
             f"To: {recipient}\r\nSubject: {subject}\r\nMessage-ID: {original_id}\r\n"
             "Auto-Submitted: auto-replied\r\n")
    body = inner + ("\r\nThank you for your email.\r\n" if returned == "message/rfc822" else "")
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx1.council.example>\r\n"
        "To: complaints@council.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <20261130.ABC@mx1.council.example>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx1.council.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; 550 {status} <{recipient}>: User unknown\r\n\r\n"
        f"--b1\r\nContent-Type: {returned}\r\n\r\n{body}\r\n--b1--\r\n"
    ).encode()


def store_with_case(tmp_path, sent_id: str = ACK_ID) -> Store:
    store = Store(tmp_path / "cases.json")
    store.create_case({"ref": "ASC-2026-00012", "messages": [{"message_id": "<in@example.net>"}],
                       "sent": [{"message_id": sent_id, "letter": "acknowledgement", "to": ["p.resident@example.net"]}],
                       "audit": []})
    return store


def note(store, data, dsn_id="dsn-1"):
    return note_bounce(store, data, dsn_id=dsn_id, now=NOW, prefix="ASC", council_domains=("council.example",))


def test_reads_the_failed_recipient_and_the_returned_message():
    bounce = read_bounce(dsn())
    assert bounce.original_message_id == ACK_ID
    assert [(r.address, r.action, r.status) for r in bounce.recipients] == [("p.resident@example.net", "failed", "5.1.1")]
    assert bounce.permanent
    assert read_bounce(b"From: a@example.org\r\nSubject: hello\r\n\r\nhi\r\n") is None


def test_a_bounce_flags_its_case_once(tmp_path):
    store = store_with_case(tmp_path)
    assert note(store, dsn()) == "ASC-2026-00012"
    assert note(store, dsn()) == "ASC-2026-00012"  # the same report processed again
    case = store.get_case("ASC-2026-00012")
    assert case["flags"] == [BOUNCED_FLAG]
    entries = [a for a in case["audit"] if a["action"] == BOUNCED_FLAG]
    assert len(entries) == 1 and "p.resident@example.net failed" in entries[0]["detail"]
    assert len(case["bounces"]) == 1


def test_returned_headers_only_matched_by_the_reference_in_the_subject(tmp_path):
    store = store_with_case(tmp_path)
    data = dsn(original_id="<rewritten-by-a-relay@exch.council.example>", returned="text/rfc822-headers")
    assert note(store, data) == "ASC-2026-00012"


def test_delayed_is_noted_without_the_flag(tmp_path):
    store = store_with_case(tmp_path)
    assert note(store, dsn(action="delayed", status="4.4.1")) == "ASC-2026-00012"
    case = store.get_case("ASC-2026-00012")
    assert "flags" not in case and case["audit"][-1]["action"] == "email delayed"


def test_a_team_address_bouncing_is_not_the_complainant(tmp_path):
    store = store_with_case(tmp_path)
    assert note(store, dsn(recipient="old.team@council.example")) == "ASC-2026-00012"
    case = store.get_case("ASC-2026-00012")
    assert "flags" not in case and "routing.toml" in case["audit"][-1]["detail"]


def test_unknown_or_foreign_bounces_touch_nothing(tmp_path):
    store = store_with_case(tmp_path)
    assert note(store, dsn(original_id="<other@example.org>", subject="Something else")) == ""
    # the case *received* this Message-ID, it never sent it: not ours to flag
    assert note(store, dsn(original_id="<in@example.net>", subject="Re: hello")) == ""
    assert "flags" not in store.get_case("ASC-2026-00012")


def test_the_shipped_postfix_sample_is_read():
    bounce = read_bounce((SAMPLES / "d016.eml").read_bytes())
    assert bounce.original_message_id == "<ack.ASC-26-0052.20260227T0902@council.example>"
    assert bounce.recipients[0].address == "p.hallorann@example.net" and bounce.permanent
