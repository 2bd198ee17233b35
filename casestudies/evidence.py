"""The fixed scale of evidence a case study's outcomes rest on, weakest first."""

from django.db import models


class EvidenceLevel(models.TextChoices):
    REPORTED = "reported", "Reported by the vanguard"
    MONITORED = "monitored", "Routinely monitored"
    BEFORE_AFTER = "before_after", "Before-and-after evaluation"
    CONTROLLED = "controlled", "Controlled comparison"
    INDEPENDENT = "independent", "Independent evaluation"


EVIDENCE_HELP = {
    EvidenceLevel.REPORTED: "The team's own account; figures were not checked by anyone else.",
    EvidenceLevel.MONITORED: "Figures come from routine monitoring data, without a comparison.",
    EvidenceLevel.BEFORE_AFTER: "Measures were compared before and after the change.",
    EvidenceLevel.CONTROLLED: "Results were compared with similar places that did not change.",
    EvidenceLevel.INDEPENDENT: "An independent evaluator assessed the results.",
}
