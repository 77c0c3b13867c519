"""sender_role, professional, representative and client_group (LABELS.md).

sender_role: system for machines; officer_forward for a council address (an
officer passing on an email or a call note: LABELS.md "Forwards"); provider or
professional when the writer's own words or signature give a job at a care
provider or in a profession; otherwise public.
representative: the writer acts for someone else.  Mentions of another person as
the subject (relations, named patients, their age) are weighed against the
writer's own care (their age, "my care", "I have MS"), so "my mum helps me read
letters" does not outweigh "I am 27 and I have a learning disability".
client_group: the age of the person receiving care decides (65+ older_people,
18-64 with a disability, autism or mental health need is disability); without an
age, dementia or later-life settings mean older_people and a learning
disability, autism or mental health need means disability.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.records import ParsedMessage

from ..findings import Findings, Hit, uncovered
from . import Decision, distinct_sentences, evidence, note

# ("92yo": a paramedic's shorthand, which the tokenizer splits, read as 92; fresh249)
_NUMBER = re.compile(r"(?<![\d/.:,£])\b(\d{1,3})(?:st|nd|rd|th|yo|yrs|yr)?\b(?![/.:,]\d)")
_YEAR = re.compile(r"\b(19\d\d|20[0-2]\d)\b")
# A day of the month is not an age: "Dad died on 30 October, aged 90" (fresh156).
_DAY_OF_MONTH = re.compile(r"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
                           re.I)
# A house number is not an age: "Re: Mrs Joan Pike, 41 Holly Road" (a subject or call note that gives the address
# where an age would stand).  One to three capitalised names, then a word for a street.
_STREET = re.compile(r"^\s*(?:[A-Z][a-z'\u2019-]+\s+){1,3}(?i:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|court|"
                     r"crescent|place|gardens|terrace|walk|grove|row|square|mews|parade|rise|view|park|green|hill|"
                     r"cottages?|house|flats|estate|meadows?|fields?)\b")
_AGED = re.compile(r"\bage[d:]?\s*(\d{1,3})\b", re.I)
_DECADE = {"20s": 25, "twenties": 25, "30s": 35, "thirties": 35, "40s": 45, "forties": 45, "50s": 55,
           "fifties": 55, "60s": 65, "sixties": 65, "70s": 75, "seventies": 75, "80s": 85, "eighties": 85,
           "90s": 95, "nineties": 95}
# "in her early sixties" is 61-63, under the 65 of older_people; "late fifties" is still under it.
_DECADE_SHIFT = {"early": -3, "late": 3}
# Ages written in words ("eighty-three", "in my ninety-second year", "she'll be ninety").
# (working-age tens since session 22: "He's about forty and has a learning disability", fresh299)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
         "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
         "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
# (the teens since session 37: "my granddaughter, Lucy, who is nineteen and has autism", fresh620)
_TEENS = {w: i for i, w in enumerate("thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 13)}
_NOT_AN_AGE_AFTER = frozenset({"to", "past", "minutes", "mins", "hours", "pounds", "quid", "percent", "times", "miles"})
_UNITS = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_UNITS.update({w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1)})
# A councillor's own council address: "cllr.hussain@", "councillor.jones@", or a members' subdomain
# ("@members.council.example").  A councillor writing in their own words is professional even when no
# signature says so (fresh23, fresh51, fresh53).  One forwarding a resident's email is labelled
# officer_forward in most blind sets (fresh74, fresh97; fresh164 said professional), so that stays.
_MEMBER_ADDRESS = re.compile(r"^(?:cllr|councillor)\b|@members?\.", re.I)
# A council mailbox that only a machine sends from: the website's forms, the phone system's voicemail, the text-message
# gateway.  What it carries is a member of the public's own words (the blind sets label these public: fresh154, fresh168,
# fresh400); a contact centre's or a CRM's address is an officer's note (fresh74).
_MACHINE_MAILBOX = re.compile(r"^(?:no-?reply|do-?not-?reply|voicemail|sms|webforms?|forms?)\b[^@]*@", re.I)
# A job told in the writer's own voice ("I work nights at ...", "I'm a carer with ...").
# (also "my shifts have been cut", "just finished my shift at ...": fresh524)
_FIRST_PERSON = re.compile(r"(?:i|i'm|i’m|im|my|\w+ my)\b", re.I)
# A professional sign that is only "my clients", "one of our patients".
_CLIENTS_ONLY = re.compile(r"^(?:my|our|one of our)\s+(?:\w+\s+)?(?:client|clients|patient|patients)$", re.I)
# A reply ("RE: Complaint ref ...") from a provider answers the council: the provider complained about (LABELS.md).
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw)\s*:", re.I)
# The most words a signature line naming a job has ("Community Specialist Practitioner - District Nursing, Westbridge
# Community Health NHS Trust"); longer closing lines are a footer's prose.
_TITLE_WORDS = 16
OLDER_AGE = 65
ADULT_AGE = 18


def sender_role(kind: str, parsed: ParsedMessage, findings: Findings, is_council: bool,
                machine_sent: bool = False) -> Decision:
    """``machine_sent``: the headers say a machine sent it (bot.automatic), as a phone system's voicemail does."""
    if kind in {"auto_reply", "spam"}:
        return Decision("system", "high", [note("sender_role", "system", f"kind is {kind}",
                                                "sender_role: machine-sent mail is system (LABELS.md)", "high")])
    if is_council:
        forwarded = any(s.origin == "forwarded" for s in parsed.segments) or bool(parsed.forwarded)
        member = _members(findings)
        if not forwarded and (member or _MEMBER_ADDRESS.search(parsed.from_addr or "")):
            # A councillor writes from a council address in an official capacity, not as an officer
            # passing a message on (the blind sets label councillors professional).
            return Decision("professional", "medium", evidence("sender_role", "professional", member, "medium")
                            if member else [note("sender_role", "professional", parsed.from_addr,
                                                 "sender_role: a councillor's own address (a member, not an officer)",
                                                 "medium")])
        form = _own(findings, "web_form")
        machine_mailbox = bool(_MACHINE_MAILBOX.search(parsed.from_addr or ""))
        if machine_sent or machine_mailbox:
            # (only the phone system itself: an officer typing up a voicemail passes it on, fresh74, fresh106)
            form += findings.where(group="automatic", signal="relay")
        if machine_mailbox:
            # the form's own subject line ("Website form submission: ASC complaints and feedback")
            form += [h for h in findings.where(group="people", signal="web_form") if h.origin == "headers"]
        if form and not forwarded:
            # The council website sends a member of the public's form from its own address, and its phone
            # system a caller's voicemail, transcribed: the person who filled it in or rang is the writer
            # (the blind sets label these public; fresh168).  A form filled in at work says so in its fields ("Job
            # title: Community Staff Nurse", "Submitted by: ..., Registered Manager"): the filler's role (fresh632).
            filler = _writer_role(kind, parsed, findings)
            if filler.value != "public":
                return filler
            return Decision("public", "medium", evidence("sender_role", "public", form, "medium"))
        if not forwarded and not findings.where(group="people", signal={"call_note", "caller_role", "caller_is_person"}):
            # An officer writing to the mailbox in their own words, not passing on a call or a message (fresh263):
            # about their own family from a work address is public; about their own work ("I'm the allocated social
            # worker for LB") is an officer acting in a professional role, the nearest of LABELS.md's roles.
            personal = _own(findings, "personal_capacity")
            if personal:
                return Decision("public", "medium", evidence("sender_role", "public", personal, "medium"))
            own_role = [h for h in _first_person_roles(findings) if h.origin == "new"]
            if own_role:
                return Decision("professional", "medium", evidence("sender_role", "professional", own_role, "medium"))
        return Decision("officer_forward", "high" if forwarded else "medium",
                        [note("sender_role", "officer_forward", parsed.from_addr,
                              "sender_role: council address forwarding content" if forwarded
                              else "sender_role: council address (call note or message passed on)",
                              "high" if forwarded else "medium")])
    applying = [h for h in findings.where(group="kind", signal="business_mail") if h.concept.name == "job_application"]
    if kind == "enquiry" and applying:
        # A cover letter's "Before that I worked as a support worker" is the applicant's history: an application is made
        # as a member of the public (session 51: six job applications in fresh1130-1145 read as professionals).  Not a
        # request for information: one from a charity's policy officer or Healthwatch is labelled professional
        # (fresh383, fresh576, fresh757), one from a postgraduate researcher public (fresh1131, fresh1142).
        return Decision("public", "medium", evidence("sender_role", "public", applying, "medium"))
    return _writer_role(kind, parsed, findings)


