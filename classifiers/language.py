"""Which language the writer used, so the acknowledgement can offer an interpreter in it.

py3langid (a maintained, dependency-light fork of langid.py: 97+ languages,
naive Bayes over byte n-grams, ~1 s to load, well under 1 ms per message) is
restricted to the languages in languages.toml, which makes short texts reliable.
No maintained library identifies Urdu or Punjabi typed in Latin letters, so a
small marker-word list in the same file catches those.  Anything uncertain is
taken as English: the classifier's patterns are English, and a wrong non-English
guess would add a spurious interpreter need.
"""

from __future__ import annotations

import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .patterns import LanguageConfig

_SAMPLE_CHARS = 800
_MIN_SAMPLED_WORDS = 10  # fewer words than this say too little about the language to skip py3langid
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Common English function words, to tell romanised Urdu from English that merely contains "ki" or "se".
_ENGLISH = frozenset(
    "the and is to of my i you not she he it for with this that was are have please be in on at we they "
    "her his our your what when why how from has had".split()
)


class LanguageDetector:
    """Loaded once; ``detect`` returns (ISO 639-1 code, probability)."""

    def __init__(self, config: LanguageConfig):
        self.config = config
        self.identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.identifier.set_languages(config.candidates)

    def detect(self, text: str) -> tuple[str, float]:
        words = [w.lower() for w in _WORD.findall(text)]
        romanised = self._romanised(words)
        if romanised:
            return romanised, 1.0
        letters = sum(len(w) for w in words)
        if letters < self.config.min_letters:
            return "en", 1.0
        # a few hundred characters are plenty for naive Bayes over n-grams, and keep it fast
        sample = text[:_SAMPLE_CHARS]
        sampled = [w.lower() for w in _WORD.findall(sample)]
        if len(sampled) >= _MIN_SAMPLED_WORDS and \
                sum(w in _ENGLISH for w in sampled) >= self.config.english_share * len(sampled):
            return "en", 1.0  # plainly English: no need to ask py3langid (languages.toml, english_share)
        code, probability = self.identifier.classify(sample)
        if code != "en" and probability < self.config.min_confidence:
            return "en", 1.0 - probability
        return code, probability

    def _romanised(self, words: list[str]) -> str | None:
        english = sum(1 for w in words if w in _ENGLISH)
        for code, markers in self.config.romanised.items():
            marker_set = set(markers)
            hits = [w for w in words if w in marker_set]
            if len(set(hits)) >= self.config.romanised_min_hits and len(hits) > english:
                return code
        return None

    def name(self, code: str) -> str:
        return self.config.names.get(code, code)
