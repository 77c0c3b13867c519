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
from .inline import affirms, announces_answers, answers_question, inline_answers

# Reply-header languages to recognise.  Welsh has no entry in mail-parser-reply;
# English is always included by the library.
REPLY_LANGUAGES = ["en", "pl", "de", "fr", "es", "it", "nl"]

_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# The "From:" line of an Outlook-style quoted header, in the languages mail clients write it in.  The
# author is read from it alone: "From: Hannah Redfern" (a name only) over "To: ASC Front Door <...>"
# names no address, and the first address in the header is the recipient's (fresh182).
_FROM_LINE = re.compile(r"^\W*(?:from|von|de|od|van|da|fra|från|oddi wrth)\W*:(.*)$", re.I | re.M)
_FORWARD_MARKER = re.compile(
    r"^[>\s]*(?:-{3,}\s*(?:Forwarded message|Wiadomość przekazana dalej|Neges wedi'i hanfon ymlaen"
    r"|Weitergeleitete Nachricht|Message transféré)\s*-{3,}|Begin forwarded message:)\s*$",
    re.I | re.M,
)
_ORIGINAL_MARKER = re.compile(r"^[>\s]*-{3,}\s*Original Message\s*-{3,}\s*$", re.I | re.M)
# Words on top that pass a message below on, as a forward does ("her email to our office, which is copied below", an MP's
# caseworker under an "-----Original Message-----" header and no "FW:" subject: fresh528).
_PASSED_ON = re.compile(r"\b(?:copied|pasted|forwarded|included|reproduced)\s+(?:in\s+full\s+)?below\b", re.I)
# An officer's reply-all that brings the mailbox in: "Adding the complaints mailbox - Mrs Kaye wants this to go through
# the formal complaints process, see her email at the bottom" (fresh643).  Only from an officer: a relative who has
# "copied in the complaints address" on a reply to the council is still replying (fresh112).
_BROUGHT_IN = re.compile(
    r"\b(?:adding|added|copying|copied)\s+(?:in\s+)?(?:the\s+)?complaints?\s+(?:mailbox|inbox|team|address)\b"
    r"|\bsee\s+(?:her|his|their|the)\s+(?:original\s+)?(?:e-?mail|message|letter)s?\s+"
    r"(?:below|at\s+the\s+bottom|underneath|further\s+down)\b", re.I)
_REPLY_PREFIX = r"(?:re|aw|odp)\s*:"
_FORWARD_PREFIX = r"(?:fwd?|fw|wg|tr|pd|i)\s*:"
_FORWARD_SUBJECT = re.compile(rf"^\s*(?:{_REPLY_PREFIX}\s*)*{_FORWARD_PREFIX}", re.I)
_QUOTE_PREFIX = re.compile(r"^(?:\s*>)+ ?", re.M)
_QUOTED_LINE = re.compile(r"^\s*>")
# A "From:" line that holds only a telephone number: a text-message gateway's metadata ("From: +447700900508 /
# To: 60777"), not a quoted message's header.
_PHONE_ONLY = re.compile(r"^[\s+()\d-]{7,}$")

# What a quoted message's header carries and a writer's own memo heading does not: an address, a date line, or an
# attribution ("On 2 May, Ann wrote:").  See split_pieces.
_DATE_LINE = re.compile(r"^\W*(?:sent|date|dated|wysłano|wysłane|data|gesendet|datum|envoyé|enviado|fecha|inviato"
                        r"|verzonden|dyddiad|anfonwyd)\W*:", re.I | re.M)
# The verb of a reply attribution, in the languages the reply headers are read in ("On 2 May, Ann wrote:"; German and
# Polish put the name after it: "Am 08.06.2026 um 12:31 schrieb Nadia Brennan:", "W dniu ... Nadia Brennan pisze:").
_ATTRIBUTION_VERB = (r"(?:\bwrote|\bnapisał(?:a|\(a\))?|\bpisze|\bschrieb(?:\s+[^:\n]{1,80})?|\ba écrit|\bescribió"
                     r"|\bescreveu|\bha scritto|\bschreef|\bskrev|\bysgrifennodd)")
