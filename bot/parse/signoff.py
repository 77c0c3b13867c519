"""Where a writer's own words end: a sign-off on a line of its own ("Kind regards", "Yn gywir / Yours sincerely").

The parser counts the words above it to tell an email that says little itself from one that says what it means
(``bot.parse._own_words``); the classifier marks the lines from it on as the closing, where job titles say who the
writer is but nothing about the case (``classifiers.text``).  One list, so the two agree on where a message ends.
"""

from __future__ import annotations

import re

SIGN_OFF = (
    r"kind(est)?\s+regards|best\s+regards|warm\s+regards|regards|best\s+wishes|with\s+(best\s+wishes|thanks)"
    r"|many\s+thanks|thanks(\s+again|\s+in\s+advance)?|thank\s+you|cheers|yours(\s+(sincerely|faithfully|truly))?"
    r"|sincerely|best|all\s+the\s+best|take\s+care"
)
# A Welsh or Polish sign-off beside the English one ("Yn gywir / Yours sincerely", "Diolch / Thank you", fresh420).  Not
# alone: a bilingual letter's "Diolch yn fawr," may stand above the English text that follows it (fresh11).
SIGN_OFF_BESIDE = r"(yr\s+eiddoch\s+)?yn\s+gywir|cofion(\s+(cynnes|gorau))?|diolch(\s+yn\s+fawr)?|pozdrawiam|z\s+powa[\u017cz]aniem"
VALEDICTION = re.compile(
    rf"^\s*(({SIGN_OFF})\b([\s,.!]*/\s*({SIGN_OFF}|{SIGN_OFF_BESIDE})\b)?|({SIGN_OFF_BESIDE})\b[\s,.!]*/\s*({SIGN_OFF})\b)"
    r"[\s,.!]*$", re.I)

__all__ = ["SIGN_OFF", "SIGN_OFF_BESIDE", "VALEDICTION"]
