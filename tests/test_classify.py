"""The classification stage on real .eml bytes: the labelled sets, the LABELS.md edge cases,
negation and context, languages, the CLI's JSON lines, and robustness.

The classifier is built once for the module (it takes a few seconds).  The labelled
development set lives outside the repository, in ../shared/samples/emails; tests that need
it skip with a reason when it is absent.
"""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.parse import parse_message
from bot.records import LABEL_FIELDS, Classification, ParsedMessage, TextSegment
from classifiers import Classifier
from classifiers.cli import classify_files
from classifiers.evaluate import differences, load_labelled, score
from classifiers.findings import collect
from classifiers.text import passages
from tests.conftest import mail

REPO = Path(__file__).resolve().parents[1]
DEV = Path(__file__).resolve().parents[2] / "shared" / "samples" / "emails"
EXTRA = REPO / "tests" / "data" / "extra"
DOMAINS = ("council.example",)

# The bars from the brief (issue 4); the extra set is held to the same bars.
FIELD_F1_FLOOR = 0.9
KIND_ACCURACY_FLOOR = 0.97
EXACT_MATCH_FLOOR = 0.6
SAFEGUARDING_PRECISION_FLOOR = 0.9


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(council_domains=DOMAINS)


def message(body: str, *, subject: str = "About my mother's care",
            sender: str = "Jo Bloggs <jo.bloggs@example.com>", attach: EmailMessage | None = None) -> EmailMessage:
    """A plain-text message; ``attach`` adds an original as a message/rfc822 part (an officer's forward)."""
    msg = mail(body, subject=subject, sender=sender)
    if attach is not None:
        msg.add_attachment(attach)
    return msg


def eml(body: str, **kwargs) -> bytes:
    """The bytes of :func:`message`, as the mailbox would receive them."""
    return bytes(message(body, **kwargs))


def classify(classifier: Classifier, raw: bytes) -> Classification:
    return classifier.classify(parse_message(raw, council_domains=DOMAINS))


def _measure(classifier: Classifier, folder: Path):
    items = load_labelled(folder)
    results = [(name, gold, classify(classifier, raw)) for name, raw, gold in items]
    return results, score((gold, result.labels.as_dict()) for _, gold, result in results)


@pytest.fixture(scope="module")
def dev_results(classifier):
    if not (DEV / "labels.json").is_file():
        pytest.skip(f"the shared development set is not at {DEV} (only on the project's shared volume)")
    return _measure(classifier, DEV)


@pytest.fixture(scope="module")
def extra_results(classifier):
    if not (EXTRA / "labels.json").is_file():
        pytest.skip(f"the extra labelled set is not at {EXTRA}")
    return _measure(classifier, EXTRA)


# ---- labelled sets ------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["dev", "extra"])
def test_field_floors(which, request):
    results, report = request.getfixturevalue(f"{which}_results")
    wrong = {name: differences(gold, r.labels.as_dict()) for name, gold, r in results
             if differences(gold, r.labels.as_dict())}
    assert report["fields"]["kind"]["accuracy"] >= KIND_ACCURACY_FLOOR, wrong
    for field in LABEL_FIELDS:
        assert report["fields"][field]["f1"] >= FIELD_F1_FLOOR, (field, wrong)
    assert report["safeguarding_recall"] == 1.0, wrong
    assert report["safeguarding_precision"] >= SAFEGUARDING_PRECISION_FLOOR, wrong
    assert report["exact_match"] >= EXACT_MATCH_FLOOR


@pytest.mark.parametrize("which", ["dev", "extra"])
def test_every_safeguarding_email_is_flagged_with_its_evidence(which, request):
    results, _ = request.getfixturevalue(f"{which}_results")
    flagged = [(name, r) for name, gold, r in results if gold["safeguarding"]]
    assert flagged
    for name, result in flagged:
        assert result.labels.safeguarding, name
        evidence = result.evidence_for("safeguarding")
        assert evidence and all(e.text.strip() for e in evidence), name
        assert all(e.origin in {"new", "forwarded", "quoted_own", "headers"} for e in evidence), name
        assert any(".toml:" in e.rule for e in evidence), (name, [e.rule for e in evidence])


