"""Outcome rows of the demo case studies, with the figures their sources give and each source.

The programme-wide figures come from two public documents: the National Audit Office's June
2018 report and a May 2018 article by four national membership bodies. Both compare vanguard
areas with the rest of England; neither gives a figure for a single vanguard, and the rows say so.
"""

ARTICLE = (
    "NHS Providers, NHS Confederation, NHS Clinical Commissioners and the LGA, ‘The work of the "
    "vanguards can help overcome the challenges of integrated care’, 29 May 2018"
)
NAO = "National Audit Office, ‘Developing new care models through NHS vanguards’, June 2018"
BLUEPRINT = "NHS England, ‘New care models: vanguards – developing a blueprint’, September 2016"
NEWS = "NHS England news, July 2015"

# Emergency admissions growth in vanguard areas against the rest of England, by source.
ADMISSIONS = {
    # 12 months to March 2018: MCP 0.9%, PACS 2.6%, elsewhere 6.3% (NAO, paragraph 16).
    "nao": {"MCP": 0.9, "PACS": 2.6, "rest": 6.3, "period": "12 months to March 2018"},
    # 12 months to January 2018 against 2014-15: MCP 1.4%, PACS 1.7%, rest 5.7% (article).
    "article": {"MCP": 1.4, "PACS": 1.7, "rest": 5.7, "period": "12 months to January 2018"},
}
# Total bed days, 12 months to March 2018: MCP −1.2%, PACS −1.0%, non-vanguard −2.5% (NAO, 17).
BED_DAYS = {"MCP": -1.2, "PACS": -1.0, "rest": -2.5}
AREAS = {"MCP": "the 14 MCP vanguard areas", "PACS": "the nine PACS vanguard areas"}


def care_home_admissions(note):
    return {
        "category": "emergency-admissions",
        "measure": "Emergency admissions of care home residents",
        "population": "the six care home vanguards",
        "change": -1.4,
        "unit": "%",
        "period": "12 months to January 2018",
        "comparison_group": "rest of England",
        "comparison_figure": 6.7,
        "context": f"Change against the 2014-15 base year. {note}",
        "source": ARTICLE,
    }


def admissions(model, source):
    figures = ADMISSIONS[source]
    base = (
        "Growth against the 2014-15 base year"
        if source == "article"
        else "Growth against NHS England's base year"
    )
    return {
        "category": "emergency-admissions",
        "measure": "Emergency admissions",
        "population": AREAS[model],
        "change": figures[model],
        "unit": "%",
        "period": figures["period"],
        "comparison_group": "rest of England",
        "comparison_figure": figures["rest"],
        "context": (
            f"{base}. NHS England's analysis of all {model} vanguards combined, not a figure for "
            "this vanguard alone."
        ),
        "source": ARTICLE if source == "article" else NAO,
    }


def bed_days(model):
    return {
        "category": "bed-days",
        "measure": "Total hospital bed days, emergency and elective",
        "population": AREAS[model],
        "change": BED_DAYS[model],
        "unit": "%",
        "period": "12 months to March 2018",
        "comparison_group": "non-vanguard areas",
        "comparison_figure": BED_DAYS["rest"],
        "context": (
            "Non-vanguard areas cut bed days further, mainly because their elective bed days fell "
            f"more. All {model} vanguards combined."
        ),
        "source": NAO,
    }


def described(category, measure, period, context, source):
    """An outcome the source describes without a figure."""
    return {
        "category": category,
        "measure": measure,
        "period": period,
        "context": context,
        "source": source,
    }


def survey(measure, figure, context):
    """A single figure from the NAO's survey of vanguards (higher is better)."""
    return {
        "category": "implementation-and-spread",
        "measure": measure,
        "result": figure,
        "unit": "%",
        "period": "2018",
        "better": "higher",
        "context": context,
        "source": NAO,
    }


SPREAD = "implementation-and-spread"
RECOGNITION = "National recognition of public and voluntary sector partnership"

