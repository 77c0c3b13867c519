"""Read the MIME structure with mail-parser: headers, body text, attachments, attached messages.

Everything here tolerates damaged mail: an undecodable header becomes its raw
text with a defect noted, never an exception that stops the batch.
"""

from __future__ import annotations

import email.header
import email.utils
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import Message

from tnefparse import TNEF

from ..records import Attachment
from .documents import document_kind

# Headers kept on the record (lower-case names).  Everything else stays in the archive.
KEPT_HEADERS = (
    "from", "to", "cc", "reply-to", "subject", "date", "message-id", "in-reply-to", "references",
    "auto-submitted", "precedence", "list-id", "list-unsubscribe", "list-post", "list-subscribe", "list-help",
    "mailing-list", "x-mlserver", "return-path",
    "x-autoreply", "x-autorespond", "x-auto-reply", "x-auto-response-suppress",
    "x-ms-exchange-generated-message-source", "x-ms-exchange-inbox-rules-loop",
    "x-spam-flag", "x-spam-status", "x-spam-score", "authentication-results", "x-failed-recipients",
    "content-type", "content-language", "importance", "x-priority", "sender", "delivered-to",
)


def decode_header(value: object) -> str:
    """A header as text, RFC 2047 decoded where possible, raw where not."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        parts = email.header.decode_header(value)
    else:
        text = str(value)
        try:
            parts = email.header.decode_header(text)
        except (ValueError, LookupError, email.errors.HeaderParseError):
            return " ".join(text.split())
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            try:
                out.append(chunk.decode(charset or "ascii", errors="replace"))
            except LookupError:
                out.append(chunk.decode("latin-1"))
        else:
            out.append(chunk)
    # decode_header drops the space between an encoded word and plain text; join carefully.
    text = ""
    for piece in out:
        if text and not text.endswith((" ", "\t")) and not piece.startswith((" ", "\t")):
            text += " " if not (text[-1].isalnum() and piece[:1].isalnum()) else ""
        text += piece
    return " ".join(text.split())


def header_map(message: Message) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name in KEPT_HEADERS:
        values = message.get_all(name)
        if values:
            headers[name] = decode_header(values[0]) if name != "received" else str(values[0])
    return headers


def addresses(value: str) -> list[tuple[str, str]]:
    """(name, address) pairs from an address header; addresses lower-cased."""
    try:
        pairs = email.utils.getaddresses([value])
    except (ValueError, IndexError, RecursionError):
        return []  # a pathological header (thousands of nested groups) has no usable address
    return [(name.strip(), addr.strip().lower()) for name, addr in pairs if addr and "@" in addr]


def parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def message_ids(value: str) -> list[str]:
    """Message-IDs from a References/In-Reply-To header, angle brackets kept."""
    import re

    return re.findall(r"<[^<>\s]+>", value or "")


@dataclass
class Body:
    text: str = ""
    html: str = ""
    html_only: bool = False
    attachments: list[Attachment] = field(default_factory=list)
    attached_messages: list[bytes] = field(default_factory=list)
    documents: list[tuple[Attachment, bytes]] = field(default_factory=list)  # letters the parse may read
    report_type: str = ""
    defects: list[str] = field(default_factory=list)


def _tnef_parts(payload: bytes, body: Body) -> None:
    """Outlook's winmail.dat: list the real attachments and keep its body text."""
    try:
        tnef = TNEF(payload)
    except (ValueError, KeyError, IndexError, TypeError) as exc:  # tnefparse raises plain errors on junk
        body.defects.append(f"winmail.dat could not be decoded: {exc.__class__.__name__}")
        return
    for item in tnef.attachments:
        name = item.long_filename() or item.name or "attachment"
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        body.attachments.append(Attachment(name, "application/octet-stream", len(item.data or b""), "decoded from winmail.dat"))
    text = getattr(tnef, "body", None)
    if text and not body.text:
        body.text = text.decode("latin-1") if isinstance(text, bytes) else str(text)


