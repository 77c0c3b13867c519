"""The pattern files: every concept's examples match it, and mistakes in a file give a
ConfigError that names the file, the line and the fix (no Python needed to find them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy

from bot.errors import ConfigError
from classifiers.nlp import build_pipeline, contexts_of
from classifiers.patterns import PATTERN_DIR, load_patterns
from tests.conftest import line_of


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


@pytest.fixture(scope="module")
def nlp(patterns):
    return build_pipeline(patterns)


def test_every_concept_file_loads_and_names_a_category_for_safeguarding(patterns):
    groups = {c.group for c in patterns.concepts}
    assert {"kind", "formality", "safeguarding", "people", "money", "escalation", "needs", "automatic"} <= groups
    for concept in patterns.concepts:
        if concept.group == "safeguarding" and concept.signal == "concern":
            assert concept.category, concept.name


def test_every_example_matches_its_concept(patterns, nlp):
    checked = 0
    for concept in patterns.concepts:
        for example in concept.examples:
            doc = nlp(example)
            labels = {span.label_ for span in doc.spans["concepts"]}
            assert concept.name in labels, (concept.path, concept.name, example)
            checked += 1
    assert checked >= 20


def test_negspacy_defaults_are_not_mutated(patterns):
    from negspacy.termsets import termset

    defaults = termset("en_clinical").get_patterns()
    assert "nobody" not in defaults["preceding_negations"]
    assert "nobody" in patterns.contexts["negated"].preceding_negations


def test_lemma_matching_ignores_capitals(nlp):
    doc = nlp("Bruises on both arms.")
    assert "physical_injury" in {s.label_ for s in doc.spans["concepts"]}


def test_does_is_a_form_of_do_not_of_doe(nlp):
    """The lookup table reads "does" as the plural of "doe" (classifiers/nlp.py LEMMA_FIXES, fresh580)."""
    doc = nlp("Who checks what an appointee actually does with it?")
    assert [token.lemma_ for token in doc if token.lower_ == "does"] == ["do"]
    assert "money_unaccounted_for" in {s.label_ for s in doc.spans["concepts"]}


@pytest.mark.parametrize("text", ["Mum, d.o.b. 12/03/1941, lives alone.", "Mr Harold Jones D.O.B. 4/5/1938",
                                  "Dob. 4.5.38 for Mrs Kaur", "She waited approx. 3 hours for the carer."])
def test_a_short_forms_full_stop_does_not_end_the_sentence(nlp, text):
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    if "ob" in text.lower():
        assert "date_of_birth" in {s.label_ for s in doc.spans["concepts"]}


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "patterns"
    shutil.copytree(PATTERN_DIR, target)
    return target


def test_toml_syntax_error_names_file_and_line(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "needs.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[[concept]]\nname = "broken\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert info.value.path.endswith("needs.toml") and info.value.line and info.value.fix


def test_bad_pattern_names_the_line_and_a_fix(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "money.toml"
    text = path.read_text(encoding="utf-8").replace('"personal budget",', '"personal budget",\n  "~pay #cash bill",', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert info.value.line == line_of(path, "~pay #cash bill")
    assert "#cash" in info.value.problem and "syntax" in info.value.fix


@pytest.mark.parametrize("edit,problem", [
    (('signal = "bsl"', 'signal = "sign"'), "signal"),
    (('"bsl",', '"$no_such_list",'), "unknown list"),
    (('cancelled_by = ["negated"]', 'cancelled_by = ["denied"]'), "cancelled_by"),
    (('name = "sign_language"', 'name = "Sign Language"'), "lower_snake_case"),
])
def test_invalid_values_are_explained(tmp_path, edit, problem):
    folder = _copy(tmp_path)
    path = folder / "needs.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(*edit, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert problem in info.value.problem
    assert info.value.path.endswith("needs.toml")


@pytest.mark.parametrize("line,problem", [('"dob" = "dob"', "full stop"), ('"d.o.b." = "date of birth"', "one word")])
def test_a_bad_abbreviation_is_explained(tmp_path, line, problem):
    folder = _copy(tmp_path)
    path = folder / "lists.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"d.o.b." = "dob"', line, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert problem in info.value.problem and info.value.line == line_of(path, line)


@pytest.mark.parametrize("edit,problem,fix", [
    # a category outside the statutory guidance's list
    (('category = "sexual"', 'category = "rude"'), "category", "modern_slavery"),
    # a seed list of Polish words says language = "other"; a language code there is not understood
    (('language = "other"', 'language = "pl"'), "language", '"other"'),
])
def test_a_bad_safeguarding_value_names_the_line_and_the_good_ones(tmp_path, edit, problem, fix):
    folder = _copy(tmp_path)
    path = folder / "safeguarding.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(*edit, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert problem in info.value.problem and fix in info.value.fix and info.value.line


def test_the_seed_lists_of_other_languages_say_so():
    """Every concept whose name says it holds other languages' words is marked, so English-only readings skip it."""
    concepts = load_patterns(PATTERN_DIR).concepts
    assert {c.name for c in concepts if c.language == "other"} == {c.name for c in concepts
                                                                   if c.name.endswith("other_languages")}


