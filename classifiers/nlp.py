"""Build the spaCy pipeline once: blank English, sentences, lemmas, concept spans, context.

Why a blank pipeline: rule matching needs no trained model, nothing downloads at
run time, and it is fast (measurements in docs/classifier.md).  Components, in order:

1. ``passage_breaks``: a message is analysed as one Doc whose passages (see
   text.py) are joined by blank lines; each passage starts a new sentence.
2. ``sentencizer``: spaCy's punctuation-based sentencizer, inside a passage.
3. ``lemmatizer``: spaCy's lookup lemmatizer (table from spacy-lookups-data), with
   two changes: the table is keyed on lower-case words and spaCy leaves "Bruises"
   as "Bruises", so a word with capitals is looked up again in lower case and
   ``~bruise`` also matches at the start of a sentence; and the few entries the
   table gets wrong for this mailbox are mended (``LEMMA_FIXES``: "does" is "do").
   Both components are spaCy's own classes with the per-token Python loop replaced by
   array reads and a per-word cache (:class:`_ArraySentencizer`, :class:`_CachedLemmatizer`);
   the annotations are the same, at a fifth of the cost.
4. ``concept_matcher``: every concept pattern from the TOML files, written to
   ``doc.spans["concepts"]`` (a span group, because concepts overlap).  It holds
   a spaCy PhraseMatcher and spaCy Matchers; see :class:`ConceptMatcher` for why
   it is not a plain SpanRuler.
5. five ``negex`` components (negspacy), termsets from context.toml, one per
   context: ``negex`` (negated), ``hypothetical``, ``question``, ``historical``,
   ``resolved``.
   NegEx's trigger-and-scope algorithm is the one ConText generalises to
   hypothetical and historical mentions, so the same library component serves.
"""

from __future__ import annotations

from bisect import bisect_left
import re
from collections import defaultdict
from typing import Any

import spacy
from negspacy.negation import Negex
import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Lemmatizer, Sentencizer
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import compile_infix_regex, compile_suffix_regex, load_language_data, registry

from .patterns import UNSPACED_CHARACTER, PatternSet

SPANS_KEY = "concepts"
PASSAGE_SEPARATOR = "\n\n"
# negex extension name per context; "negex" is negspacy's own default name.
CONTEXT_EXTENSIONS: dict[str, str] = {
    "negated": "negex",
    "hypothetical": "hypothetical",
    "question": "question",
    "historical": "historical",
    "resolved": "resolved",
}


@Language.component("passage_breaks")
def passage_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: passages never share a sentence."""
    starts = [i + 1 for i in doc.to_array([IS_SPACE]).nonzero()[0].tolist()
              if i + 1 < len(doc) and "\n" in doc[i].text]
    if starts:
        # One array write: setting Token.is_sent_start one token at a time cost ~3 ms a message.
        flags = doc.to_array([SENT_START])
        flags[starts] = 1
        doc.from_array([SENT_START], flags)
    return doc


class _ArraySentencizer(Sentencizer):
    """spaCy's Sentencizer with the same rule, read from one token array instead of Token objects.

    Its ``predict`` builds a Token for every word, which was 8 % of the time per message."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._punct_orths: dict[int, bool] = {}  # word form -> is it one of punct_chars

    def predict(self, docs: list[Doc]) -> list[list[bool]]:
        guesses = []
        for doc in docs:
            doc_guesses = [False] * len(doc)
            if len(doc):
                doc_guesses[0] = True
                start, seen_period = 0, False
                strings = doc.vocab.strings
                punct = self._punct_orths
                for i, (orth, is_punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist()):
                    in_chars = punct.get(orth)
                    if in_chars is None:
                        in_chars = punct[orth] = strings[orth] in self.punct_chars
                    if seen_period and not is_punct and not in_chars:
                        doc_guesses[start] = True
                        start, seen_period = i, False
                    elif in_chars:
                        seen_period = True
                doc_guesses[start] = True
            guesses.append(doc_guesses)
        return guesses


@Language.factory("array_sentencizer", default_config={"punct_chars": None, "overwrite": False,
                                                        "scorer": {"@scorers": "spacy.senter_scorer.v1"}})
def _make_array_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool,
                            scorer: Any) -> _ArraySentencizer:
    return _ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)


