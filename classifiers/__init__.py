"""Classification stage: the twelve LABELS.md fields, with evidence, for each ParsedMessage.

    from classifiers import Classifier
    classifier = Classifier(council_domains=("council.example",))
    result = classifier.classify(parsed)      # -> bot.records.Classification

How it works and how to extend the rules: docs/classifier.md.
"""

from .classifier import Classifier

__all__ = ["Classifier"]
