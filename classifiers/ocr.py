"""Repair the commonest OCR misreadings in a scanned letter pasted into an email.

A post room or a solicitor's document system may paste a letter's OCR text into the email: "rny rnother
was 1eft in her roorn" for "my mother was left in her room".  The classifier reads words, so it repairs
the three confusions OCR makes most (1 for l or I, 0 for o, rn for m), and only in a text that shows
them: three or more words with a 1 or 0 among their letters.  A word is changed only when what it would
become is a common English word and what it is now is not one (spaCy's lexeme probabilities, from
``spacy-lookups-data``), so "turn", "born" and "burn" stay as they are.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import cache
from importlib import resources
from itertools import product

# A word of letters with a 1 or 0 standing for a letter: "he1p", "1ived", "S0L1CIT0RS"; not "A1", "B12", "10am" or
# "1st" (two letters together, and no number with its unit); once a text looks scanned, short words too ("o1d", "a11",
# "1t"), still not a road's "A1" or "M10".
_NOT_A_NUMBER = r"(?![01]+(?:st|nd|rd|th|am|pm|s|hrs?|mins?|mg|ml|kg|km|k|m)\b)"
_LETTERS_AND_A_DIGIT = r"(?=[A-Za-z]*[01])[A-Za-z01]*[A-Za-z][A-Za-z01]*\b"
_DIGIT_WORD = re.compile(rf"\b{_NOT_A_NUMBER}(?=[A-Za-z01]*[A-Za-z]{{2}}){_LETTERS_AND_A_DIGIT}")
_DIGIT_WORD_SHORT = re.compile(rf"\b{_NOT_A_NUMBER}(?![A-Z][01]+\b){_LETTERS_AND_A_DIGIT}")
_RN_WORD = re.compile(r"\b[A-Za-z]*rn[A-Za-z]*\b")
_OCR_SIGNS = 3  # words like "he1p" before a text is read as OCR output
_MAX_CHOICES = 64
# log probabilities (spaCy's lexeme_prob; a word missing from the table counts as _ABSENT).  A letter-only word
# rarer than _RARE is no word to keep ("rnatter", "Horne"); a repair must be a word at least as common as _COMMON, or
# _ANY_WORD when the misread had a digit in it, since "S0L1CIT0RS" was never a word ("solicitors" is -15.8)
_ABSENT = -99.0
_RARE = -17.0
_COMMON = -16.5
_ANY_WORD = -18.5
_SUBSTITUTES = {"1": ("l", "i"), "0": ("o",), "rn": ("rn", "m")}
_PIECE = re.compile(r"rn|[01]|.", re.S)


@cache
def _word_log_probabilities() -> dict[str, float]:
    """English words and their log probabilities, read once, when a scanned letter first arrives; the table's rarest
    entries (a million in all, most of them rarer than _ANY_WORD) are dropped, as no repair would choose them."""
    path = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        table = json.load(text)
    return {word: probability for word, probability in table.items() if probability >= _ANY_WORD}


def looks_scanned(text: str) -> bool:
    """True when the text has the OCR misreadings this module repairs."""
    return len(_DIGIT_WORD.findall(text)) >= _OCR_SIGNS


def unscan(text: str) -> str:
    """The text with OCR's 1/l, 0/o and rn/m confusions repaired, when it looks scanned; else unchanged."""
    if not looks_scanned(text):
        return text
    text = _DIGIT_WORD_SHORT.sub(lambda m: _repair(m.group(0)), text)
    return _RN_WORD.sub(lambda m: _repair(m.group(0)), text)


def _repair(word: str) -> str:
    """The most common English word ``word`` could be misread from, with its capitals; or ``word``."""
    probabilities = _word_log_probabilities()
    has_digit = bool(re.search(r"[01]", word))
    if not has_digit and probabilities.get(word.lower(), _ABSENT) > _RARE:
        return word  # a word already ("turn", "born"; "Horne" is not)
    options = [_SUBSTITUTES.get(piece, (piece,)) for piece in _PIECE.findall(word)]
    if math.prod(len(choice) for choice in options) > _MAX_CHOICES:
        return word
    best, best_probability = word, _ANY_WORD if has_digit else _COMMON
    for choice in product(*options):
        candidate = "".join(choice)
        probability = probabilities.get(candidate.lower(), _ABSENT)
        if probability >= best_probability and candidate.lower() != word.lower():
            best, best_probability = candidate, probability
    return _with_case_of(word, best) if best != word else word


def _with_case_of(original: str, repaired: str) -> str:
    """``repaired`` in the capitals of ``original`` (all capitals, a capital first, or as found)."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return repaired.upper()
    # (a 0 first was a capital O: "0ur ref", "0n 29 January")
    if original[0].isupper() or original[0] == "0" or (original[:1] == "1" and original[1:2].isupper()):
        return repaired[:1].upper() + repaired[1:]
    return repaired