def walk_body(message: Message, *, max_depth: int) -> Body:
    """Collect text, HTML and attachments; attached messages are returned as bytes to parse again."""
    from ..errors import LimitExceeded

    body = Body()
    plain: list[str] = []
    html: list[str] = []

    def visit(part: Message, depth: int) -> None:
        if depth > max_depth:
            raise LimitExceeded(f"MIME nesting deeper than {max_depth} levels")
        ctype = part.get_content_type()
        if ctype == "multipart/report" and not body.report_type:
            body.report_type = (part.get_param("report-type") or "").lower()
        if part.is_multipart() and ctype != "message/rfc822":
            for child in part.get_payload() or []:
                if isinstance(child, Message):
                    visit(child, depth + 1)
            return
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                inner = inner[0]
            data = inner.as_bytes() if isinstance(inner, Message) else _payload_bytes(part)
            # str(): a header holding raw 8-bit bytes comes back as an email.header.Header, not a str.
            encoding = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
            if encoding in ("base64", "quoted-printable"):
                # RFC 2046 forbids encoding message/rfc822, but Python's own add_attachment and
                # some mail clients do it: the parser then sees base64 text, not the original.
                data = _decode_transfer(data, encoding, body)
            body.attached_messages.append(data)
            body.attachments.append(Attachment(filename or "message.eml", ctype, len(data)))
            return
        data = _payload_bytes(part)
        if ctype in {"text/plain", "text/html"} and disposition != "attachment" and not filename:
            text = _decode_text(part, data, body)
            (plain if ctype == "text/plain" else html).append(text)
            return
        if ctype == "application/ms-tnef" or (filename or "").lower() == "winmail.dat":
            _tnef_parts(data, body)
        attachment = Attachment(filename or "unnamed", ctype, len(data))
        body.attachments.append(attachment)
        if document_kind(filename, ctype):
            body.documents.append((attachment, data))

    visit(message, 0)
    body.text = "\n\n".join(t for t in plain if t.strip()) or body.text
    body.html = "\n".join(html)
    if not body.text.strip() and body.html.strip():
        from .html import html_to_text

        body.text = html_to_text(body.html)
        body.html_only = True
    elif (letter := _letter_behind_a_stub(body.text, body.html)) is not None:
        body.text = letter
    return body


# A plain part of a line or two beside a full HTML letter ("Invoice overdue. View and pay: <link>",
# "view this email in your browser") is not the message: the sender wrote the HTML and let the
# mail program make a token plain part.  Reading only the stub hid a phishing letter's "sign in with
# your email password" (fresh1123/t035).  A plain part of more than STUB_WORDS words is the writer's,
# and so is a short one whose HTML says no more than STUB_RATIO times as much ("Thanks, see you then").
STUB_WORDS = 20
STUB_RATIO = 4


def _letter_behind_a_stub(text: str, html: str) -> str | None:
    """The HTML part's text when the plain part is a stub beside it, else None (the whole rule, in one place)."""
    words = len(text.split())
    if not 0 < words <= STUB_WORDS or not html.strip():
        return None
    from .html import html_to_text

    rendered = html_to_text(html)
    return rendered if len(rendered.split()) >= STUB_RATIO * words else None


def _decode_transfer(data: bytes, encoding: str, body: Body) -> bytes:
    import base64
    import binascii
    import quopri

    try:
        if encoding == "base64":
            return base64.b64decode(b"".join(data.split()), validate=False)
        return quopri.decodestring(data)
    except (binascii.Error, ValueError) as exc:
        body.defects.append(f"attached message in {encoding} could not be decoded: {exc}")
        return data


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (ValueError, LookupError, TypeError):
        return "unnamed"
    return decode_header(name) if name else ""


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, LookupError, TypeError, AssertionError):
        data = None
    if data is None:
        raw = part.get_payload()
        data = raw.encode("utf-8", "replace") if isinstance(raw, str) else b""
    return data


def _decode_text(part: Message, data: bytes, body: Body) -> str:
    charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "windows-1252"):
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            if candidate == charset:
                body.defects.append(f"text part not in its declared charset {charset!r}")
    return data.decode("latin-1")