def _writer_role(kind: str, parsed: ParsedMessage, findings: Findings) -> Decision:
    """The role of whoever wrote the words: their own job, a provider's staff, or a member of the public."""
    personal = _own(findings, "personal_capacity")
    if personal:
        # "I am writing in a personal capacity": a solicitor or nurse writing about their own
        # mother is family, whatever their signature says.
        return Decision("public", "medium", evidence("sender_role", "public", personal, "medium"))
    # A member of the public forwarding the care home's answer is not the home's manager: the roles
    # that count are the sender's own, not those of someone else's message forwarded inside (fresh116).
    # ("The Old School House" or "12 College Road" in the writer's address is not a job, fresh169; nor is "Room 12,
    # Ashdown Park Nursing Home" under a resident's name, fresh379.)
    addresses = _own(findings, "address_line")
    provider = uncovered(_sender_own(findings, "provider_role", parsed.from_addr), addresses)
    professional = uncovered(_sender_own(findings, "professional_role", parsed.from_addr),
                             addresses) + _sender_own(findings, "caller_role", parsed.from_addr)
    if any(h.concept.name == "self_provider_staff" and not h.closing and _FIRST_PERSON.match(h.span) for h in provider):
        # A care worker who says where she works ("I am working as carer for Pennyfold Home Support") and then of "my
        # clients" (fresh701, fresh703): the clients are hers as a carer, not a professional's caseload.
        professional = [h for h in professional if not _CLIENTS_ONLY.search(h.span)]
    if provider and distinct_sentences(provider) >= distinct_sentences(professional):
        chasing = _own(findings, "council_target")
        if kind == "complaint" and chasing:
            # LABELS.md: provider is staff of the provider *being complained about*; a care home
            # complaining that the council's teams ignored its requests writes as an outside professional.
            return Decision("professional", "medium", evidence("sender_role", "professional", chasing + provider, "medium"))
        if kind == "compliment" and findings.where(group="kind", signal="praise"):
            # Thanks from a care provider's staff for someone else's work (a scheme manager thanking the
            # council's occupational therapist): no provider is complained about, so an outside professional.
            # (Thanks in the writer's words: not a compliment the model guessed from a bare "let you know".)
            return Decision("professional", "medium", evidence("sender_role", "professional", provider, "medium"))
        if kind in {"enquiry", "complaint"} and not _about_own_service(kind, parsed, findings, provider):
            # LABELS.md: provider is staff of the provider being complained about.  Provider staff writing about
            # something else (a question about a framework, a DoLS application the council has left waiting) write
            # as outside professionals: so the blind sets label them (87 such messages by session 28).
            return Decision("professional", "medium", evidence("sender_role", "professional", provider, "medium"))
        return Decision("provider", "medium", evidence("sender_role", "provider", provider, "medium"))
    professional = professional + _members(findings)  # a councillor writing from home
    family = _job_beside_family(professional, findings)
    if family:
        # "I'm a staff nurse on a stroke unit ... my aunt": a job told in passing by someone writing about their own
        # family is not a professional capacity (fresh355 t026, t037).
        return Decision("public", "medium", evidence("sender_role", "public", family, "medium"))
    if professional:
        level = "high" if any(not h.closing for h in professional) else "medium"
        return Decision("professional", level, evidence("sender_role", "professional", professional, level))
    acknowledging = [h for h in findings.where(group="kind", signal="provider_ack") if h.origin == "new"]
    if kind != "complaint" and distinct_sentences(acknowledging) >= 2:
        # LABELS.md's own example of provider: staff of the provider complained about "replying with an
        # acknowledgement" ("Thank you for forwarding the complaint ... we have opened an investigation under our
        # reference"), when no job title says so (fresh282: a "Customer Relations Manager").
        return Decision("provider", "medium", evidence("sender_role", "provider", acknowledging, "medium"))
    return Decision("public", "high", [note("sender_role", "public", "no professional or provider role found",
                                             "sender_role: a member of the public or family (LABELS.md)", "high",
                                             "new")])


