"""The writer's answers typed inside the council's quoted letter, told apart from the letter.

People answer a council's questions where they stand: under each question, marked "DN:" or
"ANSWER -", in [brackets], in capitals, or behind ">>" when their mail client strips the colour
they typed in.  LABELS.md ("What counts as the writer's text"): the council's own words set no
label, but the writer's answers among them are the writer's new text (fresh608).
"""

from __future__ import annotations

import re

# The writer's note on top that their answers are inside the letter: "my comments are in [brackets] in your letter",
# "Answers typed in below, marked DN", "I've answered your points in between yours, starting with ***".
_ANNOUNCED = re.compile(
    r"\b(?:answers?|answered|repl(?:y|ies|ied)|comments?|responses?|responded|notes?)\b[^\n]{0,120}?"
    r"\b(?:below|between|inside|within|in\s+your\s+(?:letter|e-?mail|message|text)|under(?:neath)?\s+each"
    r"|after\s+each|in\s*-?\s*line|marked|starting|beginning|prefixed|in\s+(?:square\s+)?brackets"
    r"|in\s+(?:block\s+)?capitals|in\s+caps|in\s+upper\s*case)",
    re.I,
)
# The marker they name: "marked DN", "starting NQ", "starting with ***", "(marked >> if your system strips colours)".
_NAMED_MARKER = re.compile(
    r"\b(?:marked|starting|starts|started|beginning|begins|prefixed)\s+(?:it\s+)?(?:with\s+|by\s+)?"
    r"[\"'\u201c\u2018(]?([^\s\"'\u201d\u2019(),]{1,12}?)[\"'\u201d\u2019),.:;]*(?=\s|$)",
    re.I,
)
_BRACKETS_NAMED = re.compile(r"\bbrackets\b|\[", re.I)
_CAPITALS_NAMED = re.compile(r"\b(?:capitals|caps|upper\s*case)\b", re.I)
_BRACKETED = re.compile(r"\[([^\[\]]{3,2000})\]")

# A short label at the start of a line: "DN: 86.", "ANSWER - NO", "MP office: Mr Stennett is 86".
_LINE_LABEL = re.compile(
    r"^\s*([A-Za-z][\w.'\u2019]*(?:[ \t]+[A-Za-z][\w.'\u2019]*){0,2})[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]*(?=\S)")
# Labels a letter or a quoted header repeats itself: not the writer's answers ("Q:", "Question:", "Ref:").
_NOT_ANSWER_LABELS = {
    "q", "question", "from", "to", "sent", "date", "subject", "cc", "bcc", "ref", "re", "tel", "telephone", "phone",
    "mobile", "email", "e-mail", "address", "name", "our ref", "your ref", "note", "ps", "dob", "nhs number", "web",
    "website", "fax", "attachments", "importance",
}
_WORD = re.compile(r"[^\W\d_]+")
# A bare yes under a quoted question: the question becomes the writer's own request.
_AFFIRMED = re.compile(r"^(?:yes|yeah|yep|yes,? please|please do|i would|i do|correct|that'?s right)\b[\s,.!]*"
                       r"(?:please|thanks|thank you)?[\s.!]*$", re.I)


def _label(line: str) -> str:
    found = _LINE_LABEL.match(line)
    return found.group(1).lower() if found else ""


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(_WORD.findall(line)) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _marked(lines: list[str], is_answer) -> tuple[list[str], list[str]]:
    """(answers, the rest): an answer line and the non-blank lines that run on from it, up to a blank line."""
    answers: list[str] = []
    rest: list[str] = []
    running = False
    for line in lines:
        if is_answer(line):
            answers.append(line)
            running = True
        elif running and line.strip():
            answers.append(line)
        else:
            running = False
            rest.append(line)
    return answers, rest


