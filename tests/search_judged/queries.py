"""The judged query set: realistic searches NHS staff make, each with the documents (by title,
from the demo content) that belong in its top 3. Typos, questions, abbreviations, outcomes,
places and vanguard names. Used by tests/search_judged/ and by `make bench`.

A query passes when every document it lists is in the first three results (a list holds one
to three documents, the best first); the reciprocal rank is that of the first listed document.
"""

RED_BAG_CS = "The Red Bag: keeping care home residents' information with them in hospital"
RED_BAG_GUIDE = "Adopting the Red Bag hospital transfer pathway"
RED_BAG_TOPIC = "Starting a Red Bag scheme: what goes in the bag?"
BAGS_MISSING = "Bags going missing on the wards"
DUDLEY_CS = "Dudley: multidisciplinary teams based in GP practices"
MDT_GUIDE = "Setting up multidisciplinary teams around general practice"
DUDLEY_TOPIC = "Practice-based multidisciplinary teams: lessons from Dudley"
WIRRAL_CS = "Wirral: shared patient records for population health management"
PHM_GUIDE = "Sharing records for population health management"
RECORDS_TOPIC = "Sharing records between GPs, hospital and social care"
SALFORD_CS = "Salford Together: a health and social care hub for older people"
MORECAMBE_CS = "Morecambe Bay: twelve integrated care communities"
NORTHUMBERLAND_CS = (
    "Northumberland: a specialist emergency care hospital and round-the-clock urgent care"
)
MID_NOTTS_CS = "Mid-Nottinghamshire: transfer of care and integrated care teams"
IOW_CS = "Isle of Wight: care navigators and local area coordinators"
HARROGATE_CS = "Harrogate: integrated teams built on what matters to local people"
NEHF_CS = "North East Hampshire and Farnham: integrated teams and care in community hospitals"
SOMERSET_CS = "South Somerset Symphony: a new organisation run jointly by health and social care"
TOWER_HAMLETS_CS = (
    "Tower Hamlets Together: public and voluntary sector partnership for population health"
)
WEST_CHESHIRE_CS = "West Cheshire: the case for patient leaders in a new care model"
GATESHEAD_CS = "Gateshead Care Home Project: joined-up health support for care home residents"
WEST_YORKSHIRE_CS = "West Yorkshire: coordinating urgent and emergency care as a network"
EMRAD_CS = "EMRAD: hospitals sharing radiology across the East Midlands"
CHAIN_CS = "Salford and Wigan Foundation Chain: hospital trusts working as a chain"
EVALUATION_GUIDE = "Evaluating a new care model: metrics and local evaluation"
PATIENTS_GUIDE = "Involving patients and communities in redesign"
WORKFORCE_GUIDE = "Redesigning the workforce for new care models"
ROUNDS_TOPIC = "Weekly multidisciplinary rounds in care homes: who comes?"
MEDICINES_TOPIC = "Structured medicines reviews for residents"
DETERIORATION_TOPIC = "Training care home staff to spot deterioration early"
ADMISSIONS_TOPIC = "Emergency admissions from care homes: the national figures"
VIDEO_TOPIC = "Video consultations with care homes"
NAVIGATORS_TOPIC = "Care navigators: what do they do in your area?"
SOCIAL_PRESCRIBING_TOPIC = "Social prescribing and the voluntary sector"
FUNDING_TOPIC = "Keeping the team going when the vanguard funding ends"
EXTENDED_ACCESS_TOPIC = "Extended access: evenings and weekends across practices"
ALLIANCE_TOPIC = "Alliance agreements instead of a single contract"
FRAILTY_TOPIC = "Frailty services across the hospital front door and the community"
HANDOVERS_TOPIC = "Winter 2017: what we learned about handovers"
HUB_111_TOPIC = "A clinical hub behind 111: who answers the transferred calls?"
JOINING_UP_TOPIC = "Joining up A&E, out of hours, minor injuries and 111"
AT_HOME_TOPIC = "Treating people at home instead of taking them to hospital"
RADIOLOGY_TOPIC = "Shared radiology: reporting across trusts"
STANDARDISING_TOPIC = "Standardising clinical practice across a group of hospitals"
NETWORKS_TOPIC = "Specialist networks supporting smaller hospitals"
RECRUITING_TOPIC = "Recruiting and keeping staff in new roles"
ROTATIONAL_TOPIC = "Rotational posts across hospital, community and primary care"
TRAINING_TOPIC = "Training care home staff alongside NHS staff"
WY_VANGUARD = "West Yorkshire Urgent and Emergency Care Network"
EHCH_HUB = "Enhanced health in care homes"
PACS_HUB = "Integrated primary and acute care systems"
MCP_HUB = "Multispecialty community providers"
UEC_HUB = "Urgent and emergency care"
ACC_HUB = "Acute care collaborations"