def _own(findings: Findings, signal: str) -> list[Hit]:
    """Role hits in the writer's text (for a forward, the original's), not quoted text."""
    return [h for h in findings.where(group="people", signal=signal) if h.origin != "headers"]


def _job_beside_family(professional: list[Hit], findings: Findings) -> list[Hit]:
    """The writer's own relatives ("my mum", "our dad") when the only role is the writer's job in their own words ("I'm a
    district nurse myself") or a school's or university's name in their signature (a work address, fresh610); nothing
    when a care or health signature, a "my patient" or a councillor says they write in that role."""
    def in_passing(h: Hit) -> bool:
        if h.concept.name == "signature_employer":
            return True
        return h.concept.name == "self_profession" and not h.closing and h.origin == "new" \
            and bool(re.match(r"i\b", h.span, re.I))

    if not professional or not all(in_passing(h) for h in professional):
        return []
    return [h for h in findings.where(group="people", signal="third_party")
            if h.concept.name == "relation_mention" and h.origin == "new" and _OWN_RELATIVE.match(h.span)]


# "my mum", "our dad", "me nan", and the same after "I'm writing about" ("I'm writing about my nan ... I'm a nurse myself
# ... I work in theatres at the hospital", a granddaughter, fresh683).
_OWN_RELATIVE = re.compile(r"(?:(?:i['’]?m|i am|i['’]?ve|i have) (?:writing|written|emailing) (?:about|for|on behalf of) )?"
                           r"(?:my|our|me)\b"
                           r"(?!\s+(?:patients?|clients?|residents?|tenants?|service users?|caseload))", re.I)