def test_evidence_for_every_field_not_at_its_empty_value(dev_results):
    results, _ = dev_results
    empty = {"formality": None, "professional": False, "funding": "unknown", "care_charges": False,
             "safeguarding": False, "stage2_request": False, "ombudsman": False, "client_group": "unknown",
             "representative": False, "needs": []}
    for name, _, result in results:
        labels = result.labels.as_dict()
        assert result.evidence_for("kind") and result.evidence_for("sender_role"), name
        for field, value in empty.items():
            if labels[field] != value:
                assert result.evidence_for(field), (name, field)
        assert set(result.confidence) == set(LABEL_FIELDS), name


def test_each_hit_knows_where_its_words_sit_in_its_sentence(classifier):
    """A hit's offsets locate its span inside its sentence (formality reads the words between two hits)."""
    checked = 0
    for path in sorted(EXTRA.glob("*.eml"))[:60]:
        chosen = passages(parse_message(path.read_bytes(), council_domains=DOMAINS), DOMAINS)
        for hit in collect(classifier.nlp, chosen, classifier.concepts).hits:
            at = hit.start_char - hit.sentence_start
            assert hit.sentence[at:at + len(hit.span)] == hit.span, (path.name, hit.span, hit.sentence)
            checked += 1
    assert checked > 500


# ---- what counts as the writer's text -------------------------------------------------------------


def test_officer_cover_note_is_not_read(classifier):
    original = message("Dear Sir, my father is 84. I would like a formal investigation into his missed calls.",
                       subject="Dad's calls", sender="Sam Ray <sam.ray@example.com>")
    raw = eml("Hi team, I don't think this needs to be formal. Also I'm worried about safeguarding generally.",
              subject="FW: Dad's calls", sender="Officer <a.officer@council.example>", attach=original)
    result = classify(classifier, raw)
    assert result.labels.sender_role == "officer_forward"
    assert result.labels.formality == "formal"
    assert all(e.origin != "cover_note" for e in result.evidence)


def test_council_paragraph_quoted_back_sets_no_label(classifier):
    body = (
        "Thank you, that is helpful and I am happy with the explanation.\n\nRegards,\nPat\n\n"
        "On Mon, 2 Mar 2026 at 09:00, Complaints <complaints@council.example> wrote:\n"
        "> If you remain dissatisfied you can contact the Local Government and Social Care Ombudsman.\n"
        "> We can put you in touch with an independent advocate, or send this letter in large print.\n"
    )
    result = classify(classifier, eml(body, subject="Re: Your enquiry"))
    assert result.labels.ombudsman is False
    assert result.labels.needs == []


# ---- negation, hypothetical and historical mentions -------------------------------------------------


def test_ruled_out_harm_is_not_safeguarding(classifier):
    body = ("My mother is 84 and pays a contribution for her home care. Nobody has hurt her, this is about "
            "the invoice: we were charged twice for March. Please correct it.")
    result = classify(classifier, eml(body))
    assert result.labels.safeguarding is False
    assert result.labels.care_charges is True


def test_disclaimer_does_not_cancel_described_neglect(classifier):
    body = ("I'm not accusing anyone of abuse, and I know the carers are busy. But three times this month "
            "the carers have missed my aunt's insulin and her blood sugar was 24 on Friday.")
    result = classify(classifier, eml(body))
    assert result.labels.safeguarding is True
    assert any("neglect" in e.rule for e in result.evidence_for("safeguarding"))


def test_hypothetical_fall_is_not_safeguarding(classifier):
    body = ("My dad is 80. The carers come at different times every day. If he falls again I don't know "
            "what we would do. Can you tell me who manages the rota?")
    assert classify(classifier, eml(body)).labels.safeguarding is False


def test_healed_historical_harm_is_not_safeguarding(classifier):
    body = ("Mum is 91. She had pressure sores last year, healed now. This is about the new visiting hours "
            "at the home, which are too short.")
    assert classify(classifier, eml(body)).labels.safeguarding is False


@pytest.mark.parametrize("body", [
    "Mum is 91. She had pressure sores last year. I am worried about the staff at the home.",
    # fresh141 (session 12): "historic" is how files and officers date a concern
    "My brother is 44. His file records historic domestic abuse concerns. I am worried about his new flat.",
    # fresh144 (session 12): harm in a dead person's last months, dated by the death told before it
    "Dad died in March. In his last weeks he developed pressure sores that the home did not report. I am writing "
    "about the final invoice.",
])
def test_historical_harm_still_counts_but_asks_an_officer(classifier, body):
    result = classify(classifier, eml(body))
    assert result.labels.safeguarding is True
    assert "safeguarding" in result.needs_confirmation()


