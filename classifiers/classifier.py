"""The classification stage: ParsedMessage in, Classification (twelve labels, evidence) out.

Build a :class:`Classifier` once (it loads the pattern files and builds the pipeline, three
to four seconds) and call :meth:`Classifier.classify` for each message (about 100-190 a second
on one core; docs/classifier.md has the measurements).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.automatic import automatic_signs
from bot.errors import ClassifyError
from bot.records import Classification, Evidence, Labels, ParsedMessage

from .fields import escalation, formality, kind, money, needs, people, safeguarding
from .fields import Decision
from .findings import OWN_ORIGINS, Findings, collect
from .language import LanguageDetector
from .model import PIPELINE_DIR, Reading, TextModel
from .nlp import blank_english, build_pipeline
from .patterns import load_patterns
from .text import Passage, is_council_address, others_in_thread, passages

_EMPTY = Labels()


class Classifier:
    """Labels messages by the rules in the pattern files; build once, reuse for many messages."""

    def __init__(self, council_domains: tuple[str, ...] | list[str] = ("council.example",),
                 patterns_dir: str | Path | None = None, model_dir: str | Path | None = PIPELINE_DIR):
        """``model_dir=None`` runs the rules alone (bench/model_crossval.py compares the two)."""
        self.council_domains = tuple(d.lower().lstrip("@") for d in council_domains)
        nlp = blank_english()  # one tokenizer compiles the patterns and then reads the messages
        self.patterns = load_patterns(patterns_dir, tokenizer=nlp.tokenizer)
        self.nlp = build_pipeline(self.patterns, nlp)
        self.concepts = self.patterns.by_name()
        self.language = LanguageDetector(self.patterns.language)
        self.model = TextModel(model_dir) if model_dir is not None else None

    @classmethod
    def load(cls, council_domains: tuple[str, ...] | list[str] = ("council.example",),
             patterns_dir: str | Path | None = None, model_dir: str | Path | None = PIPELINE_DIR) -> "Classifier":
        """Same as the constructor; reads better at the call site of a long-lived stage."""
        return cls(council_domains, patterns_dir, model_dir)

    def classify(self, parsed: ParsedMessage) -> Classification:
        """All twelve fields with evidence and confidence.  Raises ClassifyError only on a bug."""
        try:
            return self._classify(parsed)
        except (AttributeError, TypeError, ValueError, KeyError, IndexError) as exc:
            raise ClassifyError(f"cannot classify message {parsed.message_id!r}: {exc}") from exc

    def _classify(self, parsed: ParsedMessage) -> Classification:
        chosen = passages(parsed, self.council_domains)
        findings = collect(self.nlp, chosen, self.concepts)
        language, _ = self.language.detect(_body_text(chosen))
        is_council = is_council_address(parsed.from_addr, self.council_domains)

        reading = self.model.read(chosen) if self.model else Reading(0.0)
        sg = safeguarding.decide(findings)
        model_flag = False
        if not sg.value and not sg.excused and self.model and self.model.flags_safeguarding(reading):
            # The rules saw no concern but the model reads one: flag it for an officer to confirm.
            # Not where the rules explained the words of harm away ("nobody has hurt her"): a
            # bag of words cannot read a negation.
            sentence, origin = self.model.best_sentence(chosen, "safeguarding", "safeguarding")
            sg, model_flag = safeguarding.from_model(reading.safeguarding, sentence, origin, sg), True
        stage2 = escalation.stage2(findings)
        ombudsman = escalation.ombudsman(findings)
        form_signals = formality.signals(findings)
        form_signals.reply_to_complaint = formality.reply_to_complaint(parsed.subject)
        business = kind.business(findings)
        if business:
            # A job application or an FOI request that names stage 2 or the Ombudsman is not asking for either.
            stage2 = Decision(False, "medium", [])
            ombudsman = Decision(False, "medium", [])
            form_signals = formality.FormalitySignals([], [], [], [], [])
        # A flag from the model alone does not make the message a complaint: it says nothing of a service.
        # (Nor does the Ombudsman named only in a question about the route.)
        threat = Decision(False) if escalation.ombudsman_only_asked_about(findings) else ombudsman
        rules_sg = Decision(False) if model_flag else sg  # the concern the rules read, not the model alone
        strong_reasons = _strong_reasons(rules_sg, stage2, form_signals, threat, kind.thanks_only(findings))
        signs = automatic_signs(parsed)
        # From a council address only header signs count (the council's own mail server bouncing);
        # an officer's forward with little new text is never judged a machine by its wording.
        machine = kind.machine(parsed, findings, signs, human=bool(strong_reasons) or is_council)
        provisional_role = people.sender_role("complaint", parsed, findings, is_council, bool(signs))
        if machine is not None:
            kind_decision = machine
        else:
            kind_decision = kind.person(
                findings,
                strong_reasons=strong_reasons,
                informal_only=not (form_signals.formal or stage2.value or rules_sg.value),
                provider_writer=provisional_role.value in {"provider", "professional"},
            )
            if self.model:
                kind_decision = kind.with_model(
                    self.model.kind_ranking(reading), reading.words, kind_decision, self.model.settings,
                    lambda label: self.model.best_sentence(chosen, "kind", label),
                    praise=bool(findings.where(group="kind", signal={"praise", "thanks_word"})),
                    own_concern=bool(rules_sg.value) and any(e.origin in OWN_ORIGINS for e in rules_sg.evidence),
                    english=language == "en")
            if language != "en" and kind_decision.confidence != "low":
                # The model and most patterns read English (other languages have seed lists only): a
                # reading of a message in another language is one an officer confirms.  (Until session 6
                # such a message defaulted to a complaint; on the labelled sets that was wrong 18 times
                # out of 19: most were questions.)
                kind_decision = Decision(kind_decision.value, "low", [*kind_decision.evidence[:3], Evidence(
                    "kind", kind_decision.value, f"message written in {self.language.name(language)}", "new",
                    "kind: not written in English, so read only in part: confirm", "low")])
        k = kind_decision.value
        if k != "complaint" and stage2.value:
            # A stage 2 request is dissatisfaction with a complaint response (LABELS.md), so only a
            # complaint makes one: a thank-you for a stage 2 review, or a surgery asking how its
            # patients ask for one, names stage 2 without asking for it (fresh116).
            stage2 = Decision(False, "medium", [])
        if k not in {"auto_reply", "spam"} and not sg.value and not sg.excused:
            # Harm someone else told earlier in the thread flags the case for an officer, but says nothing of what
            # this writer wants, so it is read after kind and formality are read from the writer's own words.
            sg = self._told_by_others(parsed, findings) or sg
        role = people.sender_role(k, parsed, findings, is_council, bool(signs))
        rep = people.representative(k, role.value, findings, harm=bool(sg.value))
        decisions: dict[str, Decision] = {
            "kind": kind_decision,
            "formality": formality.decide(k, form_signals, bool(stage2.value)),
            "professional": people.professional(role, findings, parsed.from_addr),
            "funding": money.funding(k, findings),
            "care_charges": money.care_charges(k, findings),
            "safeguarding": sg,
            "stage2_request": stage2,
            "ombudsman": ombudsman,
            "client_group": people.client_group(k, bool(rep.value), parsed, findings),
            "representative": rep,
            "needs": needs.decide(k, findings, language, self.language.name(language)),
            "sender_role": role,
        }
        if k in {"auto_reply", "spam"}:
            # LABELS.md: for auto_reply and spam every other field takes its empty value.
            for name in ("professional", "safeguarding", "stage2_request", "ombudsman", "care_charges"):
                decisions[name] = Decision(getattr(_EMPTY, name), "high")
        labels = Labels(**{name: d.value for name, d in decisions.items()})
        evidence = [e for name, d in decisions.items() for e in d.evidence]
        confidence = {name: d.confidence for name, d in decisions.items()}
        return Classification(labels=labels, evidence=evidence, language=language, confidence=confidence)

    def _told_by_others(self, parsed: ParsedMessage, findings: Findings) -> Decision | None:
        """A safeguarding concern that only someone else in the thread told (a relative's message the writer replies
        over), read by the same rules: low confidence, for an officer to confirm.  Recall first (LABELS.md: a missed
        signal can cost a life); the other fields stay the writer's own."""
        # Not where the writer speaks to it ("I am satisfied with how the fall was handled" under the home's incident
        # log, fresh1040), nor where the writer does not write about care (a mail server's abuse report quotes "abuse").
        if findings.where(group="safeguarding", signal={"resolution", "recovery", "accident", "fair_verdict"}) \
                or not kind.care_topic(findings):
            return None
        others = others_in_thread(parsed, self.council_domains)
        if not others:
            return None
        told = safeguarding.decide(collect(self.nlp, others, self.concepts))
        if not told.value:
            return None
        rule = "safeguarding: told by someone else earlier in the thread, not by the writer: confirm"
        return Decision(True, "low", [replace(e, rule=f"{e.rule}; {rule}", confidence="low") for e in told.evidence])

    def classify_many(self, messages: list[ParsedMessage]) -> list[Classification]:
        return [self.classify(m) for m in messages]


