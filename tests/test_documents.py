"""Letters attached as PDF, Word or text files to an email that says little itself are read.

Real bytes throughout: the PDFs are built here object by object with a real cross-reference table
(what a scanner's "save as searchable PDF" or a word processor writes), the Word files by python-docx,
and each is attached to a real MIME message by Python's email package.
"""

from __future__ import annotations

import io

import docx
import pytest

from bot.parse import LETTER_COVER_WORDS, parse_message
from bot.parse.documents import DocumentError, document_text
from classifiers import Classifier
from tests.conftest import mail

DOMAINS = ("council.example",)


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is ``lines``, in Helvetica, with a correct xref table."""
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 14 TL 60 790 Td " + " ".join(f"({escape(line)}) '" for line in lines) + " ET"
    stream_bytes = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream_bytes) + stream_bytes + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def email_with(body: str, filename: str, data: bytes, maintype: str, subtype: str,
               sender: str = "Margaret Greaves <m.greaves@example.com>") -> bytes:
    message = mail(body, sender=sender, subject="Letter attached", message_id="<letter-1@example.com>",
                   date="Mon, 16 Nov 2026 09:12:00 +0000")
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


RESIDENT_LETTER = [
    "14 Harrow Gardens", "16 November 2026", "To the Complaints Team", "Dear Sir or Madam,",
    "I wish to make a formal complaint about the day centre my husband attends.",
    "Twice this month he has come home with bruises on both upper arms, like finger marks.",
    "Nobody could tell me how it happened and nothing was written down.",
    "Yours faithfully,", "Margaret Greaves (Mrs)",
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(council_domains=DOMAINS)


def classify(classifier: Classifier, raw: bytes):
    return classifier.classify(parse_message(raw, council_domains=DOMAINS))


def test_a_pdf_letter_sent_with_a_one_line_email_is_read_as_the_writers_words(classifier):
    raw = email_with("Please see my letter attached.\n\nMargaret", "Scan_0001.pdf", make_pdf(RESIDENT_LETTER),
                     "application", "pdf")
    parsed = parse_message(raw, council_domains=DOMAINS)
    letter = [s for s in parsed.segments if s.origin == "attachment"]
    assert len(letter) == 1 and "finger marks" in letter[0].text
    result = classifier.classify(parsed)
    assert result.labels.kind == "complaint" and result.labels.formality == "formal"
    assert result.labels.safeguarding is True
    evidence = result.evidence_for("safeguarding")
    assert any(e.origin == "attachment" and "bruises" in e.text for e in evidence)


def test_a_word_letter_with_an_empty_body_is_read(classifier):
    raw = email_with("", "complaint.docx", make_docx(RESIDENT_LETTER), "application",
                     "vnd.openxmlformats-officedocument.wordprocessingml.document")
    result = classify(classifier, raw)
    assert result.labels.kind == "complaint"
    assert result.labels.safeguarding is True


def test_a_long_email_is_read_on_its_own_and_its_attachments_are_left_to_the_officer(classifier):
    """A care plan attached to a full email would add other people's words (falls risk, bruising)."""
    body = " ".join(["I am writing about the invoice for my mother's home care, which charges for visits"
                     " that did not happen on three days in October."] * 4)
    assert len(body.split()) >= LETTER_COVER_WORDS
    care_plan = ["Care plan", "Risk: bruises easily; history of falls; pressure sores last year."]
    raw = email_with(body, "care plan.pdf", make_pdf(care_plan), "application", "pdf")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert "attachment" not in [s.origin for s in parsed.segments]
    assert classifier.classify(parsed).labels.safeguarding is False


def test_the_councils_own_letter_sent_back_is_never_read_as_the_writers(classifier):
    council_reply = [
        "Dear Mrs Greaves,", "Thank you for your complaint about the day centre.",
        "We have investigated and we partly uphold your complaint.",
        "If you remain dissatisfied you may ask the Local Government and Social Care Ombudsman to look at it.",
        "You can ask for an independent advocate to help you.",
        "Yours sincerely,", "Dana Kerr", "Complaints Manager",
    ]
    raw = email_with("see your letter", "reply.pdf", make_pdf(council_reply), "application", "pdf")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments if "Ombudsman" in s.text] == ["quoted_other"]
    assert classifier.classify(parsed).labels.ombudsman is False


