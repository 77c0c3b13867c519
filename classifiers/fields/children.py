"""Children named with their age, and whether a sign of harm is about one of them.

LABELS.md's safeguarding is about an adult with care needs; harm to a child ("his little brother Alfie who
is 9 ... Alfie has had a split lip", "my son Kai (16) ... shoved Kai back against the garage door") is for
children's services (fresh190).  A child is a name or a relation word given an age under 18 in one of
people.toml's ages of someone else; everyone else given an age is an adult.  Harm told after "when he was 15"
happened in a childhood, long ago (:func:`in_childhood`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..findings import Findings, Hit

ADULT_AGE = 18
# An age is the number, then a break: "Alfie (9)", "Alfie, 9,", "Alfie who is 9." and not an address
# ("Mrs Patel, 14 Elm Road") nor a day ("Kai, 16 October").
_AGE = re.compile(r"(?<![\d/.:,£])\b(\d{1,2})\b(?=\s*(?:[,.;)]|and\b|years?\b|yrs?\b|-?\s*year|$))", re.I)
# "he was 15", "she was only 12": an age in the past, of a pronoun, names no child but a time.
_PAST_AGE = re.compile(r"(?:he|she|they|i)\s+was\s+(?:only\s+|just\s+)?(\d{1,2})\b", re.I)
# "my 6 year old", "a 7-year-old": a child named by age alone.
_YEAR_OLD = re.compile(r"\b(\d{1,2})[\s-]*(?:year|yr)s?[\s-]*old\b", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# Relation words that may name a child when an age under 18 stands beside them ("my son, 16,").
_YOUNG_RELATIONS = frozenset({"son", "daughter", "grandson", "granddaughter", "brother", "sister", "nephew",
                              "niece", "stepson", "stepdaughter", "boy", "girl", "child", "kid", "lad", "cousin"})
# Words that name an adult, whatever the ages in the message: a harm told of one of them is about an adult.
_ADULT_WORDS = frozenset({"mum", "mam", "mom", "mother", "dad", "father", "husband", "wife", "partner", "nan", "nana",
                          "nanna", "gran", "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa",
                          "grandfather", "aunt", "auntie", "uncle", "resident", "residents", "client", "clients",
                          "tenant", "tenants", "patient", "patients", "lady", "gentleman", "mr", "mrs", "ms", "miss"})
# Words for people, read backwards from the harm to find who it is about.
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "his", "her", "their", "my", "our", "him", "them", "me", "us"})
# Object pronouns: "hitting her", "took them" name someone other than the named child as the one harmed.
_OBJECTS = frozenset({"him", "them", "me", "us"})
# Capitalised words in an age's span that are not names.
_NOT_NAMES = frozenset({"re", "stage", "age", "aged", "and", "the", "i", "my", "our", "his", "her", "who", "is", "was"})
# Kinds of harm a child's name may explain; money taken and forced work are read for the adult whatever the
# ages ("her grandson (15) has been taking her money").
_CHILD_HARM = frozenset({"physical", "psychological", "sexual", "neglect", "discriminatory", "general"})


@dataclass
class Named:
    """The children and adults the message gives an age to (lowercased words)."""

    children: set[str] = field(default_factory=set)
    adults: set[str] = field(default_factory=set)
    # Where the message tells of someone's childhood ("when he was 15"): (sentence index, offset in its passage)
    childhood: list[tuple[int, int]] = field(default_factory=list)


def named(findings: Findings) -> Named:
    """Names and relation words given an age (people.toml's ``age_other``), split at 18."""
    out = Named()
    for hit in findings.where(group="people", signal="age_other"):
        past = _PAST_AGE.match(hit.span)
        if past and int(past.group(1)) < ADULT_AGE:
            out.childhood.append((hit.sentence_index, hit.start_char))
            continue
        for match in _AGE.finditer(hit.span):
            age = int(match.group(1))
            if age < 1:
                continue
            words = [w for w in _WORD.findall(hit.span) if w.lower() not in _NOT_NAMES]
            if not any(w[:1].isupper() or w.lower() in _YOUNG_RELATIONS for w in words):
                # "My grandson Leo, who is 11,": the name stands just before the age's words
                words = [w for w in _WORD.findall(hit.before)[-2:] if w.lower() not in _NOT_NAMES]
            # (never a word for an adult or a possessive: "Mum's carer, who is 17," names no child "Mum's")
            names = {w.lower() for w in words if w[:1].isupper() and w.lower() not in _ADULT_WORDS and w.isalpha()}
            names |= {w.lower() for w in words if w.lower() in _YOUNG_RELATIONS}
            (out.children if age < ADULT_AGE else out.adults).update(names)
            break
    out.children -= out.adults  # a name given an adult age anywhere is an adult's
    return out


def about_a_child(hit: Hit, people: Named) -> bool:
    """True when the harm's words are about a named child and nobody else.

    The child is named in the words themselves ("shoved Kai back") or is the nearest person before them
    ("Alfie has had a split lip and a bruised cheek", "Kai is OK, just a graze on his elbow").  An adult
    word or an object pronoun in the words ("hitting her", "punched Nan") keeps the harm as the adult's.
    """
    if hit.concept.category not in _CHILD_HARM:
        return False
    # "grabbed my 6 year old by the arm": the child named by their age alone, in the words or just after them
    young = _YEAR_OLD.search(hit.span + " " + " ".join(hit.after.split()[:3]))
    if young and int(young.group(1)) < ADULT_AGE:
        return True
    if not people.children:
        return False
    span = [w.lower() for w in _WORD.findall(hit.span)]
    if any(w in _ADULT_WORDS or w in people.adults or w in _OBJECTS for w in span):
        return False
    if span and span[-1] == "her":  # "pushed her": the object, not "her elbow"
        return False
    if any(w in people.children for w in span):
        return True
    before = [w.lower() for w in _WORD.findall(hit.before)]
    for word in reversed(before):
        if word in people.children:
            return True
        if word in _PRONOUNS or word in _ADULT_WORDS or word in people.adults:
            return False
    return False


def in_childhood(hit: Hit, people: Named) -> bool:
    """True when the harm is told after "when he was 15" in its sentence: it happened in someone's childhood, long
    ago ("when he was 15 he was assaulted by another pupil at his residential school", fresh200)."""
    return any(index == hit.sentence_index and start < hit.start_char for index, start in people.childhood)