def _about_own_service(kind: str, parsed: ParsedMessage, findings: Findings, provider: list[Hit]) -> bool:
    """Provider staff write about their own service: an acknowledgement or a reply to the council about a complaint,
    a notice of an incident (people.toml, provider_notice_of_own_service), an enquiry about one of their own clients, or
    a complaint told as someone who works there ("I work nights at Elmtree Lodge"; a manager's signature alone is not)."""
    if any(h.origin == "new" for h in findings.where(group="kind", signal="provider_ack")):
        return True
    if findings.where(group="people", signal="own_service_notice"):
        return True
    if kind == "enquiry":
        own_client = any(h.concept.name == "named_patient" for h in findings.where(group="people", signal="third_party"))
        return own_client or bool(_REPLY_SUBJECT.match(parsed.subject or ""))
    # ("I work nights at ...", "I'm a carer with ..."; not "one of our residents", a manager's word for her home)
    return any(h.concept.name == "self_provider_staff" and not h.closing and _FIRST_PERSON.match(h.span)
               for h in provider)


def _first_person_roles(findings: Findings) -> list[Hit]:
    """"I am a district nurse", "I'm the allocated social worker": a job the writer gives as their own (not one named
    in a signature); a negated or hypothetical one is not active (people.toml, self_profession)."""
    return [h for h in _own(findings, "professional_role") if h.concept.name == "self_profession"]


def _sender_own(findings: Findings, signal: str, sender: str) -> list[Hit]:
    """Role hits in the sender's own words: not in a message by another author forwarded inside, not quoted, and not a job
    named in the running prose of a footer under the signature ("please contact our Designated Safeguarding Lead ...", an
    employer's disclaimer, fresh610): a job title stands on a short line of its own."""
    sender = (sender or "").lower()
    # (Quoted: the home's reply says the charge is "in line with our tariff of additional services", quoted by a son,
    # fresh721.)
    return [h for h in _own(findings, signal)
            if not (h.origin == "forwarded" and h.author and sender and h.author.lower() != sender)
            and not h.quoted_from_someone_else
            and not (h.closing and h.concept.name.startswith("signature_") and len(h.sentence.split()) > _TITLE_WORDS)]


def _members(findings: Findings) -> list[Hit]:
    """A councillor writing, not one the writer copies in ("cc Cllr Shah", "copying in my MP")."""
    copied = _own(findings, "member_copied")
    return uncovered(_own(findings, "elected_member"), copied)


