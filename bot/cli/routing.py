"""``classify`` and ``routing``: what the bot makes of a message, without acting on it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import Settings
from .common import dump


def cmd_classify(args: argparse.Namespace, settings: Settings) -> int:
    from classifiers.cli import classify_files

    return classify_files(args.files, sys.stdout, council_domains=settings.council.domains)


def cmd_train_model(args: argparse.Namespace, settings: Settings) -> int:
    from classifiers.train import main as train_main

    dump(train_main(args.sets, args.out))
    return 0


def cmd_routing_check(args: argparse.Namespace, settings: Settings) -> int:
    from ..act.letters import Letters
    from ..route import load_routing

    routing = load_routing(settings.routing_path)
    Letters(settings.templates_dir).check()
    print(f"{settings.routing_path}: OK - {len(routing.teams)} teams, {len(routing.rules)} rules, "
          f"fallback to {', '.join(routing.fallback)}")
    return 0


def cmd_routing_explain(args: argparse.Namespace, settings: Settings) -> int:
    from ..parse import parse_message
    from ..pipeline import shared_classifier
    from ..route import load_routing

    routing = load_routing(settings.routing_path)
    classifier = shared_classifier(tuple(settings.council.domains))
    for name in args.files:
        parsed = parse_message(Path(name).read_bytes(), council_domains=settings.council.domains)
        classification = classifier.classify(parsed)
        decision = routing.route(classification.labels)
        if args.json:
            dump({"file": name, "teams": decision.teams, "urgent": decision.urgent,
                   "matches": [m.__dict__ for m in decision.matches],
                   "labels": classification.labels.as_dict()})
            continue
        print(f"{name}:")
        labels = classification.labels.as_dict()
        print("  labels: " + ", ".join(f"{k}={v}" for k, v in labels.items()))
        for match in decision.matches:
            print(f"  rule {match.rule!r} matched because {match.reason} -> {', '.join(match.teams)}"
                  + (" (urgent)" if match.urgent else ""))
        for team in decision.teams:
            print(f"  send to {team}: {', '.join(routing.addresses(team))}")
    return 0


def register(sub, common) -> None:
    classify = sub.add_parser("classify", parents=[common], help="print the twelve labels of .eml files, one JSON line each")
    classify.add_argument("files", nargs="+", metavar="FILE.eml")
    classify.set_defaults(func=cmd_classify)
    train = sub.add_parser("train-model", parents=[common],
                           help="retrain the kind and safeguarding text model from labelled sets (default: those in "
                                "classifiers/model/settings.toml)")
    train.add_argument("sets", nargs="*", metavar="SET_DIR", help="folders of .eml files with a labels.json")
    train.add_argument("--out", metavar="DIR", help="write the model here instead of classifiers/model/textcat")
    train.set_defaults(func=cmd_train_model)
    routing = sub.add_parser("routing", help="check routing.toml or explain a routing decision")
    rsub = routing.add_subparsers(dest="routing_command", required=True, metavar="ACTION")
    rsub.add_parser("check", parents=[common], help="validate routing.toml and the letter templates").set_defaults(func=cmd_routing_check)
    explain = rsub.add_parser("explain", parents=[common], help="which rules a message matches and why")
    explain.add_argument("files", nargs="+", metavar="FILE.eml")
    explain.set_defaults(func=cmd_routing_explain)
