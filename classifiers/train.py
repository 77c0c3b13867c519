"""Train the text model (classifiers/model.py) from labelled sets of .eml files.

    complaints-bot train-model [SET_DIR ...] [--out DIR]

A set is a folder of .eml files with a labels.json (the format of tests/data/classify/*).
Without SET_DIR, the sets named in classifiers/model/settings.toml are read, relative to the
repository.  Training is deterministic (fixed seed, files in name order), takes about two
minutes, and records in meta.json a digest of everything it read, so a test can tell when the
labelled data changed and the model was not rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import random
import tomllib
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed

from bot.errors import ConfigError
from bot.parse import parse_message

from .evaluate import load_labelled
from .model import KINDS, OTHER, PIPELINE_DIR, SAFEGUARDING, SETTINGS, model_text
from .text import passages

REPO = Path(__file__).resolve().parents[1]
SEED = 0


@dataclass(frozen=True)
class Example_:
    """One labelled message as the model sees it."""

    name: str
    text: str
    safeguarding: bool
    kind: str


def configured_sets(settings: Path = SETTINGS) -> tuple[list[Path], dict]:
    """The set folders and training parameters named in settings.toml."""
    with settings.open("rb") as handle:
        config = tomllib.load(handle)
    training = config.get("training", {})
    folders: list[Path] = []
    for pattern in training.get("sets", []):
        matched = sorted(p for p in REPO.glob(pattern) if (p / "labels.json").is_file())
        if not matched:
            raise ConfigError(settings, f"[training] sets entry {pattern!r} matches no folder with a labels.json",
                              "name folders of .eml files with a labels.json, relative to the repository")
        folders.extend(matched)
    return folders, training


def read_sets(folders: list[Path], council_domains: tuple[str, ...] = ("council.example",)) -> list[Example_]:
    out = []
    for folder in folders:
        for name, raw, gold in load_labelled(folder):
            parsed = parse_message(raw, council_domains=council_domains)
            text = model_text(passages(parsed, council_domains))
            out.append(Example_(f"{folder.name}/{name}", text, bool(gold["safeguarding"]), gold["kind"]))
    return out


def digest(folders: list[Path]) -> str:
    """sha256 over every labels.json and .eml read, in order: changes when the data does."""
    h = hashlib.sha256()
    for folder in folders:
        for path in sorted([folder / "labels.json", *folder.glob("*.eml")]):
            h.update(f"{folder.name}/{path.name}\0".encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def train(examples: list[Example_], epochs: int = 12, ngram_size: int = 2, batch: int = 16):
    """A blank English pipeline with a sentencizer and two bag-of-words text classifiers
    (safeguarding, kind), trained together in memory on the same Doc of each message."""
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
             "ngram_size": ngram_size, "no_output_layer": False, "length": 262144}
    safeguarding = nlp.add_pipe("textcat", name=SAFEGUARDING, config={"model": model})
    for label in (SAFEGUARDING, OTHER):
        safeguarding.add_label(label)
    kind = nlp.add_pipe("textcat", name="kind", config={"model": model})
    for label in KINDS:
        kind.add_label(label)
    # Each classifier learns from its own copy of the examples: an exclusive textcat refuses
    # an example with two categories set, and each message has a kind and a safeguarding value.
    docs = [nlp.make_doc(e.text) for e in examples]
    data = {
        SAFEGUARDING: [_example(doc, {SAFEGUARDING: float(e.safeguarding), OTHER: float(not e.safeguarding)})
                       for doc, e in zip(docs, examples)],
        "kind": [_example(doc, {k: float(e.kind == k) for k in KINDS}) for doc, e in zip(docs, examples)],
    }
    for name, items in data.items():
        nlp.get_pipe(name).initialize(lambda items=items: items, nlp=nlp)
    optimizer = nlp.create_optimizer()
    shuffle = random.Random(SEED)
    order = list(range(len(examples)))
    for _ in range(epochs):
        shuffle.shuffle(order)
        for start in range(0, len(order), batch):
            chosen = order[start:start + batch]
            for name, items in data.items():
                nlp.get_pipe(name).update([items[i] for i in chosen], sgd=optimizer, drop=0.0)
    return nlp


def _example(doc, cats: dict[str, float]) -> Example:
    """A training example whose reference is a copy of the doc with these categories: the same as
    ``Example.from_dict(doc, {"cats": cats})``, without rebuilding the doc from its words (a few seconds
    over 13,000 messages)."""
    reference = doc.copy()
    reference.cats = cats
    return Example(doc, reference)


def build(folders: list[Path], out: Path, training: dict, examples: list[Example_] | None = None) -> dict:
    """Train on the folders (or on ``examples`` already read from them) and write the pipeline to
    ``out``; returns its meta."""
    examples = read_sets(folders) if examples is None else examples
    if not any(e.safeguarding for e in examples) or all(e.safeguarding for e in examples):
        raise ConfigError(", ".join(str(f) for f in folders), "the model needs messages with and without "
                          "safeguarding concerns to learn from", "add labelled sets of both")
    unknown = sorted({e.name for e in examples if e.kind not in KINDS})
    if unknown:
        raise ConfigError(unknown[0], f"kind is not one of {', '.join(KINDS)}", "correct its labels.json entry")
    nlp = train(examples, epochs=int(training.get("epochs", 12)), ngram_size=int(training.get("ngram_size", 2)),
                batch=int(training.get("batch", 16)))
    nlp.meta.update({
        "name": "complaints_textcat",
        "version": "1.0.0",
        "description": "Bag-of-words kind and safeguarding classifiers for the complaints bot (classifiers/model.py)",
        "license": "AGPL-3.0-or-later",
        "training_sets": [str(f.relative_to(REPO)) if f.is_relative_to(REPO) else str(f) for f in folders],
        "training_messages": len(examples),
        "training_positive": sum(e.safeguarding for e in examples),
        "training_digest": digest(folders),
    })
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    _sort_punct_chars(out / "sentencizer.json")
    return nlp.meta


def _sort_punct_chars(path: Path) -> None:
    """spaCy saves the sentencizer's punctuation set in hash order, which differs every run:
    sorted, a retrained model is the same file and `git diff` shows only real changes."""
    config = json.loads(path.read_text(encoding="utf-8"))
    config["punct_chars"] = sorted(config["punct_chars"])
    path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")


def main(argv_sets: list[str], out: str | None) -> dict:
    folders, training = configured_sets()
    if argv_sets:
        folders = [Path(s) for s in argv_sets]
        missing = [str(f) for f in folders if not (f / "labels.json").is_file()]
        if missing:
            raise ConfigError(", ".join(missing), "no labels.json in this folder",
                              "give folders of .eml files with a labels.json (the format of tests/data/classify)")
    meta = build(folders, Path(out) if out else PIPELINE_DIR, training)
    return {k: meta[k] for k in ("training_messages", "training_positive", "training_digest")}