class _CachedLemmatizer(Lemmatizer):
    """spaCy's lookup lemmatizer, each word form worked out once and written as one array.

    Also the lower-case rule (module docstring, step 3): a word with capitals whose lemma has
    capitals is looked up again in lower case, so "Bruises" becomes "bruise"."""

    _CACHE_LIMIT = 200_000  # word forms; a long-running bot sees new ones in every message

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._lemma_of: dict[int, int] = {}  # word form -> lemma, as StringStore hashes

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cache = self._lemma_of
        if len(cache) > self._CACHE_LIMIT:
            cache.clear()
        table = self.lookups.get_table("lemma_lookup")
        strings = doc.vocab.strings
        lemmas = []
        for orth in doc.to_array([ORTH]).tolist():
            lemma = cache.get(orth)
            if lemma is None:
                text = strings[orth]
                word = table.get(text, text)
                if word != word.lower() and not text.islower():
                    lower = text.lower()
                    word = table.get(lower, lower).lower()
                lemma = cache[orth] = strings.add(word)
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


@Language.factory("cached_lemmatizer", default_config={"model": None, "mode": "lookup", "overwrite": False,
                                                       "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}})
def _make_cached_lemmatizer(nlp: Language, model: Any, name: str, mode: str, overwrite: bool,
                            scorer: Any) -> _CachedLemmatizer:
    return _CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


# Lemmas the lookup table gets wrong for this mailbox: it reads "does" as the plural of "doe" (a deer), so "~do" never
# matched "what an appointee actually does with it" (fresh580, session 36).  Applied to the table in build_pipeline and
# to the word forms of each lemma below, so the token and phrase matchers agree.
# ("putting" is the golf verb "putt" in the table, so "~put" missed "putting his hand up her skirt", fresh893; "wound"
# is the past of "wind" there, and in this mailbox it is an injury.)
LEMMA_FIXES = {"does": "do", "putting": "put", "wound": "wound"}


def _lemma_forms() -> dict[str, set[str]]:
    """Every lower-case word form per lemma, from the same spacy-lookups-data table (with LEMMA_FIXES)."""
    data = dict(load_language_data(registry.lookups.get("en")["lemma_lookup"]))
    data.update(LEMMA_FIXES)
    forms: dict[str, set[str]] = defaultdict(set)
    for form, lemma in data.items():
        forms[lemma.lower()].add(form.lower())
    for lemma in list(forms):
        if data.get(lemma, lemma).lower() == lemma:
            forms[lemma].add(lemma)
    return forms


class _PhraseExpander:
    """Turns a token pattern into the phrases it can match, when that is a short list.

    A pattern made only of words, word alternatives, ``~lemma`` tokens and optional
    (``?``) tokens matches exactly a finite set of word sequences, so it can be
    looked up in a PhraseMatcher (a trie, matched on NORM) instead of being tried
    at every token by the Matcher.  Lemmas become their word forms from the same
    lookup table.  Anything with a gap, a class or a negated token stays a token
    pattern.  The spans found are the same.
    """

    def __init__(self, tokenizer: Any, limit: int = 3000):
        self.tokenizer = tokenizer
        self.limit = limit
        self.forms = _lemma_forms()
        self.known = {f for forms in self.forms.values() for f in forms}

    def _choices(self, spec: dict[str, Any]) -> list[str] | None:
        keys = set(spec) - {"OP"}
        if spec.get("OP") not in (None, "?") or len(keys) != 1:
            return None
        (attr,) = keys
        value = spec[attr]
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                return None
            values = value["IN"]
        else:
            values = [value]
        if attr == "NORM":
            return list(values)
        if attr == "LEMMA":
            out: set[str] = set()
            for lemma in values:
                # a word absent from the table is its own lemma
                out |= self.forms.get(lemma, set() if lemma in self.known else {lemma})
            return sorted(out)
        return None

    def phrases(self, pattern: list[dict[str, Any]]) -> list[list[str]] | None:
        sequences: list[list[str]] = [[]]
        for spec in pattern:
            choices = self._choices(spec)
            if choices is None:
                return None
            options: list[str | None] = list(choices) + ([None] if spec.get("OP") == "?" else [])
            sequences = [seq + [c] if c is not None else seq for seq in sequences for c in options]
            if len(sequences) > self.limit:
                return None
        if any(not seq for seq in sequences):
            return None  # everything optional: leave it to the Matcher (the loader forbids it anyway)
        return sequences


_NUMBER_KEY = (-1, 1)  # "a number occurs here", for patterns anchored on #num


def _anchor(pattern: list[dict[str, Any]], strings: Any, stop_words: set[str]) -> frozenset[tuple[int, int]] | None:
    """Words one of which must occur wherever the pattern matches, as rare as can be found.

    Every required token (not optional) that must be one of a few words is a candidate;
    the best avoids stop words and has the fewest words.  A required number is next
    best.  None when nothing is required.
    """
    best: tuple[tuple[int, int], frozenset[tuple[int, int]]] | None = None
    for spec in pattern:
        if spec.get("OP") not in (None, "+"):
            continue
        keys = set(spec) - {"OP"}
        if keys == {"LIKE_NUM"}:
            candidate = ((1, 0), frozenset({_NUMBER_KEY}))
        elif len(keys) == 1 and next(iter(keys)) in {"NORM", "LEMMA"}:
            (attr,) = keys
            value = spec[attr]
            if isinstance(value, dict) and set(value) != {"IN"}:
                continue
            words = value["IN"] if isinstance(value, dict) else [value]
            attr_id = NORM if attr == "NORM" else LEMMA
            common = any(w in stop_words or len(w) < 3 for w in words)
            candidate = ((2 if common else 0, len(words)), frozenset((attr_id, strings.add(w)) for w in words))
        else:
            continue
        if best is None or candidate[0] < best[0]:
            best = candidate
    return best[1] if best else None


_GAP = re.compile(r"^\{(\d*),(\d+)\}$")


def _split_gaps(pattern: list[dict[str, Any]]) -> tuple[list[list[dict[str, Any]]], list[tuple[int, int]]] | None:
    """Cut a pattern at its ``#any{m,n}`` gaps: (segments, gaps), or None without a usable gap."""
    segments: list[list[dict[str, Any]]] = [[]]
    gaps: list[tuple[int, int]] = []
    for spec in pattern:
        if set(spec) == {"OP"} or not (set(spec) - {"OP"}):
            op = str(spec.get("OP", ""))
            match = _GAP.match("{0,1}" if op == "?" else op)
            if match is None or not segments[-1]:
                return None
            gaps.append((int(match.group(1) or 0), int(match.group(2))))
            segments.append([])
        else:
            segments[-1].append(spec)
    if not gaps or not segments[-1]:
        return None
    return segments, gaps


class ConceptMatcher:
    """Finds every concept pattern in a Doc and writes the spans to ``doc.spans["concepts"]``.

    spaCy's Matcher (and so the SpanRuler) tries every pattern at every token: with
    the ~1,000 patterns here that cost ~15 ms a message.  This component keeps to
    spaCy's matchers but (a) looks fixed phrases up in one PhraseMatcher, (b) cuts
    patterns with short gaps ("nobody #any{0,3} ~tell") into phrases and joins the
    pieces when the gap fits, and (c) files every other token pattern under an
    anchor, a word it cannot match without, and runs it with a spaCy Matcher only on
    the words around each such anchor that its longest pattern can reach (session 10:
    44% fewer tokens read than whole sentences, same spans).  Matches stay inside
    one sentence, which is also the scope negex uses.  The spans found are the ones
    the patterns define.
    """

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.stop_words = set(nlp.Defaults.stop_words)
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self.groups: dict[frozenset[tuple[int, int]], Matcher] = {}
        self.anywhere = Matcher(nlp.vocab, validate=True)
        self.keys: dict[int, tuple[str, int]] = {}
        self.matchers: list[Matcher] = []
        self.index: dict[tuple[int, int], list[int]] = {}
        # (pattern key, one phrase key per piece, (min, max) gap after each piece but the last)
        self.gapped: list[tuple[int, list[int], list[tuple[int, int]]]] = []
        self.gapped_by_first: dict[int, list[tuple[int, list[int], list[tuple[int, int]]]]] = {}
        self.piece_keys: dict[tuple[tuple[str, ...], ...], str] = {}  # the words of a piece -> its phrase key
        # the longest match each anchored group can make, in tokens (None: unbounded); filled in _add
        self.longest: dict[frozenset[tuple[int, int]], int | None] = {}
        self.reach: list[int | None] = []

    def add_concepts(self, patterns: PatternSet) -> None:
        """File every pattern of every concept (see the class docstring)."""
        expander = _PhraseExpander(self.tokenizer)
        phrase_words: dict[str, list[list[str]]] = defaultdict(list)
        for concept in patterns.concepts:
            for index, choices in enumerate(concept.token_patterns):
                for choice, tokens in enumerate(choices):
                    self._add(concept.name, index, choice, tokens, expander, phrase_words)
        self.gapped_by_first = defaultdict(list)
        for entry in self.gapped:
            self.gapped_by_first[entry[1][0]].append(entry)
        self.matchers = list(self.groups.values())
        self.reach = [self.longest[anchor] for anchor in self.groups]
        self.index: dict[tuple[int, int], list[int]] = defaultdict(list)
        for number, anchor in enumerate(self.groups):
            for key in anchor:
                self.index[key].append(number)
        for key, sequences in phrase_words.items():
            docs = [Doc(self.vocab, words=words) for words in sequences]
            docs = [doc for doc, words in zip(docs, sequences) if [t.norm_ for t in doc] == words]
            if docs:
                self.phrases.add(key, docs)

    def _add(self, name: str, index: int, choice: int, tokens: tuple[dict[str, Any], ...],
             expander: "_PhraseExpander", phrase_words: dict[str, list[list[str]]]) -> None:
        """File one token pattern under the quickest matcher that can find it."""
        key = f"{name}#{index}" if choice == 0 else f"{name}#{index}.{choice}"
        self.keys[self.vocab.strings.add(key)] = (name, index)
        sequences = expander.phrases(list(tokens))
        if sequences is not None:
            phrase_words[key].extend(sequences)
            return
        split = _split_gaps(list(tokens))
        if split is not None:
            pieces = [expander.phrases(segment) for segment in split[0]]
            if all(piece is not None for piece in pieces):
                piece_keys = []
                for piece in pieces:
                    # One key per distinct piece, shared by every pattern that has it: "her" or "not"
                    # begins hundreds of gapped patterns, and the PhraseMatcher reports a match per key.
                    signature = tuple(sorted(tuple(words) for words in piece))  # type: ignore[union-attr]
                    piece_key = self.piece_keys.setdefault(signature, f"piece#{len(self.piece_keys)}")
                    if piece_key not in phrase_words:
                        phrase_words[piece_key].extend(piece)  # type: ignore[arg-type]
                    piece_keys.append(self.vocab.strings.add(piece_key))
                self.gapped.append((self.vocab.strings[key], piece_keys, split[1]))
                return
        anchor = _anchor(list(tokens), self.vocab.strings, self.stop_words)
        if anchor is None:
            self.anywhere.add(key, [list(tokens)])
            return
        if anchor not in self.groups:
            self.groups[anchor] = Matcher(self.vocab, validate=True)
            self.longest[anchor] = 0
        self.groups[anchor].add(key, [list(tokens)])
        length, longest = _longest_match(list(tokens)), self.longest[anchor]
        self.longest[anchor] = None if length is None or longest is None else max(length, longest)

    def __call__(self, doc: Doc) -> Doc:
        found: set[tuple[int, int, int]] = set()
        pieces: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for key, start, end in self.phrases(doc):
            if key in self.keys:
                found.add((key, start, end))
            else:
                pieces[key].append((start, end))
        if len(self.anywhere):
            found.update(self.anywhere(doc))
        if len(doc):
            bounds = sentence_starts(doc) + [len(doc)]
            sent_of = numpy.repeat(numpy.arange(len(bounds) - 1), numpy.diff(bounds)).tolist()
            for first_piece in pieces.keys() & self.gapped_by_first.keys():
                for key, piece_keys, gaps in self.gapped_by_first[first_piece]:
                    if all(k in pieces for k in piece_keys):
                        found.update((key, a, b) for a, b in _join(piece_keys, gaps, pieces, sent_of))
            anchored: dict[int, set[int]] = defaultdict(set)  # group -> tokens that hold its anchor
            array = doc.to_array([NORM, LEMMA, LIKE_NUM]).tolist()
            for i, (norm, lemma, like_num) in enumerate(array):
                for key in ((NORM, norm), (LEMMA, lemma), _NUMBER_KEY if like_num else None):
                    for group in self.index.get(key, ()):
                        anchored[group].add(i)
            for group, positions in anchored.items():
                # Every match holds an anchor, so it lies within the group's longest match of one:
                # run the matcher on those windows (inside their sentence), merged where they touch,
                # and drop matches that cross a sentence inside a merged window.
                for first, last in _windows(sorted(positions), self.reach[group], bounds, sent_of):
                    for m, a, b in self.matchers[group](doc[first:last]):
                        start, end = first + a, first + b
                        if sent_of[start] == sent_of[end - 1]:
                            found.add((m, start, end))
        spans = []
        # By place, then concept and pattern number, so the evidence cited never depends on set order.
        for key, start, end in sorted(found, key=lambda m: (m[1], -m[2], self.keys[m[0]])):
            name, index = self.keys[key]
            spans.append(Span(doc, start, end, label=name, span_id=f"{name}#{index}"))
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans)
        return doc


_REPEAT = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


def _longest_match(pattern: list[dict[str, Any]]) -> int | None:
    """How many tokens a Matcher pattern can span at most; None when a repeat is unbounded."""
    total = 0
    for spec in pattern:
        op = str(spec.get("OP") or "")
        if op in ("", "?", "!", "1"):
            total += 1
            continue
        match = _REPEAT.match(op)
        if match is None or (match.group(2) and not match.group(3)):
            return None  # "*", "+", "{n,}"
        total += int(match.group(3) if match.group(2) else match.group(1) or 0)
    return total


def _windows(positions: list[int], reach: int | None, bounds: list[int],
             sent_of: list[int]) -> list[tuple[int, int]]:
    """(first, last) token ranges to run an anchored matcher on: each anchor's sentence, cut to the
    longest match that can hold it (the whole sentence when the reach is unbounded), merged where
    they overlap or touch."""
    out: list[tuple[int, int]] = []
    for i in positions:
        sentence = sent_of[i]
        first, last = bounds[sentence], bounds[sentence + 1]
        if reach is not None:
            first, last = max(first, i - reach + 1), min(last, i + reach)
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _join(piece_keys: list[int], gaps: list[tuple[int, int]], pieces: dict[int, list[tuple[int, int]]],
          sent_of: list[int]) -> list[tuple[int, int]]:
    """Chain piece matches whose gaps fit, within one sentence: (start, end) of each full match."""
    chains = [(start, end) for start, end in pieces[piece_keys[0]]]
    for (low, high), key in zip(gaps, piece_keys[1:]):
        chains = [
            (start, next_end)
            for start, end in chains
            for next_start, next_end in pieces[key]
            if low <= next_start - end <= high and sent_of[start] == sent_of[next_end - 1]
        ]
        if not chains:
            break
    return chains


@Language.factory("concept_matcher")
def _make_concept_matcher(nlp: Language, name: str) -> ConceptMatcher:
    return ConceptMatcher(nlp)


# A "sentence" longer than this many tokens with no comma, dash or semicolon in it is a message typed with no
# punctuation at all, where negation keeps to NegEx's word window instead of the whole sentence (see
# _FastNegex._apply_negation).  A long sentence that is punctuated keeps the sentence scope: "I'm not asking for this to
# be handled as a formal complaint" reaches its object nine words on.
RUN_ON_TOKENS = 40
NEGATION_WINDOW = 6
_CLAUSE_MARKS = frozenset({",", ";", "-", "–", "—", ":", "(", ")"})


def _run_on(sentence: Span) -> bool:
    """True when the sentence is long and has no punctuation inside it (see RUN_ON_TOKENS); read once per sentence,
    not once per concept span in it."""
    if len(sentence) <= RUN_ON_TOKENS:
        return False
    key = ("run_on", sentence.start)
    if key not in sentence.doc.user_data:
        sentence.doc.user_data[key] = not any(token.text in _CLAUSE_MARKS for token in sentence)
    return sentence.doc.user_data[key]


# Subject pronouns that open a new clause straight after a negation in unpunctuated text: "the letter says thats
# reasonable it isnt i want it reviewed by someone senior" (fresh302) does not deny the review asked for.
_SUBJECTS = frozenset({"i", "he", "she", "we", "they"})
# Words after which a pronoun begins the object of what was denied, not a new clause: "not saying he hit her".
_CLAUSE_VERBS = frozenset({"think", "thought", "know", "knew", "say", "said", "saying", "believe", "believed", "mean",
                           "meant", "realise", "realised", "realize", "realized", "sure", "suggest", "suggesting",
                           "claim", "claiming", "alleging", "accusing", "tell", "told", "telling", "that", "if",
                           "whether", "me", "us", "him", "her", "them", "feel", "felt", "suppose", "expect", "fact",
                           # added in session 41: "Nobody has suggested I have ever hurt him" (fresh700)
                           "suggested", "suggests", "claimed", "claims", "alleged", "alleges", "implied", "implying",
                           "suspect", "suspected", "thinks", "says", "believes", "knows", "feels",
                           # a question word opens the object too: "it is not our business what she spends her money on"
                           "what", "where", "how", "why", "when", "who", "whom", "which",
                           # and so does a relative clause: "This isn't something I want to take down the formal route"
                           # (fresh727, session 42)
                           "something", "anything", "thing"})


# Auxiliaries that come before their subject after a negative adverb: "Never once in all those months did I feel Dad was
# neglected" (fresh541) is one clause, inverted.
_INVERTED_AUXILIARIES = frozenset({"did", "do", "does", "have", "has", "had", "was", "were", "would", "could", "will",
                                   "am", "is", "are"})


def _new_clause_after(doc: Doc, trigger_end: int, span_start: int) -> bool:
    """True when a subject pronoun stands between a negation trigger and the span: in a run-on the negated clause
    ended there ("it isnt i want ...", "i had no tea sunday i dont know how to do a complaint", fresh340).  Not a
    pronoun after a verb that takes a clause: "dont think i was", "not saying he hit her" keep their scope; nor the
    subject of the first auxiliary after the trigger, inverted: "never did I feel he was neglected"."""
    inverted = False  # the word before is the first auxiliary after the trigger: "never once ... did I"
    clause_begun = False  # a subject or an auxiliary has come since the trigger
    for index in range(trigger_end, span_start):
        word = doc[index].lower_
        if word in _SUBJECTS:
            if index == trigger_end or doc[index - 1].lower_ not in _CLAUSE_VERBS and not inverted:
                return True
            inverted, clause_begun = False, True
        elif word in _INVERTED_AUXILIARIES:
            inverted, clause_begun = not clause_begun, True
        else:
            inverted = False
    return False


def _house_number(doc: Doc, trigger: tuple[int, int, int]) -> bool:
    """True when a "no" trigger is the abbreviation for number: "Mr Dunmore at no 4 ... the council sorted his carers"
    (fresh299) denies nothing.  negspacy's pseudo triggers are fixed phrases, so a number after "no" is read here."""
    _, start, end = trigger
    words = [token.lower_ for token in doc[start:end]]
    if words not in (["no"], ["no."]) or end >= len(doc):
        return False
    following = doc[end + 1] if doc[end].text == "." and end + 1 < len(doc) else doc[end]
    return following.like_num or following.text[:1].isdigit()


# Termination words that, straight after a negation trigger, belong to it: "none of which", "neither of which".
_RELATIVE_PRONOUNS = frozenset({"which", "whom"})


class _FastNegex(Negex):
    """negspacy's Negex, with the spans of a Doc read once per call instead of once per scope.

    negspacy re-reads the whole span group for every sentence and termination scope,
    which is quadratic in a long message.  Its loop over scopes is repeated in :meth:`negex`
    with one change for negation: a relative pronoun straight after a trigger ("none of
    which") does not end the trigger's scope.
    """

    def negex(self, doc: Doc) -> Doc:
        key = ("sorted_spans", tuple(self.span_keys))
        if key not in doc.user_data:  # the same for all five context components: read once per Doc
            spans = sorted((span for k in self.span_keys for span in doc.spans.get(k, [])), key=lambda sp: sp.start)
            doc.user_data[key] = (spans, [span.start for span in spans])
        self._spans, self._starts = doc.user_data[key]
        preceding, following, terminating = self.process_negations(doc)
        # A termination word inside a trigger is part of it, not the end of its scope: the comma of "I would never, ever
        # hurt Mum" (fresh979).
        terminating = [t for t in terminating if not any(p[1] <= t[1] < p[2] for p in preceding)]
        if self.extension_name == CONTEXT_EXTENSIONS["negated"]:
            # A relative pronoun straight after a trigger is part of the denial, not the end of its scope: "£200,
            # none of which has been paid back" denies the paying back (fresh690).
            trigger_ends = {t[2] for t in preceding}
            terminating = [t for t in terminating
                           if not (t[1] in trigger_ends and doc[t[1]:t[2]].text.lower() in _RELATIVE_PRONOUNS)]
        keys = set(self.span_keys)
        for start, end in self.termination_boundaries(doc, terminating):
            sub_preceding = [t for t in preceding if start <= t[1] < end]
            sub_following = [t for t in following if start <= t[1] < end]
            for span in self.yield_spans_within_boundary(doc, (start, end), keys):
                self._apply_negation(span, sub_preceding, sub_following)
        return doc

    def _apply_negation(self, span: Span, sub_preceding: list, sub_following: list) -> None:  # type: ignore[override]
        """negspacy's rule, recorded in ``doc.user_data`` (see :func:`contexts_of`) rather than in a
        span extension, which is slow to set and read for hundreds of spans.

        One change: a negation trigger that overlaps the span is part of the concept: "we
        cannot turn the residents" matches the neglect pattern "not ~turn", and the "can not" trigger
        that shares its "not" must not then negate it.  Other contexts keep negspacy's rule ("may
        want to" still makes "want to complain" hypothetical)."""
        if self.extension_name == CONTEXT_EXTENSIONS["negated"]:
            # A subject pronoun after the trigger begins a new clause, which the denial does not reach: "i had no tea
            # sunday i dont know how to do a complaint" (fresh340, a sentence of 34 words with no full stop).
            sub_preceding = [t for t in sub_preceding if t[2] <= span.start and not _house_number(span.doc, t)
                             and not _new_clause_after(span.doc, t[2], span.start)]
            sub_following = [t for t in sub_following if t[1] >= span.end]
            if _run_on(span.sent):
                # NegEx's own word window (Chapman et al. 2001 used five words) in a message typed with no full
                # stops, where one "sentence" runs for dozens of words: "he has no money not even for a coffee the
                # staff keep his bank card" does not deny the bank card (fresh283).
                sub_preceding = [t for t in sub_preceding if span.start - t[2] <= NEGATION_WINDOW]
        if any(t[1] < span.start for t in sub_preceding) or any(t[2] > span.end for t in sub_following):
            span.doc.user_data.setdefault(("context", self.extension_name), set()).add(
                (span.start, span.end, span.label))

    def termination_boundaries(self, doc: Doc, terminating: list) -> list[tuple[int, int]]:  # type: ignore[override]
        """negspacy's boundaries, with the sentence starts read once per Doc, not once per context."""
        starts = sorted(sentence_starts(doc) + [t[1] for t in terminating] + [len(doc)])
        return list(zip(starts, starts[1:]))

    def yield_spans_within_boundary(self, doc: Doc, boundary: tuple[int, int], span_keys: set[str]):  # type: ignore[override]
        """The spans that start inside the boundary.  negspacy asks that they also end inside it, so a
        span holding a termination word ("council - funded", "fed and watered") was in no scope and
        was never negated: "Dad was not council-funded" read as council funding (fresh142)."""
        start, end = boundary
        for index in range(bisect_left(self._starts, start), bisect_left(self._starts, end)):
            yield self._spans[index]


@Language.factory(
    "context_negex",
    default_config={"neg_termset": None, "extension_name": "negex", "span_keys": [SPANS_KEY]},
)
def _make_context_negex(nlp: Language, name: str, neg_termset: dict[str, list[str]], extension_name: str,
                        span_keys: list[str]) -> _FastNegex:
    return _FastNegex(nlp, name, neg_termset=neg_termset, extension_name=extension_name, span_keys=span_keys)


def sentence_starts(doc: Doc) -> list[int]:
    """Token indexes where sentences start, read once per Doc (the concept matcher and the five
    context components all ask)."""
    cached = doc.user_data.get("sentence_starts")
    if cached is None:
        if len(doc):
            flags = doc.to_array([SENT_START])
            flags[0] = 1
            cached = (flags == 1).nonzero()[0].tolist()
        else:
            cached = []
        doc.user_data["sentence_starts"] = cached
    return list(cached)


def contexts_of(span: Span) -> frozenset[str]:
    """The contexts (negated, hypothetical ...) the context components found for a concept span."""
    data = span.doc.user_data
    key = (span.start, span.end, span.label)
    return frozenset(name for name, ext in CONTEXT_EXTENSIONS.items() if key in data.get(("context", ext), ()))


def blank_english() -> Language:
    """spaCy's blank English with this project's tokenizer rules: the pipeline reads messages with it and the pattern
    loader compiles patterns with it, so a pattern's words split exactly as a message's do."""
    nlp = spacy.blank("en")
    # spaCy splits a hyphen between letters ("80-year-old") but not before a digit: "in his
    # mid-70s" would stay one word and no age pattern would see the decade.
    # Chinese and Japanese leave no spaces between words, nor do Thai, Lao, Burmese and Khmer: each of their characters
    # is a token, so a pattern names a word by its characters ("瘀伤", bruise, is the two tokens 瘀 and 伤) and finds it
    # inside a longer run.
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z])-(?=[0-9])", UNSPACED_CHARACTER.pattern]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # Nor an age written in a paramedic's shorthand: "92yo female" must read as "92" "yo" (fresh249), as spaCy already
    # reads "10km" as "10" "km".
    # Amharic and Tigrinya end a word with their own comma and full stop ("ሒዞምዎ፣", "ኣይህብዋን።"): split off as punctuation,
    # so the word before is a word (fresh918).
    # So does a full stop after a word in an Indic script or Sinhala ("દાદીને દવા નથી આપી.", Gujarati, fresh962), which
    # spaCy's suffix rule for "." (after Latin letters) leaves on the word.
    # Armenian ends a word with its own full stop, comma and exclamation mark ("անհետացել՝", "ֆունտ։", fresh973).
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[0-9])(?:yo|yrs|yr)", r"[\u1361-\u1368]", r"(?<=[\u0900-\u0dff])\.",
                                              r"[\u0589\u055c\u055d]"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # Writers in capitals ("I DONT NEED AN ADVOCATE OR LARGE PRINT", fresh737): spaCy splits "don't" and "dont" into "do"
    # + "n't", which the negation termsets read, but has no rule for the capitals, which stay one word and deny nothing.
    # The same split for every negative contraction in capitals ("DIDN'T", "CANT", "CANNOT").
    for text, pieces in list(nlp.tokenizer.rules.items()):
        if text.islower() and len(pieces) > 1 and any(piece.get(NORM) == "not" or piece[ORTH] in ("not", "n't", "nt")
                                                       for piece in pieces):
            nlp.tokenizer.add_special_case(text.upper(), [{**piece, ORTH: piece[ORTH].upper()} for piece in pieces])
    return nlp


