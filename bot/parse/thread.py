"""Split a message body into the writer's new text and the messages quoted or forwarded in it.

mail-parser-reply finds the boundaries (``On … wrote:``, Outlook's
``From:/Sent:/To:/Subject:`` blocks, ``-----Original Message-----``) in many
languages.  This module decides what each piece *is*, following LABELS.md:
the writer's new text and their own earlier messages count; the original inside
an officer's forward counts; an officer's covering note and the council's own
letters quoted back never do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailparser_reply.parser import EmailMessage

from ..records import TextSegment

# Reply-header languages to recognise.  Welsh has no entry in mail-parser-reply;
# English is always included by the library.
REPLY_LANGUAGES = ["en", "pl", "de", "fr", "es", "it", "nl"]

_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_FORWARD_MARKER = re.compile(
    r"^[>\s]*(?:-{3,}\s*(?:Forwarded message|Wiadomość przekazana dalej|Neges wedi'i hanfon ymlaen"
    r"|Weitergeleitete Nachricht|Message transféré)\s*-{3,}|Begin forwarded message:)\s*$",
    re.I | re.M,
)
_ORIGINAL_MARKER = re.compile(r"^[>\s]*-{3,}\s*Original Message\s*-{3,}\s*$", re.I | re.M)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|odp)\s*:\s*)*(?:fwd?|fw|wg|tr|pd|i)\s*:", re.I)
_QUOTE_PREFIX = re.compile(r"^(?:\s*>)+ ?", re.M)


@dataclass(frozen=True)
class Piece:
    """One message in the thread: its header lines (empty for the top), author and text."""

    header: str
    author: str
    text: str


def is_forward_subject(subject: str) -> bool:
    return bool(_FORWARD_SUBJECT.match(subject or ""))


def _unquote(text: str) -> str:
    return _QUOTE_PREFIX.sub("", text)


def split_pieces(body: str) -> list[Piece]:
    """The thread as pieces, newest first; the first piece is the top of the message."""
    message = EmailMessage(text=body, languages=list(REPLY_LANGUAGES), keep_hyphen_lists=True).read()
    pieces: list[Piece] = []
    for reply in message.replies:
        content = reply.content
        header = reply.headers
        if header and content.startswith(header):
            content = content[len(header):]
        content = _unquote(content).strip()
        if _ORIGINAL_MARKER.fullmatch(content) or _FORWARD_MARKER.fullmatch(content):
            content = ""
        header_text = _unquote(header)
        addresses = _ADDRESS.findall(header_text)
        author = addresses[0].lower() if addresses else ""
        # The top of the message is always kept, even empty (a forward with no covering note).
        if content or not pieces:
            pieces.append(Piece(header_text, author, content))
    if not pieces:
        pieces.append(Piece("", "", body.strip()))
    return pieces


def is_council_domain(domain: str, council_domains: tuple[str, ...]) -> bool:
    """True for a council domain or one of its subdomains."""
    domain = (domain or "").lower()
    return bool(domain) and any(domain == d or domain.endswith("." + d) for d in council_domains)


def is_council(address: str, council_domains: tuple[str, ...]) -> bool:
    """True for an address at a council domain or one of its subdomains (never for a bare word)."""
    if "@" not in (address or ""):
        return False
    return is_council_domain(address.rpartition("@")[2], council_domains)


def segment_body(
    body: str,
    *,
    sender: str,
    sender_name: str = "",
    subject: str,
    council_domains: tuple[str, ...],
) -> tuple[list[TextSegment], bool]:
    """Tag each piece of the body with its origin; also say whether it is a forward."""
    pieces = split_pieces(body)
    top = pieces[0]
    forward = len(pieces) > 1 and (is_forward_subject(subject) or bool(_FORWARD_MARKER.search(body)))
    sender = (sender or "").lower()
    officer = is_council(sender, council_domains)
    segments: list[TextSegment] = []
    top_text = _FORWARD_MARKER.sub("", top.text).strip()
    if top_text:
        origin = "cover_note" if forward and officer else "new"
        segments.append(TextSegment(top_text, origin, sender))
    original_author = pieces[1].author if forward else ""
    for index, piece in enumerate(pieces[1:], start=1):
        if forward:
            # The first piece under a forward is the original, whoever wrote it (a CRM call
            # note comes from a council no-reply address); deeper pieces count when written
            # by that original's author or anyone outside the council.
            if index == 1 or piece.author == original_author or not is_council(piece.author, council_domains):
                origin = "forwarded"
            else:
                origin = "quoted_other"
        elif (piece.author and piece.author == sender) or (
            not piece.author and sender_name and sender_name.lower() in piece.header.lower()
        ):
            origin = "quoted_own"
        else:
            origin = "quoted_other"
        segments.append(TextSegment(piece.text, origin, piece.author))
    return segments, forward
