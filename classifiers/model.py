"""The second reader: statistical text classifiers beside the rules, for kind and safeguarding.

The rules (patterns/*.toml) say why; they also miss wording nobody wrote a concept for.  On
first sight of new writers they flagged about five safeguarding messages in six and got the
kind right for about six in seven (docs/classifier.md).  This pipeline holds two spaCy
bag-of-words text classifiers (unigrams and bigrams of the lower-cased text), trained on the
labelled sets under tests/data by classifiers/train.py:

- ``kind``: complaint, enquiry, compliment, auto_reply or spam, for mail a person wrote;
- ``safeguarding``: it only ever adds a flag, where the rules found nothing, at low confidence
  so an officer confirms it.  It never clears a flag the rules raised.

Both read one Doc of the same text, so the message is tokenised once.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.attrs import IS_ALPHA
from spacy.language import Language

from bot.errors import ConfigError

from .text import Passage

MODEL_DIR = Path(__file__).resolve().parent / "model"
PIPELINE_DIR = MODEL_DIR / "textcat"
SETTINGS = MODEL_DIR / "settings.toml"
SAFEGUARDING, OTHER = "safeguarding", "other"
KINDS = ("complaint", "enquiry", "compliment", "auto_reply", "spam")


def model_text(chosen: list[Passage]) -> str:
    """The text the model reads: every passage the rules read except the sign-off, lower-cased.

    Training (classifiers/train.py) and classification call this same function, so the model
    is always scored on the text it was trained on.
    """
    return "\n".join(p.text for p in chosen if not p.closing).lower()


@dataclass(frozen=True)
class Reading:
    """The model's view of one message: P(safeguarding) and a probability for each kind."""

    safeguarding: float
    kind: dict[str, float] = field(default_factory=dict)
    words: int = 0


@dataclass(frozen=True)
class ModelSettings:
    """settings.toml: the thresholds at which the model's reading counts."""

    safeguarding_threshold: float
    complaint_threshold: float
    min_words: int
    min_probability: float
    rules_stand_below: float
    praise_stands_below: float


def load_settings(path: Path = SETTINGS) -> ModelSettings:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        values = ModelSettings(float(data["safeguarding"]["threshold"]), float(data["kind"]["complaint_threshold"]),
                               int(data["kind"]["min_words"]), float(data["kind"]["min_probability"]),
                               float(data["kind"]["rules_stand_below"]), float(data["kind"]["praise_stands_below"]))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(path, f"cannot read the model thresholds ({exc})",
                          "write `threshold = 0.5` under [safeguarding], and `complaint_threshold = 0.7` "
                          "`min_words = 15`, `min_probability = 0.4`, `rules_stand_below = 0.5` and "
                          "`praise_stands_below = 0.9` under [kind]") from exc
    for name in ("safeguarding_threshold", "complaint_threshold", "min_probability", "rules_stand_below",
                 "praise_stands_below"):
        value = getattr(values, name)
        if not 0 < value < 1:
            raise ConfigError(path, f"{name} is {value}", "use a number between 0 and 1")
    return values


class TextModel:
    """Loads the trained pipeline once and reads messages with it."""

    def __init__(self, directory: str | Path = PIPELINE_DIR, settings: str | Path = SETTINGS):
        directory = Path(directory)
        try:
            self.nlp: Language = spacy.load(directory)
            self.meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(directory, f"cannot load the text model ({exc})",
                              "rebuild it with `make model`") from exc
        self.settings = load_settings(Path(settings))
        self.safeguarding_pipe = self.nlp.get_pipe(SAFEGUARDING)
        self.kind_pipe = self.nlp.get_pipe("kind")

    def read(self, chosen: list[Passage]) -> Reading:
        text = model_text(chosen)
        if not text.strip():
            return Reading(0.0, {})
        # Tokenizer and the two classifiers only: the sentencizer is needed for evidence alone.
        doc = self.kind_pipe(self.safeguarding_pipe(self.nlp.make_doc(text)))
        words = int(doc.to_array([IS_ALPHA]).sum()) if len(doc) else 0  # an array read, not a Token each
        return Reading(float(doc.cats.get(SAFEGUARDING, 0.0)), {k: float(doc.cats.get(k, 0.0)) for k in KINDS}, words)

    def flags_safeguarding(self, reading: Reading) -> bool:
        return reading.safeguarding >= self.settings.safeguarding_threshold

    def kind_ranking(self, reading: Reading) -> list[tuple[str, float]]:
        """The kinds from most to least likely; empty when there was no text to read."""
        return sorted(reading.kind.items(), key=lambda item: item[1], reverse=True)

    def best_sentence(self, chosen: list[Passage], pipe: str, label: str) -> tuple[str, str]:
        """The sentence the named classifier scores highest for ``label``, and its origin."""
        component = self.nlp.get_pipe(pipe)
        split = self.nlp.get_pipe("sentencizer")  # sentences only: the classifiers run per sentence below
        best = (-1.0, "", "")
        for passage in chosen:
            if passage.closing:
                continue
            for sentence in split(self.nlp.make_doc(passage.text.lower())).sents:
                score = float(component(self.nlp.make_doc(sentence.text)).cats.get(label, 0.0))
                if score > best[0]:
                    original = passage.text[sentence.start_char:sentence.end_char].strip()
                    best = (score, original, passage.origin)
        return best[1], best[2]