_ATTRIBUTION = re.compile(_ATTRIBUTION_VERB, re.I)
# ...or a date or a time anywhere in it (Lotus Notes: "From: John Sherriff/ENRON@EUEnronXGate on 07/09/2001 09:43 AM").
_DATE_OR_TIME = re.compile(r"\b\d{1,2}[/.:-]\d{1,2}(?:[/.-]\d{2,4})?\b")
_HEADER_ABOVE = re.compile(r"forwarded by|forwarded message|original message|begin forwarded", re.I)
_FORWARD_SUBJECT_LINE = re.compile(
    rf"^\W*(?:subject|temat|betreff|objet|asunto|pwnc)\W*:\s*(?:{_REPLY_PREFIX}|{_FORWARD_PREFIX})", re.I | re.M)

# A letter pasted into a reply begins with a greeting to a named person ("Dear Mrs Shah,").
_LETTER_GREETING = re.compile(
    r"^\s*(?:Dear|Annwyl|Szanown\w*)\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Pan|Pani)\b\.?\s+\S", re.I
)
# How the council's own letters sound: a signature line naming one of its teams ("Complaints
# Team", "K. Shah, Complaints Officer"), or the service speaking about "your complaint".
# LABELS.md ("What counts as the writer's text"): text quoted from the council's own messages,
# such as a standard Ombudsman or advocacy paragraph, sets no label.
_COUNCIL_SIGNATURE = re.compile(
    r"^[ \t]*(?:yours sincerely,?[ \t]*)?(?:[\w.'-]+(?:[ \t]+[\w.'-]+){0,3},[ \t]*)?(?:the[ \t]+)?"
    r"(?:adult[ \t]+social[ \t]+care[ \t]+)?"
    r"(?:complaints?|customer[ \t]+(?:relations|services?)|financial[ \t]+assessments?|adult[ \t]+social[ \t]+care"
    r"|social[ \t]+care|safeguarding|brokerage|charging|income|finance|commissioning|reablement)"
    r"(?:[ \t]+(?:and|&)[ \t]+[\w-]+){0,2}"  # "Financial Assessment and Charging Team"
    r"[ \t]+(?:team|officer|manager|service|unit|department|lead)\b[^\n]{0,60}$",
    re.I | re.M,
)
# Said only in the council's own letters, never by someone writing to it (what council_letter reads).
_COUNCIL_LETTER_PHRASE = re.compile(
    r"\bwe aim to (?:respond|reply)\b"
    r"|\bif you (?:remain|are still|are not|are un)\w*[ \t]+(?:dis)?(?:satisfied|happy)\b"
    r"|\b(?:do not |not |partly |partially )?uphold your complaint\b"
    # the standard offer of other formats, in the council's words (fresh582: "If you would like this letter in large
    # print, Braille, audio or another language ...")
    r"|\bif you would like (?:this|a copy of this) (?:letter|information|document)\b",
    re.I,
)
# A letter signed by the service alone, on its last line ("Adult Social Care", fresh582).
_SERVICE_SIGNOFF = re.compile(r"^[ \t]*(?:the[ \t]+)?(?:adult[ \t]+)?(?:social[ \t]+care|social[ \t]+services|services)"
                              r"(?:[ \t]+(?:and|&)[ \t]+health)?[ \t]*$", re.I)
# ...and, in text pasted below the writer's own words, the service speaking about "your complaint".
_COUNCIL_PHRASE = re.compile(
    r"\byour (?:complaint|financial assessment|assessed contribution)\b"
    r"|\b(?:do not |not |partly |partially )?uphold (?:the|this) complaint\b|" + _COUNCIL_LETTER_PHRASE.pattern,
    re.I,
)



# Where an automatic acknowledgement quotes back the message it acknowledges ("----- Your message -----",
# "You wrote:"), on a line of its own.  What follows is the writer's own earlier message (LABELS.md: "earlier messages
# from the same writer quoted in the thread" count), though the council's letter carries it (fresh347).  Not "Your
# complaint", a heading under which a council letter sums up the complaint in its own words.
_OWN_MESSAGE_MARKER = re.compile(
    r"^[>\s]*(?:-{2,}\s*)?(?:(?:a )?copy of )?(?:your (?:original )?(?:message|e-?mail|enquiry|submission)"
    r"|you wrote|original message from you)\s*(?:-{2,}|:)?\s*$",
    re.I | re.M,
)

QUOTED_HEADER = "(quoted, no header)"
PASTED_HEADER = "(pasted letter, no quote marks)"


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


