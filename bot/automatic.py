"""Is this message from a machine?  Then the bot must not answer it.

RFC 3834 section 2 asks automatic responders not to reply to mail that is
itself automatic: ``Auto-Submitted`` other than ``no``, and a null or
MAILER-DAEMON return path.  We add the signs that mail servers and ticket
systems use in practice (``Precedence``, list headers, Microsoft's
``X-Auto-Response-Suppress`` and ``X-MS-Exchange-Generated-Message-Source``,
multipart/report) so that the bot never starts a mail loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import ParsedMessage

_NULL_SENDERS = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+@.-]|$)", re.I)


@dataclass(frozen=True)
class AutomaticSign:
    """One reason to believe a message was sent by a machine."""

    kind: str  # "bounce", "auto_reply", "receipt", "list", "bulk", "robot"
    reason: str


def automatic_signs(parsed: ParsedMessage) -> list[AutomaticSign]:
    """Every sign that the message is automatic; an empty list means a person wrote it."""
    h = parsed.headers
    signs: list[AutomaticSign] = []
    report = parsed.report_type.lower()
    if report == "delivery-status":
        signs.append(AutomaticSign("bounce", "multipart/report; report-type=delivery-status"))
    elif report == "disposition-notification":
        signs.append(AutomaticSign("receipt", "multipart/report; report-type=disposition-notification"))
    elif report:
        signs.append(AutomaticSign("bounce", f"multipart/report; report-type={report}"))
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and auto.split(";")[0].strip() != "no":
        signs.append(AutomaticSign("auto_reply", f"Auto-Submitted: {auto}"))
    precedence = h.get("precedence", "").strip().lower()
    if precedence in {"bulk", "list", "junk", "auto_reply"}:
        signs.append(AutomaticSign("bulk", f"Precedence: {precedence}"))
    for name in ("list-id", "list-unsubscribe", "list-post"):
        if h.get(name):
            signs.append(AutomaticSign("list", f"{name} header present"))
            break
    if h.get("x-autoreply") or h.get("x-autorespond") or h.get("x-auto-reply"):
        signs.append(AutomaticSign("auto_reply", "X-Autoreply/X-Autorespond header"))
    if h.get("x-ms-exchange-generated-message-source") or h.get("x-ms-exchange-inbox-rules-loop"):
        signs.append(AutomaticSign("auto_reply", "Exchange-generated message"))
    return_path = h.get("return-path", "").strip()
    if return_path in {"<>", ""} and "return-path" in h:
        signs.append(AutomaticSign("bounce", "null Return-Path <>"))
    local = parsed.from_addr.split("@")[0] if parsed.from_addr else ""
    if not parsed.from_addr:
        signs.append(AutomaticSign("robot", "no sender address"))
    elif _NULL_SENDERS.match(local):
        signs.append(AutomaticSign("robot", f"sender {local}@ is a robot address"))
    return signs
