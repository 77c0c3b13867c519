"""A case's shape: which letter and which process a set of labels calls for."""

from __future__ import annotations

from ..records import Labels

# Shapes a letter template and a process exist for.  Safeguarding is not a
# shape: it is a flag laid over any shape (urgent routing, careful wording).
SHAPES = (
    "formal", "informal", "unclear", "stage2", "self_funder", "professional_concern",
    "compliment", "enquiry",
)


def case_shape(labels: Labels) -> str:
    if labels.kind == "compliment":
        return "compliment"
    if labels.kind != "complaint":
        return "enquiry"
    if labels.stage2_request:
        return "stage2"
    if labels.professional and labels.sender_role in ("professional", "provider"):
        # LABELS.md: a professional's concern is a complaint; the council sends it to
        # quality as a quality concern, not as a formal complaint.
        return "professional_concern"
    if labels.funding == "self_funded" and labels.formality != "formal":
        return "self_funder"
    return labels.formality or "unclear"
