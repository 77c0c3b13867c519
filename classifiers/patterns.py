"""Load and validate the pattern files in ``classifiers/patterns/``.

The rules live in TOML so that a complaints expert can read and extend them
without Python.  This module turns each file into typed records and checks
everything it can (unknown keys, signals, categories, lists, pattern syntax),
raising :class:`bot.errors.ConfigError` with the file, the line and a fix.

Pattern syntax (one string per pattern, tokens separated by spaces):

``word``       the word, any case.  Words are compared by spaCy's NORM, which spells
               out contractions, so ``can not`` matches "can't", "cannot" and "can not",
               and ``i am`` matches "I'm".
``a|b|c``      any ONE of these single words (``i am|was`` is "i" then "am" or "was")
``(a b|c)``    one of these phrases: ``(no one|nobody) came`` is "no one came" or "nobody
               came"; ``(at all)?`` makes the phrase optional.  Use brackets whenever an
               alternative is more than one word: ``no one|nobody`` would mean "no", then
               "one" or "nobody".  Words and bracketed phrases mix: ``council|(social services)``,
               and so do kinds of token: ``£|#num``, ``cut|~review`` (each choice its own pattern).
               A bracket with spaces round it, ``( #num )``, is the bracket character itself.
``~lemma``     any form of the word: ``~hit`` matches hit, hits, hitting
``$list``      any word of a list in ``lists.toml`` (``~$list`` for lemmas)
``!a|b``       one token that is none of these words (``!$list`` too)
``#num``       a number; also ``#title`` (starts with a capital), ``#any`` (any token)
suffixes       ``?`` optional, ``*`` any number, ``+`` one or more,
               ``{0,3}`` between 0 and 3 times (``#any{0,3}`` = a short gap)
``\\?``        a backslash makes the next character literal
A plain word that spaCy splits (``don't`` -> ``do not``) is split for you.
"""

from __future__ import annotations

import copy
import re
from datetime import date
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from negspacy.termsets import termset as negspacy_termset

from bot.errors import ConfigError

PATTERN_DIR = Path(__file__).resolve().parent / "patterns"

# The contexts a concept can be cancelled by; each is one negex component (see nlp.py).
CONTEXTS: tuple[str, ...] = ("negated", "hypothetical", "question", "historical", "resolved")

# Which signals each field-group file may use; the field modules read these names.
FIELD_SIGNALS: dict[str, frozenset[str]] = {
    "automatic": frozenset({"out_of_office", "delivery_failure", "read_receipt", "ticket_ack", "spam", "relay"}),
    "kind": frozenset({"dissatisfaction", "complaint_intent", "not_complaint", "enquiry", "praise", "provider_ack",
                        "care_topic", "not_care_topic", "other_topic", "business_mail", "thanks_word",
                        "lookalike"}),
    "formality": frozenset({"formal_request", "informal_request", "formal_history", "raised_before", "unresolved"}),
    "safeguarding": frozenset({"concern", "process", "resolution", "recovery", "lookalike", "accident", "fair_verdict",
                               "vouching", "recurrence", "doubted"}),
    "people": frozenset(
        {
            "professional_role",
            "caller_role",
            "caller_is_person",
            "provider_role",
            "address_line",
            "elected_member",
            "member_copied",
            "personal_capacity",
            "call_note",
            "web_form",
            "third_party",
            "third_party_generic",
            "carer_of_writer",
            "self_subject",
            "writes_for_self",
            "age_self",
            "age_other",
            "birth_year",
            "older_condition",
            "young_onset",
            "disability_condition",
            "physical_condition",
            "older_setting",
            "council_target",
            "own_service_notice",
        }
    ),
    "money": frozenset({"council_funded", "self_funded", "charges", "not_charges", "not_funding"}),
    "escalation": frozenset({"stage2_request", "response_dissatisfied", "no_response", "stage2_past", "stage2_other", "ombudsman"}),
    "needs": frozenset({"interpreter_language", "interpreter_generic", "not_a_need", "bsl", "accessible_format",
                        "advocacy", "help_with_it", "english_is_fine"}),
}

