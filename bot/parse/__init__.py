"""The parse stage: raw bytes in, a :class:`~bot.records.ParsedMessage` out.

mail-parser (SpamScope) reads the message and its defects; ``mime`` walks the
parts for attachments, Outlook's winmail.dat and attached messages; ``thread``
splits the body into new, quoted and forwarded text.  Attached
``message/rfc822`` originals are parsed again, recursively, and their text is
tagged as forwarded.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import hashlib
import re
from dataclasses import dataclass

import mailparser

from ..errors import LimitExceeded, ParseError
from ..records import CLASSIFIED_ORIGINS, Attachment, ForwardedMessage, ParsedMessage, TextSegment
from . import mime
from .documents import DocumentError, document_text
from .signoff import VALEDICTION
from .thread import call_note, council_letter, is_council, is_forward_subject, segment_body


@dataclass(frozen=True)
class Limits:
    """What the bot will read; anything larger is archived and quarantined, never dropped."""

    max_bytes: int = 30 * 1024 * 1024
    max_attachments: int = 100
    max_attachment_bytes: int = 25 * 1024 * 1024
    max_mime_depth: int = 12
    max_html_chars: int = 2 * 1024 * 1024
    max_attached_messages: int = 10


DEFAULT_LIMITS = Limits()

# An email whose writer says fewer words than this, with a letter attached, is taken to be sending the
# letter ("Please find attached my complaint about my mother's care."): the letter is read as theirs.
# A longer email says what it means itself; reading every attached care plan, invoice or report too
# would only add other people's words to the classification.  (60 until session 50: a solicitors' 61-word covering
# email, "Please find attached our letter ... concerning the withdrawal of her powered wheelchair", sent the whole
# complaint in its PDF, fresh1116.  At 80, four of 43,266 corpus and labelled messages gain an attachment: +8 fields,
# -3, over the labelled ones.)
LETTER_COVER_WORDS = 80


def _read(raw: bytes):
    """The message tree and its defects: mail-parser first, the standard library if mail-parser fails.

    mail-parser 4.x raises on some malformed multiparts (a missing epilogue); the
    standard library's parser reads those, so one bug never quarantines a message.
    """
    try:
        mail = mailparser.MailParser.from_bytes(raw)
    except (email.errors.MessageError, ValueError, LookupError, TypeError, IndexError, AttributeError) as exc:
        try:
            message = email.message_from_bytes(raw, policy=email.policy.compat32)
        except (email.errors.MessageError, ValueError, LookupError, TypeError, IndexError) as inner:
            raise ParseError(f"the message cannot be read: {inner.__class__.__name__}: {inner}") from inner
        return message, [f"mail-parser failed ({exc.__class__.__name__}: {exc}); read with the standard library"]
    return mail.message, sorted({str(d) for d in (mail.defects_categories or [])})


def _address_pairs(message, headers: dict[str, str], name: str) -> list[tuple[str, str]]:
    """(name, address) pairs read from the header as sent, names decoded afterwards.

    An RFC 2047 encoded word may only ever be (part of) a display name, so the
    addresses are taken from the undecoded header: a name that decodes to
    ``Pat\r\nCc: someone@else`` cannot add or swap an address the bot then
    writes to.  Only when the raw header yields no address at all (some
    mailers encode the whole ``Name <address>``) is the decoded text read.
    """
    raw = (message.get_all(name) or [""])[0]
    try:
        raw_text = " ".join(str(raw).split())
    except (ValueError, LookupError, TypeError):
        raw_text = ""
    pairs = mime.addresses(raw_text)
    if not pairs:
        decoded = mime.addresses(headers.get(name, ""))
        return decoded[:1] if len(decoded) == 1 else []
    return [(" ".join(mime.decode_header(n).split()) if n else "", a) for n, a in pairs]


def parse_message(
    raw: bytes,
    *,
    council_domains: tuple[str, ...] = ("council.example",),
    limits: Limits = DEFAULT_LIMITS,
    _depth: int = 0,
) -> ParsedMessage:
    """Parse one message.  Raises ParseError (or LimitExceeded) with a reason a person can act on."""
    if len(raw) > limits.max_bytes:
        raise LimitExceeded(f"message is {len(raw):,} bytes; the limit is {limits.max_bytes:,}")
    if not raw.strip():
        raise ParseError("message is empty")
    try:
        message, defects = _read(raw)
        headers = mime.header_map(message)
        body = mime.walk_body(message, max_depth=limits.max_mime_depth)
    except RecursionError as exc:
        raise LimitExceeded("the MIME structure is nested too deeply to read") from exc
    defects += body.defects
    if len(body.attachments) > limits.max_attachments:
        raise LimitExceeded(f"{len(body.attachments)} attachments; the limit is {limits.max_attachments}")
    largest = max(body.attachments, key=lambda a: a.size, default=None)
    if largest is not None and largest.size > limits.max_attachment_bytes:
        raise LimitExceeded(f"an attachment of {largest.size:,} bytes; the limit is {limits.max_attachment_bytes:,}")
    if len(body.html) > limits.max_html_chars:
        raise LimitExceeded(f"HTML body of {len(body.html):,} characters; the limit is {limits.max_html_chars:,}")
    if len(body.attached_messages) > limits.max_attached_messages:
        raise LimitExceeded(
            f"{len(body.attached_messages)} attached messages; the limit is {limits.max_attached_messages}"
        )

    from_pairs = _address_pairs(message, headers, "from")
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    if not from_addr:
        sender_pairs = _address_pairs(message, headers, "sender")
        if sender_pairs:
            from_name, from_addr = sender_pairs[0]
    subject = headers.get("subject", "")
    message_id = (mime.message_ids(headers.get("message-id", "")) or [""])[0]
    if not message_id:
        # No usable Message-ID: derive a stable one from the bytes so duplicates still match.
        message_id = f"<sha256-{hashlib.sha256(raw).hexdigest()[:32]}@no-message-id.invalid>"

    segments, inline_forward = segment_body(
        body.text, sender=from_addr, sender_name=from_name, subject=subject, council_domains=council_domains
    )
    forwarded: list[ForwardedMessage] = []
    if inline_forward:
        original = next((s for s in segments if s.origin == "forwarded"), None)
        if original is not None:
            forwarded.append(ForwardedMessage("inline", "", original.author, "", "", original.text))
    for index, attached in enumerate(body.attached_messages):
        try:
            inner = parse_message(attached, council_domains=council_domains, limits=limits, _depth=_depth + 1)
        except ParseError as exc:
            defects.append(f"attached message {index + 1} could not be read: {exc}")
            continue
        forwarded.append(
            ForwardedMessage("rfc822", inner.from_name, inner.from_addr, inner.subject,
                             inner.headers.get("date", ""), inner.text)
        )
        for seg in inner.segments:
            origin = "forwarded" if seg.origin in ("new", "cover_note") else seg.origin
            segments.append(TextSegment(seg.text, origin, seg.author or inner.from_addr))
    if any(f.style == "rfc822" for f in forwarded) and is_council(from_addr, council_domains):
        # An officer attaching the original: their own words are a covering note (LABELS.md, Forwards).
        segments = _as_cover_note(segments)
    letters = _attached_letters(body.documents, segments, from_addr, council_domains, defects)
    if any(letter.origin == "forwarded" for letter in letters):
        segments = _as_cover_note(segments)  # the same for a call note an officer attaches (fresh732)
    segments += letters

    return ParsedMessage(
        message_id=message_id,
        subject=subject,
        from_name=from_name,
        from_addr=from_addr,
        to=[a for _, a in mime.addresses(headers.get("to", ""))],
        cc=[a for _, a in mime.addresses(headers.get("cc", ""))],
        reply_to=[a for _, a in _address_pairs(message, headers, "reply-to")],
        date=mime.parse_date(headers.get("date", "")),
        in_reply_to=(mime.message_ids(headers.get("in-reply-to", "")) or [""])[0],
        references=mime.message_ids(headers.get("references", "")),
        headers=headers,
        text=body.text,
        segments=segments,
        attachments=body.attachments,
        forwarded=forwarded,
        content_type=message.get_content_type(),
        report_type=body.report_type,
        html_only=body.html_only,
        defects=defects,
        html=body.html,
    )


def _as_cover_note(segments: list[TextSegment]) -> list[TextSegment]:
    """The sender's new text as a covering note: an officer passing an original on."""
    return [TextSegment(s.text, "cover_note", s.author) if s.origin == "new" else s for s in segments]