OUTCOMES = {
    "red-bag-hospital-transfer-pathway": [
        care_home_admissions(
            "Covers all six care home vanguards together and cannot be credited to the Red Bag "
            "alone."
        ),
        described(
            SPREAD,
            "Adoption by other areas",
            "By May 2018",
            "Taken up in Wakefield, Hertfordshire and other parts of the country.",
            ARTICLE,
        ),
    ],
    "dudley-practice-based-multidisciplinary-teams": [
        described(
            "length-of-stay",
            "Patients' length of hospital stay",
            "Reported by May 2018",
            "Reduced, according to the vanguard's own report; no figure published.",
            ARTICLE,
        ),
        described(
            "staff-experience",
            "Job satisfaction of staff in the teams",
            "Reported by May 2018",
            "Improved, according to the vanguard's own report; no figure published.",
            ARTICLE,
        ),
        admissions("MCP", "nao"),
        bed_days("MCP"),
    ],
    "wirral-population-health-records": [
        described(
            SPREAD,
            "Records shared across health providers",
            "2016",
            "Infrastructure under development in 2016, designed to share electronic patient "
            "records across all health providers; no later status in the sources.",
            BLUEPRINT,
        ),
        admissions("PACS", "nao"),
    ],
    "salford-together-health-and-social-care-hub": [admissions("PACS", "nao"), bed_days("PACS")],
    "morecambe-bay-integrated-care-communities": [admissions("PACS", "article")],
    "northumbria-specialist-emergency-care-hospital": [
        described(
            SPREAD,
            "Specialist emergency care hospital in operation",
            "June 2015",
            "Opened as England's first purpose-built hospital of its type, giving consultant-led "
            "care for all serious emergencies seven days a week.",
            BLUEPRINT,
        ),
        admissions("PACS", "nao"),
    ],
    "mid-nottinghamshire-transfer-of-care": [
        described(
            "delayed-transfers-of-care",
            "Transfer of care process in use",
            "2016",
            "Patients discharged as soon as medically fit, with health and social care support "
            "already in place; no figures on delays or length of stay published.",
            BLUEPRINT,
        ),
        bed_days("PACS"),
    ],
    "isle-of-wight-care-navigators": [
        described(
            SPREAD,
            RECOGNITION,
            "May 2018",
            "Cited by national membership bodies as an example of public and voluntary sector "
            "bodies working together for population health and wellbeing.",
            ARTICLE,
        ),
        admissions("PACS", "nao"),
    ],
    "harrogate-integrated-care-teams": [admissions("PACS", "nao")],
    "north-east-hampshire-and-farnham-integrated-teams": [admissions("PACS", "article")],
    "south-somerset-symphony-joint-organisation": [
        described(
            SPREAD,
            "Progress in implementing care model frameworks, population-based vanguards",
            "By December 2017",
            "On average about one-third of the way to full implementation across their areas; "
            "no vanguard had implemented every feature. All 23 PACS and MCP vanguards, not "
            "Somerset alone.",
            NAO,
        ),
        admissions("PACS", "nao"),
    ],
    "tower-hamlets-together-public-and-voluntary-partnership": [
        admissions("MCP", "article"),
        described(
            SPREAD,
            RECOGNITION,
            "May 2018",
            "Cited by national membership bodies as showing what public and voluntary sector "
            "bodies can achieve together for population health and wellbeing.",
            ARTICLE,
        ),
    ],
    "west-cheshire-patient-leaders": [
        described(
            SPREAD,
            "Patient involvement in national programme processes",
            "2015",
            "Patient representatives joined vanguard site visits and panels recruiting national "
            "support staff; patients were represented on the new care models board through "
            "National Voices.",
            NEWS,
        ),
    ],
    "gateshead-care-home-project": [
        care_home_admissions(
            "Combined figure for all six care home vanguards, not Gateshead alone."
        )
    ],
    "west-yorkshire-urgent-and-emergency-care-network": [
        described(
            SPREAD,
            "National support extended to urgent and emergency care vanguards",
            "December 2015",
            "Updated support package for all 50 vanguards reflected the needs of the eight urgent "
            "and emergency care vanguards.",
            BLUEPRINT,
        ),
        described(
            SPREAD,
            "Management of the vanguard after its first year",
            "After its first year",
            "Moved from the new care models team to another part of NHS England; therefore "
            "outside the scope of the NAO's 2018 review.",
            NAO,
        ),
    ],
    "emrad-shared-radiology": [
        survey(
            "Vanguards intending to continue their care model after March 2018",
            94,
            "29 of 31 vanguards answering the NAO survey, all types combined; not a figure for "
            "EMRAD alone.",
        ),
    ],
    "salford-and-wigan-foundation-chain": [
        survey(
            "Vanguards planning to extend their model to a wider population",
            83,
            "24 of 29 vanguards answering the NAO survey, all types combined; not a figure for "
            "this chain alone.",
        ),
    ],
}
