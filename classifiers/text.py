"""Choose the text the classifier reads and cut it into passages.

LABELS.md ("What counts as the writer's text", "Forwards"): read the writer's
new text, their own earlier messages quoted in the thread, and the original
inside an officer's forward; never the officer's cover note and never text
quoted from the council's own letters.  ``ParsedMessage.segments`` carries
those origins; this module only selects and splits.

Passages are short units (a paragraph, a bullet, a "Key: value" line of a call
note) so that sentence scopes, and with them negation scopes, stay local.
Lines after a sign-off ("Kind regards") are marked ``closing``: job titles
there say who the writer is, but they are not statements about the case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.parse.signoff import VALEDICTION
from bot.parse.thread import is_council as is_council_address
from bot.records import CLASSIFIED_ORIGINS, ParsedMessage

from .forms import form_answer, says_who_filled_it_in
from .ocr import unscan

_BULLET = re.compile(r"^\s*([-*\u2022\u2013]|\d{1,2}[.)])\s+")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_KEY_VALUE = re.compile(r"^\s*[A-Z][A-Za-z /'-]{1,30}:\s+\S")
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|antw|odp)\s*:", re.I)
_FORWARD_PREFIX = re.compile(r"^\s*((fw|fwd|tr|wg|pd)\s*:\s*)+", re.I)
_SHORT_LINE = 45
# Phone-typed mail with no full stops puts each thought on a line of its own ("... she calls me names on the phone
# when she thinks i cant hear" / "i told the agency office n they said ...", fresh334): joined, one "cant" negates the
# next line too.  Mail programs hard-wrap at 72 to 80 characters, some at 100 to 120: a line longer than
# _UNWRAPPED_LINE was ended by the writer unless the text looks hard-wrapped, with another line as long as it to
# within _WRAP_RAGGEDNESS characters (a wrapped paragraph's lines are all about as long as the longest; lines typed
# as one are not).  Not a guess from where the next word would have fitted: hand-wrapped text is ragged (fresh17).
_UNWRAPPED_LINE = 90
_WRAP_RAGGEDNESS = 25
# A line this long with no sentence end is running text wrapped by the mail program (most wrap at 72-78 characters).
_WRAPPED_LINE_CHARS = 50
# Full stops that end a line of running text; the ideographic ones too ("Please phone with Cantonese
# interpreter. 唔該晒。" is a request, not a signature line: fresh154).
_SENTENCE_ENDS = (".", "?", "!", "\u3002", "\uff1f", "\uff01")
_CLOSERS = ")]\"'\u2019\u201d\u00bb"
# A labelled separator line ("--- card text ---", "==== transcript ===="): what follows is another text,
# typed out by the sender (fresh131: an officer's note, its sign-off, then a thank-you card copied below it).
_SEPARATOR = re.compile(r"^\s*[-=_*~]{3,}\s*[A-Za-z][A-Za-z '/()?]{0,40}?\s*[-=_*~]{3,}\s*$")
# Two lines of this many words after a sign-off are running text, not a signature; a disclaimer's long
# lines say so in its own words.
_PROSE_WORDS = 12
# A closing paragraph that is an organisation's e-mail disclaimer (a narrower test than _DISCLAIMER: "recorded" or
# "monitored" in the last paragraph of a letter is not one).
_DISCLAIMER_PARAGRAPH = re.compile(r"confidential|intended (?:solely )?(?:for|recipient)|notify the sender|disclaimer|"
                                   r"(?:views|opinions) expressed", re.I)
_DISCLAIMER = re.compile(
    r"confidential|intended (?:solely )?(?:for|recipient)|disclaimer|virus|privileged|monitored|recorded|"
    r"notify the sender|legally|unauthori[sz]ed|registered (?:office|in england|company|charity)|"
    r"company (?:no|number)|charity (?:no|number)|opinions expressed|freedom of information|"
    r"think before you print|environment|please consider|data protection|gdpr|privacy notice",
    re.I,
)
# The classifier reads at most this many characters of each segment (and of the subject): a
# person's complaint is far shorter, and spaCy refuses texts over nlp.max_length (E088); a
# 1 MB body (a log or a pasted file) would also cost seconds.  findings.collect caps the
# joined message at nlp.max_length as well.
MAX_SEGMENT_CHARS = 100_000


@dataclass(frozen=True)
class Passage:
    """A short run of text with where it came from."""

    text: str
    origin: str  # a segment origin, or "headers" for the subject line
    author: str = ""
    closing: bool = False


# Voice dictation that wrote the spoken punctuation out ("I'm 38 full stop I pay my contribution"):
# without the full stops a whole message is one sentence, and one "never" negates all of it.
_SPOKEN_FULL_STOP = re.compile(r"\s*\bfull stop\b", re.I)
_SPOKEN_MARKS = ((re.compile(r"\s*\bcomma\b", re.I), ","), (re.compile(r"\s*\bquestion mark\b", re.I), "?"),
                 (re.compile(r"\s*\bexclamation mark\b", re.I), "!"),
                 (re.compile(r"\s*\bnew (?:line|paragraph)\b\s*", re.I), "\n"))


def _undictate(text: str) -> str:
    """Spoken punctuation as punctuation, when a message says "full stop" at least twice."""
    if len(_SPOKEN_FULL_STOP.findall(text)) < 2:
        return text
    text = _SPOKEN_FULL_STOP.sub(".", text)
    for pattern, mark in _SPOKEN_MARKS:
        text = pattern.sub(mark, text)
    return text


def _units(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs, keeping bullets and short lines apart."""
    units: list[str] = []
    current: list[str] = []
    previous = ""
    wrapped = _hard_wrapped(lines)
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                units.append(" ".join(current))
                current = []
            previous = ""
            continue
        # A number that begins a hard-wrapped line is not a numbered item when the line before ran on mid-sentence:
        # "I am 82 and my son Raymond is" / "55. He has had schizophrenia" (fresh264).
        wrapped_number = (_NUMBERED.match(line) and len(previous) >= _SHORT_LINE
                          and not previous.endswith((".", "!", "?", ":", ";")))
        starts_new = bool(
            (_BULLET.match(line) and not wrapped_number)
            or _KEY_VALUE.match(line)
            or (previous and (len(previous) < _SHORT_LINE or previous.endswith((".", "!", "?", ":"))
                              or (len(previous) > _UNWRAPPED_LINE and not wrapped)))
        )
        if starts_new and current:
            units.append(" ".join(current))
            current = []
        current.append(stripped)
        previous = stripped
    if current:
        units.append(" ".join(current))
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    """True when the lines look hard-wrapped by a mail program: two or more are about as long as the longest."""
    lengths = [len(line.strip()) for line in lines]
    longest = max(lengths, default=0)
    return sum(n >= longest - _WRAP_RAGGEDNESS for n in lengths if n) >= 2