# Words that send the reader to an attachment for the account itself: "I have kept a diary of what has happened since
# Easter, which my neighbour has typed up and is attached" (fresh741).  An invoice or a care plan attached is evidence
# beside a letter that says what it means; a diary or a statement of one's own is what happened.  (Not a professional's
# timeline or a log of chasing emails, which over the labelled sets added shorthand read wrongly: "Chased by email -
# automatic reply only", fresh728; "disclosure in Gujarati", fresh184.)
# A chat export the families kept is that account too: "please read the messages from the 2nd and the 9th in the chat
# I've attached" (a relatives' WhatsApp group, fresh1038, session 49).
# Notes written in the person's own language are their account too: "Our volunteer ... visited Mrs Rathnayake at home and
# wrote notes in Sinhala, which I attach" (fresh1150, session 51; what she told her was only there); so is a translation
# or a transcript of their words.
_ACCOUNT = (r"(?:diary|diaries|(?:my|her|his|our) (?:own )?(?:statement|account)|whatsapp|(?:group )?chat|text messages"
            r"|notes\s+(?:written\s+)?in\s+(?!the\b|a\b|an\b|my\b|our\b|her\b|his\b|their\b)\w+"
            # a voice message typed out and translated: "I've typed out what she says, with an English translation, in
            # the attached file" (fresh1163, session 51)
            r"|(?:english\s+)?translation|transcript|voice\s+(?:message|note))")
