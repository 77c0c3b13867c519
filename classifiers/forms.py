"""A web form's lines as the writer's words.

A council website's form, a portal's relay or a hospital system's notice arrives as field labels and answers.  The
labels, the form's menu of examples and its consent line are the form's words, not the writer's; the answers are the
writer's, and the fields saying who filled the form in are read as a signature is (docs/classifier.md, session 38).
"""

from __future__ import annotations

import re

# A form's field answered no: "Do you need any support to communicate with us? (for example an interpreter, British
# Sign Language, large print): No", "Is the person at risk now?: No", "Interpreter required: N/A" (fresh632, session 38).
# The question is the form's words, not the writer's, and the writer's answer declines it, so the line says nothing.
_DECLINED_FIELD = re.compile(
    r"^\s*(?P<label>[^\s:][^:\n]{2,300}?)\s*:\s*(?:no|none|nil|n/?a|not (?:needed|required|applicable)"
    r"|no,? thanks?(?: you)?)\s*[.!]?\s*$", re.I)
# The label of such a field is a question ("...?", "...? (for example ...)") or a few words; not what someone said.
_FIELD_LABEL_WORDS = 8
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|say|asked|asks|told|replied|answered|answer|was|is)\s*$", re.I)
# The menu of examples in a form's question is the form's, not the writer's choice: "Do you need any support to
# communicate with us? (for example an interpreter, British Sign Language, large print or easy read, or an advocate):
# Yes - Polish" asks for an interpreter only (fresh632).  The question and the answer stay.
_FORM_EXAMPLES = re.compile(r"\?\s*\((?:for example|for instance|e\.\s?g\.?|eg|such as|like)\b[^()\n]{0,300}\)(?=\s*:)", re.I)
# A form's fields that say who filled it in are read as a signature is: "Job title: Community Staff Nurse", "Raised by:
# Connor Haigh, Discharge Coordinator", "Submitted by: Nadia Okonjo, Registered Manager" (fresh632, session 38).
_WHO_FIELD = re.compile(r"^\s*(?:your\s+)?(?:job\s+title|job\s+role|role|position|occupation|profession|designation|"
                        r"organi[sz]ation|employer|(?:raised|submitted|completed|referred|reported|sent)\s+by)\s*:", re.I)
# A form's question with the writer's answer beside it: "What would you like to happen?: An assessment date and someone to
# ring me". The question is the form's words, not the writer's (it asked nothing, fresh632); an answer of a few words is
# theirs and is kept alone.  A short answer means nothing without its question ("Contacting us about yourself or someone
# else?: Someone else", session 8; "Do you want this treated as a formal complaint?: Yes", fresh81): that line stays
# whole; a question with no answer on its line is a heading for the lines below, and goes.
_FORM_QUESTION = re.compile(r"^\s*(?P<label>[^\s:][^:\n]{2,200}\?)\s*:[ \t]*(?P<answer>.*)$")
# A label is one question: a line of prose that ends in one ("This form was submitted via the council website. What
# happened?: my carers came at 11") is no field of its own.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_SHORT_ANSWER_WORDS = 2
# A consent the form asks for and the writer ticks: "I agree to the council using the information on this form ...: Yes"
_FORM_CONSENT = re.compile(r"^\s*i\s+(?:agree|consent|confirm|understand|accept|have\s+read)\b[^:\n]{0,300}:\s*"
                           r"(?:yes|no|y|n|true|false|ticked|checked|agreed|i agree)\s*$", re.I)


def _declined_field(line: str) -> bool:
    """A form field the writer answered no (see ``_DECLINED_FIELD``); not prose such as "the manager said: no"."""
    match = _DECLINED_FIELD.match(line)
    if not match:
        return False
    label = match.group("label").rstrip()
    return not _REPORTED_SPEECH.search(label) and not _SENTENCE_INSIDE.search(label) and (
        label.endswith(("?", ")")) or len(label.split()) <= _FIELD_LABEL_WORDS)


def form_answer(line: str) -> str:
    """A form's line as the writer's words: nothing for a field answered no or a consent ticked, the answer alone for a
    question the form asked; any other line as it is."""
    if _declined_field(line) or _FORM_CONSENT.match(line):
        return ""
    line = _FORM_EXAMPLES.sub("?", line)
    question = _FORM_QUESTION.match(line)
    if not question or _SENTENCE_INSIDE.search(question.group("label")):
        return line
    answer = question.group("answer").strip()
    if not answer:
        return ""
    return line if len(answer.split()) <= _SHORT_ANSWER_WORDS else answer


def says_who_filled_it_in(unit: str) -> bool:
    """A field naming who filled the form in ("Job title: ...", "Submitted by: ..."), read like a signature line."""
    return bool(_WHO_FIELD.match(unit))