# Care and Support Statutory Guidance, section 14.17: the categories of abuse and neglect.
SAFEGUARDING_CATEGORIES: frozenset[str] = frozenset(
    {
        "physical",
        "domestic",
        "sexual",
        "psychological",
        "financial",
        "modern_slavery",
        "discriminatory",
        "organisational",
        "neglect",
        "self_neglect",
        "general",
    }
)

_SPECIAL_FILES = {"lists.toml", "context.toml", "languages.toml"}
_CONCEPT_KEYS = {
    "name", "signal", "patterns", "strength", "category", "cancelled_by", "where", "weight", "note", "examples",
    "explains", "language",
}
_DEFAULT_KEYS = {"strength", "cancelled_by", "where", "weight"}
_CLASSES = {"num": {"LIKE_NUM": True}, "title": {"TEXT": {"REGEX": r"^(?!I$)[A-Z]"}}, "any": {}}
_QUANT = re.compile(r"(\?|\*|\+|\{\d*,?\d*\})$")
# "(a b|c)" with no space inside the brackets; a bracket standing alone ("( #num )") is literal
_GROUP = re.compile(r"(?:(?<=\s)|^)\((?=\S)([^()]*?\S)\)(\??)(?=\s|$)")
_OPEN_GROUP = re.compile(r"(?:\s|^)\(\S")
# words and bracketed phrases mixed in one alternation: "staff|(social services)|council"
_MIXED = re.compile(r"(?<!\S)((?:[^\s()|]+|\((?=\S)[^()]*?\S\))(?:\|(?:[^\s()|]+|\((?=\S)[^()]*?\S\)))+)(?!\S)")
_MAX_CHOICES = 256


# Characters of the scripts that leave no spaces between words: Chinese and Japanese (and their punctuation), Thai and
# Lao, Burmese, Khmer.  The tokenizer (nlp.blank_english) makes each such character a token, and a pattern's word in
# them is a phrase.
UNSPACED_CHARACTER = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)


@dataclass(frozen=True)
class Concept:
    """One named concept: the patterns that find it and what it signals."""

    name: str
    group: str  # the field group (file stem)
    signal: str
    patterns: tuple[str, ...]
    # per pattern, its token patterns: one for a plain pattern, one per phrase choice for "(a b|c)"
    token_patterns: tuple[tuple[tuple[dict[str, Any], ...], ...], ...]
    strength: str = "strong"
    category: str = ""
    cancelled_by: frozenset[str] = frozenset()
    # for an "accident" signal: the concepts an accident the writer describes explains (falls, injuries)
    explains: frozenset[str] = frozenset()
    where: str = "body"  # body, closing or any
    # "en", or "other" for seed lists of words in other languages, which English-only readings (the pronoun "I") skip
    language: str = "en"
    weight: float = 1.0
    examples: tuple[str, ...] = ()
    path: str = ""
    line: int | None = None


@dataclass
class ContextTerms:
    """One negex termset: the four lists negspacy expects."""

    pseudo_negations: list[str] = field(default_factory=list)
    preceding_negations: list[str] = field(default_factory=list)
    following_negations: list[str] = field(default_factory=list)
    termination: list[str] = field(default_factory=list)

    def as_negspacy(self) -> dict[str, list[str]]:
        return {
            "pseudo_negations": _with_curly(self.pseudo_negations),
            "preceding_negations": _with_curly(self.preceding_negations),
            "following_negations": _with_curly(self.following_negations),
            "termination": _with_curly(self.termination),
        }


def _with_curly(terms: list[str]) -> list[str]:
    """The terms, and each one holding an apostrophe also written with the typographic one that
    Outlook and phones type: "don’t" is "don't" (session 13: a "don’t want to make a big formal
    complaint" was read as asking for one)."""
    out = list(terms)
    out += [t.replace("'", "\u2019") for t in terms if "'" in t and t.replace("'", "\u2019") not in terms]
    return out