# ... and words that send the reader to the writer's own complaint in the attachment: "Please find my letter of
# complaint attached", Polish "w załączniku przesyłam skargę" (in the attachment I send the complaint), Welsh "fy llythyr
# cwyn ynghlwm" (my letter of complaint attached), fresh959 (session 47).  Not "our letter is attached" or "I attach
# the letter" alone: a solicitor's letter under a full email of its own, a clinic letter or an invoice a relative attaches
# as evidence, measured worse over the labelled sets (fresh604, fresh835).
# ("my letter of formal complaint", fresh1150, session 51)
_OWN_COMPLAINT = r"(?:my\s+(?:formal\s+)?complaint|(?:my|our)\s+letter\s+of\s+(?:formal\s+)?complaint)"
_ATTACHMENT_WORD = (r"(?:w\s+załącz(?:niku|eniu)|załączam|yn\s+atodedig|ynghlwm|em\s+anexo|adjunto|ci-joint"
                    r"|pièce\s+jointe|in\s+allegato|ataşat|atașat|bijgevoegd|im\s+anhang)")
_COMPLAINT_WORD = r"(?:skarg\w*|reklamac\w*|cwyn\w*|queixa|reclama\w*|queja|plainte|reclamo|pl[âa]ngere|klacht|beschwerde)"
_POINTS_TO_ATTACHMENT = re.compile(
    rf"\b{_ACCOUNT}\b[^.\n]{{0,80}}\b(?:attached|enclosed|attach|enclose)\b"
    rf"|\b(?:attached|enclosed|attach|enclose)\b[^.\n]{{0,40}}\b{_ACCOUNT}\b"
    # a professional's concern form: "Please see the attached note about one of our patients" (fresh959)
    r"|\battached\s+(?:concern\s+)?(?:note|record|form)\s+(?:about|regarding|concerning)\b"
    # a social worker's "I have some serious concerns, which are set out in the attached note" (fresh1034)
    r"|\bconcerns\b[^.\n]{0,30}\b(?:set out|described|detailed|listed|summarised|explained)\s+in\s+(?:the|my|our)\s+"
    r"(?:attached|enclosed)\b"
    rf"|\b{_OWN_COMPLAINT}\b[^.\n]{{0,60}}\b(?:attached|enclosed)\b"
    rf"|\b(?:attached|enclosed|attach|enclose)\b[^.\n]{{0,30}}\b{_OWN_COMPLAINT}\b"
    rf"|\b{_ATTACHMENT_WORD}\b[^.\n]{{0,40}}\b{_COMPLAINT_WORD}"
    rf"|\b{_COMPLAINT_WORD}[^.\n]{{0,20}}\b{_ATTACHMENT_WORD}\b",
    re.I)
