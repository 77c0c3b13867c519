"""The parse stage on real .eml bytes: headers, bodies, forwards, quotes, attachments, damage."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import LimitExceeded, ParseError
from bot.parse import Limits, parse_message

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"


def parse(name: str):
    return parse_message((SAMPLES / f"{name}.eml").read_bytes())


def origins(parsed):
    return [s.origin for s in parsed.segments]


def headed(sender: str, subject: str, message_id: str):
    """A new message to the complaints mailbox with these headers, for a test to give a body."""
    from email.message import EmailMessage
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "complaints@council.example"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    return msg


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.eml")), ids=lambda p: p.stem)
def test_every_sample_parses_with_text_and_a_sender(path):
    parsed = parse_message(path.read_bytes())
    assert parsed.message_id.startswith("<") and parsed.message_id.endswith(">")
    assert parsed.from_addr and "@" in parsed.from_addr
    assert parsed.text.strip()
    assert parsed.segments


def test_rfc2047_subject_is_decoded():
    assert parse("d001").subject == "Fee increase at Fernhollow House – my mother, Mrs Joan Marsh"


def test_8bit_body_is_read():
    assert "£612.40" in parse("d002").text


def test_a_text_gateways_number_line_is_not_a_quoted_header():
    """An SMS gateway's "From: +447700900123 / To: 60777" over the text (fresh400): one piece, the texter's own."""
    msg = headed("SMS Gateway <sms-inbound@council.example>", "Inbound SMS from 447700900123", "<sms-1@council.example>")
    msg.set_content("Inbound SMS\n\nReceived: 27/11/2026 09:14\n\nFrom: +447700900123\nTo: 60777\n\n"
                    "Message:\nmy carers did not come this morning\n")
    parsed = parse_message(bytes(msg), council_domains=("council.example",))
    assert origins(parsed) == ["new"]
    assert "my carers did not come this morning" in parsed.segments[0].text


def test_a_memo_heading_with_no_address_or_date_is_the_writers_own_text():
    """A police memo's "To: ... / From: PC 4471 ..." heading and a Polish letter's "Temat:" (Subject:) line carry no
    address and no date: the report below them is the writer's own, not a quoted message (fresh994)."""
    memo = headed("PC Hannah Ojo <hannah.ojo@police.example>", "No response to referrals", "<memo-1@police.example>")
    memo.set_content("OFFICIAL-SENSITIVE\n\nTo: Adult Social Care Complaints\nFrom: PC 4471 Hannah Ojo, Eastvale NPT\n\n"
                     "Subject: Lack of response to two referrals\n\n1. Background\nMr T is 45 and has a bruise to "
                     "his cheek he cannot explain.\n")
    letter = headed("Jan Nowak <jan.nowak@example.com>", "Skarga", "<skarga-1@example.com>")
    letter.set_content("Please I need a Polish interpreter.\n\nSzanowni Państwo,\n\nTemat: Formalna skarga\n\n"
                       "Mój ojciec ma 76 lat.\n")
    for msg, words in ((memo, "a bruise to his cheek"), (letter, "Mój ojciec ma 76 lat")):
        parsed = parse_message(bytes(msg), council_domains=("council.example",))
        assert origins(parsed) == ["new"]
        assert words in parsed.segments[0].text.replace("\n", " ")


def test_the_tail_of_a_forwarded_header_is_not_taken_for_a_memo_heading():
    """A Lotus Notes forward whose "cc: / Subject:" tail is split off below its "From: ...@... on 07/09/2001" line: the
    memo under it is still someone else's, not the writer's (the real-mail corpus, enron-berkeley)."""
    msg = headed("Steven Kean <steven.kean@example.com>", "Transatlantic meetings", "<lotus-1@example.com>")
    msg.set_content("fyi\n---------------------- Forwarded by Steven Kean on 07/09/2001 07:56 AM -----------\n"
                    "From: John Sherriff/ENRON@EUEnronXGate on 07/09/2001 09:43 AM GDT\nTo: Jeff Skilling/ENRON@ENRON\n"
                    "cc:\n\nSubject: Transatlantic meetings\n\nTo the Executive Committee:\n\nWe still have issues "
                    "regarding offsites.\n")
    parsed = parse_message(bytes(msg), council_domains=("council.example",))
    assert "offsites" not in parsed.segments[0].text


