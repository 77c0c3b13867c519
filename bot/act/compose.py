"""Build outgoing messages: headers every bot message must carry, and the routed forward.

Every message says it is automatic (``Auto-Submitted``, RFC 3834) and asks
Exchange not to auto-reply (``X-Auto-Response-Suppress``), so that the bot and
another robot never answer each other for ever.  Message-IDs are derived from
the case and the purpose, which makes sending idempotent (see ``outbox``) and
lets replies find their way back to the case.
"""

from __future__ import annotations

import hashlib
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from ..clock import LONDON
from .letters import Rendered


def outgoing_id(ref: str, purpose: str, seed: str, domain: str) -> str:
    """A stable Message-ID for one letter of one case: the same inputs give the same id."""
    token = hashlib.sha256(f"{ref}|{purpose}|{seed}".encode("utf-8")).hexdigest()[:16]
    safe_purpose = "".join(c if c.isalnum() or c in "-_" else "-" for c in purpose)
    return f"<{ref}.{safe_purpose}.{token}@{domain}>"


def _one_line(text: str) -> str:
    """Header values from senders never carry line breaks (no header injection)."""
    return " ".join(str(text).split())


def build(
    *,
    rendered: Rendered,
    sender: tuple[str, str],
    to: list[str],
    message_id: str,
    when,
    auto_submitted: str,
    in_reply_to: str = "",
    references: list[str] | None = None,
    cc: list[str] | None = None,
    reply_to: str = "",
    priority_urgent: bool = False,
    lang: str = "en-GB",
) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    name, address = sender
    message["From"] = Address(display_name=_one_line(name), addr_spec=address)
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = _one_line(rendered.subject)
    message["Date"] = format_datetime(when.astimezone(LONDON))
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    refs = [r for r in (references or []) if r]
    if refs:
        message["References"] = " ".join(refs)
    message["Auto-Submitted"] = auto_submitted
    message["X-Auto-Response-Suppress"] = "All"
    message["Content-Language"] = lang
    if priority_urgent:
        message["Importance"] = "High"
        message["X-Priority"] = "1"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


def attach_original(message: EmailMessage, original: bytes, filename: str = "original-message.eml") -> EmailMessage:
    """Attach the exact bytes received as message/rfc822, so officers see the original untouched."""
    message.add_attachment(original, maintype="message", subtype="rfc822", filename=filename)
    return message