def affirms(text: str) -> bool:
    """True when the first sentence of ``text`` is a bare yes ("Yes please.", "yes", "Please do")."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return bool(_AFFIRMED.match(re.split(r"(?<=[.!])\s+", first, maxsplit=1)[0]))


# The longest quoted paragraph a yes typed under it takes as its question.
_QUESTION_LINES = 6


def answers_question(paragraph: list[str], reply: str) -> bool:
    """True when ``reply`` is a yes typed straight under ``paragraph`` (its quoted lines, ">" and all) and that
    paragraph asks a question: "> Would you like us to do this?" / "Yes please. I want someone to come with me"
    (fresh688).  The question is then the writer's own request; a yes under a paragraph that asks nothing takes
    nothing."""
    return 0 < len(paragraph) <= _QUESTION_LINES and paragraph[-1].rstrip().endswith("?") and affirms(reply)


def _unquoted_blocks(lines: list[str]) -> tuple[list[str], set[int]]:
    """The runs of lines without ">" in a quoted letter, each run one paragraph (its wrapped lines joined), and the
    indexes of the quoted lines a bare yes takes as its own: the quoted paragraph just above it ("> Would you like
    an advocate?" / "Yes please", fresh688), which the writer has made their own request."""
    blocks: list[str] = []
    current: list[str] = []
    question: list[int] = []  # the indexes of the quoted paragraph last seen
    taken: set[int] = set()
    for index, line in enumerate(lines + [""]):
        if line.strip() and not line.lstrip().startswith(">"):
            if not current and answers_question([lines[i] for i in question], line):
                blocks.append("\n".join(lines[i].lstrip().lstrip(">").strip() for i in question))
                taken.update(question)
            question = []
            current.append(line.strip())
            continue
        if current:
            blocks.append("\n".join(current))
            current = []
        if line.lstrip().lstrip(">").strip():
            question.append(index)
        elif question and line.strip():  # a ">" line alone ends a quoted paragraph
            question = []
    return blocks, taken


def announces_answers(text: str) -> bool:
    """True when the writer's own text says their answers are inside or between the quoted letter's lines."""
    return bool(_ANNOUNCED.search(text))


def inline_answers(letter: str, top: str) -> tuple[str, str]:
    """(the writer's answers, the council's letter without them) for a letter quoted back with answers inside.

    Answers are read only where the writer marked them: by a marker their note on top names, by a
    label they repeat at the start of each answer (two or more times; "Q:" and header words are the
    letter's own), by [brackets] or capitals their note names, or by ">" lines inside a letter that is
    otherwise unquoted.  Anything else stays the council's.
    """
    lines = letter.split("\n")
    nonblank = [line for line in lines if line.strip()]
    announced = announces_answers(top)
    answers: list[str] = []
    rest = lines

    quoted = [line for line in nonblank if line.lstrip().startswith(">")]
    named = _NAMED_MARKER.search(top) if announced else None
    marker = named.group(1).lower() if named else ""
    if quoted and len(quoted) < len(nonblank) and nonblank[0].lstrip().startswith(">"):
        # The letter quoted the usual way, ">" on every line, with the writer's own lines typed between its
        # paragraphs or after it (an interleaved or bottom-posted reply, fresh688): those lines are the answers.
        answers, taken = _unquoted_blocks(lines)
        rest = [line for index, line in enumerate(lines)
                if (line.lstrip().startswith(">") and index not in taken) or not line.strip()]
    elif quoted and len(quoted) < len(nonblank):
        answers, rest = _marked(lines, lambda line: line.lstrip().startswith(">"))
        answers = [line.lstrip().lstrip(">").strip() for line in answers]
    elif marker and any(line.strip().lower().startswith(marker) for line in nonblank):
        answers, rest = _marked(lines, lambda line: line.strip().lower().startswith(marker))
        answers = [line.strip()[len(marker):].lstrip(" :-\u2013\u2014").strip()
                   if line.strip().lower().startswith(marker) else line for line in answers]
    else:
        counts: dict[str, int] = {}
        for line in nonblank:
            label = _label(line)
            if label and label not in _NOT_ANSWER_LABELS:
                counts[label] = counts.get(label, 0) + 1
        repeated = {label for label, count in counts.items() if count >= 2}
        labelled = [line for line in nonblank if _label(line) in repeated]
        if repeated and len(labelled) < len(nonblank):
            answers, rest = _marked(lines, lambda line: _label(line) in repeated)
            answers = [_LINE_LABEL.sub("", line, count=1) if _label(line) in repeated else line for line in answers]
        elif announced and _BRACKETS_NAMED.search(top):
            text = "\n".join(lines)
            spans = _BRACKETED.findall(text)
            if spans:
                answers = [" ".join(span.split()) for span in spans]
                rest = _BRACKETED.sub(" ", text).split("\n")
        elif announced and _CAPITALS_NAMED.search(top):
            answers, rest = _marked(lines, _capitals)
    answer_text = "\n\n".join(a.strip() for a in answers if a.strip()) if answers else ""
    if not answer_text:
        return "", letter
    return answer_text, "\n".join(rest).strip()
