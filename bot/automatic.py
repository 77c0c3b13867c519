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

# (Not the display name "Mail Administrator": phishing mail wears it over a no-reply address, fresh148 and
# fresh150; real bounces that use it come from postmaster@, which is read.)
_BOUNCE_SENDERS = re.compile(r"\b(mailer-daemon|postmaster|mail delivery (?:subsystem|system|service))\b", re.I)
_ROBOT_SENDERS = re.compile(r"^(no-?reply|do-?not-?reply|bounces?)([+@.-]|$)", re.I)
_BOUNCE_SUBJECT = re.compile(r"^\s*(undeliver(?:able|ed)|delivery (?:status notification|failure|has failed)|"
                             r"mail delivery failed|returned mail|failure notice|delivery notification)", re.I)


def is_robot_address(address: str) -> bool:
    """no-reply@, bounces@, MAILER-DAEMON@ and the like: addresses no person reads."""
    local = address.split("@")[0]
    return bool(_ROBOT_SENDERS.match(local) or _BOUNCE_SENDERS.search(local))


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
    if precedence in {"bulk", "list", "junk"}:
        signs.append(AutomaticSign("bulk", f"Precedence: {precedence}"))
    elif precedence == "auto_reply":
        # The value names itself: autoresponders that predate RFC 3834 send it instead of Auto-Submitted (a Welsh
        # out-of-office read as bulk mail, and so as spam, fresh1028).
        signs.append(AutomaticSign("auto_reply", f"Precedence: {precedence}"))
    # RFC 2369/2919 list headers, and the older Mailing-List (ezmlm) and X-MLServer (fml) ones.
    for name in ("list-id", "list-unsubscribe", "list-post", "list-subscribe", "list-help", "mailing-list", "x-mlserver"):
        if h.get(name):
            signs.append(AutomaticSign("list", f"{name} header present"))
            break
    if h.get("x-autoreply") or h.get("x-autorespond") or h.get("x-auto-reply"):
        signs.append(AutomaticSign("auto_reply", "X-Autoreply/X-Autorespond header"))
    if h.get("x-ms-exchange-generated-message-source") or h.get("x-ms-exchange-inbox-rules-loop"):
        signs.append(AutomaticSign("auto_reply", "Exchange-generated message"))
    if h.get("x-failed-recipients"):
        signs.append(AutomaticSign("bounce", "X-Failed-Recipients header (a mail server's bounce)"))
    return_path = h.get("return-path", "").strip()
    if return_path in {"<>", ""} and "return-path" in h:
        signs.append(AutomaticSign("bounce", "null Return-Path <>"))
    sender = h.get("from", "")
    local = parsed.from_addr.split("@")[0] if parsed.from_addr else ""
    if _BOUNCE_SENDERS.search(sender) or _BOUNCE_SENDERS.search(local):
        # MAILER-DAEMON and postmaster only ever write to say mail could not be delivered.
        signs.append(AutomaticSign("bounce", "sent by a mail server (MAILER-DAEMON / postmaster)"))
    elif not parsed.from_addr:
        signs.append(AutomaticSign("robot", "no sender address"))
    elif _ROBOT_SENDERS.match(local):
        signs.append(AutomaticSign("robot", f"sender {local}@ is a robot address"))
    if not parsed.from_addr and _BOUNCE_SUBJECT.match(parsed.subject or ""):
        signs.append(AutomaticSign("bounce", "a delivery failure notice with no sender address"))
    return signs
