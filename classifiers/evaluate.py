"""Score predicted labels against a labelled folder (labels.json + .eml), for the bench and tests.

Metrics follow the brief: accuracy and F1 per field, F1 on the positive class for true/false
fields, macro F1 over classes for the categorical fields, micro F1 over items for ``needs``;
safeguarding recall and precision; exact match of all twelve; confusion tables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from bot.records import LABEL_FIELDS

BOOLEAN_FIELDS = ("professional", "care_charges", "safeguarding", "stage2_request", "ombudsman", "representative")
CATEGORY_FIELDS = ("kind", "formality", "funding", "client_group", "sender_role")


def load_labelled(directory: str | Path) -> list[tuple[str, bytes, dict[str, Any]]]:
    """(file name, raw bytes, gold labels) for every labelled .eml in ``directory``."""
    folder = Path(directory)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return [(name, (folder / name).read_bytes(), gold) for name, gold in sorted(labels.items())
            if (folder / name).is_file()]


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp == 0:
        return 1.0 if fp == 0 and fn == 0 else 0.0
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _normal(field: str, value: Any) -> Any:
    if field == "needs":
        return tuple(sorted(value or []))
    return value


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Metrics for (gold, predicted) label dictionaries."""
    pairs = list(pairs)
    n = len(pairs)
    out: dict[str, Any] = {"n": n, "fields": {}}
    for field in LABEL_FIELDS:
        gold = [_normal(field, g[field]) for g, _ in pairs]
        pred = [_normal(field, p[field]) for _, p in pairs]
        accuracy = _rate(sum(a == b for a, b in zip(gold, pred)), n)
        if field in BOOLEAN_FIELDS:
            tp = sum(a and b for a, b in zip(gold, pred))
            fp = sum((not a) and b for a, b in zip(gold, pred))
            fn = sum(a and not b for a, b in zip(gold, pred))
            f1 = _f1(tp, fp, fn)
        elif field == "needs":
            tp = sum(len(set(a) & set(b)) for a, b in zip(gold, pred))
            fp = sum(len(set(b) - set(a)) for a, b in zip(gold, pred))
            fn = sum(len(set(a) - set(b)) for a, b in zip(gold, pred))
            f1 = _f1(tp, fp, fn)
        else:
            classes = sorted({str(v) for v in gold + pred})
            per_class = []
            for cls in classes:
                tp = sum(str(a) == cls and str(b) == cls for a, b in zip(gold, pred))
                fp = sum(str(a) != cls and str(b) == cls for a, b in zip(gold, pred))
                fn = sum(str(a) == cls and str(b) != cls for a, b in zip(gold, pred))
                per_class.append(_f1(tp, fp, fn))
            f1 = sum(per_class) / len(per_class) if per_class else 1.0
        out["fields"][field] = {"accuracy": accuracy, "f1": round(f1, 4)}
    gold_sg = [g["safeguarding"] for g, _ in pairs]
    pred_sg = [p["safeguarding"] for _, p in pairs]
    tp = sum(a and b for a, b in zip(gold_sg, pred_sg))
    out["safeguarding_recall"] = _rate(tp, sum(gold_sg))
    out["safeguarding_precision"] = _rate(tp, sum(pred_sg))
    out["exact_match"] = _rate(
        sum(all(_normal(f, g[f]) == _normal(f, p[f]) for f in LABEL_FIELDS) for g, p in pairs), n
    )
    out["confusion"] = {field: confusion(pairs, field) for field in ("kind", "formality")}
    return out


def confusion(pairs: list[tuple[dict[str, Any], dict[str, Any]]], field: str) -> dict[str, dict[str, int]]:
    """{gold value: {predicted value: count}}, null spelled "null"."""
    table: dict[str, dict[str, int]] = {}
    for gold, pred in pairs:
        row = table.setdefault(json.dumps(gold[field]).strip('"'), {})
        key = json.dumps(pred[field]).strip('"')
        row[key] = row.get(key, 0) + 1
    return table


def differences(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Fields where the prediction differs: {field: (gold, predicted)}."""
    return {f: (gold[f], pred[f]) for f in LABEL_FIELDS if _normal(f, gold[f]) != _normal(f, pred[f])}


def corpus_kinds(classify_raw, index_tsv: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Counts of (corpus category, predicted kind) over a real-world corpus of non-complaint mail.

    ``index_tsv`` lists ``path<TAB>source<TAB>category`` per file (category: bounce, auto_reply,
    spam, normal, malformed, other); ``classify_raw(bytes) -> kind``.  None of these messages is a
    complaint about adult social care, so every ``complaint`` here is a false one.  A file that
    cannot be classified is counted under ``error``.
    """
    index = Path(index_tsv)
    rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    if limit is not None:
        rows = rows[:limit]
    table: dict[str, dict[str, int]] = {}
    complaints: list[str] = []
    for row in rows:
        path, category = row[0], row[2] if len(row) > 2 else "other"
        try:
            predicted = classify_raw((index.parent / path).read_bytes())
        except Exception as exc:  # noqa: BLE001 - counted, not hidden
            predicted = f"error: {type(exc).__name__}"
        table.setdefault(category, {}).setdefault(predicted, 0)
        table[category][predicted] += 1
        if predicted == "complaint":
            complaints.append(f"{category}:{path}")
    total = {category: sum(row.values()) for category, row in table.items()}
    return {"n": len(rows), "by_category": table,
            "complaint_rate": {c: round(table[c].get("complaint", 0) / total[c], 3) for c in sorted(table)},
            "complaints": complaints}