@dataclass
class LanguageConfig:
    """Settings for language identification (languages.toml)."""

    candidates: list[str]
    min_confidence: float
    min_letters: int
    english_share: float
    romanised: dict[str, list[str]]
    romanised_min_hits: int
    names: dict[str, str]


@dataclass
class PatternSet:
    """Everything the classifier reads from the pattern directory."""

    directory: Path
    concepts: list[Concept]
    contexts: dict[str, ContextTerms]
    lists: dict[str, list[str]]
    language: LanguageConfig
    spellings: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)

    def by_name(self) -> dict[str, Concept]:
        return {c.name: c for c in self.concepts}


def _line_of(text: str, needle: str, start: int = 0) -> int | None:
    """1-based line of the first occurrence of ``needle`` at or after ``start``."""
    pos = text.find(needle, start)
    if pos < 0:
        return None
    return text.count("\n", 0, pos) + 1


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read the pattern file: {exc}", "check the file exists and is UTF-8") from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ConfigError(
            path,
            f"not valid TOML: {exc}",
            "check quotes, brackets and commas on that line (strings in double quotes; lists in [ ])",
            int(match.group(1)) if match else None,
        ) from exc
    return data, raw


class _Compiler:
    """Turns pattern strings into spaCy token patterns, with helpful errors."""

    def __init__(self, tokenizer: Any, lists: dict[str, list[str]]):
        self.tokenizer = tokenizer
        self.lists = lists

    def compile(self, pattern: str) -> list[list[dict[str, Any]]]:
        """The token patterns for one pattern string: one per choice of its "(a b|c)" groups."""
        if not isinstance(pattern, str) or not pattern.strip():
            raise ValueError("a pattern must be a non-empty string")
        out = []
        for text in self._choices(pattern):
            _check_phrases_in_alternatives(text)
            tokens: list[dict[str, Any]] = []
            for raw in text.split():
                tokens.extend(self._token(raw))
            if all(t.get("OP") in {"?", "*"} or str(t.get("OP", "")).startswith("{0") for t in tokens):
                raise ValueError(f"pattern {pattern!r} can match nothing: every token is optional")
            out.append(tokens)
        return out

    def _choices(self, pattern: str) -> list[str]:
        """Spell out the phrase groups: "(no one|nobody) came" -> "no one came", "nobody came"."""
        # "a|(b c)|d" is the group "(a|b c|d)": a single word is a phrase of one word.  So is an
        # alternation that mixes kinds of token, "£|#num" or "cut|~review": each choice is its own pattern.
        texts = [_MIXED.sub(_as_group, pattern)]
        while any(_GROUP.search(text) for text in texts):
            expanded = []
            for text in texts:
                match = _GROUP.search(text)
                if match is None:
                    expanded.append(text)
                    continue
                options = [o.strip() for o in match.group(1).split("|")]
                if any(not o for o in options):
                    raise ValueError(f"empty phrase in {match.group(0)!r}")
                options = _merge_single_words(options)
                if match.group(2):
                    options.append("")
                expanded.extend(f"{text[:match.start()]} {o} {text[match.end():]}" for o in options)
            texts = expanded
            if len(texts) > _MAX_CHOICES:
                raise ValueError(f"pattern {pattern!r} spells out to over {_MAX_CHOICES} phrases: split it up")
        if any(_OPEN_GROUP.search(text) for text in texts):
            raise ValueError(f"unclosed or nested brackets in {pattern!r}: write (a b|c) with no brackets inside, "
                             f"or a lone ( with spaces round it for the character itself")
        return [" ".join(text.split()) for text in texts]

    def _words(self, body: str) -> list[str]:
        words = [w for w in body.split("|")]
        if any(not w for w in words):
            raise ValueError(f"empty alternative in {body!r}")
        return words

    def _list(self, name: str) -> list[str]:
        if name not in self.lists:
            known = ", ".join(sorted(self.lists)) or "none"
            raise ValueError(f"unknown list ${name} (lists.toml has: {known})")
        return self.lists[name]

    def _token(self, raw: str) -> list[dict[str, Any]]:
        op = ""
        if raw.startswith("\\"):
            return [{"NORM": self._norm(raw[1:])}]
        else:
            match = _QUANT.search(raw)
            if match and len(raw) > len(match.group(1)):
                op = match.group(1)
                raw = raw[: -len(op)]
                if op.startswith("{") and not re.fullmatch(r"\{\d+(,\d*)?\}|\{,\d+\}", op):
                    raise ValueError(f"bad repeat {op!r}: write {{n}}, {{m,n}}, {{n,}} or {{,n}}")
            body = raw
        spec: dict[str, Any]
        if body.startswith("#"):
            cls = body[1:].lower()
            if cls not in _CLASSES:
                raise ValueError(f"unknown token class {body!r}: use #num, #title or #any")
            spec = dict(_CLASSES[cls])
        elif body.startswith("!"):
            spec = {"NORM": {"NOT_IN": [self._norm(w) for w in self._expand(body[1:])]}}
        elif body.startswith("~"):
            # "~hit|~slap" and "~hit|slap" both mean: any form of hit or slap
            spec = {"LEMMA": {"IN": self._expand("|".join(w.lstrip("~") for w in body[1:].split("|")))}}
        else:
            if "|" not in body and not op and not body.startswith("$"):
                split = [t.norm_ for t in self.tokenizer(body.lower())]
                if len(split) > 1:
                    return [{"NORM": w} for w in split]
            words = [self._norm(w) for w in self._expand(body)]
            spec = {"NORM": {"IN": words}} if len(words) > 1 or body.startswith("$") else {"NORM": words[0]}
        if op:
            spec["OP"] = op
        return [spec]

    def _expand(self, body: str) -> list[str]:
        out: list[str] = []
        for word in self._words(body):
            if word.startswith(("~", "#", "!")) and len(word) > 1:
                raise ValueError(
                    f"{word!r} inside {body!r}: a token is either all ~lemmas (start it with ~) or all words; "
                    f"#classes and ! cannot be alternatives"
                )
            if word.startswith("$"):
                out.extend(self._list(word[1:]))
                continue
            word = word.lower()
            if len(self.tokenizer(word)) > 1:
                parts = " ".join(t.norm_ for t in self.tokenizer(word))
                if UNSPACED_CHARACTER.search(word):
                    raise ValueError(f"{word!r} is {len(parts.split())} tokens, one a character; a|b chooses between "
                                     f"single tokens: write each word as a phrase in brackets, (瘀伤)|(瘀痕)")
                raise ValueError(
                    f"{word!r} is more than one token for spaCy ({parts}); a|b chooses between single words: "
                    f"write the words in full as separate tokens (\"does not\" also matches \"doesn't\")"
                )
            out.append(word)
        return out

    def _norm(self, word: str) -> str:
        """The NORM spaCy gives this word as a token (contractions spelled out)."""
        tokens = self.tokenizer(word.lower())
        return tokens[0].norm_ if len(tokens) == 1 else word.lower()