@pytest.mark.parametrize("sentence,category", [
    ("The carer slapped her across the face.", "physical"),
    ("He keeps her bank card and takes her pension every week.", "financial"),
    ("The agency keeps his passport and takes money from his wages.", "modern slavery"),
    ("Her husband shouts at her and won't let her have her own money; she's frightened of him.", "domestic"),
    ("The night carer told him he is a burden and laughs at him.", "psychological"),
    ("She was left in a soiled pad all day and nobody gave her a drink.", "neglect"),
    ("His flat is full of rubbish bags and he is hardly eating.", "self neglect"),
    ("A staff member touched her where he shouldn't when she was being washed.", "sexual"),
    ("The staff call him racist names because of his religion.", "discriminatory"),
])
def test_each_statutory_category_is_named_in_the_evidence(classifier, sentence, category):
    result = classify(classifier, eml(f"I am writing about my brother, who is 50. {sentence}"))
    assert result.labels.safeguarding is True
    assert any(category in e.rule for e in result.evidence_for("safeguarding")), result.evidence_for("safeguarding")


# Everyday phrasings of harm (recall first) and of ordinary complaints (false alarms).
SAFEGUARDING_PHRASINGS = [
    "The carer was very rough with Dad when she hoisted him and he has a skin tear on his arm.",
    "Mum says the night staff ignore her buzzer and she has wet herself several times waiting.",
    "My brother came home from respite with a black eye and nobody could tell us what happened.",
    "The new carer has been taking cash from Nan's purse, she has lost about £200.",
    "They keep giving mum the wrong tablets, yesterday she got her neighbour's medication.",
    "Mum was found by the neighbour on the kitchen floor at 7am, she'd been there all night.",
    "My father is not eating, he has lost a stone and the carers just leave the plate.",
    "The care home locks residents in their rooms at night.",
    "He hasn't had his insulin for three days because the carers didn't come.",
    "The staff sedate her every afternoon to keep her quiet.",
]
ORDINARY_COMPLAINTS = [
    "The carer is always 20 minutes late and it's annoying.",
    "The receptionist was rude to me on the phone.",
    "My bill is wrong, I was charged twice for March.",
    "The social worker keeps changing and we never know who to call.",
    "My mum had a fall last year but she's fully recovered, I'm writing about her direct payments.",
]


@pytest.mark.parametrize("text", SAFEGUARDING_PHRASINGS)
def test_everyday_phrasings_of_harm_are_flagged(classifier, text):
    assert classify(classifier, eml(text)).labels.safeguarding is True


@pytest.mark.parametrize("text", ORDINARY_COMPLAINTS)
def test_ordinary_complaints_are_not_flagged(classifier, text):
    assert classify(classifier, eml(text)).labels.safeguarding is False


# ---- languages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,code", [
    ("Rwy'n ysgrifennu am fy mam. Dydy'r gofalwyr ddim wedi dod ers tri diwrnod ac roedd hi heb fwyd na diod. "
     "Hoffwn wneud cwyn ffurfiol.", "cy"),
    ("Piszę w sprawie mojej mamy. Opiekunki nie przychodzą na czas i mama nie dostaje leków. Proszę o pomoc.",
     "pl"),
    ("Vă scriu în legătură cu mama mea. Îngrijitoarele nu vin la timp și nu primește medicamentele. "
     "Vreau să fac o plângere.", "ro"),
    ("Meri ammi ki dekh bhal theek se nahi ho rahi. Carer time pe nahi aate aur unko dawai nahi milti. "
     "Mujhe shikayat karni hai.", "ur"),
])
def test_other_languages_are_complaints_with_an_interpreter_not_spam(classifier, text, code):
    result = classify(classifier, eml(text, subject="Mama"))
    assert result.language == code
    assert result.labels.kind in {"complaint", "enquiry"}
    assert result.labels.sender_role != "system"
    assert "interpreter" in result.labels.needs



@pytest.mark.parametrize("text,code,need", [
    # A question in another language needs an answer the writer can read (LABELS.md "interpreter: another
    # language"; session 50: 135 of 141 labelled questions in another language carry it).
    ("Dzień dobry. Chciałabym zapytać, ile będę płacić za opiekę domową dla mojej mamy i kiedy przyjdzie ktoś "
     "na ocenę finansową?", "pl", True),
    ("Buongiorno, vorrei sapere quanto costa l'assistenza domiciliare per mio padre e se c'è una valutazione "
     "finanziaria. Grazie.", "it", True),
    # A thank-you needs no reply it has to read: no need unless one is asked for.
    ("Dziękuję bardzo za wspaniałą opiekę nad moją mamą. Opiekunki są cudowne i zawsze uśmiechnięte.", "pl",
     False),
])
def test_questions_in_another_language_need_an_interpreter_thanks_do_not(classifier, text, code, need):
    result = classify(classifier, eml(text, subject="Mama"))
    assert result.language == code
    assert ("interpreter" in result.labels.needs) is need