def _nonblank_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def council_voiced(text: str) -> bool:
    """True when text reads as one of the council's own letters (a team's signature or the service's voice)."""
    if _COUNCIL_SIGNATURE.search(text) or _COUNCIL_PHRASE.search(text):
        return True
    lines = _nonblank_lines(text)
    return len(lines) > 1 and bool(_SERVICE_SIGNOFF.match(lines[-1]))


# The first lines of a contact-centre call note: a title ("CALL NOTE", "Telephone contact record") or a "Caller:" line.
_CALL_NOTE = re.compile(r"\b(?:call|telephone|phone)[ \t]+(?:note|log|record)\b|^[ \t]*caller[ \t]*:", re.I | re.M)


def call_note(text: str) -> bool:
    """True when a document opens as a contact-centre call note (its first eight lines): the caller's words told by
    the officer who took the call, which an officer passes on as the original (LABELS.md, Forwards)."""
    return bool(_CALL_NOTE.search("\n".join(_nonblank_lines(text)[:8])))


def council_letter(text: str) -> bool:
    """True when a whole letter (an attached document) is the council's own: signed by a council team.

    Stricter than :func:`council_voiced`: a resident's letter is addressed *to* the "Complaints Team"
    and talks about "your complaint procedure", so only the sign-off at the end and the council's
    own stock sentences count.
    """
    tail = "\n".join(_nonblank_lines(text)[-8:])
    return bool(_COUNCIL_SIGNATURE.search(tail) or _COUNCIL_LETTER_PHRASE.search(text))


def _split_top(content: str) -> list[Piece]:
    """The top of a message, with quoted blocks that have no header split out.

    mail-parser-reply splits at headers (``On … wrote:``); a block of ``>`` lines
    with no header, or a council letter pasted below the writer's sign-off with no
    quote marks at all, stays in the top piece.  Each such block that reads as the
    council's own letter becomes its own piece, with a QUOTED_HEADER or PASTED_HEADER
    and no author; segment_body tags it as someone else's text.
    """
    lines = content.split("\n")
    runs: list[tuple[bool, list[str]]] = []
    for line in lines:
        quoted = bool(_QUOTED_LINE.match(line))
        if runs and (runs[-1][0] == quoted or (not line.strip() and runs[-1][0])):
            runs[-1][1].append(line)
        else:
            runs.append((quoted, [line]))
    top: list[str] = []
    blocks: list[Piece] = []
    answered = _answered_between(runs)
    for index, (quoted, run) in enumerate(runs):
        text = "\n".join(run)
        if quoted:
            text = _unquote(text).strip()
            if index and _ATTRIBUTION_END.search(_last_line(runs[index - 1][1])):
                # Under an attribution the reply splitter did not know ("W dniu 15.04.2026 o 09:20, Nadia Brennan
                # pisze:", a Polish mail client, fresh688): someone else's message quoted, whatever its voice.
                blocks.append(Piece(QUOTED_HEADER, "", text))
            elif answered and affirms("\n".join(runs[index + 1][1]) if index + 1 < len(runs) else ""):
                # "> whether you would like us to treat this as a formal complaint" / "yes": a bare yes makes the
                # question the writer's own request (fresh608), and so does a yes that goes on ("> Would you like us
                # to do this?" / "Yes please. I want someone to come with me", an advocate, fresh688)
                top.append(text)
            elif answered or council_voiced(text):
                blocks.append(Piece(QUOTED_HEADER, "", text))
            else:
                # Someone's words with no header and no council voice: a carer's text message,
                # a line of a care plan.  They stay with the writer's text, as they always did.
                top.append(text)
            continue
        text, pasted = _split_pasted_letter(text)
        top.append(text)
        if pasted:
            blocks.append(Piece(PASTED_HEADER, "", pasted))
    first = Piece("", "", "\n".join(top).strip())
    return [first, *blocks]


def _last_line(lines: list[str]) -> str:
    """The last non-blank line, stripped ("" when there is none)."""
    return next((line.strip() for line in reversed(lines) if line.strip()), "")