def test_outlook_inline_forward_separates_cover_note_from_original():
    parsed = parse("d044")
    assert origins(parsed) == ["cover_note", "forwarded"]
    assert "didn't want it to be a formal complaint" in parsed.segments[0].text
    assert parsed.segments[1].text.startswith("Contact record: 4471932")
    assert parsed.forwarded and parsed.forwarded[0].style == "inline"


def test_gmail_forward_without_cover_note_is_all_original():
    parsed = parse("d063")
    assert origins(parsed) == ["forwarded"]
    assert parsed.segments[0].author == "paula.hirst@example.net"


def test_a_forward_passed_on_by_two_officers_reads_the_original_under_both_notes():
    """FW: FW: a call note from the contact centre, to a supervisor, to the complaints team."""
    body = ("Passing this on, the complaint part is yours.\n\nJo Ray\nTeam Manager\n\n"
            "---------- Forwarded message ---------\nFrom: Sam Bell <sam.bell@council.example>\n"
            "Date: Wed, 8 Apr 2026 at 16:12\nSubject: FW: Call note\nTo: Jo Ray <jo.ray@council.example>\n\n"
            "Can your team pick this up?\n\nSam Bell\n\n"
            "---------- Forwarded message ---------\nFrom: Contact Centre <contact@council.example>\n"
            "Date: Wed, 8 Apr 2026 at 11:40\nSubject: Call note\nTo: Sam Bell <sam.bell@council.example>\n\n"
            "Caller: neighbour. Mr Dale has had no heating all winter and nobody has visited.\n")
    raw = (b"From: Jo Ray <jo.ray@council.example>\r\nTo: complaints@council.example\r\n"
           b"Subject: FW: FW: Call note\r\nMessage-ID: <twice@council.example>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode())
    parsed = parse_message(raw, council_domains=("council.example",))
    assert origins(parsed) == ["cover_note", "cover_note", "forwarded"]
    assert parsed.segments[2].text.startswith("Caller: neighbour.")
    assert parsed.segments[2].author == "contact@council.example"


def test_a_message_the_writer_says_is_copied_below_is_read_as_a_forward():
    """An MP's caseworker passes a constituent's email on under "-----Original Message-----", with no "FW:" subject and
    "which is copied below" on top (fresh528): the constituent's words are the original, read as a forward's are."""
    msg = headed("Oliver Dunmore <oliver.dunmore@parliament.example>", "Ms Claire Tennant - support hours",
                 "<mp-1@parliament.example>")
    msg.set_content("Dear Complaints Team,\n\nMs Tennant has given her consent for us to share her email to our office, "
                    "which is copied below.\n\nOliver Dunmore\nSenior Caseworker\n\n-----Original Message-----\n"
                    "From: Claire Tennant <claire.tennant@example.com>\nSent: 28 April 2026 22:51\n"
                    "To: Office <office@parliament.example>\nSubject: Help please\n\n"
                    "Since my hours were cut I sit in wet clothes most afternoons.\n")
    parsed = parse_message(bytes(msg), council_domains=("council.example",))
    assert origins(parsed) == ["new", "forwarded"]
    assert parsed.segments[1].author == "claire.tennant@example.com"
    assert "wet clothes" in parsed.classified_text()


def test_an_officers_reply_all_that_adds_the_mailbox_reads_the_first_message_of_the_thread():
    """An officer replies to all, "Adding the complaints mailbox ... see her email at the bottom" (fresh643): the
    relative's message at the bottom is the original; the provider's answer above it stays someone else's."""
    msg = headed("Dan Oke <dan.oke@council.example>", "RE: Trevor - left on the drive", "<reply-all-1@council.example>")
    msg.set_content("Adding the complaints mailbox - Mrs Kaye wants this to be a formal complaint, see her email at the "
                    "bottom.\n\nDan Oke\nSocial Worker\n\n________________________________\n"
                    "From: Mia Fenn <mia.fenn@daycentre.example>\nSent: Monday, 22 March 2027 09:12\nTo: Sandra Kaye\n"
                    "Subject: RE: Trevor - left on the drive\n\nDear Sandra,\n\nI'm so sorry. I have asked the driver "
                    "for his account.\n\nMia Fenn\nCentre Manager\n\n________________________________\n"
                    "From: Sandra Kaye <sandra.kaye@example.org>\nSent: Friday, 19 March 2027 21:30\n"
                    "To: Dan Oke; Mia Fenn\nSubject: Trevor - left on the drive\n\n"
                    "The minibus driver left Trevor in his chair at the bottom of the drive and he tipped out of it.\n")
    parsed = parse_message(bytes(msg), council_domains=("council.example",))
    assert origins(parsed) == ["cover_note", "quoted_other", "forwarded"]
    assert parsed.segments[2].author == "sandra.kaye@example.org"
    assert "Centre Manager" not in parsed.classified_text()


def test_a_relative_who_copies_in_the_complaints_address_is_still_replying():
    """Only an officer brings the mailbox in to pass a thread on: a son who has "copied in the complaints address" on his
    answers to a finance officer's questions is replying, and the officer's letter stays the council's (fresh112)."""
    msg = headed("Graham Lake <g.lake@example.net>", "RE: Financial assessment", "<copied-in-1@example.net>")
    msg.set_content("I've copied in the complaints address because this is the third time.\n\n"
                    "On 12/11/2026 09:15, Amir Haddad wrote:\n> Dear Mr Lake,\n> Is your father still receiving "
                    "Attendance Allowance?\n>\n> Amir Haddad\n> Financial Assessment Officer\n")
    parsed = parse_message(bytes(msg), council_domains=("council.example",))
    assert not parsed.forwarded
    assert origins(parsed) == ["new", "quoted_other"]


def test_someone_elses_message_quoted_under_a_reply_is_still_not_the_writers():
    """Without words that pass it on, a message quoted under the writer's own is someone else's text, not theirs."""
    msg = headed("Pat Lee <pat.lee@example.com>", "Re: your visit", "<reply-1@example.com>")
    msg.set_content("Thanks, that time is fine.\n\n-----Original Message-----\nFrom: Sue Day <sue.day@example.org>\n"
                    "Sent: 28 April 2026 10:00\nTo: Pat Lee <pat.lee@example.com>\nSubject: your visit\n\n"
                    "I can come on Tuesday at ten.\n")
    parsed = parse_message(bytes(msg), council_domains=("council.example",))
    assert origins(parsed) == ["new", "quoted_other"]


def test_attached_rfc822_original_is_parsed_and_tagged_forwarded():
    parsed = parse("d051")
    assert origins(parsed) == ["cover_note", "forwarded"]
    assert parsed.forwarded[0].style == "rfc822"
    assert parsed.forwarded[0].from_addr == "philip.fairweather@example.com"
    assert any(a.content_type == "message/rfc822" for a in parsed.attachments)


def test_reply_keeps_own_quoted_message_and_marks_council_text_as_other():
    parsed = parse("d021")
    assert origins(parsed) == ["new", "quoted_other", "quoted_own"]
    assert parsed.segments[1].author == "complaints@council.example"
    assert "83, dementia" in parsed.segments[2].text
    # What the classifier reads leaves out the council's own letter (it offers advocacy).
    assert "independent advocate" not in parsed.classified_text()
    assert "83, dementia" in parsed.classified_text()


def test_outlook_reply_quoting_the_council_is_not_the_writers_text():
    parsed = parse("d010")
    assert origins(parsed) == ["new", "quoted_other"]


def test_html_only_mail_becomes_text():
    html_only = [p for p in sorted(SAMPLES.glob("*.eml")) if parse_message(p.read_bytes()).html_only]
    assert html_only, "the samples include HTML-only mail"
    parsed = parse_message(html_only[0].read_bytes())
    assert "<p>" not in parsed.text and "</" not in parsed.text


def test_delivery_report_is_recognised():
    reports = {p.stem: parse_message(p.read_bytes()).report_type for p in sorted(SAMPLES.glob("*.eml"))}
    assert "delivery-status" in reports.values()
    assert "disposition-notification" in reports.values()


def test_missing_message_id_gets_a_stable_one():
    raw = b"From: a@example.com\r\nTo: complaints@council.example\r\nSubject: hi\r\n\r\nhello\r\n"
    first, second = parse_message(raw), parse_message(raw)
    assert first.message_id == second.message_id
    assert first.message_id.endswith("@no-message-id.invalid>")


def test_undecodable_header_and_unknown_charset_do_not_stop_parsing():
    raw = (
        b"From: =?x-unknown?q?Bad?= <bad@example.com>\r\n"
        b"Subject: =?utf-8?b?!!!notbase64?=\r\n"
        b"Content-Type: text/plain; charset=x-nonsense\r\n\r\n"
        b"Caf\xe9 body\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.from_addr == "bad@example.com"
    assert "Caf" in parsed.text
    assert parsed.defects


def test_empty_message_is_a_parse_error():
    with pytest.raises(ParseError, match="empty"):
        parse_message(b"   \r\n")


def test_oversized_message_is_refused_with_the_limit():
    with pytest.raises(LimitExceeded, match="limit"):
        parse_message(b"From: a@example.com\r\n\r\n" + b"x" * 2000, limits=Limits(max_bytes=1000))


def test_deep_mime_nesting_is_refused():
    raw = b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    for depth in range(1, 20):
        raw += f"--b{depth - 1}\r\nContent-Type: multipart/mixed; boundary=b{depth}\r\n\r\n".encode()
    raw += b"--b19\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
    with pytest.raises(LimitExceeded, match="nesting"):
        parse_message(raw)


def test_attached_original_encoded_in_base64_is_decoded():
    """RFC 2046 forbids it, but Python's add_attachment (and some clients) base64-encode message/rfc822."""
    forward = headed("Officer <officer@council.example>", "FW: complaint", "<fw-b64@council.example>")
    forward.set_content("Please log the attached.")
    forward.add_attachment((SAMPLES / "d002.eml").read_bytes(), maintype="message", subtype="rfc822", filename="o.eml")
    parsed = parse_message(forward.as_bytes())
    assert origins(parsed) == ["cover_note", "forwarded"]
    assert parsed.forwarded[0].from_addr == "m.oyelaran@example.net"
    assert "direct payment" in parsed.segments[1].text


# ---- council letters quoted or pasted with no header (LABELS.md: "What counts as the writer's text") --------


def _reply(body: str, sender: str = "ann.lee@example.net") -> bytes:
    return (f"From: Ann Lee <{sender}>\r\nTo: complaints@council.example\r\nSubject: Re: your letter\r\n"
            f"Message-ID: <headerless@example.net>\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()


def test_a_council_letter_quoted_with_no_header_is_the_councils_text():
    parsed = parse_message(_reply(
        "Your letter still does not say why the charge went up.\n\nAnn\n\n"
        "> Dear Mrs Lee,\n> I have looked into your concerns and do not uphold your complaint.\n"
        "> If you remain dissatisfied you may contact the Local Government and Social Care Ombudsman.\n"
        "> Yours sincerely,\n> R. Patel, Complaints Officer\n"))
    assert origins(parsed) == ["new", "quoted_other"]
    assert "Ombudsman" not in parsed.classified_text()
    assert "why the charge went up" in parsed.classified_text()


def test_a_council_letter_pasted_below_the_sign_off_without_quote_marks_is_the_councils_text():
    parsed = parse_message(_reply(
        "I am not happy with this and want it looked at again by a manager.\n\nRegards\nAnn Lee\n\n"
        "Dear Mrs Lee\n\nThank you for your email about your father's day care. We aim to respond within 20 "
        "working days. An independent advocate may help you; please ask.\n\nCustomer Relations Team\n"))
    assert origins(parsed) == ["new", "quoted_other"]
    assert "advocate" not in parsed.classified_text()
    assert "looked at again by a manager" in parsed.classified_text()


def test_other_words_quoted_with_no_header_stay_with_the_writers_text():
    # A carer's text message quoted back is evidence, not the council's letter.
    parsed = parse_message(_reply(
        "This is what the agency texted me last night:\n\n> no carer available for ur mum tonight sorry\n\n"
        "She was alone all night with no tea.\n"))
    assert origins(parsed) == ["new"]
    assert "no carer available" in parsed.classified_text()
    assert "alone all night" in parsed.classified_text()


def test_a_writers_own_letter_addressed_to_an_officer_is_not_taken_for_the_councils():
    # "Dear Ms Shah" opens the writer's own letter; nothing below it speaks as the council.
    parsed = parse_message(_reply(
        "Dear Ms Shah,\n\nThank you for your call.\n\nDear Ms Shah, as I said, my mother fell twice last week "
        "and the home did not call a doctor.\n\nAnn Lee\n"))
    assert origins(parsed) == ["new"]
    assert "did not call a doctor" in parsed.classified_text()


# ---- replies typed below or between the quoted lines ------------------------------------------------


def test_a_reply_typed_below_the_quoted_letter_is_the_writers_new_text():
    """Bottom-posting: the reply splitter reads from "On … wrote:" down as quoted, answer and all."""
    body = ("On Mon, 14 Sep 2026 at 10:02, Complaints <complaints@council.example> wrote:\n"
            "> Dear Ms Hale,\n> I do not uphold your complaint.\n> Complaints Officer\n\n"
            "Dear Mr Ebdon,\n\nI am not satisfied and I want stage 2.\n\nAnn Hale\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert origins(parsed) == ["new", "quoted_other"]
    assert "I want stage 2" in parsed.segments[0].text
    assert "uphold" not in parsed.segments[0].text


def test_answers_typed_between_the_quoted_questions_are_the_writers():
    body = ("Answers below.\n\nOn Tue, 22 Sep 2026 at 11:04, Lee Ross <lee.ross@council.example> wrote:\n"
            "> 1. What is your mother's name?\n\nJoan Hale.\n\n> 2. What did you report, and when?\n\n"
            "I rang twice in August: her husband shouts at her and has taken her bank card.\n\n"
            "> Kind regards\n> Lee Ross\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert origins(parsed) == ["new", "quoted_other"]
    assert "has taken her bank card" in parsed.segments[0].text
    assert "What did you report" in parsed.segments[1].text


@pytest.mark.parametrize("attribution", ["Am 08.06.2026 um 12:31 schrieb Nadia Brennan:",
                                         "W dniu 08.06.2026 o 12:31, Nadia Brennan pisze:",
                                         "On Mon, 8 Jun 2026 at 12:31, Nadia Brennan wrote:"])
def test_answers_typed_between_the_lines_of_a_quoted_letter_under_any_attribution_are_the_writers(attribution):
    """fresh688: a wife answers the officer's questions between the ">" lines under a German mail client's "Am ...
    schrieb" line (a Polish daughter under "... pisze:").  The letter's quoted lines are the council's and the lines typed
    between them are hers: until session 40 the two were swapped (or the whole letter read as hers), so her account of
    a PA borrowing £470 was read as the council's letter and set no label."""
    body = ("Dear Ms Brennan,\n\nMy answers are under each question.\n\n"
            f"{attribution}\n> Dear Mrs Stannard,\n>\n"
            "> How is your husband's support arranged?\n\nDonald has direct payments and we employ a PA for\n"
            "20 hours a week.\n\n> What has happened?\n\nLast week I found out he had given her £300 from his savings.\n"
            "> Would you like this to be a formal complaint?\n\nYes. I want the council to look into this properly.\n\n"
            "Yours sincerely\nBeryl Stannard\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    answers, council = _answers(parsed), _councils(parsed)
    assert "given her £300 from his savings" in answers and "I want the council to look into this" in answers
    assert "PA for\n20 hours a week" in answers  # a wrapped answer stays one paragraph
    assert "What has happened?" in council and "How is your husband's support" not in answers
    # her "Yes. I want the council to look into this" makes the question above it her own request
    assert "Would you like this to be a formal complaint?\nYes." in answers and "formal complaint" not in council


@pytest.mark.parametrize("layout", ["bottom", "between"])
def test_a_yes_under_a_quoted_offer_makes_the_offer_the_writers_request(layout):
    """fresh688 t020: a man with a learning disability answers "Yes please. I want someone to come with me to the
    meeting." under the officer's "> We can arrange for an independent advocate ... Would you like us to do this?".
    Read without the question, his yes asked for nothing.  A yes under a paragraph that asks nothing (the Ombudsman's
    address) takes nothing from the letter."""
    offer = ("> We can arrange for an independent advocate to help you with your\n"
             "> complaint. Would you like us to do this?\n")
    ombudsman = "> If you are unhappy you can contact the Ombudsman.\n"
    tail = "\nYes please. I want someone to come with me to the meeting.\n\n"
    if layout == "between":
        body = ("My answers are after your questions.\n\nOn Mon, 29 Jun 2026 at 13:02, Nadia Brennan "
                "<nadia.brennan@council.example> wrote:\n> Dear Mr Foy,\n>\n" + offer + tail
                + ombudsman + "\nYes, I know.\n\nDaniel\n")
    else:
        body = ("On Mon, 29 Jun 2026 at 13:02, Nadia Brennan <nadia.brennan@council.example> wrote:\n"
                "> Dear Mr Foy,\n>\n" + ombudsman + ">\n" + offer + tail + "Daniel\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    answers, council = _answers(parsed), _councils(parsed)
    assert "independent advocate to help you with your\ncomplaint. Would you like us to do this?" in answers
    assert "Ombudsman" in council and "Ombudsman" not in answers


def test_a_yes_under_a_question_in_an_html_reply_makes_the_question_the_writers():
    """The same yes in an HTML reply from Outlook, the council's letter in blockquotes under a "From:" header: the
    quoted letter's own answers are read in bot/parse/inline.py, not under an "On ... wrote:" line."""
    html = ("<html><body><hr><p><b>From:</b> Adult Social Care Complaints &lt;complaints@council.example&gt;<br>"
            "<b>Sent:</b> 26 May 2026 09:14<br><b>Subject:</b> RE: day centre</p>"
            "<blockquote><p>Dear Mr Foy,</p><p>Thank you for your email.</p><p>We can arrange for an independent "
            "advocate to help you with your complaint. Would you like us to do this?</p></blockquote>"
            "<p>Yes please. I want someone to come with me to the meeting.</p>"
            "<blockquote><p>If you are unhappy you can contact the Ombudsman.</p></blockquote>"
            "<p>Daniel</p></body></html>")
    raw = ("From: Daniel Foy <d.foy@example.net>\r\nTo: complaints@council.example\r\nSubject: RE: day centre\r\n"
           "Message-ID: <html-yes@example.net>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    parsed = parse_message(raw, council_domains=("council.example",))
    answers, council = _answers(parsed), _councils(parsed)
    assert "independent advocate to help you with your complaint. Would you like us to do this?" in answers
    assert "Yes please. I want someone to come with me" in answers
    assert "Ombudsman" in council and "Ombudsman" not in answers and "Thank you for your email" in council


_OUTLOOK_LETTER_HEAD = ("From: Mark Tollervey <mark.tollervey@council.example>\nSent: 04 November 2026 16:40\n"
                        "To: Ann Lee <ann.lee@example.net>\nSubject: Your concerns\n\nDear Mrs Lee,\n\n")


def _answers(parsed) -> str:
    return "\n".join(s.text for s in parsed.segments if s.origin == "new")


def _councils(parsed) -> str:
    return "\n".join(s.text for s in parsed.segments if s.origin == "quoted_other")


def test_answers_marked_with_a_repeated_label_inside_an_outlook_letter_are_the_writers():
    """fresh608: a district nurse types "DN:" under each of the officer's questions in an unquoted Outlook letter."""
    body = ("Answers typed in below.\n\nAnn\n\n" + _OUTLOOK_LETTER_HEAD
            + "- Her age\nDN: 86, admitted in May.\n\n- The wound\nDN: Category 3 pressure ulcer, not on the chart.\n"
            "Staff said they were short on nights.\n\n- Whether you would like us to treat this as a formal complaint\n\n"
            "If you are worried that someone is being harmed, call the Safeguarding Team.\n\n"
            "Mark Tollervey\nQuality Assurance Officer\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert "Category 3 pressure ulcer" in _answers(parsed) and "short on nights" in _answers(parsed)
    assert "DN:" not in _answers(parsed)
    assert "formal complaint" not in _answers(parsed) and "Safeguarding Team" not in _answers(parsed)
    assert "Safeguarding Team" in _councils(parsed)


def test_a_label_the_letter_repeats_itself_is_not_taken_for_answers():
    body = ("See below, no answers from me yet.\n\nAnn\n\n" + _OUTLOOK_LETTER_HEAD
            + "Q: When did the visits stop?\n\nQ: Would you like a formal complaint?\n\nComplaints Officer\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert "formal complaint" not in _answers(parsed)


def test_answers_in_brackets_the_writer_announces_are_the_writers():
    """fresh608: "my comments are in [brackets] in your letter"."""
    body = ("My comments are in [brackets] in your letter.\n\n" + _OUTLOOK_LETTER_HEAD
            + "His reablement ended after three weeks. [He met none of his goals and I want stage 2.]\n\n"
            "You may contact the Local Government and Social Care Ombudsman.\n\nComplaints Officer\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert "I want stage 2" in _answers(parsed)
    assert "Ombudsman" not in _answers(parsed) and "reablement ended" not in _answers(parsed)


def test_answers_in_capitals_the_writer_announces_are_the_writers():
    body = ("Please see my answers in capitals in your letter below.\n\nRon\n\n" + _OUTLOOK_LETTER_HEAD
            + "1. Have any visits been missed?\nNO BUT THEY ARE IN AND OUT IN TEN MINUTES.\n\n"
            "2. Would you like us to deal with this as a formal complaint?\nNO NEED FOR ANYTHING FORMAL.\n\n"
            "Complaints Officer\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert "IN AND OUT IN TEN MINUTES" in _answers(parsed) and "NO NEED FOR ANYTHING FORMAL" in _answers(parsed)
    assert "deal with this as a formal complaint" not in _answers(parsed)


def test_quoted_lines_inside_an_unquoted_outlook_letter_are_the_writers_answers():
    """fresh608: answers typed in red, "marked >> if your system strips colours"."""
    body = ("My replies are in red in your letter below (marked >> if your system strips colours).\n\n"
            + _OUTLOOK_LETTER_HEAD + "Our records show an outstanding balance of £1,176.00.\n"
            ">> His care stopped on 14 June. I would like this treated as a formal complaint.\n\n"
            "If this balance is not paid within 14 days it may be passed to our debt recovery team.\n"
            ">> I have rung your finance line twice.\n\nIncome Team\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert "treated as a formal complaint" in _answers(parsed) and "rung your finance line" in _answers(parsed)
    assert "debt recovery team" in _councils(parsed) and ">>" not in _councils(parsed)


def test_a_letter_answered_between_its_quoted_lines_with_no_header_is_the_councils():
    """fresh608: quoted questions with no "On … wrote:" line, answered between, are the council's, not the writer's."""
    body = ("I've answered your points in between yours.\n\n> Is Graham safe at home at the moment?\n\n"
            "Yes, for now. Nobody is hurting him.\n\n> Would you like me to log this as a formal complaint?\n\n"
            "I'll talk it over with Graham and come back to you.\n\n"
            "> Our leaflet about advocacy is available in large print.\n\nThanks.\n\nJulie\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    text = parsed.classified_text()
    assert "Nobody is hurting him" in text and "talk it over" in text
    assert "log this as a formal complaint" not in text and "large print" not in text


def test_a_bare_yes_under_a_quoted_question_makes_the_question_the_writers():
    body = ("answers below\n\n> - which agency provides his care\n\nHomeward\n\n"
            "> - whether you would like us to treat this as a formal complaint\n\nyes\n\nSent from my iPhone\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert "treat this as a formal complaint" in parsed.classified_text()
    assert "which agency provides his care" not in parsed.classified_text()


def test_a_top_posted_reply_is_unchanged():
    body = ("I still have not had an answer.\n\nOn Mon, 14 Sep 2026 at 10:02, Complaints "
            "<complaints@council.example> wrote:\n> Dear Ms Hale,\n> We will reply within 20 working days.\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert origins(parsed) == ["new", "quoted_other"]
    assert parsed.segments[0].text.strip() == "I still have not had an answer."


def test_an_outlook_header_naming_the_writer_without_an_address_is_the_writers_own_message():
    # fresh182: "From: Hannah Redfern" (a name only) over "To: ASC Front Door <...@council.example>": the
    # author is read from the From line alone, not from the first address in the header (the recipient's).
    parsed = parse_message(_reply(
        "I wrote to your front door a month ago (my email is below) and nobody has replied.\n\nAnn\n\n"
        "________________________________________\nFrom: Ann Lee\nSent: 21 October 2026 12:07\n"
        "To: ASC Front Door <ascfrontdoor@council.example>\nSubject: concern\n\n"
        "He has no wages for washing cars every day and a man has taken his bedroom.\n\nAnn\n"))
    assert origins(parsed) == ["new", "quoted_own"]
    assert "no wages for washing cars" in parsed.classified_text()


def test_a_message_quoted_back_in_the_councils_acknowledgement_is_the_writers_own():
    # fresh347: replies to an automatic acknowledgement that quotes the message it acknowledges ("----- Your message
    # -----"): the acknowledgement is the council's text, the message under the marker is the writer's own earlier one.
    body = ("Yes please, my father needs a Polish interpreter.\n\nTomasz\n\n"
            "On Tue, 13 Oct 2026 at 21:16, Complaints <complaints@council.example> wrote:\n"
            "> Thank you for contacting us. Your reference is ASC-2026-01561.\n"
            "> You can have an independent advocate. We can also arrange an interpreter.\n>\n"
            "> ----- Your message -----\n"
            "> Three times this fortnight his morning tablets were still on the table in the evening.\n"
            "> Tomasz Nowak (son)\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert origins(parsed) == ["new", "quoted_other", "quoted_own"]
    assert "tablets were still on the table" in parsed.classified_text()
    assert "independent advocate" not in parsed.classified_text()


def test_an_acknowledgement_that_is_only_the_quoted_message_adds_no_empty_council_text():
    # The acknowledgement quotes the message back with nothing of its own above the marker: the thread has the reply
    # and the writer's earlier message, and no empty piece for the council.
    body = ("Any news?\n\nOn Tue, 13 Oct 2026 at 21:16, Complaints <complaints@council.example> wrote:\n"
            "> You wrote:\n> The carers have not come for three days and Mum has had nothing to eat.\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert origins(parsed) == ["new", "quoted_own"]
    assert all(segment.text for segment in parsed.segments)
    assert "nothing to eat" in parsed.classified_text()


def test_a_council_letter_summing_up_your_complaint_is_still_the_councils():
    # "Your complaint" as a heading in a council letter introduces the council's own summary, not the writer's words.
    body = ("I am not happy with this.\n\nOn Mon, 14 Sep 2026 at 10:02, Complaints <complaints@council.example> "
            "wrote:\n> Dear Ms Hale,\n> Your complaint\n> You said the carers were late. We do not uphold it.\n")
    parsed = parse_message(_reply(body), council_domains=("council.example",))
    assert origins(parsed) == ["new", "quoted_other"]


def test_a_stub_plain_part_beside_a_full_html_letter_gives_way_to_the_html():
    """A one-line plain part made by the sender's program is not the message: the HTML letter is."""
    msg = headed("Payments <payments@portal.example>", "Invoice overdue", "<stub-1@portal.example>")
    msg.set_content("Invoice INV-1 is overdue. View and pay: https://portal.example/pay/1\n")
    msg.add_alternative(
        "<html><body><p>Dear Account Holder,</p><p>Our records show that invoice <b>INV-1</b> remains "
        "unpaid and is now 21 days overdue. To avoid suspension of your account, settle it today through "
        "our secure portal.</p><p>You will need to sign in with your email password to confirm your "
        "identity.</p><p>Regards,<br>Accounts Receivable</p></body></html>", subtype="html")
    parsed = parse_message(bytes(msg))
    assert "sign in with your email password" in parsed.text
    assert not parsed.html_only


def test_a_short_plain_reply_keeps_its_own_words_when_the_html_is_not_much_longer():
    """"Thanks, that's fine" in both parts: the plain part is the writer's, not a stub to replace."""
    msg = headed("A Writer <writer@example.org>", "Re: visit", "<stub-2@example.org>")
    msg.set_content("Thanks, that's fine. See you on Tuesday.\n")
    msg.add_alternative("<html><body><div dir=\"ltr\">Thanks, that's fine. See you on Tuesday.</div></body></html>",
                        subtype="html")
    parsed = parse_message(bytes(msg))
    assert parsed.text.strip().startswith("Thanks, that's fine. See you on Tuesday.")