def _is_prose(line: str) -> bool:
    """A line of running text that no signature holds: many words and not a disclaimer."""
    return len(line.split()) >= _PROSE_WORDS and not _DISCLAIMER.search(line)


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|my|me)\b", re.I)
_SENTENCE_END_IN_LINE = re.compile(r"[.?!](?:\s|$)")


def _prose_lines(line: str) -> int:
    """How many lines of running text a line is worth: an unwrapped paragraph of several sentences counts as two
    ("sorry i used one of those AI things to write the above ... mum was left in the same pad ..." typed as one
    line under a template's "Kind regards, [Your Name]", fresh1077)."""
    if not _is_prose(line):
        return 0
    sentences = len(_SENTENCE_END_IN_LINE.findall(line.strip()))
    # (in the writer's own voice: an organisation's tagline under a signature is as long, "Now welcoming new residents
    # - permanent, respite and self-funded places available ... Book a tour and stay for lunch on us!", fresh610)
    own_voice = _FIRST_PERSON.search(line) is not None
    return 2 if own_voice and sentences >= 2 and len(line.split()) >= 2 * _PROSE_WORDS else 1


def _is_note(line: str) -> bool:
    """A bracketed line of running text under the name: the writer's note to themselves, not a job title or an
    organisation's tagline (which may be as long, fresh610)."""
    return line.lstrip().startswith(("(", "[")) and _is_prose(line)