def test_missing_required_file(tmp_path):
    folder = _copy(tmp_path)
    (folder / "context.toml").unlink()
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert info.value.path.endswith("context.toml")


def test_duplicate_concept_name(tmp_path):
    folder = _copy(tmp_path)
    (folder / "kind.toml").write_text(
        (folder / "kind.toml").read_text(encoding="utf-8")
        + '\n[[concept]]\nname = "sign_language"\nsignal = "praise"\npatterns = ["ta"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert "also used" in info.value.problem


def test_an_accident_that_explains_an_unknown_concept_names_the_line(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "safeguarding.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('explains = ["fall", "physical_injury"]',
                                                            'explains = ["fall", "physical_injury", "falls"]', 1),
                    encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert "falls" in info.value.problem and info.value.path.endswith("safeguarding.toml") and info.value.line


def _with_concept(tmp_path: Path, table: str) -> Path:
    """A copy of the pattern files with one more [[concept]] table at the end of needs.toml."""
    folder = _copy(tmp_path)
    path = folder / "needs.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[concept]]\n" + table, encoding="utf-8")
    return folder


def _load(folder: Path):
    return load_patterns(folder, tokenizer=spacy.blank("en").tokenizer)


def test_a_new_concept_works_without_python(tmp_path):
    folder = _with_concept(tmp_path, 'name = "makaton"\nsignal = "accessible_format"\n'
                                     'patterns = ["makaton"]\nexamples = ["He uses Makaton."]\n')
    nlp = build_pipeline(_load(folder))
    assert "makaton" in {s.label_ for s in nlp("He uses Makaton signs.").spans["concepts"]}


def test_phrase_groups_choose_between_phrases(tmp_path):
    """"(a b|c)" is a choice of phrases; without brackets "no one|nobody" would mean "no", then "one"
    or "nobody", the mistake that once hid patterns silently."""
    folder = _with_concept(tmp_path, 'name = "nobody_signs"\nsignal = "bsl"\n'
                           'patterns = ["(no one|nobody|not a single person) #any{0,2} ~sign (to him)? today"]\n')
    patterns = _load(folder)
    concept = patterns.by_name()["nobody_signs"]
    assert len(concept.token_patterns) == 1 and len(concept.token_patterns[0]) == 6
    nlp = build_pipeline(patterns)
    for text in ("No one signed today.", "Nobody here signs to him today.", "Not a single person signed today."):
        spans = [s for s in nlp(text).spans["concepts"] if s.label_ == "nobody_signs"]
        assert spans and spans[0].id_ == "nobody_signs#0", text
    assert not [s for s in nlp("No one signs to her today.").spans["concepts"] if s.label_ == "nobody_signs"]


def test_an_alternation_may_mix_kinds_of_token(tmp_path):
    folder = _with_concept(tmp_path, 'name = "mixed_kinds"\nsignal = "bsl"\npatterns = ["~sign for £|#num|(a few) minutes"]\n')
    nlp = build_pipeline(_load(folder))
    for text in ("She signed for 20 minutes.", "He signs for a few minutes."):
        assert "mixed_kinds" in {s.label_ for s in nlp(text).spans["concepts"]}, text


def test_an_unclosed_phrase_group_is_explained(tmp_path):
    folder = _with_concept(tmp_path, 'name = "broken_group"\nsignal = "bsl"\npatterns = ["(no one|nobody came"]\n')
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert "brackets" in info.value.problem
    assert info.value.line == line_of(folder / "needs.toml", "(no one|nobody came")


def test_chinese_is_read_a_character_at_a_time(tmp_path):
    """Chinese leaves no spaces between words: each character is a token, so a pattern's word is found inside a longer
    run of characters, and a choice between words is a choice of phrases in brackets (fresh885)."""
    folder = _with_concept(tmp_path, 'name = "bruise_zh"\nsignal = "bsl"\npatterns = ["(瘀伤)|(瘀痕)"]\n')
    nlp = build_pipeline(load_patterns(folder))
    for text in ("我爸爸手臂上有瘀伤。", "見到佢兩隻手臂近手肘嗰度有幾粒紫色嘅瘀痕，一粒粒好似手指印咁"):
        assert "bruise_zh" in {s.label_ for s in nlp(text).spans["concepts"]}, text
    assert "bruise_zh" not in {s.label_ for s in nlp("我爸爸手臂上有伤。").spans["concepts"]}


