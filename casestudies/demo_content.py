"""Demo case studies for `load_demo`, written from the programme's public documents."""

from .demo_outcomes import OUTCOMES

CASE_STUDIES = [
    {
        "slug": "red-bag-hospital-transfer-pathway",
        "title": "The Red Bag: keeping care home residents' information with them in hospital",
        "summary": (
            "A red bag goes with a care home resident who is taken to hospital, carrying key "
            "health information and personal items, and comes home with the discharge summary. "
            "Started by the Sutton vanguard, it has been taken up in Wakefield, Hertfordshire and "
            "elsewhere."
        ),
        "lead_vanguard": "sutton-homes-of-care",
        "partners": [
            "Sutton Clinical Commissioning Group",
        ],
        "care_models": [
            "enhanced-health-in-care-homes",
        ],
        "support_areas": [
            "designing-new-care-models",
            "communications-and-engagement",
        ],
        "region": "london",
        "tags": [
            "care homes",
            "hospital discharge",
            "older people",
            "ambulance services",
            "spread and adoption",
        ],
        "problem": (
            "<p>When a care home resident has to go to hospital in an emergency, the details that "
            "ambulance crews and ward staff need about that person can be scattered, and the small "
            "personal items the resident depends on can easily be left behind or lost. When the "
            "resident comes back, care home staff may not know what happened in hospital or what "
            "has changed in their care.</p><p>Sutton Homes of Care, one of six enhanced health in "
            "care homes vanguards, wanted the information and belongings a resident needs to "
            "travel with them, and a record of the hospital stay to come back to the home with "
            "them.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The scheme centres on a single red bag. When a resident needs to go to "
                    "hospital in an emergency, care home staff use it to keep the important "
                    "information about the resident's health in one place, so that the ambulance "
                    "crew and hospital staff can find it easily. There is also space in the bag "
                    "for the resident's own things: something to wear on the day they leave "
                    "hospital, and everyday items like glasses, hearing aids and "
                    "dentures.</p><p>The bag stays with the resident for the whole of their "
                    "hospital stay. When they are ready to go home, a copy of the discharge "
                    "summary is put in the bag, so that care home staff have it in hand as soon as "
                    "the resident is back.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "6",
                        "label": "enhanced health in care homes vanguards, Sutton among them",
                    },
                    {
                        "figure": "-1.4%",
                        "label": (
                            "change in residents' emergency admissions across those six vanguards, "
                            "12 months to January 2018"
                        ),
                    },
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "The way the Red Bag has travelled from Sutton to Wakefield, Hertfordshire "
                        "and other parts of the country shows why national backing for spreading "
                        "good ideas at scale has mattered, and why it needs to carry on."
                    ),
                    "attribution": (
                        "Leaders of four national NHS and local government membership bodies, May "
                        "2018"
                    ),
                },
            ),
            (
                "text",
                (
                    "<p>The idea did not stay in south London. By May 2018 it had been taken up in "
                    "other areas, including Wakefield and Hertfordshire, both home to other care "
                    "home vanguards. National membership bodies used it as their main example of "
                    "what can happen when vanguards meet, compare notes and pass ideas on.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["red-bag-hospital-transfer-pathway"],
        "evaluation_method": (
            "<p>The sources contain no local measurement of the Red Bag itself, such as changes in "
            "length of stay, delays at discharge or lost belongings. The evidence is that other "
            "areas adopted it, as reported by national membership bodies in May 2018, and that "
            "emergency admissions of residents fell across all six care home vanguards together. "
            "That admissions figure is a programme-wide comparison with the rest of England and "
            "does not isolate the effect of this scheme. Treat the result as reported, not "
            "measured.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>No costs are published for the scheme. Plan for the bags themselves, time for care "
            "home staff to pack them the same way every time, and time for ambulance, ward and "
            "discharge staff to learn the routine, including putting the discharge summary back in "
            "the bag. Agree at the outset who pays for the bags and who runs the training.</p>"
        ),
        "advice": (
            "<ul><li>Bring care homes, the ambulance service and the hospital together before you "
            "start: the bag only works if every hand-off respects it.</li><li>Agree what health "
            "information goes in the bag, so that crews and ward staff know what to expect and "
            "where to look.</li><li>Make putting a copy of the discharge summary in the bag a "
            "fixed step in the ward's discharge routine.</li><li>Decide how you will measure the "
            "effect locally, because the published evidence is about spread rather than "
            "outcomes.</li></ul>"
        ),
        "contact": {
            "name": "Care homes vanguard team",
            "role": "Programme office",
            "email": "sutton-vanguard@demo.nhs.uk",
        },
        "spread": [
            {
                "vanguard": "connecting-care-wakefield-district",
                "organisation": "",
                "when": "By May 2018",
            },
            {
                "vanguard": "east-and-north-hertfordshire-clinical-commissioning-group",
                "organisation": "",
                "when": "By May 2018",
            },
        ],
        "first_published": "2017-03-14",
        "last_reviewed": "2026-03-01",
        "next_review": "2027-03-01",
    },
    {
        "slug": "dudley-practice-based-multidisciplinary-teams",
        "title": "Dudley: multidisciplinary teams based in GP practices",
        "summary": (
            "Dudley's multispecialty community provider vanguard, All Together Better, built "
            "multidisciplinary teams in GP practices that include social care, mental health and "
            "voluntary sector workers. It reports shorter hospital stays for patients and higher "
            "job satisfaction for staff."
        ),
        "lead_vanguard": "dudley-multispecialty-community-provider",
        "partners": [
            "NHS Dudley Clinical Commissioning Group",
        ],
        "care_models": [
            "multispecialty-community-providers",
        ],
        "support_areas": [
            "workforce-redesign",
            "designing-new-care-models",
            "evaluation-and-metrics",
        ],
        "region": "midlands",
        "tags": [
            "multidisciplinary teams",
            "general practice",
            "social care",
            "mental health",
            "voluntary sector",
        ],
        "problem": (
            "<p>Dudley's vanguard, led by NHS Dudley Clinical Commissioning Group and known "
            "locally as All Together Better, was one of 14 multispecialty community providers. "
            "This care model combines general practice with community-based health and care "
            "services for a local population. Its key features include moving specialist care out "
            "of hospital and identifying patients at high risk early.</p><p>People with complex "
            "needs are often supported by several services at once: their practice, social care, "
            "mental health services and voluntary organisations. Dudley set out to organise that "
            "support around the GP practice, so that the professionals involved could plan and act "
            "together rather than separately.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The vanguard set up multidisciplinary teams based in GP practices. As well "
                    "as practice clinicians, the teams include social care staff, mental health "
                    "workers and people from voluntary sector organisations, so that a patient's "
                    "health, care and wider needs can be considered in one place by people who "
                    "know the local services.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "14",
                        "label": "multispecialty community provider vanguards, Dudley one of them",
                    },
                    {
                        "figure": "0.9%",
                        "label": (
                            "growth in emergency admissions across all MCP vanguard areas, 12 "
                            "months to March 2018, against 6.3% elsewhere"
                        ),
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>The vanguard reports two effects. Patients' length of stay has fallen, and "
                    "staff working in the teams are more satisfied with their jobs. The second "
                    "result matters to anyone adopting the model: practice-based team working "
                    "relies on staff from several employers choosing to give it their time, and it "
                    "is easier to sustain when they find it worthwhile.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["dudley-practice-based-multidisciplinary-teams"],
        "evaluation_method": (
            "<p>Both local results are self-reported by the vanguard and were published without "
            "figures, so the size of each change is not known from these sources. The admissions "
            "figure is NHS England's analysis of all multispecialty community provider areas, as "
            "reported by the National Audit Office. The NAO cautioned that it is hard to isolate "
            "the effect of vanguards from other changes and that there are data quality "
            "problems.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>The sources give no costs for Dudley's teams. The main resource is staff time: "
            "social care, mental health and voluntary sector workers need protected time to take "
            "part in practice-based meetings, and practices need room and administrative support "
            "for them. The NAO found that the year-by-year nature of vanguard funding made it "
            "harder for some vanguards to recruit and keep staff, so fund posts for longer than a "
            "year if you can.</p>"
        ),
        "advice": (
            "<ul><li>Agree with each practice which patients the team will focus on and how they "
            "will be found.</li><li>Treat social care, mental health and voluntary sector "
            "colleagues as full team members, not as services to refer on to.</li><li>Ask staff "
            "about their experience of team working from the start and keep asking; Dudley found "
            "satisfaction rose.</li><li>Set up measurement of length of stay for the patients the "
            "teams support before you launch, so you can put a number on any change.</li></ul>"
        ),
        "contact": {
            "name": "All Together Better programme team",
            "role": "Programme office",
            "email": "dudley-mcp@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2018-02-06",
        "last_reviewed": "2026-01-19",
        "next_review": "2027-01-19",
    },
    {
        "slug": "wirral-population-health-records",
        "title": "Wirral: shared patient records for population health management",
        "summary": (
            "Healthy Wirral partners set out to build a population health management system in "
            "which electronic patient records are shared across all health providers, using the "
            "information to plan services for 330,000 people."
        ),
        "lead_vanguard": "wirral-partners",
        "partners": [
            "NHS Wirral Clinical Commissioning Group",
            "Wirral Council",
            "Wirral University Teaching Hospital NHS Foundation Trust",
            "Wirral Community NHS Trust",
            "Cheshire and Wirral Partnership NHS Foundation Trust",
            "Community Action Wirral",
            "Healthwatch Wirral",
            "Cerner Corporation",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "harnessing-technology",
            "integrated-commissioning-and-provision",
        ],
        "region": "north-west",
        "tags": [
            "shared records",
            "population health",
            "digital",
            "joint commissioning",
            "voluntary sector",
        ],
        "problem": (
            "<p>Wirral's health and care organisations wanted to shape local services around what "
            "matters most to people living there, and to plan for the needs of the whole "
            "population rather than each organisation planning for its own patients. Planning of "
            "that kind needs information no single provider holds on its own, such as how many "
            "people have particular conditions and which groups tend to become unwell.</p><p>The "
            "partners also agreed to buy services together, to back local services that work as "
            "one, and to work in partnership with Wirral's many different communities and its "
            "voluntary sector.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>With support from the national new care models programme, the vanguard "
                    "began building what it described as Europe's first population health "
                    "management digital infrastructure. In this system, electronic patient records "
                    "are shared across all health providers in Wirral.</p><p>Information drawn "
                    "from the shared records has two intended uses: planning the services the "
                    "population needs, and making the health and care system more efficient. The "
                    "core partnership is the clinical commissioning group, the council, Wirral "
                    "University Teaching Hospital, Wirral Community NHS Trust, Cheshire and Wirral "
                    "Partnership NHS Foundation Trust and the local professional committees for "
                    "medicine, optometry, pharmacy and dentistry. Community Action Wirral and "
                    "other voluntary organisations, Healthwatch Wirral and the technology company "
                    "Cerner Corporation support it.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "330,000",
                        "label": "people served by the Wirral partners",
                    },
                    {
                        "figure": "£41 million",
                        "label": (
                            "approved in principle in July 2015 for five vanguards, Wirral among "
                            "them"
                        ),
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>The partners expected three benefits: better health and wellbeing, a "
                    "better experience for patients and people who use services, and health and "
                    "social care that is well organised and gives value for money.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["wirral-population-health-records"],
        "evaluation_method": (
            "<p>The 2016 blueprint describes the system and its intended benefits but gives no "
            "results. The only outcome figure available is the NAO's account of NHS England's "
            "analysis of emergency admissions across all nine integrated primary and acute care "
            "systems, which cannot be attributed to the shared record. The NAO also found that "
            "vanguards were among the least satisfied with national support on harnessing "
            "technology, a reminder of how difficult this work is.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>No costs for the digital infrastructure are published. The sources show that it "
            "drew on national programme support, a technology company and the agreement of every "
            "provider to share records. Wirral was one of five vanguards sharing £41 million "
            "approved in principle in July 2015; the split between them is not given. Plan for "
            "supplier costs, staff time to agree how records will be shared, and analysts who can "
            "turn the data into planning information.</p>"
        ),
        "advice": (
            "<ul><li>Get every provider committed to sharing records before investing in "
            "technology: the planning value comes from covering the whole population.</li><li>Be "
            "clear which planning questions the data should answer, such as how many people have a "
            "condition and who is likely to become unwell.</li><li>Involve Healthwatch and "
            "voluntary sector partners early, as Wirral did, so residents understand how their "
            "information is used.</li><li>Expect technology to be among the hardest parts and plan "
            "extra time for it.</li></ul>"
        ),
        "contact": {
            "name": "Healthy Wirral digital team",
            "role": "Population health programme",
            "email": "wirral-vanguard@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-09-20",
        "last_reviewed": "2026-02-09",
        "next_review": "2027-02-09",
    },
    {
        "slug": "salford-together-health-and-social-care-hub",
        "title": "Salford Together: a health and social care hub for older people",
        "summary": (
            "Salford Together is building multidisciplinary groups to support the most vulnerable "
            "older people, with a new contact centre planned as a hub that coordinates telecare "
            "and helps residents find community support, so people can stay safely at home."
        ),
        "lead_vanguard": "salford-together",
        "partners": [
            "Salford City Council",
            "NHS Salford Clinical Commissioning Group",
            "Salford Royal NHS Foundation Trust",
            "Greater Manchester West Mental Health NHS Foundation Trust",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "integrated-commissioning-and-provision",
            "empowering-patients-and-communities",
        ],
        "region": "north-west",
        "tags": [
            "older people",
            "multidisciplinary teams",
            "telecare",
            "prevention",
            "self-care",
        ],
        "problem": (
            "<p>Older people in Salford may be supported by many different people: GPs, district "
            "nurses, social workers, mental health professionals, care homes, voluntary groups and "
            "local hospitals. Salford Together aimed to link these more closely so that health and "
            "social care for older people would be better coordinated, more personal and more "
            "efficient.</p><p>Two aims stood out. Patients should no longer have to repeat their "
            "story to each professional they meet, and more people should be able to stay safely "
            "at home, receiving care there rather than in hospital.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The vanguard is building groups of staff from a range of health and care "
                    "professions to give targeted support to the most vulnerable people. A new "
                    "contact centre is planned as a central health and social care hub with three "
                    "jobs: supporting those multidisciplinary groups; coordinating telecare, the "
                    "technology that helps keep people safe at home; and helping residents find "
                    "community support so that they can stay independent and manage their own care "
                    "with more confidence.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "230,000",
                        "label": "people living in Salford",
                    },
                    {
                        "figure": "£41 million",
                        "label": (
                            "approved in principle in July 2015 for five vanguards, Salford "
                            "Together among them"
                        ),
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>Prevention was given new weight, through more screening for health "
                    "conditions and by pointing people to local support for their health and "
                    "wellbeing. Staff involved in a person's care share information and plan "
                    "together, so that care fits the individual and professionals communicate "
                    "better with each other.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["salford-together-health-and-social-care-hub"],
        "evaluation_method": (
            "<p>The blueprint describes Salford's plans and expected benefits rather than measured "
            "results. Both figures shown are NHS England's programme-wide analysis of all PACS "
            "vanguards, as reported by the NAO. They show emergency admissions growing more slowly "
            "than elsewhere, but total bed days falling less than in non-vanguard areas. NHS "
            "England linked the bed day pattern to vanguards' focus on emergency care; the NAO "
            "noted there could be other explanations that had not been tested.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>No Salford-specific costs are published. A hub of this kind needs staff, premises, "
            "telephony and telecare equipment, and the multidisciplinary groups need protected "
            "time from every partner organisation. Salford Together was one of five vanguards "
            "sharing £41 million approved in principle in July 2015; individual allocations are "
            "not given in the sources.</p>"
        ),
        "advice": (
            "<ul><li>Give the hub a clear role in supporting the teams, not just in answering "
            "calls from the public.</li><li>Run telecare through the same hub so that alerts reach "
            "people who know the patient.</li><li>Build prevention in from the start, for example "
            "screening and signposting to local support.</li><li>Agree early how partners will "
            "share information, so that patients do not have to repeat their story.</li></ul>"
        ),
        "contact": {
            "name": "Salford Together integrated care team",
            "role": "Programme office",
            "email": "salford-together@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-11-08",
        "last_reviewed": "2026-02-16",
        "next_review": "2027-02-16",
    },
    {
        "slug": "morecambe-bay-integrated-care-communities",
        "title": "Morecambe Bay: twelve integrated care communities",
        "summary": (
            "Better Care Together is forming 12 local teams of nurses, doctors, social workers and "
            "other professionals, linked through three clinical networks, so care is consistent "
            "across Morecambe Bay while each locality sets its own priorities."
        ),
        "lead_vanguard": "better-care-together-morecambe-bay-health-community",
        "partners": [
            "University Hospitals of Morecambe Bay NHS Foundation Trust",
            "Cumbria Partnership NHS Foundation Trust",
            "North West Ambulance Service",
            "Blackpool Teaching Hospitals NHS Foundation Trust",
            "Lancashire Care NHS Foundation Trust",
            "Lancashire County Council",
            "Cumbria County Council",
            "NHS Lancashire North Clinical Commissioning Group",
            "NHS Cumbria Clinical Commissioning Group",
            "North Lancashire Medical Services",
            "South Cumbria Primary Care Collaborative",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "designing-new-care-models",
            "empowering-patients-and-communities",
        ],
        "region": "north-west",
        "tags": [
            "multidisciplinary teams",
            "community services",
            "population health",
            "self-care",
            "health inequalities",
        ],
        "problem": (
            "<p>The partners around Morecambe Bay serve 365,000 people in an area that is "
            "geographically spread out, under financial pressure and marked by significant "
            "deprivation and health inequality. Under the name Better Care Together, they aim for "
            "the 'triple aim' of better population health and better quality services at lower "
            "cost, together with higher staff morale.</p><p>Needs differ a great deal between "
            "places. What people in Kendal need from local services is not the same as what people "
            "in Barrow-in-Furness need, yet care should be equally good across the whole area.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>Twelve new health and care teams, called integrated care communities, are "
                    "being formed. Each is based in a local area and brings together nurses, "
                    "doctors, social workers and other professionals from primary, secondary and "
                    "community care, with a mix of skills. The teams work within three clinical "
                    "networks that span the whole area. The networks keep care consistent, while "
                    "each community can set priorities that suit its own population.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "12",
                        "label": "integrated care communities",
                    },
                    {
                        "figure": "3",
                        "label": "clinical networks across the area",
                    },
                    {
                        "figure": "365,000",
                        "label": "people served",
                    },
                    {
                        "figure": "11",
                        "label": "partner organisations",
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>Care is to be given as close to home as possible, with people going to "
                    "hospital only when they need specialist treatment that cannot be given "
                    "elsewhere. The partners see community involvement as essential, not optional: "
                    "better population health cannot be achieved through services alone, so whole "
                    "communities need to take a bigger part in managing their own health and "
                    "wellbeing.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["morecambe-bay-integrated-care-communities"],
        "evaluation_method": (
            "<p>The sources give no local results for the integrated care communities. The "
            "admissions figure comes from programme data quoted by national membership bodies in "
            "May 2018 and covers all PACS vanguards. Bear in mind the NAO's finding that by "
            "December 2017 population-based vanguards were, on average, about a third of the way "
            "to full implementation of their care model across their area, so the effect of teams "
            "like these may take longer to show.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>No costs are published. Better Care Together was among the five vanguards sharing "
            "£41 million approved in principle in July 2015. Forming 12 teams across a spread-out "
            "area mainly takes staff time from many employers, local bases for the teams, and "
            "facilitation to agree priorities with each community.</p>"
        ),
        "advice": (
            "<ul><li>Set shared standards through clinical networks, then let each community "
            "choose its own priorities.</li><li>Draw team members from primary, secondary and "
            "community care so the mix of skills matches local needs.</li><li>Start work with "
            "communities on managing their own health at the beginning, not as an "
            "add-on.</li><li>Be realistic about timescales: nationally, full implementation was "
            "taking years.</li></ul>"
        ),
        "contact": {
            "name": "Better Care Together team",
            "role": "Programme office",
            "email": "bettercaretogether@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-10-04",
        "last_reviewed": "2026-01-12",
        "next_review": "2027-01-12",
    },
    {
        "slug": "northumbria-specialist-emergency-care-hospital",
        "title": (
            "Northumberland: a specialist emergency care hospital and round-the-clock urgent care"
        ),
        "summary": (
            "Northumberland's partners opened England's first purpose-built specialist emergency "
            "care hospital in June 2015, with consultant-led care for serious emergencies seven "
            "days a week and walk-in urgent care centres open 24/7 at general hospital sites."
        ),
        "lead_vanguard": "northumberland-accountable-care-organisation",
        "partners": [
            "Northumbria Healthcare NHS Foundation Trust",
            "NHS Northumberland Clinical Commissioning Group",
            "Northumberland County Council",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
            "urgent-and-emergency-care",
        ],
        "support_areas": [
            "designing-new-care-models",
            "governance-accountability-and-provider-regulation",
        ],
        "region": "north-east-and-yorkshire",
        "tags": [
            "emergency care",
            "urgent care",
            "general practice",
            "multidisciplinary teams",
            "rural",
        ],
        "problem": (
            "<p>Northumberland is one of the largest and most rural areas of England, and its NHS "
            "organisations serve more than 320,000 people. The health and social care partners aim "
            "to give everyone in the county consistently high-quality care and a seamless "
            "experience. They planned a single accountable care organisation, sitting above the "
            "different providers, so that teams across organisations share the same "
            "goals.</p><p>Emergency care was reshaped first, separating specialist care for the "
            "most serious emergencies from care for less serious problems.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The Northumbria Specialist Emergency Care Hospital opened in June 2015, "
                    "the first purpose-built hospital of its kind in England. It provides "
                    "specialist, consultant-led care for all serious emergencies seven days a "
                    "week. Walk-in patients with less serious problems are seen at urgent care "
                    "centres that now open 24 hours a day at the general hospital sites.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "June 2015",
                        "label": "specialist emergency care hospital opened",
                    },
                    {
                        "figure": "24/7",
                        "label": "walk-in urgent care centres at general hospital sites",
                    },
                    {
                        "figure": "£8.3 million",
                        "label": "earmarked for the vanguard for 2015/16",
                    },
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "We helped to design the national support package and want to keep shaping "
                        "it. Organisations here have a long record of working together, and this "
                        "is a chance to think afresh about joining up health and social care for "
                        "an ageing population."
                    ),
                    "attribution": (
                        "Chief executive of a partner NHS foundation trust in Northumberland, July "
                        "2015"
                    ),
                },
            ),
            (
                "text",
                (
                    "<p>With emergency care reshaped, attention moved to general practice: making "
                    "GP advice easier to get during the working week, and exploring networks of "
                    "practices that offer extended access across the county. Locality-based "
                    "multidisciplinary teams are piloting proactive care for the most vulnerable "
                    "patients close to home. This includes an acute home visiting service in which "
                    "pharmacists and community nurses help GPs manage requests for home visits, "
                    "and joint work with mental health and other specialists for people with "
                    "long-term conditions.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["northumbria-specialist-emergency-care-hospital"],
        "evaluation_method": (
            "<p>The blueprint reports what changed and what the partners expected: better outcomes "
            "for seriously ill emergency patients, more same-day access to GP advice, less "
            "out-of-hours activity, fewer emergency admissions and more GP time for people with "
            "complex needs. It gives no measured results for these. The admissions figure is the "
            "NAO's account of NHS England's analysis for all PACS vanguards combined.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>£8.3 million was earmarked for the Northumberland vanguard for 2015/16; it was one "
            "of three vanguards whose funding was announced in July 2015. The sources do not give "
            "the cost of the hospital itself, which opened in the vanguard's first months. An area "
            "considering a similar change should plan for major capital investment, consultant "
            "rotas covering seven days, and round-the-clock staffing for urgent care centres.</p>"
        ),
        "advice": (
            "<ul><li>Separate serious emergencies from less urgent walk-in care, and make sure the "
            "public knows where each is provided.</li><li>Follow changes in hospital care with "
            "work in general practice, so that more needs are met before people reach "
            "hospital.</li><li>Use pharmacists and community nurses to help GPs with home visit "
            "requests.</li><li>Include the ambulance service, mental health services, Healthwatch "
            "and the health and wellbeing board in the partnership, as Northumberland "
            "did.</li></ul>"
        ),
        "contact": {
            "name": "Northumberland vanguard team",
            "role": "Programme office",
            "email": "northumberland-vanguard@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-09-27",
        "last_reviewed": "2026-03-09",
        "next_review": "2027-03-09",
    },
    {
        "slug": "mid-nottinghamshire-transfer-of-care",
        "title": "Mid-Nottinghamshire: transfer of care and integrated care teams",
        "summary": (
            "Better Together introduced a 'transfer of care' process so patients can leave "
            "hospital as soon as they are medically fit, with health and social care support "
            "already arranged, and set up integrated care teams for people at high risk of "
            "admission."
        ),
        "lead_vanguard": "mid-nottinghamshire-better-together",
        "partners": [
            "Nottingham Emergency Medical Services",
            "East Midlands Ambulance Service NHS Trust",
            "Nottinghamshire County Council",
            "Nottinghamshire Healthcare NHS Foundation Trust",
            "Nottingham University Hospitals NHS Trust",
            "Sherwood Forest Hospitals NHS Foundation Trust",
            "United Lincolnshire Hospitals NHS Trust",
            "Together Everyone Achieves More",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "integrated-commissioning-and-provision",
            "empowering-patients-and-communities",
        ],
        "region": "midlands",
        "tags": [
            "hospital discharge",
            "multidisciplinary teams",
            "older people",
            "long-term conditions",
            "social care",
        ],
        "problem": (
            "<p>Better Together serves around 310,000 people across mid-Nottinghamshire. Its "
            "five-year vision was built on an assessment of population needs and on what the "
            "public, stakeholders and staff said about existing services. Two areas were picked "
            "out: urgent and proactive care, for example for people with long-term conditions and "
            "frail older people; and planned care, such as operations on hips and knees and "
            "cataract surgery.</p><p>For urgent care, the partners wanted to reduce pressure on "
            "hospitals by helping patients leave sooner once they are well enough, and to give "
            "more and better care closer to home.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>A process known as transfer of care lets patients be discharged as soon as "
                    "they are medically fit, because a wide range of health and social care "
                    "support has already been arranged before they leave.</p><p>The vanguard also "
                    "created integrated care teams. Each includes GPs, specialist nurses (for "
                    "example in diabetes and cardiac care), social workers and a voluntary sector "
                    "worker. The teams work closely with other community teams to give joined-up "
                    "care to patients at high risk of being admitted to hospital.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "310,000",
                        "label": "people served, approximately",
                    },
                    {
                        "figure": "8",
                        "label": "partner organisations",
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>National support concentrated on two strands of the work: helping patients "
                    "and communities to look after their own health, and integrating health and "
                    "care services. Alongside benefits for patients, the partners expected clearer "
                    "processes for staff and better working relationships between "
                    "organisations.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["mid-nottinghamshire-transfer-of-care"],
        "evaluation_method": (
            "<p>The blueprint states that the transfer of care process is in use, but gives no "
            "figures on discharge delays, length of stay or readmissions. The bed day figure "
            "covers all nine PACS vanguards, as analysed by NHS England and reported by the NAO; "
            "it fell less in vanguard areas than elsewhere because non-vanguard areas saw bigger "
            "falls in elective bed days.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>No costs are published. Transfer of care depends on social care and community "
            "services being able to put support in place before a patient leaves, so the main cost "
            "is capacity in those services, plus staff time to assess and plan with patients while "
            "they are still in hospital.</p>"
        ),
        "advice": (
            "<ul><li>Start planning discharge early, so support is ready on the day a patient is "
            "medically fit.</li><li>Include a voluntary sector worker in integrated teams, as "
            "mid-Nottinghamshire did.</li><li>Focus integrated teams on the patients at highest "
            "risk of admission.</li><li>Base the plan on what the public, stakeholders and staff "
            "say about current services.</li><li>Record discharge delays before and after the "
            "change so that you can show its effect.</li></ul>"
        ),
        "contact": {
            "name": "Better Together programme team",
            "role": "Programme office",
            "email": "better-together@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-12-13",
        "last_reviewed": "2026-02-23",
        "next_review": "2027-02-23",
    },
    {
        "slug": "isle-of-wight-care-navigators",
        "title": "Isle of Wight: care navigators and local area coordinators",
        "summary": (
            "My Life a Full Life uses community and care navigators and local area coordinators to "
            "help islanders find the right service, alongside new GP-led locality teams, to keep "
            "more care in the community and avoid unnecessary admissions and referrals."
        ),
        "lead_vanguard": "my-life-a-full-life-isle-of-wight",
        "partners": [
            "Isle of Wight Clinical Commissioning Group",
            "Isle of Wight NHS Trust",
            "Isle of Wight Council",
            "One Wight Health",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "empowering-patients-and-communities",
            "workforce-redesign",
        ],
        "region": "south-east",
        "tags": [
            "care navigation",
            "self-care",
            "voluntary sector",
            "prevention",
            "community services",
        ],
        "problem": (
            "<p>The Isle of Wight vanguard serves 140,000 residents as well as thousands of "
            "tourists. Its partners include the Isle of Wight NHS Trust, which on the island "
            "provides ambulance, community, hospital, learning disability and mental health "
            "services, together with the council, the clinical commissioning group and One Wight "
            "Health, a group of GPs, as well as voluntary and independent sector "
            "organisations.</p><p>The partners wanted to deliver more care in people's homes and "
            "communities, in ways that would last and give better value. They also wanted to make "
            "the system easier to understand, so that people could find the right help and know "
            "what was available.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>Dedicated staff coordinate health and care for individuals. Community and "
                    "care navigators and local area coordinators help people reach the right "
                    "service, simplify how the system works for them and raise awareness of what "
                    "is on offer. Their work sits within a wider aim of preventing ill health by "
                    "promoting wellbeing, supporting self-care and strengthening communities.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "140,000",
                        "label": "island residents, plus thousands of tourists",
                    },
                    {
                        "figure": "£41 million",
                        "label": (
                            "approved in principle in July 2015 for five vanguards, the Isle of "
                            "Wight among them"
                        ),
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>New locality teams, with GP clinical leadership and staff with a mix of "
                    "skills and specialisms, provide care and support in the community. Services "
                    "assess people's needs together so they get the right service in the right "
                    "place at the right time, avoiding unnecessary admissions and inappropriate "
                    "referrals.</p><p>In 2018 national membership bodies named the Isle of Wight, "
                    "with Tower Hamlets, as showing what public and voluntary sector bodies can do "
                    "together for the health and wellbeing of a population.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["isle-of-wight-care-navigators"],
        "evaluation_method": (
            "<p>The sources do not report measured effects of the navigators or locality teams. "
            "The 2018 recognition is a judgement by national membership bodies, not an evaluation, "
            "and the admissions figure applies to all PACS vanguards combined. If you introduce "
            "navigation roles, collect your own data on how many people are helped and where they "
            "are directed.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>No costs are published. The main costs are the pay and training of navigators and "
            "coordinators, and the time locality teams spend on joint assessment. The Isle of "
            "Wight was one of five vanguards sharing £41 million approved in principle in July "
            "2015.</p>"
        ),
        "advice": (
            "<ul><li>Make sure navigators know local services well, including voluntary and "
            "community groups, so they can make the system simpler for people.</li><li>Pair "
            "navigation with joint assessment so people are directed to the right service first "
            "time.</li><li>Give locality teams GP clinical leadership.</li><li>Record where "
            "navigators send people: it shows gaps in local services as well as demand.</li></ul>"
        ),
        "contact": {
            "name": "My Life a Full Life team",
            "role": "Programme office",
            "email": "iow-vanguard@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2017-01-17",
        "last_reviewed": "2026-01-26",
        "next_review": "2027-01-26",
    },
    {
        "slug": "harrogate-integrated-care-teams",
        "title": "Harrogate: integrated teams built on what matters to local people",
        "summary": (
            "Harrogate's 'What matters to us' vanguard brings GPs, community nurses, social care, "
            "therapists, mental health staff, geriatricians and the voluntary sector into one "
            "team, with a rapid response and overnight service and social care staff working with "
            "A&E."
        ),
        "lead_vanguard": "harrogate-and-rural-district-clinical-commissioning-group",
        "partners": [
            "Harrogate and District NHS Foundation Trust",
            "North Yorkshire County Council",
            "Tees Esk and Wear Valley Foundation Trust",
            "Harrogate Borough Council",
            "Yorkshire Health Network",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "empowering-patients-and-communities",
            "workforce-redesign",
        ],
        "region": "north-east-and-yorkshire",
        "tags": [
            "multidisciplinary teams",
            "older people",
            "prevention",
            "self-care",
            "emergency admissions",
        ],
        "problem": (
            "<p>The vanguard covers about 160,000 people in Harrogate and the surrounding rural "
            "district. Its work was built on what local people said was important to them. The aim "
            "is to help people stay independent, safe and well at home and, where possible, to "
            "have care from the same people each time, so that patients and families can get to "
            "know and trust their team.</p><p>The partners set out to break down the divisions "
            "separating GP, community, hospital, mental health and social care services, and to "
            "keep hospital beds for people who really need them.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>Care comes from an integrated team that includes GPs, community nurses, "
                    "adult social care, occupational therapy, physiotherapy, mental health staff, "
                    "geriatricians and the voluntary sector. Each patient has a care plan setting "
                    "out their goals and the support they will receive to reach them, so that "
                    "needs are anticipated and planned for.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "160,000",
                        "label": "people covered, approximately",
                    },
                    {
                        "figure": "17",
                        "label": "general practices represented by Yorkshire Health Network",
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>To avoid admissions, a response and overnight service gives rapid support, "
                    "and social care staff work with A&amp;E. Community beds are available for "
                    "people who need a little more support. Prevention work is coordinated with "
                    "voluntary and community groups, council services, the police and the fire and "
                    "rescue service, and concentrates on falls, mental health and strokes.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["harrogate-integrated-care-teams"],
        "evaluation_method": (
            "<p>The blueprint describes services and intended benefits, including fewer "
            "unnecessary hospital admissions, but gives no local figures. Read the admissions "
            "figure as context only: it covers all nine PACS vanguards and comes from NHS "
            "England's analysis as reported by the NAO, which warned that separating the effect of "
            "vanguards from other changes is difficult.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>No costs are published. The overnight service, social care staff in A&amp;E and "
            "community beds all need staff and funding that cross organisational budgets, so "
            "partners should agree early how costs are shared. Continuity of care also affects "
            "rotas, because patients should see the same people where possible.</p>"
        ),
        "advice": (
            "<ul><li>Ask local people what matters to them before designing services, and build on "
            "their answers.</li><li>Give every patient a care plan with their own "
            "goals.</li><li>Place social care staff alongside A&amp;E to help find alternatives to "
            "admission.</li><li>Pick a few prevention priorities, as Harrogate did with falls, "
            "mental health and strokes, and tackle them with councils, the police and the fire "
            "service.</li></ul>"
        ),
        "contact": {
            "name": "What matters to us team",
            "role": "Programme office",
            "email": "harrogate-vanguard@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2017-02-21",
        "last_reviewed": "2026-03-16",
        "next_review": "2027-03-16",
    },
    {
        "slug": "north-east-hampshire-and-farnham-integrated-teams",
        "title": (
            "North East Hampshire and Farnham: integrated teams and care in community hospitals"
        ),
        "summary": (
            "Happy, Healthy, at Home is forming integrated teams of community, social care, mental "
            "health, pharmacy, geriatric, GP, voluntary, end-of-life and home care staff, and "
            "moving more care into homes, surgeries and community hospitals such as Farnham and "
            "Fleet."
        ),
        "lead_vanguard": "north-east-hampshire-and-farnham",
        "partners": [
            "NHS North East Hampshire and Farnham Clinical Commissioning Group",
            "Frimley Health NHS Foundation Trust",
            "Southern Health NHS Foundation Trust",
            "Surrey and Borders Partnership NHS Foundation Trust",
            "Virgin Care",
            "South East Coast Ambulance NHS Foundation Trust",
            "North Hampshire Urgent Care",
            "Hampshire County Council",
            "Surrey County Council",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "workforce-redesign",
            "integrated-commissioning-and-provision",
        ],
        "region": "south-east",
        "tags": [
            "multidisciplinary teams",
            "community services",
            "prevention",
            "end of life care",
            "complex needs",
        ],
        "problem": (
            "<p>The vanguard serves more than 220,000 people. Its partners want to keep people as "
            "well as possible and out of hospital where that is right for them, by encouraging and "
            "helping local people to improve their own health and by making care seamless when "
            "they are ill or need support.</p><p>They also face a gap between the resources "
            "available and the cost of meeting needs, and expect better value from new ways of "
            "working to help close it.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>Integrated teams are being formed to give joined-up care, particularly to "
                    "people who are vulnerable or have complex needs. Members include community "
                    "nurses, occupational therapists, physiotherapists, social workers, a "
                    "psychiatric nurse, a lead psychiatrist, a pharmacist, a geriatrician, GPs, "
                    "the voluntary sector, specialists who care for people who are terminally ill "
                    "and their families, and home carers.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "220,000+",
                        "label": "people served",
                    },
                    {
                        "figure": "9",
                        "label": "partner organisations, including two county councils",
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>More services are being offered in people's own homes, in GP surgeries and "
                    "in local community hospitals, with specialist inpatient care in community "
                    "hospitals such as Farnham and Fleet as well as at Frimley Park Hospital. "
                    "Prevention and helping people manage their own health are part of the "
                    "programme. The partners said that becoming a vanguard greatly sped up their "
                    "plans to change how health and care providers are set up and paid to work "
                    "together.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["north-east-hampshire-and-farnham-integrated-teams"],
        "evaluation_method": (
            "<p>The blueprint sets out expected benefits, including lower demand as people stay "
            "healthier and more independent, but reports no local results. The admissions figure "
            "is programme data for all PACS vanguards, quoted by national membership bodies in May "
            "2018, and cannot be attributed to this vanguard.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>No costs are published. Changing how providers are organised and paid needs "
            "finance, contracting and legal work as well as clinical time. Nationally, the NAO "
            "found that the standard contract developed for integrated care had not been used to "
            "completion by 2018, and that most vanguards were moving to consensus-based, non-legal "
            "agreements between partners instead.</p>"
        ),
        "advice": (
            "<ul><li>Build teams around people with complex needs first, where joined-up care "
            "makes the biggest difference.</li><li>Include mental health, pharmacy, end-of-life "
            "care and home carers, not only nursing and therapy.</li><li>Use community hospitals "
            "for specialist inpatient care where that suits patients.</li><li>Decide early whether "
            "you need a formal contract or whether a partnership agreement will do.</li></ul>"
        ),
        "contact": {
            "name": "Happy, Healthy, at Home team",
            "role": "Programme office",
            "email": "nehf-vanguard@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2017-04-11",
        "last_reviewed": "2026-02-02",
        "next_review": "2027-02-02",
    },
    {
        "slug": "south-somerset-symphony-joint-organisation",
        "title": (
            "South Somerset Symphony: a new organisation run jointly by health and social care"
        ),
        "summary": (
            "The Symphony Programme is creating a new organisation, managed jointly by health and "
            "social care professionals, so staff from different bodies in south Somerset can work "
            "together and give people quicker, easier access to care. £4.9 million was earmarked "
            "for 2015/16."
        ),
        "lead_vanguard": "south-somerset-symphony-programme",
        "partners": [
            "Yeovil District Hospital NHS Foundation Trust",
            "Somerset GP Federation",
            "Somerset Clinical Commissioning Group",
            "Somerset County Council",
        ],
        "care_models": [
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "governance-accountability-and-provider-regulation",
            "integrated-commissioning-and-provision",
        ],
        "region": "south-west",
        "tags": [
            "governance",
            "complex needs",
            "prevention",
            "multidisciplinary teams",
            "planned care",
        ],
        "problem": (
            "<p>Health and social care in south Somerset are provided by several organisations, "
            "each with its own management. The Symphony Programme set out to create a new system "
            "in which staff from a range of organisations work together, giving local people "
            "faster, simpler routes to the services and help they need.</p><p>A second aim was to "
            "prevent ill health, or deal with problems as early as possible, so that patients, "
            "especially those with complex conditions, stay independent and healthier for longer "
            "and avoid unnecessary hospital admissions.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The chosen vehicle is a new organisation managed jointly by health and "
                    "social care professionals. Its partners are Yeovil District Hospital NHS "
                    "Foundation Trust, the Somerset GP Federation, Somerset Clinical Commissioning "
                    "Group and Somerset County Council.</p><p>GPs, hospital clinicians, "
                    "therapists, social workers and patients work together to put together "
                    "packages of care that cover all of a person's care and lifestyle needs. More "
                    "services are to be available closer to where people live.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "£4.9 million",
                        "label": "earmarked for 2015/16 from the transformation fund",
                    },
                    {
                        "figure": "4",
                        "label": "partner organisations",
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>Symphony is also looking at routine clinical work, such as some day "
                    "surgery procedures, to make it easier for patients to reach and more "
                    "efficient to run.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["south-somerset-symphony-joint-organisation"],
        "evaluation_method": (
            "<p>The sources describe the plan and the funding but no measured results for south "
            "Somerset. The NAO's progress measure combined depth (how many elements of the care "
            "model framework were in place) with breadth (how much of the population they "
            "covered), averaged across all features and vanguards. Its admissions figure is for "
            "all PACS vanguards combined.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>£4.9 million was earmarked for the programme for 2015/16; it was one of three "
            "vanguards whose funding was announced in July 2015. Setting up a jointly managed "
            "organisation also takes management time, legal and governance advice and agreement "
            "between partners on how risk is shared. Nationally, vanguards were least satisfied "
            "with support on governance and regulation, and some were frustrated by procurement "
            "law and the VAT system.</p>"
        ),
        "advice": (
            "<ul><li>Agree what the new organisation will and will not do before changing any "
            "structures.</li><li>Involve patients in building care packages, as Symphony did, not "
            "only in consultation.</li><li>Take early advice on regulation, procurement and "
            "VAT.</li><li>Consider whether a non-legal agreement between partners would be enough; "
            "most vanguards were moving that way by 2018.</li></ul>"
        ),
        "contact": {
            "name": "Symphony Programme team",
            "role": "Programme office",
            "email": "symphony-vanguard@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-10-18",
        "last_reviewed": "2026-03-23",
        "next_review": "2027-03-23",
    },
    {
        "slug": "tower-hamlets-together-public-and-voluntary-partnership",
        "title": (
            "Tower Hamlets Together: public and voluntary sector partnership for population health"
        ),
        "summary": (
            "Tower Hamlets Together, an east London multispecialty community provider vanguard "
            "first listed as the Tower Hamlets Integrated Provider Partnership, brought public and "
            "voluntary sector bodies together to support the health and wellbeing of its whole "
            "population."
        ),
        "lead_vanguard": "tower-hamlets-together",
        "partners": [],
        "care_models": [
            "multispecialty-community-providers",
        ],
        "support_areas": [
            "empowering-patients-and-communities",
            "integrated-commissioning-and-provision",
        ],
        "region": "london",
        "tags": [
            "voluntary sector",
            "population health",
            "partnership working",
            "multidisciplinary teams",
            "self-care",
        ],
        "problem": (
            "<p>Multispecialty community providers combine general practice with community health "
            "and care services for a defined population, moving specialist care out of hospital "
            "and identifying patients at high risk early. In east London the vanguard was first "
            "listed in 2015 as the Tower Hamlets Integrated Provider Partnership and appears in "
            "the 2016 list of all 50 vanguards as Tower Hamlets Together.</p><p>Its focus, as "
            "national observers later described it, was health and wellbeing in the broadest "
            "sense, which NHS services cannot deliver on their own.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The sources used here do not describe Tower Hamlets Together's services in "
                    "detail. What they record is its approach: a range of public bodies and "
                    "voluntary organisations joined forces to support the health and wellbeing of "
                    "local people. Writing in May 2018, national membership bodies singled out "
                    "Tower Hamlets, with the Isle of Wight, as showing the strength of that kind "
                    "of partnership.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "New models of care succeed only when councils, the NHS and the community "
                        "work as equal partners, around a strong vision that everyone, the public "
                        "included, has helped to shape."
                    ),
                    "attribution": (
                        "Chair of the Local Government Association's community wellbeing board, "
                        "May 2018"
                    ),
                },
            ),
            (
                "text",
                (
                    "<p>The same bodies pointed to three features shared by many vanguards: teams "
                    "drawn from several professions, information passed between services, and "
                    "technology that helps people look after themselves. Through these, they said, "
                    "vanguards were starting to design care around the needs of the people who use "
                    "services.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["tower-hamlets-together-public-and-voluntary-partnership"],
        "evaluation_method": (
            "<p>The evidence here is limited to recognition by national membership bodies and "
            "programme-level admissions data for all MCP vanguards. The sources give no local "
            "evaluation results. NHS England was carrying out further evaluation of how the "
            "vanguards' reconfigured services had changed people's experience, which may offer "
            "more detail.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>No costs are published. Partnerships of this kind mostly cost time: senior leaders "
            "from each organisation, shared programme support and, for voluntary sector partners, "
            "funded capacity so that they can take part on equal terms. Plan for these from the "
            "start rather than relying on goodwill.</p>"
        ),
        "advice": (
            "<ul><li>Bring councils, the NHS, voluntary organisations and the public into the "
            "partnership as equals from the beginning.</li><li>Write the shared vision with local "
            "people rather than presenting it to them.</li><li>Combine multidisciplinary teams "
            "with information sharing and technology that helps people look after "
            "themselves.</li><li>Agree local measures early, since programme-wide figures will not "
            "show your own effect.</li></ul>"
        ),
        "contact": {
            "name": "Tower Hamlets Together partnership office",
            "role": "Programme office",
            "email": "tower-hamlets-together@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2018-01-23",
        "last_reviewed": "2026-03-02",
        "next_review": "2027-03-02",
    },
    {
        "slug": "west-cheshire-patient-leaders",
        "title": "West Cheshire: the case for patient leaders in a new care model",
        "summary": (
            "A patient leader for long-term conditions in the West Cheshire MCP vanguard took part "
            "in its site visit and in national recruitment panels, and pressed for patient leaders "
            "to get the same leadership development as paid board members."
        ),
        "lead_vanguard": "west-cheshire-way",
        "partners": [
            "NHS West Cheshire Clinical Commissioning Group",
            "Primary Care Cheshire",
        ],
        "care_models": [
            "multispecialty-community-providers",
        ],
        "support_areas": [
            "empowering-patients-and-communities",
            "local-leadership-and-delivery",
        ],
        "region": "north-west",
        "tags": [
            "patient involvement",
            "patient leaders",
            "leadership development",
            "health inequalities",
            "long-term conditions",
        ],
        "problem": (
            "<p>The new care models programme committed from the start to building its work with "
            "patients. When the first national support package was published in July 2015, a "
            "patient leader for long-term conditions at West Cheshire Clinical Commissioning "
            "Group, part of a multispecialty community provider vanguard, commented publicly that "
            "patient involvement took up little more than a page of it, and that patient leaders "
            "did not appear in the section on local leadership.</p><p>His concern was practical. "
            "If leadership training went only to paid clinical and non-clinical staff, volunteer "
            "patient leads on local MCP boards would struggle to keep up with the board members "
            "around them.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The patient leader was already involved in the programme. He was a patient "
                    "representative during the two-day national visit to the West Cheshire "
                    "vanguard, and spent five days on interview panels in London, with other "
                    "patient representatives, recruiting support staff for vanguards. Locally he "
                    "had started a health and wellbeing group in Blacon, Chester, an area with "
                    "marked health inequalities, and argued that the MCP should aim its work at "
                    "reducing them.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Volunteer patient leaders on local boards need the same training and "
                        "development as the paid members beside them. Involvement should run all "
                        "the way from the national board down to each individual patient."
                    ),
                    "attribution": (
                        "Patient leader for long-term conditions, West Cheshire, July 2015"
                    ),
                },
            ),
            (
                "text",
                (
                    "<p>NHS England replied that patient involvement was a key principle and a "
                    "firm commitment of the programme. It pointed out that patients had taken part "
                    "from the beginning, including in site visits and recruitment, and that the "
                    "support package would help vanguards transfer power to patients. Work on "
                    "empowering patients and communities would be built on six partnership "
                    "principles set by the People and Communities Board, and would include "
                    "training. Patients were represented on the national new care models board "
                    "through National Voices.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["west-cheshire-patient-leaders"],
        "evaluation_method": (
            "<p>This is one patient leader's account and NHS England's reply, taken from public "
            "comments on the July 2015 announcement. It is not an evaluation and nothing was "
            "measured. It is included because it sets out clearly the questions patient leaders "
            "are likely to ask of any new care model, and the commitments a programme should be "
            "ready to show it has kept.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>The sources give no costs. The patient leader described patient volunteers as "
            "people who ask for expenses, not salaries. Adopters should budget for expenses, "
            "training and leadership development for patient leaders, and staff time to support "
            "them in board and recruitment roles.</p>"
        ),
        "advice": (
            "<ul><li>Offer patient leaders the same leadership development as other board "
            "members.</li><li>Involve patients in practical work such as site visits and "
            "recruitment panels, not only in consultation.</li><li>Make patient involvement "
            "visible in plans and support offers: a single page signals a low "
            "priority.</li><li>Take it seriously when patient leaders point to local inequalities, "
            "and consider targeting work there.</li></ul>"
        ),
        "contact": {
            "name": "Patient involvement team",
            "role": "Engagement office",
            "email": "west-cheshire-mcp@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-05-10",
        "last_reviewed": "2026-01-05",
        "next_review": "2027-01-05",
    },
    {
        "slug": "gateshead-care-home-project",
        "title": "Gateshead Care Home Project: joined-up health support for care home residents",
        "summary": (
            "One of six enhanced health in care homes vanguards, the Gateshead Care Home Project "
            "works with care homes to give older residents joined-up health, care and "
            "rehabilitation. Across the six, residents' emergency admissions fell while the rest "
            "of England's rose."
        ),
        "lead_vanguard": "gateshead-care-home-project",
        "partners": [
            "Newcastle Gateshead Alliance",
        ],
        "care_models": [
            "enhanced-health-in-care-homes",
        ],
        "support_areas": [
            "designing-new-care-models",
            "evaluation-and-metrics",
        ],
        "region": "north-east-and-yorkshire",
        "tags": [
            "care homes",
            "older people",
            "emergency admissions",
            "multidisciplinary teams",
            "rehabilitation",
        ],
        "problem": (
            "<p>Older people living in care homes may need care from several NHS services as well "
            "as from the home itself and the council. The enhanced health in care homes model was "
            "designed to join up NHS services with the companies that run care homes and with "
            "council services, so that residents get better, joined-up health care, social care "
            "and rehabilitation.</p><p>Gateshead was one of six areas chosen in March 2015 to test "
            "this model. In the board paper that listed the first 29 vanguards, its entry appears "
            "under the Newcastle Gateshead Alliance.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The sources used here do not describe the Gateshead project's local "
                    "services, so this page sets out what is known about the model it was testing. "
                    "The national description of enhanced health in care homes gives two examples: "
                    "several agencies supporting care home residents together, and telemedicine to "
                    "bring specialist advice to residents. Another care home vanguard, Sutton, "
                    "concentrated on the move between care home and hospital with its Red Bag "
                    "scheme.</p>"
                ),
            ),
            (
                "key_facts",
                [
                    {
                        "figure": "6",
                        "label": "enhanced health in care homes vanguards",
                    },
                    {
                        "figure": "-1.4%",
                        "label": (
                            "change in residents' emergency admissions across the six, 12 months "
                            "to January 2018"
                        ),
                    },
                    {
                        "figure": "+6.7%",
                        "label": "change in the rest of England over the same period",
                    },
                ],
            ),
            (
                "text",
                (
                    "<p>Across the six care home vanguards together, emergency admissions of "
                    "residents fell by 1.4% in the 12 months to January 2018 compared with "
                    "2014-15, while admissions in the rest of England rose by 6.7%. In the sources "
                    "this is the only vanguard type where admissions fell rather than simply grew "
                    "more slowly. It is a combined figure, though, and does not show which local "
                    "changes made the difference or how much Gateshead contributed.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["gateshead-care-home-project"],
        "evaluation_method": (
            "<p>The admissions figure comes from programme data quoted by national membership "
            "bodies in May 2018. It compares vanguard areas with the rest of England without "
            "adjusting for other differences, and it covers all six care home vanguards. The NAO "
            "review included the care home vanguards, but the sources give no Gateshead-specific "
            "evaluation, so treat this as programme-level monitoring rather than evidence about "
            "Gateshead's own service.</p>"
        ),
        "evidence_level": "monitored",
        "costs": (
            "<p>No costs are published for Gateshead. Enhanced health in care homes depends on NHS "
            "staff time spent in and with care homes, joint working with the council and care home "
            "providers, and, where telemedicine is used, equipment and specialist time at the "
            "other end of the link.</p>"
        ),
        "advice": (
            "<ul><li>Involve care home providers and the council as partners from the start; the "
            "model is built on all three working together.</li><li>Measure residents' emergency "
            "admissions for your own homes, so that you can see your effect separately from "
            "national trends.</li><li>Look at what other care home vanguards did, such as the Red "
            "Bag, before designing your own approach.</li></ul>"
        ),
        "contact": {
            "name": "Care home project team",
            "role": "Programme office",
            "email": "gateshead-care-homes@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2017-06-06",
        "last_reviewed": "2025-05-12",
        "next_review": "2026-05-12",
    },
    {
        "slug": "west-yorkshire-urgent-and-emergency-care-network",
        "title": "West Yorkshire: coordinating urgent and emergency care as a network",
        "summary": (
            "One of eight urgent and emergency care vanguards announced in July 2015, the West "
            "Yorkshire network set out to join up A&E, GP out-of-hours, minor injuries, ambulance "
            "and NHS 111 services so people can get the right urgent help, seven days a week."
        ),
        "lead_vanguard": "west-yorkshire-urgent-and-emergency-care-network",
        "partners": [],
        "care_models": [
            "urgent-and-emergency-care",
        ],
        "support_areas": [
            "designing-new-care-models",
            "communications-and-engagement",
        ],
        "region": "north-east-and-yorkshire",
        "tags": [
            "urgent care",
            "emergency care",
            "nhs 111",
            "ambulance services",
            "network working",
        ],
        "problem": (
            "<p>Urgent help comes from a mix of services that many people find confusing: A&amp;E "
            "departments, GP out-of-hours services, minor injuries units, ambulance services and "
            "NHS 111. The new care models programme wanted these joined up so that patients know "
            "where they can get urgent help easily and effectively, seven days a week, and so that "
            "pressure on A&amp;E departments is reduced.</p><p>Urgent and emergency care vanguards "
            "were chosen to develop new ways of coordinating these services across a whole area "
            "rather than within one organisation. West Yorkshire's vanguard took the form of a "
            "network of the organisations involved.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The eight urgent and emergency care vanguards were announced in late July "
                    "2015, after the first 29. Their national support came later too: an updated "
                    "package for all 50 vanguards was published in December 2015, shaped around "
                    "the needs of the urgent and emergency care and acute care collaboration "
                    "vanguards and drawing on what the first 29 had learned.</p><p>The sources "
                    "used here do not set out the network's own changes. They do record how the "
                    "programme treated this group: these vanguards worked across whole systems, "
                    "and the new care models team supported them for one year only, after which "
                    "they moved to another part of NHS England.</p>"
                ),
            ),
            (
                "text",
                (
                    "<p>Because of that move, the NAO's 2018 review left the urgent and emergency "
                    "care vanguards out of its scope, and its figures on funding, emergency "
                    "admissions and savings do not cover them. Anyone looking for their results "
                    "will need to look beyond the vanguard programme's national reports.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["west-yorkshire-urgent-and-emergency-care-network"],
        "evaluation_method": (
            "<p>No outcome evaluation of this vanguard appears in the sources, and the NAO "
            "deliberately excluded urgent and emergency care vanguards from its review. What is "
            "reported here is the vanguard's purpose and its place in the programme, taken from "
            "programme documents. There are no figures, so nothing here should be read as a "
            "result.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>The sources give no costs: the NAO's funding totals exclude spending on urgent and "
            "emergency care vanguards once the new care models team stopped supporting them. "
            "Running a network across many providers needs a small coordinating team, time from "
            "each member organisation and agreed data on activity across A&amp;E, 111, ambulance "
            "and out-of-hours services.</p>"
        ),
        "advice": (
            "<ul><li>Map every urgent care service in the area from the patient's point of view "
            "before changing any of them.</li><li>Agree shared information that tells people where "
            "to go, and use it consistently across all services.</li><li>Plan for changes in "
            "national oversight: this group moved to a different part of NHS England after one "
            "year.</li><li>Set up your own evaluation, as national vanguard reviews did not cover "
            "this model.</li></ul>"
        ),
        "contact": {
            "name": "Urgent care network office",
            "role": "Network coordination",
            "email": "wy-uec-network@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2016-06-14",
        "last_reviewed": "2026-02-27",
        "next_review": "2027-02-27",
    },
    {
        "slug": "emrad-shared-radiology",
        "title": "EMRAD: hospitals sharing radiology across the East Midlands",
        "summary": (
            "The East Midlands Radiology Consortium is an acute care collaboration vanguard built "
            "around hospitals sharing radiology, the kind of shared service the NAO uses to "
            "illustrate how linked hospitals can improve care and efficiency."
        ),
        "lead_vanguard": "emrad-east-midlands-radiology-consortium",
        "partners": [],
        "care_models": [
            "acute-care-collaborations",
        ],
        "support_areas": [
            "new-operating-models",
            "harnessing-technology",
        ],
        "region": "midlands",
        "tags": [
            "hospital collaboration",
            "radiology",
            "shared services",
            "digital",
            "reducing variation",
        ],
        "problem": (
            "<p>Acute care collaborations were set up to link hospitals so that they become more "
            "viable clinically and financially, reduce variation in care and work more "
            "efficiently. Thirteen were announced in September 2015, bringing the programme to 50 "
            "vanguards.</p><p>Radiology is the service the NAO names as an example of what "
            "hospitals in such a collaboration can share. The East Midlands Radiology Consortium, "
            "known as EMRAD, is the vanguard built around that idea.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The sources list EMRAD among the 13 acute care collaborations, and the NAO "
                    "uses shared radiology to illustrate the model, but they do not describe the "
                    "consortium's arrangements, such as which hospitals take part or how images "
                    "and reports are shared. Check those details with the consortium before "
                    "relying on them.</p><p>The sources do describe the national support available "
                    "to acute care collaborations. One of the ten support areas, new operating "
                    "models, was aimed specifically at them, helping hospitals that work together "
                    "to settle on the right operating model. As with all vanguards, each "
                    "collaboration had to justify its funding through a value proposition setting "
                    "out its plans and the expected return on investment.</p>"
                ),
            ),
            (
                "text",
                (
                    "<p>The NAO found that vanguards overall were least satisfied with national "
                    "support on harnessing technology, workforce, and governance and regulation, "
                    "and that some were frustrated by procurement law and the VAT system. Sharing "
                    "a clinical service between trusts is likely to touch all of these, so "
                    "adopters should expect to spend time on them.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["emrad-shared-radiology"],
        "evaluation_method": (
            "<p>The sources give no results for EMRAD. The only figure shown is a survey result "
            "for all responding vanguards, which tells you about intentions, not about the effect "
            "of shared radiology on reporting times, quality or cost. Anyone adopting the approach "
            "should agree measures such as these with partner hospitals at the start.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>No costs are published. Sharing radiology between hospitals is likely to need "
            "investment in shared technology, agreements between trusts on staffing and "
            "responsibility, and time to align ways of working. Each acute care collaboration had "
            "to set out its expected return on investment, which is a useful discipline for any "
            "group of hospitals considering the same step.</p>"
        ),
        "advice": (
            "<ul><li>Write a value proposition before you start, setting out plans and the "
            "expected return, as every vanguard had to.</li><li>Agree the operating model between "
            "trusts early: who employs whom, who is responsible for each report, and how decisions "
            "are made.</li><li>Take advice on procurement and VAT before committing to shared "
            "contracts.</li><li>Agree common measures across all hospitals so that variation can "
            "be seen.</li></ul>"
        ),
        "contact": {
            "name": "Radiology consortium office",
            "role": "Programme office",
            "email": "emrad-consortium@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2017-05-16",
        "last_reviewed": "2026-01-30",
        "next_review": "2027-01-30",
    },
    {
        "slug": "salford-and-wigan-foundation-chain",
        "title": "Salford and Wigan Foundation Chain: hospital trusts working as a chain",
        "summary": (
            "Hospital trusts in Salford and Wigan formed a foundation chain, one of 13 acute care "
            "collaboration vanguards, to test whether linked hospitals can improve care quality, "
            "reduce variation, and become more efficient and sustainable."
        ),
        "lead_vanguard": "salford-and-wigan-foundation-chain",
        "partners": [],
        "care_models": [
            "acute-care-collaborations",
        ],
        "support_areas": [
            "new-operating-models",
            "governance-accountability-and-provider-regulation",
        ],
        "region": "north-west",
        "tags": [
            "hospital collaboration",
            "governance",
            "workforce",
            "reducing variation",
            "shared services",
        ],
        "problem": (
            "<p>Acute care collaborations try out new ways for hospital trusts to cooperate, "
            "aiming at better quality, better use of money and a workforce that can be sustained. "
            "Thirteen were announced in September 2015, and their names show the range of forms "
            "they took: chains, groups, networks, an alliance and a consortium. The Salford and "
            "Wigan Foundation Chain was one of them.</p><p>The question for this vanguard, as for "
            "every acute care collaboration, was whether linking hospitals could make them more "
            "viable clinically and financially and reduce variation in care and efficiency between "
            "them.</p>"
        ),
        "what_was_done": [
            (
                "text",
                (
                    "<p>The sources do not describe the chain's specific programmes. They do "
                    "describe the support that shaped acute care collaborations. National help "
                    "covered ten areas, one of which, new operating models, was aimed specifically "
                    "at hospitals working together. Another, governance, accountability and "
                    "provider regulation, helped vanguards choose an organisational form and "
                    "understand how regulation would affect them.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Changing health care at scale needs money, practical help to implement, "
                        "time, and freedom to get things wrong and learn from it."
                    ),
                    "attribution": (
                        "Chief executive of a national membership body for NHS trusts, May 2018"
                    ),
                },
            ),
            (
                "text",
                (
                    "<p>The NAO found that vanguards were least satisfied with national support on "
                    "governance and regulation, workforce and technology. Vanguards still had to "
                    "work within existing regulations, which caused frustration over procurement "
                    "law and VAT. The NAO also found that a standard contract for integrated care "
                    "had not been used to completion and that most vanguards were moving to "
                    "consensus-based, non-legal agreements between partners.</p>"
                ),
            ),
        ],
        "outcomes": OUTCOMES["salford-and-wigan-foundation-chain"],
        "evaluation_method": (
            "<p>The sources contain no results for this chain. The survey figure shows the plans "
            "of vanguards in general, not the effect of the chain on quality, variation or cost. "
            "The NAO also recorded that NHS England did not intend to keep measuring financial "
            "returns after the programme, so local measurement matters more.</p>"
        ),
        "evidence_level": "reported",
        "costs": (
            "<p>No costs are published for the chain. Linking trusts takes board and executive "
            "time, legal and regulatory advice and staff time to agree common standards. The NAO "
            "found that some vanguards struggled to recruit and keep staff because funding was "
            "agreed one year at a time, so plan for longer-term funding of any shared posts.</p>"
        ),
        "advice": (
            "<ul><li>Decide what the chain will share and what each trust keeps before agreeing "
            "governance.</li><li>Take regulatory, procurement and VAT advice "
            "early.</li><li>Consider whether a consensus-based agreement will do before drafting a "
            "contract.</li><li>Choose a few measures of variation between sites and report them "
            "regularly to both boards.</li></ul>"
        ),
        "contact": {
            "name": "Foundation chain programme office",
            "role": "Programme office",
            "email": "salford-wigan-chain@demo.nhs.uk",
        },
        "spread": [],
        "first_published": "2017-09-19",
        "last_reviewed": "2025-08-04",
        "next_review": "2026-08-04",
    },
]
