"""What the letters say: every acknowledgement variant, the officers' mail, and the wording rules.

The letters are rendered for the example cases (bot/act/examples.py), whose labels,
routing, processes and dates come from the bot's own code, so these tests read what
a complainant would receive.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import replace

import pytest

from bot.act.examples import (
    SHAPES, acknowledgement_matrix, all_examples, default_builder, preview_examples,
)
from bot.act.letters import Letters, long_date
from bot.act.markup import parse, to_html, to_text
from bot.config import PROJECT_ROOT, Council

TEMPLATES = PROJECT_ROOT / "templates" / "letters"
COMPLAINT_SHAPES = ("formal", "informal", "unclear", "stage2", "self_funder", "professional_concern")
# Words that mean nothing to most people, or that could alarm (or tip off) someone else reading the email.
JARGON = ("icap", "individual complaints action plan", "stage 1", "stage 2", "stage one", "stage two", "s.42",
          "section 42", "safeguard", "lgsco", "statutory", "regulation", "reg 13", "desired outcome",
          "commissioned", "eligibility", "escalat")
ALARMING = ("abuse", "neglect", "harm", "risk", "vulnerable", "victim", "police", "bruise", "grabbed", "investigat")


@pytest.fixture(scope="module")
def letters() -> Letters:
    return Letters(TEMPLATES)


@pytest.fixture(scope="module")
def builder():
    return default_builder()


@pytest.fixture(scope="module")
def variants(builder, letters):
    """(example, rendered) for every acknowledgement variant."""
    return [(e, letters.render(e.letter, **e.context)) for e in acknowledgement_matrix(builder)]


def flags(example) -> tuple[str, bool, bool, str]:
    case = example.context["case"]
    return (case["shape"], case["safeguarding"], example.context["labels"]["representative"],
            case["classification"]["language"])


def test_the_matrix_has_every_shape_with_and_without_each_flag(variants):
    seen = [flags(e) for e, _ in variants]
    assert len(seen) == len(set(seen)) == len(SHAPES) * 2 * 2 * 2
    for shape in SHAPES:
        for safeguarding in (False, True):
            for representative in (False, True):
                for language in ("en", "pl"):
                    assert (shape, safeguarding, representative, language) in seen


def test_every_acknowledgement_gives_reference_team_privacy_and_signature(variants):
    for example, r in variants:
        council, case = example.context["council"], example.context["case"]
        assert case["ref"] in r.subject and f"Your reference number is {case['ref']}." in r.text
        assert f"Your message is with the {council.team_name}." in r.text
        assert council.privacy_url in r.text and f'href="{council.privacy_url}"' in r.html
        for value in (council.name, council.signature, council.phone, council.textphone, council.postal_address):
            assert value in r.text, (example.key, value)


def test_dates_come_from_the_process_engine_in_long_form(variants):
    wanted = {"formal": ("plan_by", "response_by"), "stage2": ("response_by",), "compliment": ()}
    for example, r in variants:
        case, dates = example.context["case"], example.context["dates"]
        assert f"We got your message on {long_date(dates['received'])}." in r.text
        for name in wanted.get(case["shape"], ("contact_by",)):
            assert long_date(dates[name]) in r.text, (example.key, name)
        assert not re.search(r"\d{4}-\d\d-\d\d", r.text), example.key  # never an ISO date
    # e.g. a formal complaint received on Tuesday 3 March 2026: the plan letter 5 working days after the
    # acknowledgement, the response 20 working days after receipt.
    formal = next(r for e, r in variants if flags(e) == ("formal", False, False, "en"))
    assert "by Tuesday 10 March 2026" in formal.text and "by Tuesday 31 March 2026" in formal.text


def test_every_complaint_is_offered_a_discussion_and_told_how_to_take_it_up(variants):
    """Regulation 13(7) of the 2009 Regulations: at acknowledgement, offer to discuss how the
    complaint will be handled and how long the response is likely to take."""
    for example, r in variants:
        shape, phone = example.context["case"]["shape"], example.context["council"].phone
        offered = "talk with you about how we will deal with your" in r.text
        assert offered == (shape in COMPLAINT_SHAPES), example.key
        if offered:
            assert "how long it should take" in r.text
            assert f"To arrange a time that suits you, call us on {phone} or reply to this email." in r.text


def test_help_is_offered_with_how_to_ask_and_in_the_writers_language(variants):
    for example, r in variants:
        shape, language = example.context["case"]["shape"], example.context["language_name"]
        text = r.text
        assert "large print, easy read, Braille or audio" in text
        assert "reply to this email or call us on" in text and example.context["council"].textphone in text
        if shape == "compliment":
            continue
        assert "* an advocate" in text and "someone independent" in text
        assert "* a British Sign Language (BSL) interpreter" in text
        assert ("* an interpreter who speaks Polish" in text) == (language == "Polish"), example.key
        assert ("We can arrange an interpreter who speaks Polish." in text.split("What happens next")[0]) \
            == (language == "Polish"), example.key
        assert ("* an interpreter\n" in text) == (language == ""), example.key


def test_needs_the_writer_stated_are_acknowledged(builder, letters):
    case = builder.case("formal", needs=("bsl", "accessible_format", "advocacy"))
    r = letters.render("acknowledgement", **builder.reply_letter(case, "acknowledgement"))
    assert ("You asked for a British Sign Language (BSL) interpreter and letters in a format you can read "
            "and an advocate. We will arrange this for you.") in r.text


def test_the_ombudsman_and_the_12_month_rule(variants):
    for example, r in variants:
        shape = example.context["case"]["shape"]
        has = "Local Government and Social Care Ombudsman" in r.text
        assert has == (shape != "compliment"), example.key
        if has:
            assert "within 12 months of when you first knew about the problem" in r.text
            assert "https://www.lgo.org.uk" in r.text and "0300 061 0614" in r.text
            assert "free and independent" in r.text


def text_of(variants, shape, safeguarding=False, representative=None, language="en"):
    for example, r in variants:
        s, g, rep, lang = flags(example)
        if (s, g, lang) == (shape, safeguarding, language) and (representative is None or rep == representative):
            return example, r.text
    raise LookupError(shape)


def test_each_shape_says_what_happens_next(variants):
    e, text = text_of(variants, "formal", representative=False)
    assert "We will look into your complaint formally." in text
    assert "They will tell you what we will look into, who will do it, and when you will get our full answer." in text
    e, text = text_of(variants, "informal", representative=False)
    assert "without a formal complaint" in text and "If you change your mind" in text
    e, text = text_of(variants, "unclear", representative=False)
    assert f"A member of our team will phone you by {long_date(e.context['dates']['contact_by'])}." in text
    assert "They will ask how you would like us to deal with your complaint." in text
    e, text = text_of(variants, "stage2", representative=False)
    assert "A senior manager who was not involved before will look at your complaint and our answer." in text
    e, text = text_of(variants, "self_funder")
    assert "the first step is to complain to the care provider" in text
    assert "We have also told our commissioning team about your concerns." in text
    e, text = text_of(variants, "professional_concern")
    assert "We will deal with it as a quality concern, not as a formal complaint." in text
    assert "quality team" in text
    e, text = text_of(variants, "compliment", representative=False)
    assert "Thank you for taking the time to tell us." in text and "pass your message on" in text
    e, text = text_of(variants, "enquiry", representative=False)
    council = e.context["council"]
    assert (f"A member of the {council.team_name} will answer your message by "
            f"{long_date(e.context['dates']['contact_by'])}.") in text


def test_someone_writing_for_another_is_told_their_consent_may_be_needed(variants):
    for example, r in variants:
        shape, _, representative, _ = flags(example)
        heading = "If you are writing for someone else" in r.text
        assert heading == (representative and shape not in ("compliment", "professional_concern")), example.key
        if heading and shape != "enquiry":
            assert "check that the person knows about your complaint and is happy for you to make it" in r.text
            assert "ask their permission before we look at their records" in r.text
        elif heading:
            assert "We may need their permission before we can share details about them with you." in r.text


def test_someone_at_risk_is_passed_on_urgently_without_alarming_words(variants):
    plain = {flags(e)[:1] + flags(e)[2:]: r for e, r in variants if not flags(e)[1]}
    for example, r in variants:
        council = example.context["council"]
        urgent = "We have passed what you told us to the right people straight away." in r.text
        assert urgent == example.context["case"]["safeguarding"], example.key
        if not urgent:
            continue
        assert "They will look at it urgently." in r.text and council.emergency_wording in r.text
        # The same subject as the letter about anything else: nothing to catch an eye.
        assert r.subject.split(" - ")[0] == plain[flags(example)[:1] + flags(example)[2:]].subject.split(" - ")[0]
        for part in (r.subject, r.text.replace(council.emergency_wording, ""), r.html):
            lowered = part.lower()
            for word in ALARMING + ("safeguarding",):
                assert word not in lowered, (example.key, word)


def test_public_letters_have_no_jargon(builder, letters):
    public = [e for e in all_examples(builder) if e.public]
    assert {e.letter for e in public} == {"acknowledgement", "followup", "officer-reply"}
    for example in public:
        r = letters.render(example.letter, **example.context)
        for part in (r.subject, r.text):
            lowered = part.lower()
            for word in JARGON:
                assert word not in lowered, (example.key, word)


def test_council_details_come_from_settings(letters):
    other = Council(name="Northshire Council", domains=("northshire.example",),
                    complaints_address="asc@northshire.example", team_name="Care Complaints Team",
                    phone="0300 000 1111", textphone="18001 0300 000 1111",
                    website="https://northshire.example/care", privacy_url="https://northshire.example/privacy",
                    postal_address="PO Box 1, Northshire, NS1 1NS",
                    emergency_wording="In an emergency call 999. Our duty line is 0300 000 2222.",
                    reference_prefix="CARE", signature="The Care Complaints Team")
    default = Council()
    for example in all_examples(default_builder(other)):
        r = letters.render(example.letter, **example.context)
        # (Officers' mail also names the teams of routing.toml, which is the council's file too.)
        team = (default.team_name,) if example.public else ()
        for part in (r.subject, r.text, r.html):
            for value in (default.name, default.phone, default.privacy_url, default.postal_address,
                          "council.example", "01632", *team):
                assert value not in part, (example.key, value)
        if example.public:
            assert "Northshire Council" in r.text and "0300 000 1111" in r.text and "CARE-2026-" in r.subject


def test_no_council_is_written_into_the_templates():
    for path in TEMPLATES.rglob("*.j2"):
        text = path.read_text()
        for value in ("council.example", "01632", "Example Council", "Cheshire", "Sussex", "Gloucestershire"):
            assert value not in text, (path, value)


def test_a_name_cannot_inject_html(builder, letters):
    case = builder.case("formal")
    case["complainant"]["name"] = '<script>alert("x")</script> & <b>Co</b>'
    r = letters.render("acknowledgement", **builder.reply_letter(case, "acknowledgement"))
    assert "<script" not in r.html and "<b>" not in r.html
    assert "Dear &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;," in r.html
    assert 'Dear <script>alert("x")</script> & <b>Co</b>,' in r.text


def test_no_name_means_hello(builder, letters):
    case = builder.case("enquiry")
    case["complainant"]["name"] = ""
    r = letters.render("acknowledgement", **builder.reply_letter(case, "acknowledgement"))
    assert "\nHello,\n" in r.text


# ---- officers' mail -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def officer_mail(builder, letters):
    return {e.key: (e, letters.render(e.letter, **e.context)) for e in preview_examples(builder) if not e.public}


def test_the_forward_summarises_labels_evidence_deadlines_and_how_to_act(officer_mail):
    example, r = officer_mail["forward-safeguarding"]
    case = example.context["case"]
    assert r.subject.startswith(f"[{case['ref']}] URGENT - possible safeguarding")
    assert "URGENT: the message may show a safeguarding risk. Please read it now." in r.text
    assert "- safeguarding: yes" in r.text and "a carer grabbed her" in r.text  # a label and its evidence
    assert ("- Refer the concern to the safeguarding team: due Tuesday 3 March 2026\n"
            "    step name: safeguarding.refer_to_safeguarding") in r.text
    assert ("- Send the Individual Complaints Action Plan letter: due Tuesday 10 March 2026 (paused)\n"
            "    step name: statutory_complaint.icap_letter") in r.text
    assert f"complaints-bot step done {case['ref']} PROCESS.STEP" in r.text
    assert f"complaints-bot cases show {case['ref']}" in r.text
    assert "THE MESSAGE" in r.text and "The original message is attached exactly as it arrived." in r.text
    example, r = officer_mail["forward-pl"]
    assert "It is written in Polish: the writer was offered an interpreter." in r.text


def test_chasers_and_digest_say_what_is_due_and_how_to_mark_it_done(officer_mail):
    example, r = officer_mail["reminder"]
    ref = example.context["case"]["ref"]
    assert "Reminder:" in r.subject and "Deadline:  Wednesday 4 March 2026, 17:00" in r.text
    assert f"complaints-bot step done {ref} statutory_complaint.early_resolution" in r.text
    example, r = officer_mail["escalation-after-downtime"]
    assert "OVERDUE" in r.subject and "(3 reminders and escalations for this step fell due" in r.text
    example, r = officer_mail["digest"]
    assert "OVERDUE (4)" in r.text and "DUE TODAY (9)" in r.text and "NEW CASES SINCE YESTERDAY (10)" in r.text
    assert "(safeguarding)" in r.text


def test_officers_are_only_told_of_commands_that_exist(officer_mail):
    """Commands quoted in officers' mail must be real `complaints-bot` commands."""
    from bot.cli import build_parser

    parser = build_parser()
    groups = next(a for a in parser._actions if a.dest == "command").choices
    for key, (example, r) in officer_mail.items():
        for command in re.findall(r"complaints-bot ([a-z]+)(?: ([a-z]+))?", r.text + r.html):
            group, action = command
            assert group in groups, (key, command)
            # the group's own sub-commands, not an option with choices such as --log-format
            sub = [a for a in groups[group]._actions if isinstance(a, argparse._SubParsersAction)]
            if sub and action:
                assert action in sub[0].choices, (key, command)


