"""safeguarding: signs of abuse or neglect (LABELS.md; Care and Support Statutory Guidance 14.17).

Recall first.  True on one active strong sign, on two different weak signs, or on three
different patterns of one weak sign; in a thank-you letter weak signs alone are the story it
tells ("since my wife died"), left for the model and an officer.
Words of harm used about something else ("abuse of the parking system", "the system is
neglecting my emails", "the safeguarding team found no evidence") are look-alikes: a concern
whose words sit inside a look-alike's span does not count.  Historical signs count but lower the confidence to low, unless the writer says the
harm was dealt with and is over ("fully dealt with", "the enquiry found no abuse"); then a mention of the safeguarding process itself no longer counts either.
A fall or an injury the writer explains as an accident ("she tripped on the step while I was
with her") does not count (LABELS.md: unexplained injuries).
The writer's explicit all-clear ("I have no current concerns about his care") makes harm told before it in the
same part of the message historical, so with that resolution it no longer counts; harm told after it still does.
Harm the writer says the person has recovered from does not count: in the same sentence, or,
in a thank-you letter, told before the recovery (see :func:`_recovered`).  A negated strong sign
("nobody has hurt her") rules out weak signs of the same category only, and not those asserted in its own
sentence after negex's scope ended; a general disclaimer never cancels neglect described afterwards (LABELS.md
edge cases).
Harm that is not an adult at risk's: harm aimed at a writer in a work role (:func:`_writes_in_work_role`), a
relative spoken to badly or hurt by staff, or saying how they felt (:func:`_writes_for_someone_else`), harm to a
child named with an age under 18 (fields/children.py).  Harm told of a childhood ("when he was 15") is historical;
a sentence beginning "That was looked into properly" settles the one before it.
False with any leftover sign is low confidence, so an officer confirms it.
Where the rules find no concern, the statistical model (classifiers/model.py) may still read
one: that flag is always low confidence, so an officer confirms it (:func:`from_model`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.records import Evidence

from ..findings import OWN_ORIGINS, Findings, Hit, uncovered
from . import Decision, children, evidence, kind, people

FIELD = "safeguarding"


def decide(findings: Findings) -> Decision:
    hits = findings.where(group=FIELD, signal={"concern", "process"}, active=None)
    # A look-alike in a conditional still says its words are about something else ("if say something went missing ... who
    # would i tell": the hypothetical context a later trigger gives the whole sentence does not make the words harm).
    lookalikes = [h for h in findings.where(group=FIELD, signal="lookalike", active=None)
                  if h.active or h.contexts == {"hypothetical"}]
    covered: list[Hit] = []
    if lookalikes:
        kept = uncovered(hits, lookalikes)
        covered = [h for h in hits if h not in kept]
        hits = kept
    # A house rule the writer calls fair in the same sentence or one of the next two ("the kitchen is locked at night. ...
    # I think it's fair enough"): LABELS.md, a home's rules that are fair are not safeguarding.
    # An outbreak closing the home to visitors is the same, told before or after the rule, even in the home's own words.
    fair = [v for v in findings.where(group=FIELD, signal="fair_verdict")
            if v.concept.name == "infection_closure" or not v.quoted_from_someone_else]
    if fair:
        ruled_fair = [h for h in hits if h.concept.name in _HOUSE_RULES and any(_judged_fair(h, v) for v in fair)]
        covered += ruled_fair
        hits = [h for h in hits if h not in ruled_fair]
    # LABELS.md: an adult WITH CARE NEEDS at risk.  Harm told of the writer at work, of a relative by staff, or
    # of a child is not that (see :func:`_not_an_adult_at_risk`).
    young = children.named(findings)
    others = _not_an_adult_at_risk(findings, hits, young)
    # The writer's own feeling about a phone call ("When I rang last week the young man I spoke to was very sharp with
    # me ... I felt quite bullied", an 81-year-old, fresh326): LABELS.md's "a rude receptionist", whoever writes.
    others += [h for h in hits if h not in others and _felt_on_a_call(h, findings)]
    covered += others
    hits = [h for h in hits if h not in others]
    # "abuse of the parking bays": strong words of harm about something else.  A weak word explained
    # ("since his mum died") does not stop the model reading the rest (fresh54: a boy living with a man
    # who calls himself his uncle).
    explained = any(h.concept.strength == "strong" for h in covered)
    # A fall or injury the writer explains as an accident ("she tripped on the step while I was with
    # her"): LABELS.md counts physical harm and unexplained injuries, not explained ones.
    # (Not someone else's explanation quoted: the home's letter says she "may have knocked her arms on the bed rails",
    # which the daughter disputes, fresh117.)
    explained_by_accident = {name for a in findings.where(group=FIELD, signal="accident") if not a.quoted_from_someone_else
                             for name in a.concept.explains}
    # Nor an explanation the writer goes on to doubt: the senior carer "said Granny knocks her arms on the door frames
    # ... But nothing is written in the accident book and there's no body map" (fresh1014, finger-shaped bruises).
    if any(d.active and not d.quoted_from_someone_else for d in findings.where(group=FIELD, signal="doubted")):
        explained_by_accident = set()
    if explained_by_accident:
        kept = [h for h in hits if h.concept.name not in explained_by_accident]
        explained = explained or len(kept) < len(hits)
        hits = kept
    # Harm told of someone's childhood ("when he was 15 he was assaulted") is historical, whatever negex read.
    hits = [replace(h, contexts=h.contexts | {"historical"}) if children.in_childhood(h, young) else h for h in hits]
    thanks_only = kind.thanks_only(findings)
    # (Not someone else's reassurance quoted: the withdrawals were "an admin error", the home said; fresh138.)
    recovery = [r for r in findings.where(group=FIELD, signal="recovery") if not r.quoted_from_someone_else]
    # An all-clear inside words that vouch for someone is no all-clear: "I have no concerns at all about Mr Aldous's
    # intentions; he is devoted to his wife" vouches for a carer and leaves the pressure ulcer told before it open
    # (fresh412, safeguarding.toml vouching_for_someone).
    resolved = uncovered(findings.where(group=FIELD, signal="resolution"), findings.where(group=FIELD, signal="vouching"))
    # Harm told again after it was said to be over ("it was closed ... since then theyve missed them twice more",
    # fresh440): the resolutions told before it settle nothing.
    again = findings.where(group=FIELD, signal="recurrence")
    resolved = [r for r in resolved if not any(a.origin == r.origin and a.sentence_index >= r.sentence_index
                                               for a in again)]
    # "I have no current concerns about his care": harm told before it, in the same part of the message, is the
    # story of something over (fresh270: "Dad ... missed his evening insulin ... I want to be clear that Dad is safe
    # and well now ... I have no current concerns").
    # The subject line's words are the same story told short ("Locked out again" over "... To be clear, I wasn't in any
    # danger", fresh326), and in an officer's forward the original's all-clear counts (_writers_origins).
    writers = _writers_origins(findings)
    # (Not someone else's all-clear in quotation marks: the home's reply said it had "no concerns about Mr Marlow's
    # care", which the son disputes, fresh618.)
    all_clear = [r for r in resolved if r.concept.name == "no_current_concern" and r.origin in writers
                 and not r.quoted_from_someone_else]
    # (An all-clear that speaks only of danger does not clear discriminatory abuse: "I am not in any danger" says nothing
    # of being treated as contagious in one's own front room, which the same man of 74 told before it, fresh963.  One
    # that rules out safeguarding itself does, fresh331.)
    clears_harm = [r for r in all_clear if not _only_of_danger(r)]
    hits = [replace(h, contexts=h.contexts | {"historical"})
            if _told_before_an_all_clear(h, clears_harm if h.concept.category == "discriminatory" else all_clear) else h
            for h in hits]
    if thanks_only:
        # A thank-you letter that says the person "is safe and well looked after now" tells a crisis that is
        # over, as a recovery does: "we found her on the kitchen floor ... she is safe now, thanks to Ms Chen" (fresh175).
        recovery = recovery + resolved
    if recovery:
        kept = [h for h in hits if not _recovered(h, recovery, thanks_only)]
        explained = explained or len(kept) < len(hits)
        hits = kept
    explained = explained or bool(resolved and hits)
    settled: list[Hit] = []
    if resolved:
        # Past harm the writer says is over: historical signs no longer count (current ones do), nor harm
        # told earlier in the sentence that says it was dealt with ("that carer stole from me, she was
        # prosecuted and convicted", fresh143).  Naming the process ("the safeguarding team were involved")
        # is then its history, not a concern.
        kept = [h for h in hits if "historical" not in h.contexts and h.concept.signal != "process"
                and not _settled_later_in_sentence(h, resolved) and not _settled_in_next_sentence(h, resolved)]
        settled = [h for h in hits if h not in kept and "historical" in h.contexts]
        hits = kept
    # A subject line has no context of its own: if the body cancels the same concept
    # ("pressure sores last year, healed"), says its words are about something else ("financial
    # abuse by the council") or tells it as past harm dealt with ("Audit deduction - was theft already reported" over
    # "a PA ... took my bank card ... she was convicted", fresh360), the subject's bare mention does not count.
    cancelled_in_body = {h.concept.name for h in covered + settled + [h for h in hits if not h.active]
                         if h.origin != "headers"}
    hits = [h for h in hits if not (h.origin == "headers" and h.concept.name in cancelled_in_body)]
    active = [h for h in hits if h.active]
    # Someone else's words quoted ('the carer said "it's not our business what she spends her money on"')
    # report a denial; they do not rule the harm out for the writer (fresh124: a doorstep trader paid in cash).
    denials = [h for h in hits if not h.active and "negated" in h.contexts
               and h.concept.strength == "strong" and not h.quoted]
    # A disclaimer ("I'm not saying anybody is stealing from him") rules out only the weak signs told up to its own
    # sentence ("I'm not suggesting anybody was neglected - those calls didn't happen because I cancelled them",
    # fresh314), not those the writer goes on to describe (LABELS.md: "a general disclaimer does not cancel neglect the
    # writer goes on to describe"; "But ... £600 has gone out of that account and I can't see what on", fresh437).
    disclaimers = [h for h in denials if _DISCLAIMER.search(h.before)]
    denials = [h for h in denials if h not in disclaimers]
    ruled_out = {h.concept.category for h in denials}
    # A weak sign the writer asserts in the same sentence as the denial stands: negex ended the denial's scope before
    # it ("he never asks for cash ... and the receipts she leaves dont match", fresh224, one run-on sentence).
    denied_in = {(h.concept.category, h.sentence_index) for h in denials}
    # Someone else's name for the harm, in quotation marks, that the writer denies in the same or the next sentence
    # ('My friend say to me maybe this is "financial abuse" and I must report to safeguarding. No - nobody is taking
    # her money', fresh281): the writer answers the suggestion, and the sentence that tells it is set aside.  Only a
    # name for harm ("abuse", "neglect"), not words that tell of it ('it's "their secret" and she isn't allowed to
    # tell', fresh192), and only a denial of the same kind of harm (or of any, for a bare "abuse").
    said_no = [h for h in hits + covered if "negated" in h.contexts and not h.quoted and h.origin in OWN_ORIGINS]
    suggested = {h.sentence_index for h in active if h.concept.strength == "strong" and h.quoted_from_someone_else
                 and _HARM_NAMES & set(_words(h.span))
                 and any(0 <= d.sentence_index - h.sentence_index <= 1 and d.origin == h.origin
                         and h.concept.category in (d.concept.category, "general") for d in said_no)}
    # An allegation someone else made, in their quoted words, that the writer then denies in the same kind ('a neighbour
    # ... has reported to you at least six times that I am "starving" Mum ... I want to be clear: nobody has hurt my
    # mother or neglected her', fresh709): the writer answers the allegation, which names no harm of its own.  Only a
    # denial told after the allegation, in a strong sign of the same category.
    alleged = {h.sentence_index for h in active if h.concept.strength == "strong" and h.quoted_from_someone_else
               and any(0 < d.sentence_index - h.sentence_index <= 6 and d.origin == h.origin
                       and d.concept.strength == "strong" and d.concept.category == h.concept.category
                       for d in said_no)}
    active = [h for h in active if h.sentence_index not in suggested | alleged]
    strong = [h for h in active if h.concept.strength == "strong"]
    weak = [h for h in active if h.concept.strength == "weak"
            and (h.concept.category not in ruled_out or (h.concept.category, h.sentence_index) in denied_in)
            and not any(d.concept.category == h.concept.category and d.origin == h.origin
                        and h.sentence_index <= d.sentence_index for d in disclaimers)]
    current_strong = [h for h in strong if "historical" not in h.contexts]
    if current_strong:
        return Decision(True, "high", evidence(FIELD, True, _categories_first(current_strong + weak), "high"))
    if strong:
        return Decision(True, "low", evidence(FIELD, True, strong, "low"))
    signs = _distinct_spans(weak)
    # Two different weak signs, or three different patterns of one ("cluttered", "stopped washing",
    # "not coping": serious self-neglect described three ways).  Counted over different words:
    # "admitted to hospital" read by two concepts is one sign, not two.
    enough_weak = len({h.concept.name for h in signs}) >= 2 or len({(h.concept.name, h.pattern) for h in signs}) >= 3
    # The writer's own all-clear outweighs weak signs told anywhere in the message ("I want to be clear there were no
    # concerns about his care ... Mr Kemp was frightened to be on his own overnight", a paramedic, fresh336): they are
    # left for an officer to see, at low confidence.  A strong sign still flags.
    if enough_weak and not thanks_only and not all_clear:
        # (A thank-you letter's weak signs are its story: "since my wife died", "I am registered blind".)
        return Decision(True, "medium", evidence(FIELD, True, _one_per_concept(weak), "medium"))
    leftover = weak or [h for h in hits if not h.active and "negated" not in h.contexts]
    if leftover:
        # Not enough to flag, but not nothing: ask an officer (recall first).
        return Decision(False, "low", evidence(FIELD, False, leftover, "low"))
    # Words of harm explained away (a look-alike, a strong sign negated, harm that is over):
    # the model may not overrule that (classifiers/classifier.py).
    return Decision(False, "high" if not hits else "medium", excused=explained or bool(ruled_out))


def _not_an_adult_at_risk(findings: Findings, hits: list[Hit], young: children.Named) -> list[Hit]:
    """The signs whose harm is told of someone who is not an adult with care needs."""
    # (Not words inside quotation marks: a carer's "fifteen residents and no time for gadgets" names nobody harmed.)
    clients = {h.sentence_index for h in findings.where(group="people", signal={"third_party", "third_party_generic"})
               if not h.quoted}
    out: list[Hit] = []
    if _writes_in_work_role(findings):
        # A care worker's or professional's own harm at work ("she shouts at me in the office", "he grabbed my
        # chest during personal care") is an employment or police matter (fresh180), unless the sentence is also
        # about a client or resident.  Only words aimed at the writer: "Wayne keeps Daniel's bank card in the
        # office drawer" is about Daniel, and a sentence about the writer's job may still tell of a tenant's harm.
        # Modern slavery is kept: a worker whose passport is held is still referred.
        out = [h for h in hits if h.concept.category != "modern_slavery" and h.sentence_index not in clients
               and _aimed_at_writer(h)]
    elif _writes_for_someone_else(findings):
        # A relative or friend writing for someone else, spoken to badly by staff themselves ("when I asked the
        # carer about this on the doorstep she swore at me", "the manager shouted at me down the phone"): staff
        # conduct towards the family (fresh196, fresh198).  Only words aimed at the writer, in a sentence that names
        # nobody the writer writes for ("Ms Stannard took me into her office, shut the door and shouted at me",
        # fresh211; "a man in the queue behind me shoved me", fresh212); a blow or a mark on the writer the same way
        # ("the deputy manager took hold of my arm ... I've got bruises on my arm", fresh205), and the writer's own
        # fall ("I fell against the barrier").  How the writer felt ("I felt bullied", fresh199) is the writer's own,
        # and so is an injury the writer says they are fine after ("I'm fine, it's a bruise", fresh202).  A writer
        # who gives their own age as 65 or more may be at risk themselves: for them, only words aimed at them with a
        # member of staff named before (in the sentence, or the one before: "She screamed at me", fresh201).
        younger = not _writer_is_older(findings)
        for h in hits:
            at_writer = h.sentence_index not in clients and _aimed_at_writer(h) and (younger or _staff_before(h, findings))
            # (abuse named without a category too: "I honestly felt abused by the way I was spoken to", a mother on the
            # duty line, fresh319)
            if h.concept.category in ("psychological", "general") and (at_writer or younger and _felt_by_writer(h)):
                out.append(h)
            elif h.concept.category in ("physical", "neglect") and younger and h.sentence_index not in clients \
                    and (_writer_unhurt(h) or at_writer or _writer_fell(h)) and not _by_the_person_cared_for(h, findings):
                out.append(h)
    # Harm to a child named with an age under 18 ("Alfie, who is 9 ... Alfie has a split lip", "grabbed my 6 year
    # old by the arm") is for children's services (fresh190, fresh207): see fields/children.py.
    out += [h for h in hits if h not in out and children.about_a_child(h, young)]
    return out


# Names for harm, as someone else may suggest them ("maybe this is \"financial abuse\""): see decide.
_HARM_NAMES = frozenset({"abuse", "abused", "abusive", "neglect", "neglected", "exploitation", "exploited", "safeguarding",
                         "cruelty", "mistreatment", "ill-treatment", "theft", "fraud", "scam"})


# Words in or just after a hit's span that make the writer its target ("swore at me", "took my passport"),
# for a writer in a work role (decide).
_WRITER_AS_TARGET = frozenset({"me", "myself", "us"})
# Signs told by how the person reacts to someone: the harm they sign is the person's, whoever they react to.
_REACTIONS = frozenset({"flinching"})
_WRITERS_OWN = frozenset({"passport", "passports", "visa", "brp", "wages", "wage", "pay", "salary", "chest", "breast",
                          "breasts", "bottom", "body", "face", "arm", "arms", "rota", "shifts", "documents"})


def _writers_origins(findings: Findings) -> frozenset[str]:
    """Where the writer's own words are: the new text and their own quoted mail; in an officer's forward, which has
    neither (the covering note is not read), the original inside it (LABELS.md: labelled by the original)."""
    if any(p.origin in OWN_ORIGINS for p in findings.passages):
        return OWN_ORIGINS
    return OWN_ORIGINS | {"forwarded"}


def _writes_in_work_role(findings: Findings) -> bool:
    """True when the writer says, in their own words, that they write as staff or a professional."""
    own = _writers_origins(findings)
    return any(h.origin in own
               for h in findings.where(group="people", signal={"provider_role", "professional_role"}))


def _writes_for_someone_else(findings: Findings) -> bool:
    """True when the writer, in their own words, writes about someone else and says nothing of their own care
    (people.toml's own_care reads "shouted at me" as the writer's own subject too: those words are the sign itself)."""
    signs = findings.where(group=FIELD, signal="concern", active=None)
    own = _writers_origins(findings)
    own_care = [h for h in findings.where(group="people", signal="self_subject")
                if h.origin in own and not any(h.overlaps(s) for s in signs)]
    return not own_care and any(h.origin in own for h in findings.where(group="people", signal="third_party"))


def _writer_is_older(findings: Findings) -> bool:
    """True when the writer gives their own age as 65 or more: they may be the person at risk themselves ("I am 88
    years old and have lived at Fernlea House for four years ... I am frightened of asking the staff", fresh42)."""
    own = _writers_origins(findings)
    own_ages = [h for h in people.ages_told(findings)[0] if h.origin in own]
    return any(age >= people.OLDER_AGE for age, _ in people.ages_of(own_ages, 0))


# Stripped from the ends of words read around a sign.
_PUNCTUATION = ".,;:!?\"'()\u2018\u2019\u201c\u201d"


def _plain(text: str) -> str:
    """``text`` in lower case with curly apostrophes straight, as the word lists here are written ("i'm", "that's")."""
    return text.lower().replace("\u2019", "'")


def _words(text: str) -> list[str]:
    """The words of ``text`` read around a sign: :func:`_plain`, punctuation stripped from their ends."""
    return [w.strip(_PUNCTUATION) for w in _plain(text).split()]


# Words that may stand between "I" and how the writer felt ("I felt bullied", "I was really frightened"), and not
# "I found her frightened".
_FEELING = frozenset({"felt", "feel", "feeling", "was", "am", "been", "have", "had", "got", "get", "being", "left",
                      "really", "so", "very", "quite", "completely", "totally", "utterly", "just", "also", "still",
                      "too", "honestly", "genuinely", "never", "ever",
                      # "I got a load of abuse", "it felt like abuse" (fresh411, fresh412)
                      "like", "a", "load", "loads", "lot", "lots", "of",
                      # "I came away feeling bullied and brushed aside" (a carer after a review meeting, fresh536)
                      "came", "come", "away", "walked", "went", "out", "home"})


def _felt_by_writer(hit: Hit) -> bool:
    """True when the writer says they felt it: "I felt bullied and threatened", "I was frightened", "it honestly felt like
    abuse" (what "it" felt like is the writer's feeling)."""
    before = _words(hit.before)[-5:]
    first = (_words(hit.span) or [""])[0]
    for at in range(len(before) - 1, -1, -1):
        if before[at] == "i" and hit.concept.language == "other":
            # Polish "i" is "and": "śmieje się z jej śpiewania i krzyczy na nią" (the carer laughs at Mum's singing and
            # shouts at her, fresh738) is no feeling of the writer's.
            return False
        if before[at] in ("i", "i'm", "i've") or (before[at] == "it" and {"felt", "feel", "feels"} & set(before[at + 1:])):
            if first.endswith("ing") and not {"felt", "feel", "feels", "feeling"} & set(before[at + 1:]):
                # what the writer has been doing, not what they felt: "Some nights I have been locking Owen's bedroom
                # door from the outside" (a mother at breaking point, fresh711)
                return False
            return all(w in _FEELING for w in before[at + 1:])
    return False


# Words that put a sentence on the telephone, and words that say whoever was on it may be the person's carer or family
# (a carer or a son shouting down the phone at an older person is harm, not a rude call).
_ON_THE_PHONE = frozenset({"phone", "phoned", "phoning", "telephone", "telephoned", "rang", "line", "call-centre",
                           "helpline", "switchboard", "call"})
_CLOSE_TO_THE_PERSON = frozenset({"carer", "carers", "caregiver", "pa", "nurse", "nurses", "son", "daughter", "husband",
                                  "wife", "partner", "grandson", "granddaughter", "nephew", "niece", "brother", "sister",
                                  "boyfriend", "girlfriend", "neighbour", "lodger"})


def _felt_on_a_call(hit: Hit, findings: Findings) -> bool:
    """True for how the writer felt ("I felt bullied", "I felt like I was being abused") about a phone call told in the
    same sentence or the one before, with nobody close to the person named there."""
    if hit.concept.category not in ("psychological", "general") or not _felt_by_writer(hit):
        return False
    words = set(_words(_previous_sentence(hit, findings))) | set(_words(hit.sentence))
    return bool(words & _ON_THE_PHONE) and not words & _CLOSE_TO_THE_PERSON


def _writer_fell(hit: Hit) -> bool:
    """True when the writer is the one who fell: "I fell against the barrier" (a fall only: "I grabbed her by the
    wrist" is the writer's hand on the person)."""
    before = _words(hit.before)[-2:]
    return hit.concept.name == "fall" and bool(before) and before[-1] == "i"


# "I'm not saying anyone is ...", "I am not accusing anybody of ...": the writer declines to name harm, not denies it.
_DISCLAIMER = re.compile(r"\b(?:not|n't|never)\s+(?:saying|accusing|suggesting|alleging|implying|blaming)\b", re.I)
# "I'm fine, it's a bruise": the writer says they came to no harm just before the injury's words.
_WRITER_UNHURT = re.compile(r"\bi(?:'m| am| was)\s+(?:fine|ok|okay|alright|all right|unhurt|not hurt)\b")


# Words that may stand between "I'm fine" and the injury the writer means ("I'm fine, it's only a small bruise"): no
# one else is named ("I'm fine, but the carer left a bruise on her arm").
_FILLER = frozenset({"it", "it's", "its", "is", "was", "just", "only", "a", "an", "little", "small", "tiny", "bit", "of",
                     "and", "honestly", "really", "i", "i've", "have", "had", "got", "nothing", "more", "than"})


def _writer_unhurt(hit: Hit) -> bool:
    """True when the words just before an injury say the writer is fine: the injury is theirs, not the person's."""
    before = _plain(hit.before)
    unhurt = list(_WRITER_UNHURT.finditer(before))
    if not unhurt:
        return False
    between = _words(before[unhurt[-1].end():])
    after = _words(hit.after)[:2]
    return all(w in _FILLER for w in between if w) and not ({"on", "to"} & set(after[:1]))


# Members of staff, read in the words before a sign aimed at a relative who writes (decide).
_STAFF = frozenset({"carer", "carers", "manager", "staff", "worker", "nurse", "receptionist", "coordinator",
                    "co-ordinator", "driver", "officer", "supervisor", "owner", "deputy", "senior", "assistant"})


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _by_the_person_cared_for(hit: Hit, findings: Findings) -> bool:
    """True when a blow to the writer is told as the act of "he" or "she", with no member of staff named: the person the
    family carer writes about ("Last Tuesday his mug caught me just above the eye", a wife whose husband has vascular
    dementia, fresh786).  The statutory guidance counts a carer harmed by the adult they support as a safeguarding matter
    (Care and Support Statutory Guidance, "Carers and safeguarding"); staff conduct towards the family is not."""
    before = _words(hit.before)
    if before and before[-1] in ("he", "she", "his", "her"):
        return not _staff_before(hit, findings)
    # Further back in the sentence ("Last week he was agitated and hit me across the face"), only when no member of
    # staff is named in the sentence, nor one alone in the sentence before ("he" may be that carer; "the carers" may
    # not).
    # (eight words since fresh852: "he picked up the carving knife and held it up at me")
    return bool({"he", "she"} & set(before[-8:])) and not _STAFF & set(before) \
        and not (_STAFF - {"carers"}) & set(_words(_previous_sentence(hit, findings)))


def _staff_before(hit: Hit, findings: Findings) -> bool:
    """True when a member of staff is named in the sentence before the sign ("the manager, Lee, shouted at me"), or,
    when the sign stands within three words of its sentence's start, in the sentence before ("one of the senior
    carers lost her temper with me. She screamed at me"; "... took hold of my arm. I've got bruises on my arm")."""
    before = _words(hit.before)
    if any(w in _STAFF for w in before):
        return True
    if len(before) > 3:
        return False
    return any(w in _STAFF for w in _words(_previous_sentence(hit, findings)))


def _previous_sentence(hit: Hit, findings: Findings) -> str:
    """The text of the sentence before the hit's, in its passage ("" for a passage's first sentence)."""
    earlier = findings.passages[hit.passage].text[:hit.sentence_start].strip()
    return _SENTENCE_END.split(earlier)[-1] if earlier else ""


def _aimed_at_writer(hit: Hit) -> bool:
    """True when the words name the writer as the one harmed ("shouts at me", "grabbed my chest",
    "sexual comments to me"): the hit's span and the word or two after it.  Not inside quotation marks, where "me"
    is the speaker (an advocate writes 'Kieran told me: "They give me the sleepy tablet so I'm quiet"', fresh280).
    Nor a reaction, where "me" is whom the person shrinks from ("he flinched away from me", a son's visit, fresh342)."""
    if hit.quoted or hit.concept.name in _REACTIONS:
        return False
    after = hit.after.lower().split()[:2]
    words = hit.span.lower().split() + (after if after[:1] in (["to"], ["at"], ["towards"]) else after[:1])
    words = [w.strip(_PUNCTUATION) for w in words]
    if _WRITER_AS_TARGET & set(words):
        return True
    return any(word == "my" and following in _WRITERS_OWN for word, following in zip(words, words[1:]))


def _only_of_danger(all_clear: Hit) -> bool:
    """True when an all-clear's sentence speaks of danger or safety only ("I am not in any danger"), not of harm, abuse
    or safeguarding ("Martin is not in any danger and I am not raising a safeguarding issue", fresh331)."""
    words = set(_words(f"{all_clear.before} {all_clear.span} {all_clear.after}"))
    return bool(words & {"danger", "safe", "unsafe", "risk"}) and not words & _HARM_NAMES


def _told_before_an_all_clear(hit: Hit, all_clear: list[Hit]) -> bool:
    """True when an all-clear ("I have no current concerns") follows the hit in its part of the message; a subject
    line's hit is the same story told short, so any all-clear in the body follows it."""
    if not all_clear:
        return False
    return hit.origin == "headers" or any(r.origin == hit.origin and r.sentence_index > hit.sentence_index
                                          for r in all_clear)


def _settled_later_in_sentence(hit: Hit, resolved: list[Hit]) -> bool:
    """True when a resolution ("was convicted", "police dealt with it") follows the hit in its sentence, or ends after it
    ("looked into her weight loss in August and closed the enquiry once the cause was identified", fresh323)."""
    return any(r.sentence_index == hit.sentence_index and r.passage == hit.passage
               and r.start_char + len(r.span) > hit.start_char + len(hit.span) for r in resolved)


# The first words of a sentence that says the one before it is over: "That was reported to the council at the time,
# it was looked into properly".
# ("That's all behind us now": fresh240, session 19.)
_BACK_REFERENCE = ("that ", "that's ", "that is ", "this ", "all that ", "all of that ", "it ", "it's ", "which ")


# Rules for a whole house (locked kitchens and front doors, visiting hours, phones collected, a set bedtime) that a
# writer may call fair; not a restriction on one person's body or room.
_HOUSE_RULES = frozenset({"blanket_restrictions", "rigid_routine"})


def _judged_fair(rule: Hit, verdict: Hit) -> bool:
    """True when the verdict is in the rule's sentence or one of the next two; an outbreak (the home's reason, not a
    verdict) may also come up to two sentences before."""
    earliest = -2 if verdict.concept.name == "infection_closure" else 0
    return verdict.origin == rule.origin and earliest <= verdict.sentence_index - rule.sentence_index <= 2


# A resolution whose own words point back with a pronoun: "The home dealt with that well" (fresh495).
_POINTS_BACK = re.compile(r"\b(that|this|it)\b")


def _settled_in_next_sentence(hit: Hit, resolved: list[Hit]) -> bool:
    """True when the very next sentence begins with "That" or "It" and says it was dealt with ("Mum had a fall in
    January and there were questions about how long she'd been on the floor. That was reported ... it was looked
    into properly", fresh210), or says so of "that" or "it" in the resolution's own words ("In March Mum slapped Dad
    during a confused moment. The home dealt with that well", fresh495)."""
    return any(_is_next_sentence(hit, r) and (_begins_pointing_back(r) or _POINTS_BACK.search(_plain(r.span)))
               for r in resolved)


def _is_next_sentence(hit: Hit, sign: Hit) -> bool:
    """True when ``sign`` is in the sentence right after ``hit``'s, in the same part of the message."""
    return sign.sentence_index == hit.sentence_index + 1 and sign.origin == hit.origin


def _begins_pointing_back(sign: Hit) -> bool:
    """True when ``sign``'s sentence begins "That ...", "It ...", "This ...": it tells of the sentence before it."""
    return _plain(sign.sentence.lstrip()).startswith(_BACK_REFERENCE)


def _recovered(hit: Hit, recovery: list[Hit], thanks_only: bool) -> bool:
    """Harm the writer says the person has got over.

    In any message, harm in the same sentence as the recovery ("he was not eating, but is now
    walking to the shop").  In a thank-you letter, also harm told earlier in the same part of the
    message ("last year she stopped eating ... a year on she has a job and is happier than ever"):
    the letter is telling the story of a crisis that is over.  In any message, a recovery covers
    earlier general words of risk ("after Dad died ... she is doing really well now").  A recovery of
    one category (a lost thing found again is financial) covers harm of that category only, in that
    sentence or before it.
    Harm told after the recovery counts, in its own sentence too.  A harm "handled well" in the very next sentence,
    beginning "That ..." or "It ...", is settled too (fresh525).
    """
    for sign in recovery:
        if sign.concept.name == "harm_handled_well" and _is_next_sentence(hit, sign) and _begins_pointing_back(sign):
            # "... after Mum developed a pressure sore. That was handled well, the home put everything right" (fresh525):
            # the next sentence, pointing back, says the harm before it was dealt with well.
            return True
        if sign.concept.category != "general":
            # a recovery of one kind of harm covers that kind only: "her ring went missing ... it
            # turned up in the laundry", but not "his tablets, I found them all in a drawer".  A thing found covers
            # only what went missing before it, not money told after it in a run-on sentence ("his bank card ... turned
            # up again in the office drawer and when i looked at his statement there are cash withdrawals", fresh334);
            # money explained covers the whole sentence ("every penny was accounted for ... and the money had been spent
            # on Mum and her home", fresh144).
            if sign.concept.category == hit.concept.category and sign.origin == hit.origin \
                    and hit.sentence_index <= sign.sentence_index \
                    and not (sign.concept.name == "lost_thing_found" and _told_after(hit, sign)):
                return True
            continue
        if sign.sentence_index == hit.sentence_index:
            if sign.concept.signal == "recovery" and _told_after(hit, sign):
                continue  # told after the recovery: "ten days later, Mr Pike was sleeping on the floor" (fresh259)
            return True
        earlier = sign.origin == hit.origin and hit.sentence_index < sign.sentence_index
        if earlier and (thanks_only or hit.concept.category == "general"):
            return True  # ("general" signs are words like "died" or "vulnerable": "she is doing well now" covers them)
    return False


def _told_after(hit: Hit, sign: Hit) -> bool:
    """True when ``hit`` is told after ``sign`` ends, in the same sentence."""
    return hit.sentence_index == sign.sentence_index and hit.passage == sign.passage \
        and hit.start_char >= sign.start_char + len(sign.span)


def _distinct_spans(hits: list[Hit]) -> list[Hit]:
    """The hits left when a hit sharing words with one already kept is dropped: one sign per
    stretch of words, however many concepts read it."""
    kept: list[Hit] = []
    for hit in hits:
        if not any(hit.overlaps(k) for k in kept):
            kept.append(hit)
    return kept


def _categories_first(hits: list[Hit]) -> list[Hit]:
    """Order hits so that evidence names as many different categories as possible."""
    seen: set[str] = set()
    first, rest = [], []
    for hit in sorted(hits, key=lambda h: (h.concept.strength != "strong", h.sentence_index)):
        (rest if hit.concept.category in seen else first).append(hit)
        seen.add(hit.concept.category)
    return first + rest


def _one_per_concept(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out = []
    for hit in hits:
        if hit.concept.name not in seen:
            seen.add(hit.concept.name)
            out.append(hit)
    return out


def categories(decision: Decision) -> list[str]:
    """The statutory categories named in the evidence, for routing and the officer's view."""
    out: list[str] = []
    for item in decision.evidence:
        if "(" in item.rule:
            category = item.rule.split("(", 1)[1].split(")", 1)[0]
            if category not in out:
                out.append(category)
    return out


def from_model(probability: float, sentence: str, origin: str, rules: Decision) -> Decision:
    """A flag the rules did not raise and the model did: low confidence, with the sentence the
    model scored highest and whatever weaker signs the rules saw."""
    rule = f"safeguarding: statistical model, probability {probability:.2f}"
    found = Evidence(FIELD, True, sentence, origin or "new", rule, "low")
    leftovers = [Evidence(FIELD, True, e.text, e.origin, e.rule, "low") for e in rules.evidence]
    return Decision(True, "low", [found, *leftovers])