def _answered_between(runs: list[tuple[bool, list[str]]]) -> bool:
    """True when the writer answers a quoted letter between its lines, and the quoted lines are the letter's.

    Two or more quoted blocks, each followed by the writer's own lines, with a note on top that the answers are
    there ("I answer between your lines", "Replies below"), a greeting opening the quote, or the council's voice
    in it: the quoted lines are then the council's letter, even where a single block ("Is Graham safe at home at
    the moment?") has no council phrase of its own (fresh608).
    """
    texts = [(quoted, "\n".join(run).strip()) for quoted, run in runs]
    texts = [(quoted, text) for quoted, text in texts if text]
    answered = sum(1 for (q1, _), (q2, _) in zip(texts, texts[1:]) if q1 and not q2)
    if answered < 2:
        return False
    first_own = next((text for quoted, text in texts if not quoted), "")
    letter = "\n".join(_unquote(text) for quoted, text in texts if quoted)
    opening = _unquote(next(text for quoted, text in texts if quoted)).strip()
    return bool(announces_answers(first_own) or _LETTER_GREETING.match(opening) or council_voiced(letter))


def _split_pasted_letter(text: str) -> tuple[str, str]:
    """(writer's text, pasted council letter) when a council letter follows the writer's own words."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index == 0 or not _LETTER_GREETING.match(line):
            continue
        above = "\n".join(lines[:index]).strip()
        below = "\n".join(lines[index:]).strip()
        # Only below the writer's own words (a greeting on the first line is theirs) and only
        # when what follows reads as the council's letter, not the writer quoting their own.
        if above and len(above.split("\n")) >= 2 and council_voiced(below):
            return above, below
    return text, ""


# "On Tue, 22 Sep 2026 at 11:04, Lewis Ambrose <l.a@council.example> wrote:", perhaps wrapped onto a
# second line (the German and Polish orders: fresh688).
_ATTRIBUTION_END = re.compile(_ATTRIBUTION_VERB + r"\s*:\s*$", re.I)


def _attribution_at(lines: list[str], index: int) -> int:
    """How many lines (1 or 2) form a reply attribution starting at ``index``, or 0."""
    for width in (1, 2):
        chunk = " ".join(line.strip() for line in lines[index:index + width])
        if index + width <= len(lines) and not _QUOTED_LINE.match(lines[index]) \
                and _ATTRIBUTION_END.search(chunk) and len(chunk) < 300:
            return width
    return 0


def lift_replies_below_quotes(body: str) -> str:
    """Bottom-posted and inline replies moved above the quoted thread, as a top-posted reply reads.

    The reply splitter takes everything from the first "On … wrote:" down as the quoted thread,
    so the writer's answers typed under the quote (bottom-posting) or between the quoted
    questions (inline) would be read as the council's letter or dropped.  The unquoted lines
    below an attribution whose quote starts with ">" are the writer's; they are lifted above it,
    in order, and the quoted thread keeps only its ">" lines.
    """
    lines = body.split("\n")
    start = -1
    for index in range(len(lines)):
        width = _attribution_at(lines, index)
        if not width:
            continue
        following = [line for line in lines[index + width:index + width + 3] if line.strip()]
        if following and _QUOTED_LINE.match(following[0]):
            start, head = index, width
            break
    if start < 0:
        return body
    quoted: list[str] = lines[start:start + head]
    answers: list[str] = []
    seen_quote = False
    question = 0  # how many of the last quoted lines make the paragraph a yes would answer
    for line in lines[start + head:]:
        if _QUOTED_LINE.match(line):
            seen_quote = True
            quoted.append(line)
            question = question + 1 if _unquote(line).strip() else 0
        elif line.strip() and seen_quote:
            if _FORWARD_MARKER.match(line) or _ORIGINAL_MARKER.match(line):
                return body  # a forward or an Outlook original below: not a reply typed under a quote
            if question and answers_question(quoted[-question:], line):
                # the yes makes the quoted question above it the writer's own request (fresh688)
                answers += [""] + [_unquote(q).strip() for q in quoted[-question:]]
                del quoted[-question:]
            question = 0
            answers.append(line)
        elif answers and not line.strip():
            answers.append(line)
    if not any(line.strip() for line in answers):
        return body
    top = "\n".join(lines[:start]).rstrip()
    lifted = "\n".join(answers).strip()
    return "\n\n".join(part for part in (top, lifted, "\n".join(quoted)) if part)


def _mixed_quoting(header: str, content: str) -> bool:
    """True for a piece under an unquoted header with some of its lines quoted and some not."""
    if not header or _QUOTED_LINE.match(header.lstrip("\n")):
        return False
    lines = _nonblank_lines(content)
    quoted = sum(1 for line in lines if _QUOTED_LINE.match(line))
    return 0 < quoted < len(lines)


def _header_begins_above(text: str) -> bool:
    """True when the end of the piece above holds the start of a quoted header, as in a Lotus Notes forward, whose
    "cc: / Subject:" tail alone is split off below it: a forward's marker, an automatic reply's "Your message", a
    "From:" line with an address, or an address, date or time in its last few lines ("Cynthia Sandherr@ENRON /
    07/20/2000 07:38 AM")."""
    lines = text.splitlines()
    tail = "\n".join(lines[-40:])
    last = "\n".join([line for line in lines if line.strip()][-4:])
    return bool(_HEADER_ABOVE.search(tail) or _OWN_MESSAGE_MARKER.search(tail) or "@" in last
                or _DATE_OR_TIME.search(last)) or any("@" in line.group(1) for line in _FROM_LINE.finditer(tail))


def _own_heading(header: str, above: str) -> bool:
    """True when a block mail-parser-reply took for a quoted header is a heading the writer typed over their own report:
    it has no address, date, time, attribution, forward marker or forwarded subject, and no header begins above it."""
    return "@" not in header and not _header_begins_above(above) and not any(
        pattern.search(header) for pattern in (_HEADER_ABOVE, _FORWARD_SUBJECT_LINE, _DATE_LINE, _ATTRIBUTION,
                                               _DATE_OR_TIME))


def _join_above(pieces: list[Piece], header_text: str, content: str) -> None:
    """Add a block taken for a quoted header, and the words under it, to the piece above: they are its writer's."""
    last = pieces[-1]
    pieces[-1] = Piece(last.header, last.author, "\n\n".join(t for t in (last.text, header_text.strip(), content) if t))


def split_pieces(body: str) -> list[Piece]:
    """The thread as pieces, newest first; the first piece is the top of the message."""
    body = lift_replies_below_quotes(body)
    message = EmailMessage(text=body, languages=list(REPLY_LANGUAGES), keep_hyphen_lists=True).read()
    pieces: list[Piece] = []
    header_only_above = False  # the reply above was a header with nothing under it (its tail follows)
    for reply in message.replies:
        content = reply.content
        header = reply.headers
        if header and content.startswith(header):
            content = content[len(header):]
        if not pieces and not header:
            pieces.extend(_split_top(content))
            continue
        # An Outlook-style letter (no ">" on its lines) with some ">" lines in it keeps them: they are the writer's
        # answers typed inside it, marked for mail clients that strip colour (fresh608); segment_body reads them.
        content = content.strip() if _mixed_quoting(header, content) else _unquote(content).strip()
        if _ORIGINAL_MARKER.fullmatch(content) or _FORWARD_MARKER.fullmatch(content):
            content = ""
        header_text = _unquote(header)
        from_line = _FROM_LINE.search(header_text)
        addresses = _ADDRESS.findall(from_line.group(1) if from_line else header_text)
        author = addresses[0].lower() if addresses else ""
        if pieces and from_line and not addresses and _PHONE_ONLY.match(from_line.group(1)):
            # The texter's number over their words (an SMS gateway's email, fresh400): the words stay with the piece
            # above, so a text sent to the council is read as its sender's own, not as someone else's quoted mail.
            _join_above(pieces, header_text, content)
            continue
        follows_header, header_only_above = header_only_above, bool(header_text.strip()) and not content
        if pieces and content and not follows_header and _own_heading(header_text, pieces[-1].text):
            # A heading with no address, date or time is the writer's own, not a quoted message's: a police memo's
            # "To: Adult Social Care Complaints / From: PC 4471 Hannah Ojo" and a letter's "Temat: Formalna skarga"
            # (Polish, "Subject:") put the whole of the writer's report below it (fresh994).
            _join_above(pieces, header_text, content)
            continue
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


def _original_at(written: list[Piece], council_domains: tuple[str, ...]) -> int:
    """Where the original is inside a forward: the first piece, unless an officer forwarded it on in turn.

    A call note passed from the contact centre to a supervisor and on to the complaints team
    ("FW: FW:") arrives under two officers' notes, each ending in a forward marker; the
    complainant's words are in the piece under the last of them.
    """
    for index, piece in enumerate(written[:-1]):
        if not (is_council(piece.author, council_domains) and _FORWARD_MARKER.search(piece.text)):
            return index
    return len(written) - 1


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
    written = [p for p in pieces[1:] if p.header not in (QUOTED_HEADER, PASTED_HEADER)]
    # (A message passed on in the writer's own words is someone else's, not the council's own letter: "your letter is
    # copied below" leaves the council's text as the council's, which sets no label.)
    sender = (sender or "").lower()
    officer = is_council(sender, council_domains)
    marked = is_forward_subject(subject) or bool(_FORWARD_MARKER.search(body))
    brought_in = officer and not marked and bool(_BROUGHT_IN.search(top.text))
    passed_on = bool(_PASSED_ON.search(top.text)) or brought_in
    forward = bool(written) and (marked or (passed_on and not is_council(written[0].author, council_domains)))
    segments: list[TextSegment] = []
    top_text = _FORWARD_MARKER.sub("", top.text).strip()
    if top_text:
        origin = "cover_note" if forward and officer else "new"
        segments.append(TextSegment(top_text, origin, sender))
    at = _original_at(written, council_domains) if forward else 0
    if forward and brought_in:
        # A reply-all passed on in words, not as a forward: the thread began with the oldest message from outside the
        # council, at the bottom ("see her email at the bottom"); the replies above it are others' answers (fresh643).
        outside = [i for i, p in enumerate(written) if not is_council(p.author, council_domains)]
        at = outside[-1] if outside else at
    original = written[at] if forward else None
    relays = written[:at]  # officers' notes that passed the original on
    # (in a reply-all, the answers above the original from outside the council are theirs: quoted, not the original)
    replies_above = [p for p in relays if not is_council(p.author, council_domains)] if forward and brought_in else []
    # The writer's own exchange with the council: their words on top and one of their own messages in the thread
    # (not a chat transcript or a call note the council sent, which holds the writer's words).
    exchange = forward and not officer and bool(top_text) and any(p.author and p.author == sender for p in written)
    for piece in pieces[1:]:
        if piece.header in (QUOTED_HEADER, PASTED_HEADER) or any(piece is reply for reply in replies_above):
            origin = "quoted_other"  # the council's own letter, quoted or pasted with no header; a reply-all's answers
        elif any(piece is relay for relay in relays):
            origin = "cover_note"  # an earlier officer's note passing the original on
        elif original is not None:
            # The original under a forward counts, whoever wrote it (a CRM call note comes
            # from a council no-reply address); deeper pieces count when written
            # by that original's author or anyone outside the council.
            # A member of the public forwarding their own exchange with the council, with words of their own on
            # top, passes on the council's replies as the council's text, which sets no label (LABELS.md: "What
            # counts as the writer's text"; fresh202: a finance team's standard paragraph naming the Ombudsman).
            from_council = is_council(piece.author, council_domains)
            if from_council and exchange:
                origin = "quoted_other"
            elif piece is original or piece.author == original.author or not from_council:
                origin = "forwarded"
            else:
                origin = "quoted_other"
        elif (piece.author and piece.author == sender) or (
            not piece.author and sender_name and sender_name.lower() in piece.header.lower()
        ):
            origin = "quoted_own"
        else:
            origin = "quoted_other"
        text = piece.text
        council_reply = origin == "quoted_other" and not forward  # the council's letter the writer replies to
        if council_reply:
            # the writer's answers typed inside the council's letter are the writer's (bot/parse/inline.py)
            answers, text = inline_answers(text, top.text)
            if answers:
                segments.append(TextSegment(answers, "new", sender))
        piece = Piece(piece.header, piece.author, _unquote(text).strip())
        marker = _OWN_MESSAGE_MARKER.search(piece.text) if council_reply else None
        if marker and piece.text[marker.end():].strip():
            # the council's acknowledgement, then the writer's own message it quoted back
            acknowledgement = piece.text[:marker.start()].strip()
            if acknowledgement:
                segments.append(TextSegment(acknowledgement, origin, piece.author))
            segments.append(TextSegment(piece.text[marker.end():].strip(), "quoted_own", sender))
            continue
        segments.append(TextSegment(piece.text, origin, piece.author))
    return segments, forward
