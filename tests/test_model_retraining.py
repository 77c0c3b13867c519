"""The committed text model is exactly what the labelled sets in the repository train.

A file of its own because it is one of the suite's longest tests (a full training run, about two minutes on
the 2-core build machines since session 26's batch of 32): marked slow, it is handed to a worker first
(tests/conftest.py), so the other worker's files run beside it instead of after it.
"""

from __future__ import annotations

import json

import pytest
import spacy

from classifiers.model import PIPELINE_DIR
from classifiers.train import build, configured_sets, read_sets

# Every fourth message is compared: enough to see any difference between two trainings (a changed
# weight moves the readings of thousands of messages), in a quarter of the time of reading all.
COMPARE_EVERY = 4


@pytest.mark.slow
def test_retraining_reproduces_the_committed_model(tmp_path):
    # Training is deterministic (fixed seed, files in name order), so the model in git is provably the
    # one the data gives.  Not byte for byte: the linear algebra library picks kernels for the CPU it
    # runs on, and two CPU families round float32 sums differently in the last bit (seen in session 9:
    # differences of 1e-7 between an Intel and an AMD machine).  So the retrained model must read the
    # labelled messages (every fourth) as the committed one does, to within 1e-5.
    folders, training = configured_sets()
    examples = read_sets(folders)  # read once (about 40 s): for training and for the comparison
    build(folders, tmp_path / "textcat", training, examples)
    committed, retrained = spacy.load(PIPELINE_DIR), spacy.load(tmp_path / "textcat")
    assert len(examples) == json.loads((PIPELINE_DIR / "meta.json").read_text())["training_messages"]
    texts = [e.text for e in examples[::COMPARE_EVERY]]
    worst = 0.0
    for ours, theirs in zip(committed.pipe(texts), retrained.pipe(texts)):
        worst = max(worst, *(abs(ours.cats[label] - theirs.cats[label]) for label in ours.cats))
    assert worst < 1e-5, f"the committed model differs from a fresh training run by {worst}: run `make model`"
