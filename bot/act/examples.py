"""Example letters: every letter the bot sends, rendered for invented cases.

They are used three ways, so that a template mistake is found before a complainant
is due a letter:

* ``Letters.check()`` renders every example when the bot starts: a template that uses
  an unknown variable stops the bot with the file and the line;
* ``complaints-bot letters preview`` writes them to ``HOME/preview/`` for people to read;
* the tests measure their readability and accessibility.

The contexts come from the code that sends the real letters (``Actor.letter_context``
for acknowledgements and forwards, ``ChaserSender`` for reminders and escalations,
``DigestBuilder`` for digests) and every date from the real process engine and
working-day calendar.  Only the people and their messages are invented, on the
reserved example domains.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from itertools import product
from types import SimpleNamespace
from typing import Any, Iterable

from ..clock import Clock
from ..config import PROJECT_ROOT, Council
from ..records import Classification, Evidence, Labels, ParsedMessage, TextSegment
from ..route import Routing, load_routing
from .actions import Actor
from .case import message_record, new_case
from .letters import Rendered
from .processes import CaseProcesses
from .shape import SHAPES, case_shape

# Tuesday 3 March 2026, mid-morning: the examples' messages arrive then.
RECEIVED = datetime(2026, 3, 3, 10, 15, tzinfo=timezone.utc)

# Letters sent to the public: plain-English and accessibility checks apply to these.
PUBLIC_LETTERS = ("acknowledgement", "followup", "officer-reply")


@dataclass(frozen=True)
class Example:
    """One letter for one invented case."""

    key: str  # a file name for the preview, e.g. "acknowledgement-formal-safeguarding"
    letter: str  # which letter: acknowledgement, forward, reminder ...
    title: str  # what it shows, for people
    context: dict[str, Any]

    @property
    def public(self) -> bool:
        return self.letter in PUBLIC_LETTERS


@dataclass(frozen=True)
class Writer:
    name: str
    address: str
    subject: str
    text: str
    sender_role: str = "public"


# The invented people, one for each shape.  Each message says what makes it that shape.
WRITERS: dict[str, Writer] = {
    "formal": Writer("Margaret Ellis", "margaret.ellis@example.com", "Formal complaint about my home care",
                     "I want to make a formal complaint. My carers have missed six visits this month "
                     "and nobody rang to tell me."),
    "informal": Writer("Peter Hughes", "peter.hughes@example.org", "Carers arriving late",
                       "I don't want to make a formal complaint, I just want someone to be aware that the "
                       "morning carers keep arriving after ten."),
    "unclear": Writer("Anne Carter", "anne.carter@example.net", "Not happy with the care service",
                      "I am not happy with how the care agency has treated me. The office never answers."),
    "stage2": Writer("Robert Osei", "robert.osei@example.com", "Review of my complaint response",
                     "I have had your response to my complaint and I am not happy with it. "
                     "Please escalate it to a senior manager review."),
    "self_funder": Writer("Susan Patel", "susan.patel@example.org", "Complaint about Elm Lodge",
                          "We pay the fees ourselves. The home has lost my aunt's hearing aids twice and "
                          "will not replace them."),
    "professional_concern": Writer("Dr Priya Shah", "p.shah@surgery.example", "Concern about a care home resident",
                                   "I am the GP for a resident at Elm Lodge. I am concerned that her medication "
                                   "is not being given as prescribed.", sender_role="professional"),
    "compliment": Writer("Helen Ward", "helen.ward@example.net", "Thank you to the reablement team",
                         "I want to say thank you to the reablement team. They were kind and patient with me."),
    "enquiry": Writer("James Moore", "james.moore@example.com", "Question about care charges",
                      "Could you tell me how the charge for home care is worked out?"),
}
POLISH_WRITER = Writer("Katarzyna Nowak", "k.nowak@example.com", "Skarga dotyczaca opieki nad moim ojcem",
                       "Chce zlozyc skarge. Opiekunki nie przychodza do mojego ojca na czas.")
OFFICER_REPLY = ("Thank you for talking to me on the phone today.\n\n"
                 "I have spoken to the care agency. From Monday your carers will come at 8am and 6pm.")
COMMAND_LINES = [{"line": "done early_resolution", "ok": True, "said": "step early_resolution marked done"},
                 {"line": "extend icap_letter 5 working days because the records are late", "ok": True,
                  "said": "icap_letter is now due Tuesday 17 March 2026"},
                 {"line": "make tea", "ok": False, "said": "not a command"}]
REFUSED = "the reply address has expired: reply to the latest message about this case"
REPRESENTATIVE_TEXT = " I am writing on behalf of my mother, who is 86."
SAFEGUARDING_TEXT = " Yesterday she had a bruise on her arm and she said a carer grabbed her."


def labels_for(shape: str, *, safeguarding: bool = False, representative: bool = False,
               needs: tuple[str, ...] = ()) -> Labels:
    """Labels that give ``shape`` (checked against the bot's own shape rule)."""
    kind = {"compliment": "compliment", "enquiry": "enquiry"}.get(shape, "complaint")
    formality = None
    if kind == "complaint":
        formality = {"stage2": "formal", "self_funder": "unclear", "professional_concern": "unclear"}.get(shape, shape)
    labels = Labels(
        kind=kind, formality=formality,
        professional=shape == "professional_concern",
        funding="self_funded" if shape == "self_funder" else "council_funded" if kind == "complaint" else "unknown",
        care_charges=shape == "enquiry",
        safeguarding=safeguarding,
        stage2_request=shape == "stage2",
        client_group="older_people",
        representative=representative,
        needs=list(needs),
        sender_role=WRITERS[shape].sender_role,
    )
    if case_shape(labels) != shape:
        raise ValueError(f"example labels for {shape!r} give shape {case_shape(labels)!r}")
    return labels


class _Recorder:
    """Stands in for Letters: keeps the context the real sending code passes, renders nothing."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def render(self, name: str, **context: Any) -> Rendered:
        self.calls.append((name, context))
        return Rendered(name, "", "")


class _Store:
    """The one store call the digest makes, over example cases held in memory."""

    def __init__(self, cases: list[dict[str, Any]]):
        self.cases = cases

    def all_cases(self) -> list[dict[str, Any]]:
        return self.cases


class _Outbox:
    """Accepts the digest's message and keeps nothing: only its context is wanted."""

    def put(self, message: Any) -> bool:
        return True


class ExampleBuilder:
    """Builds example cases through the bot's own code and captures each letter's context."""

    def __init__(self, council: Council, routing: Routing, processes: CaseProcesses):
        self.council = council
        self.routing = routing
        self.processes = processes
        self.calendar = processes.calendar
        # Only the council is read from the settings by the senders.
        self.settings = SimpleNamespace(council=council)
        self.actor = Actor(self.settings, Clock(RECEIVED), routing, None, None, None, None, processes)
        self._number = 0
        self.originals: dict[str, dict[str, str]] = {}  # ref -> what Actor._original gives a forward

    # ---- cases ----------------------------------------------------------------------------------

    def case(self, shape: str, *, safeguarding: bool = False, representative: bool = False,
             writer: Writer | None = None, language: str = "en", needs: tuple[str, ...] = (),
             received: datetime = RECEIVED) -> dict[str, Any]:
        """A stored case as the bot would open it: labels, routing, processes and letter dates."""
        writer = writer or WRITERS[shape]
        labels = labels_for(shape, safeguarding=safeguarding, representative=representative, needs=needs)
        text = writer.text + (REPRESENTATIVE_TEXT if representative and language == "en" else "") \
            + (SAFEGUARDING_TEXT if safeguarding and language == "en" else "")
        self._number += 1
        ref = f"{self.council.reference_prefix}-{received.year}-{self._number:05d}"
        sha = hashlib.sha256(f"{ref}|{text}".encode()).hexdigest()
        message_id = f"<example-{self._number}@{writer.address.split('@')[1]}>"
        parsed = ParsedMessage(
            message_id=message_id, subject=writer.subject, from_name=writer.name, from_addr=writer.address,
            to=[self.council.complaints_address], cc=[], reply_to=[], date=received, in_reply_to="", references=[],
            headers={}, text=text, segments=[TextSegment(text, "new", writer.address)],
        )
        evidence = [Evidence("kind", labels.kind, writer.text.split(".")[0] + ".", "new", "example")]
        if safeguarding:
            evidence.append(Evidence("safeguarding", True, SAFEGUARDING_TEXT.strip(), "new", "example"))
        classification = Classification(labels, evidence, language, {"kind": "high"})
        decision = self.routing.route(labels)
        record = message_record(f"{message_id}|{sha}", sha, parsed, received, "example")
        case = new_case(ref=ref, received=received, message=record, parsed=parsed, classification=classification,
                        route=decision, council_domains=self.council.domains)
        case["processes"], case["dates"] = self.processes.open(ref, shape, labels, received, received)
        self.originals[ref] = {"original_text": text, "original_html": ""}
        return case

    # ---- letters --------------------------------------------------------------------------------

    def reply_letter(self, case: dict[str, Any], letter: str, team: str = "", **fields: Any) -> dict[str, Any]:
        """The context of a letter the Actor sends (Actor.letter_context): an acknowledgement,
        follow-up, forward, officer's reply or command transcript; ``fields`` go on the action."""
        action = {"id": f"{letter}:example", "letter": letter, "to": [case["complainant"]["address"]],
                  "status": "pending", **fields}
        if team:
            action["team"] = team
        context = self.actor.letter_context(case, action)
        if letter in ("forward", "followup-forward"):
            context.update(self.originals[case["ref"]])
        return context

    def chaser_contexts(self, case: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """The first reminder and the first escalation the case's processes owe (ChaserSender)."""
        from scheduler.chase import ChaserSender
        from scheduler.deadlines import Deadlines

        recorder = _Recorder()
        sender = ChaserSender(self.settings, self.routing, recorder, None, None, self.processes.engine)
        found: dict[str, Any] = {}
        day = self.calendar.local_date(RECEIVED)
        for _ in range(40):
            day += timedelta(days=1)
            moment = datetime.combine(day, time(9, 30), tzinfo=self.calendar.tz)
            for _case, chasers in Deadlines(self.processes.engine).owed([case], moment):
                for chaser in chasers:
                    if chaser.kind not in found:
                        found[chaser.kind] = (chaser, moment)
            if len(found) == 2:
                break
        contexts = {}
        for kind, (chaser, moment) in sorted(found.items()):
            sender._message(case, chaser, 1, moment)
            contexts[kind] = recorder.calls[-1][1]
        return contexts

    def digest_context(self, cases: list[dict[str, Any]], team: str) -> dict[str, Any]:
        """The team's digest on the working day after the examples arrived (DigestBuilder)."""
        from scheduler.deadlines import Deadlines
        from scheduler.digest import DigestBuilder

        recorder = _Recorder()
        builder = DigestBuilder(self.settings, self.routing, recorder, _Outbox(), _Store(cases),
                                Deadlines(self.processes.engine), self.calendar)
        day = self.calendar.add_working_days(self.calendar.local_date(RECEIVED), 1)
        builder.send(datetime.combine(day, time(8, 0), tzinfo=self.calendar.tz), teams=[team])
        if not recorder.calls:
            raise ValueError(f"the example digest for team {team!r} is empty")
        return recorder.calls[-1][1]


def _variant_key(shape: str, safeguarding: bool, representative: bool, language: str) -> str:
    return "-".join(["acknowledgement", shape.replace("_", "-")]
                    + (["safeguarding"] if safeguarding else [])
                    + (["representative"] if representative else [])
                    + ([language] if language != "en" else []))


SHAPE_TITLES = {
    "formal": "formal complaint", "informal": "informal concern", "unclear": "complaint, not yet formal or informal",
    "stage2": "request to look again at our answer", "self_funder": "complaint about care paid for privately",
    "professional_concern": "concern from a professional", "compliment": "compliment", "enquiry": "enquiry",
}


def _variant_title(shape: str, safeguarding: bool, representative: bool, language: str) -> str:
    extras = [words for flag, words in ((safeguarding, "someone may be at risk"),
                                        (representative, "written for someone else"),
                                        (language != "en", "written in Polish")) if flag]
    return f"Acknowledgement: {SHAPE_TITLES[shape]}" + (f" ({', '.join(extras)})" if extras else "")


def acknowledgement_matrix(builder: ExampleBuilder) -> list[Example]:
    """Every acknowledgement variant: each shape x someone at risk x written for someone else x language."""
    out = []
    for shape, safeguarding, representative, language in product(SHAPES, (False, True), (False, True), ("en", "pl")):
        case = builder.case(shape, safeguarding=safeguarding, representative=representative, language=language)
        out.append(Example(_variant_key(shape, safeguarding, representative, language), "acknowledgement",
                           _variant_title(shape, safeguarding, representative, language),
                           builder.reply_letter(case, "acknowledgement")))
    return out


def preview_examples(builder: ExampleBuilder) -> list[Example]:
    """The letters people look at: each shape, someone at risk, someone writing for another,
    a Polish writer, a follow-up, the team forwards, a reminder, an escalation and a digest."""
    examples: list[Example] = []
    cases: dict[str, dict[str, Any]] = {}
    for shape in SHAPES:
        representative = shape in ("self_funder", "professional_concern")
        cases[shape] = builder.case(shape, representative=representative)
        examples.append(Example(_variant_key(shape, False, representative, "en"), "acknowledgement",
                                _variant_title(shape, False, representative, "en"),
                                builder.reply_letter(cases[shape], "acknowledgement")))
    at_risk = builder.case("formal", safeguarding=True, representative=True)
    polish = builder.case("unclear", writer=POLISH_WRITER, language="pl", representative=True, needs=("interpreter",))
    for case, safeguarding, shape, language in ((at_risk, True, "formal", "en"), (polish, False, "unclear", "pl")):
        examples.append(Example(_variant_key(shape, safeguarding, True, language), "acknowledgement",
                                _variant_title(shape, safeguarding, True, language),
                                builder.reply_letter(case, "acknowledgement")))
    examples.append(Example("followup", "followup", "Reply to a further message on a case",
                            builder.reply_letter(cases["formal"], "followup")))
    examples.append(Example("officer-reply", "officer-reply", "An officer's reply to the complainant",
                            builder.reply_letter(cases["formal"], "officer-reply", text=OFFICER_REPLY,
                                                 by="complaints.officer@council.example")))
    first_team = at_risk["routing"]["teams"][0]
    examples.append(Example("forward-safeguarding", "forward", f"Forward to a team: {first_team}, someone may be at risk",
                            builder.reply_letter(at_risk, "forward", team=first_team)))
    polish_team = polish["routing"]["teams"][0]
    examples.append(Example("forward-pl", "forward", f"Forward to a team: {polish_team}, written in Polish",
                            builder.reply_letter(polish, "forward", team=polish_team)))
    examples.append(Example("followup-forward", "followup-forward", "Forward of a further message on a case",
                            builder.reply_letter(at_risk, "followup-forward", team=first_team)))
    examples.append(Example("commands", "commands", "What the bot did with an officer's reply",
                            builder.reply_letter(cases["formal"], "commands", lines=COMMAND_LINES, refused="")))
    examples.append(Example("commands-refused", "commands", "An officer's reply the bot refused",
                            builder.reply_letter(cases["formal"], "commands", lines=[], refused=REFUSED)))
    for kind, context in builder.chaser_contexts(cases["formal"]).items():
        examples.append(Example(kind, kind, f"{kind.capitalize()} to an officer", context))
    merged = dict(builder.chaser_contexts(cases["stage2"])["escalation"], merged=3)
    examples.append(Example("escalation-after-downtime", "escalation",
                            "Escalation for several chasers that fell due while the bot was stopped", merged))
    older = builder.case("formal", received=RECEIVED - timedelta(days=21))
    digest_team = cases["formal"]["routing"]["teams"][0]
    examples.append(Example("digest", "digest", f"Daily digest for a team: {digest_team}",
                            builder.digest_context([older, *cases.values(), at_risk, polish], digest_team)))
    return examples


def all_examples(builder: ExampleBuilder) -> list[Example]:
    """The preview letters and every acknowledgement variant: what the start-up check renders."""
    preview = preview_examples(builder)
    keys = {e.key for e in preview}
    return preview + [e for e in acknowledgement_matrix(builder) if e.key not in keys]


def default_builder(council: Council | None = None, routing: Routing | None = None,
                    processes: CaseProcesses | None = None) -> ExampleBuilder:
    """A builder from the given settings, or the shipped defaults (routing.toml, England's calendar)."""
    from scheduler.calendar import WorkingCalendar

    return ExampleBuilder(council or Council(), routing or load_routing(PROJECT_ROOT / "routing.toml"),
                          processes or CaseProcesses(WorkingCalendar()))


def letters_without_examples(names: Iterable[str], examples: list[Example]) -> list[str]:
    """Letters (``NAME.subject.j2``) that no example renders, so only their syntax is checked."""
    covered = {e.letter for e in examples}
    letters = {n[: -len(".subject.j2")] for n in names if n.endswith(".subject.j2") and "/" not in n}
    return sorted(letters - covered)
