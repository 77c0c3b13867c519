"""kind: complaint, compliment, enquiry, auto_reply or spam (LABELS.md).

Machines first.  Header signs from bot.automatic (RFC 3834 Auto-Submitted,
multipart/report, X-Autoreply ...) make an auto_reply; list or bulk headers with
marketing or phishing text make spam; text alone needs two different signs, and
never overrides a person's complaint or a safeguarding sign.

For people: an explicit complaint or concern, a formal or informal complaint
statement, a stage 2 request or a safeguarding sign make a complaint.  A
provider's acknowledgement and "I'm not complaining" make an enquiry.  Otherwise
weights are added per signal (kind.toml) and the larger of praise, dissatisfaction
and questions wins; dissatisfaction needs at least 2 points.

A complaint is dissatisfaction ABOUT ADULT SOCIAL CARE (LABELS.md).  When nothing in the
message touches care (no care_topic concept, relative, condition or funding statement) AND
it is about something else (an other_topic concept: business, trading, software, marketing,
bins) or has no recognised words at all, weighed dissatisfaction and the mailbox default
give an enquiry instead of a complaint.  Terse mail with neither ("They didn't turn up
this morning") keeps the mailbox default: to this mailbox it is a care complaint.  An explicit complaint
("I want to complain") and the strong reasons above still make a complaint.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bot.automatic import AutomaticSign
from bot.records import ParsedMessage

from ..findings import OWN_ORIGINS, Findings, uncovered
from . import Decision, evidence, note, score

_FUNCTION_WORDS = frozenset(
    "i me my we our you your he him his she her they them their it its the a an and or but not no to of in on "
    "at for with from this that is was are were be been have has had do did didn't don't can't won't".split())
_AUTO_SIGNS = {"auto_reply", "bounce", "receipt"}
_MAIL_SYSTEM_SENDERS = {"postmaster", "post_master", "post-master", "mailer-daemon", "mailer_daemon", "mailerdaemon",
                        "mail-daemon", "maildaemon", "mail_daemon", "mdaemon"}
_REPORT_TYPES = {"message/delivery-status", "message/disposition-notification", "message/feedback-report",
                 "message/global-delivery-status", "message/global-disposition-notification"}
# (a calendar's answer to a meeting invitation since session 39, fresh661: "Accepted: Complaint review meeting" with no
# words typed; one with a note typed under it is the person's message, read as any other)
_AUTO_SUBJECT = ("automatic reply", "auto reply", "autoreply", "out of office", "read:", "undeliverable",
                 "undelivered", "delivery status notification", "returned mail", "delivery failure",
                 "accepted:", "tentatively accepted:", "tentative:", "declined:")

# The rule of a complaint read from nothing but the mailbox it came to.
DEFAULT_RULE = "kind: default for the complaints mailbox, to confirm"


def machine(parsed: ParsedMessage, findings: Findings, signs: list[AutomaticSign], human: bool) -> Decision | None:
    """auto_reply or spam when the message is machine-sent; None for a person's message.

    ``human`` is True when the text holds a person's complaint or a safeguarding sign;
    then text-only signs are not enough (a person may write "I am away until Monday").
    """
    auto_signs = [s for s in signs if s.kind in _AUTO_SIGNS]
    bulk_signs = [s for s in signs if s.kind in {"bulk", "list"}]
    spam = findings.where(group="automatic", signal="spam")
    if human:
        # "This is the agency that left my mother on the floor. Lovely newsletter though." over a
        # forwarded newsletter: the marketing is what the person is complaining about, not the message.
        spam = [h for h in spam if h.origin != "forwarded"]
    auto_text = findings.where(group="automatic", signal={"out_of_office", "delivery_failure", "read_receipt",
                                                          "ticket_ack"})
    if any(not h.closing for h in findings.hits if h.concept.group == "kind" and h.concept.signal != "thanks_word"):
        # A person's message whose signature block carries an office's standing notice ("this mailbox
        # is not monitored out of hours", "for urgent matters call 111"): the notice is not the message.
        auto_text = [h for h in auto_text if not h.closing]
    on_topic = care_topic(findings)
    if on_topic:
        # A person quoting a scam they were sent ('a text saying she needed to pay "using this secure link"')
        # is reporting it, not sending it (fresh177).
        spam = [h for h in spam if not h.quoted]
    spam_sentences = {h.sentence_index for h in spam}
    spam_patterns = {(h.concept.name, h.pattern) for h in spam}
    subject = (parsed.subject or "").strip().lower()
    content_type = (parsed.content_type or "").lower()
    if not auto_signs and content_type in _REPORT_TYPES:
        # A bare delivery or read report with no multipart/report wrapper (bot.automatic reads the
        # wrapper's report-type only).
        return Decision("auto_reply", "high", [note("kind", "auto_reply", f"Content-Type: {content_type}",
                                                    "kind: the message is a delivery/read report", "high")])
    local = (parsed.from_addr or "").rsplit("@", 1)[0].lower()
    if not auto_signs and not human and local in _MAIL_SYSTEM_SENDERS and not on_topic:
        # A mail system writing about nothing to do with care (its report may be in a part the
        # parser does not read).
        return Decision("auto_reply", "medium", [note("kind", "auto_reply", f"sent by {parsed.from_addr}",
                                                      "kind: mail-system sender, nothing about care", "medium")])
    relay = findings.where(group="automatic", signal="relay")
    away_or_failed = [h for h in auto_text if h.concept.signal != "ticket_ack"]
    if auto_signs and relay and (human or on_topic) and not away_or_failed:
        # A machine carrying a person's words (a voicemail transcription, a text message): its headers
        # say auto-generated and its framing "please do not reply", but the caller's complaint is still a
        # complaint (fresh168: bruises told to a voicemail gateway).  No acknowledgement goes to the
        # gateway: bot.triage reads the same header signs and leaves the case for a phone call.
        return None
    if auto_signs:
        reasons = "; ".join(s.reason for s in auto_signs)
        return Decision("auto_reply", "high", [note("kind", "auto_reply", reasons, "bot.automatic header signs",
                                                    "high")])
    if bulk_signs and spam:
        reasons = "; ".join(s.reason for s in bulk_signs)
        return Decision("spam", "high", [note("kind", "spam", reasons, "bot.automatic bulk/list headers", "high")]
                        + evidence("kind", "spam", spam, "high"))
    if len(spam_patterns) >= 3 and len(spam_sentences) >= 2:
        # Marketing that talks about complaints or safeguarding is still marketing.
        return Decision("spam", "high", evidence("kind", "spam", spam, "high"))
    if not human and len(spam_sentences) >= 2 and len(spam_patterns) >= 2:
        return Decision("spam", "medium", evidence("kind", "spam", spam, "medium"))
    auto_concepts = {h.concept.name for h in auto_text}
    subject_auto = subject.startswith(_AUTO_SUBJECT)
    failure = [h for h in auto_text if h.concept.signal == "delivery_failure"]
    if not human and (len(auto_concepts) >= 2 or len({h.sentence_index for h in auto_text}) >= 2 or
                      (subject_auto and (auto_text or not on_topic)) or (failure and not on_topic)):
        # One sign is enough when nothing else in the message is about care: a delivery failure
        # ("550 no such user", "could not be delivered") or an "Auto reply:" subject.
        return Decision("auto_reply", "medium", evidence("kind", "auto_reply", auto_text, "medium"))
    if bulk_signs and not human:
        reasons = "; ".join(s.reason for s in bulk_signs)
        return Decision("spam", "low", [note("kind", "spam", reasons, "bot.automatic bulk/list headers", "low")])
    return None


def thanks_only(findings: Findings) -> bool:
    """Praise with no word of present dissatisfaction, and more praise than questions: a thank-you letter ("she was in
    a terrible way last year" is the story it tells; "I just wanted somebody to know" is its wish, not a complaint's)."""
    # (Not words about something else: "please excuse any mistakes" in my typing, a worry that did not come true.)
    unhappy = uncovered(findings.where(group="kind", signal={"dissatisfaction", "complaint_intent"}),
                        findings.where(group="kind", signal="lookalike"))
    praise = findings.where(group="kind", signal="praise")
    # A list of questions that ends "Thank you for your help" is an enquiry, not a thank-you letter (fresh232: a
    # woman's fourth question told of her son keeping her pension).
    asking = score(findings.where(group="kind", signal="enquiry")) > score(praise)
    # Nor a letter that says a problem raised is still not put right ("I did speak to the deputy manager ... she said
    # she would sort it but nothing has changed"), whatever kind words it praises the staff in (fresh294).
    pressing = findings.where(group="formality", signal={"unresolved", "formal_request"})
    return bool(praise) and not asking and not pressing and all("historical" in h.contexts for h in unhappy)


def business(findings: Findings) -> list:
    """Hits that make this a job application, a supplier's invoice or an information request.

    A care home's invoice forwarded under the writer's own stage 2 request ("their email is below") is the
    complaint's evidence (fresh189): when the writer's own words ask for stage 2 or name the Ombudsman, only
    business words of their own count.
    A subject access request made inside a complaint ("Please treat that as a subject access request", "This is a
    formal complaint ... my subject access request is overdue") is part of the complaint (fresh191): business words
    count only when they outweigh the words of complaint, as in :func:`person`.
    """
    trade = findings.where(group="kind", signal="business_mail")
    if any(h.origin in _OWN_WORDS for h in findings.where(group="escalation")):
        trade = [h for h in trade if h.origin in _OWN_WORDS]
    if not trade:
        return trade
    unhappy = findings.where(group="escalation", signal="response_dissatisfied")
    if unhappy and findings.where(group="escalation", signal="stage2_request"):
        return []  # "I'm not satisfied with your stage 1 response ... stage 2": no job application says that
    if score(trade) <= score(findings.where(group="kind", signal="complaint_intent") + unhappy):
        return []
    return trade


_OWN_WORDS = OWN_ORIGINS | {"headers"}  # (the subject line is the writer's too)


def not_complaining(findings: Findings) -> list:
    """The writer's own "this is not a complaint", and not someone else's words quoted ("you wrote to me that this
    was 'not a complaint matter'", fresh205), nor contentment with an old matter's outcome ("That was investigated
    through safeguarding at the time ... we were satisfied with the outcome", fresh300)."""
    return [h for h in findings.where(group="kind", signal="not_complaint")
            if not h.quoted_from_someone_else and "historical" not in h.contexts]


def care_topic(findings: Findings) -> bool:
    """True when anything in the message is about adult social care (negated or not).

    Safeguarding words do not count here ("die", "fell", "ridiculed" are everyday words in
    business mail); a safeguarding concern the rules accept makes a complaint by itself.
    """
    # Care words inside "nothing to do with care" or "council tax" are not a care topic.
    disowned = findings.where(group="kind", signal={"not_care_topic", "other_topic"}, active=None)
    topic = uncovered(findings.where(group="kind", signal="care_topic", active=None), disowned)
    return bool(topic
                or findings.where(group="people", signal={"third_party", "older_condition", "disability_condition",
                                                         "physical_condition"}, active=None)
                or findings.where(group="money", signal={"council_funded", "self_funded"}, active=None))


def _no_text(findings: Findings) -> bool:
    """No sentence a person wrote: fewer than 20 letters in the body (the subject not counted), or
    fewer than three of the commonest English words or under one word in eight (random letters,
    symbol soup, a bare link, a German text the language detector took for English).
    Only asked when no concept matched at all; other languages are handled by the caller."""
    body = " ".join(p.text for p in findings.passages if p.origin != "headers")
    if sum(ch.isalpha() for ch in body) < 20:
        return True
    words = re.findall(r"[a-z']+", body.lower())
    common = sum(w in _FUNCTION_WORDS for w in words)
    return common < 3 or common * 8 < len(words)


OFF_TOPIC_RULE = "kind: no adult social care topic, so not a complaint (LABELS.md)"

# The rule named when another field makes the message a complaint (person, below).  A stage 2 request is
# dissatisfaction with a complaint response in the writer's own words (LABELS.md), so the complaint it implies is
# stated, not inferred (session 22: a model retrained on fresh315-318 read "Thanks for your reply but I do not agree
# with it. Please pass my complaint on to the next stage." as an enquiry at 0.41).
_IMPLIES = "kind: {} implies a complaint (LABELS.md)"
_STAGE2_IMPLIES = _IMPLIES.format("stage2_request")


def _off_topic(reason: str, hits: list, level: str) -> Decision:
    return Decision("enquiry", level, [note("kind", "enquiry", reason, OFF_TOPIC_RULE, level, "new")]
                    + evidence("kind", "enquiry", hits, level)[:2])


def person(findings: Findings, *, strong_reasons: list[tuple[str, str]], informal_only: bool,
           provider_writer: bool) -> Decision:
    """complaint, compliment or enquiry for a message a person wrote.

    ``strong_reasons`` are (field, explanation) pairs from other fields that make it a
    complaint on their own (safeguarding, formal/informal statement, stage 2).
    """
    intent = findings.where(group="kind", signal="complaint_intent")
    dissatisfied = findings.where(group="kind", signal="dissatisfaction")
    not_complaint = not_complaining(findings)
    enquiry = findings.where(group="kind", signal="enquiry")
    praise = findings.where(group="kind", signal="praise")
    ack = findings.where(group="kind", signal="provider_ack")

    # "How would she complain about the agency?": a complaint word inside a question about the process.
    asked = {h.sentence_index for h in enquiry if h.concept.name == "process_question"}
    intent = [h for h in intent if h.sentence_index not in asked]
    # "In 2024 I complained about ...": a complaint made in a year gone by is not this message's.
    intent = [h for h in intent if "historical" not in h.contexts]
    # "Nobody has ever explained it that well": a sentence that praises is not a grumble as well.
    praised = {h.sentence_index for h in praise}
    dissatisfied = [h for h in dissatisfied if h.sentence_index not in praised]
    complaint_score = score(intent) + score(dissatisfied)
    enquiry_score = score(enquiry) + score(not_complaint)
    praise_score = score(praise)

    disowned = findings.where(group="kind", signal="not_care_topic")
    if disowned and not strong_reasons and not care_topic(findings):
        # "This is nothing to do with care, I couldn't find another address": mail sent here by mistake.
        return _off_topic("the writer says it is not about care", disowned, "high")
    trade = business(findings)
    if trade:
        # (only when it outweighs any complaint: a complaint that also asks for records stays a complaint)
        return Decision("enquiry", "medium", evidence("kind", "enquiry", trade, "medium"))
    ack_sentences = {h.sentence_index for h in ack}
    if ack:
        # "Thank you for forwarding Ms T's complaint": someone else's complaint, relayed.
        intent = [h for h in intent if h.sentence_index not in ack_sentences]
        complaint_score = score(intent) + score(dissatisfied)
    if ack and score(ack) >= 3 and not intent and not strong_reasons and complaint_score < score(ack):
        level = "high" if provider_writer else "medium"
        return Decision("enquiry", level, evidence("kind", "enquiry", ack, level))
    if not_complaint and not intent and not strong_reasons and praise_score >= max(score(enquiry), complaint_score) \
            and (praise_score >= 3 or (praise and not enquiry and not complaint_score)):
        # "Not a complaint for once! I'd like to pass on our thanks ...": a compliment.  So is a short one with nothing
        # asked and nothing wrong: "not a complaint this time. tell Bev and Kath they are stars" (session 31).
        return Decision("compliment", "medium", evidence("kind", "compliment", praise, "medium"))
    if not_complaint and not intent and not strong_reasons and (enquiry or score(not_complaint) > complaint_score):
        return Decision("enquiry", "high", evidence("kind", "enquiry", not_complaint + enquiry, "high"))
    if not_complaint and not intent and not strong_reasons:
        # "Not a complaint as such, but ..." followed by a problem: an informal complaint.
        return Decision("complaint", "medium", evidence("kind", "complaint", not_complaint + dissatisfied, "medium"))
    if intent or strong_reasons:
        # (the writer's own words of dissatisfaction too: with them the complaint is stated, not only implied
        # by another field, and a hesitant model may not overrule it; see with_model)
        ev = evidence("kind", "complaint", intent + (dissatisfied[:1] if strong_reasons else []), "high")
        ev += [note("kind", "complaint", why, _IMPLIES.format(field), "high", "new")
               for field, why in strong_reasons]
        level = "high" if (intent or not informal_only) else "medium"
        if praise_score > complaint_score + 3 and not strong_reasons:
            return Decision("compliment", "low", evidence("kind", "compliment", praise, "low"))
        return Decision("complaint", level, ev[:4])
    # A thank-you that tells how things went wrong before they went right ("Back in the spring I ... was told I
    # did not need one"; fresh219) weighs only the dissatisfaction of now against its praise.
    complaint_now = score(intent) + score([h for h in dissatisfied if "historical" not in h.contexts])
    if praise_score >= 3 and (complaint_now < 2 or praise_score >= 2 * complaint_now + 3):
        # Thanks with no real dissatisfaction.  Thanks that also raise a problem ("they were
        # wonderful; the only thing is the invoice") are a complaint (LABELS.md: dissatisfaction).
        level = "high" if complaint_now == 0 else "medium"
        return Decision("compliment", level, evidence("kind", "compliment", praise, level))
    if enquiry_score and enquiry_score >= complaint_score:
        # A question with no (or less) dissatisfaction: an enquiry.
        level = "high" if complaint_score == 0 else "medium" if complaint_score * 2 <= enquiry_score else "low"
        return Decision("enquiry", level, evidence("kind", "enquiry", enquiry, level))
    on_topic = care_topic(findings)
    elsewhere = bool(findings.where(group="kind", signal="other_topic", active=None))
    if complaint_score and not on_topic and elsewhere:
        return _off_topic("dissatisfaction about something other than care", dissatisfied, "medium")
    if complaint_score:
        # The complaints mailbox: dissatisfaction that outweighs any question is a complaint.
        level = "high" if complaint_score >= max(4, enquiry_score + 3) else "medium"
        return Decision("complaint", level, evidence("kind", "complaint", dissatisfied, level))
    if praise_score:
        return Decision("compliment", "low", evidence("kind", "compliment", praise, "low"))
    if not on_topic and (elsewhere or (not findings.hits and _no_text(findings))):
        # Nothing about care, and either about something else or no text at all (an empty or
        # machine-made body); a terse "they didn't turn up" stays a complaint.
        return _off_topic("no complaint, praise, question or care topic recognised", [], "low")
    # Nothing recognised at all: most mail to a complaints mailbox is a complaint; ask an officer.
    return Decision("complaint", "low", [note("kind", "complaint", "no complaint, praise or question recognised",
                                              DEFAULT_RULE, "low", "new")])


def _stated(rules: Decision) -> bool:
    """The rules' complaint rests on the writer's own words (a kind.toml pattern or a stage 2 request), not only on
    another field such as a safeguarding concern (a neighbour's referral may be an enquiry)."""
    return any(e.rule.startswith("kind.toml:") or e.rule == _STAGE2_IMPLIES for e in rules.evidence)


def with_model(ranked: list[tuple[str, float]], words: int, rules: Decision, settings,
               find_sentence: Callable[[str], tuple[str, str]], praise: bool = True,
               own_concern: bool = False, english: bool = True) -> Decision:
    """The kind for mail a person wrote: the model's reading, with the rules' as a second opinion.

    On blind sets the model got the kind right more often than the rules (docs/classifier.md),
    so its reading wins, except:
    - a message of fewer than ``settings.min_words`` words gives the model too little to read;
      the rules decide (the mailbox default makes "Nobody came. Again." a complaint);
    - the model learnt from care mail only, so it cannot tell that a grumble is about something
      else (a gas contract, a spreadsheet): when the rules find no care topic, they decide;
    - when no kind reaches ``settings.min_probability`` the model has no reading: the rules decide;
    - a reading the rules take from the writer's own words at medium or high confidence stands against
      a model below ``settings.rules_stand_below`` (session 7: a retrained model read "I am unhappy"
      as an enquiry at 0.40); and when the model's top kind is a
      complaint below the threshold, a complaint the rules read from the writer's words stands rather
      than giving way to the model's next kind (until session 7 only a high-confidence one did;
      cross-validated over 3,177 messages: kind 0.9720 either way, exact match 0.8004 -> 0.8008);
    - thanks the rules read with high confidence from the writer's words stand against a complaint
      below ``settings.praise_stands_below`` (session 8: bereavement thank-you letters);
    - with no word of thanks or praise anywhere (``praise`` False), a compliment below
      ``settings.complaint_threshold`` is not a reading: the rules decide (session 15: a retrained model
      read "The girl who comes in the morning is always on her phone and rushes me" as praise at 0.41);
    - a complaint the rules read with high confidence from the writer's words ("I want to complain")
      stands unless the model's other kind reaches ``settings.complaint_threshold``;
    - the model leans towards complaint, the commonest kind it was trained on: a complaint below
      ``settings.complaint_threshold`` gives way to the rules' other kind, or, when the rules
      also read a complaint without an explicit statement of one, to the model's next kind; but
      when that next kind is below ``settings.min_probability`` the two complaint readings stand
      (until session 6 only for medium confidence: a default complaint then became an auto-reply at 0.11).
    - a safeguarding concern told in the writer's own new text (``own_concern``) stands against a model whose
      other reading rests on forwarded words (session 44: a newsletter forwarded under "This is the agency that
      left my mother lying on her kitchen floor", read as an enquiry at 0.91 from "Refer a friend").
    - in a message not in English (``english`` False), a safeguarding concern in the writer's own words stands
      against a model that reads machine mail (an auto-reply or spam empties the safeguarding flag: session 48).
    Where model and rules differ the confidence drops so an officer confirms it.
    ``find_sentence(kind)`` gives the (text, origin) the model scores highest for that kind.
    """
    if len(ranked) < 2 or words < settings.min_words or any(e.rule == OFF_TOPIC_RULE for e in rules.evidence):
        return rules
    find_sentence = functools.cache(find_sentence)  # (it scores every sentence; the same kind may be asked for twice)
    model_kind, probability = ranked[0]
    if probability < settings.min_probability:
        return rules  # no kind stands out: the model has no reading of this message
    if model_kind == "compliment" and not praise and probability < settings.complaint_threshold:
        return rules  # praise the writer never wrote
    if rules.value != model_kind and rules.confidence != "low" and _stated(rules) \
            and probability < settings.rules_stand_below:
        # The rules read the writer's own words ("I am unhappy"); a model barely past its floor is a guess.
        return rules
    if rules.value == "compliment" and rules.confidence == "high" and _stated(rules) \
            and model_kind == "complaint" and probability < settings.praise_stands_below:
        return rules  # thanks in the writer's words; the model reads a death or a hospital stay as a complaint
    if rules.value == "complaint" and rules.confidence == "high" and model_kind != "complaint" \
            and probability < settings.complaint_threshold and _stated(rules):
        return rules  # "I want to complain about ...": only a confident model may overrule that
    if own_concern and not english and model_kind in {"auto_reply", "spam"}:
        # Machine mail empties every other field, the safeguarding flag with it: a concern the rules read in the
        # writer's own words in another language stands against a model, trained on English, that reads a Malay
        # letter about a son who empties his mother's pension as an out-of-office (fresh972, once a Malay
        # out-of-office was in the training sets).  In English the model's machine reading is a reading: spam and
        # out-of-office replies that only mention abuse (fresh68, fresh488) stay machine mail.
        return rules
    if rules.value == "complaint" and model_kind != "complaint" and own_concern \
            and find_sentence(model_kind)[1] == "forwarded":
        # A concern the writer tells in their own new text ("This is the agency that left my mother lying on her
        # kitchen floor for four hours") over a forwarded newsletter: the model's other reading rests on the
        # forwarded words ("Refer a friend and receive a £100 voucher"), which are not the writer's.
        return rules
    if model_kind == "complaint" and probability < settings.complaint_threshold:
        if rules.value != "complaint" or rules.confidence == "high" or _stated(rules):
            # (the writer's own words of dissatisfaction and the model's top reading agree: complaint)
            return rules
        if ranked[1][1] < settings.min_probability:
            return rules  # the model has no other reading (a weak second kind is not a reading)
        model_kind, probability = ranked[1]
    rule = f"kind: statistical model, probability {probability:.2f}"
    if model_kind == rules.value:
        level = "high" if probability >= 0.8 or rules.confidence == "high" else "medium"
        if any(e.rule == DEFAULT_RULE for e in rules.evidence):
            # The rules recognised nothing; the model, which learnt from care mail only, leans to a
            # complaint on business mail too (the real-mail corpus): an officer confirms it.
            level = "medium"
        if rules.evidence:
            return Decision(model_kind, level, [*rules.evidence[:3], note(
                "kind", model_kind, rules.evidence[0].text, rule, level, rules.evidence[0].origin)])
        text, origin = find_sentence(model_kind)
        return Decision(model_kind, level, [note("kind", model_kind, text, rule, level, origin or "new")])
    level = "medium" if probability >= 0.9 else "low"
    text, origin = find_sentence(model_kind)
    found = [note("kind", model_kind, text, rule, level, origin or "new")]
    if rules.evidence:
        first = rules.evidence[0]
        found.append(note("kind", rules.value, first.text, f"kind: the rules read {rules.value} "
                          f"({rules.confidence} confidence): {first.rule}", "low", first.origin))
    return Decision(model_kind, level, found)