def _check_keys(data: dict[str, Any], allowed: set[str], path: Path, raw: str, where: str) -> None:
    for key in data:
        if key not in allowed:
            raise ConfigError(
                path,
                f"unknown key {key!r} in {where}",
                f"use only: {', '.join(sorted(allowed))}",
                _line_of(raw, key),
            )


def _load_lists(path: Path, data: dict[str, Any], raw: str) -> dict[str, list[str]]:
    lists = data.get("lists", {})
    if not isinstance(lists, dict):
        raise ConfigError(path, "[lists] must be a table of word lists", "write: [lists] then name = [\"a\", \"b\"]")
    out: dict[str, list[str]] = {}
    for name, words in lists.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(path, f"list {name!r} must be a non-empty list of words", 'e.g. name = ["mum", "dad"]',
                              _line_of(raw, name))
        bad = [w for w in words if " " in w.strip()]
        if bad:
            raise ConfigError(path, f"list {name!r} has multi-word entries {bad}", "a list holds single words; put "
                              "phrases in a concept's patterns", _line_of(raw, bad[0]))
        out[name] = [w.strip().lower() for w in words]
    return out


def _check_list_tokens(path: Path, lists: dict[str, list[str]], tokenizer: Any) -> None:
    """A list word that spaCy splits into several tokens could never match a single token."""
    raw = path.read_text(encoding="utf-8")
    for name, words in lists.items():
        for word in words:
            if len(tokenizer(word)) > 1:
                parts = " ".join(t.text for t in tokenizer(word))
                raise ConfigError(path, f"list {name!r}: {word!r} is several tokens for spaCy ({parts})",
                                  "lists hold single words; put the phrase in a concept's patterns instead",
                                  _line_of(raw, f'"{word}"'))


