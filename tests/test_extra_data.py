"""Integrity checks for the extra labelled regression emails in tests/data/extra/.

These tests do not run the classifier. They make sure the data set itself is sound:
every .eml has labels and every label has exactly the twelve fields of LABELS.md with
legal values, every file parses with the standard library, and every address and link
uses a reserved domain (council.example, *.example, *.test, example.com/.net/.org).
"""
from __future__ import annotations

import email
import email.policy
import json
import re
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "extra"
EML_FILES = sorted(DATA.glob("x*.eml"))
LABELS = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))

FIELDS = {
    "kind": {"complaint", "compliment", "enquiry", "auto_reply", "spam"},
    "formality": {"formal", "informal", "unclear", None},
    "professional": {True, False},
    "funding": {"self_funded", "council_funded", "unknown"},
    "care_charges": {True, False},
    "safeguarding": {True, False},
    "stage2_request": {True, False},
    "ombudsman": {True, False},
    "client_group": {"older_people", "disability", "unknown"},
    "representative": {True, False},
    "needs": None,  # list, checked separately
    "sender_role": {"public", "professional", "provider", "officer_forward", "system"},
}
NEEDS = {"interpreter", "bsl", "accessible_format", "advocacy"}
ADDRESS_HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Return-Path")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")


def reserved(domain: str) -> bool:
    d = domain.lower().rstrip(".")
    if d == "council.example" or d.endswith((".example", ".test")):
        return True
    return any(d == r or d.endswith("." + r) for r in ("example.com", "example.net", "example.org"))


def parse(path: Path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def messages(msg):
    """The message itself plus every message attached as message/rfc822."""
    yield msg
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                yield from messages(inner)


def text_parts(msg):
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            yield part


def test_set_size_and_names():
    assert len(EML_FILES) >= 170
    names = [p.name for p in EML_FILES]
    assert names == [f"x{i:03d}.eml" for i in range(1, len(names) + 1)]


def test_every_eml_has_labels_and_vice_versa():
    assert {p.name for p in EML_FILES} == set(LABELS)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_labels_legal(name):
    lab = LABELS[name]
    assert list(lab) == list(FIELDS), f"{name}: fields or order differ from LABELS.md"
    for field, legal in FIELDS.items():
        if legal is not None:
            assert lab[field] in legal, f"{name}: {field}={lab[field]!r}"
            if legal <= {True, False}:
                assert isinstance(lab[field], bool), f"{name}: {field} must be a JSON boolean"
    needs = lab["needs"]
    assert isinstance(needs, list) and len(set(needs)) == len(needs) and set(needs) <= NEEDS, name
    # formality is for complaints only
    if lab["kind"] == "complaint":
        assert lab["formality"] in {"formal", "informal", "unclear"}, name
    else:
        assert lab["formality"] is None, name
    # auto-replies and spam: every other field takes its empty value, sender_role system
    if lab["kind"] in {"auto_reply", "spam"}:
        assert lab == {
            "kind": lab["kind"], "formality": None, "professional": False, "funding": "unknown",
            "care_charges": False, "safeguarding": False, "stage2_request": False, "ombudsman": False,
            "client_group": "unknown", "representative": False, "needs": [], "sender_role": "system",
        }, name
    else:
        assert lab["sender_role"] != "system", name
    # stage 2 is only ever a formal complaint
    if lab["stage2_request"]:
        assert lab["kind"] == "complaint" and lab["formality"] == "formal", name
    # provider staff and external professionals write in a professional capacity
    if lab["sender_role"] in {"provider", "professional"}:
        assert lab["professional"] is True, name


@pytest.mark.parametrize("path", EML_FILES, ids=lambda p: p.name)
def test_eml_parses_and_decodes(path):
    msg = parse(path)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert msg[h] is not None, f"{path.name}: missing {h}"
    when = parsedate_to_datetime(str(msg["Date"]))
    assert when.year == 2026 and when.tzinfo is not None
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"]).strip()), path.name
    found_text = False
    for m in messages(msg):
        for part in text_parts(m):
            content = part.get_content()
            assert isinstance(content, str)
            found_text = found_text or bool(content.strip())
        for part in m.walk():
            if part.get_content_maintype() not in ("multipart", "message", "text"):
                assert part.get_content(), f"{path.name}: empty attachment"
    assert found_text, f"{path.name}: no readable text"
    # officer forwards come from the council's own domain
    if LABELS[path.name]["sender_role"] == "officer_forward":
        assert msg["From"].addresses[0].domain == "council.example"


@pytest.mark.parametrize("path", EML_FILES, ids=lambda p: p.name)
def test_addresses_use_reserved_domains(path):
    msg = parse(path)
    for m in messages(msg):
        for h in ADDRESS_HEADERS:
            for value in m.get_all(h) or []:
                for _, address in getaddresses([str(value)]):
                    if address:
                        assert reserved(address.rsplit("@", 1)[1]), f"{path.name}: {h} {address}"
        for h in ("Message-ID", "In-Reply-To", "References"):
            for value in m.get_all(h) or []:
                for dom in re.findall(r"@([^>\s]+)>", str(value)):
                    assert reserved(dom), f"{path.name}: {h} {value}"
        for part in text_parts(m):
            content = part.get_content()
            for dom in EMAIL_RE.findall(content):
                assert reserved(dom), f"{path.name}: address in body uses {dom}"
            for host in URL_RE.findall(content):
                assert reserved(host), f"{path.name}: link in body uses {host}"
