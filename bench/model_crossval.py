"""How well the text model does on mail it was not trained on; prints ONE JSON object.

    .venv/bin/python bench/model_crossval.py [--folds 5]

The committed model (classifiers/model/) is trained on every labelled set in the repository,
so scoring it on those sets flatters it.  This bench splits the sets into folds, trains a model
on all folds but one (classifiers/train.py, same settings), classifies the held-out fold with
the full classifier, and adds up the held-out results.  It reports the classifier with the
model and with the rules alone, on the same messages.  The rules, unlike the model, were
written while reading these sets' errors, so "rules" here is an optimistic figure; the
development set (../shared/samples/emails, never trained on) is scored as well.  About fifteen
minutes on one core with 14,000 labelled messages (five trainings).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.parse import parse_message  # noqa: E402
from classifiers import Classifier  # noqa: E402
from classifiers.evaluate import load_labelled, score  # noqa: E402
from classifiers.train import build, configured_sets  # noqa: E402

DEV = REPO.parents[0] / "shared" / "samples" / "emails"
DOMAINS = ("council.example",)


def summary(pairs: list[tuple[dict, dict]]) -> dict:
    report = score(pairs)
    return {
        "n": report["n"],
        "kind_accuracy": report["fields"]["kind"]["accuracy"],
        "safeguarding_recall": report["safeguarding_recall"],
        "safeguarding_precision": report["safeguarding_precision"],
        "exact_match": report["exact_match"],
        "f1": {name: field["f1"] for name, field in report["fields"].items()},
    }


def run(folds: int) -> dict:
    sets, training = configured_sets()
    parsed = {folder: [(parse_message(raw, council_domains=DOMAINS), gold) for _, raw, gold in load_labelled(folder)]
              for folder in sets}
    rules = Classifier(DOMAINS, model_dir=None)
    with_model: list[tuple[dict, dict]] = []
    rules_only: list[tuple[dict, dict]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(folds):
            held_out = sets[fold::folds]
            out = Path(tmp) / f"fold{fold}"
            build([s for s in sets if s not in held_out], out, training)
            classifier = Classifier(DOMAINS, model_dir=out)
            for folder in held_out:
                for message, gold in parsed[folder]:
                    with_model.append((gold, classifier.classify(message).labels.as_dict()))
                    rules_only.append((gold, rules.classify(message).labels.as_dict()))
    result = {
        "folds": folds,
        "sets": len(sets),
        "held_out": {"with_model": summary(with_model), "rules_only": summary(rules_only)},
        "seconds": round(time.perf_counter() - started, 1),
    }
    if (DEV / "labels.json").is_file():
        dev = [(parse_message(raw, council_domains=DOMAINS), gold) for _, raw, gold in load_labelled(DEV)]
        committed = Classifier(DOMAINS)
        result["dev"] = {
            "with_model": summary([(g, committed.classify(m).labels.as_dict()) for m, g in dev]),
            "rules_only": summary([(g, rules.classify(m).labels.as_dict()) for m, g in dev]),
        }
    else:
        result["dev"] = {"skipped": f"no labels.json in {DEV}"}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    print(json.dumps(run(parser.parse_args().folds)))


if __name__ == "__main__":
    main()