def _body_text(chosen: list[Passage]) -> str:
    return "\n".join(p.text for p in chosen if not p.closing and p.origin != "headers")


# Harm that no care service is accused of: a neighbour's self-neglect, exploitation by strangers, a
# partner's abuse.  Reporting it is a safeguarding referral, a complaint only if the writer is also
# dissatisfied with a service (LABELS.md: a complaint is dissatisfaction about adult social care).
_NOT_ABOUT_A_SERVICE = frozenset({"self_neglect", "modern_slavery", "domestic"})


def _strong_reasons(sg: Decision, stage2: Decision, found: formality.FormalitySignals,
                    ombudsman: Decision, thanks_only: bool = False) -> list[tuple[str, str]]:
    reasons = []
    if ombudsman.value:
        reasons.append(("ombudsman", "threatens or has contacted the Ombudsman"))
    harms = {c.replace(" ", "_") for c in safeguarding.categories(sg)}
    # With signs of abuse at home (contact only in secret, a partner's control), the threats and money kept
    # are that abuse too: "my husband shouts ... keeps my bank card ... please don't phone the house" (fresh176).
    if sg.value and not (harms and (harms <= _NOT_ABOUT_A_SERVICE or "domestic" in harms)):
        reasons.append(("safeguarding", "a safeguarding concern is raised"))
    if stage2.value:
        reasons.append(("stage2_request", "asks for stage 2"))
    if found.formal:
        reasons.append(("formality", "asks for a formal complaint or investigation"))
    elif found.informal and not thanks_only:
        # ("I just wanted somebody to know and tell their boss thanks": a thank-you's wish, fresh168.)
        reasons.append(("formality", "describes an informal complaint"))
    elif [h for h in found.history if "historical" not in h.contexts]:
        # ("In 2024 I complained about his old home" in a thank-you letter is that letter's story.)
        reasons.append(("formality", "refers to a complaint already made"))
    return reasons