# (query, [titles that belong in the top 3], kind)
JUDGED_QUERIES = [
    # Plain topic searches
    ("red bag", [RED_BAG_CS, RED_BAG_GUIDE, RED_BAG_TOPIC], "topic"),
    ("red bag scheme", [RED_BAG_TOPIC, RED_BAG_CS], "topic"),
    ("hospital transfer pathway", [RED_BAG_GUIDE, RED_BAG_CS], "topic"),
    ("care home residents hospital information", [RED_BAG_CS], "topic"),
    ("multidisciplinary teams general practice", [MDT_GUIDE, DUDLEY_CS], "topic"),
    ("population health management records", [WIRRAL_CS, PHM_GUIDE], "topic"),
    ("care navigators", [IOW_CS, NAVIGATORS_TOPIC], "topic"),
    ("social prescribing voluntary sector", [SOCIAL_PRESCRIBING_TOPIC], "topic"),
    ("patient leaders", [WEST_CHESHIRE_CS], "topic"),
    ("radiology network", [EMRAD_CS, RADIOLOGY_TOPIC], "topic"),
    ("shared radiology reporting", [RADIOLOGY_TOPIC, EMRAD_CS], "topic"),
    ("hospital chain", [CHAIN_CS], "topic"),
    ("integrated care communities", [MORECAMBE_CS], "topic"),
    ("urgent and emergency care network", [WY_VANGUARD, WEST_YORKSHIRE_CS], "topic"),
    ("medicines reviews care homes", [MEDICINES_TOPIC], "topic"),
    ("spotting deterioration in care homes", [DETERIORATION_TOPIC], "topic"),
    ("video consultations", [VIDEO_TOPIC], "topic"),
    ("extended access evenings weekends", [EXTENDED_ACCESS_TOPIC], "topic"),
    ("alliance contract", [ALLIANCE_TOPIC], "topic"),
    ("rotational posts", [ROTATIONAL_TOPIC], "topic"),
    ("workforce redesign new roles", [WORKFORCE_GUIDE], "topic"),
    ("evaluation metrics", [EVALUATION_GUIDE], "topic"),
    ("involving patients in redesign", [PATIENTS_GUIDE], "topic"),
    ("winter handovers", [HANDOVERS_TOPIC], "topic"),
    ("specialist emergency care hospital", [NORTHUMBERLAND_CS], "topic"),
    ("health and social care hub older people", [SALFORD_CS], "topic"),
    ("community hospitals integrated teams", [NEHF_CS], "topic"),
    ("what matters to local people", [HARROGATE_CS], "topic"),
    # Questions
    ("how do I start a red bag scheme", [RED_BAG_TOPIC, RED_BAG_GUIDE], "question"),
    ("what goes in the red bag", [RED_BAG_TOPIC], "question"),
    ("who comes to multidisciplinary rounds in care homes", [ROUNDS_TOPIC], "question"),
    ("how do we keep the team going when funding ends", [FUNDING_TOPIC], "question"),
    ("how can care home staff spot deterioration early", [DETERIORATION_TOPIC], "question"),
    ("how do I evaluate a new care model", [EVALUATION_GUIDE], "question"),
    ("who answers calls transferred from 111", [HUB_111_TOPIC], "question"),
    ("how do you set up a multidisciplinary team in general practice", [MDT_GUIDE], "question"),
    # Typos
    ("red bagg", [RED_BAG_CS, RED_BAG_GUIDE], "typo"),
    ("multidiciplinary teams", [DUDLEY_CS, MDT_GUIDE], "typo"),
    ("care navigaters", [IOW_CS, NAVIGATORS_TOPIC], "typo"),
    ("radiolgy", [EMRAD_CS, RADIOLOGY_TOPIC], "typo"),
    ("social prescibing", [SOCIAL_PRESCRIBING_TOPIC], "typo"),
    ("populaton health", [WIRRAL_CS, PHM_GUIDE], "typo"),
    ("deteriration", [DETERIORATION_TOPIC], "typo"),
    # Abbreviations and other names (the glossary)
    ("mdt", [DUDLEY_CS, MDT_GUIDE], "abbreviation"),
    ("EHCH", [EHCH_HUB], "abbreviation"),
    ("PACS", [PACS_HUB], "abbreviation"),
    ("MCP", [MCP_HUB], "abbreviation"),
    ("UEC network", [WY_VANGUARD, WEST_YORKSHIRE_CS], "abbreviation"),
    ("A&E out of hours 111", [JOINING_UP_TOPIC], "abbreviation"),
    ("PHM", [WIRRAL_CS, PHM_GUIDE], "abbreviation"),
    ("acute care collaboration", [ACC_HUB], "abbreviation"),
    ("GP records sharing", [RECORDS_TOPIC], "abbreviation"),
    # Outcomes
    ("reduce hospital admissions from care homes", [GATESHEAD_CS, RED_BAG_CS], "outcome"),
    ("emergency admissions care homes national figures", [ADMISSIONS_TOPIC], "outcome"),
    ("treating people at home instead of hospital", [AT_HOME_TOPIC], "outcome"),
    ("recruiting and keeping staff", [RECRUITING_TOPIC], "outcome"),
    ("standardising clinical practice", [STANDARDISING_TOPIC], "outcome"),
    ("frailty front door", [FRAILTY_TOPIC], "outcome"),
    # Places and vanguards
    ("Dudley", [DUDLEY_CS], "place"),
    ("Wirral", [WIRRAL_CS], "place"),
    ("Isle of Wight", [IOW_CS], "place"),
    ("Gateshead", [GATESHEAD_CS], "place"),
    ("Tower Hamlets", [TOWER_HAMLETS_CS], "place"),
    ("South Somerset Symphony", [SOMERSET_CS], "place"),
    ("Mid Nottinghamshire", [MID_NOTTS_CS], "place"),
    ("Sutton Homes of Care", ["Sutton Homes of Care"], "vanguard"),
    ("Fylde Coast", ["Fylde Coast Local Health Economy"], "vanguard"),
    ("Airedale", ["Airedale & Partners"], "vanguard"),
    ("Stockport Together", ["Stockport Together"], "vanguard"),
    ("National Orthopaedic Alliance", ["National Orthopaedic Alliance"], "vanguard"),
    ("Moorfields", ["Moorfields"], "vanguard"),
    ("EMRAD", [EMRAD_CS], "vanguard"),
    ("Encompass Whitstable", ["Encompass (Whitstable, Faversham and Canterbury)"], "vanguard"),
]


def evaluate(search, queries=JUDGED_QUERIES):
    """Run `search(query) -> [titles in order]` over the set. Returns a summary dict:
    top3 (share passing), mrr, zero_results (share finding nothing), failures."""
    passed, reciprocal, zero, failures = 0, 0.0, 0, []
    for query, wanted, kind in queries:
        titles = search(query)
        if not titles:
            zero += 1
        top = titles[:3]
        ok = all(title in top for title in wanted[:3])
        passed += ok
        rank = titles.index(wanted[0]) + 1 if wanted[0] in titles else None
        reciprocal += 1.0 / rank if rank else 0.0
        if not ok:
            failures.append((query, kind, wanted, top))
    total = len(queries)
    return {
        "queries": total,
        "top3": passed / total,
        "mrr": reciprocal / total,
        "zero_results": zero / total,
        "failures": failures,
    }
