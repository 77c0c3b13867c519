"""Privacy through the real flow: logs without personal data, private files, no header injection.

* The 80 samples go through ``complaints-bot run --once -v`` with logging
  captured at INFO; no sample's From name, From address or a phrase of its
  body may appear in the log (case references and Message-IDs may).
* After that run every file under the home (archive, quarantine, outbox,
  store, secret.key, mailbox) is 0600 and every folder 0700, and the signing
  secret appears in neither the log nor the store.
* Originals whose Subject or From name carry CR/LF, raw or inside encoded
  words, produce outgoing mail with no extra header and no extra recipient.
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.policy
import io
import logging
import re
import stat
from email.utils import getaddresses

import pytest

from bot.intake.maildir import deliver_bytes
from bot.parse import parse_message
from tests.conftest import SAMPLES, copy_samples, make_home

NOW = "2026-11-30T10:00"


@pytest.fixture(scope="module")
def logged_run(tmp_path_factory):
    """The samples through the CLI with -v; returns the home and everything logged at INFO and above."""
    from bot.cli import main

    home = make_home(tmp_path_factory.mktemp("privacy") / "home")
    copy_samples(home / "mailbox")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["run", "--once", "-v", "--now", NOW, "--home", str(home)]) == 0
            assert main(["cases", "list", "-v", "--now", NOW, "--home", str(home)]) == 0
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    return home, stream.getvalue()


def body_phrase(text: str) -> str:
    """A phrase of the body distinctive enough to find in a log: the longest early line, 6 words."""
    lines = [" ".join(line.split()) for line in text.splitlines() if len(line.split()) >= 6]
    lines = [line for line in lines if not line.startswith(">")]
    return " ".join(max(lines[:8], key=len).split()[:6]) if lines else ""


def test_the_log_holds_no_names_addresses_or_body_text(logged_run):
    home, log = logged_run
    assert "message <" in log or "message" in log  # the run did log its messages
    leaks = []
    for path in sorted(SAMPLES.glob("*.eml")):
        parsed = parse_message(path.read_bytes())
        for kind, value in (("name", parsed.from_name), ("address", parsed.from_addr),
                            ("body", body_phrase(parsed.text))):
            value = (value or "").strip()
            if len(value) >= 4 and value.lower() in log.lower():
                leaks.append((path.name, kind, value))
    assert not leaks, leaks[:10]


def test_files_under_the_home_are_private(logged_run):
    home, _log = logged_run
    assert (home / "secret.key").exists() and (home / "cases.json").exists()
    assert any((home / "archive").rglob("*.eml")) and any((home / "outbox" / "new").iterdir())
    loose = []
    for path in [home / "archive", home / "quarantine", home / "outbox", home / "mailbox",
                 *[p for p in home.rglob("*") if p.name != "bot.toml"]]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir() and mode != 0o700:
            loose.append((str(path.relative_to(home)), oct(mode)))
        elif path.is_file() and mode & 0o077:
            loose.append((str(path.relative_to(home)), oct(mode)))
    assert not loose, loose[:10]


def test_the_secret_is_in_neither_the_log_nor_the_store(logged_run):
    home, log = logged_run
    secret = (home / "secret.key").read_text().strip()
    assert len(secret) >= 32
    assert secret not in log
    assert secret not in (home / "cases.json").read_text()


def encoded(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


INJECTIONS = [
    ("raw-folded", "Help\r\n Bcc: evil@attacker.example", '"Pat" <pat@example.org>'),
    ("encoded-subject", encoded("Help\r\nBcc: evil@attacker.example\r\n\r\nforged body"), "Pat <pat@example.org>"),
    ("encoded-name", "Complaint about care", encoded("Pat\r\nBcc: evil@attacker.example") + " <pat@example.org>"),
    ("encoded-lf-only", encoded("Care\nTo: evil@attacker.example"),
     encoded("Pat\nCc: evil@attacker.example") + " <pat@example.org>"),
    ("quoted-name", "Carers did not come", '"Pat\\\r\n Bcc: evil@attacker.example" <pat@example.org>'),
]


@pytest.mark.parametrize("tag,subject,sender", INJECTIONS, ids=[i[0] for i in INJECTIONS])
def test_no_header_injection_through_subjects_or_names(home, tag, subject, sender):
    from bot.cli import main

    raw = (f"From: {sender}\r\nTo: complaints@council.example\r\nSubject: {subject}\r\n"
           f"Message-ID: <inject-{tag}@example.org>\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "I want to complain: the carers did not come on Tuesday and my father was left without his "
           "medication all day. Nobody from the agency answered the phone.\r\n").encode()
    deliver_bytes(home / "mailbox", raw)
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["run", "--once", "--now", NOW, "--home", str(home)]) == 0
    sent = [p for sub in ("new", "cur") for p in (home / "outbox" / sub).iterdir()]
    assert sent, "the complaint should have produced mail (acknowledgement and forward)"
    for path in sent:
        data = path.read_bytes()
        head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        assert not re.search(rb"^(Bcc|Cc|To):.*attacker", head, re.I | re.M), head
        message = email.message_from_bytes(data, policy=email.policy.default)
        recipients = getaddresses([str(v) for k in ("To", "Cc", "Bcc") for v in message.get_all(k, [])])
        assert not [a for _n, a in recipients if "attacker" in a], recipients
        assert message.get_all("Bcc") is None
        for name, value in message.items():
            assert "\r" not in str(value) and "\n" not in str(value), (name, value)


def test_refusals_are_logged_without_the_refused_address():
    from bot.send.drainer import without_addresses

    reply = "550 5.1.1 <pat.o'neil@example.org>: Recipient address rejected (user pat@example.org unknown)"
    logged = without_addresses(reply)
    assert "example.org" not in logged and logged.startswith("550 5.1.1 <<address>>")
