"""Mail that is not about adult social care, machine mail told by its body text, very long texts,
and the concepts added after the fifth and sixth fresh sets (docs/classifier.md).

The corpus tests read a small fixed subset of the real-world corpus of non-complaint mail on the
project's shared volume (/work/shared/corpora/real-mail) and skip with the reason when it is absent;
bench/classify.py measures the whole corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.parse import parse_message
from classifiers import Classifier
from classifiers.text import MAX_SEGMENT_CHARS
from tests.conftest import mail

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "real-mail"
DOMAINS = ("council.example",)

# Delivery failures whose only sign is their body text, an "Auto reply:" subject, Enron business
# mail and spam: none may be a complaint.
CORPUS_SUBSET = {
    "mailgun-flanker/bounce/delayed-broken.eml": {"auto_reply"},
    "sisimai-set-of-emails/maildir/bsd/lhost-apachejames-01.eml": {"auto_reply"},
    "sisimai-set-of-emails/maildir/bsd/lhost-fml-03.eml": {"auto_reply"},
    "sisimai-set-of-emails/maildir/bsd/lhost-kddi-01.eml": {"auto_reply"},
    "sisimai-set-of-emails/maildir/bsd/lhost-mcafee-04.eml": {"auto_reply"},
    "sisimai-set-of-emails/maildir/bsd/lhost-verizon-02.eml": {"auto_reply"},
    "sisimai-set-of-emails/maildir/bsd/rfc3834-03.eml": {"auto_reply"},
    "enron-berkeley/1/106588.txt": {"enquiry", "compliment", "spam"},
    "enron-berkeley/1/120289.txt": {"enquiry", "compliment", "spam"},
    "enron-berkeley/1/121903.txt": {"enquiry", "compliment", "spam"},
    "rspamd/ham.eml": {"enquiry", "compliment", "spam"},
    "spamassassin/sample-spam.txt": {"enquiry", "spam"},
    "rspamd/advance_fee_fraud.eml": {"enquiry", "spam"},
    "salmon/spam-mbox/spam.001.eml": {"enquiry", "spam"},
}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(council_domains=DOMAINS)


def eml(body: str, subject: str = "Re: contract", sender: str = "Pat Lee <pat.lee@example.com>") -> bytes:
    return bytes(mail(body, subject=subject, sender=sender, message_id="<domain-test@example.com>"))


def kind_of(classifier: Classifier, raw: bytes) -> str:
    return classifier.classify(parse_message(raw, council_domains=DOMAINS)).labels.kind


def labels_of(classifier: Classifier, text: str, subject: str = "Care", **kwargs):
    """The twelve labels of a one-part message with this body."""
    return classifier.classify(parse_message(eml(text, subject=subject, **kwargs), council_domains=DOMAINS)).labels


@pytest.mark.parametrize("path,allowed", sorted(CORPUS_SUBSET.items()))
def test_corpus_subset_is_never_a_complaint(classifier, path, allowed):
    if not (CORPUS / "index.tsv").is_file():
        pytest.skip(f"the real-world corpus is not at {CORPUS} (only on the project's shared volume)")
    assert kind_of(classifier, (CORPUS / path).read_bytes()) in allowed


def test_a_one_megabyte_body_is_read_without_error(classifier):
    body = ("The gas contract renewal is delayed again and I am not happy about the pricing. " * 13000)
    assert len(body) > 1_000_000 > MAX_SEGMENT_CHARS
    assert kind_of(classifier, eml(body)) == "enquiry"


def test_corpus_outofmemory_message_is_classified(classifier):
    path = CORPUS / "nodemailer-mailparser" / "outofmemory.eml"
    if not path.is_file():
        pytest.skip(f"the real-world corpus is not at {CORPUS}")
    assert kind_of(classifier, path.read_bytes()) in {"enquiry", "spam", "auto_reply", "compliment"}


# ---- the care topic -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The pipeline capacity numbers are wrong again and nobody has fixed the spreadsheet. Unacceptable.",
    "Your invoice for the trading desk software is overdue and we are very disappointed with the delay.",
    "I still haven't received the signed agreement. This is the third time I've asked.",
])
def test_dissatisfaction_about_something_other_than_care_is_not_a_complaint(classifier, text):
    assert kind_of(classifier, eml(text)) == "enquiry"


@pytest.mark.parametrize("text", [
    "The carers were late again and nobody rang to say. Unacceptable.",
    "Dad's support worker has not turned up three times this month.",
    "I rang the council three times about the assessment and nobody has got back to me.",
    "Mum's care home keeps losing her hearing aids. Not good enough.",
])
def test_dissatisfaction_about_care_stays_a_complaint(classifier, text):
    assert kind_of(classifier, eml(text, subject="Problem")) == "complaint"


@pytest.mark.parametrize("text", [
    "Nobody came today. Again.",
    "They didn't turn up this morning and I couldn't get up.",
    "The girl who comes in the morning is always on her phone and rushes me.",
    "your staff were very rude to me",
    "He was supposed to come at 8 and came at 11. Not acceptable.",
    "The minibus to the centre didn't come for me again.",
    "They cut my hours from 20 to 12 without telling me.",
])
def test_terse_complaints_with_no_care_word_stay_complaints(classifier, text):
    # No care word, but nothing about anything else either: to this mailbox, a care complaint.
    assert kind_of(classifier, eml(text, subject="")) == "complaint"


def test_an_explicit_complaint_with_no_care_word_stays_a_complaint(classifier):
    assert kind_of(classifier, eml("I want to make a complaint about how I was spoken to.", subject="Complaint")) \
        == "complaint"


def test_a_care_flavoured_sales_offer_is_spam(classifier):
    text = ("We are offering hoists and profiling beds at wholesale prices to care homes this week only. "
            "Reply to claim your free delivery on your first order.")
    assert kind_of(classifier, eml(text, subject="Offer", sender="deals@beds.example")) == "spam"


def test_a_ticket_acknowledgement_is_an_auto_reply(classifier):
    text = ("Thank you for contacting Sunrise Care. Your case number is SC-1182. "
            "A member of the team will reply within 3 working days.")
    assert kind_of(classifier, eml(text, subject="Received", sender="help@sunrise.example")) == "auto_reply"


def test_a_refund_phishing_message_is_spam(classifier):
    text = "Your energy refund of £120 is ready. Verify your account details within 48 hours or it expires."
    assert kind_of(classifier, eml(text, subject="Refund", sender="refunds@energy.example")) == "spam"


def test_an_out_of_office_that_mentions_safeguarding_is_an_auto_reply(classifier):
    text = ("I am away until Monday 3 March. For urgent safeguarding concerns please contact the duty "
            "social worker.")
    assert kind_of(classifier, eml(text, subject="Away", sender="sam@provider.example")) == "auto_reply"


@pytest.mark.parametrize("body,subject", [
    ("550 5.1.1 Requested action not taken: mailbox unavailable.", "Returned"),
    ("Your message could not be delivered to one or more recipients.", "Notice"),
    ("I'm away until Monday.", "Auto reply: hello"),
])
def test_machine_mail_told_by_one_sign_when_nothing_is_about_care(classifier, body, subject):
    assert kind_of(classifier, eml(body, subject=subject, sender="postmaster@mail.example")) == "auto_reply"


def test_a_person_mentioning_an_undelivered_email_about_care_is_not_a_bounce(classifier):
    text = ("My email to the social worker could not be delivered and nobody has called me back about "
            "Mum's care package. I am very unhappy.")
    assert kind_of(classifier, eml(text, subject="Mum")) == "complaint"


# ---- concepts added after fresh5 / fresh6 (written in other words than those sets) -------------

SAFEGUARDING_CONCEPTS = [
    "Staff saw a resident shove my brother into the door frame; there's a mark on his forehead.",
    "Her stepson won't let any of us visit and he has taken her mobile away.",
    "Some lads have moved into his bedsit and are selling drugs from his place.",
    "The lunch tray is left on the side where she can't reach it, and she's lost 4 kg.",
    "The carer forgot his evening insulin twice this week.",
    "The boxes are stacked to the ceiling and there's no path through to the bathroom.",
    "Gran has no idea where her pension goes each week since her lodger moved in.",
    "They have his bank card and PIN and say they are 'looking after it' for him.",
    "The night staff hadn't repositioned her since teatime.",
    "Her nephew stopped all her visits in May and she has been on her own since, with her dementia.",
    "No one speaks with him all day and he's alone all day in his room.",
    "Nid yw'r gofalwyr wedi rhoi ei moddion iddi ers dydd Llun.",
    "The lady who does her shopping pockets the change and tells her she owes her for petrol.",
    "Staff make jokes about his headscarf-wearing wife and laugh at his accent.",
    "Hooyaday cunto ma helo, daryeeluhu ma yimaado.",
]


# ---- concepts added after fresh8 / fresh9 (written in other words than those sets) -------------

FRESH8_9_CONCEPTS = [
    "The support worker told her it was their special secret and not to say anything to her mum.",
    "She came back from respite with her knickers on back to front and a bruise on her inner thigh.",
    "He flinches whenever the new carer walks into the room.",
    "There were finger-shaped marks on the backs of both her upper arms.",
    "A man from the pub walks him to the cash machine every Monday and he comes home without any money.",
    "His niece got him to sign over the bungalow last month.",
    "The buzzers on the dementia unit are switched off after ten.",
    "They give her the PRN liquid to calm her because she calls out.",
    "Residents are put in pads at night even though they can use the toilet with a bit of help.",
    "He stopped taking his lithium when his support ended and he is eating only biscuits.",
    "tbh some1 keeps goin in her handbag n £40 was gone 2day",
]



# ---- concepts added after fresh10-13 (written in other words than those sets) ------------------

FRESH10_13_CONCEPTS = [
    "Some nights the residents remain in soaked pads until the day shift arrives.",
    "There is a nasty open sore on her heel and another at the base of her spine.",
    "The team leader tells us to sign the turning chart as done even when we haven't been in.",
    "Another tenant keeps coming into her bedroom at night when she is sleeping and touching her under her nightie.",
    "The carer laughs while he is praying and once walked across his prayer mat in her boots.",
    "One of the staff told him to go back to his own country.",
    "The manager calls him a nasty nickname in front of the other residents and they all laugh.",
    "The fridge and the snack cupboard are kept locked, so tenants have to ask for a drink.",
    "Everyone is put in nightclothes and in their rooms by 6 and the lounge is locked after 7 pm so nobody can get back in.",
    "She has written the carer a cheque as a loan for his holiday.",
    "Nobody has seen him since last Tuesday and his carers have stopped coming.",
    "We cannot reposition the residents as often as the plan says.",
    # after fresh14-21
    "The care worker asked him if she could borrow forty pounds until payday.",
    "During his wash the carer made remarks about her chest and touched her when there was no need.",
    "Nobody came back until the next morning, so he sat up all night without a drink.",
    "He isn't eating the meals they leave and there's a bad smell coming from the flat.",
    "Mae'r gofalwr yn gweiddi arni bob bore.",
    "His anticonvulsant was marked not given on six evenings this month.",
    "Staff tell residents to wee in their pads because there is no time to take them.",
    "The back door is locked and people need permission to go out to the garden.",
    "My partner holds my bank card and I have to ask him for money for the bus.",
    "A lodger keeps climbing into her bed at night.",
    "They stopped allowing him to attend the gurdwara and said it's not a temple here.",
    "The support workers get their lunches paid out of the client's money on every trip.",
    # after fresh22-25
    "The boiler at the home has been broken since Monday and the residents are wrapped in blankets.",
    "A carer told him to speak English because he's in England now.",
    "The night carer speaks to my grandmother like a dog and calls her a useless old bag.",
    "Her son has power of attorney and the statements show transfers to his own account.",
    "He sleeps in their garage and works on their farm to work off what he owes them.",
    "She won't help him into bed until he says sorry for upsetting her.",
    # after fresh26-29
    "Her daughter locks her in the flat while she goes to work.",
    "A male carer put his hand inside her pyjamas while she was half asleep.",
    "Since the lodger arrived he draws her pension for her every Thursday and she never sees it.",
    "He was left in bed till gone midday on three days last week.",
    "The ulcer on his leg is weeping and smelling and nobody has dressed it.",
    "The staff call him a smelly old tramp in front of the other residents.",
]


@pytest.mark.parametrize("text", SAFEGUARDING_CONCEPTS + FRESH8_9_CONCEPTS + FRESH10_13_CONCEPTS)
def test_fresh_set_concepts_are_flagged(classifier, text):
    raw = eml(f"I am writing about my relative, who is 70. {text}", subject="Concern")
    assert classifier.classify(parse_message(raw, council_domains=DOMAINS)).labels.safeguarding is True


# Words of harm about something else (look-alikes), other people's stories and double negatives.
LOOKALIKES = [
    "Charging for a visit that never happened is an abuse of your own billing process.",
    "Your finance team keeps ignoring my letters and neglecting my emails about the invoice.",
    "I feel neglected by the council's customer service, which never rings back.",
    "The adviser I spoke to on the phone was rude and abusive about my question on the bill.",
    "The safeguarding team looked at it in March and found no evidence of neglect; my complaint is the bill.",
    "Dad has never gone without his tablets; the carers are lovely, my complaint is about the invoice.",
    "The council threatened legal action over the unpaid contribution.",
    "The physio pushed him when he needed pushing and he walks again now.",
    "Her therapist pushed her harder every week with the exercises and she can stand unaided now.",
    "The verges and the garden of the empty bungalow opposite are badly neglected.",
    "The disabled parking space outside his flat is abused by delivery vans every day.",
    "Please tell me how many safeguarding concerns about care homes you received last year.",
    "The commode chair was delivered late and the bins were not emptied on Friday.",
    "Please don't turn this into a formal complaint; the minibus is just late.",
    "Calling that phone call an investigation is an abuse of the word.",
    "Could you send me your restraint policy for supported living?",
    "There was a safeguarding issue at the home last year and it was dealt with properly.",
    "When her savings fall below the threshold, will the council pay?",
    # (a letter in Braille for a blind writer: in RULES_CLEAR_MODEL_MAY_ASK since session 48's retrain)
    "She is frightened of the word bailiff since the debt letter came.",
    "Keeping people on hold for an hour is an abuse of their patience.",
    "Billing for days with no service is an abuse of your own charging policy.",
    "She was very frightened by the invoice and the debt letter.",
    "Our new course covers self-neglect, cuckooing and modern slavery.",
]


@pytest.mark.parametrize("text", [
    "She manages her own money and is happy; this is about the invoice only.",
    "He stopped the direct debit because the bill was wrong.",
] + LOOKALIKES)
def test_fresh_set_concepts_do_not_flag_ordinary_complaints(classifier, text):
    raw = eml(f"I am writing about my relative, who is 70. {text}", subject="Bill")
    assert classifier.classify(parse_message(raw, council_domains=DOMAINS)).labels.safeguarding is False


@pytest.mark.parametrize("text,expected", [
    # thanks that mention "nobody" are still thanks
    ("I want to say thank you to your finance officer. Nobody has ever explained the charges so clearly.",
     "compliment"),
    ("The morning carer is an absolute gem and deserves a pay rise.", "compliment"),
    # a job application or an information request that names stage 2 or the Ombudsman
    ("Please find attached my CV and supporting statement for the post of complaints officer. I have "
     "handled stage 2 complaints and cases referred to the Ombudsman.", "enquiry"),
    ("Under the Freedom of Information Act, please send the number of safeguarding referrals for home care "
     "last year and how many cases went to the Ombudsman.", "enquiry"),
    # a question about the complaints process is an enquiry, whoever might complain
    ("A tenant has asked me how he could complain about his support provider if he decided to. "
     "Is there a leaflet?", "enquiry"),
    ("Residents at my surgery asked how complaints about commissioned home care are dealt with.", "enquiry"),
    # ... but a complaint that also asks for records stays a complaint
    ("I want to complain about the carers who keep missing Dad's visits. I also make a subject access "
     "request for his records.", "complaint"),
])
def test_kind_of_thanks_and_business_mail(classifier, text, expected):
    assert kind_of(classifier, eml(text, subject="Hello")) == expected


def test_business_mail_sets_no_stage2_or_ombudsman(classifier):
    raw = eml("Please find attached my CV for the post. I have handled stage 2 complaints and Ombudsman "
              "enquiries for a housing association.", subject="Application")
    labels = classifier.classify(parse_message(raw, council_domains=DOMAINS)).labels
    assert (labels.kind, labels.stage2_request, labels.ombudsman, labels.formality) == ("enquiry", False, False, None)


def test_a_self_neglect_referral_is_flagged_but_not_a_complaint(classifier):
    raw = eml("Officers visited an 84-year-old man who lives alone. The rooms are cluttered, he has stopped "
              "washing and he is not coping or looking after himself. Could adult social care contact him?",
              subject="Referral")
    result = classifier.classify(parse_message(raw, council_domains=DOMAINS))
    assert result.labels.safeguarding is True
    # self-neglect accuses no service, so it does not make the message a complaint by itself
    assert not [e for e in result.evidence if e.field == "kind" and "safeguarding implies" in e.rule]


def test_a_councillor_writing_from_a_council_address_is_professional_not_an_officer_forward(classifier):
    raw = eml("Three residents came to my ward surgery on Saturday unhappy that their home care visits are "
              "being cut short. Could someone look into it?\n\nCllr Pat Lee\nNorth Ward",
              subject="Home care visits", sender="cllr.lee@council.example")
    labels = classifier.classify(parse_message(raw, council_domains=DOMAINS)).labels
    assert (labels.sender_role, labels.professional) == ("professional", True)


@pytest.mark.parametrize("text", [
    "I work nights for Sunnyside Homecare and I'm not giving my name.",
    "Im a carer at Oak Tree Lodge and I need to report something.",
    "I manage the Riverside day centre and wanted to let you know about a member.",
])
def test_care_staff_writing_for_themselves_are_provider(rules, text):
    # (the rules: since session 33's retrain the text model reads the third, which says nothing is wrong, as an
    # enquiry at 0.42, and staff writing an enquiry are professional, not the provider complained about)
    labels = rules.classify(parse_message(eml(text, subject="Concern"), council_domains=DOMAINS)).labels
    assert (labels.sender_role, labels.professional) == ("provider", True)


# ---- formality: told someone before, and it was not put right (concepts after fresh30-37) --------

@pytest.mark.parametrize("text", [
    "My brother rang the agency office in May about the missed lunchtime calls. They said a new rota was "
    "coming but it never came and the calls are still being missed. I am not happy about this at all.",
    "Dad's neighbour flagged these issues with the home's deputy manager at Easter and was told to leave it. "
    "Mum is still being left in her room all day and I am very unhappy.",
    "I have been on to your finance helpline three times about the wrong bill. Nobody rang me back and now "
    "a debt letter has come. I am complaining about how this has been handled.",
    "Me tell boss of carers already in June. Nothing happen. Same carer still come late every day, I am upset.",
    "Please treat this as a formal concern: our patient's support hours were cut without a review.",
])
def test_told_before_and_not_put_right_is_formal(classifier, text):
    labels = labels_of(classifier, text, subject="Mum's care")
    assert (labels.kind, labels.formality) == ("complaint", "formal")


@pytest.mark.parametrize("text", [
    "The carers were late three days last week and Mum missed her lunch. I am not happy about it.",
    "Why has my bill gone up by £40 a week? Nobody explained it and I think it is wrong.",
])
def test_a_complaint_that_says_nothing_of_an_earlier_attempt_stays_unclear(classifier, text):
    labels = labels_of(classifier, text, subject="Mum's care")
    assert (labels.kind, labels.formality) == ("complaint", "unclear")


# ---- money: charges and who pays, in everyday words (concepts after fresh30-37) -----------------

@pytest.mark.parametrize("text", [
    "The letter says Nan has to pay £52 every week for her carer and nobody has told us why it is so much.",
    "Could you look at Dad's care bill please, it has visits on days he was in hospital.",
    "Her contrabution has gone up again and we can't work out the sums.",
    "The home says the fees have not been paid since June and there is £8,000 owing, which is wrong.",
])
def test_everyday_words_for_a_care_charge(classifier, text):
    labels = labels_of(classifier, text, subject="Query")
    assert labels.care_charges is True


@pytest.mark.parametrize("text, funding", [
    ("Social services set up three visits a day for my uncle after his stroke, and they keep coming late.",
     "council_funded"),
    ("The carers you send me in the mornings are always rushing and I am fed up with it.", "council_funded"),
    ("My sister uses her personal budjet for a PA and the hours were cut without warning.", "council_funded"),
    ("Gran pays the agency herself out of her savings and the carers are still not turning up.", "self_funded"),
    ("She pays £1,100 a week herself for that home and they left her without water.", "self_funded"),
])
def test_who_pays_in_everyday_words(classifier, text, funding):
    labels = labels_of(classifier, text)
    assert labels.funding == funding


# ---- client group: ages in words and in forms (concepts after fresh30-37) -------------------------

@pytest.mark.parametrize("text, group", [
    ("The gentleman across the road is well into his nineties and the carers have stopped coming.", "older_people"),
    ("At seventy-nine I did not expect to be left without my tea by the agency.", "older_people"),
    ("I shall be eighty in May and the new carer rushes me every single morning.", "older_people"),
    ("Age band: 75-84. What happened?: my carers keep arriving two hours late.", "older_people"),
    ("Ref: Mrs Ada Kerr, 14 Bell Street. Mrs Kerr (91) was sent home from hospital with no care at all.",
     "older_people"),
    ("My brother has learning disabilitys and his support hours at the flat were cut without a review.",
     "disability"),
    # a house number where an age might stand is no age (session 19); the age later in the note is
    ("Call re Mr Stan Ibbotson, 23 Kestrel Way. Carers keep missing his lunch call. He is 81.", "older_people"),
    ("Re: Mrs Joan Pike, 41 Holly Road. She has dementia and the carers keep missing calls.", "older_people"),
    ("Im 29 and have cerebal palsy, my PA did not turn up twice this week.", "disability"),
])
def test_ages_in_words_and_conditions_misspelt(classifier, text, group):
    labels = labels_of(classifier, text)
    assert labels.client_group == group


# ---- who is writing (concepts after fresh30-37) --------------------------------------------------

@pytest.mark.parametrize("text, sender, role", [
    ("We act for Mrs Joan Perry under a registered Lasting Power of Attorney and ask for her care records.",
     "Lee & Co Solicitors <enquiries@lee-law.example>", "professional"),
    ("Submitting officer: PC 2231 R. Hale. Adult at risk: Mr Bright, 80, found without food or heating.",
     "Hale R <r.hale@police.example>", "professional"),
    ("I work as night carer for Oak Lodge and residents are left in wet beds because there are only two of us.",
     "A carer <oaklodge.worker@example.com>", "provider"),
    ("At my ward surgery a resident told me her husband's carers have not come for a week.",
     "Cllr Dee Hart <dee.hart@example.org>", "professional"),
    ("This form was submitted via the council website. What happened?: my carers came at 11 instead of 8.",
     "Web forms <no-reply-forms@council.example>", "public"),
])
def test_who_is_writing(classifier, text, sender, role):
    labels = labels_of(classifier, text, sender=sender)
    assert labels.sender_role == role
    assert labels.professional is (role in {"professional", "provider"})


# ---- concepts after fresh38-40 ---------------------------------------------------------------------

def test_staff_making_residents_work_for_them_unpaid_is_safeguarding(classifier):
    text = ("The deputy manager gets two of the tenants to wash her car and paint her fence every weekend. "
            "They are not paid anything and are told they will lose their trip out if they refuse.")
    assert labels_of(classifier, text).safeguarding is True


def test_harm_the_same_sentence_says_is_over_is_not_flagged(classifier):
    text = ("Thank you to the reablement team: Mum was low and barely eating when she came home, but she is now "
            "eating well and walking to the garden every day.")
    assert labels_of(classifier, text, subject="Thank you").safeguarding is False


def test_a_negated_question_about_a_formal_complaint_is_not_informal(classifier):
    text = ("Call note. Caller says his mother's carers have been late all week and she missed her lunch twice. "
            "Caller did not say whether he wants to make a formal complaint.")
    assert labels_of(classifier, text).formality != "informal"


@pytest.mark.parametrize("text, group", [
    ("My partner (52) has alcohol-related brain damage and his support at the hostel has been stopped.",
     "disability"),
    ("I am 31 and live in supported living. Staff keep cancelling my outings and I am fed up.", "disability"),
    ("The old gentleman upstairs, who is about 85, has had no carers for a week now.", "older_people"),
])
def test_more_conditions_and_ages(classifier, text, group):
    assert labels_of(classifier, text).client_group == group


@pytest.mark.parametrize("text, funding", [
    ("The council has charged Grandad's contribution twice this month, please sort it.", "council_funded"),
    ("Her fees are paid from her own funds and the home has added a charge we never agreed.", "self_funded"),
])
def test_who_pays_after_fresh40(classifier, text, funding):
    assert labels_of(classifier, text).funding == funding


# ---- formality after fresh42-45 (session 5) ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Grandma mentioned the cold dinners to her key worker in the spring and nothing ever came of it. "
    "She is still getting cold food and I am unhappy.",
    "I've now brought this up with the agency twice and I am getting nowhere. The visits are still late.",
    "When we asked the manager, she said she would sort the rota, but the same carer still turns up drunk. "
    "This is not good enough.",
    "The family contacted the duty desk in March. Nobody from the council has been out since and I am angry.",
    "My sister phoned the home about her weight loss and asked the manager to weigh her weekly. The manager "
    "never returns our calls and I am fed up.",
])
def test_raised_before_in_other_words_is_formal(classifier, text):
    labels = labels_of(classifier, text, subject="Nan's care")
    assert (labels.kind, labels.formality) == ("complaint", "formal")


@pytest.mark.parametrize("text", [
    "The night staff are rude to Dad and it upsets him. I don't want to make a big fuss, just please ask "
    "them to be kinder.",
    "i am not happy the carers keep changing but i dont want to get anybody in bother or make an official "
    "thing of it",
])
def test_not_wanting_a_fuss_is_informal(classifier, text):
    labels = labels_of(classifier, text, subject="carers")
    assert (labels.kind, labels.formality) == ("complaint", "informal")


def test_saying_one_has_not_told_anyone_is_not_raising_it(classifier):
    text = ("I have not told the manager yet because I am scared of what will happen. Mum's carer keeps "
            "missing her lunchtime visit and I am not happy about it.")
    assert labels_of(classifier, text, subject="Mum").formality == "unclear"


# ---- who pays, after fresh42-45 (session 5) ------------------------------------------------------
@pytest.mark.parametrize("text, funding", [
    ("Dad's carers were put in by your social services last spring and now they keep turning up late.",
     "council_funded"),
    ("Grandad got a letter from the council saying he owes £600 for his home care. He is very upset.",
     "council_funded"),
    ("After the NHS stopped paying, the council took over his package and now the carers never stay long.",
     "council_funded"),
    ("The home says the council's share of the fee has not been paid, and they are chasing my aunt for it.",
     "council_funded"),
    ("Her support worker comes via the council and keeps cancelling. I am not happy.", "council_funded"),
    ("I am 74 and I pay for my own home care. The agency has doubled its hourly rate without notice.",
     "self_funded"),
    ("My mother pays the full cost of her nursing home fees and the home has added a charge for laundry.",
     "self_funded"),
    ("Mama płaci sama za opiekę. The invoice from the home is wrong and nobody explains it.", "self_funded"),
    # after fresh46-49
    ("After her stroke the council put a package of care in place, and the carers have been late all week.",
     "council_funded"),
    ("Discharged Tuesday with a package arranged through brokerage; the agency never turned up.",
     "council_funded"),
    ("The counsil pays for my carers and they keep coming late.", "council_funded"),
    ("Does Mum still get the council bill for her carers while she is in hospital?", "council_funded"),
    ("We were told she will have to make a contribution towards the cost after the assessment.",
     "council_funded"),
    ("Dad's carers, which we arranged privately through an agency, have started arriving late.", "self_funded"),
])
def test_who_pays_after_fresh42_49(classifier, text, funding):
    assert labels_of(classifier, text, subject="Care bill").funding == funding


# Session 49: council funding the rules still missed over the labelled sets, and the near misses kept apart.
@pytest.mark.parametrize("text, funding", [
    ("Could someone advise us about a resident it funds? Mrs Nash shouts at staff in the corridor.",
     "council_funded"),
    ("Westmere will continue to fund the placement while the review goes ahead.", "council_funded"),
    ("I paid your council £38.20 each week towards the help and nobody has come since March.",
     "council_funded"),
    ("His respite week, which your own team books and pays for, was cancelled two days before.",
     "council_funded"),
    ("Your social worker, a pleasant young man whose name I have forgotten, arranged for carers to go in "
     "twice a day, and on two evenings nobody came.", "council_funded"),
    # a council asking how complaints about placements go names no one's care
    ("Should the family complain to us as the placing authority, or to you as the host authority?", "unknown"),
    ("Her social worker arranged for a clearance firm to come in, and half of Mum's things went.", "unknown"),
    ("We will continue to pay for her fees ourselves, but the home has added a laundry charge.", "self_funded"),
])
def test_who_pays_in_session_49(classifier, text, funding):
    assert labels_of(classifier, text, subject="Care").funding == funding


def test_a_deferred_payment_agreement_alone_does_not_say_who_pays(classifier):
    # Session 10: every labelled message where the agreement alone decided was labelled unknown
    # (fresh116, fresh122): the council pays the home meanwhile and the house repays it later.
    alone = "Why has the interest on Mum's deferred payment agreement gone up? Nobody warned us."
    with_council = ("The council pays her fees to the home under a deferred payment agreement, and now the "
                    "interest has gone up without warning.")
    assert labels_of(classifier, alone, subject="DPA").funding == "unknown"
    assert labels_of(classifier, alone, subject="DPA").care_charges is True
    assert labels_of(classifier, with_council, subject="DPA").funding == "council_funded"


@pytest.mark.parametrize("text", [
    "How are complaints about commissioned care providers handled in general?",
    "At what point is an unpaid contribution passed to debt recovery?",
])
def test_general_questions_about_council_care_say_nothing_of_who_pays(classifier, text):
    assert labels_of(classifier, text, subject="Question").funding == "unknown"


# ---- safeguarding look-alikes and recoveries, after fresh42-45 (session 5) ------------------------
@pytest.mark.parametrize("text", [
    # a thank-you letter telling the story of a crisis that is over
    "Thank you so much to the community team. In the spring my uncle had stopped eating and would not "
    "wash, and his house was a mess. Six months on he is back to his old self and goes to the day centre.",
    "I want to thank the night staff. Mum had a nasty fall in her room last week and they were wonderful. "
    "The x-ray showed no fracture and she was back in her own room the next day.",
    # a lost thing found where things are kept
    "Dad's watch went missing from his room on Monday. Good news, it turned up in his sock drawer, so "
    "please ignore my earlier email about it.",
    # harm words about something else
    "Our personal assistant has threatened to quit because her wages are late again. Please pay the "
    "direct payment on time.",
    "I neglected to send back the form you asked for, sorry, here it is now.",
    # a past safeguarding case the writer says is closed
    "Years ago a carer stole from my brother; the police dealt with it and he has no ongoing concerns. "
    "I just need a copy of his care plan please.",
    # after fresh46-49
    "Your debt team keep threatening to hand my mother's so-called arrears to a collection agency. The "
    "bill is wrong and I want it corrected.",
    "Charging my father twice and then chasing him for it is an abuse of power by the finance department.",
    "The carers missed two visits last week but my son stayed over, so she was safe and well. This is about "
    "the invoice, which still charges for both visits.",
    "Years ago there was a note on her file from 2023 about a bruise; the safeguarding team dealt with it at "
    "the time. Today I am only asking why her day centre days are being cut.",
    "We are running a conference on preventing adult abuse in the community and would like a speaker from "
    "your complaints team.",
])
def test_harm_that_is_over_or_about_something_else_is_not_flagged(classifier, text):
    assert labels_of(classifier, text, subject="Hello").safeguarding is False


@pytest.mark.parametrize("text", [
    # a person found in a bad state is neglect, not a lost thing found
    "The carers never came, and I found her in bed at teatime soaked and with no drink.",
    # a thank-you letter that goes on to a current worry
    "Thanks to the reablement team Dad is back to his old self. But since the new agency took over, "
    "nobody has given him his tablets for three days and he has not eaten.",
    # a complaint whose money is still missing
    "His wallet went missing from his room and £200 was gone. The staff said it would turn up but it has not.",
])
def test_recoveries_do_not_hide_present_harm(classifier, text):
    assert labels_of(classifier, text, subject="Worried").safeguarding is True


@pytest.mark.parametrize("text, kind", [
    ("Dear user, your mailbox storage has reached 97%. Failure to validate your account within 24 hours will "
     "result in permanent suspension. Validate here: https://mail-check.example/login", "spam"),
])
def test_a_mailbox_quota_phishing_mail_is_spam_not_a_bounce(classifier, text, kind):
    assert labels_of(classifier, text, subject="ACTION REQUIRED: mailbox quota exceeded").kind == kind


def test_a_person_not_safe_is_still_a_concern(classifier):
    text = ("My aunt is not safe at home any more. She has been leaving the gas on and wandering out at night, "
            "and the carers only come once a day.")
    assert labels_of(classifier, text, subject="Aunt").safeguarding is True


@pytest.mark.parametrize("text, need", [
    ("My brother needs an independent advocate because he cannot speak up for himself.", "advocacy"),
    ("I would like:\n- a review of her care\n- an independent advocate for her\n", "advocacy"),
    ("Could an advocate be appointed for Dad? He gets confused in meetings.", "advocacy"),
    ("i want somebody to help me rite my complant proply", "advocacy"),
    ("My eyes are bad now. Please put the letter on a CD so I can listen to it.", "accessible_format"),
    ("Diolch am eich help. Hoffwn gael ateb yn Gymraeg os gwelwch yn dda.", "interpreter"),
])
def test_needs_in_more_words(classifier, text, need):
    assert need in labels_of(classifier, text, subject="Mum's care").needs


def test_an_advocate_writing_about_her_job_does_not_ask_for_an_advocate(classifier):
    text = ("I am an independent advocate for Mr Jones and I am writing to complain that his carers keep "
            "missing his evening visit.")
    assert "advocacy" not in labels_of(classifier, text, subject="Mr Jones").needs


def test_neglect_told_in_portuguese_is_flagged(classifier):
    text = ("O meu pai tem 84 anos. As cuidadoras não vieram no fim de semana e ele ficou dois dias sem "
            "medicação e sem comida. Please reply in Portuguese.")
    assert labels_of(classifier, text, subject="Reclamação").safeguarding is True


def test_a_general_question_asked_in_urdu_with_agar_is_hypothetical(classifier):
    text = ("Assalam o alaikum. Agar kisi buzurg ke paise koi le raha ho to hum kis ko batayein? This is only "
            "a general question for our lunch club, nothing has happened to anyone.")
    assert labels_of(classifier, text, subject="sawal").safeguarding is False


def test_a_red_sore_patch_after_weeks_in_bed_is_flagged(classifier):
    text = ("my lift chair is broke so ive been stuck in bed 2 weeks and my pad gets chaged twice a day. "
            "theres a red patch on my bottom that hurts now")
    assert labels_of(classifier, text, subject="chair").safeguarding is True


def test_a_question_about_safeguarding_training_is_not_a_concern(classifier):
    text = "Do you run adult safeguarding awareness training for the volunteers at our lunch club?"
    assert labels_of(classifier, text, subject="Training").safeguarding is False


@pytest.mark.parametrize("text", [
    "Thanks for your reply but I do not agree with it. Please pass my complaint on to the next stage.",
    "I have read your response to my complaint and it is wrong about the dates. I want someone more senior "
    "to look at it again.",
])
def test_asking_for_the_next_stage_in_plain_words_is_a_stage2_request(classifier, text):
    assert labels_of(classifier, text, subject="Re: your complaint").stage2_request is True


@pytest.mark.parametrize("text", [
    # self-neglect in plain words: three different signs of one kind
    "my gran is 80 and lives alone. shes not eating properly, the place is filthy and smells, and she "
    "hasnt had a bath in weeks",
    "I haven't had a hot meal since the weekend, there are mice in the kitchen and I haven't had a wash in "
    "days. I just can't do it any more.",
    # a missed prompt and what it did
    "The agency missed the teatime insulin prompt four times last month and twice she was found "
    "hypoglycaemic by her daughter.",
    # tablets found hidden in a drawer are a sign of harm, not a lost thing found
    "He is not taking his tablets, I found them all in a drawer, and he is not eating properly or washing.",
])
def test_neglect_and_self_neglect_in_plain_words_after_fresh54_57(classifier, text):
    assert labels_of(classifier, text, subject="Worried").safeguarding is True


# ---- after fresh58-61 (session 6), each in other words than those sets --------------------------------


def test_a_letter_that_leaves_something_out_does_not_rule_the_charge_out(classifier):
    text = "Your reply does not explain why my weekly contribution for his home care was raised in March."
    assert labels_of(classifier, text, subject="Re: complaint").care_charges is True


@pytest.mark.parametrize("text", [
    "The communal lounge has been abused as a storage room by the housing association for months.",
    "Her son calls these reminder letters financial abuse by the council. They are distressing but they are "
    "only about the arrears.",
    "Your income team has taken the same £210 from Dad's account twice this month by direct debit.",
    "Charging £40 for a form is daylight robbery.",
])
def test_the_words_of_harm_said_about_a_building_or_the_councils_billing_are_look_alikes(classifier, text):
    assert labels_of(classifier, text, subject="Charges").safeguarding is False


@pytest.mark.parametrize("text", [
    "Thank you to the home. In 2023 Mum had a bad pressure sore at her last place; that was looked into "
    "properly and she moved. No problems at all since, and she is very settled.",
    "A big thank you to the reablement team. Last winter my uncle had stopped eating and wasn't getting "
    "dressed. It has all turned around and he goes to the lunch club again.",
])
def test_a_thank_you_for_harm_that_is_over_is_not_flagged(classifier, text):
    assert labels_of(classifier, text, subject="Thank you").safeguarding is False


def test_what_a_closure_would_amount_to_is_not_harm_that_happened(classifier):
    text = ("I object to the plan to cut the respite service. Families will be left to cope alone and that "
            "would amount to neglect. My brother is happy and well cared for there.")
    assert labels_of(classifier, text, subject="Respite consultation").safeguarding is False


def test_mail_the_writer_says_is_not_about_care_is_not_a_complaint(classifier):
    text = ("Who can I talk to about my parking permit? The charge has doubled and it's a scandal. I know "
            "this is not about social care, sorry, yours was the only address I had.")
    assert labels_of(classifier, text, subject="permit").kind == "enquiry"


def test_a_question_in_another_language_is_not_made_a_complaint(classifier):
    # Polish: "Good morning, how do I apply for a blue badge for my mother? Thank you."
    text = "Dzień dobry, jak mogę złożyć wniosek o niebieską kartę parkingową dla mojej mamy? Dziękuję."
    result = classifier.classify(parse_message(eml(text, subject="Pytanie"), council_domains=DOMAINS))
    assert result.language == "pl"
    assert result.labels.kind == "enquiry"
    assert result.confidence["kind"] == "low"  # read only in part: an officer confirms it


def test_chasing_a_reply_that_is_weeks_late_is_dissatisfaction(classifier):
    text = "This is my fourth email. You said I would hear in 20 days and it is now ten weeks. When will I hear?"
    assert labels_of(classifier, text, subject="Re: complaint").kind == "complaint"


FRESH58_61_CONCEPTS = [
    # formality: a request to be taken under the procedure; complaining before, however it is spelt
    ("The Ombudsman says I must use your procedure first, so please take this email as my complaint under "
     "it.", "formality", "formal"),
    ("i complained on the phone twice in may and was told it was sorted and it is not. the carers still "
     "come at all hours for my son", "formality", "formal"),
    # stage 2 in plain words
    ("Your letter does not deal with the missed visits at all. I am not happy with this response and would "
     "like it reviewed again by someone senior.", "stage2_request", True),
    # funding and charges in other words
    ("Her social worker reassessed her and reduced her care from three calls to one.", "funding",
     "council_funded"),
    ("He has to pay £95 every week to the council out of his pension and he does not understand why.",
     "care_charges", True),
    ("Dad has paid for Rosewood himself since 2022 out of his own savings; the council has never paid "
     "anything towards it.", "funding", "self_funded"),
    ("The charge on my statement for the day centre went up from £20 to £29 a day.", "care_charges", True),
    # who the person is: an age in brackets, staff speaking of a resident
    ("Thank you to the staff at Elm Lodge. Grandad (now 91) is settled and happy.", "client_group",
     "older_people"),
    # advocacy asked for in plain words
    ("My neighbour needs somebody independent to help her speak up at the review.", "needs", ["advocacy"]),
]


def test_a_care_worker_reporting_harm_to_a_resident_writes_for_that_resident(classifier):
    text = ("I am a carer at Oak House. I am worried about one lady on the top floor: the night staff leave "
            "her in the chair until morning and she has marks on her wrists. Please do not use my name.")
    labels = labels_of(classifier, text, subject="concern")
    assert labels.safeguarding is True
    assert labels.representative is True


@pytest.mark.parametrize("text", [
    # modern slavery told in plain words: all hours, unpaid, sleeping in an outbuilding
    "The man who lives with them does their garden and cleans the house seven days a week. He sleeps in "
    "the garage and I don't think they pay him anything.",
    "My uncle's lodger cooks and cleans for the family from early morning till midnight, for his keep.",
    # staff told to hide a mistake
    "The nurse gave Mum the wrong tablets last night and the senior told the staff to keep quiet about it.",
    # tablets not taken: the pack is still full
    "When I visited on Friday his dosette box from Monday was still full.",
    # Polish: "Mum's money keeps disappearing and the carer took her bank card."
    "Pieniądze mamy ciągle znikają, a opiekunka zabrała jej kartę.",
    # Lithuanian: "Grandmother's money is gone and she has bruises."
    "Močiutės pinigai dingo ir ji turi mėlynių, mėlynės ant rankų.",
    # Urdu in Latin letters: "the staff mock my father and treat him badly"
    "Staff mere abbu ka mazaq udaate hain aur un se bura sulook karte hain.",
])
def test_harm_in_words_learnt_after_fresh58_61_is_safeguarding(classifier, text):
    assert labels_of(classifier, text, subject="worried").safeguarding is True


@pytest.mark.parametrize("text", [
    # the person on the phone was rude: a service complaint, not abuse of an adult
    "I rang about Dad's invoice and the woman who answered was abusive and put the phone down on me.",
    # an old concern the writer says was dealt with
    "There was a safeguarding concern about bruising last spring. It was dealt with well and there have "
    "been no problems at all since. My complaint is about the new charges.",
])
def test_look_alikes_learnt_after_fresh58_61_are_not_safeguarding(classifier, text):
    assert labels_of(classifier, text, subject="invoice").safeguarding is False


FRESH63_64_CONCEPTS = [
    # humiliation: filmed undressed and the film passed round; made to sit out in the cold as a punishment
    ("A support worker recorded my sister while she was naked in the bath and sent the clip round on WhatsApp.",
     "safeguarding", True),
    ("They made him sit outside in the cold for an hour because he would not finish his dinner.",
     "safeguarding", True),
    # words of harm about a bill, an office or a need, not about an adult at risk
    ("Her son was extremely rude and abusive to our receptionist on Monday about the invoice.", "safeguarding",
     False),
    ("The letters from your debt team are threatening and frankly bullying. I want the charge explained.",
     "safeguarding", False),
    ("He cannot be left alone at night, so the two hours you have cut really matter to us.", "safeguarding", False),
    # who writes: a hospice speaking as "we"; a care home complaining that the council's team ignored it;
    # a sister writing; a home carer at a domiciliary agency
    ("We are a community hospice. One of our nurses visited Mrs Dale on Friday and found her care plan has "
     "not been updated since May.", "sender_role", "professional"),
    ("I manage Oakfield care home. We asked your review team four times since March to reassess one of our "
     "residents and nobody has come. I am writing to complain about this.", "sender_role", "professional"),
    ("I am writing as the sister of Paul Gray, who is 40 and lives in supported living. His support hours "
     "were cut without notice.", "sender_role", "public"),
    ("I work for Bluebell Domiciliary Care and I am worried: the rota gives us no time to stay with one lady "
     "and she is often left without a drink.", "sender_role", "provider"),
    # advocacy in plain words
    ("I get confused with forms. Can someone help me get this into writing for the complaint?", "needs",
     ["advocacy"]),
    ("Is there anybody who could come to the meeting with me and speak for me? I lose my words.", "needs",
     ["advocacy"]),
    # ages in decades and in rough numbers
    ("My brother is in his forties and has a learning disability. His day centre place has been stopped.",
     "client_group", "disability"),
    ("The lady upstairs is about 90 and her carers have not come since Saturday. Nobody answers the office "
     "phone.", "client_group", "older_people"),
    # money: the council's assessor; a debt that is not a care charge; savings down to the limit
    ("Your assessor came round for the financial assessment and now a letter says I pay £50 a week.",
     "funding", "council_funded"),
    ("The carers are lovely but Dad has rent arrears and nobody will help him with his post.", "care_charges",
     False),
    ("Mum's savings are nearly down to the threshold. Will she have to start paying towards her care?",
     "care_charges", True),
    # formality: a past complaint the writer was content with; a concern raised and not being addressed
    ("Last year's complaint about the carers was looked into properly. This time it is the meals: they "
     "arrive cold every single day.", "formality", "unclear"),
    ("I have reported the missed calls to your team twice and it isn't being addressed. Mum was left "
     "without lunch again on Monday.", "formality", "formal"),
]


def test_a_question_in_welsh_is_read_as_a_question_by_the_rules(classifier):
    # Welsh: "I would like to know how to apply for an assessment for my mother. Could you send a form?"
    text = "Hoffwn wybod sut i wneud cais am asesiad i fy mam. A allwch chi anfon ffurflen?"
    result = classifier.classify(parse_message(eml(text, subject="Cais"), council_domains=DOMAINS))
    assert result.labels.kind == "enquiry"
    assert any("information_request_other_languages" in e.rule for e in result.evidence if e.field == "kind")


FRESH65_68_CONCEPTS = [
    # safeguarding look-alikes: a caller rude to a call handler; a scenario asked about before care starts
    ("Caller was angry about the invoice and became abusive towards call handler. Call ended.", "safeguarding",
     False),
    ("Dad's carers start on Monday. Suppose a carer asked to borrow money from him, who should he tell? "
     "Nothing has happened, we just want to be ready.", "safeguarding", False),
    # thanks and questions in other languages
    ("Chciałabym podziękować opiekunkom z agencji za troskliwą opiekę nad moją mamą przez całą zimę.", "kind",
     "compliment"),
    ("أود أن أعرف كيف أطلب تقييما لاحتياجات والدي. هل يمكنكم إرسال استمارة؟", "kind", "enquiry"),
    # ages and conditions as second-language and BSL writers put them
    ("My husband Tomas (66 years) waits every day for carers who come two hours late.", "client_group",
     "older_people"),
    ("Me 47, wheelchair. Carer not come two days. Nobody phone me.", "client_group", "disability"),
    ("Mano brolis, jam 40 metų, turi intelekto negalią. Darbuotojai ant jo šaukia.", "client_group",
     "disability"),
    # who pays, in other languages and in other words
    ("Opiekę dla mamy zorganizowała opieka społeczna, ale opiekunki ciągle się spóźniają.", "funding",
     "council_funded"),
    ("نحن ندفع رسوم دار الرعاية من مالنا الخاص ولكن الخدمة سيئة جدا", "funding", "self_funded"),
    ("The agency is late every day and we pay them ourselves, so this is not good enough.", "funding",
     "self_funded"),
    ("He has carers through you and they keep sending someone new who doesn't know him.", "funding",
     "council_funded"),
    # who writes
    ("I work as a community outreach worker at the Bridge Centre. One of our members has had no carer for "
     "a week and cannot get an answer from your team.", "sender_role", "professional"),
    ("We act for Mrs Ede under a lasting power of attorney and write to complain about her care.\n\n"
     "Yours faithfully\n\nJo Marsh\nSenior Associate\nMarsh Hale LLP", "sender_role", "professional"),
    ("The visits are too short and Mum is left hungry.\n\nTina Rudd (sister)", "sender_role", "public"),
    # other money: a debt for a flight, money the bank gave back
    ("He says I still owe him a debt for the flight and takes it from my wages every week.", "care_charges",
     False),
    ("The bank refunded the money he took from her account, and she is safe now.", "care_charges", False),
    # formality
    ("I'm not wanting to make a fuss or put in a formal complaint, I just want the call times changed.",
     "formality", "informal"),
    ("I have taken it up with the agency twice and got nowhere. The carers are still late.", "formality",
     "formal"),
    ("Please investigate the missed calls under your complaints procedure.", "formality", "formal"),
    # stage 2 asked about, not asked for
    ("I got my stage 1 letter. How long have I got to ask for stage 2 if I want to?", "stage2_request", False),
    # spoken punctuation from voice dictation: "never" no longer negates the whole message
    ("Hello comma this is Jo Bell full stop the carers never came on Monday full stop I pay my contribution "
     "every month and I expect the visits full stop", "funding", "council_funded"),
]


@pytest.mark.parametrize("path", ["enron-berkeley/4/176567.txt", "salmon/spam-mbox/spam.008.eml"])
def test_a_complaint_read_from_nothing_but_the_mailbox_is_never_high_confidence(classifier, path):
    # Business mail and spam in which the rules recognise nothing: the model, trained on care mail
    # only, may agree with the mailbox default, but that agreement is for an officer to confirm.
    source = CORPUS / path
    if not source.is_file():
        pytest.skip(f"the shared real-mail corpus is not here ({CORPUS})")
    result = classifier.classify(parse_message(source.read_bytes(), council_domains=DOMAINS))
    if result.labels.kind == "complaint":
        assert result.confidence["kind"] != "high"


FRESH69_72_CONCEPTS = [
    # financial abuse by a partner or an attorney, told plainly
    ("My boyfriend Dean has my bank card and I never have any money left for food.", "safeguarding", True),
    ("My brother has Dad's power of attorney. The care home says the fees are four months behind and he "
     "will not show me any statements.", "safeguarding", True),
    # serious self-neglect as a fire officer sees it
    ("At the home visit the stairs were blocked with boxes and she was smoking while on her oxygen. There "
     "was very little food in the house.", "safeguarding", True),
    # look-alikes: statistics asked for; harm over and the person thriving
    ("Please tell me how many of the complaints you received in 2025 were also referred for a safeguarding "
     "enquiry.", "safeguarding", False),
    ("In 2023 Mum was left without food at her old home and your team investigated. She is thriving at her "
     "new home and has put the weight back on. Thank you all so much.", "safeguarding", False),
    # the writer's own job in passing is not the role they write in
    ("I'm a nurse myself, so I know what good care looks like, and my mum is not getting it from this "
     "agency.", "sender_role", "public"),
    ("Could you send the leaflet in Bengali?\n\nKind regards\n\nSam Patel\nCommunity Connector, Age Well",
     "sender_role", "professional"),
]


def test_a_fake_complaint_notice_with_a_document_to_download_is_spam(classifier):
    text = ("A complaint has been registered about your services.\n\nTo read it and reply within 24 hours, "
            "download the secure document using the link below:\n\nhttps://files.example.net/doc\n\n"
            "Failure to respond in time will result in escalation without further notice.")
    raw = eml(text, subject="Complaint lodged against your organisation", sender="Notices <no-reply@example.net>")
    assert kind_of(classifier, raw) == "spam"


FRESH73_76_CONCEPTS = [
    # coercive control told carefully by the person herself
    ("Please only reply to this address, my husband does not know about it. He has control of my bank "
     "card and my phone and he decides whether I eat when the carers are not here.", "safeguarding", True),
    # left lying on the floor for hours
    ("The carer couldn't lift Dad on her own so she just went, and he was left on the floor for three "
     "hours until I got there.", "safeguarding", True),
    # harm long over: a home that closed years ago, an enquiry that was concluded
    ("In 2019 her old home left her in a wet bed all night. That place closed years ago and I'm not raking "
     "it up. My complaint is about this reassessment letter.", "safeguarding", False),
    ("There was a safeguarding enquiry in 2024 about a former carer. That was concluded and it is not part "
     "of this complaint, which is about the invoice.", "safeguarding", False),
]


def test_a_long_signature_with_an_office_notice_does_not_make_a_person_an_auto_reply(classifier):
    signature = "\n".join(["Kind regards", "Lesley Moor", "Practice Manager", "Elm Surgery", "Elm Road",
                           "Tel: 01632 960350", "Fax: 01632 960351", "Email: pm@nhs.example",
                           "Our opening hours are 8am to 6.30pm. This mailbox is not monitored out of hours "
                           "or at weekends. For urgent clinical matters please call the surgery or NHS 111.",
                           "*" * 40, "This message may contain confidential information.",
                           "NHS.example is the secure email service for NHS staff.", "*" * 40])
    text = ("Mr Hale was discharged on Friday with four calls a day set up by your brokerage team and nobody "
            "has turned up since. He is insulin dependent and lives alone. Please look at this today.\n\n"
            + signature)
    labels = labels_of(classifier, text, subject="No carers since discharge", sender="Lesley Moor <pm@nhs.example>")
    assert labels.kind == "complaint"
    assert labels.sender_role == "professional"


def test_a_newsletter_forwarded_with_a_complaint_on_top_is_the_complaint(classifier):
    newsletter = ("---------- Forwarded message ---------\nFrom: Sunny Care <news@example.org>\n"
                  "Subject: Spring newsletter\n\nCongratulations to our carer of the month! Refer a friend and "
                  "receive a £100 voucher. You are receiving this because you are a client. Unsubscribe")
    text = ("This is the agency that left my mother lying on her kitchen floor for four hours last week. Lovely "
            "newsletter though.\n\n" + newsletter)
    labels = labels_of(classifier, text, subject="Fwd: Spring newsletter")
    assert labels.kind == "complaint"
    assert labels.safeguarding is True


@pytest.mark.parametrize("text", [
    "To take money from a frail 90-year-old woman in this way is, in my view, financial abuse by the council "
    "and I will be telling the Ombudsman.",
    "The bruise on her shin that one of the carers wrote up last week is nothing sinister. We are unhappy "
    "that the rota changes every week and she never knows who is coming.",
])
def test_look_alikes_after_fresh78_are_not_safeguarding(classifier, text):
    assert labels_of(classifier, text, subject="Re: care").safeguarding is False


FRESH79_82_CONCEPTS = [
    # ages and forms
    ("My uncle is in his late-80s and his carers keep arriving after nine at night.", "client_group",
     "older_people"),
    ("Age of client (approx): 91\nDetails: the carers keep missing the lunchtime visit.", "client_group",
     "older_people"),
    ("Contacting us about yourself or someone else?: Someone else\nDetails: the carers are late every day.",
     "representative", True),
    ("I am 52 and go to the neurology clinic every month. My direct payment is late again.", "client_group",
     "disability"),
    # who writes
    ("I'm a district nurse but I am writing in a personal capacity: my father's carers have not turned up "
     "twice this week.", "sender_role", "public"),
    ("I am a Shared Lives carer and the young woman who lives with us has had no review for two years.",
     "sender_role", "professional"),
    ("I'm the practice manager at a surgery. How can a patient complain about their home care? We are "
     "asked this at reception.", "representative", False),
    ("my lad's support worker has not shown up for a fortnight", "representative", True),
    # kind
    ("The man who does my shopping call is really kind. He helps me put the tins away and has a chat. I "
     "want his boss to know.", "kind", "compliment"),
    ("Fifth time of asking now. When is the ramp being fitted?", "kind", "complaint"),
    # needs
    ("I have sight loss and software on my laptop reads emails out loud to me, so please do not send "
     "letters as pictures.", "needs", ["accessible_format"]),
    ("Yes please to an advocate - I get muddled in meetings.", "needs", ["advocacy"]),
    ("We ask that an advocate is appointed for him before the review meeting.", "needs", ["advocacy"]),
    # money
    ("Can someone tell me how much a day at the centre costs? We don't want a shock bill.", "care_charges",
     True),
    ("Since the council moved Mum's care over to a different agency the visits are always late.", "funding",
     "council_funded"),
    ("The carers the council put in after her fall are lovely but they are always late.", "funding",
     "council_funded"),
    # safeguarding look-alikes
    ("The office neglected to forward the form to the day centre, so Dad lost his place for the week. He is "
     "fine at home with me.", "safeguarding", False),
    ("The van drivers are abusing the recycling bins behind the flats every night.", "safeguarding", False),
    ("She is not going hungry, the staff see to that; the complaint is about the noise at night.",
     "safeguarding", False),
    ("Two residents are abusive towards carers on the night shift and the manager does nothing about it.",
     "safeguarding", False),
    # stage 2 needs a response first; formality from a refusal
    ("Please could a senior manager review my mother's care plan before the move?", "stage2_request", False),
    ("Thanks for the letter but I want someone senior to look at it again.", "stage2_request", True),
    ("I told the manager on Monday and was told not to put anything in writing about it.", "formality",
     "formal"),
    ("I rang the home twice about Dad's bill and they said the charge stands.", "formality", "formal"),
]


def test_what_would_be_abuse_is_hypothetical_and_never_a_high_confidence_flag(classifier):
    """fresh82: "a man washing her would be a kind of abuse". The rules read it as hypothetical; the
    model may still ask an officer (low confidence), as it may for any hypothetical harm."""
    raw = eml("Being washed by male staff would be a form of abuse in her eyes, and we want that written "
              "in her plan.", subject="Re: care")
    result = classifier.classify(parse_message(raw, council_domains=DOMAINS))
    rules = [e for e in result.evidence_for("safeguarding") if e.rule.startswith("safeguarding.toml:")]
    assert rules and all("[hypothetical]" in e.rule for e in rules)
    assert result.labels.safeguarding is False or result.confidence["safeguarding"] == "low"


def test_a_person_copying_in_their_councillor_is_not_a_councillor(classifier):
    text = ("My wife's carers have been late every morning this month. I am copying in Cllr Ahmed and my MP "
            "because the agency will not answer.")
    labels = labels_of(classifier, text, subject="Late carers")
    assert labels.sender_role == "public"
    assert labels.professional is False


def test_a_web_form_relayed_by_the_council_website_is_from_the_public(classifier):
    text = ("A new form has been submitted on www.council.example.\n\nName: Pat Lee\n"
            "Details: my mum's carers keep missing her tea-time call and she is 88.")
    labels = labels_of(classifier, text, subject="Website form submission: Contact us",
                       sender="Council website <no-reply@council.example>")
    assert labels.sender_role == "public"
    assert labels.client_group == "older_people"


def test_a_text_message_from_the_councils_sms_gateway_is_the_texters_own_words(classifier):
    """fresh400: the gateway's "From: +44... / To: 60777" lines are not a quoted message's header, and its mailbox is a
    machine's, so the texter is the writer: an older blind man asking how to change agency, in large print."""
    text = ("Inbound SMS - ASC Text Service\n\nReceived: 27/11/2026 09:14:22\n\nFrom: +447700900123\nTo: 60777\n\n"
            "Message:\nhello I am 81 and registered blind. how do I change my care agency to a different one? please "
            "send the list in large print\n\n--\nReplies to this email are not sent to the customer.")
    labels = labels_of(classifier, text, subject="Inbound SMS from 447700900123",
                       sender="SMS Gateway <sms-inbound@council.example>")
    assert (labels.kind, labels.sender_role, labels.client_group) == ("enquiry", "public", "older_people")
    assert labels.needs == ["accessible_format"]


@pytest.mark.parametrize("sender,subject,text", [
    # the website's form, its subject the only sign of what it is
    ("Council Website <noreply@forms.council.example>", "Website form submission: ASC feedback [WF-1]",
     "Your name: Pat Lee\nYour comments: my mum's carers keep missing her tea-time call and she is 88."),
    # the phone system's transcription, with no Auto-Submitted header
    ("Voicemail Service <voicemail@telephony.council.example>", "Voicemail from +447700900612 (2:31)",
     "You have a new voicemail message.\n\nTranscript:\nhello it's Pat about my mum, 88, her carers keep missing her "
     "tea-time call"),
])
def test_mail_from_a_machine_mailbox_of_the_council_carries_the_publics_words(classifier, sender, subject, text):
    """Learnt after fresh397-400: a contact centre's address is an officer's note, a no-reply form or voicemail box is
    the member of the public's own words (fresh154, fresh168, fresh400)."""
    labels = labels_of(classifier, text, subject=subject, sender=sender)
    assert labels.sender_role == "public"


def test_a_call_note_forwarded_twice_between_officers_is_read(classifier):
    note = ("---------- Forwarded message ---------\nFrom: Contact Centre <contact@council.example>\n"
            "Subject: Call note\n\nCaller: neighbour. Mr Dale, 79, has no heating, the flat is piled with "
            "rubbish and he is eating out of the bins. Caller rang twice before and nobody came.")
    middle = ("---------- Forwarded message ---------\nFrom: Sam Bell <sam.bell@council.example>\n"
              "Subject: FW: Call note\n\nCan your team pick this up?\n\nSam Bell\nSupervisor\n\n" + note)
    text = "Passing this on as the complaint part is yours.\n\nJo Ray\nTeam Manager\n\n" + middle
    labels = labels_of(classifier, text, subject="FW: FW: Call note", sender="Jo Ray <jo.ray@council.example>")
    assert labels.sender_role == "officer_forward"
    assert labels.safeguarding is True
    assert labels.client_group == "older_people"


FRESH83_86_CONCEPTS = [
    # control told by the person herself, and threats for asking
    ("Joe has my debit card and I have not seen a statement for a year. I'm not allowed to phone my "
     "brother any more.", "safeguarding", True),
    ("He wouldn't help me into bed after we argued, so I spent the night in the chair.", "safeguarding", True),
    ("The night staff said if I kept ringing the bell they would give me something to settle me down. The "
     "doors have a keypad and nobody will tell me the code.", "safeguarding", True),
    ("I'm writing this while he's at the pub. Please don't phone when he is home. This email is just mine.",
     "safeguarding", True),
    ("The hold music on your phone line is abuse of the eardrums, but my complaint is the forty minutes.",
     "safeguarding", False),
    # money
    ("I pay the full cost of my care myself because my savings are over the limit.", "funding",
     "self_funded"),
    ("The carers that the council sends me are always late and never stay the full half hour.", "funding",
     "council_funded"),
    ("Since the council put a care package in for Dad, the calls have been cut short every day.", "funding",
     "council_funded"),
    ("I am 58. Could you tell me how I go about getting a personal budget so I can choose my own carer?",
     "funding", "unknown"),
    # a nurse's note signed with her registration and no sign-off
    ("Sacral sore now grade 3, repositioning chart blank for three days.\n\nSam Lee RGN\nCommunity Nursing",
     "sender_role", "professional"),
]


FRESH87_90_CONCEPTS = [
    # other languages: harm in Arabic, Farsi, Portuguese; an age in Arabic-Indic digits
    ("والدي يضربها وفي الأسبوع الماضي رأيت كدمة على يدها. أمي خائفة.", "safeguarding", True),
    ("مراقب حرف‌های تحقیرآمیز می‌زند و من از او می‌ترسم.", "safeguarding", True),
    ("Os funcionários ficam com o cartão do banco dela e há saques que ela não lembra de ter feito.",
     "safeguarding", True),
    ("والدتي عمرها ٨١ وتعيش وحدها، والزيارات تتأخر كل يوم.", "client_group", "older_people"),
    # a language used, not needed; a denial in Urdu
    ("I wrote the first part in Polish so my dad can read what I sent. Thank you to the whole day centre "
     "team, they have been wonderful with him.", "needs", []),
    ("Carers bahut achhe hain, koi abuse ka masla nahin hai, sirf invoice ka masla hai. The bill is wrong.",
     "safeguarding", False),
    # providers writing about the council
    ("I am the registered manager at Oak House. Your hospital social work team placed a man with us and "
     "told us nothing about his history. This is a formal complaint.", "sender_role", "professional"),
    # look-alikes
    ("Please find attached our revised abuse policy for comment, with a flowchart for when staff should "
     "contact the safeguarding hub.", "safeguarding", False),
    ("My receptionist was sworn at on the phone by one of your officers yesterday.", "safeguarding", False),
    ("Now I have a letter saying I am not eligible for help with personal care. I want this reviewed.",
     "safeguarding", False),
    ("The bruise on Dad's hand is from his blood test at the surgery, which is fine. The complaint is about "
     "his laundry going missing.", "safeguarding", False),
    # money and escalation
    ("The agency has put its hourly rate up again with a week's notice.", "care_charges", True),
    ("I had your letter last week and it is not good enough. I want a senior manager to review it.",
     "stage2_request", True),
]


FRESH91_94_CONCEPTS = [
    # look-alikes of harm
    ("The bruise on Mum's arm is from the hospital taking bloods last week, so please ignore the care log. "
     "The complaint is about the rota.", "safeguarding", False),
    ("The finance team has simply neglected to deal with my refund and I am fed up.", "safeguarding", False),
    ("This fee increase is financial abuse of families who have nowhere else to turn.", "safeguarding", False),
    ("His personal assistant is threatening to walk because the direct payment is late again.",
     "safeguarding", False),
    ("I've had to borrow £300 from my sister to pay my PA's wages because the payment is late.",
     "safeguarding", False),
    ("Thank you for the training evening on hoarding and fire risk for our crew last week.", "safeguarding",
     False),
    ("She fell at the home in 2024 and there was an investigation at the time. There were no further "
     "problems. My complaint is about the final invoice.", "safeguarding", False),
    # who writes: signatures with no sign-off, councillors, advice lines, bank fraud teams
    ("Mr Kent has no heating and the flat is full of rubbish.\n\nBernie Cole\nCommunity Staff Nurse, Eastside "
     "District Nursing Team", "sender_role", "professional"),
    ("Residents keep telling me the carers are late.\n\nBest wishes,\nAnn Bell\nCouncillor, Hill Ward",
     "sender_role", "professional"),
    ("A caller to our line says her carer is late every day.\n\nSue Tan\nInformation and Advice Worker\n"
     "Later Life Advice Line", "sender_role", "professional"),
    ("I'm one of the district nurses who visits Mrs Cole, and her carer shouted at her on Monday.",
     "sender_role", "professional"),
]


FRESH95_98_CONCEPTS = [
    # harm words explained, over, or about something else
    ("Dad was admitted to hospital on 3 May and came home on 20 May, and he was billed for carers all that "
     "time. Nobody has done anything wrong by him; this is about the bill.", "safeguarding", False),
    ("The reablement team pushed her gently to do more for herself, and now she makes her own lunch. "
     "Thank you all.", "safeguarding", False),
    ("Yes, there was a neglect case at her last nursing home in 2022. It was investigated, the home was "
     "closed down and that is finished. I am asking about her assessment.", "safeguarding", False),
    ("The bruise on his arm last month was dealt with properly by the home. What I am unhappy about is his "
     "meals arriving cold.", "safeguarding", False),
    ("Could our team have copies of the chapters on spotting neglect, domestic abuse and modern slavery for "
     "our new starters?", "safeguarding", False),
    # (evenings dropped from a package: in RULES_CLEAR_MODEL_MAY_ASK since session 48's retrain)
    # and the harm itself still counts
    ("The carer pushed her to the floor when she would not get up.", "safeguarding", True),
    ("The night carer dropped him on the bathroom floor and left him there.", "safeguarding", True),
    # ages said in other ways
    ("My aunt Leela Shah (she prefers Leela) is 82 and lives with us.", "client_group", "older_people"),
    ("I'm worried about the lady across the road. She must be 80 if she's a day and nobody visits.", "client_group",
     "older_people"),
    ("I was discharged in June after my knee operation, living on my own at 74, and the carers never came.",
     "client_group", "older_people"),
    ("Re: Mr Bell, lives alone at 14 Mill Lane, caller thinks he is in his 80s and the carers are late.",
     "client_group", "older_people"),
    ("I am 49 and hearing impaired, and the agency keeps phoning me instead of texting.", "client_group",
     "disability"),
]


FRESH99_102_CONCEPTS = [
    # an accident the writer explains, and the harm words it explains
    ("For the record, Dad slipped on the kitchen floor last week while I was with him, and the A&E doctor "
     "found a bruised hip. My question is about his equipment.", "safeguarding", False),
    ("She fell at the day centre and broke her wrist. I accept it was an accident. I am writing about the "
     "transport.", "safeguarding", False),
    ("He fell and broke his wrist and nobody can explain how it happened.", "safeguarding", True),
    # bruises with a medical cause; a TV story about someone else; a month and a past year
    ("The marks on her arms are from the warfarin, the GP has seen them. My complaint is about the rota.",
     "safeguarding", False),
    ("I watched a documentary about a carer who was stealing from a man with dementia, and I wondered what "
     "checks your agencies do.", "safeguarding", False),
    ("In March 2022 a carer slapped him. The carer was sacked and the police dealt with it. Now the bill is "
     "wrong.", "safeguarding", False),
    ("A carer slapped him this morning.", "safeguarding", True),
    # look-alikes of a threat and a long wait
    ("The agency would not let me see the policies they keep going on about.", "safeguarding", False),
    ("It is abusive to put families through these waiting times.", "safeguarding", False),
    # who pays, in other words
    ("The council found him a supported living flat last spring.", "funding", "council_funded"),
    ("He gets section 117 aftercare since he left the ward.", "funding", "council_funded"),
    ("I'm a carer with an agency on the council contract.", "funding", "council_funded"),
    ("The short break our social worker arranged went badly.", "funding", "council_funded"),
    ("Dad has carers from Bright Homecare, set up by your social worker after his stroke.", "funding",
     "council_funded"),
    # needs and formality
    ("Could someone help me get it all down properly, because I am no good at letters.", "needs",
     ["advocacy"]),
    ("The nurse chatted to her in Gujarati and she loved it.", "needs", []),
    ("I raised it with the manager and she said if we don't like it we know where the door is. The night "
     "staff still leave the residents in bed.", "formality", "formal"),
    ("I told the home manager about it in June. She said those are the rules, take it or leave it. Visits "
     "are still stopped at six.", "formality", "formal"),
]


FRESH103_106_CONCEPTS = [
    # background told in words of harm; past harm long over; hypothetical worry
    ("I'm 70 and came out of hospital after a fall last month. Since my wife passed I manage on my own. "
     "How much will the carers cost me?", "safeguarding", False),
    ("Three years ago, at his old agency, he was left without his tablets for days. That went to the police "
     "at the time and it's long finished. He is settled now and we want to thank his social worker.",
     "safeguarding", False),
    ("My worry is what might happen: staff who don't know her might leave her wet all night.",
     "safeguarding", False),
    ("Your charging team has completely neglected my father's appeal.", "safeguarding", False),
    ("After forty minutes on hold I got through to a man who was downright abusive, and then he threatened "
     "to put the phone down on me.", "safeguarding", False),
    # and a weak word explained does not stop the rest being read
    ("Since her dad died she has been living with a man who takes her benefits and keeps her passport.",
     "safeguarding", True),
    # who pays, in other words
    ("Who do I ask about more hours for my PA? My direct payment covers her.", "funding", "council_funded"),
    ("I don't understand why my personal budget has gone down.", "funding", "council_funded"),
    ("Nan gets help off social services three times a day.", "funding", "council_funded"),
    ("We fund a residential placement in your area for our client.", "funding", "council_funded"),
    ("He has been paying the fees out of his savings since March.", "funding", "self_funded"),
    ("I am unable to get help from adult social care for my uncle.", "funding", "unknown"),
    # charges in other words
    ("The home is increasing Mum's weekly fee by £90 from April and nobody asked us.", "care_charges", True),
    ("I want to complain about this year's fee review at Dad's home.", "care_charges", True),
    ("They asked for a deposit of six weeks' fees before he moved in.", "care_charges", True),
]


FRESH107_110_CONCEPTS = [
    # "safe": the worry counts whether or not it is negated, the reassurance never does
    ("I don't think Dad is safe in that house any more and the carers keep missing his lunch call.",
     "safeguarding", True),
    ("Before anybody worries, she is safe and she is well looked after. The invoice is wrong.", "safeguarding",
     False),
    # look-alikes told in other words
    ("Thank you to the hoarding team and her support worker for all their patience.", "safeguarding", False),
    ("You told me the home followed its falls policy. Dad died in March and I want to know why the sensor "
     "mat was off.", "safeguarding", False),
    ("The day centre minibus hasn't moved since the summer, so he just sits in the lounge.", "safeguarding",
     False),
    ("His respite allocation will drop from 20 nights to 10 next year.", "safeguarding", False),
    ("Spending that on consultants is an abuse of public money.", "safeguarding", False),
    ("Her contribution went up from £20 to £95 overnight and I feel abused by this whole process.",
     "safeguarding", False),
    ("Who would make sure he wasn't left without his tablets if I went into hospital?", "safeguarding", False),
    # "I" is not a name
    ("Two years ago I was 45 and drinking every day. Now I have my own flat and want help with my bills.",
     "representative", False),
    # raised before, with a word between
    ("I've now told the staff four times that she needs her glasses at breakfast and nothing has changed.",
     "formality", "formal"),
]


FRESH111_114_CONCEPTS = [
    # look-alikes told in other words
    ("After the talks at the day centre about scams and fraudsters, Dad ignored the text, so no harm done. "
     "Why did the council send a text like that?", "safeguarding", False),
    ("She was always scared of the stairs, so the stairlift changed her life. Thank you.", "safeguarding",
     False),
    ("Since the adaptations I have a front door I can open myself, and a level shower.", "safeguarding", False),
    ("My PA hurt her back lifting a box at home, so I need cover for two weeks.", "safeguarding", False),
    ("You want to claw back £900 of surplus from my direct payment account without any warning.",
     "safeguarding", False),
    ("Your office has neglected my correspondence for two months.", "safeguarding", False),
    # and the harm itself still counts
    ("The new carer hurt her arm getting her out of bed and she cried all night.", "safeguarding", True),
    # raised before and not resolved, in other words
    ("rang 4 times, left messages, nobody rings back. carers still not coming on sundays", "formality",
     "formal"),
    ("On 2 May I also emailed your brokerage team about the missed calls. Three weeks on I have seen no "
     "change at all and I am fed up.", "formality", "formal"),
]


FRESH115_118_CONCEPTS = [
    # harm long over, dated by its decade or resolved, and words of harm about something else
    ("When she lived in the children's home in the 1960s she was beaten by a member of staff. The police "
     "dealt with it at the time. This letter is about her new wheelchair.", "safeguarding", False),
    ("The day centre van is filthy inside and two of the seat belts are broken.", "safeguarding", False),
    ("They told me they won't do his assessment until the money has all gone, which seems unfair.",
     "safeguarding", False),
    ("If a resident told us a carer had been rough, would you want it sent straight to the safeguarding "
     "team or to this mailbox?", "safeguarding", False),
    # (the benefits taken for care: in RULES_CLEAR_MODEL_MAY_ASK since session 42's retrain)
    ("The allotment, which was where he spent every Saturday, has been neglected since the volunteers left.",
     "safeguarding", False),
    # ...while the harm itself still counts, in Urdu too
    ("Woh usko marta hai, ammi bahut dari hui hain.", "safeguarding", True),
    ("The flat is filthy, there are bags of rubbish to the ceiling and he has stopped eating.", "safeguarding",
     True),
    # raised before and not resolved, in other words
    ("I left two messages on the duty line last month and nobody has rung back. My sister still has no "
     "carers at weekends.", "formality", "formal"),
    ("Mr Begum rang the home on Friday and spoke to the deputy manager, who said it was nothing. Mr Begum "
     "is not satisfied with that and the carer is still coming.", "formality", "formal"),
    ("Call from daughter. Carers not turning up at teatime. Caller wants it investigated.", "formality",
     "formal"),
    ("I told the staff at the flat about the men who visit him at night and they said it's his choice who "
     "he sees. I'm really worried about him.", "formality", "formal"),
    ("I complained about the charge back in March and your letter said it had been correctly calculated. "
     "It has not.", "formality", "formal"),
    ("can you tell the agency to get their timings sorted out please, mum's ok just fed up of waiting",
     "formality", "informal"),
    # stage 2 needs a complaint, a response and a wish to go further
    ("Thank you so much for the stage 2 review. The new care plan is working well and Mum is much brighter.",
     "stage2_request", False),
    ("The home's reply is attached. I'm not happy with it and I want it taken further.", "stage2_request",
     True),
    # who pays, and whether it is about charges
    ("Dad's carers are late every day. His care is paid from his DPs.", "funding", "council_funded"),
    ("I organised the carers myself and I pay the agency directly. They keep sending a different person.",
     "funding", "self_funded"),
    ("She pays towards her care following a financial assessment, and the carers keep missing lunch.",
     "funding", "council_funded"),
    ("We pay our share to the council for visits we are not getting.", "care_charges", True),
    ("The charge for Mum is wrong because you counted her pension twice.", "care_charges", True),
    ("He pays an assessed contribution and has no issue with that. The problem is the carers' manners.",
     "care_charges", False),
    # needs, people and ages
    ("I'm her hearing son and I interpret for her at home, but for the review she needs a BSL interpreter "
     "who isn't family.", "needs", ["bsl"]),
    ("Call note. Caller's daughter (15) translated. Re: Adam, 24, autism and a learning disability. His "
     "review was cancelled again.", "client_group", "disability"),
    ("I am 52 and since the operation on my back I walk with a frame. The carers keep coming late.",
     "client_group", "disability"),
    ("Contact record: Mr Jones, husband of Mary Jones, rang about the invoice for her respite week.",
     "representative", True),
]


FRESH119_122_CONCEPTS = [
    # look-alikes and harm that is over, in other words
    ("The snow closed the lane for four days and no carers came, but my son stayed over and did every call, "
     "so Dad was fine. Please take those days off the bill.", "safeguarding", False),
    ("Nobody checked the timesheets before the invoice was sent out.", "safeguarding", False),
    ("I won't make it formal, it would only drag on for months.", "safeguarding", False),
    ("Honestly I'm tearing my hair out with this rota.", "safeguarding", False),
    ("What happens to the fees when the money runs out and we can't pay?", "safeguarding", False),
    ("Who should one of our members ring first? The agency, the safeguarding team, the police?",
     "safeguarding", False),
    ("Thank you to the reablement team. After her fall in June she lay on the floor for hours and was "
     "terrified, but she has been signed off now and doesn't need carers any more.", "safeguarding", False),
    ("At 3am she fell getting out of bed. The night staff found her straight away and she is her usual self, "
     "with nothing broken. My complaint is that nobody rang me until ten.", "safeguarding", False),
    # ...while the harm itself still counts
    ("No carers came all weekend and nobody else went in; she had no food or tablets for two days.",
     "safeguarding", True),
    ("A carer dragged her along the corridor by her arm.", "safeguarding", True),
    # formality
    ("I rang the office about it in September. She said it's how they do things there. Nothing has changed.",
     "formality", "formal"),
    ("I have already written to the manager and to the area manager. One repeated the decision and the other "
     "hasn't answered.", "formality", "formal"),
    ("I mentioned it to the nurse in charge and was told to keep my head down. The buzzers are still tied up.",
     "formality", "formal"),
    ("Caller not wanting anything formal, just wants it on record that the carers were late in the snow.",
     "formality", "informal"),
    ("If somebody could have a quiet word with the agency about the late calls that would be lovely.",
     "formality", "informal"),
    ("I'd rather we sorted the missed calls between us informally than turn it into a formal process.",
     "formality", "informal"),
    # who pays, and what counts as a charge
    ("Mum's carers were arranged by the county after her stroke and they keep coming late.", "funding",
     "council_funded"),
    ("His respite was booked by his social worker and the home lost his hearing aids.", "funding",
     "council_funded"),
    ("We pay the home from Dad's own savings every month and the care is poor.", "funding", "self_funded"),
    ("Why did the agency keep invoicing us for three weeks after she died?", "care_charges", True),
    ("How will the council work out what I have to pay?", "care_charges", True),
    ("The cut to my direct payment was backdated to April without any warning.", "care_charges", False),
    # needs and people
    ("He is Deaf, his English is limited and BSL is his first language.", "needs", ["bsl"]),
    ("Is there anyone who could help me put my side of it to the council?", "needs", ["advocacy"]),
    ("He pays his own fees, so he's a private resident, and the home keeps losing his clothes.", "sender_role",
     "public"),
]


FRESH123_126_CONCEPTS = [
    # money taken, told in other ways (both missed on first sight)
    ("A man keeps knocking on Nan's door saying her gutters need doing, and twice I've seen her give the "
     "builder cash.", "safeguarding", True),
    ("Around 2,500 pounds has gone from his account since the summer and he can't say where.", "safeguarding",
     True),
    ("Her new friend told her not to tell anyone at the bank about the money.", "safeguarding", True),
    # look-alikes
    ("His records still say 'known to safeguarding - neglect' from years ago, and I want that corrected.",
     "safeguarding", False),
    ("He can't hear without his hearing aid, so the staff have to shout at him to be understood.",
     "safeguarding", False),
    ("She is clear about how she wants to spend her own money, and the appointee respects that.",
     "safeguarding", False),
    ("Our PA went six weeks without being paid because the payroll service lost her timesheets.",
     "safeguarding", False),
    ("The call handler I spoke to on Monday was, frankly, abusive to me.", "safeguarding", False),
    # who pays
    ("The bed was arranged by the hospital social work team and the home now says we owe them money.",
     "funding", "council_funded"),
    ("You arranged the carers for my father when he left hospital and they have been late every day.",
     "funding", "council_funded"),
    ("I pay for my own support worker out of money my aunt left me, and the agency keeps changing her.",
     "funding", "self_funded"),
    # advocacy in plain words
    ("Could I have an advocate maybe? Someone who is on my side.", "needs", ["advocacy"]),
    ("Caller asked if there is anyone who could help her do it, as she can't write.", "needs", ["advocacy"]),
]

FRESH127_130_CONCEPTS = [
    # scams told as good news, and days without care (both missed on first sight)
    ("My uncle keeps buying iTunes cards at the corner shop and reading the codes out to a man who rings him.",
     "safeguarding", True),
    ("Someone on the phone told Dad he had to pay a release fee before his compensation could be paid out.",
     "safeguarding", True),
    ("She was stuck on the bedroom floor from Saturday night with nobody to help her.", "safeguarding", True),
    ("He lay in bed from Thursday teatime till Saturday morning because the agency sent no one.", "safeguarding",
     True),
    # look-alikes
    ("The reminder you sent looked just like a scam, so Mum tore it up.", "safeguarding", False),
    ("Does the council offer scam blockers for older people's phones?", "safeguarding", False),
    ("What your inspector said to our staff in front of visitors amounts to bullying.", "safeguarding", False),
    ("The way you treat carers in this county is abusive.", "safeguarding", False),
    ("I read an article about a home in Kent where a carer took money from residents, and it made me think.",
     "safeguarding", False),
    ("The red mark on her heel has gone and the skin never broke.", "safeguarding", False),
    ("Her son had seen her trip over the cat and bang her arm on the table, which is where the bruise came from.",
     "safeguarding", False),
    # stage 2 in other words
    ("Please treat this as the next stage of my complaint, as your answer last Friday missed the point.",
     "stage2_request", True),
    ("Caller unhappy with the outcome letter and wants it looked at again by a team manager.", "stage2_request",
     True),
    ("I've had the response dated 2 October and would like a more senior manager to review it.",
     "stage2_request", True),
    # who writes, and for whom
    ("I am Halina Nowak, 81, and I want to complain about my carers coming late every morning.", "representative",
     False),
    ("Do you need the patient's consent before one of our GPs can raise a concern with you?", "representative",
     False),
    ("I want to thank your occupational therapist for the wheelchair assessment she did so quickly for one of "
     "our residents.\n\nJo Bell\nRegistered Manager, Oak Lodge Care Home", "sender_role", "professional"),
    ("I wish to complain about how your contracts officer spoke to my deputy on Tuesday.\n\nSam Reid\n"
     "Registered Manager, Brook House Care Home", "sender_role", "professional"),
    # who pays
    ("She lives in supported living in your area, which Westfield has funded since 2019.", "funding",
     "council_funded"),
    ("Most of the people on my round are council ones, and the rota gives us no travel time.", "funding",
     "council_funded"),
    # needs
    ("Sorry for my English, I wrote this with Google Translate.", "needs", []),
    ("Do you have the complaints form in the Romanian language?", "needs", ["interpreter"]),
    ("I need someone to help me, maybe an advocate.", "needs", ["advocacy"]),
    ("The first point of contact for providers should be the brokerage team.", "needs", []),
    # ages in call notes and asides
    ("Call note: Mr Albert Kaye 84, lives alone, carers twice a day, two missed this week.", "client_group",
     "older_people"),
    ("A gentleman of 77 was sent home from the ward with no carers in place.", "client_group", "older_people"),
    ("Her father Jim (91 now) still lives alone and the carers are always late.", "client_group", "older_people"),
]

FRESH131_134_CONCEPTS = [
    # missed medicine in a text with no apostrophes (missed on first sight)
    ("carer hasnt done Mums insulin 3 nights running", "safeguarding", True),
    # look-alikes
    ("To be honest I feel neglected by this, and by how the panel has handled it.", "safeguarding", False),
    ("We've all heard about homes where residents were held down and locked in their rooms, so I visit most days.",
     "safeguarding", False),
    ("The way carers are treated by this council is cruel.", "safeguarding", False),
    ("Your office has neglected every letter I have sent since June.", "safeguarding", False),
    ("Dad wanted to die in his own bed, and the end of life team made that happen.", "safeguarding", False),
    ("She was really shaken by the letter about the fees.", "safeguarding", False),
    ("Gran was never left without care, the family made sure of it.", "safeguarding", False),
    # ages and conditions in call notes, asides and copied cards
    ("Please log this for the team.\n\nThanks,\nJo\nTeam Manager\n\n--- card text ---\nDear all, Mum is 84 and "
     "the carers were wonderful with her.\nFrom all the family", "client_group", "older_people"),
    ("Maureen Doyle, was 79 when she moved into the home.", "client_group", "older_people"),
    ("He will be 70 in March and has had two falls since the summer.", "client_group", "older_people"),
    ("We are organising her 90th birthday at the home and the manager says we must pay for the room.",
     "client_group", "older_people"),
    ("Joanne is 45 and has MS, and her PA has not been paid for a month.", "client_group", "disability"),
    ("Ms Carol Hughes rang about her son's respite being cancelled again.", "client_group", "unknown"),
    ("She is 52 and has obsessive compulsive disorder, and the support worker keeps changing.", "client_group",
     "disability"),
    ("He is 33 and has used crutches since the accident, but the ramp still has not been fitted.", "client_group",
     "disability"),
    ("I am autistic (29) and I want to complain about my support plan.", "representative", False),
    ("Caller: Mrs Pat Smith (dtr) re Mr Len Smith 88, carers missed the lunch call twice.", "representative", True),
    # who pays, in a call note's shorthand
    ("Tel call re Mrs B, LA plac't at Oak House since 2021, family unhappy with the laundry.", "funding",
     "council_funded"),
    # needs
    ("I am an independent advocate with Voices Together, writing for Mr Khan, who agrees to this complaint.",
     "needs", []),
    ("please can somebody come round and help me say it properly", "needs", ["advocacy"]),
    ("Could you send it in bigger writing, my sight is poor.", "needs", ["accessible_format"]),
    ("It says in big letters on his file that he is not to be given pork.", "needs", []),
]

FRESH135_138_CONCEPTS = [
    # cheques to a new friend (missed on first sight)
    ("Going through her statements I found three cheques written to him since the spring, and she cannot say "
     "what they were for.", "safeguarding", True),
    # look-alikes: a carer's own strain, the system, medical advice
    ("I feel let down and abandoned by the system.", "safeguarding", False),
    ("He cannot get up the stairs without help, which is why we asked for a stairlift.", "safeguarding", False),
    ("He's itching to get back on the tractor, which he is not allowed to do yet.", "safeguarding", False),
    ("Chasing me for money I don't owe is bureaucratic abuse.", "safeguarding", False),
    # disability told by what happened
    ("I'm 42 and lost most of my sight to diabetes two years ago.", "client_group", "disability"),
    ("My husband is 55 and had his left leg amputated in the spring.", "client_group", "disability"),
    ("I am 36, in a chair since a climbing accident, and the lift has been broken for a month.", "client_group",
     "disability"),
    ("She's 29 and has had seizures since the brain haemorrhage.", "client_group", "disability"),
    # who pays
    ("Her calls were arranged through your department after the hospital stay.", "funding", "council_funded"),
    ("The carers come twice a day, arranged via his social worker.", "funding", "council_funded"),
    ("The social worker, Ms Kaur, arranged the placement in June.", "funding", "council_funded"),
]

FRESH139_142_CONCEPTS = [
    # look-alike: neglect of casework (a councillor's word for slow replies)
    ("The department's neglect of my correspondence since June is the real scandal here.", "safeguarding", False),
    # a thank-you for a crisis that is over: ordinary life resumed
    ("I wanted to thank the crisis team. Last spring my son stopped eating and would not leave his room. He is "
     "back at university now and cooking for himself again.", "safeguarding", False),
    # a debt team's threat is not the writer escalating
    ("I am unhappy with the letter: your debt team says they will take further action if she does not pay.",
     "stage2_request", False),
    # praise
    ("The night staff went far beyond what we ever expected of them. Please make sure they know.", "kind",
     "compliment"),
    # who pays
    ("His social worker, Mrs Osei, set them up after the hospital stay.", "funding", "council_funded"),
    ("The council social worker has booked it for next week.", "funding", "council_funded"),
    ("The ward's social work team arranged a fortnight at Elm Lodge when she left hospital.", "funding",
     "council_funded"),
    ("The council had agreed to pay for a package from the day he got home.", "funding", "council_funded"),
    ("Council ke through ammi ke carers aate hain.", "funding", "council_funded"),
    ("We are paying for her respite week privately.", "funding", "self_funded"),
    ("Mum has paid for her room at the Beeches herself since 2023.", "funding", "self_funded"),
    ("The fees come out of the money from selling his flat.", "funding", "self_funded"),
    ("His support is paid for from a trust fund his father set up.", "funding", "self_funded"),
    ("Mum was never council-funded.", "funding", "unknown"),
    ("I was told to go through the council's complaints procedure first.", "funding", "unknown"),
    # mental health needs, told by the law, the service or the symptom
    ("My son is 31 and hears voices when he is unwell.", "client_group", "disability"),
    ("Her husband is 47 and was detained under the Mental Health Act in May.", "client_group", "disability"),
    ("He is 52 and has Korsakoff's.", "client_group", "disability"),
    ("My sister, 40, lives in supported housing.", "client_group", "disability"),
    ("Main Nasreen Akhtar hoon, 52 saal, aur main wheelchair use karti hoon.", "client_group", "disability"),
    # ages
    ("Re: Mrs Joan Ellery, 88", "client_group", "older_people"),
    ("My aunt, Doris Wells, turned 92 last week.", "client_group", "older_people"),
    # whose care
    ("hi its about my nans bill from the home, its gone up again", "representative", True),
    ("On behalf of everyone on the stroke unit, thank you to the discharge team.", "representative", False),
    # who writes
    ("I am an IDVA with Northvale Women's Aid and I am writing about Ms K.", "professional", True),
    ("I work nights on the dementia unit at Elmhurst and I am worried about what I see.", "sender_role", "provider"),
    ("I work weekends as a support worker at Cedar House.", "sender_role", "provider"),
    # money that is not a care charge; a question about paying for care is about charges
    ("My husband Bill is 80, and he needs help with his tablets.", "care_charges", False),
    ("Will she have to pay towards her care once the six weeks are up?", "care_charges", True),
    # a carer who shares the language is no interpreter need
    ("His carer, who also speaks Polish, has left the agency.", "needs", []),
    # formality
    ("Phoned the agency Tuesday about the missed calls, the manager said she'd look into it. Heard nothing since.",
     "formality", "formal"),
    ("I emailed your team on 3 March and again on 20 March, and nothing has been done about the missed calls.",
     "formality", "formal"),
    ("I don't want to get the carers in trouble, I just thought somebody should know she was left waiting.",
     "formality", "informal"),
]

FRESH143_146_CONCEPTS = [
    # money used for someone else by the person trusted with it
    ("Her son is her appointee and he uses her pension to pay his own rent.", "safeguarding", True),
    ("His sister says he has had no money of his own since the summer.", "safeguarding", True),
    # harm the writer says was dealt with, in the same sentence; look-alikes
    ("The carer who took her rings was prosecuted and convicted, and Mum is perfectly safe now.", "safeguarding",
     False),
    ("The safeguarding enquiry took all summer and in September it found there had been no abuse.", "safeguarding",
     False),
    ("The review found her money had been spent on her care, and every penny was accounted for.", "safeguarding",
     False),
    ("In your letters I am still called the person alleged to have caused harm.", "safeguarding", False),
    ("Your phone system is abusive: an hour on hold and then cut off.", "safeguarding", False),
    ("Every time another of your letters drops through the letterbox I feel bullied.", "safeguarding", False),
    # needs
    ("Mum is deafblind and uses the manual alphabet on her palm.", "needs", []),
    ("He is deafblind and needs a hands-on signer at the meeting.", "needs", ["bsl"]),
    ("I want someone to help me say what happened.", "needs", ["advocacy"]),
    ("Is there somebody who could help, I think they are called an advocate?", "needs", ["advocacy"]),
    ("Letters in simple words please.", "needs", ["accessible_format"]),
    ("The advocate came twice with her easy-read cards to ask Sam what he wanted.", "needs", []),
    ("they never once rushed me please could letters be in big print", "needs", ["accessible_format"]),
    # disability
    ("I am 47 and partially sighted.", "client_group", "disability"),
    ("I am deafblind and 58.", "client_group", "disability"),
    # who pays
    ("I have a carer from the village who I pay myself.", "funding", "self_funded"),
    ("The re-enablement team came every morning for three weeks.", "funding", "council_funded"),
    ("She has home care provided by Brightwell Home Care.", "funding", "unknown"),
    # money that is not a care charge; a question about what the council charges
    ("The direct payments should be reinstated with the arrears.", "care_charges", False),
    ("Her electricity was cut off last week because the bill had not been paid.", "care_charges", False),
    ("Can you tell me how the council works out what Dad will have to pay?", "care_charges", True),
    # who writes
    ("I'm a carer with Brightstar Homecare and I am worried about one of my calls.", "sender_role", "provider"),
    ("im a home carer with Amberfield Care and the rota is impossible.", "sender_role", "provider"),
    ("The court appointed me as property and affairs deputy for my father last year.", "professional", False),
    # dates are not ages
    ("I emailed your payments team on 4 September, 18 September and 2 October.", "representative", False),
    # raised before and not put right
    ("I have already been in to see the manager about the missed calls and she says there is nothing she can do.",
     "formality", "formal"),
    ("I RANG YOUR FINANCE TEAM ON THE 3RD OF MARCH AND AGAIN ON THE 20TH. THEY TOLD ME IT WOULD BE PUT RIGHT. "
     "THE NEW BILL IS EXACTLY THE SAME.", "formality", "formal"),
]

FRESH147_150_CONCEPTS = [
    # control told in everyday words
    ("My husband handles my PIP and I have not seen a bank statement since last year. I would rather he didn't "
     "know I have written to you.", "safeguarding", True),
    ("My son has been drinking and he shouts. He doesn't like me talking to anyone and I am always on edge.",
     "safeguarding", True),
    ("He slammed the kitchen door and it caught my arm.", "safeguarding", True),
    # look-alikes
    ("We are being beaten into the ground by the paperwork.", "safeguarding", False),
    ("The money has not gone into her account for two months now.", "safeguarding", False),
    # praise
    ("I wanted it on record that the home deserves every good word.", "kind", "compliment"),
    # another council, and the council's plan
    ("She was placed at Elm Court by the London Borough of Harlow in 2020.", "funding", "council_funded"),
    ("His carers are paid for by Conwy County Borough Council.", "funding", "council_funded"),
    ("He was placed here by another council years ago.", "funding", "council_funded"),
    ("Kent funded 30 hours a week until he moved.", "funding", "council_funded"),
    ("He has a care plan the council put in place last year.", "funding", "council_funded"),
    ("The care is commissioned by your transitions team.", "funding", "council_funded"),
    ("Her home care is arranged through adult social care.", "funding", "council_funded"),
    ("His support is paid from his trust fund, not by the council.", "funding", "self_funded"),
]


FRESH151_154_CONCEPTS = [
    # past harm told as looked into and over
    ("Back in 2023 a resident pushed him over at the day centre, and the staff dealt with it really well. Now the "
     "taxi is late every day.", "safeguarding", False),
    ("There was a problem with bruising at her last home in 2022 but it was all looked into at the time and closed. "
     "My worry now is the laundry.", "safeguarding", False),
    ("A few years ago his wallet went missing at the old placement. The placement was changed and he is happy where "
     "he is. I am writing about his review date.", "safeguarding", False),
    # a resolution that is negated leaves the harm open
    ("A carer slapped her last month and it was never dealt with properly.", "safeguarding", True),
    # harm words aimed at the council, and a worker hurt on her way to work
    ("Your finance department are robbing my dad blind with these fees.", "safeguarding", False),
    ("Whoever set this charge is abusing their position.", "safeguarding", False),
    ("His PA was assaulted outside the station on her way to work, poor woman. I am writing about the invoice.",
     "safeguarding", False),
    # a relative or an attorney misusing his place is still read
    ("Her son has lasting power of attorney and I believe he is abusing his position.", "safeguarding", True),
    # a thank-you that says how much better things are
    ("Thank you to the team. Two years ago they had to hold him down most weeks; you can see the difference in him "
     "now.", "safeguarding", False),
    # thanks in the third person
    ("Please let the night responder know that the lady at number 12 is ever so grateful.", "kind", "compliment"),
    # charges in other words
    ("We never had a bill before and now there is an outstanding balance of £600 for her respite.", "care_charges",
     True),
    ("Nobody ever told us there would be a charge for her short break.", "care_charges", True),
    ("She is meant to pay £25 a week towards them but the letters say she owes more.", "care_charges", True),
    ("Can I claim my extra heating as a disability expense?", "care_charges", True),
    ("We pay £60 a fortnight towards it, which is fair, but the carers keep coming late.", "care_charges", False),
    # who pays, in other words
    ("My brother's contribution towards his placement was set at £40 a week.", "funding", "council_funded"),
    ("We pay the agency private for Dad.", "funding", "self_funded"),
    ("Should I pay the whole cost myself, or must the council pay a part?", "funding", "unknown"),
    # needs
    ("I do not know how to make a complaint the right way, can somebody help me?", "needs", ["advocacy"]),
    # negation written with a typographic apostrophe
    ("I don\u2019t want to make a formal complaint, I just want a different carer.", "formality", "informal"),
    # raised before and not put right, in other words
    ("I referred her to your hospital team on 3 March and again on 20 March. She is still waiting and nobody has "
     "rung.", "formality", "formal"),
    ("I raised this with the agency manager twice and was simply told it was right. It is still not sorted.",
     "formality", "formal"),
    # the writer's own age, in other words
    ("I am an autistic woman aged 38 and my support hours have been cut.", "representative", False),
    ("I am 84 years of age and I care for my son who is 52 and has a learning disability. His day centre has "
     "closed.", "client_group", "disability"),
]


FRESH155_158_CONCEPTS = [
    # medication that came back unopened
    ("The chemist says her dosette boxes came back from the house unopened for a fortnight.", "safeguarding", True),
    # harm words about something else
    ("The carer was kicked by a dog at the previous house and needed hospital treatment for a broken finger.",
     "safeguarding", False),
    ("I was starving by the time the tea call came - not literally, but you know what I mean.", "safeguarding",
     False),
    ("It feels like the council is starving us of the help we were promised.", "safeguarding", False),
    ("I am tired of being hounded by the finance department over a bill for a dead man.", "safeguarding", False),
    # a thank-you that tells the crisis as over
    ("I wanted to pass on some thanks to the reablement team. When we first met her she had stopped eating and "
     "hadn't washed in weeks; now she cooks her own meals and is out at the lunch club.", "safeguarding", False),
    # who pays, in other words
    ("We pay the carers ourselves, but I would like to know if she could get help.", "funding", "self_funded"),
    ("Could I spend some of my carers direct payment on a gym pass?", "funding", "council_funded"),
    ("You pay for his support, so you are responsible for what happens in that flat.", "funding", "council_funded"),
    # refusing the formal route, and a call note's caller who wants one
    ("I am not going through your formal complaints procedure again.", "formality", "informal"),
    ("rang office twice no call back caller wants formal complaint logged", "formality", "formal"),
    # ages
    ("My father died on 2 March aged 91 and the final invoice is wrong.", "client_group", "older_people"),
    ("Service user: Mrs Ann Kerr, DOB 03/04/1941, 18 Mill Lane. Daughter says the carers are late.",
     "client_group", "older_people"),
    ("My wife Eluned 80. She has no carers since Monday.", "client_group", "older_people"),
]


FRESH159_162_CONCEPTS = [
    # money taken, told by a solicitor or a bank
    ("Mrs Hale has no recollection of any of these withdrawals from her account.", "safeguarding", True),
    ("The agency worker was given his card and PIN for the shopping, and he has no idea where his money goes now.",
     "safeguarding", True),
    # look-alikes
    ("We are starved of any real news about when the assessment will happen.", "safeguarding", False),
    ("Moving her to another home now would be the thing most likely to harm her.", "safeguarding", False),
    ("Charging us for cancelled visits is an abuse of our good nature.", "safeguarding", False),
    # a review of the complaint by the council, after the provider's reply
    ("The home's reply says they do their best. I am not happy with it and I want the council to review this "
     "complaint.", "stage2_request", True),
    # asking only for a word with the provider
    ("I don't want to make problems for the carers, they are kind. Please just tell the agency to come at eight.",
     "formality", "informal"),
    # asking for someone to come and help
    ("I can't write well. Please send someone to help me tell you what happened.", "needs", ["advocacy"]),
]


FRESH163_166_CONCEPTS = [
    # warnings and figures of speech, not harm
    ("The delivery vans reverse onto the pavement; somebody should stop them before somebody gets hurt.",
     "safeguarding", False),
    ("Frankly it is an abuse of an elderly gentleman’s good nature to keep asking him to wait.", "safeguarding",
     False),
    ("The assessment falls far short of what the guidance expects.", "safeguarding", False),
    # past harm told as handled and over, by someone passing a complaint on
    ("In 2023 a carer dropped her during a transfer. The safeguarding team looked at it at the time and she was "
     "happy with how it was dealt with. She is not raising that again; this is about her review.", "safeguarding",
     False),
    # a recovery in a thank-you letter
    ("Thank you to the outreach team. Last winter my son was drinking all day and had stopped eating. He has been "
     "sober for five months and is back at work.", "safeguarding", False),
    # patterns that had never matched (the "a b|c" trap), read as meant and kept to what is a concern
    ("The night carer made her feel worthless and calls her a burden.", "safeguarding", True),
    ("Staff have not given him a wash or a shower since last Monday.", "safeguarding", True),
    # councillors and MPs writing for a resident; a resident who spoke to one
    ("I am writing on behalf of my constituent, Mr Dale Finch, whose care visits keep being missed.",
     "professional", True),
    ("Please look into Mrs Hay's care package.\n\nYours sincerely,\n\nAmira Patel MP", "professional", True),
    ("I rang Cllr Doyle about it and he told me to write to you. The carers keep coming late.", "professional",
     False),
    ("She has had no care since Friday. Can you help?\n\nKind regards,\nJo Pike\nVolunteer Adviser, Citizens Advice"
     " Eastfield", "professional", True),
    # a provider's answer to a complaint, and the writer not satisfied
    ("Below is the reply I had from the home to my complaint of 3 October. I am not satisfied with it.",
     "formality", "formal"),
    ("carers didnt come for dads tea again. hes ok, i sorted it. just want it logged pls", "formality", "informal"),
    ("The carers keep arriving late and I am fed up. I don't know whether this should be a formal complaint.",
     "formality", "unclear"),
    # other money in the words of who pays
    ("The minibus didn't come so I paid £30 for a cab out of my own pocket.", "funding", "unknown"),
    ("The council, which arranged his placement, sent a new social worker.", "funding", "council_funded"),
    # conditions and the writer's own carer
    ("I'm 44 and have ataxia. The carers keep cancelling on me.", "client_group", "disability"),
    ("I am 30 and use a wheelchair; my dad is 68 and he is my carer. The agency keeps missing my calls.",
     "client_group", "disability"),
    ("I'm 33, my mum is 69 and she's my main carer, and my respite keeps being cancelled.", "representative",
     False),
    ("He lives in a home for younger adults with brain injuries and the staff keep changing.", "client_group",
     "disability"),
    # help to write
    ("Please can someone help me, I'm not good at writing letters and I get confused.", "needs", ["advocacy"]),
]

FRESH167_170_CONCEPTS = [
    # figures of speech about the council
    ("On my first day back I was thrown to the wolves with no handover.", "safeguarding", False),
    # raised before, in other words
    ("I reported this last month and nothing has happened since.", "formality", "formal"),
    ("We asked her social worker for a review in August and have chased by phone twice.", "formality", "formal"),
    ("I was talking to the agency manager last week. She said it would change. Nothing has changed.",
     "formality", "formal"),
    ("I told the deputy manager and she laughed it off. The carers still shout at him.", "formality", "formal"),
    # a thank-you's wish is not an informal complaint
    ("The two carers this weekend were absolute angels. I just wanted somebody to know and tell their manager.",
     "kind", "compliment"),
    # money that is not who pays, or not a charge
    ("This form was received via the council website on 3 November.", "funding", "unknown"),
    ("She pays her contribution to the council each month, no problem with that at all.", "care_charges", False),
    # an address is not a job; a parish clerk's is
    ("Please can someone look at my mother's care.\n\nRegards,\nAnn Tull\nThe Old School House, Bramley",
     "professional", False),
    ("The bus to the day centre has stopped.\n\nYours faithfully,\nJ. Dunn\nClerk, Bramley Parish Council",
     "professional", True),
    # help to complain
    ("I'm not very good at writing things down, can someone help me put this in properly?", "needs",
     ["advocacy"]),
    ("I don't know how to go about any of this and I would like somebody to help me.", "needs", ["advocacy"]),
    ("He is about 30 and has learning difficultys. The carers have stopped coming.", "client_group",
     "disability"),
]

FRESH171_174_CONCEPTS = [
    # words of harm about something else
    ("We are being strangled by paperwork, a new form every month.", "safeguarding", False),
    ("It felt like I'd been dragged into that meeting to be told off.", "safeguarding", False),
    ("The carers didn't come after Mum died, of course; I rang to cancel them.", "safeguarding", False),
    # harm to the provider's own staff by the person or family
    ("Her son shouted at one of our carers and shoved him against the van. He was shaken and is off work.",
     "safeguarding", False),
    # a referral closed
    ("We made a safeguarding referral as a precaution and it was closed last week with no further action.",
     "safeguarding", False),
    # provider staff in their own words
    ("I am owner of a small care agency and we look after Mr D, who is 52.", "professional", True),
    ("I work as the activities coordinator at Fernlea House and I want to raise something.", "professional", True),
    ("Thanks for the help with the review.\n\nKind regards,\nJo\nAdministrator, Elmfield Residential",
     "professional", True),
    # a language someone uses with him; staff with little English
    ("His carer chats to him in Bengali and he loves it.", "needs", []),
    ("Some of the agency staff have very little English and the residents can't make themselves understood.",
     "needs", []),
]

FRESH175_178_CONCEPTS = [
    # words of harm in their everyday sense
    ("The closure of the lunch club has hit him really hard; he just sits at home now.", "safeguarding", False),
    ("I ring at eight and all gone, every day the same, no appointment.", "safeguarding", False),
    ("The new card system went wrong and £64 a week was taken twice from his account in November.",
     "safeguarding", False),
    ("She went to a talk about scams at the library and was really glad she did.", "safeguarding", False),
    # harm to a child at school is not adult safeguarding
    ("Also my grandson, who is 10, was kicked in the playground at school by another boy.", "safeguarding", False),
    # a thank-you for a crisis that is over
    ("Thank you so much. Last month we found Mum on the bathroom floor and she hadn't eaten for a day. Your "
     "reablement team stepped in and she is now safe and settled at home. We are so grateful.", "safeguarding", False),
    # abuse at home told with a question: an enquiry, and safeguarding
    ("I can only write when he's at work. My partner takes my pension and shouts at me if I go out. Is it possible "
     "for my carers to come after nine instead? Please don't phone the house.", "kind", "enquiry"),
    ("I can only write when he's at work. My partner takes my pension and shouts at me if I go out. Is it possible "
     "for my carers to come after nine instead? Please don't phone the house.", "safeguarding", True),
    # raised before and not resolved
    ("This is the fourth time I've phoned about the wrong invoice and still nothing.", "formality", "formal"),
    ("I've also emailed twice since then about the missed calls and heard nothing.", "formality", "formal"),
    ("The carers keep missing teatime. I rang them last Tuesday and asked them to send someone; the woman said "
     "there was nothing they could do.", "formality", "formal"),
    # (a call to the council's number never called back: unclear, as the older sets label it, 10 to 1)
    ("The carers have not come for three days. I phoned your duty number and told the lady everything. Nobody rang "
     "me back.", "formality", "unclear"),
    ("The carers are late every day. I don't want to go down the official route, I'd just like the agency told.",
     "formality", "informal"),
    # the council arranged it, in everyday words
    ("His social worker put the alarm in as part of his care package last year and it keeps going off.",
     "funding", "council_funded"),
    ("Her council care package covers four calls a day but they are always late.", "funding", "council_funded"),
    ("Your team arranged the placement at Oak Lodge in March and I am not happy with it.", "funding",
     "council_funded"),
    ("Mum's home care was arranged through your hospital discharge team and it has been chaos.", "funding",
     "council_funded"),
    # money that is not a care charge
    ("The council tax for Dad's old flat is still being billed to him although he's been in the home since May.",
     "care_charges", False),
    ("My neighbour has been doing his shopping while the carers didn't come, and I owe her £80 now.",
     "care_charges", False),
    ("The carer broke her lamp and I want it replaced or the cost of £45 refunded.", "care_charges", False),
    # a personal assistant employed by the person writes in a work role
    ("I work as a personal assistant for a man with MS, who employs me through his direct payments.",
     "professional", True),
    # a numbered list is nobody's age
    ("(1) Can someone complain for a friend?\n(2) How long does it usually take?", "representative", False),
]

FRESH179_182_CONCEPTS = [
    # a care worker's own harm at work is not an adult at risk's
    ("I work as a carer for Brightway. My manager shouts at me in the office and calls me useless in front of "
     "the others.", "safeguarding", False),
    ("I am a care assistant with an agency and I am being bullied at work by the coordinator.", "safeguarding", False),
    ("The way this agency treats its staff is abusive, honestly, and nobody listens.", "safeguarding", False),
    # ... but a worker whose passport is held, and whistleblowing about residents, still count
    ("I am a care worker. The company took my passport when I arrived and still has it.", "safeguarding", True),
    ("I am a senior carer at Elm Lodge. Night staff are leaving residents in wet pads until ten in the morning.",
     "safeguarding", True),
    # exploitation in other words (the key worker's own earlier email, quoted)
    ("A man has moved into his flat. He takes him to wash cars every day and he gets no wages, and the man's friend "
     "has his bedroom now.", "safeguarding", True),
    # everyday words
    ("She has lost a lot of weight, which the hospice nurse says is expected now.", "safeguarding", False),
    ("We've been starved of any information since the assessment in June.", "safeguarding", False),
    ("He is not going without food, his neighbour brings a meal every day.", "safeguarding", False),
    # sex and secrets in another sense
    ("She went to the sexual health clinic and the staff told her mother, which was a breach of her privacy.",
     "safeguarding", False),
    ("What is your policy on assessing capacity to consent to sexual relations?", "safeguarding", False),
    ("I asked the carer not to tell anyone about my appointment and she told the whole office.", "safeguarding",
     False),
    # care workers in their own words
    ("I've been a carer with Brightwell Homecare for nine years and the mileage rate is a joke.", "professional",
     True),
    ("I am work for HomeFirst Care Services as carer since 2023 and they pay 15p a mile.", "professional", True),
]

FRESH183_186_CONCEPTS = [
    # money going to a carer, read from a banking app
    ("Mum's banking app shows a new payee added on 1 November, her carer, and four payments since. She can't "
     "remember giving anyone money and keeps asking why she is so short this month.", "safeguarding", True),
    # the writer's own temper, fear of a loss, laundry, paperwork (the council as appointee is in
    # RULES_CLEAR_MODEL_MAY_ASK since session 47)
    ("I admit I shouted at him on the phone and I am not proud of it.", "safeguarding", False),
    ("Before anyone asks, nobody is taking her money; the bill is simply wrong.", "safeguarding", False),
    ("His shirts came back still damp from the laundry and the wrong ones.", "safeguarding", False),
    ("This is neglect of the most basic duty a council has, which is to keep the forms people send.",
     "safeguarding", False),
    # a rent debt owed is not a care charge
    ("He now owes £2,100 in rent arrears and the landlord has started proceedings.", "care_charges", False),
]

FRESH187_190_CONCEPTS = [
    # harm to a child named with an age under 18 is for children's services; harm to the adult beside it is still read
    ("My grandson Leo, who is 11, stays with us at weekends. Leo came home with a cut lip and a bruised eye after a "
     "fight in the park.", "safeguarding", False),
    ("Our youngest, Maisie (7), was pushed over by her big brother and has a bump on her head.", "safeguarding", False),
    ("Her grandson Ryan (15) lives with her. Ryan has been taking her bank card and she has no money left for food.",
     "safeguarding", True),
    ("My nephew Tom (12) told me the carer slapped Nan across the face when she spilt her tea.", "safeguarding", True),
    # a job held down, a care worker attacked by a client elsewhere, a decision felt as punishment, a process felt
    # as an indignity, the council's delay called neglect
    ("They said that anyone who can hold down a part-time job does not need support.", "safeguarding", False),
    ("Our regular carer said she had been punched by a client on her previous visit, so the agency is short of staff.",
     "safeguarding", False),
    ("It feels as if my son is being punished for asking for help.", "safeguarding", False),
    ("Being questioned about whether I can manage my own money at 58 was frankly degrading.", "safeguarding", False),
    ("Social services have completely abandoned him; eight months on a waiting list for a simple review.",
     "safeguarding", False),
    ("The carer grabs her wrists and holds her down to change her.", "safeguarding", True),
    # funding: a takeover still to come means the person pays now; the council named as funder in a clause
    ("We pay for her room ourselves until the council can take over the fees next year.", "funding", "self_funded"),
    ("I complain about the council, which funds my brother's supported living.", "funding", "council_funded"),
    ("Adult social care have arranged two calls a day and a key safe.", "funding", "council_funded"),
    # care charges: the writer's own debts, a person as a cost, the council's rates to a provider, a charge not disputed
    ("I have debts like anyone else, but that does not mean I can't decide where to live.", "care_charges", False),
    ("He keeps telling her how much she costs him.", "care_charges", False),
    ("As a provider we were refused the fee uplift again this year.", "care_charges", False),
    ("We pay Dad's contribution each month without fail and have no quarrel about that at all.", "care_charges", False),
    # a forwarded invoice under the writer's own stage 2 request
    ("I am not satisfied with your stage 1 response and want it escalated to stage 2.\n\n"
     "---------- Forwarded message ---------\nFrom: Accounts <accounts@home.example>\nSubject: Invoice\n\n"
     "Please find attached our final invoice for the notice period.", "stage2_request", True),
    # a family asking about council-funded residents is not the provider
    ("Will any council-funded resident have to move when the home is sold?", "sender_role", "public"),
    # thanks: someone who was on the writer's side, not one the writer wants
    ("I need someone who is on my side at the review. How do I find an advocate?", "kind", "enquiry"),
    ("i am not complaning, i just want to no how to get a carers assessment.", "kind", "enquiry"),
]

FRESH191_194_CONCEPTS = [
    # the writer as the one accused, disputing it
    ("Someone at the day centre reported that I was stealing from my own brother. It is a lie.", "safeguarding", False),
    ("My neighbour said I had hit Mum, which is absurd, and now there is a social worker at the door.",
     "safeguarding", False),
    ("He told staff I took his wallet, but he had left it in his coat.", "safeguarding", False),
    # what a record says, which the writer wants put right; an enquiry that is over
    ("The support plan still lists daughter suspected of financial abuse - monitor, two years after it was closed.",
     "safeguarding", False),
    ("Please remove the reference to neglect from my father's file; the enquiry found nothing.", "safeguarding", False),
    ("Mum was upset by how the assessment was written up.", "safeguarding", False),
    ("The outcome of the safeguarding enquiry arrived last week and I have questions about the wording.",
     "safeguarding", False),
    ("The home was closed to admissions after your safeguarding team found residents had been neglected, and Dad "
     "moved in August.", "safeguarding", False),
    ("Your department treats me like a criminal for asking about my own care.", "safeguarding", False),
    ("There was one isolated incident in the spring when he pushed another resident; it was looked into and closed, "
     "and there has been no further incident since.", "safeguarding", False),
    ("Nobodys been hurt but the staff group chat is full of jokes about residents.", "safeguarding", False),
    # harm the writer tells of someone else is still read
    ("They said I was making a fuss, but the carer has been taking money from Dad's purse every week.",
     "safeguarding", True),
    # a subject access request inside a complaint; a stage 2 request with one
    ("I am not satisfied with your stage 1 response and ask for stage 2. Please also treat this as a subject access "
     "request for my mother's file.", "stage2_request", True),
    ("This is a formal complaint: my subject access request is three months late and I will go to the Ombudsman.",
     "ombudsman", True),
    # raised before and not put right
    ("I reported the missed calls to the agency office twice in October and nothing has changed.", "formality",
     "formal"),
    ("I'm getting nowhere with the meals provider, so I'm writing to you.", "formality", "formal"),
    ("He doesn't want his carer to get in trouble, he just wants her to arrive on time.", "formality", "unclear"),
    # funding and needs
    ("My aunt funds her own room at Rose House from her savings; the home also takes council-funded residents.",
     "funding", "self_funded"),
    ("Dad's carers come three times a day and we pay for it ourself.", "funding", "self_funded"),
    ("Could someone help me with this please, I'm not very good at complaining.", "needs", ["advocacy"]),
    ("The call was recorded and I asked the manager to listen to it.", "needs", []),
]

FRESH195_198_CONCEPTS = [
    # words of harm in other senses: taken seriously, evicted, a billing error, a fraud check, a budget starved,
    # fear of losing a house to care charges
    ("The bank's fraud alert blocked the direct payment card again.", "safeguarding", False),
    ("You are starving this budget and the family is picking up the slack.", "safeguarding", False),
    ("Mum keeps asking me whether they will take her bungalow to pay for the home.", "safeguarding", False),
    # a thing lost and found where it was put for safe keeping
    ("I said my purse had gone. My son came round and it was in the bread bin where I put it to keep it safe.",
     "safeguarding", False),
    # a past episode told with a person's age today, over and dealt with, in a thank-you
    ("Thank you all. Two years ago my father (now 88) was being pushed around by a carer; the carer was dismissed "
     "and it was all dealt with and closed.", "safeguarding", False),
    # a relative spoken to badly by staff, and how they felt; harm to the person written for is still read
    ("I'm writing about my brother's care. When I rang, the office manager shouted at me and hung up. I felt "
     "bullied.", "safeguarding", False),
    ("I'm writing about my brother's care. The carer shouted at me and then pushed him back into his chair.",
     "safeguarding", True),
    ("My husband has dementia and he hits me when I try to wash him.", "safeguarding", True),
    # needs
    ("Please write back to me in large letters, my eyes are going.", "needs", ["accessible_format"]),
]

FRESH199_202_CONCEPTS = [
    # a relative's own feelings and injuries: "I felt bullied", staff named in the sentence before ("She screamed at
    # me"), "I'm fine, it's a bruise"; the person's own harm after "I'm fine" is still read
    ("I am writing about how the ward team treated our family over my aunt's move. I felt intimidated and rushed "
     "into a decision about where my aunt should live.", "safeguarding", False),
    ("I'm writing about my father's care home. The deputy manager lost patience with me in the hallway. She yelled "
     "at me in front of visitors.", "safeguarding", False),
    ("My mother has dementia and I help her most evenings. She was agitated last night while I changed her top. I'm "
     "fine, it's only a small bruise.", "safeguarding", False),
    ("My mother has dementia. I'm fine, but the carer left a bruise on her arm.", "safeguarding", True),
    # harm told of a childhood, dealt with long ago; harm told now still counts
    ("Some history: when she was 14 she was attacked by an older girl at school. The police dealt with it at the "
     "time.", "safeguarding", False),
    ("He was 16 when he left care. Last week his support worker hit him.", "safeguarding", True),
    # past harm dealt with by the courts or fully investigated, in a thank-you
    ("Thank you to the whole team. What my grandmother's lodger did went through the police and the courts, and he "
     "was given a restraining order.", "safeguarding", False),
    ("Thanks to everyone at the day centre. There was a problem with a driver last spring, which was reported and "
     "fully investigated by the safeguarding team.", "safeguarding", False),
    # words of harm about the council's treatment of people
    ("Honestly, the way this authority treats disabled adults is cruel.", "safeguarding", False),
    # formality: not wanting a formal complaint in other words; not told anyone yet; told by someone
    ("The carers are late every single morning. I don't want to go in heavy-handed and make an official complaint, I "
     "just want the times sorted.", "formality", "informal"),
    # money that is not a care charge, and other people's funding
    ("Can the council help with a deputyship application, and how much would the solicitor charge?", "care_charges",
     False),
    ("The council pays for my support out of my personal budget and I am still not getting the hours.",
     "care_charges", False),
    ("My mother pays for her own care home fees. The council funds some residents there as well.", "funding",
     "self_funded"),
    # needs: a screen reader by name and plain text; help to go through a complaint
    ("I am blind and use NVDA, so please send your reply in plain text.", "needs", ["accessible_format"]),
    ("My neighbour wants to complain about her care agency. Is there anybody who could help her go through the "
     "process?", "needs", ["advocacy"]),
]

FRESH203_206_CONCEPTS = [
    # recall: friends barred by a relative; a slur about someone's sexuality; shut in a room with the door held; days
    # without medicines, in a second language
    ("My sister has decided that Dad's old friends are not to visit him at the home any more.", "safeguarding", True),
    ("Her nephew told the carers to drop all the lesbian nonsense and took down the photos of her late wife.",
     "safeguarding", True),
    ("Twice a support worker shut my son in the sensory room alone and held the door closed.", "safeguarding", True),
    ("Since Saturday I have no lithium, four days now, nobody noticed.", "safeguarding", True),
    # not: a fall explained (up without her frame), a worker mugged on her way to a call, past harm that went through
    # safeguarding and was sorted, the complaints process called abusive, a relative's own bruises from staff
    ("Thank you to the night carer. Dad got up in the night without his walker and fell, and she stayed with him "
     "until the ambulance came.", "safeguarding", False),
    ("One of our carers was attacked on her way to a call on Friday; a man pushed her over and took her phone.",
     "safeguarding", False),
    ("Thank you to the new agency. Her previous carers left her without her tablets two years ago; that went through "
     "the safeguarding team and was sorted out properly.", "safeguarding", False),
    ("Your appeal process is cruel to the families who go through it.", "safeguarding", False),
    ("My father's care is fine. At the review meeting the manager pushed me out of the room by my arm. I have a "
     "bruise on my arm.", "safeguarding", False),
    # kind and formality: the council's words quoted back are not the writer's
    ("My neighbour's care has stopped. You wrote to me that this was 'not a complaint matter'. It is, and nobody "
     "has replied to my two letters since.", "kind", "complaint"),
    # advocacy asked for in a fragment
    ("I can't write this down properly on my own. An advocate or anybody.", "needs", ["advocacy"]),
]

FRESH207_210_CONCEPTS = [
    # not: money worries put down to an admin error; a child grabbed, named by age alone; a slip on the ice; a fall
    # after getting up without a walker; thanks for help that "made a big difference"; past harm that the next
    # sentence says was looked into; a dog's bite; "not drunk"
    ("I don't think anyone stole from Dad on purpose, they took his cash for trips he never went on, it's just "
     "careless bookkeeping.", "safeguarding", False),
    ("At the home a resident pushed my 7-year-old over in the lounge and she cut her knee.", "safeguarding", False),
    ("His personal assistant slipped on the ice outside his flat and hurt her back.", "safeguarding", False),
    ("Dad got up without his rollator and tripped over the rug; the carer was there and he's fine.", "safeguarding",
     False),
    ("Thank you. The carers spotted that she had stopped eating and set up a food diary, which made a real "
     "difference.", "safeguarding", False),
    ("Mum was found on the floor at the home in February. That was investigated at the time and looked into "
     "properly. My complaint today is about the laundry.", "safeguarding", False),
    ("My neighbour's dog got loose on the landing and bit my ankle.", "safeguarding", False),
    ("Staff said he was drunk but he was not drunk, he'd had one glass of wine.", "safeguarding", False),
    # a response's standard signpost to the Ombudsman, forwarded, is not the writer's
    ("Their reply is below and I'm not happy with it.\n\nDear Mrs Khan, our charges are correct. If you remain "
     "dissatisfied you can contact the Ombudsman.", "ombudsman", False),
    ("If nothing changes I will go to the Ombudsman.", "ombudsman", True),
    # a few words of thanks
    ("Thank you. Nurse Ann very kind. Now I walk.", "kind", "compliment"),
]

FRESH211_214_CONCEPTS = [
    # a relative's own harm, whoever did it: shouted at, shoved in a queue, a fall of their own
    ("I'm writing about my aunt's care. When I went to the office to ask about it, the receptionist screamed at me "
     "and told me to get out.", "safeguarding", False),
    ("I came in to ask about my father's package. A man waiting behind me pushed me and I fell and hurt my hand.",
     "safeguarding", False),
    # words of harm in other senses: money that falls, a habit, a noun, the council's treatment of the public, its
    # front door, the family's treatment, hoarding as a diagnosis (a class of cases is in RULES_CLEAR_MODEL_MAY_ASK
    # since session 47)
    ("They do the jobs on the list, but the chat was the bit Dad enjoyed most.", "safeguarding", False),
    ("It is cruel to treat carers like this on the phone.", "safeguarding", False),
    ("The way my family has been treated by your office has been neglectful.", "safeguarding", False),
]

FRESH215_218_CONCEPTS = [
    # a threat that keeps harm secret; a card held by someone else "has got"; faith mocked and food passed off as
    # halal; an attorney's takeover of the money with the fees left unpaid
    ("He says if I tell my support worker about the money he won't come round any more.", "safeguarding", True),
    ("She has got my debit card and does all my shopping but I never get any of it.", "safeguarding", True),
    ("The carer calls his turban a tea cosy, and she gave him a pork pie and told him it was halal.", "safeguarding",
     True),
    ("A night carer took a picture of her on the commode and showed it round the staff room.", "safeguarding", True),
    ("My stepmother holds Dad's LPA and has taken over everything, and the home now says nothing has been paid since "
     "the summer.", "safeguarding", True),
    # words of harm that are not: a carer's fears for later, a death at the end of life, figures of speech, a bill
    # after a death, a rule's reason, privacy, past harm sorted out in a thank-you
    ("I'm terrified she'll trip on the stairs once she is home, and I'm scared I might drop her if I try to lift her.",
     "safeguarding", False),
    ("I came out of that review meeting feeling like I'd been hit by a bus.", "safeguarding", False),
    ("I feel as if I've been locked out of my own mother's life since she moved in there.", "safeguarding", False),
    ("The home doesn't let staff accept gifts from residents, to avoid any risk of financial abuse, which is fair "
     "enough.", "safeguarding", False),
    ("The carers leave the door open while she is on the commode, which is no way to treat anyone's privacy.",
     "safeguarding", False),
    ("Before I moved, my stepdad took my benefits and shouted at me. The police sorted it out and I am safe now. "
     "Thank you to my social worker, she is brilliant.", "safeguarding", False),
    # needs: a go-between, one of your advocates; another language that is not the person's need
    ("Please could someone come and act as a go-between, as I get flustered with officials.", "needs", ["advocacy"]),
    ("One of your advocates would be a great help to me with the meetings.", "needs", ["advocacy"]),
    ("The carers chat to each other in their own language all through the visit and ignore him.", "needs", []),
    ("Staff learnt a song to sing to him in Welsh on St David's Day.", "needs", []),
    # stage 2 "considered again at the next stage"; "bother" as a verb is no wish for an informal route
    ("I don't accept your reply and would like my complaint considered again at the next stage.", "stage2_request",
     True),
    ("The carers never came on Saturday. Her husband didn't want to bother the doctor, so she sat in her chair all "
     "night.", "formality", "unclear"),
    # money: a gas top-up is not a care charge; paying for most of it oneself; a package the community team arranged
    ("The officers left her some shopping and a gas top-up.", "care_charges", False),
    ("I pay for most of my support myself out of my late father's savings.", "funding", "self_funded"),
    ("Her package was commissioned by the locality team in March, and the carers keep coming late.", "funding",
     "council_funded"),
    # people: a friend of a named man, someone named with a condition, ages in brackets, a sight loss of later life
    ("I'm an old friend of Mr Peters and I'm worried about the state of his flat.", "representative", True),
    ("Kevin has a learning disability and his day centre has shut without warning.", "representative", True),
    ("Mr and Mrs Dale (81 and 79) have been waiting months for a review of their care.", "client_group",
     "older_people"),
]

FRESH219_222_CONCEPTS = [
    # words of harm that are not: idioms, the writer's own record, a son's abuse of the provider's staff, a pressure
    # area spotted early, the person laughing at a carer's accent, a family cancelling visits, a mistake sorted out,
    # "seven days a week" that is not work
    ("The new charge struck me as nothing short of theft.", "safeguarding", False),
    ("It's like banging my head against a brick wall trying to get an answer from your team.", "safeguarding", False),
    ("Will it be written in my notes that I'm neglecting myself because I said no to the carers?", "safeguarding",
     False),
    ("Her grandson has sworn at us on the doorstep twice this month and threatened one of our senior carers.",
     "safeguarding", False),
    ("Please thank Dina for the prompt reporting of a pressure sore on his heel; it healed within a week.",
     "safeguarding", False),
    ("The pharmacy sent the wrong tablets for a month until it was sorted out by the practice nurse.",
     "safeguarding", False),
    # kind: a thank-you that tells how things went wrong first
    ("Thank you. In the summer I was told I didn't qualify for help, but in October your officer came and sorted "
     "everything. It has saved my sanity, and please let her manager know how much it has meant.", "kind",
     "compliment"),
    # needs: entitled to someone to help; an advocate offered; help to say it properly; a request after "cant"
    ("My support worker says we can get someone to help me with this.", "needs", ["advocacy"]),
    ("I would ask that she is offered an advocate before the review.", "needs", ["advocacy"]),
    ("Could someone help me to make sure I put it clearly?", "needs", ["advocacy"]),
    ("i cant write well my son is typing can someone help me make the complaint", "needs", ["advocacy"]),
    ("The night carer speaks Urdu with him, which settles him.", "needs", []),
    # formality: someone asking or telling the writer is not the writer raising it before
    ("The carers keep missing his lunch call. He asked me twice not to make a fuss with the agency.", "formality",
     "unclear"),
    # funding: self-funders; every penny himself beside a council team named
    ("We are self-funders and the home has put the fees up again.", "funding", "self_funded"),
    ("Mum isn't council funded, she pays every penny herself, but it was your brokerage team that found this "
     "agency and their charges are outrageous.", "funding", "self_funded"),
    # people: an agency HCA writing; one of the carers who visit; fibromyalgia at 42
    ("I'm an agency HCA and I was sent to Ashdown House last week, and the residents were left wet all night.",
     "professional", True),
    ("im one of the carers who goes to mrs k and her medication has not been touched since sunday", "sender_role",
     "provider"),
    ("I have fibro and I am 42 and the assessor said I am not eligible for any help.", "client_group", "disability"),
]

FRESH223_226_CONCEPTS = [
    # money that does not add up beside someone else with the card; an appointee's new car while the person goes
    # without; carers buying themselves things on a client's card; a weak sign in the same run-on sentence as a
    # denial
    ("The receipts she brings back never match the shopping, and money comes out of the cash machine on the days she "
     "shops.", "safeguarding", True),
    ("My daughter is my appointee. She says there is no money for my club, but she has a new car, and I want to know "
     "where my money goes.", "safeguarding", True),
    ("The office says it's fine for carers to buy themselves lunch with the residents' cards when they shop.",
     "safeguarding", True),
    ("she never asks him for money but the receipts dont match the shopping and the carer asked him for his pin",
     "safeguarding", True),
    # words of harm that are not: harm to a thing, the writer's indignity in a process, savings running out, a
    # council deputyship, a question of what is allowed, how money is kept, a rule against theft or one that
    # "punishes families", a strapped wrist, a rule's purpose
    ("The engineer nearly assaulted the paintwork with his ladder.", "safeguarding", False),
    ("I feel humiliated, if I'm honest, having to repeat my whole story to a new person every time.", "safeguarding",
     False),
    ("At these fees her money will be gone by the spring.", "safeguarding", False),
    ("Is it acceptable to take his share of the bills from his account each month?", "safeguarding", False),
    ("I'd like to understand how the home looks after residents' money.", "safeguarding", False),
    ("They keep valuables in the office safe to protect residents from theft, which seems sensible.",
     "safeguarding", False),
    ("The new visiting times just punish families who work.", "safeguarding", False),
    ("The door code is there to stop residents wandering onto the main road at night and getting hurt.",
     "safeguarding", False),
    # kind: "just a q" and "just checking" ask; praise put on record
    ("just a q, the home says visitors must sign in after 6, seems fair enough to me, just checking its normal",
     "kind", "enquiry"),
    # funding: the council never paid beside a council invoice; interim funding; a complaint's route
    ("The council has never contributed to her place, but she has now had an invoice from the council for a hoist.",
     "funding", "self_funded"),
    ("The social worker said the council will pay until the financial assessment is finished.", "funding",
     "council_funded"),
    ("The agency said complaints about their carers go through the council, so here I am.", "funding", "unknown"),
]

FRESH227_230_CONCEPTS = [
    # a long lie until the next call; carers supplying drink against the plan, with a fall
    ("He slipped in the kitchen on Sunday and lay there until the lunchtime carer came.", "safeguarding", True),
    ("The carers keep bringing him vodka although his care plan says not to, and last week he fell down the stairs.",
     "safeguarding", True),
    # words of harm that are not: a parent's fear for the future, a carer afraid of dropping someone, pushing a
    # wheelchair, a home taking people in, taken ill, a rule's reason, harm prevented, harm denied, a debt team, care
    # started after a fall, self-injury a rule prevents, a figure of speech
    ("The new carer was scared she would drop me in the shower, and so was I.", "safeguarding", False),
    ("Staff have to push him in the wheelchair to the dining room now.", "safeguarding", False),
    ("I keep the card in my purse in case I'm taken ill.", "safeguarding", False),
    ("She might have come to serious harm that night if the team had not acted so quickly.", "safeguarding", False),
    ("There is no suggestion that she has gone without meals; the issue is the time of the calls.", "safeguarding",
     False),
    ("Your debt recovery team are hounding my 90-year-old father over an invoice he has paid.", "safeguarding", False),
    ("The carers were arranged after her fall last year and they are lovely.", "safeguarding", False),
    ("After that meeting I felt as though I'd been beaten up.", "safeguarding", False),
    # people: the disabled adult beside an older parent
    ("I am writing about my son Daniel, who is 41 and has Down's syndrome; his father, who is 80, can no longer manage "
     "his care.", "client_group", "disability"),
    # needs: a recording, something to listen to, bigger writing; help setting a case out; "at one point" is no font
    ("Please send your reply on a CD so I can listen to it.", "needs", ["accessible_format"]),
    ("Could you make the writing bigger when you reply, my eyes are bad.", "needs", ["accessible_format"]),
    ("Is there somebody who could help me put my case properly?", "needs", ["advocacy"]),
    ("At one point the manager said we were being difficult.", "needs", []),
    # stage 2: the council asked to review a provider's complaint response
    ("I complained to the agency and I'm not happy with their reply, so I'd like the council to review their "
     "response.", "stage2_request", True),
]

FRESH231_234_CONCEPTS = [
    # a pension collected by someone else, not seen, and anger at asking, in a list of questions that ends in thanks;
    # locked in a room from outside; a conditional threat to send someone away
    ("Some questions: can my carers take me shopping? Also my nephew collects my pension and I never see much of it, "
     "and he gets angry if I ask for any. Thank you for your help.", "safeguarding", True),
    ("Staff were told to lock his bedroom door from the outside when he gets upset.", "safeguarding", True),
    ("The carer told him that if he doesn't do as he's told they'll put you in a home and you'll never see your "
     "family again.", "safeguarding", True),
    # words of harm that are not: waiting for a door, a fright, an accident nobody caused, bullying well behind her, a
    # practice's referral route, the writer's own feelings
    ("The driver didn't wait for the door to open before he drove off.", "safeguarding", False),
    ("Mum fell in the garden and broke her wrist; it was nobody's fault.", "safeguarding", False),
    ("She was bullied at her last placement, but that is well behind her now.", "safeguarding", False),
    ("Our safeguarding concerns already go via your team, so this is just about complaints.", "safeguarding", False),
    ("I'm writing about my mum's care. I have never felt so belittled and bullied as at her review meeting.",
     "safeguarding", False),
    # needs: help with the complaining; an advocate offered in the past is no request
    ("I'd like someone to help me with the complaining, as I get in a muddle.", "needs", ["advocacy"]),
    ("The letter does not explain why he was only offered an advocate after the decision was made.", "needs", []),
    # stage 2: the council asked to review "it", the provider's response, as the next stage
    ("The home's reply to my complaint came last week and I'm not happy with it. Please can the council review it, as "
     "I understand that is the next stage.", "stage2_request", True),
]

FRESH235_238_CONCEPTS = [
    # a sign after a colon is outside a negation's scope; late medicine and falls with "nothing broken"; weight loss
    # nothing explains, and doubt that a plan is followed
    ("I don't know who else to ask: her son keeps her bank cards and gives her ten pounds a week.", "safeguarding",
     True),
    ("His insulin is often given late and he has fallen twice this month, nothing broken thankfully.", "safeguarding",
     True),
    ("She is eating in her room alone now, and there is nothing in her notes to account for this level of loss.",
     "safeguarding", True),
    # words of harm that are not: a contribution taken from an account, a clinical rule about choking
    ("The contribution you worked out is wrong, and three months on it is still being taken from his account every "
     "week.", "safeguarding", False),
    ("The speech therapist says that solids could choke him, so the home purees his meals.", "safeguarding", False),
]

FRESH239_242_CONCEPTS = [
    # a lock the family asked for or agreed is not a blanket restriction; consent refused is no denial of the act
    # (the back door the daughters asked to be locked: in RULES_CLEAR_MODEL_MAY_ASK since session 42's retrain)
    ("The front door is kept locked at night now, as we agreed at his review, and that part is fine. The meals are "
     "cold.", "safeguarding", False),
    ("My sister and I never agreed to the fridge being locked, and Mum cannot get herself a drink at night.",
     "safeguarding", True),
    # a person put outside and left; moved by force; staff laughing; a guide dog refused; a threat to a person's care
    # to keep the family quiet; staff colder since a complaint
    ("The driver left him sitting outside the day centre in the cold until someone found him at four.",
     "safeguarding", True),
    ("When she tried to leave the lounge the deputy manager pulled her by the arm back to her chair.", "safeguarding",
     True),
    ("The taxi escort refused to let her hearing dog on the bus, and the driver just laughed.", "safeguarding", True),
    ("The manager told Dad to keep his mouth shut about the food or he would find himself without a room.",
     "safeguarding", True),
    ("Since my brother complained, the night carers have been off with Dad and answer his bell last. He is nearly "
     "blind.", "safeguarding", True),
    # harm that is over ("That's all behind us now"), a figure of speech, a lost thing found again
    ("In the spring she stopped eating and we were frightened for her. That's all behind us now, thanks to your "
     "team, and I wanted to say so.", "safeguarding", False),
    ("The review meeting was like being attacked from all sides by the panel.", "safeguarding", False),
    ("We feared her glasses had been stolen, but they were found a day later inside a pillowcase in the laundry.",
     "safeguarding", False),
    # needs: a recording because print cannot be read; help to set a complaint out
    ("Anything you send him has to be a recording, as he can no longer read print.", "needs", ["accessible_format"]),
    ("Is there somebody who could help me set it out properly? I'm no good with forms.", "needs", ["advocacy"]),
    # funding in other words
    ("Adult social care has paid for her day centre place since 2022.", "funding", "council_funded"),
    ("Social service pay for my father carers, they come two time every day.", "funding", "council_funded"),
    ("He gets a support worker eight hours a week from the council.", "funding", "council_funded"),
    ("My sister and I pay for the carers out of our own pockets; the council doesn't arrange it.", "funding",
     "self_funded"),
    ("Every one of the people on these runs is a council client, and the rota is impossible.", "funding",
     "council_funded"),
    # charges: housing arrears are not a care charge; not knowing whether one was billed twice is no denial
    ("Her rent account has fallen into arrears since her benefit stopped and the carers keep missing her lunch.",
     "care_charges", False),
    ("I don't know if I have been billed twice for his respite week, and nobody will tell me.", "care_charges",
     True),
    # formality: told it was a mistake, then the same again; a refusal in Welsh
    ("I rang the finance team in July about Mum's care bill and was told it was a mistake. Now it has happened a "
     "second time.", "formality", "formal"),
    ("Dw i ddim eisiau gwneud cwyn ffurfiol. The carers have been late every morning this month.", "formality",
     "informal"),
    # stage 2 in other words
    ("Your reply to my complaint did not answer my questions. Please have it looked at again by someone more "
     "senior.", "stage2_request", True),
    ("The home's answer to my complaint was not good enough, and I want it reviewed by the council as the next "
     "stage.", "stage2_request", True),
    # writing for someone: a neighbour by house number; the writer as someone's only carer; a crew's note
    ("The bloke at number 14 hasn't been out for a fortnight and the carers stopped coming.", "representative", True),
    ("I am his sole carer and the respite week was cancelled twice without a reason.", "representative", True),
    ("Attended to female, 71, lives alone, found on kitchen floor after a missed care call.", "client_group",
     "older_people"),
]

FRESH243_246_CONCEPTS = [
    # grooming: gifts from a man outside the family, "his girlfriend", an invitation back to his flat
    ("A man from the arcade keeps calling my sister his girlfriend, and now he wants her to come back to his flat.",
     "safeguarding", True),
    # not knowing where money went is the worry, not a denial
    ("Mum's statements go to my cousin now that he has her power of attorney, so I can't see where her money has "
     "gone.", "safeguarding", True),
    # words of harm that are not: a talk on spotting scams, the writer accused, a double charge, a rule's purpose,
    # electrics that trip
    ("We run a briefing for volunteers on recognising financial abuse and neglect; could your team present at "
     "it?", "safeguarding", False),
    ("I was told on the phone, in front of the care staff, that I was under investigation for theft.",
     "safeguarding", False),
    ("Two staff sign for any cash, which is there to stop residents being exploited, and I think that's right.",
     "safeguarding", False),
    # funding in other words
    ("Her fees come out of the trust her late husband left.", "funding", "self_funded"),
    ("I now pay the agency for my care myself.", "funding", "self_funded"),
    ("Pkg of care set up by SW after discharge, 4 calls a day.", "funding", "council_funded"),
    ("The social worker got him a carer for the mornings after his fall.", "funding", "council_funded"),
    ("The agency delivers his care on behalf of the council.", "funding", "council_funded"),
    ("Caller uses DPs to employ a PA and the payment is late again.", "funding", "council_funded"),
    ("The council put Dad in that home, we never chose it.", "funding", "council_funded"),
    ("She pays the fees from the sale of her flat until she moves to council funding in the spring.", "funding",
     "self_funded"),
    # charges in other words
    ("I have some questions about the new care contributions letter.", "care_charges", True),
    ("The home says we must pay an extra £120 a week from January or Mum has to move out.", "care_charges", True),
    ("does the day centre cost change if he moves in with me", "care_charges", True),
    # one part set aside is not "not a complaint"
    ("I am not complaining about that part, the fee rise was agreed. But the carers are late every single day and "
     "Dad misses his lunch.", "formality", "unclear"),
    # needs: a speaker of a language; a council letter's offer pasted back; help to say it properly
    ("Please can you arrange somebody speaking Tigrinya when you phone me back.", "needs", ["interpreter"]),
    ("Your reply ended: 'If you would like support to make your views known, an independent advocate can be "
     "arranged.' I am still unhappy with the outcome.", "needs", []),
    ("My son said I should ask whether someone could help me say all this properly.", "needs", ["advocacy"]),
    # who writes: a keyworker; a relative's home written without an apostrophe
    ("I'm the keyworker for Ms T at the day service and I'm worried about her transport.", "professional", True),
    ("no carer at nans again today and nobody rang", "representative", True),
]

FRESH247_250_CONCEPTS = [
    # images of a resident undressed shared by staff; payments from a direct payment the person never agreed to
    ("One of the night staff took a picture of Dad asleep in just his pad and put it on their group chat.",
     "safeguarding", True),
    ("Her statements show transfers she never authorised, most of them to her nephew's account.", "safeguarding",
     True),
    # words of harm that are not: a figure of speech about money, a capacity question, a storey of a building, the
    # writer accused, an idiom of anger, an idiom of fright, a loss of capacity that led to a deputyship, an abuser
    # kept away
    ("The only thing being abused here is my wallet.", "safeguarding", False),
    ("Does someone need to assess whether he can consent to a sexual relationship with his girlfriend?",
     "safeguarding", False),
    ("Mum has been on the first floor since she moved in and the lift is often broken.", "safeguarding", False),
    ("I came away feeling I'd been accused of neglecting my own husband.", "safeguarding", False),
    ("the woman on the phone was so rude i could of strangled her lol", "safeguarding", False),
    ("The police dealt with it and he is not allowed anywhere near her now.", "safeguarding", False),
    ("Two years ago she stopped eating with the agency carers, but now she is settled with me.", "safeguarding",
     False),
    # funding in other words
    ("Agency carers for Dad, arranged by us (not council arranged), late again today.", "funding", "self_funded"),
    ("Her respite week is booked through your team every spring.", "funding", "council_funded"),
    ("He has the council prepaid card for paying his PA.", "funding", "council_funded"),
    ("She is charged £35 a week towards her day service.", "funding", "council_funded"),
    ("We pay the fees ourselves; the home charges more than the council usually pays.", "funding", "self_funded"),
    # charges: what someone would be charged; a device on charge is not a care charge
    ("If his savings run low, what would he be charged then?", "care_charges", True),
    ("Staff read her messages while her phone was charging in the office.", "care_charges", False),
    # formality: explained twice and nothing done
    ("I have explained twice to the manager that he may go to the pub with me. Nothing has been done.", "formality",
     "formal"),
    # stage 2 after a verdict on the reply, typed with no full stops
    ("got ur reply its not an answer want it looked at again by a senior manager stage 2", "stage2_request", True),
    # needs: help to set it all out; easy read books read together
    ("Is there anybody who could help me set all this out properly?", "needs", ["advocacy"]),
    ("We read easy read books together on Sundays.", "needs", []),
    # who writes: a paramedic's shorthand age; a call note's caller who is the person
    ("Attended 0300hrs, 88yo male found on floor, carers had not attended.", "client_group", "older_people"),
    ("Caller: Dean Walsh (self). Aged 31, lives alone. Unhappy that his PA keeps cancelling.", "representative",
     False),
]

FRESH251_254_CONCEPTS = [
    # a monitor unplugged; a waking night worker asleep
    ("His epilepsy monitor had been unplugged so the night carer could charge her phone.", "safeguarding", True),
    # words of harm that are not: made to feel neglectful, a knife taken off a new resident, pressure care praised, an
    # idiom about savings, a recovery weeks on
    ("The duty worker made me feel like I was neglecting my wife just for asking about respite.", "safeguarding",
     False),
    ("I want to praise the pressure area care at Hazel Way.", "safeguarding", False),
    ("I cannot pay £90 a week without eating into my savings for the funeral.", "safeguarding", False),
    # funding in other words
    ("He lives alone with a support package from adult social care.", "funding", "council_funded"),
    ("Her social worker booked her a fortnight of respite in October.", "funding", "council_funded"),
    ("The council is setting up home care for her after her operation.", "funding", "council_funded"),
    ("She moved into the flat through the council's supported living pathway.", "funding", "council_funded"),
    ("Mum pays the agency out of her savings, there's no council money in it, though her social worker helped set "
     "it up.", "funding", "self_funded"),
    # charges: a housing benefit claim backdated is not a care charge; the hourly cost of a sitting service is
    ("Please ask Greenbank to make sure his housing benefit claim goes in and is backdated.", "care_charges", False),
    ("Could you tell me what a sitting service costs by the hour?", "care_charges", True),
    # needs: somebody independent with her; "an advocate, or whatever"
    ("She would like somebody independent with her when they visit - an advocate, or whatever the word is.", "needs",
     ["advocacy"]),
    # client group: an age guessed, a name between relation and age, a scheme where everyone is over 65
    ("There's an older man sleeping in his car behind the shops - I'd put him at 75.", "client_group",
     "older_people"),
    ("this is about my dad Roy Cartwright 68 the carers keep missing his tea call", "client_group", "older_people"),
    ("Every resident at the scheme is over 65 and the new charge has upset them all.", "client_group",
     "older_people"),
]

FRESH255_258_CONCEPTS = [
    # a threat to withhold food; a meal left out of reach; weight lost "about" so many kilos
    ("The carer said to her, eat it now or you'll get nothing else today, and walked out.", "safeguarding", True),
    ("They left his dinner on the side where he couldn't reach it.", "safeguarding", True),
    ("Dad has lost about 5kg since September and nobody can tell us why.", "safeguarding", True),
    # words of harm that are not: never gone without a meal, the writer's feelings about a meeting or a call, a door
    # locked for visitors
    ("He has had his spare denture meanwhile, so he has never gone without a meal.", "safeguarding", False),
    ("I felt ambushed at that meeting, humiliated even, and a bit bullied.", "safeguarding", False),
    ("I felt bullied, and I felt like a criminal for asking about her bill.", "safeguarding", False),
    ("The front door is locked at nine for visitors, and the buzzer is never answered.", "safeguarding", False),
    # funding in other words
    ("I pay for my care in full as I have too much in savings for any help from the council, but the care charges "
     "are set by the council.", "funding", "self_funded"),
    ("She paid her £87.60 a week contribution all summer for calls that never came.", "funding", "council_funded"),
    ("I get support, my social worker Priya sorted it.", "funding", "council_funded"),
    # charges: whether one would have to pay; a couple's rate; a housing service charge is not a care charge
    ("Would he have to pay for any help if he moves in with me?", "care_charges", True),
    ("If I moved in with him, would we be charged two full fees?", "care_charges", True),
    ("Do questions about the service charges go to you or to the housing association?", "care_charges", False),
    # client group: an age next birthday; second-language "she have 81 years"
    ("I'm a trans woman, 74 next birthday, and the carers keep getting my name wrong.", "client_group",
     "older_people"),
    ("My mother she have 81 years and the carer ask her for money.", "client_group", "older_people"),
]

FRESH259_262_CONCEPTS = [
    # safeguarding: self-neglect told by its signs (a bucket for a toilet, a heater by piled paper, a landing filled);
    # another person's hand on the card and an escort to the cashpoint on pension day; money taken over, an account out
    # of reach, anger at a question; set down at a door and left; found out in the dark
    ("She uses a bucket for the toilet now. The heater sits right by the piles of newspapers. The landing is piled "
     "high as well.", "safeguarding", True),
    ("A man from the pub always turns up on pension day. Her bank card seems to be in his wallet most of the time.",
     "safeguarding", True),
    ("Since my stroke my son has taken over my money. My pension goes into an account I can't get into any more. He "
     "gets nasty when I ask about it.", "safeguarding", True),
    ("The taxi dropped him at the door and drove off, and nobody was in.", "safeguarding", True),
    ("A neighbour found her in the dark at the end of the road, soaked and confused.", "safeguarding", True),
    # words of harm that are not: the writer's feelings at a review, a letter that frightened; shouting to be heard; a
    # hoarding review named; a death dated; a tenancy at risk; photos of a room; an assault the police dealt with
    ("I felt really humiliated by how the review went.", "safeguarding", False),
    ("The reminder letter about the invoice frightened me.", "safeguarding", False),
    ("I am quite deaf, so people tend to shout at me, which doesn't help.", "safeguarding", False),
    ("The hoarding review is on Tuesday and I would like the agenda beforehand.", "safeguarding", False),
    ("My husband died on 4 March and the invoices still come in his name.", "safeguarding", False),
    ("I was assaulted at the hostel back in April. The police dealt with it and I'm safe now, that's not what this is "
     "about.", "safeguarding", False),
    # kind: a thank-you letter that apologises for its typing, or tells a worry that did not come true
    ("Please excuse any mistakes, my grandson is typing. Thank you so much to the reablement team, they were "
     "wonderful.", "kind", "compliment"),
    ("We'd been worried the carers would all be strangers, but they were lovely, thank you all so much.", "kind",
     "compliment"),
    # funding: the council's website is no council funding; carers from adult social care are
    ("The council website gave me this address. We pay for Dad's carers ourselves and the fees have gone up again.",
     "funding", "self_funded"),
    ("Since 2022 she has had carers from your adult social care twice a day, and they keep coming late.", "funding",
     "council_funded"),
    # charges: whether one must pay; a battery charging is no charge
    ("Must he pay for the help he gets at home?", "care_charges", True),
    ("He needs his wheelchair charging every night and the carers keep forgetting.", "care_charges", False),
    # needs: an advocate asked about, an advocate one can ask for
    ("Is there such a thing as an advocate who could come to the meeting with me?", "needs", ["advocacy"]),
    ("The nurse said I could ask for an advocate for the review.", "needs", ["advocacy"]),
    # professional: a lead of a prison's healthcare; a call note's caller from a shelter
    ("I manage the healthcare wing at the prison, and a man due for release will need an assessment.", "professional",
     True),
    ("Caller: Dee (key worker, St Luke's shelter) ringing about a resident who has had no visits.", "professional", True),
    # client group: sight loss named by its condition or its extent
    ("I'm 52 and have retinitis pigmentosa, and the letters never come in large print.", "client_group", "disability"),
    ("He is 47 and has very little sight now, and nobody reads his post to him.", "client_group", "disability"),
    # representative: on behalf of crews is no person; on behalf of a brother is
    ("I am writing on behalf of our ambulance crews about the out-of-hours line.", "representative", False),
    ("I am writing on behalf of my brother, who cannot use email, about his carers.", "representative", True),
]

FRESH263_266_CONCEPTS = [
    # safeguarding: found out on a road at night in nightclothes; a worker who keeps the card and hands out pocket
    # money; a slur; a threat with money the person cannot account for
    ("Her dad was found at 3am on the main road in his pyjamas.", "safeguarding", True),
    ("His support worker keeps his bank card and gives him £20 pocket money on a Friday.", "safeguarding", True),
    ("The carer calls her a spastic when she drops things.", "safeguarding", True),
    ("He told her she has to be quiet or he'll stop her money. She doesn't know what happens to her pension now.",
     "safeguarding", True),
    # words of harm that are not: temper, a charge to be taken off, feelings about a department, a crisis that is over
    ("I want the £300 taken off Mum's account and an apology.", "safeguarding", False),
    ("I have never felt so bullied by a council department.", "safeguarding", False),
    ("Last winter I'd stopped eating and wasn't answering the door. I'm well now and back at my course. The crisis "
     "team were wonderful, thank you all.", "safeguarding", False),
    # client group: detained under the Mental Health Act; an age on the next hard-wrapped line
    ("My husband is 45 and was on section 3 for three months, and now his support worker has stopped coming.",
     "client_group", "disability"),
    ("I am 80 and I am writing about my daughter, who lives alone. Sue is\n52. She has bipolar disorder and her "
     "support stopped in June.", "client_group", "disability"),
]

FRESH267_270_CONCEPTS = [
    # safeguarding: weight lost in stones; a bank card kept from the person; a caravan and all the hours of work; a
    # plea that the family not be told
    ("He has lost nearly a stone since the summer and his trousers hang off him.", "safeguarding", True),
    ("Her son won't let her have her own bank card any more.", "safeguarding", True),
    ("He sleeps in the old caravan in the yard now and works all the hours for his cousin.", "safeguarding", True),
    ("He asked that none of this is passed on to his brother.", "safeguarding", True),
    # words of harm that are not: an episode the writer says is over, with no current concern; a change of mind; what
    # the writer read and imagined; a harm that would have come without the service
    ("In the summer he missed his tablets for a weekend when the agency failed. I have no current concerns about his "
     "care; my complaint is about how long you took to answer me.", "safeguarding", False),
    ("Your reply was polite, but it doesn't change anything about my complaint.", "safeguarding", False),
    ("I had read about people being hurt in care homes and lay awake imagining it happening to Mum.", "safeguarding",
     False),
    ("Without the sitting service she would have come to harm, and we are so grateful.", "safeguarding", False),
    # funding: funding agreed by the council; care funded by children's services
    ("The council agreed the funding for his flat in May, but nobody has found him a provider.", "funding",
     "council_funded"),
    ("Her respite was funded by children's services until she turned 18, and now nobody will tell us who pays.",
     "funding", "council_funded"),
]

FRESH271_274_CONCEPTS = [
    # safeguarding: a doorstep trader paid thousands who drives the person to the bank; a door held shut from outside
    ("Two lads in a white van keep coming round to do her gutters. She has paid them thousands already and they drive "
     "her to the bank.", "safeguarding", True),
    ("Staff hold the door shut from the outside when he gets upset.", "safeguarding", True),
    # words of harm that are not: a letter like a scam; cards kept in a home's safe; a scam stopped in time; an
    # accident; an episode the writer gives the all-clear
    ("The letter looked like one of those scam letters, so I nearly binned it.", "safeguarding", False),
    ("The home keeps her bank cards and cash in the office safe, which we agreed.", "safeguarding", False),
    ("A man rang pretending to be the bank, but my son spotted it before I paid anything, so I lost nothing.",
     "safeguarding", False),
    ("The fall was a genuine accident and she only had a small bruise.", "safeguarding", False),
    ("In March the agency missed his lunch call twice. To be clear, I have no concerns about his safety or his care "
     "now; this is about the bill.", "safeguarding", False),
]

FRESH275_278_CONCEPTS = [
    # safeguarding: a man who wandered at night, found on a road in his slippers, and nobody knew he had gone
    ("One night he was found by a lorry driver on the bypass in his slippers.", "safeguarding", True),
    ("Nobody at the home knew she had gone until the police brought her back, and she was found on the main road.",
     "safeguarding", True),
    # session 21, from the same sets: things tied up, not people (a person tied with a cord stays a concern); fear
    # of falling, not of a person; a rule for the whole house the writer calls fair, not a resident's own door locked
    ("The call bell lead keeps getting tied round the bed rail so she can't reach it.", "safeguarding", True),
    ("The blind cords in his room have been knotted and tied up high, which is what the fire officer told them to do.",
     "safeguarding", False),
    ("She is petrified of the night carer, who grabs her arm.", "safeguarding", True),
    ("Visiting ends at seven now, which I think is perfectly reasonable.", "safeguarding", False),
    ("They lock her in her room at night, which staff say is fair enough, and she screams to get out.",
     "safeguarding", True),
    ("They lock his bedroom door every evening and he bangs on it for hours.", "safeguarding", True),
    ("The cords off the blinds were used to tie her to the bed rails overnight.", "safeguarding", True),
    ("The lead carer tied her hands together so she would stop scratching.", "safeguarding", True),
]
FRESH279_282_CONCEPTS = [
    # safeguarding: a drink or food held back until the person behaves; told off for speaking their own language
    ("One of the night staff told Dad he wouldn't get his tea until he stopped shouting.", "safeguarding", True),
    ("A carer said she'd get no supper till she said sorry to the other lady.", "safeguarding", True),
    ("Staff told Nana she was to speak only English in the dining room, and she has gone very quiet.", "safeguarding", True),
    ("My father was told off for speaking Punjabi to another resident.", "safeguarding", True),
    # an advocate quoting the person: "me" inside the quotation marks is the person, not the writer
    ("I am his advocate. He told me: \"The night staff give me the sleepy medicine so I don't bother them.\"",
     "safeguarding", True),
    # a paid carer telling the person of her own money troubles, and cash handed over
    ("The new carer keeps telling Gran about her debts and Gran has started giving her twenty pounds a week.",
     "safeguarding", True),
    # someone else's name for harm, in quotation marks, that the writer denies straight after
    ("My neighbour reckons this is \"financial abuse\". It isn't - nobody is taking Dad's money, the bill is just wrong.",
     "safeguarding", False),
    ("My sister calls it \"neglect\" but nobody has neglected Mum, the letter from finance is simply late.",
     "safeguarding", False),
    # a wrong charge for care not given, alone, is a billing matter; with missed visits told as harm it stays
    # (the row itself moved to the look-alike list in session 23, when the model retrained on fresh323-326 read it 0.52)
    # food that is dull, not withheld
    ("She says the home is starving her of anything with flavour, it's all mince and mash.", "safeguarding", False),
    # an all-clear in other words
    ("The enquiry about the bruise was finished in the spring and there are no outstanding concerns.", "safeguarding", False),
    # funding: care set up by a named social worker; a placement made by the council's team; a package handed back
    ("Her social worker, Priya, set up three visits a day with Homeward Care.", "funding", "council_funded"),
    ("He was moved into a flat on Mill Lane by the adult social care team in August.", "funding", "council_funded"),
    ("When Sunrise handed his care package back to the council, a new agency started.", "funding", "council_funded"),
    # needs: a format for the person rather than the writer; an advocate to be involved
    ("Please send anything for Dad rather than to me in large print, his eyes are poor.", "needs", ["accessible_format"]),
    ("I ask that an advocate is involved at his review, as he cannot speak up for himself.", "needs", ["advocacy"]),
    # care charges: debts run up in someone's name; invoices for building work
    ("Her grandson ran up debts in her name on three catalogues.", "care_charges", False),
    ("I showed them the invoices for the roof repairs and the new boiler.", "care_charges", False),
    # formality: no need for anything formal; a chaser still waiting; an investigation already held
    ("The carer came late again today. Just pass it on to the agency please, no need for anything formal.",
     "formality", "informal"),
    ("I complained on 2 October about the carers missing Dad's calls and I am still waiting for a response.",
     "formality", "formal"),
    # client group: a rarer lifelong condition
    ("My son Tom has Angelman syndrome and goes to the day centre on Mondays. The bus didn't come again.",
     "client_group", "disability"),
    # formality: "I have since phoned ... twice" is raised before and not resolved
    ("I raised it with the manager in May. I have since phoned the office twice and nobody has called back.",
     "formality", "formal"),
    # sender_role: the provider complained about, acknowledging the complaint passed on to it, with no job title
    ("Thank you for passing on Mr Reid's complaint about the late deliveries. We have opened an investigation under "
     "our own procedure and will send a full response to you and to Mr Reid by 4 January.", "sender_role", "provider"),
    ("Thank you for forwarding the complaint from Mrs Shah's daughter. We have opened an investigation and we aim to "
     "respond to her within 20 working days.", "professional", True),
]

FRESH283_286_CONCEPTS = [
    # safeguarding: a phone-typed run-on with no punctuation, where a lack told early must not deny what follows
    ("hi its my dad he has no money not even for bus fare the carers keep his bank card in a drawer and say its safer "
     "there but his pension goes in every week so where is it going can someone look", "safeguarding", True),
    # a shared lives carer holding the card, and the man working every day in the carer's business
    ("His bank card is with Mr Hale now and he works every day at the farm shop of Mr Hale for no wages.",
     "safeguarding", True),
    ("Her pension card is held by the landlady, and she has nothing left by Tuesday.", "safeguarding", True),
    ("Dad walks every morning to the paper shop for his paper, which he loves.", "safeguarding", False),
    # the writer's own fear of what might happen, not harm that happened
    ("Mum was scared he would hurt her again if she told anyone.", "safeguarding", True),
    # a fee rise called theft; a person laughing at the staff's singing
    ("A 15% increase in one go is theft, pure and simple, but the care itself is good.", "safeguarding", False),
    ("The staff dance with him in the lounge and he laughs at them, it's lovely to see.", "safeguarding", False),
    # care charges: a weekly fee going up; what the council itself pays; a contribution the writer does not dispute
    ("The weekly fee goes from £980 to £1,120 in January and nobody has explained why.", "care_charges", True),
    ("The council is paying nearly £3,000 a week for this placement and he still has no activities.", "care_charges",
     False),
    ("She pays her contribution for the day centre every month and we are not disputing that at all.", "care_charges",
     False),
    # funding: "used to pay"; an ASC package in a call note; fees paid from the person's own resources; a private
    # arrangement
    ("The council used to pay for three visits a day, now it's two.", "funding", "council_funded"),
    ("Re: Mr Ivan Petrov, 80. ASC package 3 calls/day with Homecare Plus.", "funding", "council_funded"),
    ("She has paid the home's fees from her own capital since 2022.", "funding", "self_funded"),
    ("His care is a private arrangement with the agency, the family pays directly.", "funding", "self_funded"),
    # needs: a language shared with carers already is a need met
    ("The carers speak Polish together with Mum and she is much happier.", "needs", []),
    # formality: a reply not come is no denial; the person's reluctance is the reason the writer writes
    ("Still no response to the formal complaint I made in September about Dad's care.", "formality", "formal"),
    ("Mum doesn't want a fuss, so I'm writing instead: the carers keep coming an hour late.", "formality", "unclear"),
    ("I don't want a fuss, I'd just like the carers to come on time.", "formality", "informal"),
    # representative: benefits paid to the writer for the person; a call note's caller who is a parent
    ("My daughter is 19. At the moment her PIP comes to me. Will she have to pay for her care?", "representative", True),
    ("CALL NOTE\nCaller: Mrs Ann Lowe (mother)\nRe: son Ben Lowe\nCaller says the day centre bus left Ben at the wrong "
     "stop twice.", "representative", True),
    # sender: a police sergeant's own unit
    ("I work in the force's safeguarding hub and need to know your retention period for complaint records.",
     "professional", True),
    # client group: a lifelong condition named as "downs"; a call note's "Re: Mrs Name, 81"
    ("hi my sister is 40 and has downs, her day service keeps getting cancelled", "client_group", "disability"),
    ("CALL NOTE\nRe: Mrs Nasreen Akhtar, 84\nCaller says the carers missed lunch twice.", "client_group",
     "older_people"),
]

FRESH287_290_CONCEPTS = [
    # safeguarding: an imagined fall, not one that happened; a screening question; the abuse of someone's patience; a
    # letter that made the writer feel bullied; the council "stealing" a house through a charge; a nurse's all-clear;
    # a question about the process
    ("The social worker asked whether I had ever been hit by my husband, which is a standard question, and I said no.",
     "safeguarding", False),
    ("The only neglect round here is the neglect of my emails by your finance team.", "safeguarding", False),
    ("I felt harassed by that invoice and the reminders that followed it.", "safeguarding", False),
    ("Putting a charge on her bungalow is the council stealing her home, plain and simple.", "safeguarding", False),
    ("The dressings were late again, but I want to be clear he has come to no harm and the wound is healing.",
     "safeguarding", False),
    ("Would this be a safeguarding referral or a complaint, if a carer was rude to a client?", "safeguarding", False),
    ("She hasn't had any of her evening tablets since Monday.", "safeguarding", True),
    # formality: an unanswered attempt is no denial of the formal complaint that follows; a wish for someone to speak
    # to the home, not a failed attempt to speak to its manager
    ("My emails to the team have not been answered, so I am now making a formal complaint.", "formality", "formal"),
    ("I tried to ring the home twice and have not been able to speak to the manager yet. The night staff leave Dad in "
     "wet pads.", "formality", "unclear"),
    ("The carers keep coming an hour late. Could someone please speak to the agency about the times? I don't want "
     "anything formal.", "formality", "informal"),
    # funding: the council's team or adult social care arranged it; an assessed charge paid; a future need; a top-up
    # a council letter calls private
    ("The respite was something your team arranged after her operation.", "funding", "council_funded"),
    ("He lives in a flat that adult social care found for him.", "funding", "council_funded"),
    ("We pay the assessed charge for her day centre every month without fail.", "funding", "council_funded"),
    ("My client is likely to need home care arranged through the council next year.", "funding", "unknown"),
    # care charges: a weekly sum to pay; selling a house to pay for care; rent arrears are not a care charge
    ("The letter says she must pay £48 every week from now on.", "care_charges", True),
    ("Will they make me sell the bungalow to pay for his care home?", "care_charges", True),
    ("His rent, which the appointee used to pay from his benefits, is now £900 in arrears.", "care_charges", False),
    # needs: letters on a CD; an advocate asked for as "somebody only on his side"
    ("My eyes have gone, so could my letters come on a CD please?", "needs", ["accessible_format"]),
    ("Is it possible for Mum to have somebody only on her side at the review?", "needs", ["advocacy"]),
    # representative: "a patient" in a question about the process is nobody in particular
    ("Will you accept a complaint from the surgery on a patient's behalf, or must it come from the family?",
     "representative", False),
]

FRESH291_294_CONCEPTS = [
    # safeguarding: cuckooing told by the man himself, typed fast with no capitals; his phone held; a threat to a pet;
    # not allowed to lock his own door
    ("there are people in my flat. they sleep here and sell from here and make me take a bag to the park for them",
     "safeguarding", True),
    ("the lads have my phone most of the time so dont ring it", "safeguarding", True),
    ("He says if I tell anyone they'll do my dog.", "safeguarding", True),
    ("im not allowed to lock my bedroom door any more since they came", "safeguarding", True),
    # doses signed for but never given; tablets found still in the pack; trays back with slots untouched
    ("Her evening doses were not given on three nights, but the chart was signed every time.", "safeguarding", True),
    ("I keep finding his tablets still in the dosette box at teatime.", "safeguarding", True),
    ("The trays came back with 8 of 28 slots untouched.", "safeguarding", True),
    # a man who gets into her bed at night, told by the person
    ("She keeps telling me a man gets into her bed at night, and her nightie is on back to front in the mornings.",
     "safeguarding", True),
    # a letter that praises the staff but says a problem raised is not put right is no thank-you letter
    ("The staff are lovely with Mum. I told the manager a month ago and nothing has changed: a man comes into her "
     "room at night and she is frightened.", "safeguarding", True),
    # look-alikes: slurred speech; a home's rule on food brought in; a worker who sat on the floor with someone;
    # finances managed under a power of attorney; a rota that gives no time; training on what can be restraint;
    # pressure areas intact
    ("Since the stroke his speech is slurred and he gets tired on the phone.", "safeguarding", False),
    ("The home's rule is that no food is brought in for residents on thickened fluids, which makes sense.",
     "safeguarding", False),
    ("On my induction we were told that a locked door can be a form of restraint.", "safeguarding", False),
    ("The nurse said his pressure areas are intact and his skin looks healthy.", "safeguarding", False),
    # sender: care workers writing in their own words
    ("I've been a home carer for six years and the rotas have never been this bad.", "sender_role", "provider"),
    ("I am working as a care assistant at Oak Lodge and I am worried about a resident.", "professional", True),
    ("I have been a carer for my husband for ten years and I need a break.", "sender_role", "public"),
]

FRESH295_298_CONCEPTS = [
    # safeguarding: a relative who keeps the person's cards at his house, has taken over her post, wants her carers
    # cancelled, and calls her money his inheritance
    ("My grandson keeps my bank cards at his flat now and says I should cancel the carers.", "safeguarding", True),
    ("She says it's all his money anyway, as it'll be his one day.", "safeguarding", True),
    ("Since my son took over the post I never see a bank statement.", "safeguarding", True),
]

FRESH299_302_CONCEPTS = [
    # look-alikes: a phone line that cuts the writer off; the writer abused "by the whole thing"; an advocate who
    # fought someone's corner; a landlord dragging his feet; medication in a locked cabinet
    ("I waited forty minutes on hold and then it cut me off again.", "safeguarding", False),
    ("By the end I felt abused by the whole process, if I'm honest.", "safeguarding", False),
    ("The OT fought her corner while the housing association dragged its feet.", "safeguarding", False),
    ("Her tablets are kept in a locked cupboard in the kitchen that only the carers open.", "safeguarding", False),
    ("Her nephew has cut her off from everyone at church.", "safeguarding", True),
    # (session 22: the round's other errors)
    # a run-on: a negated clause, then a new one with its own subject ("it isnt i want ...")
    ("got your reply to my complaint today and its not right at all the manager says the carers always stayed the full "
     "half hour they didnt i want it looked at by someone senior now because nobody even rang my daughter who was there "
     "every night and saw them leave early", "stage2_request", True),
    ("got your reply to my complaint today and its not right at all the manager says the carers always stayed the full "
     "half hour they didnt i want it looked at by someone senior now because nobody even rang my daughter who was there "
     "every night and saw them leave early", "formality", "formal"),
    # "no" before a number is a house number, not a denial
    ("Mrs Pryce at no 12 has had carers arranged by the council since March and they have missed two visits this week.",
     "funding", "council_funded"),
    # "just in case:" with nothing after it is no condition
    ("Writing in English too, just in case: my father pays his assessed contribution to the council every month.",
     "funding", "council_funded"),
    # care the council put in, with more words between
    ("Her calls were reduced after the spring review by adult social care and she is struggling.", "funding",
     "council_funded"),
    ("Our social worker, who has been brilliant all along, arranged for Dad to start at the day centre in May.",
     "funding", "council_funded"),
    ("My brother has carers in three times a day through you and the evening one is always late.", "funding",
     "council_funded"),
    ("She was placed in the flat by your mental health team in 2023 and nobody has reviewed it.", "funding",
     "council_funded"),
    ("social services have cut my hrs again and i cant manage the stairs", "funding", "council_funded"),
    # another's advice to complain formally, refused next
    ("My daughter thinks I should make an official complaint but I don't wish to, I only want the times changed.",
     "formality", "informal"),
    # contentment with an old matter's outcome is not "this is not a complaint"
    ("Two years ago we raised a concern about a carer and were satisfied with the outcome at the time. This time I have "
     "emailed his social worker three times about the broken hoist and still nothing has been done.", "formality",
     "formal"),
    # a writer who signs, asking for someone who signs
    ("I'm deaf and I sign. For the review please send someone who signs.", "needs", ["bsl"]),
    ("Can someone who can sign the forms for Mum come on Tuesday? The carers are late again.", "needs", []),
    # an advocate asked for with more words between
    ("I would also ask for an independent advocate, as the law allows, to help me through the review.", "needs",
     ["advocacy"]),
    # ages told as "87 year old" and in words of working age
    ("I run the lunch club and worry about a man called Stan, he is about fifty and cannot read his post.",
     "representative", True),
    ("We attended a 79 year old man found on the floor of his kitchen; no carer had been since the morning.",
     "representative", True),
    ("It is twenty to four in the morning and he has only just settled. He is 81 and has dementia.", "client_group",
     "older_people"),
    # a titled person with a wound or package, in a nurse's words
    ("Mr Ellery has a grade 3 pressure ulcer on his heel that the home had not reported.", "representative", True),
    # a wage is not a care charge
    ("We asked how much they pay her for the cleaning and she did not know, she has a learning disability.",
     "care_charges", False),
]

FRESH303_306_CONCEPTS = [
    # rough handling told as "not gentle"; a home's routine that suits the staff
    ("He does all of her personal care now and he is not gentle with her, she winces when he lifts her.",
     "safeguarding", True),
    ("The night staff get people up before the morning shift arrives, Dad is got up at a quarter past five, and when he "
     "asks to go back to bed he's told that's not how it works here.", "safeguarding", True),
    # look-alikes: company missed, letters feared, a writer abroad, a bill stopped
    ("She gets her meals and her tablets fine, she just misses the chat with the girls at the day centre.",
     "safeguarding", False),
    ("I can't read the letters you send in English and I'm afraid of them, so please ring my son.", "safeguarding",
     False),
    ("Can I ask for an assessment for my mother from abroad? I live in Spain and fly back next month.", "safeguarding",
     False),
    # an all-clear, and harm over in a thank-you letter
    ("Mum is not at any risk from anybody; this is purely about the invoice for October.", "safeguarding", False),
    ("Thank you all so much. For years my brother would not let me see Dad. Now I visit him every Sunday and we watch "
     "the football together.", "safeguarding", False),
    ("Thank you. Last year there were marks on Dad's arm, your team looked into it and the carer was taken off his "
     "rota. He has had lovely carers ever since.", "safeguarding", False),
    # escalating a complaint nobody has answered is chasing it
    ("Please escalate this to a manager - I have still had no reply to the complaint I sent in September.",
     "stage2_request", False),
    # raised before and not put right
    ("I have now phoned your finance team four times about Dad's invoice and I'm still getting nowhere.", "formality",
     "formal"),
    ("I told the home manager in July, got a reply saying she would look at it, and nothing more.", "formality",
     "formal"),
    ("I mentioned it to his key worker and was told it was just banter.", "formality", "formal"),
    # provider staff and a provider writing about the council
    ("I work at Rosedale on the nursing unit and I'm worried about how one of our residents is being spoken to by a "
     "senior.", "sender_role", "provider"),
    ("I am the registered manager at Willow Court. A letter about one of our residents was sent by the council to the "
     "address of the ex-husband she fled from, and he turned up here last night.", "sender_role", "professional"),
    # needs: help to complain; a language shared or someone else's English
    ("I'm not sure how to make a complaint, could somebody help me with it?", "needs", ["advocacy"]),
    ("His carer has learnt a few words in Gujarati, which he loves.", "needs", []),
    ("Two of the workers had very little English and looked exhausted.", "needs", []),
    # who pays, asked or told
    ("Will he have to pay anything towards his care package?", "funding", "unknown"),
    ("We sold his house last year to pay the fees at Brook Lodge.", "funding", "self_funded"),
    # conditions and ages
    ("I'm 38 and have been diagnosed with panic disorder, can I get any support?", "client_group", "disability"),
    ("the old fella at number 9 hasnt opened his curtains in days and nobody has been", "representative", True),
    ("My aunt, Mrs Joan Pell, will be 88 this month and the carers keep changing.", "client_group", "older_people"),
    # someone else's debts are not a care charge
    ("Her boyfriend has a lot of debts and I worry he is after her savings.", "care_charges", False),
]

FRESH307_310_CONCEPTS = [
    # money got by a signature under pressure and a card handed over
    ("The manager had a quiet word with Gran on her own and got her to sign a form letting the home take the extra "
     "straight out of her account. She also gave her bank card over.", "safeguarding", True),
    # a house rule the writer calls fair two sentences later
    ("The main door is kept locked with a keypad. They explained a few residents walk out at night. We accept that.",
     "safeguarding", False),
    # a sign told after a rule called fair still counts
    ("The lounge door is locked at night, which is fair enough, but last week Dad was left in wet pads until lunchtime.",
     "safeguarding", True),
    # harm over: mended, years ago, looked into promptly, a plan that worked
    ("He fell two winters ago and hurt his hip, but that all mended and he is steady with his frame.", "safeguarding",
     False),
    ("There was a bruise on her arm in 2023; the safeguarding team looked into it promptly and the plan they put in place "
     "has worked. No worries on that score.", "safeguarding", False),
    ("He was beaten by police in his own country before he came here. That was years ago and he is safe now and settled.",
     "safeguarding", False),
    # look-alikes: a debt letter's fear, a meeting's feeling, a counterfactual, the council called an abuser over a bill
    ("At the panel I felt talked down to and, to be honest, a little bullied.", "safeguarding", False),
    ("Another resident once took someone else's tablets and could have been seriously harmed, so they keep them all in "
     "the trolley now.", "safeguarding", False),
    ("It feels like the council is financially abusing us over this bill.", "safeguarding", False),
    # a stage held is not one asked for; a manager asked to look again at a complaint is
    ("My complaint went through stage 1 and stage 2 in the spring and is now with the Ombudsman.", "stage2_request",
     False),
    ("Your letter of 4 November say sorry but the decision stay the same. I want a manager look again at my complaint.",
     "stage2_request", True),
    # who pays
    ("The council has been asked to put in an interim package while the NHS decides on continuing healthcare.",
     "funding", "council_funded"),
    ("We are still waiting for the council to agree its share of the joint funding.", "funding", "council_funded"),
    ("the social worker said carers would start coming in on monday and nobody has turned up", "funding",
     "council_funded"),
    ("Call note: Mr P, 79, homecare via ASC, two calls a day.", "funding", "council_funded"),
    ("Self funding, pays the agency direct from own savings.", "funding", "self_funded"),
    ("Dad is 90 and pays for the night sitter himself.", "funding", "self_funded"),
    # charges asked about: the whole fee, money paid back
    ("If she is found eligible does the NHS pay the whole fee, and would we get back what we have paid so far?",
     "care_charges", True),
    # the person written for, and the writer's own couple
    ("I'm writing on behalf of our guest, Mrs Olena Marchuk, who has waited six weeks for her care assessment.",
     "representative", True),
    ("I'd be grateful for advice about a night-time review for one of our patients whose needs have increased.",
     "representative", True),
    ("My husband and I are aged 88 and 85 and we were sent an invoice for care we never had.", "representative",
     False),
    # staff of a home, and a language shared in song
    ("I work at Meadowcroft House and I don't want my name used because I need this job.", "sender_role", "provider"),
    ("The carer sang to her in Polish every evening, which settled her beautifully.", "needs", []),
]

FRESH311_314_CONCEPTS = [
    # sexual harassment in personal care, played down
    ("My new PA keeps going on about my body when he showers me and last week his hand went somewhere it shouldn't "
     "have. Maybe I'm overreacting.", "safeguarding", True),
    # safety cover a person needs, missing, with another sign
    ("The sleep-in worker is often found asleep and the lad with epilepsy has had no working seizure mat since August.",
     "safeguarding", True),
    # look-alikes: a carer falling apart, a family locked out in an outbreak, a feeling about a visit (a window visit is
    # in RULES_CLEAR_MODEL_MAY_ASK)
    ("We were locked out for a week during the norovirus outbreak, which I understand.", "safeguarding", False),
    ("A safeguarding worker came round once after a mix-up and I found it humiliating.", "safeguarding", False),
    # a house rule called fair in other words
    ("Visitors have to sign in and the front door is on a keypad - that's sensible and I have no problem with it.",
     "safeguarding", False),
    # a stage of something else
    ("She was on stage 2 thickened fluids after her swallow test and the carers gave her ordinary tea.",
     "stage2_request", False),
    # who pays
    ("For her last two weeks the council put in night sitters, which made all the difference.", "funding",
     "council_funded"),
    ("the carers the social worker put in for mum keep missing her tablets", "funding", "council_funded"),
    ("My father funds his room privately from his own resources.", "funding", "self_funded"),
    ("Mum pays her carers privately; the grab rails came through the council's OT.", "funding", "self_funded"),
    # the writer's own age told after a comma
    ("I had a stroke two years ago, aged 47, and now I need help with washing and dressing.", "representative", False),
]

FRESH315_318_CONCEPTS = [
    # a carer who took the card and PIN, and withdrawals nobody remembers (second-language English)
    ("The evening carer she take my father card and the PIN for buy milk. On statement I see 50 and 80 pounds from cash "
     "machine and he don't remember any of it.", "safeguarding", True),
    # a routine run for the staff, and food held back as a threat
    ("Residents are put in their nightclothes by half six so the night staff have less to do, and one man was told he "
     "wouldn't get his supper if he kept calling out.", "safeguarding", True),
    # look-alikes: money tied up, a prediction about a move, a meter, an FOI breakdown, an idiom
    ("All her money is tied up in the bungalow, so we asked about a deferred payment.", "safeguarding", False),
    ("Moving him to another home now would harm him, I am sure of it.", "safeguarding", False),
    ("Please send the number of safeguarding concerns for 2025, broken down by type (physical, financial, neglect).",
     "safeguarding", False),
    ("The woman on the phone bit my head off when I asked a simple question.", "safeguarding", False),
    # harm over: looked at and closed, an outcome accepted, checked over and fine
    ("The restraint incident last spring was looked at by safeguarding and closed, and we accepted that outcome.",
     "safeguarding", False),
    ("She had a fall in June, the paramedics checked her over and she was fine, so no complaints there.",
     "safeguarding", False),
    # a hypothetical question about where to report
    ("Say a carer was rough with him or money went missing - who would we report that to?", "safeguarding", False),
    # a home closed to visitors in an outbreak
    ("We were turned away because of a norovirus outbreak. The front door is locked and there is no visiting until "
     "further notice.", "safeguarding", False),
    # a language used in passing
    ("She comes home chattering in Punjabi about the lunch club.", "needs", []),
]

FRESH319_322_CONCEPTS = [
    # the writer's own feeling about a call to the council, writing for her daughter
    ("My daughter is 29 and autistic. When I phoned the duty team the man was curt and I felt abused by the way he "
     "spoke to me. Her carers are good; my complaint is about that phone call.", "safeguarding", False),
    # the card kept from the person, or taken over; a wish for one is neither
    ("Since his nephew moved in, Bill hasn't had his own bank card and his pension goes straight to the nephew.",
     "safeguarding", True),
    ("Her brother controls her own bank card and she never has any cash.", "safeguarding", True),
    # old harm dealt with in the end; a locked door the writer now thinks right
    ("Back in 2023 Mum was neglected at her old home, which safeguarding dealt with eventually. She is somewhere lovely "
     "now and I only want to say thank you.", "safeguarding", False),
    ("The lounge door is on a keypad at night and at first it felt like a prison to me. The nurse explained why, and "
     "I think they are right.", "safeguarding", False),
    # a chaser's "still nothing on my formal complaint"; raised four times; the same answer every time
    ("Still nothing on my formal complaint from September, ref ASC-1234.", "formality", "formal"),
    ("I'm unhappy with Oakfield's laundry. I have raised it with the manager four times since July and her clothes "
     "still go missing.", "formality", "formal"),
    ("I'm unhappy with the agency. I have complained to their office about the late calls and every time I am told "
     "it is being looked into.", "formality", "formal"),
    # asking the person is not raising it with anyone
    ("I'm unhappy with how the home handles money. When I ask Dad about his spending money he says the office keeps "
     "it for him.", "formality", "unclear"),
    # interpreter asked for in Ukrainian; a bracketed English line wrapped at the end of the message
    ("Мені потрібен перекладач на зустріч.", "needs", ["interpreter"]),
    ("Dad would like his review moved.\n\n(For the review meeting my father needs a Ukrainian\ntranslator.)\n\nOlena",
     "needs", ["interpreter"]),
    # a language someone used in the home, not the writer's need
    ("In Urdu she told me the food is cold every day, and I want that looked at.", "needs", []),
    ("He tries to explain in Gujarati but the carers just nod, so he has stopped asking for a drink.", "needs", []),
    # roles: a night carer with no article; a freelance interpreter; a voluntary-sector worker; a detective's signature
    ("I work as night carer at a nursing home and I am worried about how the residents are treated.", "sender_role",
     "provider"),
    ("I am a freelance Polish interpreter and several families have asked me how they can complain.", "professional",
     True),
    ("I am a community development worker with the Somali Welfare Association, writing for Mrs Ali, who is 80.",
     "sender_role", "professional"),
    ("Please call me about the referral.\n\nDS 2231 Mark Owen\nPublic Protection Unit", "professional", True),
    # not jobs: a relative's own deputyship, a consent form a family was shown
    ("I'm my brother's property and affairs deputy. He is 50 and has a learning disability.", "professional", False),
    ("On Tuesday the social worker asked Dad to sign a consent form he could not read.", "professional", False),
    # ages and conditions in passing
    ("I had a stroke last winter, at 71, and now I cannot use my right hand.", "client_group", "older_people"),
    ("I'm 49 and have been in the chair since the crash in 2018.", "client_group", "disability"),
    # who pays; a charge worked out; fees left unpaid; a contract monitoring officer copied in
    ("The council has had Mum with Bluebell Care since March.", "funding", "council_funded"),
    ("I pay a bit towards my carers every week and would like to know how it is worked out.", "care_charges", True),
    ("The appointee hasn't paid her nursing home invoices since June and the home is chasing me.", "care_charges", True),
    ("Thank you for passing on Mrs Lee's complaint. I will copy the council's contract monitoring officer into our "
     "reply.", "funding", "unknown"),
    # an enquiry in a housing officer's words
    ("I'm trying to find out whether my tenant Mr Page has a social worker. I'd appreciate a name so I can ring them.",
     "kind", "enquiry"),
]

FRESH323_326_CONCEPTS = [
    # living on snacks and losing weight; clothes and rings loose; a missed tea call and tablets in a list
    ("I'm 88. Since the cooker went I've been living on toast and biscuits, and I think I've lost a few pounds.",
     "safeguarding", True),
    ("Her trousers are falling off her and her rings are loose, and nobody at the home has said a word.",
     "safeguarding", True),
    ("The bedtime carer didn't turn up on Sunday, so Dad didn't get his supper or his night tablets.",
     "safeguarding", True),
    # a stepson with her card, and a raised voice when she won't sign
    ("His nephew has had Dad's bank card since May. When Dad won't sign the papers he brings, he shouts at him.",
     "safeguarding", True),
    # discrimination told as "speak English or go home" and a nationality for a name
    ("One of the staff calls him the Romanian one, and told him to speak English or go back home.",
     "safeguarding", True),
    # hunger denied; hunger for company; a fall in a number; weight lost on purpose
    ("The fees are daylight robbery, but to be fair nobody is being starved and she is well fed.", "safeguarding", False),
    ("Since my wife died I'm starving for a bit of conversation more than anything.", "safeguarding", False),
    ("I have lost three stone on Slimming World and my nurse is delighted.", "safeguarding", False),
    # a rude call, felt by the writer, whoever writes
    ("I am 84. When I phoned about my review the young woman was very short with me and I felt bullied.",
     "safeguarding", False),
    ("I felt like I was being harassed down the phone by your finance team.", "safeguarding", False),
    # old harm over: the man moved away; looked into at the time; an all-clear after a subject line
    ("In 2022 a lodger took money from Mum. The police were involved and the man has moved away; this is about her bill.",
     "safeguarding", False),
    ("Her wedding ring went missing in June. The laundry found it last week in a pocket, so thank you to them.",
     "safeguarding", False),
    # help to speak up; a typist; a relative who died; a whistleblower; praise in plain words
    ("Could someone come with us to the meeting to speak up for her? I go to pieces with officials.", "needs",
     ["advocacy"]),
    ("My grandson is typing this for me. The carers keep coming late and my tea is cold.", "representative", False),
    ("Since I lost my husband the forms have got on top of me and the carers come late.", "representative", False),
    ("I work for Sunnyside Care and I'm worried about the rota: calls are being cut short.", "sender_role", "provider"),
    ("not a complaint this time. tell Bev and Kath they are stars, they got me to my grandson's wedding.", "kind",
     "compliment"),
    # a move between areas: the council placed her; not a cat in a cattery
    ("Your council moved her to a home in Wales in May because there was nothing nearer.", "funding", "council_funded"),
    ("I paid for my respite myself. The social worker kindly arranged for my dog to go to kennels.", "funding",
     "self_funded"),
    # asking the person many times is not raising it with anyone
    ("I'm unhappy with the day centre. I ask her many times what is wrong and she only cries.", "formality", "unclear"),
]

FRESH327_330_CONCEPTS = [
    # old harm with an all-clear after it; a part of a complaint closed
    ("Back in 2023 there was an enquiry because his cash kept going missing. Nothing like that is going on now; this is "
     "about the new rota.", "safeguarding", False),
    ("I'm satisfied Mum is safe now, that part is closed, and my complaint is only about the bill.", "safeguarding",
     False),
    # figures of speech: starved of things loved; happy tears
    ("It feels like the new rules are starving him of everything he enjoys.", "safeguarding", False),
    ("The choir sang in Welsh and it made her cry happy tears.", "safeguarding", False),
]

FRESH331_334_CONCEPTS = [
    # a line too long for any hard wrap ends where the writer pressed return: one line's "never" does not negate the next
    ("my nan is 88 n she gets 4 calls a day from the agency but the times are all over the place n she cant always hear\n"
     "the new carer pulled her hair while brushing it tuesday n she cried after", "safeguarding", True),
    # someone's reported words start a new clause in dictated mail
    ("Dad can't explain it properly he just said the night carer is rough with him", "safeguarding", True),
    # a comma-spliced request is not part of an earlier condition
    ("I have your stage 1 reply. Nobody asked me if I could manage the extra nights, I work full time, I want a senior "
     "manager to look at the whole thing again", "stage2_request", True),
    # a thing found again does not cover money missing told after it
    ("His wallet went missing and turned up in the staff room and then his statement shows cash withdrawals at night "
     "he never made", "safeguarding", True),
    # an all-clear with a name as its subject; not raising a safeguarding concern
    ("It felt like Gran was singled out because of her wheelchair. To be clear, Gran is not in any danger and I'm not "
     "raising a safeguarding concern.", "safeguarding", False),
    ("He is being deprived of his liberty without any authorisation in place. I have no concerns about the care the "
     "home gives him; this is about the paperwork.", "safeguarding", False),
    # harm dealt with in a year gone by, in a thank-you
    ("There was abuse at her old home, which was looked into and dealt with back in 2019. Thank you to everyone at "
     "the new home for giving her such a happy year.", "safeguarding", False),
    # well ever since the harm was dealt with; not "hasn't been right since"
    ("A carer used to shout at him in the summer; she was moved to other calls and he has been happy ever since.",
     "safeguarding", False),
    # a figure of speech
    ("The assessor's questions felt like an attack on our dignity as a family.", "safeguarding", False),
    # touching the person asks to stop; staying dressed at night; a man coming in at night
    ("She says the night worker keeps touching her hair and she tells him to stop but he laughs.", "safeguarding", True),
    ("Mum says a man in the night comes into her room and she doesn't like it.", "safeguarding", True),
    # (a restriction told as lifted: in RULES_CLEAR_MODEL_MAY_ASK since session 48's retrain)
    # raised before and nothing happened; told to take it elsewhere
    ("I asked before and nothing happened, so I want this treated as a complaint.", "formality", "formal"),
    ("I raised the charge with the home's manager and was told we should take it up with the council.", "formality",
     "formal"),
    ("I told the office and they said it was just a personality clash.", "formality", "formal"),
    # not knowing how to write the complaint is not declining to make one
    ("I did tell the manager twice and nothing changed. I don't know the words for a proper complaint, can somebody "
     "help me?", "formality", "formal"),
    # fees from a house sale; a contribution to the council
    ("Her fees are paid out of the sale of her flat.", "funding", "self_funded"),
    ("We pay the fees ourselves out of his works pension.", "funding", "self_funded"),
    ("The letter says how much he has to contribute to the council for his home care.", "funding", "council_funded"),
    # the writer writes for themselves, whoever else is named
    ("I want to say I am writing about myself, not my father, though he was with me at the desk. He is 90.",
     "representative", False),
]

FRESH335_338_CONCEPTS = [
    # money not paid back is no recovery
    ("A carer borrowed forty pounds from him, saying she would pay it back on Friday. Never paid back.",
     "safeguarding", True),
    # figures of speech: staff tied to a rota, a worry about travelling, a drop-off
    ("The office staff are slaves to the phone on Mondays, so nobody rings back about the rota.", "safeguarding",
     False),
    ("I'm scared of her travelling on the bus on her own at night, so please look at the transport again.",
     "safeguarding", False),
    # the person's own feeling of being talked down to is staff attitude
    ("He felt embarrassed and talked down to by the night worker.", "safeguarding", False),
    # the writer's all-clear outweighs weak signs anywhere in the message
    ("To be clear, there are no concerns about her care. The problem is she was frightened to be alone overnight after "
     "her husband was admitted to hospital, and nobody on the duty line answered.", "safeguarding", False),
    ("Do you check agencies for forced labour when you give them contracts? I'm not reporting anything and I have no "
     "reason to think it happens here.", "safeguarding", False),
    # the voluntary sector in its own words and in a signature
    ("I'm a recovery worker with a local mental health charity, writing about a man I support whose review is overdue.",
     "professional", True),
    ("Please could someone call Mrs Ellis back about her review, it is three months late.\n\nThanks,\nJo Barnes\n"
     "Befriending Coordinator\nRiverside Mind", "professional", True),
    # an advocate names the person
    ("I'm the Care Act advocate for Mr Lee Chan and he has asked me to write about his reassessment.",
     "representative", True),
    # a council review of a provider's response
    ("I complained to the home and had their response last week. I do not consider that response adequate and would "
     "be grateful if the council could review it.", "stage2_request", True),
    # advocacy asked for in a list, or taken up
    ("I'd like to take you up on the offer of an advocate for Mum, please.", "needs", ["advocacy"]),
    ("What would help:\n- everything in large print please\n"
     "- an advocate for Mum, because she agrees with whoever spoke last",
     "needs", ["accessible_format", "advocacy"]),
]

FRESH339_342_CONCEPTS = [
    # flinching names whom the person shrinks from; the harm is the person's
    ("I went round to Dad's on Saturday. When I reached for his cup he flinched away from me. He has never done that "
     "before.", "safeguarding", True),
    # harm is not why the writer writes
    ("To be clear, we are not writing because we think she is being harmed or at risk. The agency keeps changing the "
     "times of her calls.", "safeguarding", False),
    # a deposit deducted, pleasure kept from someone, an open-plan room
    ("The landlord says the broken window cost 90 pounds and they will take it off her deposit.", "safeguarding", False),
    ("Honestly I felt like they were starving the poor man of the one thing he looks forward to, his pint on a Friday.",
     "safeguarding", False),
    # no fall since, in a thank-you letter
    ("I want to say a big thank you to Jean, my home carer. Last winter I was on the floor all night after a fall and "
     "she found me in the morning and rang the ambulance. Since then they fitted a pendant and I have not had a fall "
     "since. She is a treasure.", "safeguarding", False),
    # a new clause after a denial is not denied
    ("got no help at all this week i dont know how to make a complaint can somebody help me with it", "needs",
     ["advocacy"]),
    # who pays, in other words
    ("My aunt's care is paid for out of Auntie Joan's own savings, we set it up with the agency ourselves.", "funding",
     "self_funded"),
    ("I pay Oakleaf Support Services for the calls myself.", "funding", "self_funded"),
    ("He pays the whole rate himself and gets no help from the council with the fees.", "funding", "self_funded"),
    ("The carers the council found are lovely, but the times are all over the place.", "funding", "council_funded"),
    ("Tenants are told to pay for the support worker's lunch and entry to the bowling out of their own money.",
     "funding", "unknown"),
    # hours worked out are not charges
    ("Could someone explain how the hours were worked out at my review?", "care_charges", False),
    # "me mam" is my mam
    ("Can the carers ring me before they come to me dad's, he gets in a state.", "representative", True),
    # the writer's own day support
    ("I am 79. Since my wife passed I have been going to Mrs Hill, a Shared Lives carer, for day support. My daughter "
     "thought I needed company and she was right. I help her husband in the garden. It has done me the world of good.",
     "representative", False),
    # residents described as old
    ("I work nights. The residents are old and most cannot use the call bell, and only two of us are on.",
     "client_group", "older_people"),
    # no reply yet, chased and escalated, is not stage 2
    ("I sent my formal complaint a month ago and have heard nothing back since. Please escalate this to a manager.",
     "stage2_request", False),
]

FRESH343_346_CONCEPTS = [
    # money gone missing, in other words; "not the first time" says it happened before
    ("Her rings and the £60 she keeps in her handbag for the window cleaner have all vanished since the new carers "
     "started.", "safeguarding", True),
    ("I am writing about my brother at Larch House. It is not the first time cash has gone from his room.",
     "safeguarding", True),
    ("£25 went missing from Mum's purse while the agency carer was there.", "safeguarding", True),
    # records signed for care nobody saw; a long night with no visit; skin breaking down
    ("The night staff sign the turning charts for turns they have not actually seen done.", "safeguarding", True),
    ("She is put in bed at six and nobody comes until the next morning.", "safeguarding", True),
    ("The nurse told me the skin on his heels is sore and beginning to break down.", "safeguarding", True),
    # what the writer expected and did not get; an error on paper with the writer's all-clear; a charge on an account
    ("I had expected I would be talked to like a child and rushed. It never happened - the carers were patient and "
     "kind.",
     "safeguarding", False),
    ("The support plan lists the wrong dose for her tablets, but the nurses give her the right dose, so she is safe, "
     "thankfully. Please correct it.", "safeguarding", False),
    ("A further £95 has gone onto his care account as arrears.", "safeguarding", False),
    # fluctuating conditions of working-age adults
    ("I'm 38 and I've had long covid for three years. My carers keep changing their times.", "client_group",
     "disability"),
    ("My son is 26 and has severe ME, he cannot sit up for long and the agency keeps sending new faces.",
     "client_group", "disability"),
    ("Our daughter (34) had a seizure at the day centre last week and nobody rang us.", "client_group", "disability"),
    ("I have MS and my care hours were cut at the review. I cannot manage.\n\nKind regards\nJanet Morris (52)",
     "client_group", "disability"),
    # the writer's age under the name is the writer's; it does not outweigh the husband written for
    ("My husband Bill has had a stroke and the carers keep missing his tea call.\n\nRegards\nMary Kent (68)",
     "representative", True),
    # who pays, in other words
    ("After his stroke the council set the carers up for him, four calls a day, but they are always late.",
     "funding", "council_funded"),
    ("Social services give him carers from an agency twice a day and they never stay the full time.", "funding",
     "council_funded"),
    ("The council's discharge team arranged an assessment at home for Friday but nobody turned up.", "funding",
     "unknown"),
    ("Your letter does not answer my question. Nor does it explain why my council-funded care was reduced.",
     "funding", "council_funded"),
    # charges, and money that is not a charge
    ("Her Attendance Allowance finally came through, backdated to June.", "care_charges", False),
    ("The only compliment Grandad ever paid anything was 'it'll do', and he says it about his carers.",
     "care_charges", False),
    ("The council says it will take more off him for his support now his benefits have gone up.", "care_charges",
     True),
    ("Can someone tell me how the contribution works? I am frightened of the letters.", "care_charges", True),
]

FRESH347_350_CONCEPTS = [
    # the writer's own message, quoted back under the council's automatic acknowledgement
    ("Yes please, large print for Dad.\n\nOn Mon, 2 Nov 2026 at 09:00, Complaints <complaints@council.example> "
     "wrote:\n> We have received your email. Your reference is ASC-2026-00012.\n>\n> ----- Your message -----\n"
     "> The carers have left Dad in a wet pad from morning until night three days running and his skin is red raw.\n",
     "safeguarding", True),
    # a formal request taken back; a wish for a quiet fix over a formal one
    ("I said in my email last night that I wanted a formal complaint. Having thought about it I don't want it to be "
     "formal, just for someone to have a word with the day centre.", "formality", "informal"),
    ("We'd rather it was dealt with by the agency than made into a formal complaint. The carers keep arriving late.",
     "formality", "informal"),
    # harm words about something else: a call handler, a process, his own money, a landlord's damp, a bill
    ("I want to complain about the abuse I got from the man on your switchboard this morning, he was rude and hung "
     "up on me.", "safeguarding", False),
    ("The way my request was handled shows a complete neglect of your own procedures.", "safeguarding", False),
    ("Since he moved into the flat he is spending most of his money on games and takeaways, which is his choice. "
     "He is 23 and the support workers help him budget.", "safeguarding", False),
    ("I have been billed for the carers for the fortnight Dad was in hospital when nobody came. Please correct the "
     "bill.", "safeguarding", False),
    # a phone contract's arrears are not a care charge
    ("My grandson's mobile contract has gone into arrears and the phone company keeps writing to him.",
     "care_charges", False),
    # the council places other people there; this resident pays
    ("I understand the council places people at Brook House, but Mum pays her own fees from her savings.",
     "funding", "self_funded"),
]

FRESH351_354_CONCEPTS = [
    # the council's own charge called abuse, or asked about; neglect said of paperwork or of the system
    ("Sending a bill for two thousand pounds to a man who has just had a stroke is nothing less than financial abuse "
     "by this council.", "safeguarding", False),
    ("I am 70 and thinking of getting carers for the mornings. Will the council ask for money for them?",
     "safeguarding", False),
    ("The care itself is fine, it's the paperwork that gets neglected until somebody complains.", "safeguarding",
     False),
    ("It feels like the system neglects people who can't fill in forms.", "safeguarding", False),
    # what the council is billed, and a car park's charge, are not care charges
    ("Is the council still being billed by the agency for the visits that never happened?", "care_charges", False),
    ("Relatives now pay a parking charge of £3 every time they visit, which is a disgrace.", "care_charges", False),
]

FRESH355_356_CONCEPTS = [
    # the person's sores getting worse; clinical care left undone
    ("Fourth email now. Mum's ulcers are weeping and the home are not doing anything about it.", "safeguarding", True),
    ("Nobody has replied to my complaint. Meanwhile Dad's catheter is overdue by a month and he has another infection.",
     "safeguarding", True),
    # a wound healing well; the writer's own treatment by a call handler
    ("Mum has a small skin tear on her arm which is healing well, the nurses are doing a good job with it.",
     "safeguarding", False),
    ("The abuse I took from the woman who answered your helpline this morning was a disgrace.", "safeguarding", False),
    # (session 27) a relative who names their own job in passing writes as family; a job with "our patient" does not
    ("I am a practice nurse in another town. My father's carers keep missing his evening call and nobody at the agency "
     "answers the phone.", "sender_role", "public"),
    ("I'm a social worker in a neighbouring authority, writing about my own mum. Her care package was cut without any "
     "review.", "sender_role", "public"),
    ("I am a practice nurse at Elm Surgery. Our patient Mr Hollis has had no evening calls this week and his daughter "
     "is worried.", "sender_role", "professional"),
]

FRESH357_360_CONCEPTS = [
    # look-alikes: an office slip, a worker hurt at work, a worker abused, a man who took his own hearing aids out (and
    # the hearing aids a carer takes away, which still count)
    ("The duty team neglected to tell me the meeting had moved.", "safeguarding", False),
    ("My PA hurt her shoulder while hoisting me and is now off sick, so I need cover.", "safeguarding", False),
    ("What the assessor said to her was verbal abuse of my colleague, plain and simple.", "safeguarding", False),
    ("The night staff take her hearing aids away so she cannot call for help.", "safeguarding", True),
    # a stage of an illness written after it
    ("She came home with a kidney injury (stage 2) and we were not told.", "stage2_request", False),
    # the council arranging or paying, in other words; an individual service fund; a dictated "payed"
    ("The carers social services are setting up for Mum start next week.", "funding", "council_funded"),
    ("Her carers, which the authority commissioned after the stroke, come four times a day.", "funding",
     "council_funded"),
    ("The council will be funding the placement from next week, we were told.", "funding", "council_funded"),
    ("Dad's ISF with Brightside has not been spent on what it should be.", "funding", "council_funded"),
    ("his day centre is payed for by the council but the bus never comes", "funding", "council_funded"),
    # a charge the writer asks not to pay
    ("Can you make sure we are not charged the £60 for the week he was in hospital?", "care_charges", True),
    # asking someone to come and look into it
    ("Please can somebody come in and investigate.", "formality", "formal"),
    # a call note's estimate of age; a possessive typed without its apostrophe
    ("Caller believes late 70s, lives alone, carers missed the morning call twice.", "client_group", "older_people"),
    ("carers never turned up for mums lunch call again", "representative", True),
]

# Signs learnt after fresh357-360 that the text model already read (at low confidence): the rules now read them too.
FRESH357_360_SIGNS = [
    "The pharmacy says six of the slots were still full when the pack came back.",
    "The agency has missed his rivaroxaban three nights running.",
    "Nobody has come on Sundays for weeks and Dad has been having cereal for his dinner.",
]

FRESH361_364_CONCEPTS = [
    # past harm the writer accepts was put right, beside today's complaint
    ("There were medication errors at the home in the spring; you upheld that and I accept it has been put right. This "
     "complaint is about the hours.", "safeguarding", False),
    # an investigation already held is not a request for one
    ("That was investigated properly at the time and the carer was dismissed. I am unhappy about the bill.", "formality",
     "unclear"),
    # easy read asked for by a working-age adult; a day of the month in brackets is not an age (a birthday still is)
    ("I am 34. Please send me the letter in easy read.", "client_group", "disability"),
    ("Mum has dementia. Last Friday (22nd) nobody came to help her with her tea.", "client_group", "older_people"),
    ("Thank you all for Mum's 90th party at the day centre.", "client_group", "older_people"),
    # care a social worker put in; a charging policy is not the council paying
    ("The meals the social worker put in have stopped without warning.", "funding", "council_funded"),
    ("The council's charging policy says Mum must pay the full fees herself because of the house.", "funding",
     "self_funded"),
    # a charge disputed beside praise for the carers
    ("His carers are brilliant and we don't want to lose them. But the letter says he has to pay £90 a week, and that "
     "can't be right.", "kind", "complaint"),
]

# A caller at the door, or on the phone, posing as someone official to get money (learnt after fresh361-364).
FRESH361_364_SIGNS = [
    "A woman knocked at the door claiming she was from the water board and took £80 off Dad.",
    "A man pretending to be from the bank rang Mum and she gave him her card details.",
]

FRESH365_372_CONCEPTS = [
    # an assessed contribution told by a name, backdated, or questioned ("I don't understand why" takes it as given)
    ("Margaret's contribution went up from £40 to £95 a week and nobody has explained it.", "funding",
     "council_funded"),
    ("Dad now owes £2,100 in backdated contributions and he is beside himself.", "funding", "council_funded"),
    ("I still don't understand why Derek's contribution has gone up when nothing has changed.", "funding",
     "council_funded"),
    # care the council arranged, told another way; beds the council block-books
    ("The home care was arranged via ASC when she left hospital, and the carers keep coming late.", "funding",
     "council_funded"),
    ("The carers must come at 8 and 5 to give his insulin, this is what the social worker arranged.", "funding",
     "council_funded"),
    ("The unit is one the council block-books for people leaving hospital, and people are left in bed all day.",
     "funding", "council_funded"),
    # an interpreter the council sent is not care; council funding expected later is not today's
    ("The council sent a Tigrinya interpreter to the meeting and the social worker was kind.", "funding", "unknown"),
    ("We pay the fees ourselves, and the way things are going she will need council funding by the summer.",
     "funding", "self_funded"),
    # an interpreter who did not come is no missed care; neglect of courtesy; nothing told is a safeguarding matter
    ("My husband is 70 years, he had stroke in March and now he cannot walk alone. No interpreter came to the "
     "assessment.", "safeguarding", False),
    ("The neglect of basic courtesy on your phone line is shocking.", "safeguarding", False),
    ("I help her with her timetable. Nothing she has told me is a safeguarding matter, I have asked her.",
     "safeguarding", False),
    # an advocate asked about; help to complain for someone who will not do it himself
    ("Is there such a thing as an advocate for Grandad? I can't always get time off work.", "needs", ["advocacy"]),
    ("She won't complain herself, could somebody help her with it?", "needs", ["advocacy"]),
    # letters in tiny print; "how many times do I have to tell you" is dissatisfaction, not a question
    ("Every letter you send is in tiny print and he cannot read it.", "needs", ["accessible_format"]),
    ("Fourth letter by post this month. How many times do I have to tell you he is Deaf.", "kind", "complaint"),
    # the provider's reply came; the complaint looked at again
    ("The agency replied and said the matter is closed. Please council look at my complaint again, next stage.",
     "stage2_request", True),
    # a relative's possessive without an apostrophe; a relative's missed calls
    ("if i complain about my aunts care home will they take it out on her", "representative", True),
    ("Mums teatime call was missed again today.", "representative", True),
    # an unpaid carer says whom they care for; provider staff in other jobs and through an agency
    ("I am carer for my wife since her stroke, and the assessment was done without an interpreter.", "sender_role",
     "public"),
    ("I work in the laundry and do some care shifts at Beech House. The night staff shout at the residents.",
     "professional", True),
    ("I am working for an agency and they send me for nights at Larch Court. Residents are not turned at night.",
     "professional", True),
    # an older woman who manages her house fine is not its manager
    ("Are there lunch clubs near me? I'm 80, I manage the house fine, I just don't see anyone.", "sender_role",
     "public"),
]

FRESH373_376_CONCEPTS = [
    # a writer's own hoarding told in plain words; nobody to get him up and no drink all day
    ("I can't let the plumber in because of the state of the place, I sleep in the chair because the bed's covered, and "
     "I live out of tins.", "safeguarding", True),
    ("There was nobody to get him up on Saturday, and he hadn't had a drink all day when I got there.", "safeguarding",
     True),
    # squalor ruled out; a situation felt as degrading; an office that neglected to tell; abuse in a past job; a request
    # neglected
    ("He isn't living in squalor and nobody is neglecting him; this is about the bill.", "safeguarding", False),
    ("She finds it degrading to need her son to help her in the shower, so please could she have a woman carer.",
     "safeguarding", False),
    ("Your department neglected to inform the family before the move.", "safeguarding", False),
    ("I took a lot of abuse off the public as a bus driver, but never from a council office until now.",
     "safeguarding", False),
    ("My complaint from July has been completely neglected.", "safeguarding", False),
    # "before I went in" tells a time, not a question; care the council's bridging service picks up, that "you arranged",
    # or that its debt recovery team chases; a stranger who read the writer's file; other residents the council pays for
    ("Before I went into hospital I had a council-funded package of three calls a day.", "funding", "council_funded"),
    ("He was referred to the council's bridging service for four calls a day.", "funding", "council_funded"),
    ("She has carers morning and night that you arranged for her last year.", "funding", "council_funded"),
    ("Now I have letters from your debt recovery team about money I don't owe for my carers.", "funding",
     "council_funded"),
    ("A stranger has read about my autism and my personal budget because you sent it to the wrong address.", "funding",
     "council_funded"),
    ("I know the council pays for lots of the residents at Elm Lodge.", "funding", "unknown"),
]

FRESH377_380_CONCEPTS = [
    # customer service neglected; an abuse of the council's position
    ("It's the complete neglect of basic customer service that upsets me, not the carers.", "safeguarding", False),
    ("Sending threatening letters to a widow is an abuse of the council's position.", "safeguarding", False),
    # a question about who arranges something; whether there is an advocacy service
    ("Is that something the council arranges, or do we ask the home?", "funding", "unknown"),
    ("I would like to know whether there is an advocacy service that could help me with stage 2.", "needs",
     ["advocacy"]),
    # a leaving-care Personal Adviser's signature; a resident's room in a home; an age told as "I have 81 years"
    ("One of the young people I work with wants to complain about his assessment. Is there an easy read form?\n\n"
     "Many thanks\n\nMags Olowe\nPersonal Adviser (Leaving Care)\nStepping Stones Trust", "professional", True),
    ("The laundry keeps losing my cardigans and nobody does anything.\n\nYours sincerely\n\nEdna Marsh\n"
     "Room 12, Ashdown Park Nursing Home", "sender_role", "public"),
    ("My name is Ana, I have 81 years and I live alone. The carers come at different times.", "client_group",
     "older_people"),
]

FRESH381_384_CONCEPTS = [
    # signs of harm written in Welsh, Ukrainian, Russian and Arabic (seed words; LABELS.md: messages in other languages
    # are read, not dropped)
    ("Roedd ganddo lygad ddu pan aethon ni i'w gasglu o'r cartref.", "safeguarding", True),
    ("الموظف يعلق على حجابي وأشعر بالإهانة", "safeguarding", True),
    # a Welsh council's standard line is no need; a carer's own injury; a bruise the safeguarding team closed
    ("The carers keep coming late. We welcome correspondence in Welsh; corresponding in Welsh will not lead to delay.",
     "needs", []),
    ("While helping the carer move Dad to the commode I injured my back.", "safeguarding", False),
    ("The bruise was from knocking his arm on the minibus door, and the safeguarding team confirmed that no further "
     "action was needed.", "safeguarding", False),
    # charity and deputyship staff in their own words
    ("I'm a family liaison worker at Enable Inclusion, writing for the parents of one of our members.", "professional",
     True),
    ("Mrs Gill's husband has Alzheimer's and her concerns were not acted on.\n\nKind regards\n\nGurpreet Sandhu\n"
     "Dementia Adviser\nMemoryWays", "professional", True),
]

FRESH385_388_CONCEPTS = [
    # words of harm used of other things: encouragement, a bin, a parking warden, a statement of a debt, a budget's balance
    ("They sorted me a perching stool and then pushed me (nicely) to stop needing the frame.", "safeguarding", False),
    ("The carer has to drag the wheelie bin out to the road because the crew won't.", "safeguarding", False),
    ("I pulled in for two minutes and got a PCN plus a load of abuse from the warden when I tried to explain.",
     "safeguarding", False),
    ("Please send me a breakdown of what I owe and how it was worked out.", "safeguarding", False),
    ("Can we keep the money left over in the direct payment account?", "safeguarding", False),
    # working-age physical disability told by its name or its equipment
    ("I am T4 complete para and I'm 41; the new carers don't know my routine.", "client_group", "disability"),
    ("I'm 58 and have multiple system atrophy; my invoice says two carers.", "client_group", "disability"),
    ("I'm 40 and the new stand aid means I can get to the toilet without waiting.", "client_group", "disability"),
    # a retired professional writes as family; advocates who help with complaints; a personal assistant's signature
    ("I am a retired solicitor. The home has raised its fees twice this year without notice.\n\nYours faithfully\n\n"
     "John Smith LLB (retired solicitor)", "sender_role", "public"),
    ("My neighbour said there are advocates who can help people with a complaint.", "needs", ["advocacy"]),
    ("I have not been paid for three weeks.\n\nKind regards\n\nBernadette Cole\nPA to Mrs M. Hanley", "professional",
     True),
]

FRESH389_392_CONCEPTS = [
    # words of harm about other things: scams read about, a court order, a lapsed authorisation
    ("We keep hearing about elderly people being targeted by scam callers. Is there anything that can be done to "
     "protect my mum?", "safeguarding", False),
    ("The social worker's neglect of the court order has cost my client dearly.", "safeguarding", False),
    ("My aunt has been deprived of her liberty without lawful authorisation since March because nobody assessed her.",
     "safeguarding", False),
    # past harm told as over: dealt with, the money back, not worried now
    ("In July a carer took money from Mum's purse. That has been dealt with and Mum got every penny back.",
     "safeguarding", False),
    ("Last month Mum was left without her tablets one evening. She is fine and I am not worried about her now; "
     "I am writing about the bill.", "safeguarding", False),
    # raised before and not put right
    ("I spoke to the manager in October about the missed visits, rang again on Monday and got the same answer.",
     "formality", "formal"),
    # paid for privately, in other words; a council service named
    ("Dad funds his carers himself and the agency invoices him every month.", "funding", "self_funded"),
    ("It's not through the council, we found the agency ourselves.", "funding", "self_funded"),
    ("The council's respite service for my husband has been cancelled without warning.", "funding", "council_funded"),
    # a grandparent; an age after a name
    ("My grandad needs more help with washing now and the carers are always rushed.", "client_group", "older_people"),
    ("my mum is Joan Bell 82 and the carers keep coming late", "client_group", "older_people"),
]

FRESH393_396_CONCEPTS = [
    # a denial with more in it; referrals a practice makes as routine; staff who feel punished for reporting
    ("Nobody is shouting at her or taking her pension, I asked her myself.", "safeguarding", False),
    ("Our practice raises adult safeguarding referrals several times a month; who tells the referrer the outcome?",
     "safeguarding", False),
    ("The lesson the carers have learnt is that raising concerns gets you punished.", "safeguarding", False),
    # past harm told as over (the home changed hands); abuse in the news; a bill for calls not made
    ("In 2024 the home left Mum in soiled pads for hours. The home has since changed hands.", "safeguarding", False),
    ("There was a lot on the television news about neglect in care homes and it has made me anxious about choosing "
     "one for Dad.", "safeguarding", False),
    ("They are taking money for calls they never made.", "safeguarding", False),
    # paid for by adult social care, abbreviated
    ("The day centre is paid for by ASC but the bus keeps coming late.", "funding", "council_funded"),
    # a Shared Lives carer writes as a professional
    ("I have been a Shared Lives carer for five years and the scheme keeps cancelling our breaks.", "professional",
     True),
]

FRESH401_404_CONCEPTS = [
    # neglect said of the council's own offices; an old war injury; reviews read online
    ("The neglect here is in your complaints team, which has ignored three letters.", "safeguarding", False),
    ("Leaving my emails unanswered for months amounts to neglect on the part of the council.", "safeguarding", False),
    ("I get a disablement pension from when I was injured in the army.", "safeguarding", False),
    ("I read some reviews of the home online, including one about a resident's tablets being missed, and now I am "
     "worried about choosing it.", "safeguarding", False),
    # an age after the writer's name, phone-typed
    ("the carers only stop ten mins and rush me out the bath\n\nEric Dunmore 79\nflat 2 Coley House", "client_group",
     "older_people"),
]

FRESH405_408_CONCEPTS = [
    # self-harm ruled out or over; a visit felt as humiliating; a thank-you for a sore that has closed
    ("Risk screen completed: no signs of self-harm, eating well, supported by family.", "safeguarding", False),
    ("I am proud to say I am six months clean from self harm and back at college.", "safeguarding", False),
    ("The social worker was very polite but I found the visit humiliating.", "safeguarding", False),
    ("Thank you to the nurses at the home. Mum came out of hospital with a pressure sore and we were frightened. I was "
     "told this address would reach the right people. The nurse says the sore has completely closed.", "safeguarding",
     False),
]

FRESH409_412_CONCEPTS = [
    # a carer vouched for beside harm that is still there; a denial put as a request
    ("The district nurse found a sore on his heel that has broken down and he has not been turned at night for weeks. I "
     "have no concerns at all about his daughter's commitment; she is worn out.", "safeguarding", True),
    ("It is a kind of neglect to leave people waiting months for a stair rail. Please don't think I am in any danger, "
     "I am not.", "safeguarding", False),
    # everyday words: a change won bit by bit
    ("Bit by bit Mum let the new carer help her wash, and she is happier now.", "safeguarding", False),
    ("It felt like neglect to leave families in limbo for six weeks.", "safeguarding", False),
    # the writer's own feeling about a call: what "it" felt like, abuse the writer got on the line
    ("I phoned about Dad's review. It genuinely felt like abuse being spoken to like that.", "safeguarding", False),
    ("When I rang the duty desk I got a lot of abuse for asking twice.", "safeguarding", False),
    # raised before: escalated to a manager; a formal response asked for; not a question asked on the day
    ("We escalated this to the team manager in October and nothing has changed. The visits are still late.",
     "formality", "formal"),
    ("The hoist needs two of us but I am on my own. I told the office and they said just do the best you can.",
     "formality", "formal"),
    ("The review has been cancelled three times and I would like a formal explanation.", "formality", "formal"),
    ("Dad died at the home. When I asked how, the senior said he had gone peacefully in his sleep, but nobody rang us "
     "until the morning.", "formality", "unclear"),
    # care the council set up or funds, in other words
    ("The four calls a day that the council has set up stopped without warning.", "funding", "council_funded"),
    ("Her day service is paid through social services and has been cut.", "funding", "council_funded"),
    # a care worker named by her employer; a working carer's own job is not a care job
    ("I am a carer working for Brightwell Care and the rota gives us no travel time.", "sender_role", "provider"),
    ("I work nights at a call centre and can't get to daytime meetings about Mum's care.", "sender_role", "public"),
    # the person's own age and condition in passing
    ("Thanks to the reablement team I can make my own tea again. Not bad for 81.", "client_group", "older_people"),
    ("I'm 44 and have ADHD, and the letters you send are impossible to follow.", "client_group", "disability"),
]

FRESH413_416_CONCEPTS = [
    # a record or a role, not a sign: a neighbour on the sex offenders register; the writer's own conviction; an
    # appointee that manages a pension; carers neglected by the council; no current concern about anyone's safety
    ("The man moved in next door is a registered sex offender and I want to know why nobody told the tenants.",
     "safeguarding", False),
    ("I got done for an assault and criminal damage. Since my stroke I need help with washing.", "safeguarding", False),
    ("The council's client affairs team is her appointee and controls her benefits. Her gas bill has not been paid.",
     "safeguarding", False),
    ("I am not making a formal complaint, but it does feel like the council has neglected carers in all this.",
     "safeguarding", False),
    ("A man with a history of violence is due out of hospital. There is no current concern about anyone's safety; we "
     "are planning his placement.", "safeguarding", False),
    # raised and not put right: held not responsible; put right promised and a reminder sent instead
    ("I told the agency his watch went missing and they said they cannot be held responsible for valuables.",
     "formality", "formal"),
    ("I phoned your finance team and they agreed the bill was wrong. Instead I got a final demand.", "formality",
     "formal"),
    # care paid for through the council; care charges taken out of benefits
    ("Her sitting service is paid for through adult social care and has just been halved.", "funding",
     "council_funded"),
    ("You keep most of my pension for my care and I am left with nothing for the bus.", "care_charges", True),
    # an age told as a decade is when something happened, not the age of the person now
    ("My mother is 72 and deafblind. She lost her sight in her fifties and nobody at the home can sign with her.",
     "client_group", "older_people"),
    # a call note about the caller himself, who names a younger relative
    ("Caller: Mr Ron Hale (service user, calling for himself). His nephew Dean (24) has moved in and keeps asking "
     "him for money.", "representative", False),
    # the day service's staff: a driver, an activities worker
    ("I'm a minibus driver for Greenway Transport and we have no escorts on the runs now.", "sender_role", "provider"),
    ("I am an activities worker at the Larches and I am worried about how the residents' money is kept.",
     "sender_role", "provider"),
]

FRESH417_420_CONCEPTS = [
    # a man named Bill is no invoice: his fear of his brother counts
    ("My neighbour Bill is 88. His nephew has been coming round demanding money. Bill is terrified of him.",
     "safeguarding", True),
    ("Bill is worried about his sister, who keeps falling at home.", "care_charges", False),
    # everyday words: on his own for the first time
    ("Thanks to the reablement team. After his fall Dad lost his confidence. He is making his own meals again and "
     "walked to the shop on his own for the first time since June.", "safeguarding", False),
    # a care assistant at work; a telecare monitoring centre
    ("I am working as healthcare assistant at Maple Lodge and some residents are left in bed all day.", "sender_role",
     "provider"),
    ("I'm a supervisor at Northway Careline. Our alarm calls to the scheme went unanswered twice last week.",
     "professional", True),
    # an advocate asked for in Welsh
    ("Rwy'n 74 oed. Ydy hi'n bosib cael eiriolwr i fy helpu? Hoffwn i drafod hyn yn Gymraeg.", "needs",
     ["interpreter", "advocacy"]),
    # a referral made through the council's portal is not care the council arranged
    ("I made a safeguarding referral via the council's online portal last week and nobody has rung.", "funding",
     "unknown"),
]

FRESH421_424_CONCEPTS = [
    # the writer's own work as an interpreter is no need
    ("I was an interpreter for the army for ten years. Now my father needs carers and the visits are too short.",
     "needs", []),
    # the writer's own care: discharge from a ward after a section; not someone written for
    ("I am writing about my discharge from Beech ward. I came off my section 2 in October and nobody has visited.",
     "representative", False),
    ("hi i got let off my section 3 last month and the support worker i was promised never came", "client_group",
     "disability"),
    # a manager's brush-off: how it's done, kept in house
    ("I mentioned the 5am starts to the manager in October. Her answer was that things like that stay in house.",
     "formality", "formal"),
    ("I raised the early starts with the manager. She said it's how it's done.", "formality", "formal"),
    # an older people's home named in passing
    ("I work nights at Elm Court, the older peoples home, and there are two of us for thirty residents.",
     "client_group", "older_people"),
]

FRESH425_428_CONCEPTS = [
    # the harm's name set against a brush-off; control told in second-language English
    ("my uncle keeps taking grandad down the cash machine and having his money. the office said its family business. "
     "its not family business its theft.", "safeguarding", True),
    # explained and everyday: bruises from shoes; a carer's own past; a person's own behaviour when anxious
    ("The bruises turned out to be from her new shoes rubbing, and the home changed them.", "safeguarding", False),
    ("The carer talks about her own marriage the whole visit, how abusive it was, and forgets my cream.",
     "safeguarding", False),
    ("When Freya is anxious she can hit out or bite her own hand.", "safeguarding", False),
]

FRESH429_432_CONCEPTS = [
    # money paid back is a recovery only when told as done, not when asked for
    ("She can't manage money herself, so the staff hold her bank card. There is £340 in cash withdrawals that don't "
     "match anything in the folder. I want the money paid back to her.", "safeguarding", True),
    # everyday words: an inbox neglected
    ("Nobody answers this address, the mailbox seems to have been neglected for weeks.", "safeguarding", False),
]

# Words of harm the rules explain away, in one short sentence that the text model reads near its threshold (0.51 and
# 0.52 after the retraining of session 31, below 0.5 before): the rules never flag them, and the model's reading, if
# any, is a low-confidence flag for an officer to confirm (classifiers/classifier.py).  From FRESH155_158 and
# FRESH275_278's lists, where they were read by the whole classifier.
EXPLAINED_NEAR_THE_MODEL_THRESHOLD = [
    "The wind was so strong a branch fell down on the car outside.",
    "She's scared of falling again, so she only walks with her frame now and that's fine.",
]


@pytest.mark.parametrize("text", EXPLAINED_NEAR_THE_MODEL_THRESHOLD)
def test_words_explained_away_are_never_flagged_by_the_rules_and_at_most_asked_about(rules, classifier, text):
    assert labels_of(rules, text, subject="Re: care").safeguarding is False
    result = classifier.classify(parse_message(eml(text, subject="Re: care"), council_domains=DOMAINS))
    if result.labels.safeguarding:
        flags = [e for e in result.evidence if e.field == "safeguarding" and e.value is True]
        assert flags and all(e.confidence == "low" and "statistical model" in e.rule for e in flags)


FRESH433_436_CONCEPTS = [
    # dementia with a working age told, or young onset dementia, is a working-age adult's disability
    ("My husband is 57 and has Alzheimer's. His day centre place was cut without a review.", "client_group",
     "disability"),
    ("Our son-in-law has early-onset dementia and the carers keep arriving late.", "client_group", "disability"),
    ("My brother's wife has Alzheimer's and she's only 54. The respite was cancelled twice.", "client_group",
     "disability"),
    # (a guard, unchanged from before: the writer's own age beside a parent's dementia is not the parent's)
    ("I am 45 and my mother has dementia. Her carers missed three calls this week.", "client_group", "unknown"),
    # a social worker starting the care, told after her name; the council moving someone to another agency
    ("Priya from the hospital team was brilliant. She set up the carers before he came home.", "funding",
     "council_funded"),
    ("The council is switching Dad to a different agency next month and nobody asked him.", "funding",
     "council_funded"),
    ("I received a letter saying my father owes £310 in care contributions.", "funding", "council_funded"),
    # the brokerage team finding a home for someone who pays for it, or a question about who pays
    ("Dad pays for his room himself. Your brokerage team found the home for us in March and it has been awful.",
     "funding", "self_funded"),
    ("For now Mum pays the home herself from her savings. Is the council paying anything towards the nursing part?",
     "funding", "self_funded"),
    # a call note's subject line and a relative named with a bare age
    ("Call note. Caller: Mr Ben Lowe (son). Regarding: Mrs Ada Lowe, age 88, lives alone. Caller says the morning "
     "call is always late.", "representative", True),
    ("My uncle Frank Dyer, age 79, waited six hours for a carer after his fall.", "representative", True),
    ("I am one of the executors of my late father. We need a copy of his final care invoice.", "representative",
     True),
    # a reply that does not answer, and not accepting it, beside a request for a senior review
    ("Thank you for Ms Reed's letter about Dad's assessment. I'm afraid we cannot accept it, and we would like the "
     "complaint reviewed by a senior manager.", "stage2_request", True),
    ("The reply just says the review followed the policy, and it does not address a single point I raised. Please "
     "have the complaint reviewed by a senior manager.", "stage2_request", True),
    # a complaint to be treated as one and investigated
    ("I would like this treated as a complaint and investigated please.", "formality", "formal"),
    # staff who push someone in a good way
    ("The two physios pushed me (nicely!) to do my exercises and I walked to the gate today.", "safeguarding", False),
    # a carer who shares the writer's language is thanked, not asked for
    ("Thank you to Ewa who speaks Polish with me every morning.", "needs", []),
    # a funeral director's and a rural support worker's signatures
    ("Could you tell me who deals with the funeral of a resident with no family?\n\nKind regards\n\nTom Hale\n"
     "Funeral Director\nHale & Sons, Pelbury", "professional", True),
    ("I visited the farm on Monday and he had no heating.\n\nRegards\n\nAnn Pike\nRural Support Worker\n"
     "Dales Farming Support Network", "professional", True),
]

FRESH437_440_CONCEPTS = [
    # (a guard, unchanged from before: a disclaimer with its own explanation still rules its words out)
    ("I'm not suggesting anyone was neglected - the calls didn't happen because I cancelled them myself while she "
     "was in hospital.", "safeguarding", False),
    # the writer accused, in her own words
    ("I am writing because of the safeguarding investigation where they said I take money from a lady I was "
     "visiting. Her son found the money in the drawer.", "safeguarding", False),
    # an injury told with its cause, not a person
    ("My husband was badly injured in a car crash in 2015 and has used a wheelchair since. The ramp you promised has "
     "still not been fitted.", "safeguarding", False),
    # a rate that has not changed; emails left unanswered called neglect
    ("My direct payment rate hasn't changed since 2022 although my PA's wages have gone up twice.", "safeguarding",
     False),
    ("Leaving my emails unanswered for six weeks is neglect of the simplest part of your job.", "safeguarding", False),
    # someone else's word quoted is no request for stage 2
    ("Your letter said a review would be arranged soon. Since then I have been told \"it has been escalated\" and "
     "nothing more.", "stage2_request", False),
    # an advocate wanted, in a list; the agency the council uses
    ("What I want:\n1. An apology.\n2. An advocate to be with me at the review.", "needs", ["advocacy"]),
    ("The agency the council uses for Mum sent a different carer every day last week.", "funding", "council_funded"),
]

FRESH441_444_CONCEPTS = [
    # exams, and an injury told with its accident
    ("The study support has helped my brother so much in the run-up to his mocks.", "safeguarding", False),
    ("After a crash at work my back was injured and now I use a wheelchair.", "safeguarding", False),
]

FRESH445_448_CONCEPTS = [
    # money nobody can account for (a guard, unchanged: the model read it before the rules did)
    ("Since his cousin moved in, Aled does not know where the rest of his money goes.", "safeguarding", True),
    # "neglected to" an office's duty; what the complaint is not about; the writer the one accused
    ("The department has neglected to keep me updated for six weeks.", "safeguarding", False),
    ("My point was never whether Mum's tablets were the right ones, it is that nobody told me about the change.",
     "safeguarding", False),
    ("My stepdaughter raised a concern with your team that I was taking money from her dad, and now I am not allowed to "
     "take him to the day centre.", "safeguarding", False),
    # a scam call put down with nothing lost; carers wet from the weather; the carer who did wrong no longer visits
    ("A man rang pretending to be from the council and asked for my card number. I hung up and nothing was taken.",
     "safeguarding", False),
    ("The carers walked up from the main road and arrived soaked through from the snow, but cheerful.", "safeguarding",
     False),
    ("Back in August one of the carers asked Dad to lend her money. He refused, and that carer no longer visits him.",
     "safeguarding", False),
]

FRESH449_452_CONCEPTS = [
    # no shopping done and nothing left to eat (a guard, unchanged)
    ("My guide has not come for two weeks. I am living on what is in the cupboards now.", "safeguarding", True),
    # drinking alone is not domestic abuse (a weak sign); fear of a drinker still is (a guard, unchanged)
    ("His wife is terrified of him when he's been drinking.", "safeguarding", True),
    ("I am not drinking 6 month. The day centre still say no to me.", "safeguarding", False),
    # Braille's grade, needs "tied up with" drugs, equipment never ordered, a courtyard let go, an audit's threat, books
    ("An apology in Braille please (he reads Grade 2).", "safeguarding", False),
    ("Our residents' support needs are often tied up with drug use and poor mental health.", "safeguarding", False),
    ("She was tied up in her chair all afternoon.", "safeguarding", True),  # (a guard, unchanged: restraint is still read)
    ("The hoist for Dad was never ordered, the equipment store says.", "safeguarding", False),
    ("The courtyard, which the residents used to love sitting in on summer afternoons, has been totally neglected.",
     "safeguarding", False),
    ("The audit letter threatened to suspend my direct payments within 14 days.", "safeguarding", False),
    ("The payroll firm's neglect of the accounts has cost me a fine from HMRC.", "safeguarding", False),
    # an all-clear that covers the wait told before it (a guard, unchanged)
    ("The vibrating smoke alarm was promised in April and never came. To be clear, Neil has been safe throughout.",
     "safeguarding", False),
]

FRESH453_460_CONCEPTS = [
    # a worry of what might happen, not an event (fresh456)
    ("I worry what would happen if I had a stroke at night. Nobody would know until the carer came at eight.",
     "safeguarding", False),
    # sexualised remarks (fresh458); pressed by a letter to sell a home, not pushed over (fresh459)
    ("The new worker makes sexualised remarks about the residents when he thinks nobody is listening.", "safeguarding",
     True),
    ("We are being pushed to sell Mum's flat before Christmas by your finance team.", "safeguarding", False),
    # younger disabled adults naming their condition (fresh460)
    ("I'm 27 and a powerchair user.", "client_group", "disability"),
    ("He is 35 with Duchenne.", "client_group", "disability"),
    ("I'm 44, been in a chair five years since a fall from a ladder.", "client_group", "disability"),
    # words of harm in another sense (fresh461-468)
    ("My needs have not changed since the last review.", "safeguarding", False),
    ("The paperwork side of it has been rather neglected.", "safeguarding", False),
    ("The key safe code has not been changed since 2023.", "safeguarding", False),
    ("It hurts me to see her food thrown away.", "safeguarding", False),
    # (a guard, unchanged: the question about night staff, and neglect of a place)
    ("I can only call it neglect of the whole estate.", "safeguarding", False),
    # services neglected by government, a policy (fresh471)
    ("Day services have been neglected by central government for a decade.", "safeguarding", False),
    # a borough's carers neglected, as a group (fresh474)
    ("Carers in this borough have been neglected for years and this feels like more of the same.", "safeguarding",
     False),
]

FRESH481_516_CONCEPTS = [
    # a complaint taken somewhere, not things taken (fresh481); a worker barred from a boat by a rule (fresh483); neglect
    # of a list (fresh484)
    ("Should they take it to the care agency first, or come to you?", "safeguarding", False),
    ("His support worker has been told she isn't allowed on board his boat, so they meet on the bank.", "safeguarding",
     False),
    ("It is neglect of the backlog, nothing else.", "safeguarding", False),
    # an advocate asked for at a meeting to come (fresh482); a worker at approved premises signing (fresh484)
    ("We ask that Mum is accompanied by an advocate at every meeting.", "needs", ["advocacy"]),
    ("Which team should I refer a new resident to for a care assessment?\n\nMany thanks,\nDee Fox\nProject Worker, "
     "Hillside Approved Premises", "professional", True),
    # encouragement, a gifts rule, money lent by the writer, an invoice address not changed (fresh485-488)
    ("The staff pushed me just enough and I'm walking again.", "safeguarding", False),
    ("The carer said she isn't allowed to accept presents, so Mum kept the chocolates.", "safeguarding", False),
    ("My sister had to borrow twenty pounds from us when her benefits were late.", "safeguarding", False),
    ("I sent the new address in May and again in July, and the invoices still have not been changed.", "safeguarding",
     False),
    # a print size named; an advocate asked for in the writer's own words; a home carer doing "the evening calls"
    ("Anything written for me needs to be 20-point bold Arial.", "needs", ["accessible_format"]),
    ("Can somebody come and help me with the forms, an advocate as you call it.", "needs", ["advocacy"]),
    ("I work for Homefield doing the evening calls and I can't give my name. The rotas are impossible.", "sender_role",
     "provider"),
    # patience, not a hold; a review not done, not carers not come; help with the complaint form (fresh489-492)
    ("I have exercised considerable restraint in not writing sooner.", "safeguarding", False),
    ("My carer's assessment has not been reviewed for three years.", "safeguarding", False),
    ("Can someone help me fill in the complaint form?", "needs", ["advocacy"]),
    # a reply not sent, a deferred payment told as a loan, harm "dealt with that properly" in the next sentence
    # (fresh493-496)
    ("Your office neglected to ring me back.", "safeguarding", False),
    ("My neighbour says the council could lend Mum the money for the fees against the house.", "safeguarding", False),
    ("In June another resident slapped Mum. The manager dealt with that properly.", "safeguarding", False),
    # family offering a loan; a constable's phone-typed opening (fresh497-500)
    ("Her son has offered to lend her the money for the deposit.", "safeguarding", False),
    ("pc hale northfield police here. found a gent wandering on the ring road last night, lives at elm court, staff "
     "hadnt noticed he was out", "professional", True),
    # care the council put in place, promised or placed in everyday words (fresh491-500)
    ("His carers were put in place by the social worker last spring.", "funding", "council_funded"),
    ("At the review they agreed the council would fund three nights of respite.", "funding", "council_funded"),
    ("The out-of-hours duty team placed him in Rowan House that weekend.", "funding", "council_funded"),
    # a figure of speech, a training day's catering (fresh501-504)
    ("She sighs when I ring, as though I'd dragged her away from her phone.", "safeguarding", False),
    ("The training runs ten till three; there will be refreshments but no lunch.", "safeguarding", False),
    # a woman refusing a male carer; a recruitment question; an advocate already acting (fresh505-508)
    ("She won't let them near her when it's a man, so my daughter goes round instead.", "safeguarding", False),
    ("Is it discrimination to say in the job advert that we want a female PA?", "safeguarding", False),
    ("I have been Tom's advocate since March and he would like the outcome in easy read.", "needs", ["accessible_format"]),
    # a town's disabled people neglected, by policy (fresh513-516, after the retrain)
    ("The council has neglected the disabled people of this town for a decade.", "safeguarding", False),
]

# Who writes when provider staff write (LABELS.md: provider is staff of the provider complained about; learnt after
# fresh369-372): (subject, body, sender_role).
PROVIDER_STAFF_ROLES = [
    # a bilingual sign-off above the manager's title (fresh420)
    ("RE: Concern ref ASC-26-1310 - Mrs G Prys", "Thank you for forwarding the concerns. I will reply to the family "
     "by Friday.\n\nYn gywir / Yours sincerely\n\nSian Morgan\nRheolwr Cartref / Home Manager\n"
     "Cartref Gofal Ty Gwyn \u2013 Gofal Preswyl i Bobl H\u0177n\nTy Gwyn Care Home \u2013 Residential Care for Older People\n"
     "Ffordd yr Eglwys, Llanwyddel\n01632 960587", "provider"),
    # a question about the council's framework, from a home's manager: an outside professional
    ("Framework question", "Could you tell me when the home care framework reopens for new providers?\n\nKind regards\n"
     "Jane Smith\nRegistered Manager, Rowan House Care Home", "professional"),
    # a manager's complaint about a council delay, signed only with her title
    ("DoLS delay", "The DoLS application for one of our residents has been waiting seven months. This is not "
     "acceptable and I want it looked into.\n\nKind regards\nJane Smith\nRegistered Manager, Rowan House Care Home",
     "professional"),
    # an acknowledgement of a complaint, and a notice of an incident: the provider's own service
    ("Acknowledgement - your complaint about Mrs Hall", "We have received the complaint and will respond under our own "
     "complaints procedure by 4 December.\n\nKind regards\nJane Smith\nRegistered Manager, Rowan House Care Home",
     "provider"),
    ("Incident notification - Mr B, room 4", "Mr B had a fall at 3am and was seen by the paramedics; his daughter has "
     "been told.\n\nKind regards\nJane Smith\nRegistered Manager, Rowan House Care Home", "provider"),
    # a whistleblower who works there
    ("please read", "I work nights at Rowan House and I don't want to give my name. Residents are left wet until the "
     "morning.", "provider"),
    # a nurse's signature with no sign-off word, above her employer's disclaimer
    ("Concern - Mr G", "Flagging concern re pt below - pls log as formal complaint.\n\nPt: Mr G, 22 Mill Row\n"
     "New pressure ulcer on the heel, mattress unplugged.\n\nJo Bloggs\nCommunity Staff Nurse | Westside District "
     "Nursing Team\nTel 01632 960000\n\nThis e-mail and any attachments are confidential and intended solely for the "
     "addressee.", "professional"),
    # a night carer's own words, with no article ("I am working as night carer in ..."), learnt after fresh389-392
    ("nights", "I am working as night carer in Rowan House. We are two for thirty residents and nobody is turned.",
     "provider"),
    # a day service's whistleblower (learnt after fresh393-396)
    ("please read", "I work at Brook Street Day Service and cannot give my name. Staff shout at the people who come "
     "here.", "provider"),
]


@pytest.mark.parametrize("subject,text,role", PROVIDER_STAFF_ROLES)
def test_provider_staff_write_as_the_provider_only_about_their_own_service(classifier, subject, text, role):
    labels = labels_of(classifier, text, subject=subject, sender="Jane Smith <jane@care.example>")
    assert (labels.sender_role, labels.professional) == (role, True)

# A hoist used by one carer where the care plan says two (learnt after fresh377-380).
FRESH377_380_SIGNS = [
    "Four times this month only one carer came and she did the transfer on her own.",
    "Three times this month one carer did the hoist transfer on her own, and once I slipped halfway out of the sling.",
]


# Signs of harm written in Ukrainian and Russian, which the text model already asked about (learnt after fresh381-384).
FRESH381_384_SIGNS = [
    "Ліки від депресії закінчилися два тижні тому, і я кілька днів нічого не їла.",
    "Я не хочу жить так дальше.",
]


FRESH517_532_CONCEPTS = [
    # a wallet found again but empty, with a watch gone (fresh520); falls with their cause told first, bruises faded,
    # nothing broken, no fall since (fresh518)
    ("Dad's watch has gone missing from his room. His wallet was in the drawer, empty, and there was £50 in it on "
     "Friday.", "safeguarding", True),
    ("At 3am he tried to walk to the bathroom without calling anyone and fell.", "safeguarding", False),
    ("The graze on her arm from that fall has completely faded.", "safeguarding", False),
    ("The GP came that afternoon and luckily nothing was fractured - her hip was sore for a day or two.", "safeguarding",
     False),
    ("Since they moved her to a low bed she hasn't had another fall.", "safeguarding", False),
    # harm words about something else: a reply, a sink while a wet room waits, workers' safety, rubbish bags, weeks in
    # hospital, a top-up demanded (fresh519, fresh520)
    ("Your reply simply neglected the questions I asked.", "safeguarding", False),
    ("He has to wash at the bathroom sink, which he finds degrading, until the wet room is fitted.", "safeguarding",
     False),
    ("The carers keep leaving black bags of rubbish on the stairwell outside his flat.", "safeguarding", False),
    ("I was in hospital after a fall. Nobody came to the flat for those three weeks because I was not there, so why "
     "have I been billed?", "safeguarding", False),
    ("The council is threatening to move my father unless we pay the top-up.", "safeguarding", False),
    # covert medicines by a plan, sedatives stopped (fresh517); covert medicines nobody agreed stay a concern (guard)
    ("The home has a covert medication plan for Mum, agreed with her GP.", "safeguarding", False),
    ("The pharmacist's review stopped two sedatives.", "safeguarding", False),
    ("Her carer gives her tablets covertly in her tea and nobody has agreed it.", "safeguarding", True),
    ("I'd like to thank and praise the nurses at Elm House. The hospital had started a sedative and Dad slept all day. "
     "Their nurse had it stopped. The difference is incredible, he is chatting again.", "safeguarding", False),
    # an assessed contribution worked out, a financial assessment done, a package confirmed with ASC (fresh519, fresh520)
    ("The council worked out how much Dad pays for his carers.", "funding", "council_funded"),
    ("After the council did her financial assessment she was left paying £40 a week.", "funding", "council_funded"),
    ("His care package was confirmed with adult social care before he left the ward.", "funding", "council_funded"),
    # a contribution told as who pays, rent arrears (fresh518, fresh519)
    ("The council arranged Mum's carers and she pays her assessed contribution every month. My complaint is that the "
     "carers are always late.", "care_charges", False),
    ("The housing association's income team is chasing his arrears.", "care_charges", False),
    # words of harm about something else: a decision called senseless, an audit that found no harm (fresh522, fresh524)
    ("Honestly, the decision is an abuse of common sense.", "safeguarding", False),
    ("Our review of the incident log found no occasion on which a resident came to harm.", "safeguarding", False),
    # care workers about their own workplace, a union for its members (fresh524)
    ("I worked as a staff nurse at Beech Lodge Nursing Home until June and I am worried about the residents.",
     "professional", True),
    ("Just finished my shift at Elm Court care home and I need to tell someone what I saw.", "professional", True),
    ("I do waking nights at Holly House. The other worker sleeps through the alarms.", "professional", True),
    ("We write on behalf of members who work at Fernlea Care Home about staffing at night.", "professional", True),
    # a care bill paid to the council, a day centre place the council gave (fresh521, fresh522)
    ("I pay her care bill to you every month out of her account.", "funding", "council_funded"),
    ("The council gave her a place at the day centre on Mondays.", "funding", "council_funded"),
    # a sore dealt with well, told in the sentence after it; a hearing aid's battery; a slip on ice (fresh525, fresh527)
    ("Last year there was a safeguarding enquiry after Dad developed a pressure sore. That was handled well and his skin "
     "has been fine since. This is about his invoice.", "safeguarding", False),
    ("Her hearing aid battery had run out and nobody had noticed.", "safeguarding", False),
    ("She slipped on the ice, broke her wrist and bruised her knee.", "safeguarding", False),
    # the council as funder, calls cut at a review, a budget that will not stretch (fresh526, fresh527); a care worker's
    # own hours cut are no care hours (guard)
    ("The council is the funding authority for her placement.", "funding", "council_funded"),
    ("After the review his calls were reduced from four to two.", "funding", "council_funded"),
    ("My budget will not stretch to a second carer.", "funding", "council_funded"),
    ("I work nights at the home and my hours have been cut since I complained.", "funding", "unknown"),
    # debt, a car park (fresh529, fresh532; a widower alone since a death is in RULES_CLEAR_MODEL_MAY_ASK since session 47)
    ("The council's letters were unreadable to her and she has been pushed into debt.", "safeguarding", False),
    ("People from the offices next door abuse our residents' car park every day, so visitors can never park.",
     "safeguarding", False),
    # help to set a complaint down, an advocate asked for with its reason (fresh529, fresh532)
    ("Is there somebody who could help me set it all down properly?", "needs", ["advocacy"]),
    ("I would ask that Mum has an advocate, because she cannot speak up for herself since the stroke.", "needs",
     ["advocacy"]),
    # ages told as "I will be 84 in June", "(both 79)" (fresh532)
    ("I will be 84 in June and I live in the sheltered flats.", "client_group", "older_people"),
    ("My husband and I (both 79) pay for our own carers.", "client_group", "older_people"),
    # a simile, a query about a protocol, the writer's feelings at a meeting, a planned change called
    # unsafe, a crisis over, respite charges (fresh533-536)
    ("Reading what the social worker wrote about me was like being punched.", "safeguarding", False),
    ("Query - council protocol for hoarding and self-neglect cases", "safeguarding", False),
    ("At the meeting about my husband's care I found the social worker patronising and I came away feeling"
     " bullied.", "safeguarding", False),
    ("The plan is one carer instead of two. I don't think that is safe. She has never had so much as a "
     "bruise with two.", "safeguarding", False),
    ("In March she was admitted after a fall at home, and it became clear she could not go back: the house"
     " was not safe. She is clean, well fed and more sociable than I have seen her in years.", "safeguarding", False),
    ("Since March money has been taken for the respite weeks, £280 each time.", "safeguarding", False),
    # a deadline "abused", the writer called abusive, a confused man who hits a carer (fresh537-539)
    ("It is an abuse of the timescale you promised me.", "safeguarding", False),
    ("Being treated as abusive for chasing my complaint is not on.", "safeguarding", False),
    ("Dad gets confused in the evenings, and twice he has hit a carer and sworn at them.", "safeguarding", False),
]

# Signs the text model already flagged at low confidence before the rules learnt them: money moved out of someone's
# account, told as a bank or the Office of the Public Guardian tells it (fresh521-524), and the signs below it.
FRESH517_532_SIGNS = [
    "The bank has found several unauthorised transfers from his savings over the summer.",
    "Money has been moved from Nan's account into an account in her grandson's own name.",
    # broken skin told by an MP's caseworker, left in a wheelchair until the next day, long-term segregation (fresh526,
    # fresh527)
    "He says the skin over his tailbone has become raw and broken.",
    "She is left in her armchair from lunchtime until the next morning.",
    "Since April he has been held in long-term segregation on the ward.",
    # belittling and a threat to leave, money for trips not taken, words of having given up, a home cleared, a plan to end
    # a life, squalor told as rafters and a bucket (fresh533-536)
    "He tells me I'm lucky anyone bothers with me and that nobody else would put up with me.",
    "Most weeks my PA takes £15 out of my purse for petrol but we do not go anywhere.",
    "He has said he doesn't see the point any more, and his flat was cleared while he was in hospital.",
    "She told the nurse she wants to end her life.",
    "The bungalow is stacked to the rafters and he has been using a bucket as a toilet since the spring.",
    # a relative who still holds the card and login with money gone since an enquiry closed; a bank-impersonation scam
    # (fresh538, fresh540)
    "My sister still has Dad's bank card and his online banking login, and another £900 has gone out of his account.",
    "A man who said he was from her bank talked her into moving her savings to a safe account.",
]


FRESH541_568_CONCEPTS = [
    # a contribution taken twice by direct debit, "the money taken" to be refunded: a billing error (session 35); a
    # carer's theft told next to a refund stays a concern (guard)
    ("The council took Dad's care contribution twice this month by direct debit and I want the money taken refunded.",
     "safeguarding", False),
    ("I want the money taken refunded. The carer has admitted taking it from his wallet.", "safeguarding", True),
    # money spent on outings he never went on; an inverted denial ("never once did I feel"); a carer let down by services;
    # a son kept away who says his stepmother is not hurting his father (fresh541, fresh542)
    ("The support workers keep his bank card, and there is £150 on his statement for bowling trips he never went on.",
     "safeguarding", True),
    ("Never once did I feel Mum was neglected by the staff there.", "safeguarding", False),
    ("I look after my husband on my own and I feel neglected by everybody who is meant to be helping us.",
     "safeguarding", False),
    ("My stepmother won't let us in the house any more. She's not hurting him, she looks after him well, we just want "
     "to see our dad.", "safeguarding", False),
    # funding in everyday words: a contribution after a financial assessment, carers the council put in, a package the
    # hospital's social work team booked, a council home care package, a team that placed him and pays; a self-funder
    # who says the council places others at the home (fresh541, fresh543, fresh544)
    ("The council did my financial assessment and I pay £25 a week for my carers.", "funding", "council_funded"),
    ("Since his fall he has had two calls a day that the council put in, and they are always late.", "funding",
     "council_funded"),
    ("The social work team at the hospital booked her carers before discharge, and nobody came.", "funding",
     "council_funded"),
    ("Mum's council home care package was stopped in March without warning.", "funding", "council_funded"),
    ("His mental health team placed him in the flat and pays for it, but the staff ignore him.", "funding",
     "council_funded"),
    ("We pay Dad's fees ourselves. I believe the council also places people at the home.", "funding", "self_funded"),
    # a fee for a copy of records, and a contribution told as background, are no care charges complaint (fresh544)
    ("The records team want a £10 admin fee before they will send me a copy of my file.", "care_charges", False),
    ("I have a carer three mornings a week, which I pay towards after my financial assessment. My complaint is that my "
     "letters go to the wrong address.", "care_charges", False),
    # "this practice" is a way of doing things, not a firm; an investigation asked for politely; a subject access
    # request for the writer's own records; a friend named with her age (fresh542-544)
    ("Mum's carers missed two visits. I am asking you to look at whether this practice is lawful.", "professional",
     False),
    ("The carers are late every day. I would be grateful if you could investigate these concerns.", "formality",
     "formal"),
    ("I'd like a copy of my own records please. I had a stroke when I was 49. Date of birth 02/05/1970.",
     "representative", False),
    ("I am writing about my friend from church, Mrs Grace Obi, age 84, whose carers keep missing visits.",
     "representative", True),
    # a wait after a death; a general question about routes; Scots denials and "dog's abuse"; a family covering the
    # visits, "so he is being well looked after" (fresh545, fresh546, fresh548)
    ("After she died the home did not call the doctor until the next morning, so the death could not be verified in "
     "time for the funeral.", "safeguarding", False),
    ("Our GPs would like to know how to tell a quality concern from something that needs a safeguarding referral. We "
     "have no specific patient in mind.", "safeguarding", False),
    ("Tae be clear, naebody's done him ony harm, it's jist the bill that's wrang.", "safeguarding", False),
    ("The woman on the phone gave me dog's abuse for ringing again.", "safeguarding", False),
    ("He had a fall in the spring and the agency has given notice. For now I go in at lunchtime and my brother goes in "
     "at night, so he is being well looked after.", "safeguarding", False),
    # the end of a wrapped paragraph is no signature; a complaint put through to the next stage; Scots spellings
    # (fresh546, fresh547)
    ("my nan was left in the same pad all night, the stink off it, and the nurse didnt\n"
     "even know. i want a formal complaint put in and if yous lot dont do\n"
     "nothing this week im going the ombudsman\n\njay", "ombudsman", True),
    ("I don't accept your response. Please put my complaint through to the next stage.", "stage2_request", True),
    ("ah need somebody tae help me wi it, an advocate or that, ah cannae dae the meetings", "needs", ["advocacy"]),
    # funding: a call record's "Care arranged by: ASC", a placement while the council decides on funding, fees paid
    # from her own savings in a second language, help the social services give, care paid for herself; agencies the
    # council commissions, in general (guard) (fresh545, fresh546, fresh548)
    ("Care arranged by: ASC - Brightside Care, 2 calls a day. Caller says the carers are always late.", "funding",
     "council_funded"),
    ("He is in a short-term placement while the council makes a decision on his funding.", "funding",
     "council_funded"),
    ("My granny living in the home since last year and she pay the fees out of she own savings.", "funding",
     "self_funded"),
    ("The social services give her help with the cleaning once a week but the lady never comes.", "funding",
     "council_funded"),
    ("Mum pays for her flat and her care herself, and the carers have been late all week.", "funding", "self_funded"),
    ("Our GPs want to know where to send feedback about home care agencies that the council commissions.", "funding",
     "unknown"),
    # a signature that says whose daughter she is, with the home her father lives in (fresh545)
    ("Thank you for your letter but I am not satisfied with it.\n\nKind regards,\nAnjali Shah\n(daughter of Mr Vijay "
     "Shah, 79, Elm Lodge Care Home)", "sender_role", "public"),
    # a direct payment gone in late; a bill for cancelled visits called "abuse of old people" (fresh549, fresh551)
    ("For three months the money has gone in late and I had to pay my PA out of my own PIP.", "safeguarding", False),
    ("I cancelled the tea-time visit because my daughter now cooks for me, but the bill still charges for it. It is "
     "abuse of old people to take money for a service nobody gave.", "safeguarding", False),
    # funding: carers from the council, a social worker who set it up, support set up through adult social care, a place
    # the council has funded, short breaks agreed at a review, fees paid from a trust (fresh549-551)
    ("After her stroke she has carers three times in the day from the council.", "funding", "council_funded"),
    ("carers late again, the social worker set all this up its meant to be 2 calls a day", "funding",
     "council_funded"),
    ("She gets floating support for her anxiety, set up through adult social care, and the worker never turns up.",
     "funding", "council_funded"),
    ("The council has known about his epilepsy for years and has funded his place at the day centre since 2020.",
     "funding", "council_funded"),
    ("Her short breaks at Seaview in June were agreed at her review in May, and now they have been cancelled.",
     "funding", "council_funded"),
    ("Dad's fees are paid out of a family trust, so he is not one of your residents.", "funding", "self_funded"),
    # a contribution told as fair; a caller's own age on the caller's line; an inverted refusal of a formal complaint;
    # someone to help put it to the agency (fresh549-551)
    ("The council assessed me and I pay the council £40 a week towards it, which is fair. My complaint is about the "
     "carers being late.", "care_charges", False),
    ("Caller: Mr Tomas Nowak, DOB 03/04/1985 (41). Caller says his support worker never arrives on time.",
     "representative", False),
    ("The carer keeps borrowing money. I do not want her to lose her job, nor do I wish this to be a formal complaint.",
     "formality", "informal"),
    ("The carer keeps borrowing money. If there is somebody who could help me put this to the agency I would be "
     "grateful.", "needs", ["advocacy"]),
    # a position abused over fees; abuse in the replies online (fresh554, fresh556); a phone taken until he learns to
    # behave, and a woman with dementia set down at the wrong place (guards: fresh555, fresh556)
    ("Frankly the agency is abusing its position with families who have no other choice.", "safeguarding", False),
    ("I got a lot of abuse in the replies on the residents' Facebook group after I posted.", "safeguarding", False),
    ("The staff took his phone off him after a row and said he'd get it back once he learned to behave.",
     "safeguarding", True),
    ("Mum has dementia. The day centre bus dropped her at the wrong end of the road and she was lost for two hours in "
     "the rain.", "safeguarding", True),
    # someone to help with a complaint the writer does not know how to make (fresh553, fresh555)
    ("I don't know how to go about a complaint and I'd be grateful if someone could help me with it.", "needs",
     ["advocacy"]),
    ("Is there somebody who could help me set out my complaint properly? I'm no good at letters.", "needs",
     ["advocacy"]),
    # funding: a package a social worker got agreed, a council assessment of 24-hour need, a contribution since a
    # financial assessment, a council-arranged visit (fresh554-556)
    ("His social worker got a 24-hour package agreed within two days of his discharge.", "funding", "council_funded"),
    ("Dad has a live-in carer because the council assessed him as needing 24-hour support.", "funding",
     "council_funded"),
    ("I pay £20 a week towards the day centre since my financial assessment, and the bus is always late.", "funding",
     "council_funded"),
    ("He currently has one council-arranged visit a day, which is not enough.", "funding", "council_funded"),
    # a session about hate crime; a neighbour who has a go at the carers; a writer let down by a phone line (fresh557,
    # fresh560)
    ("Her college ran a session on staying safe and what hate crime is, and she wants the leaflet about it.",
     "safeguarding", False),
    ("The lad next door keeps having a go at Mum's carers when they arrive and swearing at them about the parking.",
     "safeguarding", False),
    ("When I rang the duty line nobody answered for an hour and I felt completely neglected by whoever is meant to "
     "pick up.", "safeguarding", False),
    # a fear for later, "I will have nobody to get me up"; visits missed under visiting rules; a placement "in the wrong
    # place" (a guard for the set-down line) (fresh561, fresh563, fresh564)
    ("If my PA leaves because she isn't being paid, I will have nobody to get me up in the morning.", "safeguarding",
     False),
    ("Since the new rules some residents have gone weeks without seeing their family.", "safeguarding", False),
    # a placement jointly funded with health (fresh563)
    ("She lives in a placement jointly funded by the health trust and the council.", "funding", "council_funded"),
    # data handled carelessly, a bin dragged up the drive, a lonely past (fresh565, fresh566, fresh568)
    ("Sending my bank details to the wrong address is neglectful of the most basic care with people's personal data.",
     "safeguarding", False),
    ("They leave the bin at the kerb now and I have to drag it back up the drive myself.", "safeguarding", False),
    ("Before the lunch club I used to go days without speaking to anyone.", "safeguarding", False),
]

FRESH569_600_CONCEPTS = [
    # a contract misused, the council's handling called abusive (fresh569, fresh571); a house rule on visitors that
    # staff broke is no restriction on the tenant (guard)
    ("Charging us twice for the same weeks is an abuse of the agreement we signed.", "safeguarding", False),
    ("The way families are fobbed off by your department is abusive.", "safeguarding", False),
    ("The rule is no visitors after 9 but the staff let his mates in anyway and I can't get to sleep for the noise.",
     "safeguarding", False),
    # a letter asked for in a language, documents asked for in big letters; patients in general (fresh570, fresh571)
    ("Please could I have the assessment letter explained in Portuguese language, my English is weak.", "needs",
     ["interpreter"]),
    ("Could we have the care plan and the leaflets in bigger letters for Dad, please?", "needs", ["accessible_format"]),
    ("Residents sometimes ask our staff to help them complain about their care. Who should they write to?", "needs", []),
    # a whistleblower who works "there"; a housing compliance manager; a daughter with her mother's signed consent; the
    # writer's own age told after the event (fresh569, fresh571, fresh572)
    ("I work there as a care assistant and I won't give my name. The night staff leave residents wet until morning.",
     "professional", True),
    ("I'm the Tenancy Compliance Manager at Northgate Housing and we need to see care plans for evacuation planning.",
     "professional", True),
    ("As you asked, I've attached the consent form signed by Mum, with a note from her GP saying she agrees.",
     "sender_role", "public"),
    ("I had a heart attack at the age of 61 and the reablement team were wonderful to me and to my husband.",
     "representative", False),
    # a sender dressed as the council's mail system (fresh571)
    ("Your mailbox verification has expired. 4 incoming messages addressed to you are being held. Release messages "
     "here.", "kind", "spam"),
    # patience "abused"; statistics by type of abuse (fresh575, fresh576); carers who did not come while he was in
    # hospital (fresh573; a guard; a faulty pendant to be repaired or taken away, fresh578, is in
    # RULES_CLEAR_MODEL_MAY_ASK)
    ("She says her patience is being abused by the finance team.", "safeguarding", False),
    ("Please provide the number of safeguarding referrals by type of abuse, for example neglect or financial.",
     "safeguarding", False),
    ("He was in hospital for a month and no carers came during that time, but I have been charged for the whole month.",
     "safeguarding", False),
    # "is there somebody who could help me with it"; text a communication aid can read (fresh574, fresh577; the second a
    # guard)
    ("I don't know where to start with all this. Is there somebody who could help me with it?", "needs", ["advocacy"]),
    ("Please send any documents as plain text files his device can read.", "needs", ["accessible_format"]),
    ("Her communication aid cannot read scanned letters, so please email them as text.", "needs",
     ["accessible_format"]),
    # the press, a student on placement, a researcher (fresh576)
    ("I'm a reporter at the Eastmere Echo and I'm writing a story about home care visits in the town.", "professional",
     True),
    ("I am a third-year medical student and I saw something on my placement at a care home that worried me.",
     "professional", True),
    ("I lead a research project on carers' experiences and would like to interview some of your staff.",
     "professional", True),
    # equipment that "takes abuse"; an agency that can "drop clients like that" (guard); money lent to the writer
    # (fresh581-583)
    ("The equipment in a busy home takes a fair amount of abuse, so I understand things break.", "safeguarding", False),
    ("It's disgraceful that an agency can drop clients like that with a week's notice.", "safeguarding", False),
    ("Thankfully my daughter lent me the money to pay the bill.", "safeguarding", False),
    # a council letter quoted with ">" and no "On ... wrote:", signed by the service alone (fresh582)
    ("I have a question rather than a complaint: can my wife keep her carers if she has a direct payment?\n\nColin\n\n"
     "> Dear Mrs Whitcombe,\n>\n> Changes to your home care provider\n>\n> From Monday your care will be provided by a "
     "new agency.\n>\n> If you would like this letter in large print or Braille, please contact us.\n>\n> Adult Social "
     "Care\n", "needs", []),
    # a trach and a ventilator are a physical disability; patience "has been abused"; alcohol; forms "never scanned"; a
    # whistleblower at "Larchmere (the council's respite unit)" (fresh586-588)
    ("My son is 24 and has a trach and a ventilator, and the agency keeps sending staff who are not trained.",
     "client_group", "disability"),
    ("I feel my patience has been abused by your finance department.", "safeguarding", False),
    ("The social worker told him he would need to stop drinking before anyone could assess him.", "safeguarding", False),
    ("I handed in her forms in July and they were never scanned, so the assessment is months late.", "needs", []),
    ("I work at Larchmere (the council's respite unit) and I can't give my name. Residents are left in bed all day.",
     "sender_role", "provider"),
    # figures "checked"; costs "because of his disability"; a signature "(mother of ...)"; a relative "happy for me to
    # act"; a postscript is the writer's text, not a job title; a document "shared with you" behind a credentials link
    # (fresh589-592)
    ("Nobody seems to have checked the figures before the bill was sent.", "safeguarding", False),
    ("He pays for a cleaner because of his disability, and that should have been allowed for.", "safeguarding", False),
    ("His direct payment was cut and he now has no help in the evenings.\n\nKind regards,\n\nBernadette Quinlan\n"
     "(mother of Callum Quinlan, 31)", "representative", True),
    ("I can confirm that my father, Mr Ade Bello, is happy for me to act for him. The consent form is attached.",
     "sender_role", "public"),
    ("Thank you for your help with the grab rails.\n\nBest wishes,\nMargaret Hill\n\nP.S. My daughter says we should "
     "wait for the physiotherapist's advice before buying them.", "professional", False),
    ("A document has been shared with you by the Health Protection Desk. To view it, confirm your mailbox credentials "
     "here.", "kind", "spam"),
    # the abuse care staff take from a family; spoken to "like a child" by an officer; a fake remittance advice
    # (fresh595, fresh596)
    ("Frankly, the abuse our carers are taking from her son is the reason we handed back the package.", "safeguarding",
     False),
    ("To be spoken to like a child by your officer was humiliating.", "safeguarding", False),
    # a night slept in a recliner by choice (guard: the pattern learnt from fresh591 reads a wheelchair only); carers who
    # noticed he was not drinking and rang at once (fresh597)
    ("She slept in her recliner that night, which to be fair she prefers.", "safeguarding", False),
    ("The carers were lovely, and when they noticed he wasn't drinking enough they rang me straight away.",
     "safeguarding", False),
    ("A payment to your organisation is on hold pending verification. Sign the attached form within 48 hours to release "
     "the funds. Failure to confirm may result in the payment being returned to sender.", "kind", "spam"),
]

FRESH605_CONCEPTS = [
    # session 37: who pays, from the funding misses of fresh569-604, said in other words: the council "set her up
    # with" carers, "has been giving him" carers, "are arranging a package"; respite organised "through you"; the
    # council's clients moved to a new agency; a council support worker; visits from your reablement team; a package
    # agreed by the social work team. A standing order set up through the council's website is not care. (The rows on
    # "set her up with", "are arranging", the reablement team and the agreed package already read on session 36's
    # code, like the standing order: guards.)
    ("After her fall the council set her up with carers from a local agency, and they rush every visit.", "funding",
     "council_funded"),
    ("The council has been giving him carers twice a day since March and half the time they don't turn up.",
     "funding", "council_funded"),
    ("The council are arranging a package of care for Dad before he leaves the ward, but nobody will tell us when.",
     "funding", "council_funded"),
    ("His week of respite was organised through you in the spring and it was a disaster.", "funding",
     "council_funded"),
    ("In March all the council's clients in our area were moved to a new agency and Mum's times changed overnight.",
     "funding", "council_funded"),
    ("A council support worker takes him shopping on Tuesdays but she has cancelled three weeks running.", "funding",
     "council_funded"),
    ("Mum gets two visits a week from your reablement team and they never stay more than ten minutes.", "funding",
     "council_funded"),
    ("The package of three calls a day was agreed with the social work team at the hospital and it still hasn't "
     "started.", "funding", "council_funded"),
    ("I set up a standing order through the council website and you have still sent me a reminder.", "funding",
     "unknown"),
    # carers' or staff's English is not the person's need; a financial assessment that should "take my pension credit
    # into account"; a wish not to wake up that is about a missed call (fresh605, fresh607). (The first two rows, the
    # attendance allowance and the missed call already read right on session 36's code: guards.)
    ("Most of the carers who come to Dad have hardly any English, so he can't explain where it hurts.", "needs", []),
    ("I asked the two staff on duty what had happened but both had very limited English.", "needs", []),
    ("The night staff talk in their own language to each other the whole time they are in her room.", "needs", []),
    ("Will the assessment take my attendance allowance into account?", "safeguarding", False),
    # an arrears letter answered between its lines: "he has stopped paying you" (fresh182, read from the answers only)
    ("Since the summer my brother has stopped paying you out of her pension.", "care_charges", True),
    # everyday words of harm: a carer who feels "like a slave", hours cut "on the back of" a review, bank charges "hit
    # with", a caller "abusing the phone line"; an organisation's standard offer of formats and interpreters in its
    # footer or letter (fresh609-611, fresh605). (The review and the phone line already read right on session 36's
    # code: guards.)
    ("Looking after him with no help, I feel like a slave and it's driving me mad.", "safeguarding", False),
    ("We were hit with £35 in bank charges because your payment was late.", "safeguarding", False),
    ("The receptionist said I was abusing the phone line by ringing every day.", "safeguarding", False),
    ("If you need this leaflet in large print, Braille or another language, or would like a BSL interpreter, please "
     "ring 01632 960000.", "needs", []),
    ("If you require an interpreter, please let the office know.", "needs", []),
    # a school's or university's name in the signature of someone writing about their own family, and a job named in
    # the prose of an employer's footer, are not the capacity they write in (fresh610)
    ("My mother's carers have been late every day this week and I would like it looked into.\n\nMany thanks,\n"
     "Sam Hill\n\nSam Hill\nHead of Science, Brookfield Academy\n", "sender_role", "public"),
    ("Dad's respite invoice has come twice and I'd like the duplicate cancelled.\n\nThanks,\nAnn\n\nAnn Cole\n"
     "Brookfield Trust is committed to safeguarding and promoting the welfare of children; please contact our "
     "Designated Safeguarding Lead with any concern about a pupil.\n", "sender_role", "public"),
    # the writer's own photo of a broken shower; help that was not needed (fresh614, fresh616; the second already read
    # right on session 36's code: a guard)
    ("I am sending you a picture of the broken shower so you can see it for yourselves.", "safeguarding", False),
    # a firm acting as a professional deputy; a call note's "believed late 70s" (fresh615, fresh613)
    ("I work for Ashby Deputyship Services, which was appointed by the Court of Protection in 2023 as deputy for Mr "
     "Cole. His invoices are going to the wrong address.", "professional", True),
    ("Contact record. Regarding: Mr Ray Dunn, believed late 70s, lives alone. Caller says the carers never stay.",
     "client_group", "older_people"),
    # an age in words in the teens beside the writer's own age; a deputyship team that is the council's, not the
    # writer's; a home asking for a complaint to be dropped is no threat (fresh620, fresh224, fresh618; the last two are
    # guards)
    ("I am 79 and I am writing about my grandson, who is eighteen and autistic, and the college's transport.",
     "client_group", "disability"),
    ("His money is managed by the council's deputyship team and they never answer my letters.", "professional", False),
    ("The home asked us to drop the complaint about the laundry, which we have.", "safeguarding", False),
    # the person's or the writer's own conduct towards staff, and a matter neglected (fresh621, fresh623; the second row
    # already read right on session 36's code: a guard)
    ("Mr Hale accepts that he swore at the receptionist and has apologised for it.", "safeguarding", False),
    # (the writer's own conduct as the notes tell it: in RULES_CLEAR_MODEL_MAY_ASK since session 44's retrain)
    ("I was told my son had been verbally abusive to two of the drivers.", "safeguarding", False),
    ("I feel that this whole matter has been neglected for months.", "safeguarding", False),
]

FRESH605_SIGNS = [
    # session 37: a wish "to go to sleep and never wake up"; a week's tablets left whole and pills found counted out; a
    # communication book taken away as a punishment; an iPad kept from him "when he's been difficult" (fresh605,
    # fresh606)
    "Nan told me she wants to go to sleep one night and never wake again.",
    "The carers leave him the whole week's blister pack and I found his pills counted out in piles on the table.",
    "They have confiscated her communication book for a week as a punishment for throwing it.",
    "His tablet is locked in the office whenever he has been naughty, and it is how he talks to us.",
    # savings fallen by thousands since a new friend began taking him to the bank (fresh611)
    "A man Dad knows from church takes him to the bank every week, and his savings have gone down by £4,000 since June.",
    # help in an emergency held back: a manager rung instead of 999, an ambulance not called (fresh616)
    "Instead of calling an ambulance, the staff rang his mother and waited for her to drive over.",
    "She had gone grey and was struggling to breathe, but the night carer never called an ambulance.",
    # a sleeping tablet crushed into food so he will not notice; residents who complain "get moved" (fresh619, fresh618)
    "The night carer crushes a sleeping tablet into his porridge so he doesn't notice, and nobody asked us.",
    "One of the staff told Dad that residents who complain get moved to a worse home.",
    # a hypo with nobody there to help (fresh625: a carer left during a hypo she could not sign about)
    "He had a hypo on his own and could not get up to reach the juice.",
]

FRESH629_SIGNS = [
    # session 38: a swallowing plan not followed, a drink given unthickened or a sandwich instead of a pureed meal
    # (fresh630)
    "The agency carer gave Mum an unthickened cup of coffee even though her plan says level 2 fluids.",
    "At lunch they gave him a ham sandwich instead of his pureed meal and he was coughing for ages.",
    # a man who needs supervision getting out of a day centre and found by a busy road; staff slow to tell the police;
    # nobody noticing he had gone (fresh631)
    "He slipped out through the garden fence at the day centre and a bus driver found him walking along the bypass.",
    "Staff waited two hours before they rang the police to say she was missing.",
    "Nobody noticed he had gone until the evening medication round.",
    # a whole day of pain before anyone called a doctor (fresh632; already read on session 37's code with the fall: a
    # guard)
    "She was on the floor with a broken wrist for a whole day before the carers called a doctor.",
    # a grandson holding the cards and refusing the writer her own money (fresh629; this telling, with the bank
    # statement, already read on session 37's code: a guard)
    ("My grandson keeps my bank card since my stroke. When I ask for some of my own money he tells me there's none "
     "left, and I haven't seen a bank statement in a year."),
    # an undignified photo of a resident put on social media; life-sustaining treatment missed because carers came
    # late (fresh633, fresh636)
    "One of the carers put a picture of Dad on the toilet on her Snapchat story.",
    "The carers were an hour late again, so the transport left without her and she missed her chemotherapy.",
    # a planned marriage the person does not want; friends turned away at the door on a son's say-so (fresh640; the first
    # row already read on the code of cb41b21: a guard)
    "Her uncle has arranged for her to marry a cousin she has never met, and she told me she does not want to.",
    "My daughter says her brothers are forcing her into marriage this summer.",
    "The home says my friends are not allowed to visit me because my son told them so.",
    # money paid into someone's own account under a false story; agreements signed by someone who does not understand
    # them (fresh641)
    "Her new friend told her the standing order was for a church appeal, but it turned out to be his own bank account.",
    ("Since the lodger moved in she has signed a loan agreement and been signed up to two catalogues, and she signed "
     "things she does not understand."),
    # a neighbour holding her card, keeping the receipts, and her afraid to ask for it back; a shortfall found in money a
    # home holds; a worker suspended over residents' cash (fresh647, fresh648; the first row already read on the code of
    # 74aab83 in these words: a guard)
    ("A man from the next street has had her bank card for weeks and keeps the receipts himself, and she is frightened "
     "to ask him for it back."),
    "The home's own audit found a shortfall of £180 in his allowance account.",
    "The carer who looks after residents' cash has been suspended while the police investigate.",
]

FRESH629_CONCEPTS = [
    # session 38: damp left behind by a move; a call note's all-clear about meals (fresh631, fresh630; both already
    # read right on session 37's code: guards; what a record wrongly says is in RULES_CLEAR_MODEL_MAY_ASK)
    ("The council moved her out of the old bungalow in 2024 because of the damp, and the new flat is lovely. The "
     "problem is the bus pass.", "safeguarding", False),
    ("No meals came for two weeks after the supplier changed. She is safe and eating, because her son has been cooking "
     "for her, and it is only the charge on the bill she wants looked at.", "safeguarding", False),
    # who pays, in other words: a service the council runs, the council addressed as the payer, care the council said
    # would be free (fresh631, fresh630, fresh632; the last two already read on session 37's code in these words:
    # guards)
    ("Dad was at Oakhurst, the council's own day centre, when it happened.", "funding", "council_funded"),
    ("You pay for her carers, so you should be checking that they turn up.", "funding", "council_funded"),
    ("The social worker said the reablement carers would be free for six weeks, and now there is a bill.", "funding",
     "council_funded"),
    # raised before and not resolved, in other words (fresh632; the first row already read on session 37's code: a
    # guard)
    ("I phoned your duty team in June and again last week and nobody has called back about my father.", "formality",
     "formal"),
    ("This is the fourth time I have sent your online form about Mum's carers and nobody has replied.", "formality",
     "formal"),
    ("My husband still has no carers. I telephone three times, always they say the list is long.", "formality",
     "formal"),
    # photos of records on staff phones are not images of a person; a cost the writer cannot keep up on a pension is
    # not a pension kept from him (fresh633, fresh636)
    ("Since the day centre bus stopped I pay for taxis, which I cannot keep up on my pension.", "safeguarding", False),
    # who pays, in other words: care set up by the hospital social work team, a taxi adult social care agreed, a place
    # paid for by "your department"; a formal investigation an MP asks for (fresh635, fresh636, fresh633; the discharge
    # team row already read on the code of ec0afe9: a guard)
    ("Her package was set up by the hospital discharge team in May and the carers have never once been on time.",
     "funding", "council_funded"),
    ("Adult social care agreed he would get a taxi to the day centre, and now it has been stopped.", "funding",
     "council_funded"),
    ("My place at the lunch club is paid for by your department, but the minibus keeps forgetting me.", "funding",
     "council_funded"),
    ("Mr Khan MP asks that the council carry out a formal investigation and that Mrs Doyle's concerns are looked at "
     "too. The carers left her mother without lunch twice.", "formality", "formal"),
    # marks that were insect bites; "an abuse of the process"; the later items of a denial listed with commas (fresh637,
    # fresh640; the process row already read right on the code of cb41b21: a guard; a home expected to be free of vermin
    # is in RULES_CLEAR_MODEL_MAY_ASK)
    ("The carer spotted little red marks on his arms and when she stripped the bed she found fleas from the cat. She "
     "sorted it all out with me that day and we are so grateful.", "safeguarding", False),
    ("Keeping her in hospital for three weeks over a form is an abuse of the whole discharge process.", "safeguarding",
     False),
    ("Nobody has ever hit him, bullied him or shouted at him at the centre. The complaint is about the bus times.",
     "safeguarding", False),
    # a wish about a hoist beside a request for a formal complaint (fresh643)
    ("I now want this treated as a formal complaint, and I don't want anyone using that hoist on him until it is "
     "checked.", "formality", "formal"),
    # a charge taken from a personal allowance, disputed, is not money stolen (fresh648; already read right on the code of
    # 74aab83 in these words: a guard)
    ("The home is taking laundry money out of Dad's personal allowance even though the contract says laundry is "
     "included.", "safeguarding", False),
    # a worker's own strain is not harm to the person, while a carer who hurt her arm getting her out of bed stays a
    # concern (an older row, above); the look-alike was narrowed to the worker's own back or a slip (a guard)
    ("My PA hurt her back helping me into the car, so she has been off sick for a week.", "safeguarding", False),
    # a denial that she was ever left wet; "abusing our good nature" (fresh650, fresh649)
    ("The carers are lovely and she has never been left wet or uncomfortable. It is the cost I am writing about.",
     "safeguarding", False),
    ("The agency keeps sending the late rota and it feels like they are abusing our good nature.", "safeguarding",
     False),
    # a form's connection field answered with a job (fresh632)
    ("Your relationship to them: Paid advocate from Speak Out\n\nHer carers keep missing the lunch call and she is "
     "going without food.", "sender_role", "professional"),
]

# Signs learnt from the blind sets of session 39 (fresh653 onwards), told in other words; each was flagged only by the
# text model, at low confidence, on session 38's code.
FRESH653_SIGNS = [
    # an infection told to carers, and nobody rang the writer's own doctor (fresh654)
    "On Monday I told the carer it was burning when I passed water and I felt shivery. Nobody rang my doctor.",
    "The carers never called her GP although she was hot and muddled all weekend.",
    # skin breaking down, told as "a red, broken patch of skin" (fresh659)
    "He says she now has a red, broken patch of skin on her heel which he has been covering with plasters.",
    # a DNACPR decision whose reason is the person's disability; a syringe driver switched off; weight lost "maybe";
    # food left on the tray with nobody to help (fresh662, fresh663)
    "The reason given on the DNACPR form is his learning disability and poor quality of life.",
    "The carer pressed the off button on her syringe driver to stop the noise and didn't ring us.",
    "When I visit he is very thin, I think he lost maybe 6 kilo since Christmas.",
    "Her lunch is left on the tray and nobody is helping her.",
    # left undressed in view of others; left alone in the bath against a plan (fresh670)
    "When I visited she was sitting in the lounge in nothing but a vest and a pad, in front of everybody.",
    "His support worker runs his bath and then goes off to do other jobs, and last week his face went under.",
]

FRESH653_CONCEPTS = [
    # an age said as in Portuguese, Spanish, French or Italian (fresh654; the writer's own, already read on session 38's
    # code in these words: a guard)
    ("My husband have 74 years and he live in the care home. The letter about his money I do not understand.",
     "client_group", "older_people"),
    ("I have 81 years and I live alone. The carer comes late every day and I am not happy.", "client_group",
     "older_people"),
    # words of harm in an everyday sense: an assessor who forgot the forms, the council taking over the fees, a urine
    # test done promptly (fresh656, fresh654)
    ("The assessor came but had neglected to bring the forms, so she said she would post them. They never came.",
     "safeguarding", False),
    ("His social worker says the council will take over paying for his place from September. What will he pay?",
     "safeguarding", False),
    ("The staff tested her urine and rang 111 straight away, and she was on antibiotics that evening. I just wanted to "
     "know why nobody told me.", "safeguarding", False),
    # who pays, guessed and taken back (fresh656)
    ("She has carers twice a day - arranged by social services I think, but I'm not sure. They keep coming late.",
     "funding", "unknown"),
    # help to complain asked in a list of questions (fresh656)
    ("Can you tell me how the complaints work, and if someone can help me do it?", "needs", ["advocacy"]),
    # raised before and "still wrong" (fresh656)
    ("I raised the wrong invoice with your finance team in April and again in May and it is still wrong.", "formality",
     "formal"),
    # care workers and union officials writing in their own role (fresh658)
    ("i work for brightcare on the north round. one of my ladies has had her lunch call cut to 15 min and she cant eat "
     "her dinner in that time. ive told the office 5 times", "professional", True),
    ("I'm a workplace rep for the Care Workers Union and several of our members work for providers the council "
     "contracts with. Who deals with concerns about staffing?", "professional", True),
    ("I write on behalf of the Northern Care Workers Union about our members employed by Hollinsway Homecare, who are "
     "not paid for travel time between calls. We want this investigated.", "professional", True),
    # a worker's own pay docked, and a complaint that says it is not about the residents (fresh658)
    ("They took £40 from my wages for a uniform I was told was free, and my holiday pay is late again.", "safeguarding",
     False),
    ("I am an agency care assistant at a home in town. This is not about the residents or clients. My holiday pay has "
     "not been paid for three months and I want to complain.", "representative", False),
    # a first formal complaint that asks for a senior look is not stage 2 (fresh659)
    ("I wish to make a formal complaint about my financial assessment, and I ask that it be looked at again by someone "
     "senior.", "stage2_request", False),
    # a worker's own debts told to the person (fresh657; the lending is for safeguarding, not care_charges)
    ("My support worker keeps telling me about her debts and I lent her £100.", "care_charges", False),
    # "treated like a child" by a decision, on its own (fresh657)
    ("I feel I have been treated like a child by the agency, moving my carer without asking me first.", "safeguarding",
     False),
    # routes asked about; a letter that hit someone hard; patience "abused" (fresh664, fresh662, fresh663)
    ("Should these go to your complaints team or to the safeguarding team? Is a form needed?", "safeguarding", False),
    ("A final demand addressed to Mum has hit Dad very hard. He thinks they will lose the house.", "safeguarding",
     False),
    ("I feel my good nature has been abused by your finance team, who keep sending the wrong bill.", "safeguarding",
     False),
    # help already had is not help asked for (fresh663)
    ("My neighbour has helped me write down the times the carers came.", "needs", []),
    # an age after a name with no verb between (fresh662)
    ("My father Mr Alan Garside 83 live at the care home. At the meeting there was no interpreter.", "client_group",
     "older_people"),
    ("my mum june bristow 80 is stuck upstairs and the carers leave her tray at the door", "client_group",
     "older_people"),
    # figures of speech and asides: hold times as "its own kind of elder abuse", the writer's own health "neglected", a
    # diary kept because "nobody would believe me", a dissertation on fraud; a denial after "not because" and a need
    # told for a care plan (fresh665-667; the last two already read right on the code of cd09a42: guards)
    ("Keeping a man in his seventies on hold for an hour is its own kind of elder abuse.", "safeguarding", False),
    ("I look after Mum full time and my own health has been neglected because I can't get out.", "safeguarding",
     False),
    ("I kept a diary for a month because I knew nobody would believe me about how late the carers were.",
     "safeguarding", False),
    ("My dissertation looks at how councils respond when disabled adults are targeted by fraud online.", "safeguarding",
     False),
    ("I'm writing because I'm fed up, not because I'm unsafe. The carers are late every day.", "safeguarding", False),
    ("He forgets to take his tablets unless prompted, so please make sure the new care plan includes a prompt.",
     "safeguarding", False),
    # washed naked in view of the street (fresh670); a key safe not ordered, bins neglected, an old matter "dragged back
    # up" (fresh669, fresh671, fresh672)
    ("The carers wash him with nothing on and the curtains wide open, in full view of the street.", "safeguarding",
     True),
    ("Nobody told me the key safe hadn't been ordered until I chased it.", "safeguarding", False),
    ("The council has completely neglected the bins on our estate this summer.", "safeguarding", False),
    ("An old disagreement about the garden was dragged back up at the review.", "safeguarding", False),
    # a charge for an alarm billed beside the care (fresh675; the first telling already read on the code of bd7e310: a
    # guard)
    ("Now I get a bill of £4.75 every week for the Careline alarm, and I am Deaf so I cannot use it.", "care_charges",
     True),
    ("Now I get bill £4.75 every week for this alarm. I pay for thing I can not use.", "care_charges", True),
    # a phishing mail dressed as the mailbox's own quarantine (fresh668)
    ("3 incoming messages for complaints@council.example have been placed on hold because your mailbox password has "
     "not been re-confirmed. Held messages will be permanently removed in 24 hours.", "kind", "spam"),
]

FRESH569_600_SIGNS = [
    # a dose found untaken after the carer left; a resident who gets into her bed at night (fresh571, fresh569)
    "The evening carer left before Dad had taken his pills and we found them still on the table in the morning.",
    ("A man from along the corridor keeps wandering in to her room at night and getting into bed with her. She is too "
     "frightened to sleep."),
    # a man found in yesterday's clothes, unfed; a camera in the bathroom; an appointee's spending; weight lost "a
    # worrying amount" (fresh576, fresh578, fresh580)
    "She found him in the clothes he had on the day before, and he had neither eaten nor washed.",
    ("There's a small camera hidden behind the mirror in the bathroom where they shower her, and she is frightened to "
     "go in there."),
    ("Her personal allowance has had nothing in it since the summer. Her son, who is her appointee, has just got "
     "himself a new car. Who checks what an appointee does with her money?"),
    "He has lost a worrying amount of weight since his hours were cut.",
    # yesterday's nightie and an empty fridge; blister packs "still half full" (fresh583)
    "When I visited on Sunday she was in the same nightie as last Wednesday and there was hardly anything in the fridge.",
    "His blister packs for the week were still half full when I called in on Friday.",
    # a tracheostomy tube out, tapes too loose, a carer untrained for an emergency change (fresh586)
    ("His trach tube came out on Sunday because the tapes were too loose, and the night carer didn't know how to do an "
     "emergency change."),
    # nights slept in a chair with nobody to put him to bed, and the skin at the base of his spine broken (fresh591)
    ("On several nights nobody came to put him to bed, so he slept in his armchair. He now has a sore, broken patch at "
     "the base of his spine."),
    "On five nights nobody was there to transfer Ken to bed, so he slept sitting in his wheelchair.",
    # abuse told for the first time, years later, by someone who says he now works with older people (fresh594)
    ("When I was in the home a care assistant touched me in ways he should not have, and he now works with older "
     "people."),
    # a wound the carers never dressed, now "sloughy" (fresh599; guards: the rules read both before in these words)
    "He showed the carers the cut on his shin over a week ago. Nobody has dressed it and nobody told the surgery.",
    "The graze on her foot is now sloughy and the nurse has started antibiotics.",
    # residents got up before dawn for the rota; a Sikh man's beard shaved against his faith (fresh601, fresh603; the
    # second a guard)
    ("They get us up at five and sit us in the lounge for hours before breakfast to suit the rota. I am woken at half "
     "past five every day."),
    ("He is a Sikh and has never cut his hair in his life because of his religion. The home shaved off his beard on "
     "Sunday. It is a great disrespect to our faith."),
]

FRESH541_568_SIGNS = [
    # a thing of his own kept from him for how he behaves; a pension gone in days with a bare cupboard; a grandson's
    # shouted words; harm at a home she has left, with others still there (fresh541, fresh543, fresh544)
    "He is told he can't have his phone at night if he shouts.",
    ("Her pension goes in on the Monday and three days later it is gone, and there is nothing in her cupboards but a "
     "tin of soup."),
    "There is nothing in her fridge except milk and she has got very thin.",
    "I heard her son screaming that she is useless and that he'll put her in a home.",
    ("Dad lived at Rowan Lodge until April, when we moved him to a different home. His son says that in his last weeks "
     "at Rowan Lodge he lost nearly a stone and that on arrival at the new home staff found a grade 3 sore. We fear "
     "other residents still living there are going through the same."),    # an injury to the mouth after a short break (fresh553)
    "She came back from respite on Sunday with a fat lip and a broken front tooth, and nobody rang us.",
    # hate incidents, a man made to perform and to buy for the people who target him, money taken from spending money
    # for "rent", a loan to a friend who gets short with her (fresh557, fresh559, fresh560)
    ("The police have logged four disability hate incidents against him: eggs thrown at him and his bike taken by the "
     "same lads."),
    "They made him dance for them while they filmed it, and they make him buy them cigarettes with his own money.",
    "Staff take £10 a week from his spending money for 'rent', and nobody can show me where it goes.",
    "It was a loan to my friend who does my shopping. He gets short with me when I say I haven't got it.",
    # a carer's names and baby voice; a man left in town who did not come home until the police found him; a video of a
    # resident posted by the manager, with staff laughing (fresh562, fresh564)
    "im 24 and have adhd. my carer calls me thicko and says its only a joke",
    "my carer read the rota to me in a baby voice",
    ("She left him in the town centre while she went to the bank and never came back. The police found him by the "
     "bypass at midnight."),
    ("The manager posted a video of one of the residents trying to open the fire door, and you can hear the staff "
     "laughing."),
    # no bath since a carer left, and a dressing hardly changed that now smells (fresh567)
    ("Since my carer left I have not had a bath since the summer, and the dressing on my leg is hardly changed and now "
     "smells."),
]


# Money gone from an account nobody can account for, after a disclaimer, with a thing gone missing; harm again after
# it was said to be closed (learnt after fresh437-440).
FRESH437_440_SIGNS = [
    "I'm not saying anybody is taking from her. But £450 has gone out of the account the home runs for her and nobody "
    "can tell me what for. Her radio has disappeared too.",
    # harm again after it was said to be closed
    "i rang last month about the carers missing mums blood thinners and safeguarding rang back and said it was closed. "
    "since then theyve missed them twice more.",
]

# Sitting in a soaked pad (learnt after fresh441-444; fresh274 was read until then only through a wrong word).
FRESH441_444_SIGNS = [
    "When I got there at 2 she was still in the same pad from the night and it had leaked through onto the sofa.",
]

# Mate crime in plain words, a guide who stops coming with the cupboards running bare, sexualised comments (learnt after
# fresh449-460), and the signs below them, each with the rounds it was learnt from (fresh461-512).
FRESH449_512_SIGNS = [
    "Some lads from the estate say they are his mates, but they make him hand over his money every Friday.",
    "There are boys at the bus stop who make me give them my money every week.",
    "My guide has not come for two weeks and I am living on what is in the cupboards now.",
    "The care worker made sexualised comments to her during her wash.",
    # a worker whose lunch the person pays for; a pad saturated; a moisture lesion; no proper wash on short calls; a carer
    # who must leave before breakfast is eaten; home from hospital with nobody come and tablets running out; a son who
    # gets angry when asked for the bank statements (learnt after fresh461-468)
    "The support worker gets him to pay for her lunch and coffee every time they go out.",
    "Mum has to pay for the carer's lunch when they go to the garden centre.",
    "Her pad was saturated when I arrived at ten.",
    "The nurse found a moisture lesion at the top of her legs.",
    "The carer has to leave before he has eaten his breakfast.",
    "I came home from hospital a week ago and nobody has come. My tablets run out on Monday and I can't face going out "
    "for food.",
    "When I asked my son for the bank statements he got very angry and told me to just trust him. He has been buying "
    "a lot of new things.",
    # mocked for how he speaks, and for being foreign (learnt after fresh469-472)
    "The staff laugh and copy the way he talks since his stroke.",
    "Staff told me he was kicking off in foreign, but he was speaking Polish, and they treat him like this because he "
    "is foreign.",
    # a death after choking, left alone at the table; a PA who keeps cancelling and no proper meal (learnt after
    # fresh473-476)
    "My brother died last week after choking on his tea at the home; staff had left him at the table on his own.",
    "My PA keeps cancelling and I havent had a proper meal since Tuesday, just toast.",
    # a resident's outings and hairdresser withheld to press the family over a top-up (learnt after fresh477-480)
    "Since the top-up letter the home has stopped taking Dad to the Thursday club, and his hairdresser was cancelled "
    "until the account is settled.",
    # exploitation told in ordinary words beside the Care Act's "unable to protect himself"; a debt used to make someone
    # do as he is told (learnt after fresh481-484)
    "She thinks the lodger is taking advantage of him, and he can't protect himself.",
    "She owes the lad downstairs and must do what he says till it's paid off.",
    # a bank's signs: someone else doing the talking, large sums drawn in cash (learnt after fresh485-488)
    "The cashier says her grandson does all the talking now, and she has taken out £4,000 in cash this month.",
    # self-neglect: medicine stopped (a look-alike for "taking his medication" had hidden it), not washed for weeks
    # beside rotting food (learnt after fresh489-492)
    "Her son has stopped taking his tablets and won't let anybody into his flat.",
    "He has not showered for weeks and the kitchen is full of mouldy plates.",
    # violence told as "lashes out", a "shiner" (learnt after fresh493-496)
    "Since his stroke my husband lashes out at me most evenings.",
    "She caught him with a walking stick last week and he had a shiner.",
    # a pressured sale: a seller staying for hours with someone alone, a contract she cannot recall (learnt after
    # fresh497-500)
    "A double-glazing rep came while Mum was on her own and stayed four hours. She has no idea what she signed.",
    # a romance scam: money sent to someone met online and never met in person (learnt after fresh501-504)
    "Dad met a woman on Facebook and has sent her £4,000 for her visa; he has never met her in person.",
    # a loan never paid back (a recovery pattern had read "never paid it"); clinical care missed (learnt after
    # fresh505-508)
    "His PA borrowed £300 off him for her rent and never paid it back.",
    "Her catheter care was missed twice this week and she is in a lot of pain.",
    # signs of sexual abuse told indirectly: withdrawn when one carer is on, not liking how he looks at her (learnt
    # after fresh509-512)
    "He goes very withdrawn whenever the night carer is on, and he doesn't like the way she looks at him.",
]

# Money taken from a resident's purse, told in passing beside lost things (learnt after fresh385-388).
FRESH385_388_SIGNS = [
    "Three things have now gone missing from her room, plus cash from her purse, and the home says Mum loses things.",
]

# Exploitation at home by "friends" who will not go, and no meal today (learnt after fresh389-392).
FRESH389_392_SIGNS = [
    "His new mates sleep at his place every weekend now and eat all his shopping. He says he can't make them leave.",
    "Mum rang me in tears, she hasn't had any lunch today.",
]

# Weight loss told as what a parent saw (learnt after fresh405-408).
FRESH405_408_SIGNS = [
    "My son has been looking like a bag of bones since he moved into the flat and nobody checks if he eats.",
]

# Wet in bed all night with no help to change, in second-language English (learnt after fresh413-416).
FRESH413_416_SIGNS = [
    "After my stroke I live in a hostel. Most nights I am wet in my bed till the morning and no one helps me change.",
]

# Medical help not sought for someone unwell (learnt after fresh421-424).
FRESH421_424_SIGNS = [
    "Dad had chest pain and was sweating. The carer wrote it in the book and left; nobody rang the GP.",
    "The night staff saw she was breathless and confused but they did not call an ambulance until the morning.",
]

# Control told in second-language English (learnt after fresh425-428).
FRESH425_428_SIGNS = [
    "My husband decides everything now. He goes mad when I say no.",
]

# Money moved without consent, pressure to sign a house over, rescue medication left behind on a trip (learnt after
# fresh429-432).
FRESH429_432_SIGNS = [
    "She believes her son has been withdrawing cash from her account without her permission.",
    "Her son keeps pressing her to transfer the bungalow into his name.",
    "On the day trip the staff did not bring his rescue medication with them and he had a long seizure on the coach.",
]


# Look-alikes the rules clear but the text model, retrained on fresh481-512 (session 33), asks an officer about at low
# confidence (probability 0.52-0.62: words like "negligent", "locked", "short staffed" now sit in many real concerns).
# The rules' reading is pinned, and a flag from the model alone may only ever be low confidence.
RULES_CLEAR_MODEL_MAY_ASK = [
    # German "die" ("the") and Catalan "tipa" ("fed up"), false friends the rules clear (fresh1014, fresh1021); the
    # model retrained in session 50 on 45,057 messages asks about short messages in those languages at low confidence
    "Die Rechnung ist falsch und die Pflegerin kommt zu spät.",
    "Estic tipa de les factures de la residència.",
    # a funeral plan bought with thought (fresh1009) and footage a home will not show of a fall (fresh1061): the rules
    # clear them; the model retrained in session 49 on 42,817 messages asks about them at low confidence
    "Mum chose a pre-paid funeral plan with us at the kitchen table last spring and is glad it is sorted.",
    "The home will not let us see the CCTV footage of the day she fell, and I hold her power of attorney.",
    # "drop" told of a lift or a bureau, and a review's remarks (the rules clear them; the model retrained in session 45
    # on 34,697 messages asks about them at low confidence)
    "We will drop him off at the respite unit on Friday morning.",
    "The taxi dropped him off at the wrong entrance and he waited twenty minutes for the day centre to open.",
    "Her hours were reduced on the back of that review, with nobody asking her.",
    "The drop-front of the cabinet was broken when they moved it.",
    # a family falling out, a worker's pregnancy and a crime witnessed (rules clear; the same retrain asks at low
    # confidence)
    "My brother and I have fallen out over Dad's house, which is why I am writing on my own.",
    "One of his PAs is pregnant, so I manage the rota for him.",
    "He witnessed a fight outside the pub and the police want a statement.",
    # a figure of speech about the council (fresh167-170)
    "Your finance department has been negligent in how it handled the paperwork.",
    # a rule the writer understands is for safety (fresh167-170)
    "The garden gate is kept locked. I understand it is locked for the safety of the residents who wander.",
    # a way to be contacted, not a person who cannot call for help (fresh397-400; three patterns of one weak sign
    # would make it a concern: the phone line was the third)
    "Her calls are only 10 minutes and the agency is short staffed. Please reply by email, I cannot use the phone.",
    # a language nobody at a day centre speaks (fresh521, session 34): one weak sign of being alone is left
    "At the day centre nobody speaks Polish, so he sits on his own all day.",
    # a surname that is a word for a home's state (session 35)
    "Her social worker, Mr Damp, has not returned my calls.",
    # a fall told as why carers may be needed, and how a kosher kitchen is kept (fresh545)
    "After her fall the hospital said she might need carers. She keeps a kosher kitchen with separate pans for meat and milk.",
    # a family frightened for no reason by a muddled handover (fresh550; a guard)
    "The agency's muddled handover meant his family were frightened for no reason.",
    # "took it seriously" (an older concept row: the model retrained on fresh601-604 asks about it at 0.54; session 36)
    "The duty team took it seriously and rang back within the hour.",
    # a man medically fit who "cannot go home until a care package is found" (a delayed discharge, not someone held;
    # fresh584)
    "He has been fit for discharge for two weeks but cannot go home until a care package is found.",
    # a window visit nobody came to (an older concept row: the model retrained on fresh621-624 asks about it at 0.59;
    # session 37)
    "We stood outside for the window visit and nobody came to the window.",
    # what a record says about the writer, which she says is untrue (fresh629): the rules clear it, the model retrained
    # in session 38 asks at 0.55
    "The notes say I 'refused' my evening call last Tuesday, which is simply untrue.",
    # everyday words about meals (an older concept row: the model retrained on fresh633-636 asks about it at 0.51)
    "We made sure the frozen meals were all vegetarian for him.",
    # an ambulance not needed (an older concept row: the model retrained on fresh641-644 asks about it at 0.53)
    "We didn't need to call an ambulance in the end, the carer handled it well.",
    # rows the rules clear that the model retrained on fresh645-648 asks about at 0.51-0.58 (older concept rows, and
    # session 38's photos of medication charts)
    "Just to ask in theory: if a support worker were to use someone's bank card, who investigates?",
    "The main door has a keypad so the residents can't just walk out onto the road, which is fair enough.",
    "When she first moved in I was scared she would be hurt by the other residents, but she has settled well.",
    "I just hope I don't wake up to another missed call tomorrow.",
    ("The agency asks carers to take photos of the medication charts on their own phones and send them to the pharmacy. "
     "Is that allowed?"),
    # a home expected to be free of vermin (a session 38 concept row: the model retrained on fresh657-660 asks about it
    # at 0.55)
    "The council pays for her room and I expect it to be kept clean and free of mice.",
    # equipment that works or misfires (older rows: the model retrained on fresh661-664, which taught it syringe drivers
    # switched off and pump alarms ignored, asks about these at 0.74 and 0.82)
    "The call bell was fixed the same day and is always within reach now.",
    "The pendant keeps going off by itself at night, I'd like it repaired or taken away.",
    # housebound for want of a ramp (fresh668; the rules clear it, the model of cd09a42 asks at low confidence)
    "He cannot leave the house because there is still no ramp at the back door.",
    # a photo of equipment, not of a person; a need for help with stockings told, not help withheld (fresh678: the rules
    # clear both, the model of 63b569b asks at low confidence)
    "The carer took a photo of the broken hoist and sent it to the office so they could order a new one.",
    "I am 79 and cannot put my compression stockings on without help, so I would like to know if I can have a carer "
    "in the mornings.",
    # carers who will not buy alcohol (fresh684: the rules clear it, the model of 485a2c0 asks at low confidence)
    "The support workers told him they can't buy alcohol for him any more, it is the company's policy now. He is "
    "upset and wants to know if that is allowed.",
    # older concept rows the model retrained on fresh693-696 asks about at low confidence (the rules clear them): a death
    # told beside a financial assessment letter, a deputyship team that handles money, a blind woman scared by an invoice
    ("My wife died in October after her cancer came back. She was end of life for the last month, and your financial "
     "assessment letter arrived the week of her funeral."),
    "The council's deputyship team handles her money, so please send the invoice to them.",
    "I am registered blind, and the new invoice scared the life out of me.",
    # a writer's own fear of forms (a session 12 concept row: the model retrained on fresh677-680 asks about it at 0.56)
    "I was petrified of the forms when Dad first came home, but the team walked us through them.",
    # older concept rows the model retrained on fresh697-704 asks about at low confidence (session 41): belongings lost
    # between ward and home, a rota nobody explained, a landlord's damp
    "His glasses and hearing aid were lost somewhere between the ward and the nursing home.",
    "No one came to explain the new rota to him, which I think is poor.",
    "There is black mould in Mum's bedroom because the landlord keeps putting off the repairs, and the damp is getting "
    "into her clothes.",
    # care at the end told in thanks; grown-up children at home in a question about a charge (fresh710, fresh711: the rules
    # clear them, the model of session 41 asks)
    "I thank the staff for everything. When he stopped eating at the end they would sit with him and coax him with a bit "
    "of ice cream. He died peacefully on Sunday.",
    "We can't afford the new charge because our two sons are at college and they live in my house too.",
    # older rows the model retrained on fresh697-712 asks about at low confidence (session 41): a documentary's harm, a
    # question about night staff, a social worker's surname, a grandchild's accident
    "I am writing about my relative, who is 70. I watched a documentary where residents were slapped and left in soiled "
    "beds, so I worry about choosing a home.",
    "Can you tell me if the night staff are waking or sleeping?",
    "Her social worker, Mrs Mould, has not returned my calls for three weeks and the review is overdue.",
    "My grandson fell off the swing at the park and split his head open, so I could not get to the review meeting. Can "
    "it be moved?",
    # an assessment done without seeing the person (an older row the model retrained on fresh717-720 asks about)
    "Nobody visited, nobody watched her walk, and nobody spoke to her physio before the hours were cut.",
    # a missed call the son covered himself, "gave the tablets at the right time" (fresh719)
    "The carer did not come on Sunday morning, so I did his wash myself and gave the tablets at the right time. He is "
    "fine.",
    # a urine infection told as why someone was in hospital (fresh731, session 42)
    "Mum came out of hospital after a urine infection and needs a bit more help in the mornings.",
    # a club stopped "on health and safety grounds", garden beds "full of weeds" (fresh738, session 42)
    "The gardening club stopped on health and safety grounds and now the beds are full of weeds.",
    # rows the model asks about at low confidence after session 42's retrain (from FRESH115_118 and FRESH239_242)
    "After the financial assessment they take most of his benefits for his care, and he has nothing left for the bus.",
    "As his daughters we asked for the back door to be kept locked after he walked out at 3am in January. Our "
    "complaint is about the laundry going missing.",
    # things thrown away in error when a room was moved (fresh738; the model asks since session 43's retrain)
    "The home threw away Dad's records and photographs in error when they moved his room.",
    # a lift home, not a person dropped (fresh766; the rules clear it since session 43, the model asks)
    "The minibus drops him at the end of the lane after the club.",
    # the writer's own conduct as the notes tell it (fresh623; the model asks since session 44's retrain)
    "Her notes say I was hostile and aggressive at the review, which is untrue.",
    # rows the model retrained in session 46 (on 37,137 messages) asks about at low confidence; the rules clear each
    # (from FRESH303_306, FRESH311_314, FRESH517_532, FRESH541_568 and FRESH877)
    "The invoices were stopped for the weeks the visits didn't happen, so that part is sorted.",
    "Honestly it is me who is falling apart, not Dad.",
    "The agency says the damp is a health and safety risk for their carers.",
    "He has been put in the wrong place and nobody looked for a home that suits him.",
    "The manager gave back the £5 each resident had paid for the raffle and apologised, so I am happy it has been "
    "dealt with.",
    # rows the model retrained in session 47 (on 38,737 messages) asks about at low confidence (0.51-0.76); the rules
    # clear each (from older concept rows, FRESH877 and FRESH932)
    "How can there be arrears when the council was managing her money the whole time?",
    "We would like to know about your hoarding protocol and how to make referrals.",
    "My dad is 75, lives on his own since Mum died and has COPD, and the stairs are getting too much for him.",
    "He has asked me to write on his behalf.",
    "Mum is allergic to penicillin, which is on her chart, and the nurse checks it every time.",
    # rows the model retrained in session 48 (on 39,977 messages) asks about at low confidence (about 0.8); the rules
    # clear each (from older concept rows and the fresh sets' look-alikes)
    "Because the budget was cut, the agency has had to drop her Friday and Sunday evenings.",
    "The fridge is not locked any more and I can make toast when I want. Thank you Priya.",
    "Please send the letter in Braille grade 2 as I am blind.",
]


# Signs learnt from the blind sets of session 40 (fresh677 onwards), told in other words.
FRESH677_SIGNS = [
    # a person photographed half-dressed in the hoist or on the commode (fresh678)
    "When he was in the hoist with only his vest on, the carer got her phone out and took a picture of him.",
    # (a guard: already read on session 39's code)
    "They took a video of him while he was half dressed in the sling, laughing.",
    # compression left off, and legs that swell and weep (fresh678)
    "Dad's compression bandages were left off all week and his ankles are swollen and weeping.",
    "Her support stockings have not been put on since Saturday because only one carer turns up.",
    # a sedative given so the person sleeps before the night shift (fresh680)
    "They give Mum a tablet at six every evening so that she would be asleep before the night shift starts.",
    "At the home she fell twice in a week, the second time cutting her head open, after they started giving her "
    "tablets every teatime so that she would be asleep early.",
    # a man with psychosis whose carers stopped his medicine, who names a neighbour too (fresh681)
    "I AM 58 AND THEY SAY I HAVE PSYCHOSIS SO NOBODY BELIEVES ME. THE CARERS FROM THE AGENCY TALK TO THE WOMAN "
    "UPSTAIRS ABOUT ME. ALSO THEY HAVE NOT GIVEN ME MY INJECTION FOR TWO WEEKS AND THE CHART SAYS I REFUSED.",
    # food refused and nothing else offered; staff mimicking a resident's accent (fresh686)
    "I work in the kitchen at the home. One resident will not eat the set menu, so the senior says he is not a "
    "restaurant. His plate comes back untouched every day and nobody offers him anything else.",
    "Two of the night staff do his accent whenever he asks for anything and call him Mr Fussy.",
    # money lent to a carer, "none of which has been paid back" (fresh690: the recovery's words are denied)
    "The carer keeps asking Dad to lend her money until payday. He has given her about £150 so far, none of which has "
    "been paid back.",
    # a letter sent where the person's abuser lives, "to get away from her after what she did to him" (fresh696)
    "you sent dads letter to the old flat where she still lives. the whole reason he moved was to get away from her "
    "after what she did to him. she turned up at his new place today and he wont answer the door.",
]

FRESH677_CONCEPTS = [
    # the writer puts safety or care outside the complaint (fresh677, fresh679)
    # (the first a guard: already cleared on session 39's code)
    ("He is settled in his new flat and doing well, so this is not about his safety now. It is about how long it took "
     "you to reply to me.", "safeguarding", False),
    ("She was found on the floor in July, but she is happy at Elm Lodge and this is nothing to do with her care there. "
     "It is only about the invoice.", "safeguarding", False),
    # words of harm about things: a trolley pushed; a man's own wish to have his sensor off (fresh680)
    ("The tea trolley is being pushed up and down the corridor at midnight and it wakes him every night.",
     "safeguarding", False),
    ("I just want the bed sensor switched off. I can ring for help myself and it goes off every time I turn over.",
     "safeguarding", False),
    # heard informally is no informal route; a provider rung by its name, and "That is not an answer" (fresh677, fresh680)
    ("I was told, informally, by one of the carers that the agency is short of staff. The visits are late every day.",
     "formality", "unclear"),
    # (the second a guard for the rules: the model of session 39 already read it formal)
    ("The lunch visits are late every day. I have rung Homeway Care four times about it. The manager said the rota is "
     "the rota. That is not an answer.", "formality", "formal"),
    # police, fire and rescue staff in their own role (fresh679)
    ("hi im a PCSO in the town centre team. we keep getting calls about an older lady who wanders at night, how do we "
     "refer her for an assessment?", "professional", True),
    ("Hi, I'm a firefighter at Northgate station. We did a home fire safety visit to a gentleman who smokes in bed and "
     "cannot get out of his chair alone. Who should we tell?", "professional", True),
    # a named person who cannot turn himself: the writer writes for him (fresh678)
    ("Please can you look into the bedtime calls. Brian is 22 stone and can't turn himself, and one carer on her own "
     "cannot manage him.", "representative", True),
    # help to write the complaint (fresh679)
    ("I do not know how to make complaint in the proper way, please can somebody help me to write it?", "needs",
     ["advocacy"]),
    # an allegation checked and ruled out in the writer's words (fresh681)
    ("Mum keeps telling us the carers are taking her money. We went through her statements with her and nothing has "
     "gone, and we are not worried about that. What we want is a carer who speaks Gujarati.", "safeguarding", False),
    ("Caller says her neighbour often says the staff lock him in. She does not think anyone is harming him, the door "
     "is locked at his own request and he has a key. Caller wants his lunch call moved later.", "safeguarding", False),
    ("Last spring Dad told the day centre that someone had hit him. A social worker looked into it and it was about "
     "something from the 1970s. Nobody now has any concern about his safety at home. My complaint is about the "
     "transport.", "safeguarding", False),
    # drink as alcohol; banter given by the writer (fresh684, fresh683)
    ("To be clear, he isn't drinking too much at the moment and he hasn't fallen since the spring. The problem is the "
     "new rota.", "safeguarding", False),
    ("I gave the driver some abuse about his football team and he gave it straight back, which cheered me up no end.",
     "safeguarding", False),
    # a refusal with words between "not" and the wish (fresh682)
    ("I do not, at this stage, wish to make a formal complaint. I would like the agency reminded to stay the full half "
     "hour.", "formality", "informal"),
    # a duty note whose caller tells of her own care; a friend asking who to tell (fresh683, fresh684)
    ("Call from Mrs Joan Pettit, 84, lives alone. Mrs P says her evening carer has missed three visits this month and "
     "she went to bed in her clothes. She would like the agency to be told.", "representative", False),
    ("A friend of mine, Sheila, lives on her own and has been drinking heavily since the summer. I don't know who I "
     "should tell. Can somebody ring me?", "representative", True),
    # a phishing mail dressed as a shared file (fresh683; the model of 485a2c0 already read it: a guard for the rules)
    ("Your file has been shared with you securely. It can only be opened once you confirm your email password. This "
     "link expires in 24 hours.", "kind", "spam"),
    # "neglected to" about a system; an answer typed under the council's question (fresh685, fresh688)
    ("Honestly it feels like the council has neglected to consider what happens to people like my brother when the "
     "carer dies. I want a proper plan for him.", "safeguarding", False),
    ("No, please not formal. I only want the agency to stay the full half hour with Dad.", "formality", "informal"),
    ("The carers are late most mornings. I would much rather you had a word with the agency than started a formal "
     "investigation.", "formality", "informal"),
    # a message asked for; a fee notice called a threat (fresh691, fresh689)
    ("The agency replied to my review within the hour asking me to drop them a DM. The lunch visits are still late "
     "every day.", "safeguarding", False),
    ("Can you tell me if this fee rise is allowed, and stop the home threatening Mum's place while it is sorted out?",
     "safeguarding", False),
    # an advocate by the person's name; "anything formal" declined (fresh689, fresh690)
    ("I am Leanne's advocate and I write with her consent. She was moved to another flat without any discussion.",
     "professional", True),
    ("I do not wish to make a fuss or to lodge anything formal, but the agency sent a carer on the day I had "
     "cancelled.", "formality", "informal"),
    # weight loss denied; abuse "of the system"; a phishing notice that the mailbox is full (fresh695, fresh693)
    ("His weight is fine, he isn't losing weight at all, he just misses his own food. Could the home cook rice and dal "
     "once a week?", "safeguarding", False),
    ("The abuse I am talking about is abuse of the system by your finance team, who keep sending the same wrong bill.",
     "safeguarding", False),
    ("URGENT: your mailbox storage is full and incoming mail is on hold. Accounts not confirmed today will be "
     "suspended.", "kind", "spam"),
    # the writer's all-clear in plain words (fresh688)
    ("Mum is fine, she is eating, she is clean, but the carers never talk to her, they are only on their phones. She is "
     "84 and on her own all day, so the visit matters to her.", "safeguarding", False),
    # a nurse writing as a granddaughter (fresh683)
    ("I'm writing about my grandad, who is 92 and lives at Ash House. I'm a nurse (not at Ash House, I work in "
     "outpatients at the hospital), so I know a pressure sore when I see one.", "professional", False),
]

@pytest.mark.parametrize("text", RULES_CLEAR_MODEL_MAY_ASK)
def test_look_alikes_the_rules_clear_are_never_flagged_with_confidence(rules, classifier, text):
    assert labels_of(rules, text, subject="Re: care").safeguarding is False
    result = classifier.classify(parse_message(eml(text, subject="Re: care"), council_domains=DOMAINS))
    assert result.labels.safeguarding is False or result.confidence["safeguarding"] == "low"


FRESH697_SIGNS = [
    # a sedative given without the person's or family's say; the staff's word for it (fresh702)
    "The night staff give my son his lorazepam most nights without asking him or telling us.",
    "The senior said he had already had his evening settle and was fast asleep by half six.",
    # medicine taken under threat of a sanction; a PRN sedative pressed first, not last (fresh702)
    "My support worker said if I didn't take my tablet I would lose my trip to the cinema, so I took it.",
    "When I get upset the staff make me take my PRN diazepam instead of helping me calm down like my plan says.",
]

FRESH697_CONCEPTS = [
    # an all-clear that names the person; a denial after "Nobody has suggested" (fresh697, fresh700)
    ("There was a safeguarding enquiry in 2022 about someone else on her file. To be clear, there is no concern about "
     "Mrs Price's safety now.", "safeguarding", False),
    ("I am not a danger to my husband. Nobody has suggested I ever hurt him, and I have not.", "safeguarding", False),
    # a care worker about her employer: clients well looked after, her own unpaid time (fresh703)
    ("I want to be fair to them. Our residents are well looked after. Nobody goes without their tablets or their dinner "
     "on my shift, because we make up the time by working for nothing.", "safeguarding", False),
    # a service that turned someone away; a medicines review missed (fresh702)
    ("They charged Dad for the weeks of the day service he was not allowed to attend after the incident with the "
     "minibus.", "safeguarding", False),
    ("Her medication review was missed again because no interpreter came.", "safeguarding", False),
    # someone else's all-clear that a caller reports (fresh618; a guard)
    ("Caller says the agency's reply told him they had \"no concerns about his mother's care\". Caller found her lying "
     "in a soaked bed at 2pm twice last week.", "safeguarding", True),
    # who pays, told by people moving between councils (fresh699, fresh701; the last a guard)
    ("You were paying for Mum's carers before she moved in with my sister.", "funding", "council_funded"),
    ("His care package was funded by Northshire's adult social care until he moved here.", "funding", "council_funded"),
    ("She has carers three times a day, arranged through your social services.", "funding", "council_funded"),
    ("The council agreed six weeks of respite for her after the fall.", "funding", "council_funded"),
    ("We pay his fees from the proceeds of the sale of his flat.", "funding", "self_funded"),
    # a call log's caller about her own support (fresh697)
    ("Who called: Mr Peter Grange, 67 - ringing about his own care package. Carers late every morning.",
     "representative", False),
    # help asked with the forms; help asked in the next sentence; an advocate already acting (fresh697, fresh701, fresh700)
    ("I should be grateful for someone to assist me with the forms, as my eyes are poor.", "needs", ["advocacy"]),
    ("i dont know how to make a complaint. can somebody help me with it", "needs", ["advocacy"]),
    ("I am an independent advocate with Speak Out and have supported Mr Lowe since May. He has asked me to help him "
     "complain about his day service closing at 2pm.", "needs", []),
    # care workers about their own employers (fresh701, fresh703; the first a guard)
    ("I am working as a carer for Brightside Homecare. All my clients are elderly and the calls are too short for them.",
     "sender_role", "provider"),
    ("Your response says Greenway Care changed the rotas. I work there and nothing has changed.", "sender_role",
     "provider"),
    ("I left Meadow Homecare last month. One of my old clients is still not getting his tea call.", "sender_role",
     "provider"),
]


FRESH705_SIGNS = [
    # a pension in someone else's hands and nothing left by the month's end (fresh705)
    "My brother-in-law picks up my pension for me and pays my bills. By the end of the month there is nothing left in "
    "my purse and I go without.",
    # pain that could not be told or was waved away, before a death (fresh706)
    "She could not tell the staff she was in pain because nobody there understands her signing. The doctor came twice "
    "with no interpreter. She died three days later.",
    "Dad told the carers his chest hurt and they said he was just playing up. He died that night.",
]

FRESH705_CONCEPTS = [
    # a carer at breaking point tells what she has been doing, not what she felt (fresh711; a guard)
    ("Some weekends I have been locking Mum in the flat when I go to work, because she wanders. I know it is wrong.",
     "safeguarding", True),
    # an allegation in someone else's words that the writer denies (fresh709)
    ("A neighbour we fell out with keeps telling you I am \"starving\" my father. Three social workers have been to check. "
     "I want to be clear: nobody has neglected him or hurt him.", "safeguarding", False),
    # all-clears: a nurse's "no marks I can't account for"; a fall that left her "just bruised"; after an inquest
    # (fresh709, fresh711, fresh706; the last a guard)
    ("I visit every week and there are no marks I can't account for. He is always clean and well fed.", "safeguarding",
     False),
    ("Dad had a fall in the garden last spring (he was fine, just bruised and shaken) and now wants a key safe fitted.",
     "safeguarding", False),
    ("Our Nan died in February. After the inquest we never had a moment's worry about how she was cared for at Elm "
     "House.", "safeguarding", False),
    # neglect said of the council's letters (fresh705)
    ("It is pure neglect on your department's part to leave my emails unanswered for two months.", "safeguarding",
     False),
    # an advocate already acting, in other words (fresh708)
    ("I am the appointed advocate for Mr Khan, for whom I have been the independent advocate since June. Please send the "
     "reply to me.", "needs", []),
    # who pays (fresh705, fresh709, fresh712; the last a guard)
    ("My wife is in Hawthorn Court, fully paid for by you lot, and her rings have gone missing.", "funding",
     "council_funded"),
    ("I pay a woman from Kindly Home Help privately to clean twice a week.", "funding", "self_funded"),
    ("The council's sitting service sends a carer on Thursday nights so I can sleep.", "funding", "council_funded"),
    # a locksmith's bill is no care charge (fresh707; a guard)
    ("The family paid the locksmith's bill of £150 after the agency lost Mum's keys.", "care_charges", False),
    # words of harm about something else: the council's letter naming safeguarding, appointments "abused", dental
    # treatment under sedation, rooms allocated by birth sex (fresh713-715)
    ("Your letter mentions the safeguarding team. Please don't send them, nothing is wrong, I just want the bill "
     "explained.", "safeguarding", False),
    ("The surgery receptionist said we were abusing the appointment system.", "safeguarding", False),
    ("His teeth were taken out under sedation at the dental hospital last month.", "safeguarding", False),
    ("The home puts residents on corridors by birth sex, so she would be with the men.", "safeguarding", False),
    # a fall handled well, told as such (fresh715)
    ("Mum had a fall at night and has a bruise on her arm. The staff did everything right and nobody did anything wrong "
     "by her.", "safeguarding", False),
    # a care charge told as "your bill"; debt letters beside a contribution told as who pays (fresh716)
    ("Dad stopped his carers because your bill went up to £95 a week.", "care_charges", True),
    ("Mum, who pays her assessed contribution, was sent two debt recovery letters while her reassessment was still "
     "pending.", "care_charges", True),
    # another resident's tablets given (fresh290; a guard after "gave the tablets" stopped being read as the wrong ones)
    ("Caller says the night nurse gave her dad the tablets meant for the man in the next room.", "safeguarding", True),
    # a young man frightened of noise at a work placement (fresh718)
    ("At the job placement I got scared of the noise and the lights and went home.", "safeguarding", False),
    # another council's director (fresh717)
    ("We complain about your brokerage team.\n\nJane Doe\nAssistant Director of Adult Social Care\nNorthfield County "
     "Council", "sender_role", "professional"),
    # a contribution imposed on a wage; a charge asked about (fresh718, fresh719)
    ("When I started work they said I have to pay a £35 a week contribution out of my wages.", "care_charges", True),
    ("Will the extra visits over Easter be charged on top of what Mum already pays?", "care_charges", True),
]


FRESH721_SIGNS = [
    # a wait in bed told with words between (fresh723)
    "On Tuesday I was left in bed, unable to get to the toilet, until my neighbour came round after lunch.",
    # leaving a husband because of what he did (fresh722)
    "I moved out last spring because of what my husband had been doing to me, and now the agency has given him my "
    "new address.",
    # a sale's money moved into a relative's sole account (fresh723)
    "After the bungalow was sold, £25,000 went into an account in my brother's sole name.",
    # Welsh: no meal (fresh721)
    "Dywedodd y gofalwr nad oedd hi wedi cael pryd ers dydd Llun.",
    # Welsh: without medication (fresh731)
    "Bues i heb fy meddyginiaeth am bedwar diwrnod.",
    # Polish: nobody called the doctor (fresh728)
    "Nikt nie wezwał lekarza, chociaż tata miał wysoką gorączkę.",
    # an attorney who stops paying the home (fresh725)
    "Her attorney has stopped paying the nursing home and the manager says she will have to leave.",
    # Welsh: weight lost, mould, no money for food (fresh725)
    "Mae e wedi colli pwysau ac mae llwydni yn ei fflat, a does dim arian ganddo i brynu bwyd.",
    # a threat with no "if" and fear (fresh722)
    "Her ex-husband rang again last night and told her she'd be sorry. She is frightened to go out now.",
]

FRESH721_CONCEPTS = [
    # all-clears: another council satisfied she is not at risk; "let me be clear he is not neglected" (fresh721,
    # fresh724)
    ("Our safeguarding lead looked at this with me and we are satisfied that he is not at risk of harm. "
     "This is about his missing hearing aids.", "safeguarding", False),  # a guard
    ("Dad cannot get up the stairs to the bathroom any more and washes at the sink. Let me be clear he is "
     "not neglected, we are there every day. We need a stairlift.", "safeguarding", False),  # a guard
    # a gift refused; glasses off at night; scam stories in the news; a urine infection is in RULES_CLEAR_MODEL_MAY_ASK
    # (fresh721, fresh726)
    ("I offered the carers a box of chocolates at Christmas and they would not take it.", "safeguarding", False),
    ("Dad takes his glasses off at night and leaves them on the bedside table.", "safeguarding", False),
    ("I won't open the door to anyone now, there are so many stories in the papers about people pretending"
     " to be from the water board.", "safeguarding", False),
    # an everyday "abuse"; help that accounts for every penny; falls and bruises handled and explained (fresh732,
    # fresh733-735)
    ("Asking for three years of bank statements is an abuse of our privacy.", "safeguarding", False),
    ("My neighbour takes my card to the post office every week and brings me back my money with the "
     "receipt.", "safeguarding", False),
    ("Dad had a fall in the lounge last month. The staff found him within minutes, rang 111 and the "
     "paramedic found no injury.", "safeguarding", False),
    ("Mum got a small bruise on her leg from the hoist bar; the home reported it and the OT changed the "
     "sling.", "safeguarding", False),
    # a lift to the day centre; a mock exam; an engineer who never came; the council's own appointee team (fresh734-736,
    # fresh321)
    ("When I drop Dad at the day centre the receptionist is very short with me.", "safeguarding", False),
    ("My son is so tired from the night turns that he fell asleep in his mock exam.", "safeguarding", False),  # a guard
    ("The alarm engineer was meant to come on Monday but nobody came, so my son stayed over.", "safeguarding",
     False),  # a guard
    ("Your appointee team has not paid Mum's care home fees since May.", "safeguarding", False),  # a guard
    # an investigation told as past; a relative clause after a denial (fresh727, fresh728, fresh725)
    ("There was an investigation at the home last year after a theft. I only want a quiet word with the "
     "manager about her laundry.", "formality", "informal"),
    ("This isn't something I want to take down the formal route, I just want the bill corrected.", "formality",
     "informal"),
    # a provider's response reviewed by the council; a home's words in quotation marks (fresh721)
    ("I am not satisfied with the home's response to my complaint and I am asking the council, which "
     "placed her there, to review it.", "stage2_request", True),  # a guard
    ("The home's reply says the charge is \"in line with our tariff of additional services\". I am her son "
     "and I am not happy with it.", "sender_role", "public"),
    # help to complain in other words; staff who cannot read English; an interpreter need in second-language English;
    # audio as evidence (fresh722, fresh725-728, fresh736)
    ("I would be grateful if someone could assist me in pursuing this matter, as I cannot manage the "
     "telephone.", "needs", ["advocacy"]),
    ("Please post me a complaints form. Is there somebody who could come and help me fill it in?", "needs",
     ["advocacy"]),
    ("My friend says you have people who can help you tell the council about things like this. Could "
     "someone do that for me?", "needs", ["advocacy"]),
    ("Half the carers can't read the care plan; one told me she cannot read English very well.", "needs", []),
    ("When you ring Mum, somebody must speak Portuguese with her, she not understand English.", "needs",
     ["interpreter"]),
    ("Please send me the call records and any audio recordings of the alarm calls that night.", "needs", []),
    # who pays (fresh724-736)
    ("My brother and I are there every day and we pay a private carer out of Mum's savings.", "funding", "self_funded"),
    ("Your social worker, Mr Dale, kindly arranged this through Sunrise Care.", "funding", "council_funded"),
    ("Dad's fees are paid from his own account.", "funding", "self_funded"),
    ("We are paying ourself £60 per day for the day centre.", "funding", "self_funded"),
    ("We provide his three daily calls under our contract with the council.", "funding", "council_funded"),
    ("We sold Mum's house to pay for the home.", "funding", "self_funded"),
    ("The council sends me carers twice a day but they are always late.", "funding", "council_funded"),  # a guard
    ("All our clients are on council contracts and the calls are too short.", "funding", "council_funded"),
    ("Her social worker set up her morning carers after the fall.", "funding", "council_funded"),  # a guard
    # a charge asked about; sight loss at 57 (fresh724)
    ("Will she be charged for carers if the assessment says she needs them?", "care_charges", True),
    ("My brother is 57 years, he has diabetes and his eyes are very weak.", "client_group", "disability"),
    # provider staff in other words and in Polish (fresh724-736)
    ("I am working like senior carer at Rosewood Nursing Home and the manager keeps the residents' bank "
     "cards.", "sender_role", "provider"),
    ("I work nights at Fernlea Nursing Home and the residents are left without drinks.", "sender_role",
     "provider"),  # a guard
    ("Pracuję jako opiekunka w domu Harbour Lane. Mieszkańcy nie dostają leków wieczorem.", "professional", True),
]

FRESH737_SIGNS = [
    # Polish: the carer shouts at Mum, told after "i" (and) (fresh738)
    "Piszę w sprawie mojej mamy. Wieczorna opiekunka śmieje się z jej śpiewania i krzyczy na nią.",
    # a card and PIN in other hands with money that does not add up, in a thank-you letter (fresh738)
    "The neighbour who does her shopping has had her bank card and PIN since March, and the amounts going out "
    "don't add up.",
    # the call bell held back as a threat after a complaint (fresh741)
    "One of the night staff told him, now you've complained, let's see who comes when you press that buzzer.",
    # Welsh: a sore on the heel nobody has dressed (fresh743)
    "Mae ganddi ddolur ar ei sawdl a does neb wedi rhoi dresin arno.",
    # frightened into keeping quiet (fresh741; a guard)
    "I will not be frightened into keeping quiet about how the night staff treat us.",
]

FRESH737_CONCEPTS = [
    # a refusal in capitals, now that capitals are split like "don't" (fresh737)
    ("I DONT NEED AN ADVOCATE OR LARGE PRINT, I NEED THE BILL PUT RIGHT.", "needs", []),
    # a job neglected; notice given (fresh741, fresh744; the last is a guard); garden beds full of weeds and things thrown
    # away in error are in RULES_CLEAR_MODEL_MAY_ASK
    ("The handyman has neglected to fix the lounge television for a month.", "safeguarding", False),
    ("Her review was cancelled again, this time ten minutes before it was due to start.", "safeguarding",
     False),
    # a CD of music; help had, not asked for (fresh738, fresh739)
    ("The social worker brought in a CD of his old band and he loved it.", "needs", []),
    ("My support worker helped me say what I wanted to say at the meeting.", "needs", []),
    # who pays (fresh743)
    ("Her placement was arranged and paid for by your council.", "funding", "council_funded"),
    ("Since Brightway took over the council contract the calls have been late.", "funding", "council_funded"),
    # a professional telling of someone at risk; a phone-typed possessive (fresh740, fresh721)
    ("Insulin missed three times this week at Flat 4, the carers say they were not told. Please look "
     "into it urgently.\n"
     "\n"
     "Jo Smith\n"
     "District Nurse, Eastfield Community Nursing Team", "representative", True),
    ("carers have left mums teeth in the pot again and she cant eat her dinner", "representative", True),
]


FRESH745_SIGNS = [
    # Welsh: Mum without her insulin for two days (fresh753)
    "Bu Mam heb ei inswlin am ddau ddiwrnod ar ôl i'r gofalwyr beidio â dod.",
    # Welsh: soaked through in the chair (fresh768)
    "Roedd hi'n wlyb drwyddi yn y gadair pan gyrhaeddais i bore 'ma.",
    # Polish: the carers had not given him insulin for a week (fresh764)
    "Opiekunki od tygodnia nie podawały mu insuliny.",
    # one carer sent alone where the plan says two, and lifting alone (fresh759)
    "The agency keeps sending one carer on her own to clients who need two carers for the hoist.",
    "I have to lift her by myself because the second carer never comes.",
    # a wheelchair's charger taken to keep someone in (fresh771)
    "He unplugs the charger for her wheelchair whenever they argue.",
    # touched in the toilets (fresh770)
    "She says a man at the centre touched her in the toilets last week.",
    # no time left to make a meal; making do with snacks (fresh763)
    "There's no time in the visit to make him a dinner now, so he's making do with toast and biscuits.",
    # someone's intentions cleared, then the fear told (fresh746)
    "I have no reason to think her son means her any harm, but she told me she is frightened of him.",
    # a carer suspended pending an investigation: a holding measure, not an all-clear (fresh772)
    "The carer has been suspended pending an investigation into the allegation that he slapped her.",
    # the bank's flags, behind a "fraud team" look-alike (fresh779)
    "The bank's fraud team rang about unusual cash withdrawals on her account.",
    # a patch put on over another; a support given back only for good behaviour; held by the throat (fresh785-788)
    "The carer put a new morphine patch on without removing the old one and she was rushed in with opioid toxicity.",
    "Staff keep his hearing aids in the office and give them back only when he behaves.",
    "Last night he had her by the throat in the kitchen.",
    # a family carer hurt by the person she cares for (fresh786; the statutory guidance's "Carers and safeguarding")
    "I care for my husband, who has dementia. Last week his mug caught me above the eye and I needed stitches.",
]

FRESH745_CONCEPTS = [
    # injuries on the bony places a fall bruises, told with a fall handled well (fresh745)
    ("He fell getting out of bed and has a bruise on his knee, but the night staff found him within minutes and "
     "handled it very well.", "safeguarding", False),
    # a knock against a thing told with the bruise (fresh748)
    ("His leg caught the bath panel as the carers lowered him, leaving a small bruise on his shin.", "safeguarding",
     False),
    # words of harm about paperwork, debt collectors, one's own pension, a street, a table, settling in, a lift home
    # (fresh749-fresh772)
    ("The finance team neglected to give me the reference number for the payment.", "safeguarding", False),
    ("Now you are threatening to pass us to debt collectors over a bill we have already paid.", "safeguarding",
     False),
    ("She has her pension and a little in the Post Office.", "safeguarding", False),
    ("What the carers do with their vans every morning is an abuse of our street.", "safeguarding", False),
    ("Mama zasypia przy stole po obiedzie.", "safeguarding", False),
    ("I told them it would help her settle if she had her own chair back.", "safeguarding", False),
    ("The carers walked through the snow so that Mum wasn't left without her lunch.", "safeguarding", False),
    # a contribution told as accepted (fresh745-752)
    ("I pay £30 a week towards it, which I don't mind at all.", "care_charges", False),
    # who pays, in capitals and for another council (fresh757, fresh760, fresh755)
    ("WE PAY FOR HER CARE OUT OF MUMS OWN SAVINGS AND HAVE DONE FOR TWO YEARS.", "funding", "self_funded"),
    ("Eastwick funds a placement for him at Rowan House in your area.", "funding", "council_funded"),
    # the family interprets by choice (fresh757)
    ("My father speaks Gujarati only but I will interpret for him, so no interpreter is needed.", "needs", []),
    # a senior look asked for after a provider's response (fresh756)
    ("We had the home's answer to our complaint and we do not accept it. Please look into it properly, someone "
     "senior.", "stage2_request", True),
]


FRESH789_SIGNS = [
    # a family carer hurt by the person she cares for, the pronoun further back in the sentence (session 44)
    "I care for my husband, who has dementia, and carers come twice a day. The carers are often late. Last week he was "
    "agitated and hit me across the face.",
    # a marriage pressed on someone, told with a visa; the phone taken; shame as the lever (fresh793)
    "My father wants me to marry a man from back home who needs a visa.",
    "Since I said no they take my phone away every evening.",
    "My aunties say I bring shame on the family because I will not agree.",
    "Her brother says she does not want a husband, but the tickets are booked.",
    # intimate care pressed on a man, a care home as the threat (fresh795, fresh811, fresh805)
    "When I said no, I can wash myself, the carer got angry.",
    "She told me if I keep complaining they will put me in a home.",
    "I let him do it because I am scared of him.",
    "If she walked out he would be stuck in a care home, so he says nothing.",
    # a loan from a man who could not refuse the carer who washes him (fresh804)
    "I did not feel I could say no to the carer who gets me up every morning.",
    # food refused and nothing else offered; weight told as BMI (fresh797)
    "When he will not eat the set meal nothing else is made for him.",
    "Her BMI has fallen below 15 since the move.",
    # medical help not sought (fresh809)
    "Nobody rang the family and nobody contacted his GP about the bleeding.",
    # a card used for someone else's things (fresh805)
    "My son has been using my bank card for things that are not mine.",
    # Welsh: a carer raising her voice at her (fresh807)
    "Mae'r gofalwr newydd yn codi ei llais ati bob bore.",
    # Welsh: insulin missed; a house to be signed over (fresh823, fresh828)
    "Rydw i wedi methu fy inswlin dair gwaith yr wythnos yma.",
    "Mae e'n dweud bod rhaid i mi arwyddo'r tŷ drosodd iddo fe.",
    # an injury not taken for medical help for days (fresh826)
    "After the fall she was not taken for any medical assessment until the Friday.",
    # photographs shown round for a laugh (fresh816)
    "She took pictures on her phone and showed them to the other staff, and they were all laughing.",
]

FRESH789_CONCEPTS = [
    # a personal assistant who names the employer later: a worker's own harm at work (fresh160, session 44)
    ("I'm a personal assistant and I've worked for Mr Dale for two years. The trouble is the brother who runs the "
     "payroll. When I asked about my holiday pay he lost his temper and grabbed my arm.", "safeguarding", False),
    # harm words aimed at people with something that does not hurt (fresh247)
    ("The assessor practically assaulted us with forms and left.", "safeguarding", False),
    # an arranged marriage chosen freely is not a forced one; a denial told in so many words (fresh793)
    ("It is an arranged marriage, but I chose it myself and I am very happy.", "safeguarding", False),
    ("The social worker called it a forced marriage concern. Nobody is forcing anybody.", "safeguarding", False),
    # care left undone told inside a denial (fresh796)
    ("There is nothing to suggest that she went without food or drink; her son confirmed this.", "safeguarding", False),
    # a knock against a thing told with the mark it left, and the accident handled (fresh792, fresh802, fresh812)
    ("He caught his arm on the corner of the table as he sat down, leaving a small bruise. The carer reported it "
     "straight away.", "safeguarding", False),
    ("The carer did everything right, the GP saw her the next day and it was only a bruise.", "safeguarding", False),
    # questions about money before a move (fresh806, fresh804)
    ("Will staff hold her bank card, or can we keep her money with us?", "safeguarding", False),
    ("If a carer ever asked him to lend them money, what should he do?", "safeguarding", False),
    # weight regained (fresh797)
    ("She had lost weight in hospital but she is now back to her old weight.", "safeguarding", False),
    # a reply in English waived the language the message is written in (fresh789)
    ("Diolch o galon i bawb. Sorry for writing in Welsh. A reply in English is absolutely fine.", "needs", []),
    # a retired professional writes as family (fresh794)
    ("I am a retired district nurse and I am writing about my mother's care.", "sender_role", "public"),
    # "much rather" than a formal complaint (fresh792)
    ("I would much rather we sorted this out between us than through a formal complaint.", "formality", "informal"),
    # a contribution told as accepted (fresh790)
    ("I pay my contribution to the council every month, which is right and proper.", "care_charges", False),
    # who pays (fresh797-811)
    ("Grandad pays the agency out of his savings.", "funding", "self_funded"),
    ("Her fees have been met privately since she moved in.", "funding", "self_funded"),
    # eating disorders and Welsh words are conditions (fresh797, fresh804)
    ("My brother is 41 and has anorexia.", "client_group", "disability"),
    # a fall handled, told as no quarrel with it; no broken bone (fresh821, fresh822)
    ("I have no quarrel with how the home dealt with the night she fell. She had a graze on her elbow.", "safeguarding",
     False),
    ("She fell in the lounge. They call ambulance, the hospital check her and she has no broken bone, only bruise on "
     "her knee.", "safeguarding", False),
    # formality in a phone-typed message and in plain words (fresh818, fresh794)
    ("tv on till 2am every night. asked the staff twice nothing done. sort it pls", "formality", "formal"),
    ("Now I want to make a complaint officially.", "formality", "formal"),
]

FRESH829_SIGNS = [
    # a care home as the threat for ringing the office (fresh829)
    "She says that if I phone the office about her again she will tell them I have lost my mind and they will put me "
    "in a home.",
    # a young man's speech copied for a laugh; food withheld as a threat (fresh834)
    "The driver mimicked the way Callum speaks so that the others laughed at him.",
    "She told him to stop crying or he would not get any tea.",
    # money kept from a woman by her son (fresh836)
    "Since my son took over the bank I never have any cash in my hand.",
    # a new will in an outsider's favour (fresh833)
    "Last month my aunt, who has dementia, signed a new will in her neighbour's favour.",
    # medicines given twice (fresh831)
    "The morning carer gave him his tablets twice.",
    "She was given a double dose of morphine.",
    # left alone in the bathroom against the plan (fresh832)
    "The night worker left Sophie in the bathroom on her own with the bath running.",
    # a card used without permission (fresh844)
    "Her bank card had been used without her knowledge at a cash machine.",
    # Welsh: not able to eat; a stone lost (fresh832, fresh843); Polish: in wet clothes (fresh844)
    "Dydy Mam ddim wedi gallu bwyta ers wythnos.",
    "Mae hi wedi colli stôn ers y Nadolig.",
    "Tata siedział w mokrym łóżku do południa.",
    # what was done to him, unnamed (fresh846); a room used to confine (fresh846)
    "He has not been the same since what the carers did to him at Easter.",
    "The staff have been confining her to her bedroom every evening.",
    # a knife held at the wife who cares for him (fresh852)
    "My husband has dementia and I look after him. On Sunday he grabbed the bread knife and held it up at me.",
    # debts in someone's name (fresh851)
    "Two loans and a catalogue account have been taken out in my mother's name.",
    # tracked by an ex-partner (fresh853)
    "Since we split up my ex always seems to know where I am.",
    # withdrawals the person never agreed to (fresh855)
    "My client did not agree to any of these withdrawals from her savings.",
    # Welsh: without food and tablets (fresh855); Arabic: staff laughing at her and imitating her voice (fresh858)
    "Roedd Mam heb fwyd a heb ei thabledi drwy'r penwythnos.",
    "الموظف يضحك عليها ويقلد صوتها",
    # a weapon in the hands of a confused man (fresh852)
    "The carer found my father at the back door holding one of his shotguns.",
    # medicine kept back for faith (fresh865); cash taken, the worker suspended only while it is looked into (fresh866)
    "The volunteer told him he would not need his inhaler once he had faith.",
    "A carer is alleged to have taken money from her flat and was suspended while the agency investigates.",
    # Tamil in Latin letters: no food, tablets not taken (fresh863)
    "amma ku saapadu illa, tablet 2 naal ah edukala",
    # Urdu: mistreatment named, prayer mocked (fresh869); Bengali: pushed, a black mark (fresh870)
    "کیئر ہوم میں امی کے ساتھ بدسلوکی ہو رہی ہے",
    "রাতের কেয়ারার আমাকে ধাক্কা দিয়েছে",
]

FRESH829_CONCEPTS = [
    # a word that hurt (fresh829); a bureau's fall-front (fresh832); visits the writer cancelled herself (fresh836)
    ("The letter said abuse of the system. That word really hurt me.", "safeguarding", False),
    ("We cancelled the teatime calls in March because Dad was managing well by then.", "safeguarding", False),
    # conduct towards staff given as the reason care ended (fresh839)
    ("The agency ended the care, citing abusive language towards care workers.", "safeguarding", False),
    # an objection to a closure is a complaint (fresh834)
    ("I wish to object to the closure of the day centre. The staff there are wonderful.", "kind", "complaint"),
    # an earlier message taken back (fresh844)
    ("Please disregard my email of Tuesday. Everything has been sorted out now, thank you.", "kind", "enquiry"),
    # a format for aphasia (fresh829)
    ("Please send the letter to him in an aphasia-friendly format.", "needs", ["accessible_format"]),
    # a pregnancy where the woman cannot consent: two weak signs together (fresh848); a welcome one alone is none
    ("My niece has a severe learning disability and cannot say yes or no to anything. The GP has found she is "
     "pregnant.", "safeguarding", True),
    ("My daughter is pregnant and we are all delighted.", "safeguarding", False),
    # pushed over a limit (fresh852)
    ("The new pension pushed her over the threshold, so her contribution went up.", "safeguarding", False),
    # a statement withdrawn and fear of the carer it named: two weak signs (fresh844)
    ("He has withdrawn his statement to the police. When I visited he was visibly nervous in her presence.",
     "safeguarding", True),
    # a witness to a crime is not its victim (fresh861); an assault on the person still is
    ("My son is a witness at a trial next month about a theft at the shop where he works.", "safeguarding", False),
    ("Staff witnessed an assault on my mother by another resident.", "safeguarding", True),
    # people thinking a family would hurt her (fresh862)
    ("She keeps asking why the carers think her own family would hurt her.", "safeguarding", False),
    # a writer who pays her own carers writes about her own care (fresh829)
    ("The carers come from an agency, I pay them myself. The night carer said if I ring the office again she will "
     "tell them I am mad and they will put me in a home.", "safeguarding", True),
    # a fake bill paid without telling anyone, and a carer asking about his bank: two weak signs (fresh871)
    ("Mum paid a fake invoice from 'the care agency' the same day without telling anyone. Her new carer keeps asking "
     "which bank she uses.", "safeguarding", True),
    # a new tenant with an offending history who comes into her room at night: two weak signs (fresh872)
    ("The new tenant is a sex offender. My sister says the man comes in when she is asleep.", "safeguarding", True),
]

FRESH877_SIGNS = [
    # Romanian: someone tied into a chair; a wound nobody rang the nurse about (fresh884)
    "Am văzut-o pe mama legată de scaun cu un prosop.",
    "Are o rană pe picior și nimeni nu a sunat asistenta.",
    # Bulgarian: bruises on his arms; without food for two days (fresh884)
    "Баща ми има синини по ръцете.",
    "Мама беше без храна два дни.",
    # Chinese, read a character at a time: bruises; no medicine for three days; pinyin, money taken from a purse at
    # night (fresh885)
    "我爸爸手臂上有瘀伤。",
    "护工三天没有给她吃药。",
    "ta shuo ye ban hu gong na le ta qian bao li de qian",
    # Somali, hungry; Farsi, an empty fridge (fresh886, fresh887)
    "Aabe wuu gaajaysan yahay.",
    "یخچال پدرم خالی بود.",
    # left in the shower on his own, the words the other way round (fresh888)
    "The agency left me in the shower on my own again.",
    # sexual touching in a care home, told plainly and in a woman's own words (fresh893); "putting" is "put" since the
    # lookup table read it as the golf verb
    "The night carer put his hand inside her nightdress.",
    "He keeps putting his hand up her skirt in the lounge.",
    "She told her sister that the man in the next room makes her touch his privates.",
    # an ex-partner who has found her address (fresh894)
    "Since the letter went to his address I keep getting silent calls.",
    # self-injury once the one-to-one stops (fresh899); a phone hidden by a husband (fresh898)
    "Left without his one-to-one he scratches his arms until they bleed.",
    "Her husband hides her mobile every time he goes out.",
    # a carer using the person's phone (fresh898); a chair shoved into a door frame (fresh898)
    "One of the carers is using Dad's landline to ring abroad.",
    "He shoved her chair into the door frame.",
    # all night in a wheelchair, in a second language's words (fresh897)
    "She sat in the wheelchair all the night because nobody came.",
    # Polish: the carer did not give Mum her medicines (fresh902); Welsh: the carer keeps Mum's bank card (fresh907)
    "Opiekunka znowu nie dała mamie leków.",
    "Mae'r gofalwr yn cadw cerdyn banc Mam.",
    # a care worker's debt bondage: an exit fee, and the Home Office as a threat (fresh905)
    "The agency said if I leave before two years I must pay them £4,000 back.",
    "My manager said she will report me to the Home Office if I complain.",
    # Vietnamese, with and without accents: bruises; has eaten nothing since yesterday (fresh908)
    "Trên tay mẹ có vết bầm tím.",
    "bo toi chua an gi tu hom qua",
    # Turkish, a wet pad; Ukrainian, nobody came; Nepali, a carer who pulls her arm hard (fresh909-911)
    "Annemi ıslak bezle buldum.",
    "Мама сиділа без їжі, ніхто не прийшов.",
    "केयररले मेरो हात जोडले तान्छिन्।",
    # a carer asking for money (fresh910); a carer who will leave her somewhere, said with an "if" (fresh912)
    "The carer keeps asking Dad to lend her £30 for petrol.",
    "If nobody comes by Monday I will drop her at your offices and leave her there.",
    # medicines given twice by a worn-out carer (fresh912)
    "I gave Mum her tablets and then gave them to her again an hour later.",
    # Greek, found wet and nobody had come; Italian, a carer who keeps asking him for money (fresh916)
    "Τον βρήκα βρεγμένο και κανείς δεν είχε έρθει.",
    "La badante gli chiede sempre dei soldi.",
    # Hindi, money going from her purse; Hinglish, the carer not come for the third day, and a threat said with "agar"
    # (if) (fresh917)
    "माँ के पर्स से पैसे गायब हो रहे हैं।",
    "carer aaj bhi nahi aaya teesra din hai",
    "agar bell bajaya to staff lock kar degi",
    # Spanish, the shopper keeps the change (fresh919); Amharic, the sheet was wet, its full stop split off (fresh918)
    "La cuidadora se queda con el cambio cada semana.",
    "አንሶላው እርጥብ ነበር።",
    # stones at his window (fresh920)
    "Kids from the estate throw stones at his window every night.",
    # French, wet sheets and bruises (fresh927); Korean, went without lunch and tablets (fresh924); Japanese, read a
    # character at a time, "Mum is being abused at the home" (fresh924)
    "Je l'ai trouvée dans des draps mouillés avec des bleus sur les bras.",
    "아버지는 점심을 굶으셨고 약도 드시지 못했습니다.",
    "施設で母が虐待されています。",
    # a DNACPR's reason in its own sentence (fresh931)
    "The reason recorded is learning disability, poor quality of life.",
]

FRESH877_CONCEPTS = [
    # an accident told and closed, the complaint being the bill (fresh877); a burn handled well (fresh881)
    ("He fell during a transfer and had a small bruise on his knee which the GP checked, and I have no complaint about "
     "any of that. My complaint is the bill.", "safeguarding", False),
    ("She burnt her hand on the kettle; staff cooled it and called the nurse. I have no concerns about how they "
     "handled it.", "safeguarding", False),
    # a debt letter's court, not money taken (fresh877; the raffle money given back, fresh879, is in
    # RULES_CLEAR_MODEL_MAY_ASK)
    ("My statement says I owe 90 pounds and I could be taken to court.", "safeguarding", False),
    # a pet's feed, a heater pulled across a room, a preference met (fresh880, fresh881, fresh884)
    ("The carers keep forgetting to feed his dog.", "safeguarding", False),
    ("Dad dragged his fan heater across the lounge to sit by it.", "safeguarding", False),
    ("The cook made her soup when she did not want to eat anything else.", "safeguarding", False),
    # machine translation used to write, and a saying quoted in its language, are no need (fresh878, fresh884)
    ("I use the translator app, sorry for my English.", "needs", []),
    ("In Polish we say nie ma tego złego - every cloud has a silver lining.", "needs", []),
    # Bulgarian: an official complaint about Mum's invoice (fresh884)
    ("Искам да подам официална жалба за фактурата на майка ми.", "kind", "complaint"),
    ("Искам да подам официална жалба за фактурата на майка ми.", "formality", "formal"),
    # a night carer in her own words (fresh877)
    ("I am working nights at a nursing home and the residents are not being turned.", "sender_role", "provider"),
    # harm and money-taking denied in the present tense (fresh886); a writer perfectly safe, the complaint her dignity
    # (fresh888); a Polish mother's fear that the fees will use up her money (fresh887)
    ("There is no suggestion that anyone is harming Mr Obi or taking his money; this is about the invoice.",
     "safeguarding", False),
    ("They send one carer, and she is not allowed to shower me on her own under their policy. I wash at the sink and "
     "I am perfectly safe, it is about dignity.", "safeguarding", False),
    # Chinese: a formal complaint (fresh885)
    ("我要正式投诉护工多次没有来。", "formality", "formal"),
    # capacity found for a relationship (fresh893); an old record's flag, the complaint (fresh894); the writer the one
    # accused in closed referrals (fresh896); "abuse" of families by an invoice (fresh895)
    ("The team assessed them both as able to make their own decisions about a sexual relationship, and we are glad for "
     "them.", "safeguarding", False),
    ("His file still has a flag saying financial abuse from 2019 and it stops his direct payment.", "safeguarding",
     False),
    ("My sisters have made three reports accusing me of stealing from Mum; every one was closed.", "safeguarding",
     False),
    ("Billing a widow for an empty room is an abuse of grieving families.", "safeguarding", False),
    # a care home's notice period, not an exit fee (fresh905); a book on the floor (fresh901); school mocks (fresh902)
    ("If Mum leaves the home before the end of the month we still have to pay £600 notice.", "safeguarding", False),
    ("I found her prayer book on the floor under the towels and she was very upset.", "safeguarding", False),
    ("I can't come to the review, it's in the middle of my GCSE mocks.", "safeguarding", False),
    # a woman with dementia who takes a man for her late husband, and a sign of a sexual act: two weak signs (fresh893)
    ("She goes to his room most nights and thinks he is her husband. Yesterday she came out of his room crying with "
     "her blouse undone.", "safeguarding", True),
    # a phone charging is no care charge (fresh898)
    ("A member of staff took Mum's mobile from her room, saying it needed charging in the office.", "care_charges",
     False),
    # a door checked at night (fresh908); a direct payment recovered (fresh914)
    ("The carer checks the back door is locked before she goes.", "safeguarding", False),
    ("The overpayment will be taken back from the account.", "safeguarding", False),
    # things thrown away; a debt team's threats (fresh917, fresh920)
    ("I think his hearing aids were thrown away with the tissues.", "safeguarding", False),
    ("The income team keep threatening us with bailiffs over the top-up.", "safeguarding", False),
    # French everyday words; a medicines policy; a call note's denial (fresh924-930; an advocate's mandate is in
    # RULES_CLEAR_MODEL_MAY_ASK since session 47)
    ("Ils ont négligé de répondre à mes lettres.", "safeguarding", False),
    ("Carers can't give medicines unless the GP writes a letter.", "safeguarding", False),
    ("I asked if there were any concerns about harm - caller said no.", "safeguarding", False),
]

FRESH932_SIGNS = [
    # Albanian, bruises and not eaten since yesterday (fresh932); Tagalog, not given his medicine (fresh934)
    "Mama ime ka mavijosje në krah dhe nuk ka ngrënë që dje.",
    "Hindi binibigyan ng gamot si Tatay.",
    # Croatian, no tablets all weekend; Czech, a carer who borrowed money from me (fresh935)
    "Tata nije dobio lijekove cijeli vikend.",
    "Pečovatelka si ode mě půjčila peníze a nevrátila je.",
    # Swahili, no medicine since Monday (fresh941); Hungarian, a carer hit Mum, blue marks (fresh952)
    "Baba hakupata dawa tangu Jumatatu.",
    "A gondozó megütötte anyámat, kék foltok vannak a karján.",
    # Thai and Burmese, read a character at a time (fresh940); Sinhala, a carer who scolds (fresh942)
    "พ่อไม่ได้กินยามาสามวัน",
    "အဖေ ထမင်း မစားရဘူး",
    "සේවිකාව අම්මාට බනිනවා.",
    # Urdu in its own script, blue marks on her arm; Punjabi, no medicine for two days; Gujarati, no medicine given,
    # its full stop split from the word (fresh962)
    "امی کے بازو پر نیلے نشان ہیں۔",
    "ਮਾਂ ਨੂੰ ਦੋ ਦਿਨ ਦਵਾਈ ਨਹੀਂ ਦਿੱਤੀ ਗਈ।",
    "દાદીને દવા નથી આપી.",
    # English learnt late (fresh940)
    "No food 3 day, carer not come.",
    # a marriage abroad planned for someone; so-called honour (fresh937)
    "Their brother says she has disgraced the family and wants to take her to Pakistan to marry.",
    # a hand raised by a carer at the end of her tether (fresh958); staff meals from her purse (fresh961)
    "Dad raised his hand to her again last night.",
    "Paid for the carers' lunches out of her own purse again.",
    # a wound that weeps onto the sheet; rings and money gone from a confused woman's room (fresh952)
    "She has a sore place on her heel that weeps onto the sheet.",
    "Her rings are missing and £50 from her purse.",
    # signs of sexual exploitation, three of one weak kind (fresh948); HIV status told to others (fresh963)
    "She comes to clinic with a different man each time. She asks for the morning after pill. The man answers the "
    "questions for her.",
    "The manager told the other residents about her HIV.",
    # an allergy left off the plan; anaphylaxis after a drug she was known to react to (fresh966)
    "Her nut allergy was left off the care plan and she was given a flapjack with peanuts.",
    "He went into anaphylactic shock after the home gave him penicillin.",
    # treated as contagious in his own home (fresh963); a wheelchair rammed into a wall (fresh967)
    "The carer sprays his chair with disinfectant after he gets up.",
    "When she has been drinking she rams my wheelchair into the wall.",
    # cut off from callers, three weak signs of one kind (fresh970)
    "Her son takes all her post now. He told the postman not to knock. She held a note against the window.",
]

FRESH932_CONCEPTS = [
    # a wedding planned abroad for someone who cannot say whom she marries, told by a GP (fresh937); not a provider's
    # question about assessing capacity for a man who is engaged (fresh179)
    ("My patient could not tell me who he was marrying. The wedding is planned back home in the summer.",
     "safeguarding", True),
    ("The provider asked how we should assess capacity to consent to marriage for a tenant who is engaged.",
     "safeguarding", False),
    # a PA's ticket from a direct payment is the cost of support the person employs (fresh579)
    ("Am I allowed to use my direct payment to pay for my PA's ticket on away days?", "safeguarding", False),
    # a complaint in Czech; a question in Tagalog (fresh935, fresh934)
    ("Chci podat stížnost na pečovatelku mé matky.", "kind", "complaint"),
    ("Tanong ko lang po paano mag apply ng tulong para sa nanay ko.", "kind", "enquiry"),
    # an age in Croatian (fresh935); the writer's own age in Punjabi is no one else's (fresh869)
    ("Moja majka ima 84 godine i živi sama.", "client_group", "older_people"),
    ("ਮੇਰੀ ਉਮਰ 74 ਸਾਲ ਹੈ ਅਤੇ ਮੇਰੀ ਦੇਖਭਾਲ ਵਿੱਚ ਦੇਰੀ ਹੁੰਦੀ ਹੈ।", "representative", False),
    # cleaning in an outbreak is no sign (fresh963; an allergy known and checked, fresh966, is in
    # RULES_CLEAR_MODEL_MAY_ASK)
    ("Staff wipe the chairs down after each resident during the outbreak.", "safeguarding", False),
]

FRESH972_SIGNS = [
    # Malay, the fridge always empty; Indonesian, not given her medicine (fresh972)
    "Peti ais ayah kosong bila saya datang semalam.",
    "Ibu tidak diberi obat sejak hari Senin, dia kelaparan.",
    # Irish, money and a ring gone from a purse (fresh974)
    "Tá an t-airgead imithe as a sparán arís agus níl a fáinne ann.",
    # Armenian in its script, its full stop split from the word, and in Latin letters; Georgian, staff mocking a
    # father and hiding his frame (fresh973)
    "Հայրս երեք օր չի կերել։",
    "papas 2 or e chi kerel",
    "Personali mamas dastsinis da misi chvilis chardcho damala.",
    "თანამშრომლები დასცინიან მამას და მისი ჩარჩო დამალეს.",
    # Hebrew, did not eat all day; Cantonese, a carer who scolds her (session 48 seed words)
    "אמא לא אכלה כל היום.",
    "個照顧員成日罵我。",
    # water turned on a man who said no; left sitting wet (fresh977)
    "The carer turned the cold shower on him while he was still in his pyjamas.",
    "Afterwards I sat wet for two hours until my daughter came.",
    # a month of tablets untaken while the sheet is ticked (fresh979)
    "Nobody watches him take his pills any more, they just tick the chart.",
    # an as-needed sedative made a punishment (fresh990); medicine concealed in drinks, or crushed into soup against
    # the pharmacist's word (fresh991)
    "Staff keep making him take his PRN whenever he gets upset.",
    "The home has been giving her medication concealed in drinks for months.",
    "The carers crush all his tablets together and put them inside his soup.",
    # Marathi, a carer who shouts at Mum; Telugu, medicines not given; Kannada, food not given (fresh996)
    "केअरर आईवर रोज ओरडते.",
    "అమ్మకు మందులు ఇవ్వలేదు.",
    "ಅಪ್ಪನಿಗೆ ಊಟ ಕೊಟ್ಟಿಲ್ಲ.",
    # Haitian Kreyol, left hungry; Mauritian Kreol, told she will sleep in the street (fresh997)
    "Yo kite manman m grangou tout jounen an.",
    "Manager la inn dir papa li pou dormi dan lari.",
    # Macedonian in Latin letters and in Cyrillic, not eaten and no medicines; Slovenian, has not eaten (fresh1003)
    "Mama nema jadeno od vcera i ne gi ispila lekovite.",
    "Свекрва ми нема јадено цел ден.",
    "Oče ni jedel od včeraj.",
    # a doorstep crime investigation; a carer who takes her to the bank to pay a man who fixes nothing (fresh1009)
    "We are investigating doorstep crime against three of your home care clients.",
    "The carer has taken her to the bank twice to draw out cash. She says it was to pay the man who fixes the "
    "stairlift. She keeps asking if she still owes the man money.",
]

FRESH1011_SIGNS = [
    # Serbian in Cyrillic, a father not given his tablets or his supper (fresh1012)
    "Тата није добио лекове ни ручак јуче.",
    # a part of the body lost that need not have been; mouth care ticked on a few days only (fresh1016)
    "The surgeon said her toe could have been saved if someone had looked at her foot sooner.",
    "Mouth care was recorded on four days out of thirty.",
    # German and Dutch, hit and bruised; Burmese, nothing to eat (fresh1020, fresh1021)
    "Der Pfleger hat meinen Vater geschlagen, er hat blaue Flecken am Arm.",
    "Mijn moeder is door de verzorger geslagen.",
    "အိမ်မှာ စားစရာ ဘာမှ မရှိပါဘူး။",
    # change and receipts that never come back; a diet sheet nobody passed on (fresh1023, fresh1025)
    "The carer uses her bank card for the shopping and she never gets the change back.",
    "Nobody told the kitchen about his swallowing plan.",
    # a threat to leave someone helpless (fresh1029)
    "The night carer told her to stop ringing or she would leave her on the commode.",
    # Welsh, sitting wet and dirty; Polish, a cut brow and blood; Greeklish, ate nothing (fresh1038, fresh1039)
    "Roedd Dad yn eistedd yn wlyb ac yn fudr pan gyrhaeddais.",
    "Mama wróciła z rozciętą brwią i nikt nie wie, co się stało.",
    "i mitera mou den efage tipota simera",
    # lap belts for hours; doses nobody can vouch for (fresh1037, fresh1040)
    "Residents are strapped into their chairs for most of the afternoon.",
    "There were eleven unsigned doses on his chart last week.",
    # Mandarin, shouted at and bullied (fresh1042)
    "护工每天对我妈妈大声喊，还欺负她。",
    # skin red and open; still in the night pad in the afternoon (fresh1045)
    "His skin is red and open at the base of his spine.",
    "She was still in her night pad from the morning when I got there at four.",
    # a ligature; the signs of a hypo; a tremor mimicked (fresh1065, fresh1063, fresh1061)
    "They found him with a belt tied round his neck in the bathroom.",
    "By lunchtime she was shaking, sweating and confused again.",
    "The carer was imitating Dad's tremor and laughing at him.",
]

FRESH1011_CONCEPTS = [
    # an accident the writer doubts explains nothing (fresh1014)
    ("The manager said Mum knocked her arm on the table. There is nothing in the accident book and no body map, "
     "and the bruises look like fingers.", "safeguarding", True),
    ("Mum knocked her arm on the table, leaving a bruise; it went in the accident book and the GP saw her the same "
     "day.", "safeguarding", False),
    # (German "die" is "the" and Catalan "tipa" is fed up, fresh1014, fresh1021: in RULES_CLEAR_MODEL_MAY_ASK since
    # session 50's retrain)
    # an age and who pays, in German (fresh1021)
    ("Meine Mutter ist 88 Jahre alt und wir bezahlen das Heim selbst.", "client_group", "older_people"),
    ("Meine Mutter ist 88 Jahre alt und wir bezahlen das Heim selbst.", "funding", "self_funded"),
    # dialect denials and dialect past (fresh1035)
    ("She ain't had a fall in years, she's steady on her frame, it's the bill I'm on about.", "safeguarding", False),
    ("Two year back a carer took money out of his tin, but it was dealt with and she was sacked.", "safeguarding",
     False),
    # fear of a letter; a review done on paper (fresh1011, fresh1015)
    ("He was frightened by the council's letter and thinks someone will come to take things from the house.",
     "safeguarding", False),
    # the writer's own questions about telling staff (fresh1044); a passport copied and handed back (fresh1032)
    ("Do I have to tell the staff about my HIV?", "safeguarding", False),
    ("They took my passport to copy it for the right to work check and gave it back the same day.",
     "safeguarding", False),
    # a client dropped by an agency (fresh1062); footage a home will not show (fresh1061) is in RULES_CLEAR_MODEL_MAY_ASK
    ("The agency dropped Mum as a client after we complained about the bills.", "safeguarding", False),
    # an autoresponder that names itself in Precedence (fresh1028) is read from the headers: tests/test_intake_rules.py
]

FRESH972_CONCEPTS = [
    # a complaint in Armenian and in Georgian, about care (fresh973)
    ("Բողոք եմ ներկայացնում մայրիկիս խնամքի վերաբերյալ։", "kind", "complaint"),
    ("საჩივარი მინდა დავწერო მამის მომვლელზე.", "kind", "complaint"),
    # an age in Malay, in Armenian (fresh972, fresh973)
    ("Ibu saya berumur 81 tahun dan tinggal seorang diri.", "client_group", "older_people"),
    ("Մայրս 79 տարեկան է։", "client_group", "older_people"),
    # a carer's denial with the word said twice is still a denial (fresh979)
    ("I'm worn out, but I would never, ever hurt my husband.", "safeguarding", False),
    # weight lost to an illness or watched by a doctor; a double direct debit; a bath lift part not ordered
    # (fresh972-978)
    ("Dad has been having chemotherapy and has lost a stone since the summer.", "safeguarding", False),
    ("Her weight loss has been reviewed by the GP and the dietitian every month.", "safeguarding", False),
    ("They took the fee twice from her account by direct debit.", "safeguarding", False),
    ("The replacement part for the bath lift still hasn't been ordered.", "safeguarding", False),
    # harm done to a care worker, not to the person (fresh984); a charge on a whole group (fresh987)
    ("The agency withdrew because my son was abusive towards one of the carers.", "safeguarding", False),
    ("Charging pensioners for care is taking money off pensioners who saved all their lives.", "safeguarding",
     False),
    # not a person dropped: a day given up (fresh987)
    ("I've had to drop my Tuesday session at the day centre.", "safeguarding", False),
    # a personal assistant writes in a work role (fresh984)
    ("I'm a personal assistant, employed through direct payments, for a gentleman in Ashby.", "professional", True),
    # medicine in food agreed at a best-interests meeting; the council punishing people for its own mistakes; officers
    # tied up elsewhere (fresh991, fresh988, fresh1001)
    ("The best interests meeting agreed the staff could put her tablets in her jam.", "safeguarding", False),
    ("The council is punishing people for its own mistakes with these late payments.", "safeguarding", False),
    ("Two hours is a long time to wait with officers tied up at another incident.", "safeguarding", False),
    # a funeral plan sold to a man with dementia seen alone; a carer who introduced a client to a seller (fresh1009);
    # a plan bought with thought is no sign
    ("The salesman from the funeral plan company was allowed to see Dad alone in his room. Dad entered into a plan "
     "costing £4,800.", "safeguarding", True),
    # (a plan bought with thought: in RULES_CLEAR_MODEL_MAY_ASK since session 49's retrain)
]

FRESH1074_SIGNS = [
    # Brazilian Portuguese: a passport kept by the employer, a man who went without lunch; locked in his room;
    # scratches on the neck (fresh1075)
    "O patrão ficou com o passaporte dela desde que chegou.",
    "Ontem a senhora ficou sem almoço e sem remédio.",
    "A cuidadora tranca ela no quarto quando ela grita.",
    "Ela chegou em casa com arranhões no pescoço.",
    # Yiddish, bruises (fresh1076); Sudanese Arabic, locked in and beaten with a belt (fresh1081)
    "איך האָב געזען בלויע פלעקן אויף זיין האַנט.",
    "عمو بقفل عليهو في الاوضة وبضربو بالحزام.",
    # a man forgotten in the day-centre minibus (fresh1077)
    "They forgot her in the minibus in the car park for an hour.",
    # nobody able to suction a ventilated man all night (fresh1086)
    "There was nobody trained to suction him on Saturday night.",
    # a man sent for a bath where the plan says women only, over her refusal (fresh1082)
    "Her plan says lady carers only for bathing but a man came again and she said no and he didn't listen.",
    # Welsh, a torn skin and bruises with the mutation (fresh1091); Bhojpuri, wet and unfed (fresh1093)
    "Roedd rhwyg yn y croen a chleisiau ar ei braich.",
    "Kapda bheejal rahe, kehu badlal naikhe, kehu khiyawe na aail.",
    # a hoist sling of the wrong size (fresh1091)
    "They used the wrong size sling again and she slid down and her leg was torn on the bar.",
    # Cypriot Greek, nobody all day and no tablets; Turkish, made to sign under threat (fresh1103)
    "Εν έρκεται κανένας ούλλη μέρα τζαι εν μου έδωκε κανένας τα χάπια μου.",
    "Bakıcı kâğıdı getirdi, imzala yoksa sigara yok dedi. Korktum ve imzaladım.",
    # Welsh, a wedding ring missing; Cantonese, nobody helps him up and a wound red and wet (fresh1111, fresh1113)
    "Mae modrwy briodas Nain ar goll ers dydd Sul.",
    "佢成日瞓喺床度，冇人扶佢起身，屁股個傷口又紅又濕。",
    # strong painkillers going missing; hair cut against her faith and a photo posted without her headscarf (fresh1110,
    # fresh1111)
    "The box had nine fewer tablets than the chart said and his morphine keeps running out early.",
    "Her long hair was cut short with nobody asked, though she covers it for our religion. Then they put a photo of "
    "her without her hijab on Facebook. It is very shameful for her.",
    # a personal assistant who had been drinking and drove (fresh1110)
    "The PA smelt of drink when he arrived. He went through a red light and my wheelchair came loose in the boot.",
    # asked by online contacts to bring her bank card (fresh1117)
    "The men she talks to online have asked her to meet them in person and to bring her bank card.",
    # Tamil, a carer who asks for money and shouts (fresh1118)
    "பராமரிப்பாளர் என்னிடம் பணம் கேட்கிறாள், நான் கேட்டால் கத்துகிறாள்.",
]

FRESH1074_CONCEPTS = [
    # an AI template's sign-off and then the writer's own paragraph, typed as one line (fresh1077)
    ("Dear [Recipient's Name],\n\nI am writing to lodge a complaint about the home care.\n\nKind regards,\n[Your Name]"
     "\n\n----\nsorry i used one of those AI things for the above. what really happened is mum was left in the same "
     "pad from the afternoon until the morning girl came, she was red raw and hadnt had a drink all that time.",
     "safeguarding", True),
    # a tagline under a signature is no text of the writer's (fresh610)
    ("Thank you, we will look into this.\n\nKind regards,\nSam Price\nHome Manager\nWillowbank Care Home - where every "
     "day matters. Now welcoming new residents - permanent, respite and self-funded places in our new wing. Book a "
     "tour and stay for lunch on us!", "funding", "unknown"),
    # fear of being alone; a policy told in general; an arm knocked on a brake by the person herself (fresh1087,
    # fresh1093, fresh1091)
    ("She's frightened of being on her own at night now, so we are looking at care homes.", "safeguarding", False),
    ("Any matter that raises a safeguarding concern is referred to the council, but nothing here suggests that.",
     "safeguarding", False),
    ("In March my mother hit her arm on the brake of her wheelchair herself, and it bruised.", "safeguarding",
     False),
    # Welsh "ei chot" is her coat, not the Nepali "chot" (an injury) (fresh1087); French "personne ne le maltraite"
    # (nobody mistreats him) (fresh1102)
    ("Mae Nain yn eistedd yn ei chot wrth y drws.", "safeguarding", False),
    ("Personne ne la maltraite, c'est seulement la facture.", "safeguarding", False),
    # refusing a formal complaint in Portuguese, Spanish and Romanian (fresh1075)
    ("Não quero fazer reclamação formal, só quero que alguém fale com a agência.", "formality", "informal"),
    ("No quiero poner una queja formal, solo que alguien hable con la agencia.", "formality", "informal"),
    ("Nu vreau să fac o plângere oficială, doar să vorbească cineva cu agenția.", "formality", "informal"),
    # the council pays, in everyday words and in Portuguese; another council places and funds (fresh1075, fresh1082)
    ("My nan has carers every morning and teatime from the council and they keep coming late.", "funding",
     "council_funded"),
    ("A casa de repouso é paga pela prefeitura, mas a comida é fria.", "funding", "council_funded"),
    ("We placed, and fund, Mr Okoro at Ash House, which is in your area.", "funding", "council_funded"),
    ("The social worker set the package up in May and the carers are always late.", "funding", "council_funded"),
    # paying privately, in English with the agency named and in Hindi (fresh1092, fresh1093)
    ("We pay Homecare Plus privately and the carers keep changing.", "funding", "self_funded"),
    ("Hum apne paise se fees bharte hain, koi council ka paisa nahi.", "funding", "self_funded"),
    # a Brazilian carer blowing the whistle on her own employer (fresh1075)
    ("Eu trabalho como cuidadora na agência há seis meses e os clientes ficam sem almoço.", "professional", True),
    # a fall told as satisfied with; tears at the thought of a move; a footplate that caught her shin (fresh1109,
    # fresh1115, fresh1116)
    ("I'm completely satisfied about Dad's fall itself: staff rang 111 straight away and he had a bruise.",
     "safeguarding", False),
    ("She is settled there and the thought of having to move makes her cry.", "safeguarding", False),
    ("The edge of the footplate caught her right shin and caused a small skin tear; it was dressed that day.",
     "safeguarding", False),
    # a language used is no need asked for (fresh1102, fresh1103)
    ("Sorry for writing in Welsh - thank you to the day centre team for everything.", "needs", []),
    # paying privately in other words; the council's cost met; a contribution invoice (fresh1109, fresh1113)
    ("We pay ourselves the fees for the home, the council is not paying.", "funding", "self_funded"),
    ("The Council has been meeting the cost of her placement since March.", "funding", "council_funded"),
    # a program that helped the writer is no advocate (fresh591)
    ("Sorry for my English, I use a computer program to help me write this. The carers do not come on time.",
     "needs", []),
]

FRESH1130_SIGNS = [
    # French: a night carer who asked a dying man for money, and his wallet found empty (fresh1136)
    "La dame du soir lui a demandé de l'argent encore une fois.",
    "Ce matin son portefeuille était vide.",
    # Twi: a carer who pushes her and shouts at her (fresh1139); Pashto in Latin letters: kept locked in, hungry
    # (fresh1140)
    "Abena pia me na ɔteɛm me anɔpa biara.",
    "Hagha ye pa kor ke band satee aw wayi za wagay yam.",
    # Italian: another resident's tablets (fresh1146); Russian: a sacral sore, not turned at night (fresh1154)
    "Gli hanno dato le pillole di un altro signore.",
    "Его ночью не переворачивают, и у него пролежни.",
    # Russian: a carer who borrowed money and asked him to tell nobody (fresh1154)
    "Сиделка взяла у него в долг 300 фунтов.",
    # Spanish: nobody came, wet all day; a stepfather who shouts and calls her a burden (fresh1158, fresh1161)
    "El lunes no vino nadie y estuve mojada todo el día.",
    "Mi tío me grita y dice que soy una carga.",
    # French: on the floor for hours after a fall (fresh1156)
    "Elle est restée par terre pendant six heures.",
    # a soft diet given in ordinary food (fresh1133)
    "His dinner wasn't even mashed, and he is meant to be on a pureed diet.",
    # an injury nobody treated (fresh1145)
    "The graze on his shin went untreated for a week and now it's infected.",
    # nobody to give the insulin when the carers do not come (fresh1141)
    "The carers never turned up, so there was nobody to give him his insulin.",
    # a thing she loves withheld as a punishment; a woman shut in her room banging on the door (fresh1145)
    "They told her she would only get her dog back if she behaved.",
    "We could hear her banging on her door for over an hour.",
    # a resident told she will be on the street (fresh1160)
    "The owner told him that unless his son paid up he would be out on the street.",
    # a son who "manages" his mother's money, doubted in quotation marks, and a patient on toast (fresh1152)
    "Her grandson \"manages\" her pension for her. She has had nothing but toast for days.",
    # Urdu: lips dry, and a lack of water (fresh1171); Ukrainian: lost weight, nobody helps her eat (fresh1164); Polish:
    # no medicines for a week and eating almost nothing (fresh1169)
    "ان کے ہونٹ خشک ہیں اور ڈاکٹر نے کہا پانی کی کمی ہے۔",
    "Мама дуже схудла, ніхто не допомагає їй їсти.",
    "Od tygodnia nie ma leków i prawie nic nie je.",
    # tablets left out for a woman with dementia; an antipsychotic run out (fresh1164, fresh1169)
    "His evening tablets were left on the side instead of being given to him.",
    "I ran out of my pills two weeks ago and have had nothing since.",
    # harm that came next is no recovery (fresh1171)
    "A week later she was admitted to hospital with dehydration.",
    # a Deaf woman who stopped her carers over a bill (fresh1174)
    "I stop my carers because the bill is too much. Now I cannot wash properly and I only eat bread.",
    # Farsi: left in a wet pad (fresh1178); Tagalog: a swollen wound (fresh1179); Turkish: her headscarf mocked
    # (fresh1180)
    "مادرم تا عصر با پوشک خیس ماند.",
    "May sugat siya sa paa, namamaga na.",
    "Bakıcı başörtümle dalga geçti.",
]

FRESH1130_CONCEPTS = [
    # harm words about rights, bills, machines and figures (fresh1132-1158)
    ("Stopping his transport is an abuse of our rights as a family.", "safeguarding", False),
    ("The way your debt collectors write to my father is frankly abusive.", "safeguarding", False),
    ("The noise from the new bath lift is torture for him.", "safeguarding", False),
    ("Please give the number of safeguarding enquiries received in 2025 where the type of abuse was financial.",
     "safeguarding", False),
    # a pet left hungry or in a car is no adult at risk (fresh1145)
    ("While he was in hospital the cat wasn't fed for three days and its water bowl was empty.", "safeguarding", False),
    ("The carer leaves her terrier in the car while she is with my mother.", "safeguarding", False),
    # a bruise explained by a procedure or by blood thinners (fresh1139, fresh1152)
    ("The bruise on his hand was from the cannula they put in at the hospital.", "safeguarding", False),
    ("The bruising turned out to be from his warfarin, the GP checked.", "safeguarding", False),
    # a worry about what might happen (fresh1151)
    ("If the agency pulls out I'd be worried sick that she'd be left without any help.", "safeguarding", False),
    # who pays, told with the negation after the verb, or left open (sessions 50-51)
    ("The council pays nothing towards Dad's care home, we pay the whole fee.", "funding", "self_funded"),
    ("She has carers either from the council or from an agency, I'm honestly not sure which.", "funding", "unknown"),
    # the council pays, in Spanish and Hausa (fresh1136, fresh1135)
    ("Las cuidadoras de mi madre las paga el ayuntamiento, pero llegan tarde.", "funding", "council_funded"),
    ("Kansil ne ke biyan masu kula da mahaifiyata.", "funding", "council_funded"),
    # needs that are figures, a skill or words quoted (fresh1132-1140)
    ("How many complaints last year involved a request for an interpreter or for large print?", "needs", []),
    ("I also speak Gujarati, which I used with clients in my last job.", "needs", []),
    ("She held my arm and whispered in Urdu that she was tired.", "needs", []),
    # an interpreter still asked for in the same shape (fresh1020)
    ("Please write back to me in Thai if you can, my English reading is slow.", "needs", ["interpreter"]),
    # a job applicant's past jobs are no professional role (fresh1133-1143)
    ("Please find attached my CV for the complaints officer post. Before that I worked as a care assistant for three "
     "years.", "sender_role", "public"),
    # figures about charges are no care charge (fresh1134)
    ("Under the Freedom of Information Act, please send the number of complaints about charging received in 2025.",
     "care_charges", False),
    # FOI figures by type of abuse; neglect of a language (fresh1172, fresh1173)
    ("For the FOI, please give a breakdown of the enquiries by type of abuse (physical, financial, neglect).",
     "safeguarding", False),
    ("Leaving the leaflet untranslated is a kind of neglect of the Welsh language, frankly.", "safeguarding", False),
    # a qualification and a question asked in a language are no need (fresh1174, fresh1170)
    ("I hold a Level 3 certificate in British Sign Language and would love to join your team.", "needs", []),
    ("My aunt asked me in Somali whether her savings would run out.", "needs", []),
]

@pytest.mark.parametrize("text", FRESH357_360_SIGNS + FRESH361_364_SIGNS + FRESH377_380_SIGNS + FRESH381_384_SIGNS
                         + FRESH385_388_SIGNS + FRESH389_392_SIGNS + FRESH405_408_SIGNS + FRESH413_416_SIGNS
                         + FRESH421_424_SIGNS + FRESH425_428_SIGNS + FRESH429_432_SIGNS + FRESH437_440_SIGNS
                         + FRESH441_444_SIGNS + FRESH449_512_SIGNS + FRESH517_532_SIGNS + FRESH541_568_SIGNS
                         + FRESH569_600_SIGNS + FRESH605_SIGNS + FRESH629_SIGNS
                         + FRESH653_SIGNS + FRESH677_SIGNS + FRESH697_SIGNS
                         + FRESH705_SIGNS + FRESH721_SIGNS + FRESH737_SIGNS
                         + FRESH745_SIGNS + FRESH789_SIGNS + FRESH829_SIGNS + FRESH877_SIGNS
                         + FRESH932_SIGNS + FRESH972_SIGNS + FRESH1011_SIGNS + FRESH1074_SIGNS
                         + FRESH1130_SIGNS)
def test_signs_the_model_already_read_are_now_read_by_the_rules(rules, text):
    """Each round's signs that the text model flagged at low confidence before the rules learnt them (session 27)."""
    assert labels_of(rules, text, subject="Re: care").safeguarding is True


# The concepts learnt from each round of blind sets (docs/classifier.md), told here in other words.
@pytest.mark.parametrize("text,field,value", FRESH58_61_CONCEPTS + FRESH63_64_CONCEPTS + FRESH65_68_CONCEPTS
                         + FRESH69_72_CONCEPTS + FRESH73_76_CONCEPTS + FRESH79_82_CONCEPTS
                         + FRESH83_86_CONCEPTS + FRESH87_90_CONCEPTS
                         + FRESH91_94_CONCEPTS + FRESH95_98_CONCEPTS + FRESH99_102_CONCEPTS
                         + FRESH103_106_CONCEPTS + FRESH107_110_CONCEPTS + FRESH111_114_CONCEPTS
                         + FRESH115_118_CONCEPTS + FRESH119_122_CONCEPTS + FRESH123_126_CONCEPTS
                         + FRESH127_130_CONCEPTS + FRESH131_134_CONCEPTS + FRESH135_138_CONCEPTS
                         + FRESH139_142_CONCEPTS + FRESH143_146_CONCEPTS + FRESH147_150_CONCEPTS
                         + FRESH151_154_CONCEPTS + FRESH155_158_CONCEPTS + FRESH159_162_CONCEPTS
                         + FRESH163_166_CONCEPTS + FRESH167_170_CONCEPTS + FRESH171_174_CONCEPTS
                         + FRESH175_178_CONCEPTS
                         + FRESH179_182_CONCEPTS
                         + FRESH183_186_CONCEPTS
                         + FRESH187_190_CONCEPTS
                         + FRESH191_194_CONCEPTS
                         + FRESH195_198_CONCEPTS
                         + FRESH199_202_CONCEPTS
                         + FRESH203_206_CONCEPTS
                         + FRESH207_210_CONCEPTS
                         + FRESH211_214_CONCEPTS
                         + FRESH215_218_CONCEPTS
                         + FRESH219_222_CONCEPTS
                         + FRESH223_226_CONCEPTS
                         + FRESH227_230_CONCEPTS
                         + FRESH231_234_CONCEPTS
                         + FRESH235_238_CONCEPTS
                         + FRESH239_242_CONCEPTS
                         + FRESH243_246_CONCEPTS
                         + FRESH247_250_CONCEPTS
                         + FRESH251_254_CONCEPTS
                         + FRESH255_258_CONCEPTS
                         + FRESH259_262_CONCEPTS
                         + FRESH263_266_CONCEPTS
                         + FRESH267_270_CONCEPTS
                         + FRESH271_274_CONCEPTS
                         + FRESH275_278_CONCEPTS
                         + FRESH279_282_CONCEPTS
                         + FRESH283_286_CONCEPTS
                         + FRESH287_290_CONCEPTS
                         + FRESH291_294_CONCEPTS
                         + FRESH295_298_CONCEPTS
                         + FRESH299_302_CONCEPTS
                         + FRESH303_306_CONCEPTS
                         + FRESH307_310_CONCEPTS
                         + FRESH311_314_CONCEPTS
                         + FRESH315_318_CONCEPTS + FRESH319_322_CONCEPTS
                         + FRESH323_326_CONCEPTS + FRESH327_330_CONCEPTS
                         + FRESH331_334_CONCEPTS + FRESH335_338_CONCEPTS
                         + FRESH339_342_CONCEPTS + FRESH343_346_CONCEPTS
                         + FRESH347_350_CONCEPTS + FRESH351_354_CONCEPTS + FRESH355_356_CONCEPTS
                         + FRESH357_360_CONCEPTS + FRESH361_364_CONCEPTS + FRESH365_372_CONCEPTS
                         + FRESH373_376_CONCEPTS + FRESH377_380_CONCEPTS
                         + FRESH381_384_CONCEPTS + FRESH385_388_CONCEPTS
                         + FRESH389_392_CONCEPTS + FRESH393_396_CONCEPTS
                         + FRESH401_404_CONCEPTS + FRESH405_408_CONCEPTS + FRESH409_412_CONCEPTS
                         + FRESH413_416_CONCEPTS + FRESH417_420_CONCEPTS + FRESH421_424_CONCEPTS
                         + FRESH425_428_CONCEPTS + FRESH429_432_CONCEPTS + FRESH433_436_CONCEPTS
                         + FRESH437_440_CONCEPTS + FRESH441_444_CONCEPTS + FRESH445_448_CONCEPTS
                         + FRESH449_452_CONCEPTS + FRESH453_460_CONCEPTS + FRESH481_516_CONCEPTS
                         + FRESH517_532_CONCEPTS + FRESH541_568_CONCEPTS
                         + FRESH569_600_CONCEPTS + FRESH605_CONCEPTS + FRESH629_CONCEPTS
                         + FRESH653_CONCEPTS + FRESH677_CONCEPTS + FRESH697_CONCEPTS
                         + FRESH705_CONCEPTS + FRESH721_CONCEPTS + FRESH737_CONCEPTS
                         + FRESH745_CONCEPTS + FRESH789_CONCEPTS + FRESH829_CONCEPTS
                         + FRESH877_CONCEPTS + FRESH932_CONCEPTS + FRESH972_CONCEPTS
                         + FRESH1011_CONCEPTS + FRESH1074_CONCEPTS + FRESH1130_CONCEPTS)
def test_concepts_learnt_from_the_blind_sets_in_other_words(classifier, text, field, value):
    assert getattr(labels_of(classifier, text, subject="Re: care"), field) == value


FORWARDED_REPLY = (
    "I complained to the manager about the night staff and her reply is below. I'm not happy with it.\n\n"
    "Gill\n\n"
    "---------- Forwarded message ---------\n"
    "From: Sandra Holt <manager@oaks-care.example>\n"
    "Date: Mon, 2 Nov 2026 09:12:00 +0000\n"
    "Subject: Your complaint\n"
    "To: Gill Tarrant <gill.tarrant@example.com>\n\n"
    "Dear Mrs Tarrant,\n\n"
    "Thank you for raising your concerns. We have spoken to the staff concerned and consider the matter closed.\n\n"
    "Sandra Holt\n"
    "Home Manager, The Oaks Care Home\n")


def test_a_provider_reply_forwarded_by_the_family_does_not_make_the_family_the_provider(classifier):
    """fresh116: the home manager's signature is in the forwarded reply, not in the sender's own words."""
    labels = labels_of(classifier, FORWARDED_REPLY, subject="Fwd: Your complaint",
                       sender="Gill Tarrant <gill.tarrant@example.com>")
    assert (labels.sender_role, labels.professional) == ("public", False)


OWN_EXCHANGE_FORWARDED = (
    "I'm forwarding my exchange with your finance team. I raised this in October and it is still wrong, so please "
    "treat it as a formal complaint.\n\nRuth\n\n"
    "---------- Forwarded message ---------\n"
    "From: Finance Team <ascfinance@council.example>\n"
    "Date: Mon, 2 Nov 2026 09:12:00 +0000\n"
    "Subject: RE: Invoice 4410\n"
    "To: Ruth Hale <ruth.hale@example.com>\n\n"
    "Dear Ms Hale,\n\nThe fee is applied in line with the charging policy.\n\n"
    "If you remain dissatisfied you may complain through the council's complaints procedure and, after that, to the "
    "Local Government and Social Care Ombudsman.\n\nFinance Team\n\n"
    "From: Ruth Hale <ruth.hale@example.com>\n"
    "Date: Fri, 16 Oct 2026 10:00:00 +0000\n"
    "Subject: Invoice 4410\n"
    "To: ascfinance@council.example\n\n"
    "We were told the service was free. Please cancel invoice 4410 for my mother.\n\nRuth Hale\n")


def test_the_councils_own_reply_in_a_forwarded_exchange_sets_no_label(classifier):
    """fresh202: a member of the public forwards their exchange with the council; the finance team's standard
    paragraph naming the Ombudsman is the council's text (LABELS.md: what counts as the writer's text), while the
    writer's own earlier message in the thread is still read."""
    labels = labels_of(classifier, OWN_EXCHANGE_FORWARDED, subject="Fwd: Invoice 4410",
                       sender="Ruth Hale <ruth.hale@example.com>")
    assert (labels.kind, labels.formality, labels.ombudsman) == ("complaint", "formal", False)
    assert labels.care_charges is True


RESIDENT_FORWARDED = (
    "---------- Forwarded message ---------\n"
    "From: Neil Fair <neil.fair@example.org>\n"
    "Date: Sun, 8 Nov 2026 10:02:00 +0000\n"
    "Subject: OT assessment\n"
    "To: Tariq Hussain <cllr.hussain@members.council.example>\n\n"
    "Dear Tariq,\n\nThanks for listening at the surgery. I'm 52 and have MS, and I have waited eight months for an "
    "OT to look at my bathroom. Please pass this on as a formal complaint.\n\nNeil\n")


@pytest.mark.parametrize("sender", ["Tariq Hussain <cllr.hussain@members.council.example>",
                                    "Jo Ray <jo.ray@council.example>"])
def test_an_email_passed_on_from_a_council_address_is_read_from_the_original(classifier, sender):
    """A resident's email forwarded by an officer, or by a councillor from their council address, is labelled
    officer_forward (fresh74, fresh97; LABELS.md is silent on councillors), and its labels are the resident's."""
    labels = labels_of(classifier, RESIDENT_FORWARDED, subject="Fwd: OT assessment", sender=sender)
    assert (labels.sender_role, labels.professional) == ("officer_forward", False)
    assert labels.formality == "formal" and labels.client_group == "disability"


@pytest.mark.parametrize("sender", ["Priya Doshi <cllr.priya.doshi@council.example>",
                                    "Tariq Hussain <t.hussain@members.council.example>"])
def test_a_councillor_writing_from_their_council_address_is_professional(classifier, sender):
    """fresh23, fresh51, fresh53: a councillor's own words, with no title in them, from a member's address."""
    labels = labels_of(classifier, "Where are we with Mr Fenwick's complaint about his home care? He is still "
                       "waiting for an answer.", subject="Mr Fenwick", sender=sender)
    assert (labels.sender_role, labels.professional) == ("professional", True)


@pytest.mark.parametrize("text, role", [
    ("I'm the allocated social worker for Mr B, who is 29. His provider manages his money and there are cash withdrawals "
     "nobody can explain.", "professional"),
    ("Apologies, this isn't really a work email. My brother is 41 and autistic and his review has been cancelled "
     "three times.", "public"),
    ("Mrs Dale rang this morning about her husband's carers, who keep arriving late. She would like a call back.",
     "officer_forward"),
])
def test_an_officer_writing_from_a_council_address_in_their_own_words(classifier, text, role):
    """fresh263: an officer writing about their own work is acting in a professional role; one writing about their own
    family from a work address is family; one passing on a call is forwarding it (LABELS.md names only the last)."""
    labels = labels_of(classifier, text, subject="Query", sender="Jo Ray <jo.ray@council.example>")
    assert labels.sender_role == role
    assert labels.professional is (role == "professional")


def voicemail(transcript: str) -> bytes:
    """What a phone system's voicemail-to-email gateway sends: auto-generated headers, a caller's words."""
    return bytes(mail("You have a new voicemail message.\n\nFrom: 07700 900123\n\n"
                      "Transcription (automated - may contain errors):\n\n" + transcript + "\n\n"
                      "To listen to this message open the attached audio file. Please do not reply to this email.\n",
                      sender="Voicemail Service <voicemail-noreply@council.example>",
                      subject="New voicemail from 07700 900123 (1m 12s)", date="Sun, 08 Nov 2026 22:14:00 +0000",
                      message_id="<vm-1@council.example>", headers={"Auto-Submitted": "auto-generated"}))


def test_a_voicemail_transcription_is_the_callers_complaint_not_machine_mail(classifier):
    """fresh168: the gateway's headers say auto-generated; read as an auto-reply, a daughter's call about
    bruises on her mother was filed as machine mail.  Its words are a person's; the gateway gets no
    acknowledgement (bot.triage still sees the header signs)."""
    raw = voicemail("hello it's Karen calling about my mum she's in the care home she's 84 I saw big bruises on "
                    "her arms today and the staff won't tell me what happened please ring me back")
    parsed = parse_message(raw, council_domains=DOMAINS)
    result = classifier.classify(parsed)
    assert result.labels.kind == "complaint" and result.labels.safeguarding is True
    assert result.labels.sender_role == "public" and result.labels.needs == []
    from bot.automatic import automatic_signs
    assert automatic_signs(parsed)  # so triage leaves the acknowledgement to a phone call


def test_an_out_of_office_that_mentions_voicemail_is_still_machine_mail(classifier):
    """A machine's own "away" or "failed" text keeps it machine mail, even with care words in it."""
    raw = voicemail("For urgent concerns about home care please ring the duty social worker.")
    out_of_office = raw.replace(b"You have a new voicemail message.", b"I am out of the office until Monday.")
    assert kind_of(classifier, out_of_office) == "auto_reply"


def test_a_subject_line_word_of_harm_the_body_explains_does_not_flag(classifier):
    """fresh96: "Contribution increase = financial abuse" in the subject, and the body says who is meant:
    the council's charge, not money taken from him."""
    labels = labels_of(classifier, "This is financial abuse by the council, plain and simple. I want the "
                       "new contribution looked at again.", subject="Charges = financial abuse")
    assert labels.safeguarding is False
    labels = labels_of(classifier, "His carer has been taking money from his wallet.",
                       subject="Charges = financial abuse")
    assert labels.safeguarding is True


def test_a_subject_naming_past_harm_the_body_says_was_dealt_with_does_not_flag(classifier):
    """fresh360: "was theft already reported" in the subject, over a body that tells the theft as past and settled (the
    PA was convicted); the same subject over a body telling current harm still flags."""
    labels = labels_of(classifier, "Your audit says £640 is unaccounted for. In 2024 a PA I employed took my bank card "
                       "and withdrew money. She was convicted at the magistrates court. Please take the deduction off.",
                       subject="Audit deduction - was theft already reported")
    assert labels.safeguarding is False
    labels = labels_of(classifier, "My PA has been taking money from my account again this month.",
                       subject="Audit deduction - was theft already reported")
    assert labels.safeguarding is True


def test_who_pays_is_read_from_the_body_before_the_subject(classifier):
    """fresh357: a subject naming council funding as the topic, over a body saying the person pays her own fees."""
    labels = labels_of(classifier, "My aunt has paid her own fees at the home since she moved in. What happens when "
                       "her savings run out?", subject="Council funding and top-up fees")
    assert labels.funding == "self_funded"


@pytest.fixture(scope="module")
def rules() -> Classifier:
    """The rules alone, without the text model."""
    return Classifier(council_domains=DOMAINS, model_dir=None)


@pytest.mark.parametrize("text,kind", [
    # (fresh445: the model read this one as an enquiry, and still may; the rules read the writer's words)
    ("Our complaint is that we have been given no information about the house. Could someone send us the transition "
     "plan?", "complaint"),
    # the Ombudsman named only in a question about the route is no threat (fresh446, an MP's caseworker)
    ("Can I go to the Ombudsman about a private care home, or only about the council?", "enquiry"),
])
def test_the_rules_read_a_stated_complaint_and_a_question_about_the_ombudsman(rules, text, kind):
    assert labels_of(rules, text, subject="Re: care").kind == kind


@pytest.mark.parametrize("text", [
    "When the lift is broken, which is most weeks, he cannot leave the flat at all. The repair is overdue.",
    "He is terrified of running out of savings before the council steps in.",
    # fresh120 and fresh122 (session 10)
    "He hasn't been out since the spring apart from clinic visits, when the ambulance crew help him down the stairs.",
    "She is too frightened to open letters from the council, so I deal with her post now.",
    # fresh136 (session 11): a carer's own tiredness; a young carer between services
    "Some nights I fall asleep at the kitchen table before she has settled.",
    "Young adults like me fall through the gap between children's and adults' services.",
    # (a concept row until session 12, when the retrained model read it at 0.53: "overnight" is a weak word)
    "His overnight short breaks at the respite house are being cut.",
    # (a concept row until session 13, when the retrained model read it as a sign: "taken" is a word of theft)
    "The agency's invoice was taken by direct debit twice this month and I want one refunded.",
    # (a concept row until the model retrained on fresh155-158 read "grade 2" at 0.53, session 13)
    "I read grade 2 braille and use a screen reader.",
    # (session 14: "help him wash" had never matched, the "a b|c" trap; read as meant, a refusal is not neglect,
    # and the model reads this at 0.66)
    "He won't let the carers help him shower, so I do it myself.",
    # (concept rows until the model retrained on fresh163-166 read them at 0.50 and 0.52, session 14)
    "Back in 2015 she was left in wet sheets at that home. I moved her to another home the next month and "
    "she was happy there until she died.",
    "Her son has been aggressive towards staff, so the agency send two carers.",
    # (a concept row until the model retrained on fresh167-170 read it at 0.54, session 14)
    "Her only wish was to die at home in her own bed, and the hospice made that happen.",
    # (session 14: a look-alike the rules read, and the model retrained on fresh171-174 at 0.52)
    "The issue is the safety of our staff on that visit.",
    # (session 15: the writer's fear of a loss, not of a person; the model retrained on fresh183-186 reads 0.53)
    "She is terrified she will lose her flat over this bill.",
    # (session 16: money taken by a billing error; the model retrained on fresh195-198 flags it at low confidence)
    "Another £220 was deducted from his account by mistake this month.",
    # (session 17: a falls plan after a review; the model retrained on fresh203-206 reads 0.52)
    "The home put in a new falls plan and a sensor mat after his review.",
    # (session 17: "a falls risk" is a risk assessment's words; the model reads a fall)
    "He has to have a member of staff with him outside because he is a falls risk.",
    # (a session 16 concept row until the model retrained on fresh207-210 flagged it at low confidence)
    "My personal assistant could not go another month without her wages, so she left.",
    # (a session 16 concept row until the model retrained on fresh215-218 flagged it at low confidence)
    "She was terrified she was being thrown out of the flat when the letter came.",
    # (session 18: the person laughing at a carer's language, and "seven days a week" at home, not at work: look-alikes
    # the rules read, and the model flags at low confidence)
    "Dad laughs about her Welsh every morning and she teaches him a new word each day.",
    "Since the centre closed he is at home with us seven days a week and has stopped going out.",
    # (session 18: a parent's fear for the future, a home taking residents in, a rule's reason, self-injury a rule
    # prevents: look-alikes the rules read, and the model retrained on fresh223-226 flags at low confidence)
    "At night I'm frightened of what will become of her when I'm gone.",
    "The home took in six residents from Elm Lodge when it closed.",
    "The gate is locked because some residents walk out onto the lane at night.",
    "He would burn himself on the kettle, so the home keeps it in the office, which we agreed.",
    # (a session 18 concept row until the model retrained on fresh235-238 flagged it at low confidence)
    "I phoned the office first thing on the Tuesday to cancel his visits, as he had been admitted to hospital.",
    # (session 19: a double charge told in second-language English; the model retrained on fresh243-246 reads 0.62)
    "They took the money two times for the same week in the home.",
    # (session 19: a loss of capacity that led to a deputyship; the model reads money words at low confidence)
    "He lost capacity to manage his money last year, so I applied to be his deputy.",
    # (a session 9 concept row until the model retrained on fresh251-254 flagged it at low confidence)
    "Please tell me if I should be writing to somebody else.",
    # (session 20: a tenancy at risk, photos of rooms: look-alikes the rules read, and the model reads 0.54 and 0.60)
    "Our tenancy is at risk because of the rent arrears.",
    "The officer took photos of the rooms in my flat without asking me.",
    # (session 20: a person taken to the shops, new friends in extra care housing: the rules read no sign (a carer who
    # "can take her" is no theft), and the model reads 0.50 and 0.64)
    "The agency changed the rota so the Tuesday carer can take her to the shops.",
    "She has made a lot of new friends since she moved into the extra care flats.",
    # (concept rows of sessions 17 and 19 until session 20: a look-alike once covered a strong sign here, which kept
    # the model quiet; with "take her" no longer read as a theft there is no sign to cover, and the model retrained on
    # fresh259-274 reads 0.64 and 0.60)
    "The carers know she takes her coffee with two sugars.",
    "They took his penknife off him on the day he moved in, which seems sensible.",
    # (concept rows until the model retrained on fresh275-278 read them at low confidence: praise of two carers, and
    # the writer's temper, which a look-alike reads)
    "Marta and Neel from the agency are always on time and very kind to Dad.",
    "I was so angry I could have strangled the woman on the phone.",
    # (session 21: an imagined fall and a fall ruled out, read by the rules as hypothetical and negated; the model reads
    # 0.77 and 0.86)
    "She's never fallen, but I keep picturing her lying on the bathroom floor all night with nobody coming.",
    "He hasn't had a fall, his tablets match the chart and he's eating well.",
    # (session 21: a paramedic on the floor with a man, money managed under a power of attorney, a rota with no time:
    # look-alikes the rules read, and the model reads 0.64, 0.85 and 0.57)
    "The paramedic sat on the floor with Dad and kept him calm until the ambulance came.",
    "My brother manages her money under a lasting power of attorney and keeps every receipt.",
    "The agency gives them no time to get from one call to the next.",
    # (concept rows until the model retrained on fresh279-298 read them at 0.51-0.57: care the writer gave himself, a
    # bill after a death, "nearly died of shock")
    "Luckily he didn't go without, as I did his meals and his tablets myself that week.",
    "They are charging my dead father for visits he never had.",
    "When the new carer walked in unannounced I nearly died of shock.",
    # (a concept row until the model retrained on fresh279-302 read it at 0.56)
    "The electrics tripped twice last week and the carers had to reset the fuse box for her.",
    # (session 22: a house rule called fair two sentences on, a debt letter's fright: the rules read no sign, and the
    # model reads 0.61 and 0.53)
    "They told me the fridge in the lounge is locked overnight. I was annoyed at first. Then the nurse explained why "
    "and I think it's fair enough.",
    "The letter about enforcement agents has frightened her so much she won't open the door.",
    # (session 22: a meter that ran out, a look-alike the rules read; the model reads 0.51)
    "My electric meter ran out on Friday night and my son topped it up on Monday.",
    # (a session 17 concept row until the model retrained on fresh315-318 read it at 0.51)
    "When her savings fall below the limit the home wants to move her.",
    # (session 23: a wish for one's own bank card, the appointee fair; the rules read no sign, the model reads 0.78)
    "I'd like to have my own bank card and look after some of my money myself. My dad is my appointee and he is fair "
    "with me.",
    # (session 23: a drop in a number, a look-alike the rules read; the model reads 0.55)
    "There has been a drop in her weight of a kilo, which the dietitian is watching.",
    # (a concept row until the model retrained on fresh323-326 read it at 0.52: one weak sign, which the rules leave)
    "He has been charged for visits he never had, and I want the invoice corrected.",
    # (session 23, fresh327-330: a rule made because of a risk, and the writer unseen at the door; the rules read no sign,
    # the model reads 0.57 and 0.79)
    "They took away his toaster because of the risk of fire in his room, which I understand.",
    "The staff cannot see me on the camera when I ring the bell after eight.",
    # (session 24, fresh331-334: a writer who asked and was not told, no instruction to keep quiet; the rules read no sign,
    # the model reads 0.66)
    "I asked which families had complained and she could not tell me.",
    # (moved here in session 27 from FRESH223_226_CONCEPTS: an ankle strapped up at hospital is treatment, not
    # restraint, and the home told the family at once; the model retrained on fresh357-360 reads 0.51)
    "She fell in the lounge and her ankle was strapped up at the hospital; the home rang us straight away.",
    # (session 27, fresh357-360: a son with power of attorney who handles her money well, beside a weak sign told of the
    # council's letter; the model reads 0.69)
    "She has been tearful since your arrears letter came. Her son manages her money very carefully, so that is not the "
    "issue.",
    # (moved in session 27 from FRESH175_178_CONCEPTS: the model retrained on fresh361-364 flags it at low confidence)
    "He always takes his hearing aids out when the carers come, so they write things down for him.",
    "He had taken his hearing aids out, so he did not hear the officer knocking.",
    # (fresh361-364: a fire service's home safety visit; the model reads 0.72)
    "The fire brigade did a home safety visit last week and fitted two smoke alarms.",
    # (moved in session 28 from FRESH163_166_CONCEPTS, a pattern kept to what is a concern: the model retrained on
    # fresh373-376 flags it at low confidence)
    "I feel stupid asking again about the forms.",
    # (fresh373-376: a long day alone is no working day, so no exploitation; the model reads 0.78)
    "Mum sits on her own from nine in the morning until six at night now the day centre has shut.",
    # (fresh377-380: a bill "as if every call had gone ahead" is no money gone; the model reads 0.50)
    "The statement charges her £305.79, as if every call had gone ahead.",
])
def test_a_look_alike_of_a_weak_word_is_read_by_the_rules_and_the_model_may_still_ask(classifier, rules, text):
    """fresh107 and fresh111: the words are look-alikes, so the rules see no sign.  A look-alike of a weak
    word does not silence the model (fresh54), which reads these short messages at about 0.5: if it
    flags one, the flag is low confidence, for an officer to confirm."""
    raw = eml(text, subject="Re: care")
    assert rules.classify(parse_message(raw, council_domains=DOMAINS)).labels.safeguarding is False
    full = classifier.classify(parse_message(raw, council_domains=DOMAINS))
    assert full.labels.safeguarding is False or full.confidence["safeguarding"] == "low"


@pytest.mark.parametrize("text, excused", [
    ('I told the carer and she said "it is not our business what she spends her money on". Nan is 88.', False),
    ("Nan is 88. It is not anyone's business what she spends her money on, and nobody is taking it.", True),
])
def test_a_denial_quoted_from_someone_else_does_not_rule_the_harm_out(rules, text, excused):
    """fresh124: the provider's own words, quoted back, had ruled financial harm out and so stopped the model
    reading a doorstep trader paid in cash.  The writer's own denial still rules it out."""
    from classifiers.fields import safeguarding
    from classifiers.findings import collect
    from classifiers.text import passages
    parsed = parse_message(eml(text, subject="Nan"), council_domains=DOMAINS)
    decision = safeguarding.decide(collect(rules.nlp, passages(parsed, rules.council_domains), rules.concepts))
    assert decision.value is False and decision.excused is excused


def test_a_labelled_separator_after_a_sign_off_starts_another_text():
    """fresh131: an officer's note, "Cheers, Gareth", then "--- card text ---" and a family's card typed out.
    The card is not the officer's signature: its lines are read as text, with the card's own sign-off."""
    from classifiers.text import passages
    body = ("Please add this to the compliments log.\n\nCheers,\nGareth\nReablement Service Manager\n\n"
            "--- card text ---\nTo everyone at Reablement,\nDad is 82 and walks to the shop again because of you.\n"
            "With love from all the family\n")
    chosen = passages(parse_message(eml(body, subject="Compliment"), council_domains=DOMAINS), DOMAINS)
    read = {p.text: p.closing for p in chosen}
    assert read["Dad is 82 and walks to the shop again because of you."] is False
    assert read["Reablement Service Manager"] is True
    assert not any("card text" in text for text in read)


def test_a_long_line_in_unwrapped_mail_ends_where_the_writer_pressed_return():
    """fresh334: phone-typed mail with no full stops puts each thought on its own line, longer than any hard wrap; the
    line ends there, so one line's "cant" does not negate the next.  Text hard-wrapped at 115 characters (fresh28), whose
    lines are all about as long as the longest, is still joined into its paragraph."""
    from classifiers.text import passages
    typed = ("im 27 n a wheelchair user n i get direct payments for my PAs but the new one talks over me when she thinks i "
             "cant hear\ni told the agency office n they said its a personality clash\n")
    chosen = [p.text for p in passages(parse_message(eml(typed, subject="my PA"), council_domains=DOMAINS), DOMAINS)]
    assert "i told the agency office n they said its a personality clash" in chosen
    wrapped = ("Mr Doyle was discharged from hospital on 23 December to a nursing home placement arranged and funded by "
               "the\ncouncil some 40 miles from his family and day service, and nobody asked his sister what she thought "
               "of it\nbefore he went, which is the heart of this complaint about the way the move was handled by you.\n")
    chosen = [p.text for p in passages(parse_message(eml(wrapped, subject="Mr Doyle"), council_domains=DOMAINS), DOMAINS)]
    assert any("funded by the council some 40 miles" in text and "handled by you." in text for text in chosen)


def test_the_end_of_a_wrapped_paragraph_is_not_a_signature():
    """fresh546: "if yous lot dont do / nothing im going the ombudsman and the echo" over a name and phone number.  The
    short last line, in lower case under a long line with no full stop, ends the paragraph; the name below it is
    still the signature."""
    from classifiers.text import passages
    body = ("i want a formal complaint put in about the place and if yous lot dont do\n"
            "nothing im going the ombudsman and the echo\n\njay 07700 900812\n")
    chosen = {p.text: p.closing for p in passages(parse_message(eml(body, subject="NAN"), council_domains=DOMAINS),
                                                  DOMAINS)}
    assert any("im going the ombudsman" in text and closing is False for text, closing in chosen.items())
    assert chosen["jay 07700 900812"] is True


def test_a_bracketed_note_under_the_name_is_the_writers_words_not_a_job_title(rules):
    """fresh682: a draft sent with its writer's note left in under the name, "(rough: say more about the shower thing??
    and that the OT never came back)", read "OT" as her job.  A bracketed line of running text is her own words again;
    a company's long tagline under a name is still signature (fresh610)."""
    from classifiers.text import passages
    body = ("I would like my reassessment done, it is six months late.\n\nKind regards,\nAlison Marchetti\n"
            "(rough: say more about the shower thing?? and that the OT never came back after the first visit)\n")
    chosen = {p.text: p.closing for p in passages(parse_message(eml(body, subject="Reassessment"), council_domains=DOMAINS),
                                                  DOMAINS)}
    assert chosen["Alison Marchetti"] is True
    assert any(text.startswith("(rough:") and closing is False for text, closing in chosen.items())
    assert labels_of(rules, body, subject="Reassessment").professional is False


@pytest.mark.parametrize("after_sign_off, read_as_text", [
    # fresh144: an officer's covering note and sign-off, then the call note it covers
    ("CALL NOTE 09/11/2026 14:22\nCaller: Ms R Hartley (sister)\n"
     "Caller says her brother has had no money of his own for months and has lost a lot of weight.\n"
     "Caller believes their mother is using his benefits to pay her own bills and does not want it formal.\n",
     True),
    # a signature with a disclaimer is still a signature
    ("Team Leader, Customer Contact Centre\nTel 01632 960000\n"
     "This email and any attachments are confidential and intended solely for the addressee named above.\n"
     "If you are not the intended recipient please notify the sender and delete it from your system.\n",
     False),
])
def test_running_text_after_a_sign_off_is_another_text(after_sign_off, read_as_text):
    """Two lines of running text after "Thanks, Priya" are a text the officer is passing on, not her
    signature: until session 12 everything after the first sign-off was closing, so a call note pasted
    below one was never read for safeguarding.  A disclaimer's long lines stay in the signature."""
    from classifiers.text import passages
    body = "Not sure if this one is for you. Call note below.\n\nThanks\nPriya Desai\n" + after_sign_off
    chosen = passages(parse_message(eml(body, subject="FW: call note"), council_domains=DOMAINS), DOMAINS)
    long_lines = [p for p in chosen if len(p.text.split()) >= 12]
    assert long_lines and all(p.closing is not read_as_text for p in long_lines)
    assert {p.text: p.closing for p in chosen}["Thanks"] is True


def test_in_an_officers_forward_the_original_writer_is_the_writer(classifier):
    """fresh319: a mother's "I felt abused by the way I was spoken to" on the duty line, forwarded by an officer, is her
    own feeling about a call, as it would be in her own email: the forwarded original is the writer's own words
    (LABELS.md), so the rule for a relative's own treatment by staff reads it."""
    original = ("My son is 33 and has a brain injury from an accident. When I rang the duty line the worker was short "
                "with me and I honestly felt abused by the way I was spoken to. He is safe and his PAs are good; my "
                "complaint is about the social work.\n\nCarol Dean")
    body = ("Hi, forwarding the below, which came to our team inbox.\n\nSam Ray\nSocial Worker\n\n"
            "---------- Forwarded message ---------\nFrom: Carol Dean <carol.dean@example.org>\n"
            "Date: Mon, 2 Mar 2026 09:00\nSubject: my son\nTo: <neuro.team@council.example>\n\n" + original)
    forwarded = labels_of(classifier, body, subject="FW: my son", sender="Sam Ray <sam.ray@council.example>")
    assert forwarded.sender_role == "officer_forward" and forwarded.safeguarding is False
    assert labels_of(classifier, original, subject="my son").safeguarding is False


# A council website form as its forms service sends it (session 38, fresh632): the form's own questions, its menu of
# examples and its consent line are not the writer's words; the answers, and the fields saying who filled it in, are.
def web_form(about_you: str, support_answer: str, what_happened: str) -> str:
    return (
        "A form has been submitted on www.council.example. Details are below.\n\n"
        f"--- About you ---\n{about_you}\n"
        "How would you like us to contact you?: Email\n\n"
        "--- Your feedback ---\n"
        "Type of feedback: Complaint\n"
        "Tell us what happened:\n"
        f"{what_happened}\n"
        "What would you like to happen?: Somebody to look at the rota and ring me back this week.\n"
        "Do you need any support to communicate with us? (for example an interpreter, British Sign Language, large "
        f"print or easy read, or an advocate): {support_answer}\n\n"
        "I agree to the council using the information on this form to deal with my feedback: Yes\n"
        "Reference: WEB-2026-000901\n\n"
        "This message was generated automatically by the council's online forms service.\n")


FORM_SENDER = "Council website forms <noreply-forms@council.example>"
FORM_SUBJECT = "Online form: Adult social care feedback - Complaint [WEB-2026-000901]"
LATE_CALLS = "The lunchtime carers have been over two hours late four days running and Dad's council care plan says 12."


@pytest.mark.parametrize("answer,needs", [
    ("No", []),
    ("None", []),
    ("Yes - Polish. My mother speaks only a little English.", ["interpreter"]),
    ("Large print letters please, my eyes are poor.", ["accessible_format"]),
])
def test_a_web_forms_menu_of_needs_is_not_a_need_only_the_answer_is(classifier, answer, needs):
    text = web_form("First name: Irena\nLast name: Nowak", answer, LATE_CALLS)
    labels = labels_of(classifier, text, subject=FORM_SUBJECT, sender=FORM_SENDER)
    assert labels.needs == needs
    assert labels.kind == "complaint" and labels.sender_role == "public"


def test_a_web_form_filled_in_at_work_is_the_fillers_role(classifier):
    text = web_form("Name: Jo Hartley\nJob title: Community Staff Nurse\nOrganisation: Westvale District Nursing Team",
                    "No", LATE_CALLS)
    labels = labels_of(classifier, text, subject=FORM_SUBJECT, sender=FORM_SENDER)
    assert (labels.sender_role, labels.professional) == ("professional", True)
    assert labels.needs == []


def test_a_web_forms_question_answered_yes_stays_the_writers(classifier):
    """A guard: session 37's code read this right; stripping the form's questions must not lose it."""
    text = web_form("First name: Alan\nLast name: Price", "No",
                    LATE_CALLS + "\nDo you want this treated as a formal complaint?: Yes")
    labels = labels_of(classifier, text, subject=FORM_SUBJECT, sender=FORM_SENDER)
    assert (labels.kind, labels.formality) == ("complaint", "formal")


PROVIDER_ANSWER = (
    "Dear Lucy,\n\nThank you for passing on Mr Dale's concerns about how we kept him informed. I have looked into it. "
    "The nurse rang an old number and did not follow it up, and we have checked every resident's contact details.\n\n"
    "I phoned Mr Dale yesterday to apologise. He asked that it isn't treated as a formal complaint, so unless you need "
    "anything further I will close it on our side.\n\nKind regards,\n\nJune Hale\nRegistered Manager\n"
    "Ashgrove House\n")


def test_a_home_answering_the_officer_relays_the_complainants_wish_without_making_a_complaint(rules):
    """fresh654: a home's manager answering the officer who passed a son's concern on.  Her account is not a complaint,
    and the son's wish that it not be formal is relayed, not hers (it would otherwise read as an informal complaint)."""
    labels = labels_of(rules, PROVIDER_ANSWER, subject="RE: Concerns raised by Mr Dale",
                       sender="June Hale <june.hale@ashgrove.example>")
    assert (labels.kind, labels.formality) == ("enquiry", None)


def test_a_caseworker_who_would_be_grateful_for_a_formal_investigation_asks_for_one(rules):
    """fresh654: an MP's caseworker; "Mr Halloran's complaint" reads as relayed, but the sentence asks for it."""
    text = ("I write on behalf of Mr Aldous MP about his constituent Mr Halloran, whose wife was left without water "
            "within reach and became dehydrated.\n\nMr Aldous would be grateful if the council would investigate "
            "Mr Halloran's complaint formally and send this office a copy of the response.\n\nSenior Caseworker\n")
    assert labels_of(rules, text, subject="Mr Halloran").formality == "formal"


def system_notice(sender: str, subject: str, body: str) -> bytes:
    """A notice from a form, survey, case or reporting system: auto-generated headers over a person's words."""
    headers = ("Reply-To: Kay Dale <kay.dale@example.com>\r\nAuto-Submitted: auto-generated\r\n").encode()
    return headers + eml(body, subject=subject, sender=sender)


@pytest.mark.parametrize("sender,subject,body", [
    ("Council Online Forms <forms-noreply@council.example>", "Form submission: Adult Social Care complaints - FS-1182",
     "A new form has been submitted on the council website.\n\nYour name: Kay Dale\nType of feedback: Complaint\n\n"
     "Please tell us what happened:\nWhen I helped Mum off with her cardigan there were dark purple marks round the "
     "tops of both her arms, like fingertips. Nobody had phoned me.\n\n--\nThis is an automatically generated message "
     "from the council's online forms service. Please do not reply to this address.\n"),
    ("CaseWorks Notifications <caseworks-noreply@council.example>", "Case CMP-27-0008 - customer reply received",
     "Case: CMP-27-0008\nStatus: Reopened - customer reply received by email\n\nCustomer message:\nThank you for your "
     "letter but I am not satisfied with it. You have still counted my late husband's pension as my income, so my "
     "contribution towards my home care has gone up. I would like my complaint looked at again at the next stage.\n\n"
     "This notification was generated automatically. Do not reply to this message.\n"),
])
def test_a_system_notice_that_carries_a_persons_complaint_is_their_complaint(classifier, sender, subject, body):
    """fresh661: a form service and a case system send auto-generated notices with a person's complaint inside; read as
    auto-replies, a daughter's report of fingertip bruises was filed as machine mail."""
    assert kind_of(classifier, system_notice(sender, subject, body)) == "complaint"


def test_a_calendar_answer_with_nothing_typed_is_machine_mail(classifier):
    """fresh661: "Accepted: Complaint review meeting" with an empty body; one with a note typed under it is read as the
    person's message."""
    accepted = eml("", subject="Accepted: Complaint review meeting - Mr P Nakamura",
                   sender="Colm Brannigan <colm.brannigan@larchfield.example>")
    assert kind_of(classifier, accepted) == "auto_reply"
    declined = eml("I will not come. I am not happy with the stage 1 answer and I want stage 2, please.",
                   subject="Declined: Complaint review meeting - Mr P Nakamura",
                   sender="Ann Nakamura <ann.nakamura@example.com>")
    assert kind_of(classifier, declined) == "complaint"