def _load_contexts(path: Path) -> dict[str, ContextTerms]:
    data, raw = _read_toml(path)
    keys = ("pseudo_negations", "preceding_negations", "following_negations", "termination")
    out: dict[str, ContextTerms] = {}
    for name in CONTEXTS:
        table = data.get(name)
        if not isinstance(table, dict):
            raise ConfigError(path, f"missing table [{name}]", f"add a [{name}] table with {', '.join(keys)}")
        _check_keys(table, set(keys) | {"base", "remove", "past_years"}, path, raw, f"[{name}]")
        base = table.get("base")
        if base:
            try:
                # negspacy's termset.add_patterns() mutates module-level defaults: deep-copy first.
                terms = copy.deepcopy(negspacy_termset(base).get_patterns())
            except KeyError as exc:
                raise ConfigError(path, f"unknown negspacy termset {base!r}", "use en, en_clinical or "
                                  "en_clinical_sensitive", _line_of(raw, str(base))) from exc
        else:
            terms = {k: [] for k in keys}
        for key in keys:
            extra = table.get(key, [])
            if not isinstance(extra, list) or not all(isinstance(x, str) and x.strip() for x in extra):
                raise ConfigError(path, f"[{name}] {key} must be a list of phrases", 'e.g. ["nobody", "no one"]',
                                  _line_of(raw, key))
            terms[key] = sorted(set(terms[key]) | {x.strip().lower() for x in extra})
        templates = table.get("past_years", [])
        if not isinstance(templates, list) or not all(isinstance(x, str) and "{year}" in x for x in templates):
            raise ConfigError(path, f"[{name}] past_years must be a list of phrases with {{year}} in them",
                              'e.g. past_years = ["in {year}", "spring {year}"]', _line_of(raw, "past_years"))
        if templates:
            # Years before this one, so the list does not go stale: in 2027 "in 2026" is the past too.
            years = range(2000, date.today().year)
            phrases = {t.format(year=y).lower() for t in templates for y in years}
            for key in ("preceding_negations", "following_negations"):
                terms[key] = sorted(set(terms[key]) | phrases)
        remove = table.get("remove", {})
        if not isinstance(remove, dict):
            raise ConfigError(path, f"[{name}] remove must be a table", f"write [{name}.remove] then key = [...]")
        for key, words in remove.items():
            if key not in keys:
                raise ConfigError(path, f"unknown key {key!r} in [{name}.remove]", f"use {', '.join(keys)}",
                                  _line_of(raw, key))
            terms[key] = [t for t in terms[key] if t not in {w.lower() for w in words}]
        out[name] = ContextTerms(**terms)
    return out


def _load_abbreviations(path: Path, data: dict[str, Any], raw: str) -> dict[str, str]:
    """[abbreviations] in lists.toml: short forms whose full stop does not end the sentence, each with its word."""
    table = data.get("abbreviations", {})
    if not isinstance(table, dict):
        raise ConfigError(path, "[abbreviations] must be a table", 'write: [abbreviations] then "d.o.b." = "dob"')
    out: dict[str, str] = {}
    section = max(raw.find("[abbreviations]"), 0)  # the forms are also named in the comment above the table
    for form, word in table.items():
        line = _line_of(raw, form, section)
        if not form.endswith(".") or " " in form.strip():
            raise ConfigError(path, f"abbreviation {form!r} must be one word ending in a full stop",
                              'e.g. "d.o.b." = "dob"', line)
        if not isinstance(word, str) or not word.strip() or " " in word.strip():
            raise ConfigError(path, f"abbreviation {form!r} must name one word", 'e.g. "d.o.b." = "dob"', line)
        out[form.strip().lower()] = word.strip().lower()
    return out


