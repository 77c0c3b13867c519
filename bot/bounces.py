"""Bounces of the bot's own mail, matched back to the case they belong to.

A delivery status notification (RFC 3464: ``multipart/report;
report-type=delivery-status``) says which recipient failed and returns the
headers of the message that failed.  Its Message-ID is one the bot made, so
``store.find_case_by_message_id`` finds the case (the case reference in the
returned Subject is the fallback).  The case gets an audit entry and the flag
"email bounced: needs a phone call or a letter": an acknowledgement that never
arrived must not look like one that did.  "delayed" reports are noted without
the flag; relayed/delivered reports are not news.

Called from the act stage for messages triage decided to ignore; each report
is recorded once per case however often it is processed.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message

from .errors import CaseNotFound
from .store import Store, audit, iso

BOUNCED_FLAG = "email bounced: needs a phone call or a letter"


@dataclass(frozen=True)
class FailedRecipient:
    address: str
    action: str  # "failed", "delayed" (RFC 3464 Action)
    status: str  # e.g. "5.1.1"
    diagnostic: str


@dataclass
class Bounce:
    original_message_id: str
    original_subject: str
    recipients: list[FailedRecipient] = field(default_factory=list)

    @property
    def permanent(self) -> bool:
        return any(r.action == "failed" for r in self.recipients)

    def describe(self) -> str:
        parts = [f"{r.address} {r.action}" + (f" ({r.status}: {r.diagnostic})" if r.diagnostic else f" ({r.status})")
                 for r in self.recipients]
        return "; ".join(parts) or "no recipient details"


def _unfold(value: object) -> str:
    return " ".join(str(value or "").split())


def _address(value: str) -> str:
    """``rfc822; someone@example.org`` -> ``someone@example.org``."""
    return value.split(";", 1)[-1].strip().strip("<>").lower()


def read_bounce(data: bytes) -> Bounce | None:
    """The failed recipients and the returned message's identity, or None if this is no DSN."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    report = next((p for p in message.walk() if p.get_content_type() == "multipart/report"
                   and (p.get_param("report-type") or "").lower() == "delivery-status"), None)
    if report is None:
        return None
    bounce = Bounce("", "")
    for part in report.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            bounce.recipients.extend(_recipients(part))
        elif kind in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers") and \
                not bounce.original_message_id:
            returned = _returned(part)
            if returned is not None:
                bounce.original_message_id = _unfold(returned.get("Message-ID"))
                bounce.original_subject = _unfold(returned.get("Subject"))
    return bounce


def _recipients(part: Message) -> list[FailedRecipient]:
    blocks = part.get_payload()
    if not isinstance(blocks, list):  # some generators leave the report as text
        text = part.get_payload(decode=True) or b""
        blocks = [email.message_from_bytes(chunk) for chunk in re.split(rb"\r?\n\r?\n", text) if chunk.strip()]
    found = []
    for block in blocks[1:] if len(blocks) > 1 else blocks:  # the first block is per-message
        recipient = block.get("Final-Recipient") or block.get("Original-Recipient")
        action = _unfold(block.get("Action")).lower()
        if recipient and action in ("failed", "delayed"):
            found.append(FailedRecipient(_address(str(recipient)), action, _unfold(block.get("Status")),
                                         _unfold(block.get("Diagnostic-Code")).split(";", 1)[-1].strip()))
    return found


def _returned(part: Message) -> Message | None:
    payload = part.get_payload()
    if isinstance(payload, list):  # message/rfc822 parsed into a Message
        return payload[0] if payload else None
    raw = part.get_payload(decode=True) or b""
    return email.message_from_bytes(raw, policy=email.policy.compat32) if raw else None


def note_bounce(store: Store, data: bytes, *, dsn_id: str, now: datetime, prefix: str,
                council_domains: tuple[str, ...]) -> str:
    """Record a DSN on the case its returned message belongs to; returns the case reference or ''."""
    bounce = read_bounce(data)
    if bounce is None or not bounce.recipients:
        return ""
    case = _case_for(store, bounce, re.compile(rf"\b{re.escape(prefix)}-\d{{4}}-\d{{5}}\b", re.I))
    if case is None:
        return ""
    ref = case["ref"]
    outside = [r for r in bounce.recipients if r.action == "failed"
               and r.address.rsplit("@", 1)[-1] not in council_domains]

    def change(stored: dict) -> None:
        seen = stored.setdefault("bounces", [])
        if any(b.get("dsn") == dsn_id for b in seen):
            return  # this report was recorded before (the message was processed again)
        seen.append({"dsn": dsn_id, "at": iso(now), "message_id": bounce.original_message_id,
                     "permanent": bounce.permanent,
                     "recipients": [r.__dict__ for r in bounce.recipients]})
        if outside:
            flags = stored.setdefault("flags", [])
            if BOUNCED_FLAG not in flags:
                flags.append(BOUNCED_FLAG)
            audit(stored, now, BOUNCED_FLAG, f"{bounce.describe()} (returned message {bounce.original_message_id})")
        elif bounce.permanent:
            audit(stored, now, "email to a council address bounced",
                  f"{bounce.describe()}: check the team's address in routing.toml")
        else:
            audit(stored, now, "email delayed", f"{bounce.describe()} (the mail server is still trying)")

    store.update_case(ref, change)
    return ref


def _case_for(store: Store, bounce: Bounce, reference: re.Pattern) -> dict | None:
    """The case whose sent mail came back: by the returned Message-ID, else the reference in its Subject."""
    if bounce.original_message_id:
        case = store.find_case_by_message_id([bounce.original_message_id])
        # Only mail the bot sent for the case counts: a DSN quoting a message the case received proves nothing.
        if case is not None and any(s.get("message_id") == bounce.original_message_id for s in case.get("sent", [])):
            return case
    match = reference.search(bounce.original_subject)
    if match is None:
        return None
    try:
        return store.get_case(match.group(0).upper())
    except CaseNotFound:
        return None