def test_a_letter_addressed_to_the_complaints_team_is_still_the_writers():
    parsed = parse_message(email_with("", "letter.pdf", make_pdf(RESIDENT_LETTER), "application", "pdf"),
                           council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["attachment"]


def test_a_damaged_pdf_is_a_defect_not_a_failure():
    raw = email_with("Please see attached.", "letter.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Cat", "application", "pdf")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert any("letter.pdf" in d and "could not be read" in d for d in parsed.defects)
    assert [s.origin for s in parsed.segments] == ["new"]
    assert [a.filename for a in parsed.attachments] == ["letter.pdf"]


def test_a_scan_with_no_text_adds_nothing():
    raw = email_with("Please see attached.", "scan.pdf", make_pdf([]), "application", "pdf")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["new"] and not parsed.defects


def test_a_damaged_word_file_raises_a_named_error():
    with pytest.raises(DocumentError, match="Word document"):
        document_text("complaint.docx", "application/octet-stream", b"PK\x03\x04 not really a zip")


def test_a_text_file_in_windows_1252_is_read():
    assert document_text("note.txt", "text/plain", "My mum’s carer took £40".encode("cp1252")) == \
        "My mum’s carer took £40"


def test_files_that_are_not_letters_are_not_opened():
    assert document_text("photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0") == ""


CALL_NOTE = (
    "CALL NOTE - for Complaints\n\n"
    "Date/time: 12/11/2026, 10:20\n"
    "Caller: Mr Harold Jessop, 81 (service user, ringing about his own care)\n\n"
    "Mr Jessop rang because his shopping call was removed at his review and he has no way of getting food in. "
    "He said his grandson has his bank card and \"borrows\" from his pension most weeks, so there is nothing left "
    "by the Monday. He asked for anything in writing to be in large print.\n\n"
    "Kwame Asante\n"
    "Social Care Officer, Adult Access Team\n")


def test_a_call_note_an_officer_attaches_is_the_original_and_their_note_a_cover(classifier):
    """fresh732: the note is signed by the officer's team, but it holds the caller's words (LABELS.md, Forwards)."""
    raw = email_with("Hi,\n\nCall note attached as discussed.\n\nKwame", "Call note - Jessop.txt",
                     CALL_NOTE.encode(), "text", "plain", sender="Kwame Asante <kwame.asante@council.example>")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["cover_note", "forwarded"]
    result = classifier.classify(parsed)
    assert result.labels.sender_role == "officer_forward"
    assert result.labels.needs == ["accessible_format"] and result.labels.client_group == "older_people"
    # the officer's own sign-off under the note is no profession of the caller's
    assert result.labels.professional is False


def test_a_council_letter_an_officer_attaches_is_still_the_councils():
    """Only a call note is passed on: a letter signed by a council team stays the council's own text."""
    letter = ("Dear Mr Jessop,\n\nThank you for your complaint. If you remain dissatisfied you may contact the "
              "Local Government and Social Care Ombudsman.\n\nYours sincerely,\n\nComplaints Team\n")
    raw = email_with("Our letter, for the file.", "letter.txt", letter.encode(), "text", "plain",
                     sender="Kwame Asante <kwame.asante@council.example>")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["new", "quoted_other"]


def test_a_diary_a_long_email_points_to_is_read_as_the_writers(classifier):
    """fresh741: the letter says what it wants; what happened is in the diary it sends the reader to."""
    body = ("Dear Sir or Madam,\n\nPlease treat this as a formal complaint about the night care at Sycamore Court, "
            "where I have my flat. I am 77 and I pay a contribution to the council towards my care each month. I rang "
            "the Ombudsman last week and the lady said I must complain to you first, so here it is. I have kept a "
            "diary of what has happened since Easter, which my neighbour has typed up and is attached.\n\n"
            "Yours faithfully\n\nAgnes Whitworth\n")
    diary = ("DIARY - AGNES WHITWORTH\n\n"
             "Wed 13 May - pendant not on my wrist when I woke. Found it on top of the wardrobe. I cannot reach there.\n"
             "Wed 13 May - woke about 4am on the floor by the bed, could not get up or call anyone. Day carer found me "
             "at 7.30. Hip bruised black.\n")
    assert len(body.split()) >= LETTER_COVER_WORDS
    parsed = parse_message(email_with(body, "diary.txt", diary.encode(), "text", "plain"), council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["new", "attachment"]
    assert classifier.classify(parsed).labels.safeguarding is True



@pytest.mark.parametrize("pointer, name", [
    # a relatives' group chat export the families kept (fresh1038)
    ("Please read the messages from the 2nd and the 9th in the chat I've attached; I've cut out the chit-chat.",
     "chat.txt"),
    # a social worker's review note (fresh1034)
    ("I have some serious concerns, which are set out in the attached note.", "review.txt"),
])
def test_a_chat_or_a_note_of_concerns_the_email_points_to_is_read(classifier, pointer, name):
    """Session 49: a long covering email that sends the reader to a chat export or a note of concerns."""
    body = ("Hello,\n\nI'm one of the relatives of residents at Maple Lodge on Gorse Lane. A few of us have been "
            "comparing notes and we are worried, so I said I would write. The general things are that nobody answers "
            "the phone after six, there have been four managers this year, families are not told when anything "
            "happens, and the activities board has said the same thing since the summer while the lounge television "
            "is on all day. " + pointer + "\n\nCan someone tell us what happens next?\n\nKirsty\n")
    attached = ("[02/10/2026, 20:41] Nadia: Mum has a big purple bruise round the top of her arm, like fingers. "
                "Nothing written down and the night senior doesn't know how.\n")
    assert len(body.split()) >= LETTER_COVER_WORDS
    parsed = parse_message(email_with(body, name, attached.encode(), "text", "plain"), council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["new", "attachment"]
    assert classifier.classify(parsed).labels.safeguarding is True

WORK_SIGNATURE = (
    "Helen Marchbank\nSenior Lettings Coordinator | Brightwater Homes\nTel 01632 960 114 | Mob 07700 900114\n\n"
    "This email and any files transmitted with it are confidential and intended solely for the use of the individual "
    "or entity to whom they are addressed. If you have received this email in error please notify the system manager. "
    "Any views or opinions presented in this email are solely those of the author and do not necessarily represent "
    "those of Brightwater Homes. Brightwater Homes is a registered society and a registered provider of social housing.")


@pytest.mark.parametrize("body", [
    # signed off, then a work signature and a disclaimer longer than the message (fresh959)
    "Dear Complaints Team,\n\nPlease see attached my letter about my husband.\n\nKind regards,\nHelen\n\n" + WORK_SIGNATURE,
    # no sign-off word: a name, then the same (fresh959)
    "Hello,\n\nPlease see the attached letter. I would like it treated as a formal complaint.\n\n" + WORK_SIGNATURE,
])
def test_a_short_message_over_a_long_signature_still_says_little_itself(classifier, body):
    """The writer's own words stop at the sign-off or at a confidentiality notice: what follows is no part of what they
    say, so the letter they send is read (session 47)."""
    assert len(body.split()) >= LETTER_COVER_WORDS
    raw = email_with(body, "Complaint.pdf", make_pdf(RESIDENT_LETTER), "application", "pdf")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert "attachment" in [s.origin for s in parsed.segments]
    assert classifier.classify(parsed).labels.safeguarding is True


def test_a_long_email_in_another_language_that_sends_the_reader_to_its_complaint_is_read(classifier):
    """Polish "w załączniku przesyłam skargę" (in the attachment I send the complaint), under a long note of its own
    (fresh959)."""
    body = ("Dzień dobry,\n\nw załączniku przesyłam skargę w sprawie opieki nad moim mężem. Napisałam ją po angielsku z "
            "pomocą córki, bo chcę, żeby wszystko było jasne. Proszę o odpowiedź po polsku albo o telefon z tłumaczem. "
            "Mąż ma 81 lat i mieszka ze mną. Opiekunki przychodzą trzy razy dziennie, ale od kilku tygodni jest coraz "
            "gorzej i nie wiem już, do kogo się zwrócić w tej sprawie. Rozmawiałam już z koordynatorką agencji, ale nic "
            "się nie zmieniło, a mąż jest coraz bardziej zmęczony i smutny.\n\nMargaret")
    assert len(body.split()) >= LETTER_COVER_WORDS
    raw = email_with(body, "skarga.txt", "\n".join(RESIDENT_LETTER).encode("utf-8"), "text", "plain")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["new", "attachment"]


def test_notes_in_the_persons_own_language_a_long_email_attaches_are_read(classifier):
    """fresh1150 (session 51): a community worker's long email sends "notes in Sinhala, which I attach"; what the woman
    told the volunteer (her son-in-law keeps her bank card and locks her in) was only there."""
    body = ("Dear Complaints Team,\n\nI am the community development worker at a Sri Lankan community association. "
            "Mrs R is 80, speaks Sinhala only, and had her care review by telephone in English. Her care has been cut "
            "from seven days to four and nobody explained why. We would like this treated as a formal complaint and "
            "the review redone with a Sinhala interpreter. Our volunteer visited her at home last week and wrote "
            "notes in Sinhala, which I attach. Some of what Mrs R told her is not about the review, and it worries "
            "us.\n\nWith thanks,\nNirosha\n")
    notes = "බෑනා ඇගේ බැංකු කාඩ් එක තියාගෙන ඉන්නවා. Her son-in-law keeps her bank card and locks the door when he goes out.\n"
    assert len(body.split()) >= LETTER_COVER_WORDS
    parsed = parse_message(email_with(body, "notes.txt", notes.encode("utf-8"), "text", "plain"), council_domains=DOMAINS)
    assert [s.origin for s in parsed.segments] == ["new", "attachment"]
    assert classifier.classify(parsed).labels.safeguarding is True


def test_my_letter_of_formal_complaint_attached_is_read_under_a_long_email(classifier):
    """fresh1150 (session 51): "Please find attached my letter of formal complaint" over an 83-word email."""
    body = ("Dear Sir/Madam,\n\nPlease find attached my letter of formal complaint. I am asking for it to be "
            "investigated at stage 1 of your complaints procedure. In short it is about the cut in my support hours "
            "at the supported living scheme where I live and the way one member of staff there speaks to me. I would "
            "like an advocate to help me with this complaint please. I get very anxious in meetings and I find it "
            "hard to say what I mean when I am upset, so I have put it all in writing.\n\nYours faithfully,\nN S\n")
    assert len(body.split()) >= LETTER_COVER_WORDS
    raw = email_with(body, "Complaint.pdf", make_pdf(RESIDENT_LETTER), "application", "pdf")
    parsed = parse_message(raw, council_domains=DOMAINS)
    assert "attachment" in [s.origin for s in parsed.segments]
    assert classifier.classify(parsed).labels.safeguarding is True