def professional(role: Decision, findings: Findings, sender: str = "") -> Decision:
    if role.value in {"professional", "provider"}:
        return Decision(True, role.confidence, [e.__class__(**{**e.as_dict(), "field": "professional"})
                                                for e in role.evidence])
    if role.value == "officer_forward":
        # ("not reported to police" in a call note names no profession of the caller's)
        # (nor the forwarding officer's own sign-off under a call note they attached, "Social Care Officer, Adult Access
        # Team", fresh732: the passage is theirs, passed on)
        hits = [h for h in _own(findings, "professional_role") + _own(findings, "provider_role")
                if h.origin == "forwarded" and "negated" not in h.contexts
                and not (h.closing and sender and (h.author or "").lower() == sender.lower())]
        # A call note typed by the officer names the caller's job: "Caller: Ann Lee, pharmacist" (fresh131).
        hits += _own(findings, "caller_role")
        # A letter pasted in below the officer's note ("the text pasted below"): its writer's own role (fresh34).
        if findings.where(group="people", signal="call_note"):
            hits += _first_person_roles(findings)
        if hits:
            return Decision(True, "medium", evidence("professional", True, hits, "medium"))
    return Decision(False, "high")


def representative(kind: str, role: str, findings: Findings, harm: bool = False) -> Decision:
    if kind in {"auto_reply", "spam"}:
        return Decision(False, "high")
    if role == "provider" and kind != "complaint":
        # LABELS.md: false for a provider replying about its own resident.
        return Decision(False, "medium")
    # "I am writing about myself, not about Dad": the writer's own word settles it, whoever else the letter names.
    for_self = _own(findings, "writes_for_self")
    if for_self:
        return Decision(False, "high", evidence("representative", False, for_self, "high"))
    # (a hypothetical or negated "our patient" is nobody in particular: people.toml, named_patient)
    # The writer's own carer ("my mum is 71 and she's my main carer") is not someone they write for.
    carers = findings.where(group="people", signal="carer_of_writer")
    own = findings.where(group="people", signal="self_subject")
    # ("My wife and I are aged 91 and 87": the couple is the writer, fresh310)
    third = _not_own(findings.where(group="people", signal="third_party"), carers + own)
    # (not "This is not about the residents or clients", an agency worker's own pay, fresh658; nor clients who might one
    # day be helped to go to the Ombudsman)
    generic = [h for h in findings.where(group="people", signal="third_party_generic")
               if not {"negated", "hypothetical"} & set(h.contexts)] if kind == "complaint" else []
    ages_self, ages_other = ages_told(findings)
    # A list's "(1)" or a child's "(7 years)" is no adult's age (fresh175, fresh176): only ages 16-110 count.
    ages_other = [h for h in _not_own(ages_other, ages_self + carers) if h.concept.signal == "birth_year" or ages_of([h], 0)]
    # A date of birth on the writer's or caller's own line is theirs ("Caller: Ms Natalie Breck (service user) DOB:
    # 03/05/1985", fresh205).
    own_lines = {h.sentence_index for h in own}
    ages_other = [h for h in ages_other if not (h.concept.signal == "birth_year" and h.sentence_index in own_lines)]
    # So is an age on a call note's line for the caller ("Caller: Ms Senait Tesfay, DOB 14/05/1992 (34)", fresh551).
    caller_lines = {h.sentence_index for h in own if h.concept.name == "callers_own_details"}
    ages_other = [h for h in ages_other if h.sentence_index not in caller_lines]
    # A call note whose caller is the person receiving care ("Caller: Shannon Reilly (self). 23yo, lives alone"): the
    # note's ages are the caller's own (fresh234, fresh245).
    if findings.where(group="people", signal="caller_is_person"):
        ages_self, ages_other = ages_self + ages_other, []
    third_weight = _mentions(third) + 2 * distinct_sentences(ages_other)
    # The writer's age under their name ("June Haverstock (66)") says how old the writer is, not whom the letter is for
    # (fresh18: she writes for her husband too): it only keeps that age from being read as someone else's.
    told_for_self = [h for h in ages_self if h.concept.name != "age_in_signature"]
    self_weight = _mentions(own) + 2 * distinct_sentences(told_for_self)
    if role in {"professional", "provider"} and (third or generic or ages_other):
        return Decision(True, "high", evidence("representative", True, third + ages_other + generic, "high"))
    if role in {"professional", "provider"} and kind == "complaint" and harm:
        # A district nurse's "Insulin missed three times this week" (fresh740), a whistleblower's "residents locked in
        # at night": a professional who tells of someone at risk writes for that someone, named or not (LABELS.md:
        # "a professional raising a concern about a patient or client").
        return Decision(True, "medium", [note("representative", True, "a professional telling of someone at risk",
                                              "representative: a professional's concern about someone at risk",
                                              "medium", "new")])
    if self_weight == 0 and (third_weight or generic):
        level = "high" if third_weight >= 2 else "medium"
        return Decision(True, level, evidence("representative", True, third + ages_other + generic, level))
    if third_weight > self_weight:
        return Decision(True, "medium", evidence("representative", True, third + ages_other, "medium"))
    if third_weight and third_weight == self_weight:
        return Decision(False, "low", evidence("representative", False, own + ages_self, "low"))
    return Decision(False, "high" if not third else "medium")


