"""OCR repair (classifiers/ocr.py): a scanned letter pasted into an email is read as the words it was.

The letter below is written here in the shape an OCR engine gives a typed page (1 for l, 0 for O, rn for m), as a
post room or a solicitor's document system pastes it; the classifier must read the theft in it.
"""

from __future__ import annotations

import pytest

from bot.parse import parse_message
from classifiers import Classifier
from classifiers.ocr import looks_scanned, unscan
from tests.conftest import mail

DOMAINS = ("council.example",)

SCANNED_LETTER = """Please find our letter below, from our document system's OCR.

0ur ref: PL/0417
Dear Sirs

Re: Mrs Edith Marr (aged 91), Haze1bank Residentia1 Horne

We act for Mrs Marr's daughter, her attorney. 0n 3 March our c1ient found that £600 in cash, he1d in a
1ocked box in Mrs Marr's roorn, together with her wedding ring, were rnissing. The key is he1d by the Horne.
We ask that the Counci1 treat this 1etter as a forrna1 cornp1aint.

Yours faithfu11y
"""


def test_a_scanned_letter_is_recognised_and_repaired():
    assert looks_scanned(SCANNED_LETTER)
    repaired = unscan(SCANNED_LETTER)
    for word in ("Our ref", "Residential Home", "client", "held in a", "locked box", "room", "missing",
                 "Council", "formal complaint", "faithfully"):
        assert word in repaired, word


@pytest.mark.parametrize("text", [
    # real words that an rn/m swap would also make ("turn", "born", "burn"), and digits that are no letters
    "Please turn the heating up; she was born in 1931 and the burn on her arm is healing. Ring 01632 960000.",
    "The A1 was closed, so the carer came at 10am on the 1st via the B1234 and the M10.",
    # a text with no OCR misreadings stays exactly as it was, "rn" words and all
    "The modern home in Horne Lane is where my mother learnt to knit.",
])
def test_ordinary_text_is_left_alone(text):
    assert unscan(text) == text


def test_real_words_stay_in_a_scanned_text():
    text = "He1p, the 1etter was 1ate. Turn left at the corn barn; she was born in Horne Lane."
    repaired = unscan(text)
    assert repaired.startswith("Help, the letter was late.")
    assert "Turn left at the corn barn; she was born" in repaired


def test_the_theft_in_a_scanned_letter_is_read():
    msg = mail(SCANNED_LETTER, sender="Ann Cole <ann.cole@solicitors.example>", subject="Our client: Mrs E Marr",
               message_id="<ocr-test@solicitors.example>")
    labels = Classifier(council_domains=DOMAINS, model_dir=None).classify(
        parse_message(bytes(msg), council_domains=DOMAINS)).labels
    assert labels.safeguarding is True
    assert labels.formality == "formal"