# "P.S.", "PS:", "P.P.S." at the start of a line.
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?p?\.?\s?s\b\.?", re.I)


def _split_closing(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Separate the sign-off block (valediction and what follows) from the body: (body, closing, rest),
    where rest is another text that follows the sign-off and its signature lines, if any."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        return [], [], []
    window = nonblank[-20:]  # (12 until session 7: a GP practice's long signature and disclaimer ran past it)
    for index in window:
        if VALEDICTION.match(lines[index]):
            after = lines[index + 1:]
            postscript = next((i for i, line in enumerate(after) if _POSTSCRIPT.match(line) and _is_prose(line)), None)
            if postscript is not None:
                # A postscript under the signature is the writer's own words again ("P.S. ... we would like the
                # therapist's advice first" is no job title, fresh591).
                return lines[:index], lines[index:index + 1 + postscript], after[postscript:]
            if sum(_prose_lines(line) for line in after) >= 2:
                # Running text after a sign-off is another text, not a signature: an officer's "Thanks,
                # Priya, Customer Contact Centre" above the call note it covers (fresh144).  It starts at
                # the first line that is not a short signature line.
                start = next(i for i, line in enumerate(after) if line.strip() and not _short(line))
                return lines[:index], lines[index:index + 1 + start], after[start:]
            return lines[:index], lines[index:], []
    # no sign-off word: treat a trailing run of short unpunctuated lines as the signature
    start = len(lines)
    end = _before_disclaimer(lines, nonblank)
    for index in reversed([i for i in nonblank if i < end][-6:]):
        if _short(lines[index]) and not _continues_wrapped_line(lines, index):
            start = index
        else:
            break
    # A form's fields ("Phone: 07700 900826", "Date of birth: 17/10/1980") are no signature: one starts with a name.
    while start < len(lines) and (not lines[start].strip() or _KEY_VALUE.match(lines[start])):
        start += 1
    if start == len(lines) or start == nonblank[0]:
        return lines, [], []
    return lines[:start], lines[start:], []


def _continues_wrapped_line(lines: list[str], index: int) -> bool:
    """True when a short line is the end of a paragraph wrapped above it, not a signature: it starts in lower case
    and the line above is long running text with no sentence end ("if yous lot dont do / nothing im going the
    ombudsman and the echo", a phone-typed message, fresh546)."""
    text = lines[index].strip()
    above = lines[index - 1].strip() if index > 0 else ""
    # (a wrapped line is no longer than a mail program wraps at: a whole message typed as one long line and signed
    # "wes (49)" below it is signed, fresh476; nor is a name of a word or two a paragraph's end)
    return (text[:1].islower() and len(text.split()) >= 4
            and _WRAPPED_LINE_CHARS <= len(above) <= _UNWRAPPED_LINE and not _short(above)
            and not above.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS))


def _before_disclaimer(lines: list[str], nonblank: list[int]) -> int:
    """Where a closing disclaimer paragraph starts (len(lines) if none): a signature with no sign-off word may sit
    above one ("Claire Ofori / Community Staff Nurse | Eastvale District Nursing Team / Tel ... / This e-mail and any
    attachments are confidential ...", fresh372, session 28)."""
    last = nonblank[-1]
    first = last
    while first - 1 >= 0 and lines[first - 1].strip():
        first -= 1
    above = [i for i in nonblank if i < first]
    if above and above[-1] > nonblank[0] and _short(lines[above[-1]]) \
            and any(_DISCLAIMER_PARAGRAPH.search(line) for line in lines[first:last + 1]):
        return first
    return len(lines)