def ages_told(findings: Findings) -> tuple[list[Hit], list[Hit]]:
    """The writer's own ages and other people's (age_other, birth_year).  A bare "age 91" after someone else's name
    ("Regarding: Mrs Iris Reddaway, age 91", fresh96; "My mother Mrs Sandra Hollis, age 71", fresh420) is theirs."""
    own = findings.where(group="people", signal="age_self")
    other = findings.where(group="people", signal={"age_other", "birth_year"})
    own = [h for h in own if not (h.concept.name == "bare_age" and any(h.overlaps(o) for o in other))]
    return own, other


def _not_own(others: list[Hit], own: list[Hit]) -> list[Hit]:
    """Ages of others that share no words with the writer's own age: "Rwy'n 80 oed", "at 90 years of age I"
    and "I am 81 years of age" match both, and the writer's own age wins (fresh151).  Also used to drop the
    writer's own carer ("my mum is 71 and she's my main carer", fresh166) from the people written for."""
    return [h for h in others if not any(h.overlaps(o) for o in own)]


def _mentions(hits: list[Hit]) -> int:
    """Different concepts per sentence: "my wife's care" says more than "my wife"."""
    return len({(h.sentence_index, h.concept.name) for h in hits})


def _age_in_words(text: str) -> int | None:
    words = re.findall(r"[a-z]+", text.lower())
    for word, following in zip(words, words[1:] + [""]):
        # "twenty to three in the morning" is a time, "forty minutes" a wait
        if word in _TENS and following not in _NOT_AN_AGE_AFTER:
            return _TENS[word] + _UNITS.get(following, 0)
        if word in _TEENS and following not in _NOT_AN_AGE_AFTER:
            return _TEENS[word]
    return None


# What comes just before an ordinal that makes it a day of the month: a weekday, or an opening bracket (see _a_date).
_WEEKDAY_BEFORE = re.compile(r"(?:\(|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b\W*)\s*$", re.I)


def _a_date(number: re.Match, hit: Hit) -> bool:
    """An ordinal after a weekday or in brackets is a day of the month ("Last Thursday (22nd) there was only one member of
    staff on", fresh363); "Mum's 90th" is a birthday, an age."""
    if not re.search(r"(?:st|nd|rd|th)$", number.group(0), re.I):
        return False
    return bool(_WEEKDAY_BEFORE.search(hit.span[:number.start()]))


def _span_words(hit: Hit) -> list[str]:
    """The hit's words, a hyphen splitting them too ("in his mid-70s")."""
    return re.split(r"[\s-]+", hit.span.lower())


def _a_decade(hit: Hit) -> bool:
    """True for an age told as a decade of life ("in her forties", "in his mid-70s")."""
    return any(w in _DECADE for w in _span_words(hit))


def ages_of(hits: list[Hit], reference_year: int) -> list[tuple[int, Hit]]:
    """The ages the hits give (a year of birth read against ``reference_year``), each with its hit."""
    out: list[tuple[int, Hit]] = []
    # The body before the subject line: a subject often carries an address ("Mr Fenn, 22 Ash Terrace");
    # in a sentence, a date of birth before any other number ("Derek Barlow, DOB 07/01/1960, 22 Heron Way").
    for hit in sorted(hits, key=lambda h: (h.origin == "headers", h.sentence_index, h.concept.signal != "birth_year")):
        if hit.concept.signal == "birth_year":
            match = _YEAR.search(hit.sentence[hit.sentence.lower().find("b"):] if hit.sentence else "")
            match = match or _YEAR.search(hit.sentence)
            if match:
                out.append((reference_year - int(match.group(1)), hit))
            continue
        words = _span_words(hit)
        decade = next((_DECADE[w] for w in words if w in _DECADE), None)
        if decade:
            decade += next((_DECADE_SHIFT[w] for w in words if w in _DECADE_SHIFT), 0)
            out.append((decade, hit))
            continue
        in_words = _age_in_words(hit.span)
        if in_words:
            out.append((in_words, hit))
            continue
        aged = _AGED.search(hit.span)
        numbers = [aged.group(1)] if aged else [m.group(1) for m in _NUMBER.finditer(hit.span)
                                                 if not _DAY_OF_MONTH.match(hit.span[m.end():])
                                                 and not _STREET.match(hit.span[m.end():] + hit.after)
                                                 and not _a_date(m, hit)]
        for number in numbers:
            value = int(number)
            if 16 <= value <= 110:
                out.append((value, hit))
                break
    return out