# A sign-off in another language alone on its line ends the words the writer says too ("Obrigada,", "Hvala,"): for this
# count a bilingual letter's "Diolch yn fawr," above its English half ends it early, which only makes an attached letter
# likelier to be read.  (The classifier's closing, which job titles follow, needs the English beside it: signoff.py.)
_SIGN_OFF_ALONE = re.compile(
    r"^\s*(?:obrigad[ao]|dzi[eę]kuj[eę]|pozdrawiam|z\s+powa[zż]aniem|diolch|cofion|hvala|asante|salamat|mul[tț]umesc)"
    r"[\s,.!]*$", re.I)
# Where an organisation's confidentiality notice starts, for a signature with no sign-off word above it (a line that
# opens the notice, not classifiers.text's closing-paragraph test, which any "confidential" in a letter would meet).
_NOTICE = re.compile(r"^.{0,40}\b(?:this\s+(?:e-?mail|message)\b[^.]{0,80}?\b(?:confidential|privileged|intended\s+(?:solely|only))"
                     r"|if\s+you\s+are\s+not\s+the\s+intended\s+recipient|any\s+views\s+or\s+opinions)",
                     re.I | re.M)


def _own_words(text: str) -> int:
    """How many words the writer says before signing off (a sign-off line, signoff.VALEDICTION: what follows, a job
    title, a phone number, a notice longer than the message, is no part of what they say; fresh959), or, unsigned,
    before a confidentiality notice."""
    lines = text.splitlines()
    end = next((i for i, line in enumerate(lines) if VALEDICTION.match(line) or _SIGN_OFF_ALONE.match(line)), None)
    if end is not None:
        text = "\n".join(lines[:end])
    notice = _NOTICE.search(text)
    return len((text[:notice.start()] if notice else text).split())


def _points_to_an_attachment(segments: list[TextSegment]) -> bool:
    """True when the writer's own words send the reader to an attached letter, diary or statement of their own."""
    return any(_POINTS_TO_ATTACHMENT.search(s.text) for s in segments if s.origin in ("new", "quoted_own"))


def _attached_letters(
    documents: list[tuple[Attachment, bytes]],
    segments: list[TextSegment],
    sender: str,
    council_domains: tuple[str, ...],
    defects: list[str],
) -> list[TextSegment]:
    """The text of letters attached to an email that says little itself (or points to its diary), as segments to
    classify; a call note an officer attaches is the original, ``forwarded``."""
    own_words = sum(_own_words(s.text) for s in segments if s.origin in CLASSIFIED_ORIGINS)
    if not documents or own_words >= LETTER_COVER_WORDS and not _points_to_an_attachment(segments):
        return []
    officer = is_council(sender, council_domains)
    letters: list[TextSegment] = []
    for attachment, data in documents:
        try:
            text = document_text(attachment.filename, attachment.content_type, data)
        except DocumentError as exc:
            defects.append(f"attachment {attachment.filename!r} could not be read: {exc}")
            continue
        if not text:
            continue  # a scanned image: nothing to read, the officer opens it
        if officer and call_note(text):
            # An officer attaching a contact-centre call note passes on the caller's words, signed by the officer's
            # team though it is (LABELS.md: a call note forwarded by an officer counts as the original; fresh732).
            origin = "forwarded"
        elif council_letter(text):
            # The council's own letter sent back ("see your attached reply") is never the writer's words.
            origin = "quoted_other"
        else:
            origin = "attachment"
        letters.append(TextSegment(text, origin, sender))
    return letters


__all__ = ["Limits", "DEFAULT_LIMITS", "parse_message", "is_forward_subject"]