# ---- the markup ---------------------------------------------------------------------------------

def test_the_markup_gives_the_same_words_in_both_parts():
    source = ("# Title\n\nDear Jo,\n\n> Boxed.\n>\n> Second.\n\n## Heading\n\n* one\n* two\n\n"
              "Line one\nLine two with **REF-1** and https://x.example/a?b=1&c=2.\n")
    assert [b.kind for b in parse(source)] == ["title", "para", "box", "heading", "list", "para"]
    text = to_text(source)
    assert text.startswith("Title\n=====\n\nDear Jo,\n\nBoxed.\n\nSecond.\n\nHeading\n-------\n\n* one\n* two\n")
    assert "Line two with REF-1 and https://x.example/a?b=1&c=2." in text
    html = to_html(source)
    assert "<h1>Title</h1>" in html and "<h2>Heading</h2>" in html and "<li>two</li>" in html
    assert '<div class="important">\n  <p>Boxed.</p>\n  <p>Second.</p>\n</div>' in html
    assert '<strong class="nobreak">REF-1</strong>' in html
    assert '<a href="https://x.example/a?b=1&amp;c=2">https://x.example/a?b=1&amp;c=2</a>.' in html
    assert "Line one<br>\nLine two" in html


def test_long_date():
    assert long_date("2026-03-06") == "Friday 6 March 2026"
    assert long_date("2026-04-13T17:00:00+01:00") == "Monday 13 April 2026"


def test_examples_use_the_real_shape_rule():
    from bot.act.examples import labels_for
    from bot.act.shape import case_shape

    for shape in SHAPES:
        assert case_shape(replace(labels_for(shape), safeguarding=True)) == shape