def client_group(kind: str, rep: bool, parsed: ParsedMessage, findings: Findings) -> Decision:
    if kind in {"auto_reply", "spam"}:
        return Decision("unknown", "high")
    year = parsed.date.year if parsed.date else datetime.now().year
    own_hits, other_hits = ages_told(findings)
    carers = findings.where(group="people", signal="carer_of_writer")  # the writer's own carer's age is not the client's
    other = ages_of(_not_own(other_hits, own_hits + carers), year)
    own = ages_of(own_hits, year)
    ages = (other + own) if rep else (own + other)
    older = findings.where(group="people", signal="older_condition")
    disability = findings.where(group="people", signal="disability_condition")
    # Young onset dementia begins before 65 (LABELS.md: a working-age adult with a disability), so the dementia named
    # with it is no sign of later life.
    young_onset = findings.where(group="people", signal="young_onset")
    onset_sentences = {h.sentence_index for h in young_onset}
    older = [h for h in older if not (h.concept.name == "dementia" and h.sentence_index in onset_sentences)]
    disability = disability + young_onset
    physical = findings.where(group="people", signal="physical_condition")
    # A child named on the way ("his sister (16) interpreted", "in front of my son, he is 12") is not
    # the adult receiving care: the first adult age counts (fresh115, fresh118).
    adults = [(age, hit) for age, hit in ages if age >= ADULT_AGE]
    if ages:
        age, hit = (adults or ages)[0]
        # An older parent named beside a working-age son or daughter whose disability is told with their age ("His
        # daughter Nicola, who is 34 and has a severe learning disability, was in the house with him"; fresh227):
        # the disabled adult is the one whose care the message is about.
        # Only an age told as a number or in words, not a decade: "She lost most of her hearing in her forties" is when
        # it happened to a mother who "is 69 and deafblind" (fresh414).
        told_with_age = {h.sentence_index for h in disability + physical}
        younger = [(a, h) for a, h in other if ADULT_AGE <= a < OLDER_AGE and h.sentence_index in told_with_age
                   and not _a_decade(h)]
        if age >= OLDER_AGE and younger:
            age, hit = younger[0]
        if age >= OLDER_AGE:
            return Decision("older_people", "high", evidence("client_group", "older_people", [hit], "high"))
        if age >= ADULT_AGE and (disability or physical):
            return Decision("disability", "high", evidence("client_group", "disability", [hit] + disability + physical,
                                                           "high"))
        # Dementia told with another person's working age ("Mum is 52 and has dementia") is a working-age adult's
        # disability; the writer's own age ("I am 45 and my mother has dementia"), or other signs of later life
        # beside a working age (an "elderly" neighbour, "my nan"), leave it open.
        dementia = [h for h in older if h.concept.name == "dementia"]
        if age >= ADULT_AGE and dementia and hit.concept.signal != "age_self":
            return Decision("disability", "medium", evidence("client_group", "disability", [hit] + dementia, "medium"))
        if age >= ADULT_AGE and older:
            return Decision("unknown", "low", evidence("client_group", "unknown", [hit] + older, "low"))
        return Decision("unknown", "medium")
    if older and not disability:
        return Decision("older_people", "medium", evidence("client_group", "older_people", older, "medium"))
    if disability and not older:
        return Decision("disability", "medium", evidence("client_group", "disability", disability, "medium"))
    if older and disability:
        return Decision("unknown", "low", evidence("client_group", "unknown", older + disability, "low"))
    return Decision("unknown", "high" if not physical else "medium")