@pytest.mark.parametrize("text,code", [
    # Malay, once named Tagalog; Armenian and Georgian, once Swahili or English; Marathi, once Hindi (session 48)
    ("Saya menulis bagi pihak ibu saya yang tinggal seorang diri. Pembantu penjagaan tidak datang semalam dan "
     "ibu belum makan.", "ms"),
    ("Գրում եմ մորս մասին։ Նա ապրում է մենակ, և խնամքի աշխատողը երեք օր չի եկել։", "hy"),
    ("მამაჩემი მოხუცთა სახლში ცხოვრობს და თანამშრომლები მას დასცინიან.", "ka"),
    ("माझ्या आईसाठी कौन्सिलने केअरर पाठवायची व्यवस्था केली आहे, पण ती रोज उशिरा येते.", "mr"),
])
def test_languages_named_since_session_48_are_named(classifier, text, code):
    assert classifier.language.detect(text)[0] == code


@pytest.mark.parametrize("text,asked", [
    ("I am writing about my mother and the carers who have not come to her flat for the last three days.", False),
    # Welsh with English sentences: too few English function words, so py3langid decides
    ("Rwy'n ysgrifennu am fy mam. The carers did not come. Dydy'r gofalwyr ddim wedi dod ers tri diwrnod ac "
     "roedd hi heb fwyd na diod.", True),
])
def test_plain_english_is_english_without_asking_the_language_identifier(classifier, monkeypatch, text, asked):
    """Session 12: a sample made a third of English function words is English (languages.toml,
    english_share); py3langid, about 1 ms a message, is asked only about the rest."""
    calls = []

    class Counting:
        """py3langid's identifier, counting the samples it is asked about."""

        def __init__(self, real):
            self.real = real

        def classify(self, sample):
            calls.append(sample)
            return self.real.classify(sample)

    monkeypatch.setattr(classifier.language, "identifier", Counting(classifier.language.identifier))
    code, _ = classifier.language.detect(text)
    assert bool(calls) is asked
    assert code == ("cy" if asked else "en")


def test_english_with_a_name_is_english(classifier):
    result = classify(classifier, eml("Carers late again this morning, 40 mins. Mum sat waiting.", subject="late"))
    assert result.language == "en"
    assert result.labels.needs == []


# ---- the CLI ------------------------------------------------------------------------------------------


def test_classify_files_prints_one_json_object_per_file(classifier, tmp_path):
    good = tmp_path / "good.eml"
    good.write_bytes(eml("I want to make a formal complaint: my mother, 88, was left without her tablets."))
    missing = tmp_path / "missing.eml"
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    out = io.StringIO()
    code = classify_files([str(good), str(missing), str(empty)], out, council_domains=DOMAINS, classifier=classifier)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 1 and len(lines) == 3
    first = lines[0]
    assert set(first) == {"file", "labels", "evidence", "language"}
    assert first["file"] == str(good)
    assert list(first["labels"]) == list(LABEL_FIELDS)
    assert first["labels"]["formality"] == "formal" and first["labels"]["safeguarding"] is True
    assert first["language"] == "en"
    for items in first["evidence"].values():
        for item in items:
            assert set(item) == {"text", "origin", "rule", "confidence"}
            assert item["confidence"] in {"high", "medium", "low"}
    assert set(lines[1]) == {"file", "error"} and lines[1]["file"] == str(missing)
    assert set(lines[2]) == {"file", "error"}


def test_classify_files_returns_zero_when_all_succeed(classifier, tmp_path):
    good = tmp_path / "a.eml"
    good.write_bytes(eml("Thank you so much to the reablement team, they were wonderful with Dad."))
    out = io.StringIO()
    assert classify_files([str(good)], out, classifier=classifier) == 0
    assert json.loads(out.getvalue())["labels"]["kind"] == "compliment"


# ---- robustness ---------------------------------------------------------------------------------------

