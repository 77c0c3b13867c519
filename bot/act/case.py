"""Build the case document a new message opens: who, what, where it went, what is owed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..parse.thread import is_council
from ..records import Classification, ParsedMessage
from ..store import iso
from .shape import case_shape


def complainant(parsed: ParsedMessage, council_domains: tuple[str, ...]) -> tuple[str, str, str]:
    """(name, address to write to, why) of the person the case is about hearing from.

    For an officer's forward it is the original's author; a call note from a
    council system has no address, so the acknowledgement goes by phone or post.
    """
    sender_is_council = is_council(parsed.from_addr, council_domains)
    if parsed.forwarded and sender_is_council:
        original = parsed.forwarded[0]
        if original.from_addr and not is_council(original.from_addr, council_domains):
            return original.from_name, original.from_addr, "author of the forwarded original"
        return original.from_name, "", "the forwarded original has no public email address (a call note?)"
    address = (parsed.reply_to or [parsed.from_addr])[0] if parsed.from_addr else ""
    return parsed.from_name, address, "sender"


def message_record(key: str, sha: str, parsed: ParsedMessage, received: datetime, source: str) -> dict[str, Any]:
    return {
        "key": key,
        "message_id": parsed.message_id,
        "sha256": sha,
        "subject": parsed.subject,
        "from": parsed.from_addr,
        "date": iso(parsed.date) if parsed.date else "",
        "received_at": iso(received),
        "source": source,
    }


def classification_record(classification: Classification) -> dict[str, Any]:
    return {
        "labels": classification.labels.as_dict(),
        "evidence": [e.as_dict() for e in classification.evidence],
        "confidence": dict(classification.confidence),
        "needs_confirmation": classification.needs_confirmation(),
        "language": classification.language,
    }


def new_case(
    *,
    ref: str,
    received: datetime,
    message: dict[str, Any],
    parsed: ParsedMessage,
    classification: Classification,
    route,
    council_domains: tuple[str, ...],
    linked_to: str = "",
) -> dict[str, Any]:
    name, address, why = complainant(parsed, council_domains)
    parties = sorted({a for a in [address, parsed.from_addr, *parsed.reply_to] if a})
    labels = classification.labels
    return {
        "ref": ref,
        "status": "open",
        "shape": case_shape(labels),
        "opened_at": iso(received),
        "received_at": iso(received),
        "complainant": {"name": name, "address": address, "why": why},
        "parties": parties,
        "safeguarding": labels.safeguarding,
        "urgent": route.urgent,
        "classification": classification_record(classification),
        "routing": {
            "teams": route.teams,
            "matches": [{"rule": m.rule, "teams": list(m.teams), "reason": m.reason, "urgent": m.urgent}
                        for m in route.matches],
        },
        "messages": [message],
        "sent": [],
        "actions": [],
        "linked_to": [linked_to] if linked_to else [],
        "audit": [],
    }
