"""needs: interpreter, bsl, accessible_format, advocacy, only as stated (LABELS.md).

A BSL interpreter is bsl, not interpreter: a bare "interpreter" counts as
interpreter only when the message says nothing about sign language.  A complaint
written in another language is an interpreter need (the writer cannot be
assumed to read an English reply); imperfect English on its own is not.
"""

from __future__ import annotations

from ..findings import Findings, uncovered
from . import Decision, evidence, note

ORDER = ("interpreter", "bsl", "accessible_format", "advocacy")


def decide(kind: str, findings: Findings, language: str, language_name: str) -> Decision:
    if kind in {"auto_reply", "spam"}:
        return Decision([], "high")
    found: dict[str, list] = {}
    bsl = findings.where(group="needs", signal="bsl")
    spoken = findings.where(group="needs", signal="interpreter_language")
    # "I wrote the first bit in Turkish", "Dad said to me in Arabic": a language used, not a need.
    used = findings.where(group="needs", signal="not_a_need")
    spoken = uncovered(spoken, used)
    # ("I use translator on the computer for this letter": a tool the writer used, not a need either)
    generic = uncovered(findings.where(group="needs", signal="interpreter_generic"), used)
    if spoken or (generic and not bsl):
        found["interpreter"] = evidence("needs", "interpreter", spoken or generic, "high" if spoken else "medium")
    elif language != "en" and kind == "complaint":
        # A complaint in another language will need an interpreter or translated letters to be
        # investigated.  A question or a thank-you does not have one stated (LABELS.md: needs as
        # stated); on the labelled sets this rule was wrong on every question it touched.
        found["interpreter"] = [note("needs", "interpreter", f"message written in {language_name}",
                                     "needs: a message in another language needs an interpreter", "medium", "new")]
    if bsl:
        found["bsl"] = evidence("needs", "bsl", bsl, "high")
    # ("he'd been to see Tom with his easy-read pictures": the advocate's own materials, fresh144)
    formats = uncovered(findings.where(group="needs", signal="accessible_format"), used)
    if formats:
        found["accessible_format"] = evidence("needs", "accessible_format", formats, "high")
    # ("I am an independent advocate with Speak Up Advocacy": the writer's job; LABELS.md adds no need for it)
    advocacy = uncovered(findings.where(group="needs", signal="advocacy"), used)
    if advocacy:
        found["advocacy"] = evidence("needs", "advocacy", advocacy, "high")
    values = [name for name in ORDER if name in found]
    items = [e for name in values for e in found[name]]
    level = "high" if all(e.confidence == "high" for e in items) else "medium"
    return Decision(values, level, items)
