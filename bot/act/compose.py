"""Build outgoing messages: headers every bot message must carry, and the routed forward.

Every message says it is automatic (``Auto-Submitted``, RFC 3834) and asks
Exchange not to auto-reply (``X-Auto-Response-Suppress``), so that the bot and
another robot never answer each other for ever.  Message-IDs are derived from
the case and the purpose, which makes sending idempotent (see ``outbox``) and
lets replies find their way back to the case.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
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
    # An address with non-ASCII characters can only be written with SMTPUTF8 (RFC 6531).
    needs_utf8 = any(not a.isascii() for a in [*to, *(cc or []), reply_to])
    message = EmailMessage(policy=SMTP.clone(utf8=True) if needs_utf8 else SMTP)
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
    """Attach the original as message/rfc822 so Outlook shows it inline.

    Some real mail has headers the standard library cannot write back out
    (broken Message-IDs, raw 8-bit addresses).  Such an original is attached as
    its exact bytes in an .eml file instead: officers still open it with one
    click, and nothing of it is lost or rewritten.
    """
    inner = email.message_from_bytes(original, policy=email.policy.compat32)
    try:
        inner.as_bytes(policy=message.policy)
    except (email.errors.HeaderParseError, UnicodeError, IndexError, ValueError, TypeError, LookupError):
        message.add_attachment(original, maintype="application", subtype="octet-stream", filename=filename)
        return message
    message.add_attachment(inner, filename=filename)
    return message
