"""The message that tells the complaints team an email could not be delivered.

It goes through the same outbox as everything else, with a Message-ID derived
from the failed message's, so however often a failure is seen the team is
told once.  It names the case (from the failed message's Message-ID), the
recipient and the server's answer, and says what to do: phone or write.
"""

from __future__ import annotations

import hashlib
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses

from ..clock import LONDON

ALERT_HEADER = "X-Complaints-Bot-Alert"


def is_alert(data: bytes) -> bool:
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
    return ALERT_HEADER.lower().encode() + b":" in head


def case_reference(message_id: str, prefix: str) -> str:
    """``<ASC-2026-00012.acknowledgement.…@council.example>`` -> ``ASC-2026-00012``."""
    match = re.match(rf"<?({re.escape(prefix)}-\d{{4}}-\d{{5}})\.", message_id.strip(), re.I)
    return match.group(1).upper() if match else ""


def build_alert(*, original, file_name: str, reason: str, refused: dict[str, str] | None, council,
                alert_to: list[str], when, outbox_dir: str) -> EmailMessage:
    """``original`` is the parsed failed message; ``refused`` lists recipients when only some failed."""
    original_id = str(original["Message-ID"] or "").strip()
    token = hashlib.sha256(f"{original_id}|{file_name}|{bool(refused)}".encode()).hexdigest()[:16]
    ref = case_reference(original_id, council.reference_prefix)
    recipients = ", ".join(a for _, a in getaddresses([str(v) for v in original.get_all("To", []) +
                                                       original.get_all("Cc", [])]))
    subject = " ".join(str(original["Subject"] or "(no subject)").split())

    message = EmailMessage(policy=SMTP)
    message["From"] = f"{council.complaints_name} <{council.complaints_address}>"
    message["To"] = ", ".join(alert_to)
    message["Subject"] = f"Email not delivered{f' ({ref})' if ref else ''}: {subject}"[:200]
    message["Date"] = format_datetime(when.astimezone(LONDON))
    message["Message-ID"] = f"<{council.reference_prefix}-alert.{token}@{council.domains[0]}>"
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message[ALERT_HEADER] = "delivery-failure"
    if refused:
        who = "\n".join(f"  {address}: {answer}" for address, answer in refused.items())
        opening = ("An email the complaints bot sent reached some recipients but was refused for these, "
                   f"and it will not try them again:\n\n{who}\n")
    else:
        opening = (f"An email the complaints bot sent could not be delivered to {recipients}, "
                   f"and it will not try again.\n\nThe server answered: {reason}\n")
    message.set_content(
        f"{opening}\n"
        f"Case:       {ref or '(not linked to a case)'}\n"
        f"Subject:    {subject}\n"
        f"Message-ID: {original_id}\n\n"
        "The person has not received this email. If it matters to them (an acknowledgement, a letter "
        "about their complaint), please contact them by phone or by post, and note it on the case.\n\n"
        f"A copy is kept in {outbox_dir}/.Failed.  An administrator can see it with\n"
        f"  complaints-bot outbox show {file_name}\n"
        "and send it again (for example after the address is corrected) with\n"
        f"  complaints-bot outbox retry {file_name}\n"
    )
    return message