def _load_spellings(path: Path, data: dict[str, Any], raw: str, tokenizer: Any) -> dict[str, str]:
    """[spellings] in lists.toml: text-speak and common spellings, each read as the word it stands for."""
    table = data.get("spellings", {})
    if not isinstance(table, dict):
        raise ConfigError(path, "[spellings] must be a table", 'write: [spellings] then any1 = "anyone"')
    out: dict[str, str] = {}
    for form, word in table.items():
        if not isinstance(word, str) or not word.strip():
            raise ConfigError(path, f"spelling {form!r} must name one word", 'e.g. any1 = "anyone"', _line_of(raw, form))
        for text in (form, word):
            if len(tokenizer(text)) != 1:
                raise ConfigError(path, f"spelling {form!r} = {word!r}: {text!r} is more than one token for spaCy",
                                  "both sides must be single words", _line_of(raw, form))
        out[form.lower()] = word.strip().lower()
    return out


def _load_languages(path: Path) -> LanguageConfig:
    data, raw = _read_toml(path)
    _check_keys(data, {"candidates", "min_confidence", "min_letters", "english_share", "romanised", "romanised_min_hits",
                       "names"},
                path, raw, "languages.toml")
    try:
        candidates = [str(c) for c in data["candidates"]]
        cfg = LanguageConfig(
            candidates=candidates,
            min_confidence=float(data.get("min_confidence", 0.9)),
            min_letters=int(data.get("min_letters", 40)),
            english_share=float(data.get("english_share", 1.0)),
            romanised={k: [w.lower() for w in v] for k, v in data.get("romanised", {}).items()},
            romanised_min_hits=int(data.get("romanised_min_hits", 3)),
            names={str(k): str(v) for k, v in data.get("names", {}).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(path, f"bad language settings: {exc}", "see the comments at the top of languages.toml") from exc
    if "en" not in cfg.candidates:
        raise ConfigError(path, "candidates must include 'en'", 'add "en" to candidates', _line_of(raw, "candidates"))
    return cfg


def _alternatives(token: str) -> list[str]:
    return [a.lstrip("~") for a in _QUANT.sub("", token).split("|")]


def _check_phrases_in_alternatives(text: str) -> None:
    """Catch the commonest slip, a phrase written as an alternative: "heard nothing|nothing back" (the
    word "nothing" twice) or "where|to where" (a word on both sides of a token).  Both almost always
    mean the writer wanted "(heard nothing|nothing back)"; neither can be right as written."""
    tokens = text.split()
    for number, token in enumerate(tokens):
        if "|" not in token or token.startswith(("#", "$", "!", "\\")):
            continue
        words = _alternatives(token)
        repeated = sorted({w for w in words if words.count(w) > 1})
        if repeated:
            raise ValueError(f"{token!r} lists {repeated[0]!r} twice: if you meant a choice of phrases, "
                             f"write them in brackets, (heard nothing|nothing back)")
        for neighbour in tokens[max(0, number - 1):number] + tokens[number + 1:number + 2]:
            shared = sorted(set(words) & set(_alternatives(neighbour)) - {""})
            if shared and not neighbour.startswith(("#", "$", "!", "\\")):
                raise ValueError(f"{shared[0]!r} is in {token!r} and next to it in {neighbour!r}: if you meant a "
                                 f"choice of phrases, write them in brackets, (where|to where)")


def _merge_single_words(options: list[str]) -> list[str]:
    """Fewer patterns to match: the one-word choices of a group of one kind become one a|b token
    ("(nobody|noone|no one)" -> "nobody|noone", "no one"), the rest stay choices of their own.  A word in a script
    read a character at a time (Chinese, Japanese, Thai, Burmese ...) is as many tokens as it has characters, so it stays
    a phrase: "(瘀伤)|(瘀痕)"."""
    words = [o for o in options if re.fullmatch(r"[^\s~#$!|?*+{}]+", o) and not o.startswith("\\")
             and not (len(o) > 1 and UNSPACED_CHARACTER.search(o))]
    lemmas = [o for o in options if re.fullmatch(r"~[^\s~#$!|?*+{}]+", o)]
    rest = [o for o in options if o not in words and o not in lemmas]
    merged = ["|".join(words)] if words else []
    merged += ["|".join(lemmas)] if lemmas else []
    return merged + rest


def _as_group(match: re.Match[str]) -> str:
    token = match.group(1)
    alternatives = token.split("|")
    kinds = {a[0] if a[:1] in {"~", "#", "$"} else "w" for a in alternatives if not a.startswith("(")}
    mixed = "(" in token or len(kinds) > 1 and not any(a[-1:] in "?*+}" for a in alternatives)
    return "(" + token.replace("(", "").replace(")", "") + ")" if mixed else token


def _load_concepts(path: Path, compiler: _Compiler) -> list[Concept]:
    data, raw = _read_toml(path)
    group = path.stem
    if group not in FIELD_SIGNALS:
        raise ConfigError(
            path,
            f"no field group called {group!r}",
            f"name concept files after a field group: {', '.join(sorted(FIELD_SIGNALS))}.toml",
        )
    _check_keys(data, {"defaults", "concept"}, path, raw, "the file")
    defaults = data.get("defaults", {})
    _check_keys(defaults, _DEFAULT_KEYS, path, raw, "[defaults]")
    concepts: list[Concept] = []
    entries = data.get("concept", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(path, "no [[concept]] entries", "add at least one [[concept]] table")
    offset = 0
    for entry in entries:
        name = entry.get("name")
        line = _line_of(raw, f'"{name}"', offset) if isinstance(name, str) else None
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise ConfigError(path, f"concept name {name!r} is missing or not lower_snake_case",
                              'give every [[concept]] a name = "like_this"', line)
        offset = raw.find(f'"{name}"', offset) + 1
        _check_keys(entry, _CONCEPT_KEYS, path, raw, f"concept {name!r}")
        merged = {**defaults, **entry}
        signal = merged.get("signal")
        if signal not in FIELD_SIGNALS[group]:
            raise ConfigError(path, f"concept {name!r} has signal {signal!r}",
                              f"use one of: {', '.join(sorted(FIELD_SIGNALS[group]))}", line)
        strength = merged.get("strength", "strong")
        if strength not in {"strong", "weak"}:
            raise ConfigError(path, f"concept {name!r} has strength {strength!r}", 'use "strong" or "weak"', line)
        category = merged.get("category", "")
        if group == "safeguarding" and category not in SAFEGUARDING_CATEGORIES:
            raise ConfigError(path, f"concept {name!r} has category {category!r}",
                              f"use a statutory guidance category: {', '.join(sorted(SAFEGUARDING_CATEGORIES))}", line)
        cancelled = merged.get("cancelled_by", [])
        if not isinstance(cancelled, list) or any(c not in CONTEXTS for c in cancelled):
            raise ConfigError(path, f"concept {name!r} has cancelled_by {cancelled!r}",
                              f"use a list drawn from: {', '.join(CONTEXTS)}", line)
        where = merged.get("where", "body")
        if where not in {"body", "closing", "any"}:
            raise ConfigError(path, f"concept {name!r} has where {where!r}", 'use "body", "closing" or "any"', line)
        language = merged.get("language", "en")
        if language not in {"en", "other"}:
            raise ConfigError(path, f"concept {name!r} has language {language!r}",
                              'use "en" (the default) or "other" for words of other languages', line)
        patterns = merged.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise ConfigError(path, f"concept {name!r} has no patterns", "add patterns = [\"...\"]", line)
        compiled = []
        for pattern in patterns:
            try:
                compiled.append(tuple(tuple(tokens) for tokens in compiler.compile(pattern)))
            except ValueError as exc:
                raise ConfigError(path, f"concept {name!r}: {exc}",
                                  "see the pattern syntax at the top of the file or in docs/classifier.md",
                                  _line_of(raw, str(pattern)) or line) from exc
        explains = merged.get("explains", [])
        if not isinstance(explains, list) or not all(isinstance(x, str) for x in explains):
            raise ConfigError(path, f"concept {name!r}: explains must be a list of concept names",
                              'e.g. explains = ["fall", "physical_injury"]', line)
        examples = merged.get("examples", [])
        if not isinstance(examples, list) or not all(isinstance(x, str) for x in examples):
            raise ConfigError(path, f"concept {name!r}: examples must be a list of sentences", "", line)
        try:
            weight = float(merged.get("weight", 1.0))
        except (TypeError, ValueError) as exc:
            raise ConfigError(path, f"concept {name!r} has a weight that is not a number", "e.g. weight = 2",
                              line) from exc
        concepts.append(
            Concept(
                name=name,
                group=group,
                signal=signal,
                patterns=tuple(patterns),
                token_patterns=tuple(compiled),
                strength=strength,
                category=category,
                cancelled_by=frozenset(cancelled),
                explains=frozenset(explains),
                where=where,
                language=language,
                weight=weight,
                examples=tuple(examples),
                path=str(path),
                line=line,
            )
        )
    return concepts


def load_patterns(directory: str | Path | None = None, *, tokenizer: Any = None) -> PatternSet:
    """Read and validate every pattern file in ``directory`` (default: the package's own)."""
    directory = Path(directory) if directory else PATTERN_DIR
    if not directory.is_dir():
        raise ConfigError(directory, "pattern directory not found", "pass the folder that holds the *.toml files")
    for required in sorted(_SPECIAL_FILES):
        if not (directory / required).is_file():
            raise ConfigError(directory / required, "required pattern file is missing",
                              "copy it from classifiers/patterns/ in the source tree")
    if tokenizer is None:
        from .nlp import blank_english  # (nlp.py imports this module, so not at the top)

        tokenizer = blank_english().tokenizer
    lists_path = directory / "lists.toml"
    lists_data, lists_raw = _read_toml(lists_path)  # [lists], [spellings], [abbreviations]
    lists = _load_lists(lists_path, lists_data, lists_raw)
    _check_list_tokens(lists_path, lists, tokenizer)
    spellings = _load_spellings(lists_path, lists_data, lists_raw, tokenizer)
    abbreviations = _load_abbreviations(lists_path, lists_data, lists_raw)
    contexts = _load_contexts(directory / "context.toml")
    language = _load_languages(directory / "languages.toml")
    compiler = _Compiler(tokenizer, lists)
    concepts: list[Concept] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name in _SPECIAL_FILES:
            continue
        for concept in _load_concepts(path, compiler):
            if concept.name in seen:
                raise ConfigError(path, f"concept name {concept.name!r} is also used in {seen[concept.name]}",
                                  "give each concept a unique name", concept.line)
            seen[concept.name] = path.name
            concepts.append(concept)
    for concept in concepts:
        unknown = sorted(concept.explains - set(seen))
        if unknown:
            raise ConfigError(concept.path, f"concept {concept.name!r} explains {', '.join(unknown)}, which no "
                              "file defines", "name concepts that exist", concept.line)
    groups = {c.group for c in concepts}
    missing = sorted(set(FIELD_SIGNALS) - groups)
    if missing:
        raise ConfigError(directory, f"no concept file for {', '.join(missing)}",
                          f"add {', '.join(m + '.toml' for m in missing)}")
    return PatternSet(directory=directory, concepts=concepts, contexts=contexts, lists=lists, language=language,
                      spellings=spellings, abbreviations=abbreviations)
