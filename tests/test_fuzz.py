"""Property-based fuzzing of parse, classify and the whole Bot.handle on generated and mutated mail.

Real sample bytes (tests/data/samples and a few real-mail corpus files) are
mutated by hypothesis: truncated, bytes flipped, headers duplicated or
deleted, MIME boundaries broken, charsets replaced by nonsense, huge lines
inserted; whole messages are also generated from header/body pieces.  The
properties: ``parse_message`` raises nothing but ParseError (and its
LimitExceeded), the classifier never raises on what parse returns, and
``Bot.handle`` always returns an Outcome (nothing escapes the quarantine
boundary).  bench/fuzz.py runs the same strategies with many more examples.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.clock import Clock, parse_now
from bot.config import load_settings
from bot.errors import ParseError
from bot.parse import parse_message
from bot.pipeline import Bot, Outcome, shared_classifier
from bot.records import RawMessage
from tests.conftest import SAMPLES, SHARED, make_home

SEEDS = [p.read_bytes() for p in sorted(SAMPLES.glob("*.eml"))[:40]]
CORPUS = SHARED / "corpora" / "real-mail"
for name in ("mimekit/mbox/simple.002.eml", "stalwart-mail-parser/malformed/001.eml",
             "staktrace-mailparse/nested.eml", "sisimai-set-of-emails/maildir/bsd/lhost-sendgrid-01.eml"):
    if (CORPUS / name).exists():
        SEEDS.append((CORPUS / name).read_bytes())

HEADER = re.compile(rb"^[A-Za-z-]+:.*?(?=\r?\n[^ \t])", re.M | re.S)


def truncate(data: bytes, at: int) -> bytes:
    return data[: at % (len(data) + 1)]


def flip(data: bytes, at: int, value: int) -> bytes:
    if not data:
        return data
    i = at % len(data)
    return data[:i] + bytes([value]) + data[i + 1:]


def duplicate_header(data: bytes, at: int) -> bytes:
    headers = HEADER.findall(data.split(b"\n\n", 1)[0] + b"\n")
    if not headers:
        return data
    header = headers[at % len(headers)]
    return header + b"\n" + data


def delete_header(data: bytes, at: int) -> bytes:
    headers = HEADER.findall(data.split(b"\n\n", 1)[0] + b"\n")
    if not headers:
        return data
    return data.replace(headers[at % len(headers)] + b"\n", b"", 1)


def break_boundary(data: bytes, at: int) -> bytes:
    match = re.search(rb'boundary="?([^";\r\n]+)', data)
    if not match:
        return data.replace(b"\n\n", b"\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x\n", 1)
    boundary = match.group(1)
    variants = [b"", boundary[:-1], boundary + b"--", b"--" + boundary, boundary * 3]
    return data.replace(b"--" + boundary, b"--" + variants[at % len(variants)], 1 + at % 3)


def bad_charset(data: bytes, at: int) -> bytes:
    names = [b"x-no-such-charset", b"utf-7", b"", b"\xff\xfe", b"unicode-1-1-utf-7", b"iso-2022-jp-ext"]
    name = names[at % len(names)]
    if re.search(rb"charset=", data, re.I):
        return re.sub(rb'charset="?[^";\s]*"?', b'charset="' + name + b'"', data, count=2, flags=re.I)
    return b"Content-Type: text/plain; charset=" + name + b"\n" + data


def huge_line(data: bytes, at: int) -> bytes:
    line = b"A" * (2000 + (at % 200000))
    cut = data.find(b"\n\n")
    if at % 2 and cut >= 0:
        return data[:cut] + b"\nX-Long: " + line + data[cut:]
    return data + b"\n" + line + b"\n"


MUTATIONS = [truncate, flip, duplicate_header, delete_header, break_boundary, bad_charset, huge_line]


@st.composite
def mutated(draw) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        mutation = draw(st.sampled_from(MUTATIONS))
        at = draw(st.integers(0, 10**6))
        data = mutation(data, at, draw(st.integers(0, 255))) if mutation is flip else mutation(data, at)
    return data


header_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@st.composite
def generated(draw) -> bytes:
    """A message from pieces: any header names and values, encoded words, parts, raw bytes in the body."""
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        name = draw(st.sampled_from(["From", "To", "Subject", "Message-ID", "Content-Type", "Reply-To",
                                     "Content-Transfer-Encoding", "In-Reply-To", "References", "Date",
                                     "Auto-Submitted", "X-Any"]))
        value = draw(st.one_of(header_text, st.sampled_from([
            "=?utf-8?b?SGVsbG8=?=", "=?utf-8?q?bad=ZZ?=", "=?x-bogus?b?AAAA?=", "multipart/mixed; boundary=b",
            "multipart/report; report-type=delivery-status; boundary=r", "base64", "quoted-printable",
            "a@b@c", "<>", '"unterminated <x@y', "message/rfc822"])))
        lines.append(f"{name}: {value}".encode("utf-8", "surrogateescape"))
    body = draw(st.binary(max_size=400)) + draw(st.sampled_from([b"", b"\n--b\n\n--b--\n", b"\n--r\nContent-Type: message/delivery-status\n\n"]))
    return b"\n".join(lines) + b"\n\n" + body


messages = st.one_of(mutated(), generated())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(messages)
# Found by hypothesis (session 25): a Content-Transfer-Encoding of raw 8-bit bytes is an email.header.Header, not a str.
@example(b"Content-Type: MESSAGE/RFC822\nContent-Transfer-Encoding: \xc2\x80\n\n")
def test_parse_raises_only_parse_errors_and_classify_never_raises(data):
    try:
        parsed = parse_message(data)
    except ParseError:
        return
    shared_classifier(("council.example",)).classify(parsed)


@pytest.fixture(scope="module")
def fuzz_bot(tmp_path_factory):
    home = make_home(tmp_path_factory.mktemp("fuzz") / "home")
    bot = Bot(load_settings(str(home / "bot.toml"), str(home)), Clock(parse_now("2026-11-30T10:00")))
    yield bot
    bot.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(data=messages)
def test_bot_handle_always_returns_an_outcome(fuzz_bot, data):
    from bot.intake.maildir import deliver_bytes

    name = deliver_bytes(fuzz_bot.settings.mailbox_dir, data)
    raw = RawMessage(data=data, source="maildir", source_key=f"new/{name}",
                     received_at=parse_now("2026-11-30T10:00"))
    outcome = fuzz_bot.handle(raw)
    assert isinstance(outcome, Outcome)
    assert outcome.status in {"case", "followup", "ignored", "duplicate", "quarantined", "command", "refused"}
    if outcome.status == "quarantined":
        assert outcome.detail.split(":", 1)[0] in {"parse", "store", "route", "classify", "act"}
    assert not (fuzz_bot.settings.mailbox_dir / "new" / name).exists()  # moved, never left or lost