def test_thai_and_burmese_are_read_a_character_at_a_time_too(tmp_path):
    """Thai and Burmese leave no spaces between words either (fresh940): a word written whole is found inside a run,
    with or without the spaces some writers put between phrases."""
    folder = _with_concept(tmp_path, 'name = "not_eaten"\nsignal = "bsl"\npatterns = ["(ไม่ได้กิน)|(မစားရ)"]\n')
    nlp = build_pipeline(load_patterns(folder))
    for text in ("แม่ไม่ได้กินข้าวสองวันแล้ว", "ထမင်း နှစ်ရက် မစားရပါ။", "ထမင်းနှစ်ရက်မစားရပါ"):
        assert "not_eaten" in {s.label_ for s in nlp(text).spans["concepts"]}, text
    assert "not_eaten" not in {s.label_ for s in nlp("แม่กินข้าวแล้ว").spans["concepts"]}


def test_armenian_punctuation_is_split_from_the_word(nlp):
    """Armenian ends a word with its own full stop, comma and exclamation mark ("չի կերել։", fresh973): split off, the
    word before is a word and the full stop ends the sentence."""
    doc = nlp("Հայրս երեք օր չի կերել։ Գումարը անհետացել՝ երկու անգամ։")
    assert "կերել" in [t.text for t in doc] and "անհետացել" in [t.text for t in doc]
    assert len(list(doc.sents)) == 2


def test_a_comma_inside_a_denial_does_not_end_it(nlp):
    """"I would never, ever hurt Mum" (fresh979): the comma is part of the trigger "never, ever", not the end of its
    scope, so the harm word after it is denied."""
    doc = nlp("I would never, ever hurt Mum.")
    spans = [s for s in doc.spans["concepts"] if s.label_ == "physical_assault"]
    assert spans and all("negated" in contexts_of(s) for s in spans)


@pytest.mark.parametrize("pattern,word", [
    ("heard nothing|nothing back", "nothing"),   # a word twice in one choice
    ("go back #any{0,2} where|to where", "where"),   # a word on both sides of a choice
    ("瘀伤|瘀痕", "(瘀伤)|(瘀痕)"),   # Chinese words, each several tokens, as single-word choices (fresh885)
])
def test_a_phrase_written_as_an_alternative_is_refused(tmp_path, pattern, word):
    """The slip that hid patterns for two sessions: a phrase inside a|b, which can never match as meant."""
    folder = _with_concept(tmp_path, f'name = "slip"\nsignal = "bsl"\npatterns = ["{pattern}"]\n')
    with pytest.raises(ConfigError) as info:
        load_patterns(folder)
    assert word in info.value.problem and "brackets" in info.value.problem
    assert info.value.line == line_of(folder / "needs.toml", pattern)


def test_an_anchored_matcher_reads_only_the_words_its_longest_pattern_can_reach():
    """Session 10: each anchored group runs on a window of its longest match around each anchor, not on the
    whole sentence (44% fewer tokens read; the spans found were the same on all 35,250 passages of the
    labelled sets)."""
    from classifiers.nlp import _longest_match, _windows
    assert _longest_match([{"NORM": "nobody"}, {"OP": "{0,3}"}, {"LEMMA": {"IN": ["tell"]}, "OP": "?"}]) == 5
    assert _longest_match([{"NORM": "a"}, {"OP": "{2}"}]) == 3
    assert _longest_match([{"NORM": "a"}, {"OP": "+"}]) is None
    assert _longest_match([{"NORM": "a"}, {"OP": "{2,}"}]) is None
    bounds, sent_of = [0, 30, 60], [0] * 30 + [1] * 30
    # windows stay inside the anchor's sentence and merge where they overlap
    assert _windows([3, 5, 40], 4, bounds, sent_of) == [(0, 9), (37, 44)]
    # an unbounded group reads the anchor's whole sentence, as before
    assert _windows([3, 40], None, bounds, sent_of) == [(0, 60)]


def test_gapped_patterns_share_the_phrase_key_of_a_piece_they_have_in_common(tmp_path):
    """Session 12: a piece such as "nobody" begins many gapped patterns; it is looked up once (one
    PhraseMatcher key), so a message reports one match per place, not one per pattern (40% fewer
    matches on the labelled sets, about a tenth of the classifier's time; the same labels)."""
    folder = _with_concept(tmp_path, 'name = "nobody_signs"\nsignal = "bsl"\n'
                           'patterns = ["nobody #any{0,2} signs", "nobody #any{0,2} interprets"]\n')
    nlp = build_pipeline(_load(folder))
    matcher = nlp.get_pipe("concept_matcher")
    first_pieces = {matcher.vocab.strings[key]: pieces[0] for key, pieces, _ in matcher.gapped}
    assert first_pieces["nobody_signs#0"] == first_pieces["nobody_signs#1"]  # "nobody", looked up once
    ids = {s.id_ for s in nlp("Nobody here signs. Nobody ever interprets.").spans["concepts"] if s.label_ == "nobody_signs"}
    assert ids == {"nobody_signs#0", "nobody_signs#1"}