def _short(line: str) -> bool:
    """A signature line: up to 6 words, or 8 with no digit ("Community Staff Nurse, Westside District
    Nursing Team", session 8), with no full stop at the end; not "Lesley Cartwright (daughter of Mrs Joan
    Cartwright, 91)", whose age is read."""
    text = line.strip()
    limit = 6 if any(ch.isdigit() for ch in text) else 8
    # (a full stop inside a closing bracket or quotation mark ends a sentence too: the last line of "(Please, for the
    # meeting I need Ukrainian\ntranslator.)" is prose, fresh320)
    return len(text.split()) <= limit and not text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


def others_in_thread(parsed: ParsedMessage, council_domains: tuple[str, ...]) -> list[Passage]:
    """What someone outside the council, not the writer, wrote earlier in the thread the writer replies over: a
    daughter-in-law's "I find my father-in-law at 5 o'clock still in the night pad from the morning" under a son's
    "Again today the same" (fresh1045).  Read for safeguarding only (classifier.py); never the writer's statement."""
    sender = (parsed.from_addr or "").lower()
    return passages(parsed, council_domains, origins=("quoted_other",), with_subject=False, authors=lambda author: bool(
        author) and author.lower() != sender and not is_council_address(author, council_domains))


def passages(parsed: ParsedMessage, council_domains: tuple[str, ...], origins: tuple[str, ...] = CLASSIFIED_ORIGINS,
             with_subject: bool = True, authors: Callable[[str | None], bool] | None = None) -> list[Passage]:
    """The passages the classifier reads, in message order: by default the writer's (CLASSIFIED_ORIGINS, the subject
    line and their signature); ``origins`` and ``authors`` choose other segments."""
    out: list[Passage] = []
    subject = (parsed.subject or "") if with_subject else ""
    if subject and not _REPLY_PREFIX.match(subject):
        # The subject is the writer's own words (or the original's, behind "FW:"), unless it is
        # a reply to the council, whose subject the council wrote.
        out.append(Passage(_FORWARD_PREFIX.sub("", subject).strip()[:1000], "headers", parsed.from_addr))
    sender_is_council = is_council_address(parsed.from_addr, council_domains)
    for segment in parsed.segments:
        if authors is not None and not authors(segment.author):
            continue
        if segment.origin == "signature" and origins == CLASSIFIED_ORIGINS:  # signatures go with the writer's text
            author = segment.author
            if (author and is_council_address(author, council_domains)) or (not author and sender_is_council):
                continue  # the forwarding officer's own signature
            lines = segment.text[:MAX_SEGMENT_CHARS].replace("\r\n", "\n").replace("\r", "\n").split("\n")
            out.extend(Passage(u, "signature", author, True) for u in _units_by_line(lines))
            continue
        if segment.origin not in origins:
            continue
        text = unscan(_undictate(segment.text[:MAX_SEGMENT_CHARS]))
        lines = [form_answer(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        for chunk in _chunks(lines):
            while chunk:  # a sign-off followed by running text leaves another text to read
                body, closing, chunk = _split_closing(chunk)
                out.extend(Passage(u, segment.origin, segment.author, says_who_filled_it_in(u)) for u in _units(body))
                # (A bracketed note under the name is the writer's own words again, not a job title: a draft's note
                # left in, "(rough: say more about the shower thing?? and that the OT never came back)", fresh682.)
                out.extend(Passage(u, segment.origin, segment.author, not _is_note(u))
                           for u in _units_by_line(closing))
    return [p for p in out if p.text.strip()]


def _chunks(lines: list[str]) -> list[list[str]]:
    """The texts a labelled separator line divides, each with its own sign-off (the separators dropped)."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if _SEPARATOR.match(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    return [c for c in chunks if any(line.strip() for line in c)]


def _units_by_line(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]