def build_pipeline(patterns: PatternSet, nlp: Language | None = None) -> Language:
    """A ready-to-use pipeline holding every concept pattern and context termset, built on ``nlp`` (a fresh
    :func:`blank_english`, or the one whose tokenizer compiled ``patterns``, so start-up builds it once)."""
    nlp = nlp or blank_english()
    nlp.add_pipe("passage_breaks")
    nlp.add_pipe("array_sentencizer", name="sentencizer")
    nlp.add_pipe("cached_lemmatizer", name="lemmatizer")
    nlp.initialize()  # loads the lookup table from spacy-lookups-data (installed, no download)
    lemmas = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    for form, lemma in LEMMA_FIXES.items():
        lemmas.set(form, lemma)
    for form, word in patterns.spellings.items():
        # "any1" reads as "anyone", "goin" as "going": the patterns match NORM and LEMMA
        nlp.vocab[form].norm_ = word
        lemmas.set(form, lemmas.get(word, word))
    for form, word in patterns.abbreviations.items():
        # A short form's full stop is part of the word ("Mum, d.o.b. 12/03/1941, lives alone"): split off, it would end
        # the sentence and leave the date out of reach of the pattern that reads it.
        for text in {form, form.capitalize(), form.upper()}:
            nlp.tokenizer.add_special_case(text, [{ORTH: text, NORM: word}])
        lemmas.set(form, lemmas.get(word, word))
    nlp.add_pipe("concept_matcher").add_concepts(patterns)
    for context, extension in CONTEXT_EXTENSIONS.items():
        nlp.add_pipe(
            "context_negex",
            name=f"context_{context}",
            config={
                "neg_termset": patterns.contexts[context].as_negspacy(),
                "extension_name": extension,
                "span_keys": [SPANS_KEY],
            },
        )
    return nlp