_ORIGINS = st.sampled_from(["new", "forwarded", "quoted_own", "quoted_other", "cover_note", "signature"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(segments=st.lists(st.tuples(st.text(max_size=300), _ORIGINS), max_size=5),
       subject=st.text(max_size=80), sender=st.sampled_from(["", "x@example.com", "o@council.example", "noreply@a.test"]))
def test_classify_never_raises_on_arbitrary_segments(classifier, segments, subject, sender):
    parsed = ParsedMessage(
        message_id="<h@test>", subject=subject, from_name="", from_addr=sender, to=[], cc=[], reply_to=[],
        date=None, in_reply_to="", references=[], headers={}, text="\n".join(t for t, _ in segments),
        segments=[TextSegment(text, origin) for text, origin in segments],  # type: ignore[arg-type]
    )
    result = classifier.classify(parsed)
    assert set(result.labels.as_dict()) == set(LABEL_FIELDS)
    assert result.labels.kind in {"complaint", "compliment", "enquiry", "auto_reply", "spam"}


# ---- the blind sets (tests/data/classify/*): regression for safeguarding ------------------------

OWN_SETS = REPO / "tests" / "data" / "classify"
# Signs in the blind sets the classifier still misses, each with why; a fix should remove its line.
# (fresh14/t040, a ring and money gone in different sentences, and fresh21/t015, medication told only
# through the support plan, are still missed by the rules alone; the text model flags both.)
KNOWN_SAFEGUARDING_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def own_results(classifier):
    folders = sorted(p.parent for p in OWN_SETS.glob("*/labels.json"))
    if not folders:
        pytest.skip(f"no labelled sets under {OWN_SETS}")
    return [(f"{folder.name}/{name}", gold, result)
            for folder in folders for name, gold, result in _measure(classifier, folder)[0]]


@pytest.mark.slow  # every blind message read (about four minutes): handed to a worker first (tests/conftest.py)
def test_blind_sets_keep_every_safeguarding_sign_they_taught(own_results):
    missed = {name for name, gold, result in own_results if gold["safeguarding"] and not result.labels.safeguarding}
    assert missed <= set(KNOWN_SAFEGUARDING_MISSES), sorted(missed - set(KNOWN_SAFEGUARDING_MISSES))
    flagged = [gold["safeguarding"] for _, gold, result in own_results if result.labels.safeguarding]
    assert len(own_results) >= 700 and sum(flagged) / len(flagged) >= SAFEGUARDING_PRECISION_FLOOR


THREAD_REPLY = (
    "Again today the same. I want a formal complaint, and if nothing changes I go to the Ombudsman.\n\nMihai\n\n"
    "On Thu, 22 Oct 2026 at 21:48, Ioana Popa <ioana.popa@example.net> wrote:\n"
    "> Hello, I am the daughter-in-law. I go to him every day after work.\n>\n"
    "> Three times this week I find my father-in-law at 5 o'clock in the afternoon still in the night pad from the "
    "morning, very wet, and the skin on his bottom is red and open in two places.\n>\n> Ioana\n")


def test_harm_told_by_someone_else_in_the_thread_is_flagged_for_an_officer(classifier):
    """Session 49 (fresh1045): a son's one line over his sister-in-law's account of his father left soiled.  The
    harm is not the writer's statement, so it flags at low confidence for an officer to confirm; kind and formality
    stay the writer's own."""
    result = classifier.classify(parse_message(mail(THREAD_REPLY, sender="Mihai Popa <mihai.popa@example.com>",
                                                    subject="Re: carers for my father").as_bytes(),
                                               council_domains=("council.example",)))
    assert result.labels.safeguarding is True
    assert result.confidence["safeguarding"] == "low"
    assert {e.origin for e in result.evidence_for("safeguarding")} == {"quoted_other"}
    assert (result.labels.kind, result.labels.formality) == ("complaint", "formal")


def test_the_councils_own_quoted_words_are_not_someone_elses_account(classifier):
    """The same account quoted from a council officer's message sets nothing (LABELS.md: the council's own text)."""
    council = THREAD_REPLY.replace("Ioana Popa <ioana.popa@example.net>", "Ioana Popa <ioana.popa@council.example>")
    result = classifier.classify(parse_message(mail(council, sender="Mihai Popa <mihai.popa@example.com>",
                                                    subject="Re: carers for my father").as_bytes(),
                                               council_domains=("council.example",)))
    assert all(e.origin != "quoted_other" for e in result.evidence_for("safeguarding"))
