"""needs: interpreter, bsl, accessible_format, advocacy, only as stated (LABELS.md).

A BSL interpreter is bsl, not interpreter: a bare "interpreter" counts as
interpreter only when the message says nothing about sign language.  A complaint
or a question written in another language is an interpreter need (the writer
cannot be assumed to read an English reply); imperfect English on its own is not.
"""

from __future__ import annotations

import re

from ..findings import OWN_ORIGINS, Findings, uncovered
from . import Decision, evidence, note

ORDER = ("interpreter", "bsl", "accessible_format", "advocacy")
# Words that ask for an interpreter or a translation itself, which a waived English reply does not undo.
_ASKED_FOR = re.compile(r"interpret|translat", re.IGNORECASE)


def decide(kind: str, findings: Findings, language: str, language_name: str) -> Decision:
    if kind in {"auto_reply", "spam"}:
        return Decision([], "high")
    found: dict[str, list] = {}
    # Words of a need that say something else (the not_a_need concepts): "I wrote the first bit in Turkish",
    # "Dad said to me in Arabic" (a language used); "I use translator on the computer for this letter" (a
    # tool the writer used); "he'd been to see Tom with his easy-read pictures" (an advocate's own materials,
    # fresh144); "I am an independent advocate with Speak Up Advocacy" (the writer's job, LABELS.md).
    used = findings.where(group="needs", signal="not_a_need")

    def stated(signal: str) -> list:
        return uncovered(findings.where(group="needs", signal=signal), used)

    # (the BSL words of an organisation's standard offer too: "or would like a British Sign Language interpreter, please
    # contact our Patient Experience Team", fresh610)
    bsl = stated("bsl")
    spoken = stated("interpreter_language")
    generic = stated("interpreter_generic")
    english_will_do = any(h.origin in OWN_ORIGINS for h in stated("english_is_fine"))
    if english_will_do:
        # "Sorry for writing in Welsh ... A reply in English is absolutely fine" (fresh789): the language the message
        # is written in is waived; an interpreter or a translation asked for in so many words still counts.
        spoken = [h for h in spoken if _ASKED_FOR.search(h.span)]
    if spoken or (generic and not bsl):
        found["interpreter"] = evidence("needs", "interpreter", spoken or generic, "high" if spoken else "medium")
    elif language != "en" and kind in {"complaint", "enquiry"} and not english_will_do and not bsl:
        # A complaint or a question in another language will need an interpreter or translated letters
        # to be answered (LABELS.md: "interpreter: another language").  A thank-you needs no reply it
        # must read: over the labelled sets, compliments in another language were labelled with no need
        # 49 times in 51 where none was asked for; questions were labelled interpreter 135 times in 141
        # (session 50; session 6's smaller sets had said the opposite).  A BSL user's written language
        # is not a spoken-language need.
        found["interpreter"] = [note("needs", "interpreter", f"message written in {language_name}",
                                     "needs: a message in another language needs an interpreter", "medium", "new")]
    if bsl:
        found["bsl"] = evidence("needs", "bsl", bsl, "high")
    formats = stated("accessible_format")
    if formats:
        found["accessible_format"] = evidence("needs", "accessible_format", formats, "high")
    advocacy = stated("advocacy")
    # "i do not know how to do a complaint properly. can someone help me do it." (fresh701): help asked in the sentence
    # next to the writer's not knowing how to complain is help to complain.
    halves = stated("help_with_it")
    asked = [h for h in halves if h.concept.name == "help_asked_with_it"]
    unsure = [h for h in halves if h.concept.name == "complaining_alone_is_hard"]
    advocacy += [h for h in asked if any(u.origin == h.origin and abs(u.sentence_index - h.sentence_index) <= 1
                                         for u in unsure)]
    # The writer is the advocate already acting ("I am an independent advocate with VoiceWorks ... Daniel has asked me
    # to help him complain", fresh700): LABELS.md, an advocate already acting adds no advocacy need.  Only for help to
    # complain, which is the advocate's own job; an advocate may still ask for another kind ("he needs an IMCA").
    acting = [h for h in used if h.concept.name == "advocate_writing" and h.origin in OWN_ORIGINS]
    if acting:
        advocacy = [h for h in advocacy if h.concept.name != "help_to_complain_for_someone"
                    and not (h.concept.name == "advocate_request" and "complain" in h.span.lower())]
    if advocacy:
        found["advocacy"] = evidence("needs", "advocacy", advocacy, "high")
    values = [name for name in ORDER if name in found]
    items = [e for name in values for e in found[name]]
    level = "high" if all(e.confidence == "high" for e in items) else "medium"
    return Decision(values, level, items)
