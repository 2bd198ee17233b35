"""Reference data loaded by migration 0002. Frozen: later changes arrive as new migrations."""

CARE_MODELS = [  # in this order: pacs, mcp, ehch, uec, acc
    {
        "slug": "integrated-primary-acute-care-systems",
        "short_name": "PACS",
        "name": "Integrated primary and acute care systems",
        "summary": (
            "Joins up GP, hospital, community and mental health services so that one system "
            "shares responsibility for the health of a local population."
        ),
        "description": (
            "An integrated primary and acute care system brings general practice, hospitals, "
            "community services and mental health care together, either as a single organisation "
            "or as a closely linked network. The partners share responsibility, and risk, for the "
            "health of everyone living in a defined area.\n\n"
            "For patients this should mean fewer hand-offs between services, more care provided "
            "near home and a stronger focus on preventing illness and avoiding unplanned hospital "
            "stays. Shared records and joint teams mean people should not have to repeat their "
            "story to every professional they see.\n\n"
            "Nine PACS vanguards were chosen in March 2015 as part of the first group of 29. "
            "Together with the 14 multispecialty community providers they made up the programme's "
            "23 population-based vanguards. The National Audit Office reported that emergency "
            "admissions in PACS areas grew by 2.6% in the 12 months to March 2018, compared with "
            "6.3% elsewhere."
        ),
    },
    {
        "slug": "multispecialty-community-providers",
        "short_name": "MCP",
        "name": "Multispecialty community providers",
        "summary": (
            "Moves specialist care out of hospital and into the community, building joined-up "
            "services around general practice for a local population."
        ),
        "description": (
            "A multispecialty community provider combines general practice with community-based "
            "health and care services, sometimes as one organisation and sometimes as a network. "
            "Specialists who used to work mainly in hospitals run clinics and support patients in "
            "local settings instead.\n\n"
            "Patients should be able to get more of their care close to home, from teams that "
            "span GPs, community nurses, social care, mental health and the voluntary sector. "
            "Finding people at high risk early and supporting them before a crisis is a central "
            "feature of the model.\n\n"
            "Fourteen MCP vanguards were selected in March 2015 among the first 29. The National "
            "Audit Office found that emergency admissions in MCP areas grew by 0.9% in the 12 "
            "months to March 2018, well below the 6.3% growth seen in the rest of England."
        ),
    },
    {
        "slug": "enhanced-health-in-care-homes",
        "short_name": "EHCH",
        "name": "Enhanced health in care homes",
        "summary": (
            "Gives older people living in care homes better joined-up health, care and "
            "rehabilitation, with the NHS working alongside care home providers and councils."
        ),
        "description": (
            "The enhanced health in care homes model brings NHS services together with care home "
            "providers and local authority services, so that residents receive joined-up health "
            "care, social care and rehabilitation. Examples include several agencies supporting "
            "residents as one team and the use of telemedicine to bring in specialist advice.\n\n"
            "For residents this means care that comes to them, better planning for their needs "
            "and smoother moves into and out of hospital when an admission cannot be avoided. The "
            "Red Bag scheme started by the Sutton Homes of Care vanguard is a well-known example "
            "that other areas have taken up.\n\n"
            "Six EHCH vanguards were chosen in March 2015 as part of the first 29. In the 12 "
            "months to January 2018, emergency admissions of residents in these vanguards fell by "
            "1.4%, while the rest of England saw a rise of 6.7%."
        ),
    },
    {
        "slug": "urgent-and-emergency-care",
        "short_name": "UEC",
        "name": "Urgent and emergency care",
        "summary": (
            "Develops new ways of coordinating urgent and emergency services across a whole area "
            "to ease the pressure on A&E departments."
        ),
        "description": (
            "Urgent and emergency care vanguards work across a whole local system, including A&E, "
            "GP out-of-hours services, minor injuries units, ambulance services and NHS 111, so "
            "that these services operate as one. The aim is for people to reach the right help "
            "first time, on any day of the week.\n\n"
            "For patients this means less confusion about where to go when they need urgent help "
            "and fewer unnecessary trips to A&E, which in turn relieves pressure on emergency "
            "departments.\n\n"
            "Eight UEC vanguards were announced in late July 2015. The new care models team "
            "supported them for one year only, after which they moved to another part of NHS "
            "England; for that reason the National Audit Office's 2018 review of the programme "
            "does not cover them."
        ),
    },
    {
        "slug": "acute-care-collaborations",
        "short_name": "ACC",
        "name": "Acute care collaborations",
        "summary": (
            "Links hospitals together so they can strengthen their clinical and financial "
            "viability, reduce variation in care and work more efficiently."
        ),
        "description": (
            "Acute care collaborations test new ways for hospital trusts to work together, for "
            "example as hospital groups or chains, as specialist networks, or by sharing services "
            "such as radiology. The aim is to raise the quality of care, improve financial "
            "efficiency and make the workforce more sustainable.\n\n"
            "For patients this should mean more consistent standards from one hospital to the "
            "next, better access to specialist expertise and less unwarranted variation in "
            "care.\n\n"
            "Thirteen ACC vanguards were announced in September 2015, bringing the total to 50. "
            "The national support package was updated in December 2015 to reflect their needs, "
            "and one of its areas, new operating models, is aimed specifically at them."
        ),
    },
]

SUPPORT_AREAS = [  # the ten areas of the NAO report (June 2018), Figure 4, in that order
    {
        "slug": "designing-new-care-models",
        "name": "Designing new care models",
        "description": (
            "Works with each vanguard on shaping its local model of care so that it does the most "
            "good for patients and gives good value."
        ),
    },
    {
        "slug": "evaluation-and-metrics",
        "name": "Evaluation and metrics",
        "description": (
            "Helps vanguards measure, throughout the programme, how their changes are affecting "
            "patients, staff and the wider community."
        ),
    },
    {
        "slug": "integrated-commissioning-and-provision",
        "name": "Integrated commissioning and provision",
        "description": (
            "Helps local systems clear away the obstacles that stop health and care services from "
            "being commissioned and delivered in an integrated way."
        ),
    },
    {
        "slug": "empowering-patients-and-communities",
        "name": "Empowering patients and communities",
        "description": (
            "Supports vanguards to involve patients, local people and communities in shaping "
            "services, and to help people take an active part in looking after their own health "
            "and wellbeing."
        ),
    },
    {
        "slug": "harnessing-technology",
        "name": "Harnessing technology",
        "description": (
            "Helps vanguards use digital technology to redesign how care is delivered, including "
            "making patient information easier to share between organisations."
        ),
    },
    {
        "slug": "workforce-redesign",
        "name": "Workforce redesign",
        "description": (
            "Helps vanguards reshape roles and teams so that staff with the right mix of skills "
            "work flexibly around patients and local needs."
        ),
    },
    {
        "slug": "local-leadership-and-delivery",
        "name": "Local leadership and delivery",
        "description": (
            "Strengthens leadership skills within the vanguards and connects them with "
            "international experts they can learn from."
        ),
    },
    {
        "slug": "communications-and-engagement",
        "name": "Communications and engagement",
        "description": (
            "Supports vanguards to follow good practice when informing and involving their staff, "
            "patients and local communities."
        ),
    },
    {
        "slug": "new-operating-models",
        "name": "New operating models",
        "description": (
            "Helps acute care collaboration vanguards work out the right operating model for "
            "hospitals that are working together."
        ),
    },
    {
        "slug": "governance-accountability-and-provider-regulation",
        "name": "Governance, accountability and provider regulation",
        "description": (
            "Helps vanguards choose a suitable organisational form and governance model, and "
            "understand how regulation affects what they plan to do."
        ),
    },
]

REGIONS = [  # NHS England's seven regions
    {"slug": "north-east-and-yorkshire", "name": "North East and Yorkshire"},
    {"slug": "north-west", "name": "North West"},
    {"slug": "midlands", "name": "Midlands"},
    {"slug": "east-of-england", "name": "East of England"},
    {"slug": "london", "name": "London"},
    {"slug": "south-east", "name": "South East"},
    {"slug": "south-west", "name": "South West"},
]

VANGUARDS = [  # all 50, numbered as in 'New care models: vanguards - developing a blueprint'
    # Integrated primary and acute care systems (PACS): 1-9
    {
        "number": 1,
        "slug": "wirral-partners",
        "name": "Wirral Partners",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "north-west",
        "place": "Wirral",
        "summary": (
            "Healthy Wirral brings together the NHS, the council and community partners in Wirral "
            "to commission services jointly and to share electronic patient records across "
            "providers so that care can be planned around the population's needs."
        ),
        "partners": [
            "NHS Wirral Clinical Commissioning Group",
            "Wirral Council",
            "Wirral University Teaching Hospital NHS Foundation Trust",
            "Wirral Community NHS Trust",
            "Cheshire and Wirral Partnership NHS Foundation Trust",
            "Local professional committees (medical, optometry, pharmacy, dentistry)",
        ],
        "population": 330000,
        "website": "https://www.healthywirral.org.uk",
        "what_is_changing": (
            "The partners want local services to be shaped around what matters most to people in "
            "Wirral. They are working far more closely together, buying services jointly, backing "
            "joined-up local care and working alongside Wirral's large and varied communities and "
            "voluntary sector, with support from Community Action Wirral, Healthwatch Wirral and "
            "the Cerner Corporation.\n\n"
            "With national support, the vanguard is building what it describes as Europe's first "
            "population health management digital infrastructure, in which electronic patient "
            "records are shared across all health providers. Information from the system, such as "
            "how many people have particular conditions and who tends to become unwell, is used "
            "to plan services and make the system more efficient.\n\n"
            "The expected benefits are better health and wellbeing, a better experience for "
            "patients and service users, and health and social care that is well organised and "
            "good value for money."
        ),
    },
    {
        "number": 2,
        "slug": "mid-nottinghamshire-better-together",
        "name": "Mid Nottinghamshire Better Together",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "midlands",
        "place": "Mid Nottinghamshire",
        "summary": (
            "Better Together aims to give people across mid-Nottinghamshire high-quality, "
            "sustainable care in the community and in hospital, following a five-year vision "
            "shaped by population needs and by feedback from the public, stakeholders and staff."
        ),
        "partners": [
            "Nottingham Emergency Medical Services",
            "East Midlands Ambulance Service NHS Trust",
            "Nottinghamshire County Council",
            (
                "Nottinghamshire Healthcare NHS Foundation Trust (including County Health "
                "Partnerships)"
            ),
            "Nottingham University Hospitals NHS Trust",
            "Sherwood Forest Hospitals NHS Foundation Trust",
            "United Lincolnshire Hospitals NHS Trust",
            "Together Everyone Achieves More",
        ],
        "population": 310000,
        "website": "https://www.bettertogethermidnotts.org.uk",
        "what_is_changing": (
            "Doctors, nurses, other health professionals and social care staff are being brought "
            "together to meet the needs of patients, families and carers, with national support "
            "for empowering patients and communities and for integrating services. The work "
            "concentrates on urgent and proactive care, for example for people with long-term "
            "conditions and frail older people, and on early and planned care such as hip, knee "
            "and cataract surgery.\n\n"
            "New integrated care teams of GPs, specialist nurses, social workers and a voluntary "
            "sector worker support patients at high risk of hospital admission, alongside other "
            "community teams. A 'transfer of care' process lets patients leave hospital as soon "
            "as they are medically fit, with health and social care support already arranged.\n\n"
            "The vanguard expects this to take pressure off hospitals by getting patients home "
            "sooner, and to give people more and better care close to home."
        ),
    },
    {
        "number": 3,
        "slug": "south-somerset-symphony-programme",
        "name": "South Somerset Symphony Programme",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "south-west",
        "place": "South Somerset",
        "summary": (
            "The Symphony Programme is setting up a new organisation, run jointly by health and "
            "social care professionals, so that staff from different organisations in south "
            "Somerset can work as one. In July 2015, £4.9 million was earmarked for it for "
            "2015/16."
        ),
        "partners": [
            "Yeovil District Hospital NHS Foundation Trust",
            "Somerset GP Federation",
            "Somerset Clinical Commissioning Group",
            "Somerset County Council",
        ],
        "population": None,
        "website": None,
        "what_is_changing": (
            "Symphony is developing ways of caring for people that prevent ill health or deal "
            "with problems as early as possible. More services will be offered close to where "
            "people live, and patients, especially those with complex conditions, will be helped "
            "to stay independent and healthy for longer and to avoid unnecessary hospital "
            "stays.\n\n"
            "GPs, hospital clinicians, therapists, social workers and patients will jointly put "
            "together packages of care covering all of a person's care and lifestyle needs. The "
            "vanguard is also looking at making some routine clinical work, such as certain day "
            "surgery, easier for patients to reach and more efficient.\n\n"
            "By working proactively, the partners hope to prevent illness and reduce reliance on "
            "health and care services, while patients get care sooner because resources are used "
            "more efficiently."
        ),
    },
    {
        "number": 4,
        "slug": "northumberland-accountable-care-organisation",
        "name": "Northumberland Accountable Care Organisation",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "north-east-and-yorkshire",
        "place": "Northumberland",
        "summary": (
            "Health and social care partners in Northumberland, one of England's largest and most "
            "rural counties, are working towards a single accountable care organisation to give "
            "people consistently high-quality, seamless care. £8.3 million was earmarked for it "
            "for 2015/16."
        ),
        "partners": [
            "Northumbria Healthcare NHS Foundation Trust",
            "NHS Northumberland Clinical Commissioning Group",
            "Northumberland County Council",
        ],
        "population": 320000,
        "website": "https://www.northumberland.nhs.uk",
        "what_is_changing": (
            "Emergency care has already been reshaped. The Northumbria Specialist Emergency Care "
            "Hospital, the first purpose-built hospital of its type in England, opened in June "
            "2015 and provides consultant-led care for serious emergencies seven days a week, "
            "while walk-in urgent care centres for less serious problems now open around the "
            "clock at the general hospital sites.\n\n"
            "The focus has moved to making GP advice easier to get during the working week and to "
            "networks of practices offering extended access across the county. Locality-based "
            "multidisciplinary teams are piloting proactive care for the most vulnerable patients "
            "close to home, including an acute home visiting service in which pharmacists and "
            "community nurses help GPs with home visit requests.\n\n"
            "Expected benefits include better outcomes for seriously ill emergency patients, more "
            "same-day access to GP advice and less out-of-hours activity, fewer emergency "
            "admissions, more GP time for people with long-term or complex needs, and a more "
            "financially stable system."
        ),
    },
    {
        "number": 5,
        "slug": "salford-together",
        "name": "Salford Together",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "north-west",
        "place": "Salford",
        "summary": (
            "Salford Together is improving health and social care for older people by linking "
            "GPs, district nurses, social workers, mental health professionals, care homes, "
            "voluntary groups and local hospitals more closely."
        ),
        "partners": [
            "Salford City Council",
            "NHS Salford Clinical Commissioning Group",
            "Salford Royal NHS Foundation Trust",
            "Greater Manchester West Mental Health NHS Foundation Trust",
        ],
        "population": 230000,
        "website": "https://www.salfordtogether.com",
        "what_is_changing": (
            "Multidisciplinary groups of health and care staff are being set up to give targeted "
            "support to the most vulnerable people. A new contact centre will act as a hub for "
            "these teams, coordinate telecare that helps people stay safe at home, and help "
            "residents find community support so they can remain independent and manage their own "
            "care with more confidence.\n\n"
            "There is a new emphasis on prevention, through more screening for health conditions "
            "and by pointing people to local support for their health and wellbeing. Because "
            "staff will share information and plan care together, patients should no longer need "
            "to repeat their story to each professional.\n\n"
            "Pooling expertise and resources should make services more personal and efficient, "
            "and help people stay safely at home for longer, receiving care there rather than in "
            "hospital."
        ),
    },
    {
        "number": 6,
        "slug": "better-care-together-morecambe-bay-health-community",
        "name": "Better Care Together (Morecambe Bay Health Community)",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "north-west",
        "place": "Morecambe Bay",
        "summary": (
            "Better Care Together aims to help the communities around Morecambe Bay be as healthy "
            "as possible, seeking better population health and better services at lower cost "
            "across a spread-out area with significant deprivation and health inequality."
        ),
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
        "population": 365000,
        "website": "https://www.bettercaretogether.co.uk",
        "what_is_changing": (
            "Twelve local teams, called integrated care communities, are being formed from "
            "nurses, doctors, social workers and other professionals drawn from primary, "
            "secondary and community care. They will work across the area within three clinical "
            "networks, giving consistent care while setting priorities that suit each locality, "
            "since the needs of Kendal differ from those of Barrow-in-Furness.\n\n"
            "Care will be given as close to home as possible, with people going to hospital only "
            "for the specialist care that only a hospital can offer. The partners see whole "
            "communities taking a bigger part in managing their own health and wellbeing as "
            "essential, because services alone cannot improve population health.\n\n"
            "Expected benefits are more consistent, higher-quality care in and out of hospital, "
            "hospitals that can concentrate on specialist and emergency treatment, and innovative "
            "teams working together."
        ),
    },
    {
        "number": 7,
        "slug": "north-east-hampshire-and-farnham",
        "name": "North East Hampshire and Farnham",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "south-east",
        "place": "North East Hampshire and Farnham",
        "summary": (
            "Known as Happy, Healthy, at Home, this vanguard aims to keep local people well and, "
            "where appropriate, out of hospital by encouraging them to look after their own "
            "health and by offering seamless care when they are ill or need support."
        ),
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
        "population": 220000,
        "website": "https://www.happyhealthyathome.org",
        "what_is_changing": (
            "Integrated teams will bring together community nurses, occupational therapists, "
            "physiotherapists, social workers, mental health staff, a pharmacist, a geriatrician, "
            "GPs, the voluntary sector, specialists in end-of-life care and home carers, to give "
            "joined-up care especially to people who are vulnerable or have complex needs.\n\n"
            "More services will be available in people's homes, GP surgeries and local community "
            "hospitals, with specialist inpatient care in community hospitals such as Farnham and "
            "Fleet as well as at Frimley Park Hospital. The programme also focuses on prevention "
            "and on helping people manage their own health, and the partners say vanguard status "
            "has sped up their plans to change how providers are organised and paid to work "
            "together.\n\n"
            "Better value from new ways of working should help close the gap between available "
            "resources and the cost of care, and a healthier, more independent population should "
            "need health and care services less."
        ),
    },
    {
        "number": 8,
        "slug": "harrogate-and-rural-district-clinical-commissioning-group",
        "name": "Harrogate and Rural District Clinical Commissioning Group",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "north-east-and-yorkshire",
        "place": "Harrogate and rural district",
        "summary": (
            "Under the banner 'What matters to us', this vanguard brings GPs, community services, "
            "hospitals, mental health and social care staff together to help people in Harrogate "
            "and the surrounding rural district stay independent, safe and well at home."
        ),
        "partners": [
            "Harrogate and District NHS Foundation Trust",
            "Harrogate and Rural District Clinical Commissioning Group",
            "North Yorkshire County Council",
            "Tees Esk and Wear Valley Foundation Trust",
            "Harrogate Borough Council",
            "Yorkshire Health Network",
        ],
        "population": 160000,
        "website": "https://www.whatmatterstous.org",
        "what_is_changing": (
            "Built on what local people said matters to them, care will come from an integrated "
            "team of GPs, community nurses, adult social care, occupational therapy, "
            "physiotherapy, mental health, geriatricians and the voluntary sector. Where possible "
            "patients will see the same people each time, and a care plan will set out their "
            "goals and the support they will receive.\n\n"
            "Boundaries between primary, community, acute, mental health and social care are "
            "being removed so that hospital beds are used only when truly needed. A response and "
            "overnight service offers rapid support, social care staff work with A&E to avoid "
            "admissions, and community beds are available for people who need a little more help. "
            "Prevention work, coordinated with councils, the voluntary sector and the police and "
            "fire services, focuses on falls, mental health and strokes.\n\n"
            "The expected benefits are greater independence through prevention and self-care, "
            "services that are clinically and financially sustainable, and fewer unnecessary "
            "hospital admissions."
        ),
    },
    {
        "number": 9,
        "slug": "my-life-a-full-life-isle-of-wight",
        "name": "My Life a Full Life (Isle of Wight)",
        "care_model": "integrated-primary-acute-care-systems",
        "region": "south-east",
        "place": "Isle of Wight",
        "summary": (
            "The Isle of Wight vanguard is moving more care into people's homes and the community "
            "and working in ways that are sustainable and better value, for an island population "
            "that is swelled by thousands of tourists."
        ),
        "partners": [
            "Isle of Wight Clinical Commissioning Group",
            "Isle of Wight NHS Trust",
            "Isle of Wight Council",
            "One Wight Health",
        ],
        "population": 140000,
        "website": "https://www.mylifeafulllife.com",
        "what_is_changing": (
            "My Life a Full Life aims to prevent ill health by promoting wellbeing, supporting "
            "self-care and strengthening communities. Community and care navigators and local "
            "area coordinators help people reach the right service, make the system simpler to "
            "understand and raise awareness of what is available.\n\n"
            "New locality teams, with GP clinical leadership and a mix of skills and specialisms, "
            "are being introduced to provide care and support in the community. Services will "
            "assess people's needs together so that they get the right help in the right place at "
            "the right time, avoiding unnecessary hospital admissions and inappropriate "
            "referrals."
        ),
    },
    # Multispecialty community providers (MCP): 10-23
    {
        "number": 10,
        "slug": "calderdale-health-and-social-care-economy",
        "name": "Calderdale Health and Social Care Economy",
        "care_model": "multispecialty-community-providers",
        "region": "north-east-and-yorkshire",
        "place": "Calderdale",
        "summary": (
            "A multispecialty community provider vanguard in Calderdale, West Yorkshire, where "
            "local health and social care organisations are working to move more specialist care "
            "out of hospital and into the community."
        ),
    },
    {
        "number": 11,
        "slug": "wellbeing-erewash",
        "name": "Wellbeing Erewash",
        "care_model": "multispecialty-community-providers",
        "region": "midlands",
        "place": "Erewash, Derbyshire",
        "summary": (
            "A multispecialty community provider vanguard in Erewash, Derbyshire, working to "
            "bring more specialist care out of hospital and into the community."
        ),
    },
    {
        "number": 12,
        "slug": "fylde-coast-local-health-economy",
        "name": "Fylde Coast Local Health Economy",
        "care_model": "multispecialty-community-providers",
        "region": "north-west",
        "place": "Fylde coast, Lancashire",
        "summary": (
            "A multispecialty community provider vanguard on the Fylde coast in Lancashire, where "
            "the local health economy is working to provide specialist care outside hospital and "
            "closer to people's homes."
        ),
    },
    {
        "number": 13,
        "slug": "modality-birmingham-and-sandwell",
        "name": "Modality Birmingham and Sandwell",
        "care_model": "multispecialty-community-providers",
        "region": "midlands",
        "place": "Birmingham and Sandwell",
        "summary": (
            "A multispecialty community provider vanguard in Birmingham and Sandwell, aiming to "
            "deliver more specialist care in community settings rather than in hospital."
        ),
    },
    {
        "number": 14,
        "slug": "west-wakefield-health-and-wellbeing-ltd",
        "name": "West Wakefield Health and Wellbeing Ltd",
        "care_model": "multispecialty-community-providers",
        "region": "north-east-and-yorkshire",
        "place": "West Wakefield",
        "summary": (
            "A multispecialty community provider vanguard in the west of the Wakefield district, "
            "led by West Wakefield Health and Wellbeing Ltd, a GP federation that was newly "
            "formed when the first vanguards were chosen in 2015."
        ),
    },
    {
        "number": 15,
        "slug": "all-together-better-sunderland",
        "name": "All Together Better Sunderland",
        "care_model": "multispecialty-community-providers",
        "region": "north-east-and-yorkshire",
        "place": "Sunderland",
        "summary": (
            "A multispecialty community provider vanguard led by NHS Sunderland Clinical "
            "Commissioning Group and Sunderland City Council. Under the name Better Health and "
            "Care for Sunderland, £6.5 million was earmarked for it for 2015/16."
        ),
    },
    {
        "number": 16,
        "slug": "dudley-multispecialty-community-provider",
        "name": "Dudley Multispecialty Community Provider",
        "care_model": "multispecialty-community-providers",
        "region": "midlands",
        "place": "Dudley",
        "summary": (
            "A multispecialty community provider vanguard led by NHS Dudley Clinical "
            "Commissioning Group. It reports that multidisciplinary teams based in GP practices, "
            "including social care, mental health and voluntary sector workers, have cut "
            "patients' length of stay and raised staff job satisfaction."
        ),
    },
    {
        "number": 17,
        "slug": "encompass-whitstable-faversham-and-canterbury",
        "name": "Encompass (Whitstable, Faversham and Canterbury)",
        "care_model": "multispecialty-community-providers",
        "region": "south-east",
        "place": "Whitstable, Faversham and Canterbury",
        "summary": (
            "A multispecialty community provider vanguard in east Kent covering Whitstable, "
            "Faversham and Canterbury, with Whitstable Medical Practice among its leading "
            "organisations."
        ),
    },
    {
        "number": 18,
        "slug": "stockport-together",
        "name": "Stockport Together",
        "care_model": "multispecialty-community-providers",
        "region": "north-west",
        "place": "Stockport",
        "summary": (
            "A multispecialty community provider vanguard in Stockport, Greater Manchester, where "
            "local partners are working to provide more specialist care in the community."
        ),
    },
    {
        "number": 19,
        "slug": "tower-hamlets-together",
        "name": "Tower Hamlets Together",
        "care_model": "multispecialty-community-providers",
        "region": "london",
        "place": "Tower Hamlets, east London",
        "summary": (
            "A multispecialty community provider vanguard in east London, first listed as the "
            "Tower Hamlets Integrated Provider Partnership. It has shown how public and voluntary "
            "sector bodies can work together to support the health and wellbeing of a whole "
            "population."
        ),
    },
    {
        "number": 20,
        "slug": "better-local-care-hampshire",
        "name": "Better Local Care (Hampshire)",
        "care_model": "multispecialty-community-providers",
        "region": "south-east",
        "place": "Southern Hampshire",
        "summary": (
            "A multispecialty community provider vanguard in southern Hampshire. In July 2015 it "
            "was one of five vanguards sharing a further £41 million approved in principle."
        ),
    },
    {
        "number": 21,
        "slug": "west-cheshire-way",
        "name": "West Cheshire Way",
        "care_model": "multispecialty-community-providers",
        "region": "north-west",
        "place": "West Cheshire",
        "summary": (
            "A multispecialty community provider vanguard in West Cheshire, working to bring more "
            "specialist care out of hospital and into the community."
        ),
    },
    {
        "number": 22,
        "slug": "lakeside-healthcare-northamptonshire",
        "name": "Lakeside Healthcare (Northamptonshire)",
        "care_model": "multispecialty-community-providers",
        "region": "midlands",
        "place": "Northamptonshire",
        "summary": (
            "A multispecialty community provider vanguard in Northamptonshire, led by the "
            "Lakeside Healthcare group of GP surgeries, that is developing more specialist care "
            "in the community."
        ),
    },
    {
        "number": 23,
        "slug": "principia-partners-in-health-southern-nottinghamshire",
        "name": "Principia Partners in Health (Southern Nottinghamshire)",
        "care_model": "multispecialty-community-providers",
        "region": "midlands",
        "place": "Southern Nottinghamshire",
        "summary": (
            "A multispecialty community provider vanguard in southern Nottinghamshire, led by "
            "Principia Partners in Health, that is moving more care out of hospital and into the "
            "community."
        ),
    },
    # Enhanced health in care homes (EHCH): 24-29
    {
        "number": 24,
        "slug": "connecting-care-wakefield-district",
        "name": "Connecting Care - Wakefield District",
        "care_model": "enhanced-health-in-care-homes",
        "region": "north-east-and-yorkshire",
        "place": "Wakefield",
        "summary": (
            "An enhanced health in care homes vanguard in the Wakefield district, led by NHS "
            "Wakefield Clinical Commissioning Group. Wakefield is one of the areas that took up "
            "the Red Bag scheme first developed by Sutton Homes of Care."
        ),
    },
    {
        "number": 25,
        "slug": "gateshead-care-home-project",
        "name": "Gateshead Care Home Project",
        "care_model": "enhanced-health-in-care-homes",
        "region": "north-east-and-yorkshire",
        "place": "Gateshead",
        "summary": (
            "An enhanced health in care homes vanguard in Gateshead, working to give care home "
            "residents better joined-up health, care and rehabilitation."
        ),
    },
    {
        "number": 26,
        "slug": "east-and-north-hertfordshire-clinical-commissioning-group",
        "name": "East and North Hertfordshire Clinical Commissioning Group",
        "care_model": "enhanced-health-in-care-homes",
        "region": "east-of-england",
        "place": "East and North Hertfordshire",
        "summary": (
            "An enhanced health in care homes vanguard led by East and North Hertfordshire "
            "Clinical Commissioning Group. Hertfordshire is among the places that adopted the Red "
            "Bag scheme from the Sutton vanguard."
        ),
    },
    {
        "number": 27,
        "slug": "nottingham-city-clinical-commissioning-group",
        "name": "Nottingham City Clinical Commissioning Group",
        "care_model": "enhanced-health-in-care-homes",
        "region": "midlands",
        "place": "Nottingham",
        "summary": (
            "An enhanced health in care homes vanguard led by Nottingham City Clinical "
            "Commissioning Group, aiming to give older people in the city's care homes better "
            "joined-up health, care and rehabilitation."
        ),
    },
    {
        "number": 28,
        "slug": "sutton-homes-of-care",
        "name": "Sutton Homes of Care",
        "care_model": "enhanced-health-in-care-homes",
        "region": "london",
        "place": "Sutton, south London",
        "summary": (
            "An enhanced health in care homes vanguard in south London that created the Red Bag "
            "scheme: a bag that travels with a care home resident to hospital, holding key health "
            "information and personal items, and returns with the discharge summary. It has "
            "spread to Wakefield, Hertfordshire and elsewhere."
        ),
    },
    {
        "number": 29,
        "slug": "airedale-and-partners",
        "name": "Airedale & Partners",
        "care_model": "enhanced-health-in-care-homes",
        "region": "north-east-and-yorkshire",
        "place": "Airedale",
        "summary": (
            "An enhanced health in care homes vanguard led by Airedale NHS Foundation Trust and "
            "its partners, working to bring better joined-up health and care to older people in "
            "care homes."
        ),
    },
    # Urgent and emergency care (UEC): 30-37
    {
        "number": 30,
        "slug": "greater-nottingham-system-resilience-group",
        "name": "Greater Nottingham System Resilience Group",
        "care_model": "urgent-and-emergency-care",
        "region": "midlands",
        "place": "Greater Nottingham",
        "summary": (
            "An urgent and emergency care vanguard for Greater Nottingham, led by the area's "
            "system resilience group, coordinating urgent services to reduce pressure on A&E."
        ),
    },
    {
        "number": 31,
        "slug": "cambridgeshire-and-peterborough-clinical-commissioning-group",
        "name": "Cambridgeshire and Peterborough Clinical Commissioning Group",
        "care_model": "urgent-and-emergency-care",
        "region": "east-of-england",
        "place": "Cambridgeshire and Peterborough",
        "summary": (
            "An urgent and emergency care vanguard led by Cambridgeshire and Peterborough "
            "Clinical Commissioning Group, working to join up urgent care services across the "
            "area and ease pressure on A&E."
        ),
    },
    {
        "number": 32,
        "slug": "north-east-urgent-care-network",
        "name": "North East Urgent Care Network",
        "care_model": "urgent-and-emergency-care",
        "region": "north-east-and-yorkshire",
        "place": "North East England",
        "summary": (
            "An urgent and emergency care vanguard run through an urgent care network for the "
            "North East, coordinating services so that people reach the right help first time."
        ),
    },
    {
        "number": 33,
        "slug": "barking-and-dagenham-havering-and-redbridge-system-resilience-group",
        "name": "Barking and Dagenham, Havering and Redbridge System Resilience Group",
        "care_model": "urgent-and-emergency-care",
        "region": "london",
        "place": "Barking and Dagenham, Havering and Redbridge",
        "summary": (
            "An urgent and emergency care vanguard in east London, led by the system resilience "
            "group for Barking and Dagenham, Havering and Redbridge."
        ),
    },
    {
        "number": 34,
        "slug": "west-yorkshire-urgent-and-emergency-care-network",
        "name": "West Yorkshire Urgent and Emergency Care Network",
        "care_model": "urgent-and-emergency-care",
        "region": "north-east-and-yorkshire",
        "place": "West Yorkshire",
        "summary": (
            "An urgent and emergency care vanguard working across West Yorkshire through a "
            "network of health and care organisations to coordinate urgent and emergency "
            "services."
        ),
    },
    {
        "number": 35,
        "slug": "leicester-leicestershire-and-rutland-system-resilience-group",
        "name": "Leicester, Leicestershire & Rutland System Resilience Group",
        "care_model": "urgent-and-emergency-care",
        "region": "midlands",
        "place": "Leicester, Leicestershire and Rutland",
        "summary": (
            "An urgent and emergency care vanguard for Leicester, Leicestershire and Rutland, led "
            "by the area's system resilience group."
        ),
    },
    {
        "number": 36,
        "slug": "solihull-together-for-better-lives",
        "name": "Solihull Together for Better Lives",
        "care_model": "urgent-and-emergency-care",
        "region": "midlands",
        "place": "Solihull",
        "summary": (
            "An urgent and emergency care vanguard in Solihull, aiming to make urgent and "
            "emergency services easier to navigate and to reduce pressure on A&E."
        ),
    },
    {
        "number": 37,
        "slug": "south-devon-and-torbay-system-resilience-group",
        "name": "South Devon and Torbay System Resilience Group",
        "care_model": "urgent-and-emergency-care",
        "region": "south-west",
        "place": "South Devon and Torbay",
        "summary": (
            "An urgent and emergency care vanguard for South Devon and Torbay, led by the local "
            "system resilience group."
        ),
    },
    # Acute care collaborations (ACC): 38-50
    {
        "number": 38,
        "slug": "salford-and-wigan-foundation-chain",
        "name": "Salford and Wigan Foundation Chain",
        "care_model": "acute-care-collaborations",
        "region": "north-west",
        "place": "Salford and Wigan",
        "summary": (
            "An acute care collaboration vanguard in which hospital trusts in Salford and Wigan "
            "work together as a chain to improve the quality and efficiency of care."
        ),
    },
    {
        "number": 39,
        "slug": "northumbria-foundation-group",
        "name": "Northumbria Foundation Group",
        "care_model": "acute-care-collaborations",
        "region": "north-east-and-yorkshire",
        "place": "Northumbria",
        "summary": (
            "An acute care collaboration vanguard in the North East, testing a foundation group "
            "model in which hospitals work together to improve quality and efficiency."
        ),
    },
    {
        "number": 40,
        "slug": "royal-free-london",
        "name": "Royal Free London",
        "care_model": "acute-care-collaborations",
        "region": "london",
        "place": "London",
        "summary": (
            "An acute care collaboration vanguard led by the Royal Free London, linking hospitals "
            "to improve their clinical and financial viability and reduce variation in care."
        ),
    },
    {
        "number": 41,
        "slug": "foundation-healthcare-group-dartford-and-gravesham",
        "name": "Foundation Healthcare Group (Dartford and Gravesham)",
        "care_model": "acute-care-collaborations",
        "region": "south-east",
        "place": "Dartford and Gravesham",
        "summary": (
            "An acute care collaboration vanguard based in Dartford and Gravesham, exploring how "
            "hospitals can work together as a group."
        ),
    },
    {
        "number": 42,
        "slug": "moorfields",
        "name": "Moorfields",
        "care_model": "acute-care-collaborations",
        "region": "london",
        "place": "London",
        "summary": (
            "An acute care collaboration vanguard led by Moorfields Eye Hospital, looking at how "
            "its specialist eye care can be linked with other hospitals. It set out its value "
            "proposition in November 2015."
        ),
    },
    {
        "number": 43,
        "slug": "national-orthopaedic-alliance",
        "name": "National Orthopaedic Alliance",
        "care_model": "acute-care-collaborations",
        "region": "london",
        "place": "England",
        "summary": (
            "An acute care collaboration vanguard forming a national alliance of orthopaedic "
            "providers to improve the quality and consistency of orthopaedic care."
        ),
    },
    {
        "number": 44,
        "slug": "the-neuro-network-walton-centre-liverpool",
        "name": "The Neuro Network (The Walton Centre, Liverpool)",
        "care_model": "acute-care-collaborations",
        "region": "north-west",
        "place": "Liverpool",
        "summary": (
            "An acute care collaboration vanguard led by The Walton Centre in Liverpool, building "
            "a network with other hospitals for specialist neurological care."
        ),
    },
    {
        "number": 45,
        "slug": "merit-west-midlands",
        "name": (
            "MERIT (The Mental Health Alliance for Excellence, Resilience, Innovation and "
            "Training) (West Midlands)"
        ),
        "care_model": "acute-care-collaborations",
        "region": "midlands",
        "place": "West Midlands",
        "summary": (
            "An acute care collaboration vanguard in which mental health providers in the West "
            "Midlands are jointly developing mental health services."
        ),
    },
    {
        "number": 46,
        "slug": "cheshire-and-merseyside-womens-and-childrens-services",
        "name": "Cheshire and Merseyside Women's and Children's Services",
        "care_model": "acute-care-collaborations",
        "region": "north-west",
        "place": "Cheshire and Merseyside",
        "summary": (
            "An acute care collaboration vanguard linking hospitals across Cheshire and "
            "Merseyside to improve services for women and children."
        ),
    },
    {
        "number": 47,
        "slug": "accountable-cancer-network",
        "name": "Accountable Cancer Network (ACN)",
        "care_model": "acute-care-collaborations",
        "region": "london",
        "place": "London",
        "summary": (
            "An acute care collaboration vanguard testing an accountable network for cancer "
            "services across several hospital providers."
        ),
    },
    {
        "number": 48,
        "slug": "emrad-east-midlands-radiology-consortium",
        "name": "EMRAD - East Midlands Radiology Consortium",
        "care_model": "acute-care-collaborations",
        "region": "midlands",
        "place": "East Midlands",
        "summary": (
            "An acute care collaboration vanguard in which hospitals in the East Midlands work "
            "together as a consortium to share radiology services."
        ),
    },
    {
        "number": 49,
        "slug": "developing-one-nhs-in-dorset",
        "name": "Developing One NHS in Dorset",
        "care_model": "acute-care-collaborations",
        "region": "south-west",
        "place": "Dorset",
        "summary": (
            "An acute care collaboration vanguard in Dorset, aiming for hospital services across "
            "the county to work together as one NHS."
        ),
    },
    {
        "number": 50,
        "slug": "working-together-partnership-south-yorkshire-mid-yorkshire-north-derbyshire",
        "name": "Working Together Partnership (South Yorkshire, Mid Yorkshire, North Derbyshire)",
        "care_model": "acute-care-collaborations",
        "region": "north-east-and-yorkshire",
        "place": "South Yorkshire, Mid Yorkshire and North Derbyshire",
        "summary": (
            "An acute care collaboration vanguard in which hospital trusts across South "
            "Yorkshire, Mid Yorkshire and North Derbyshire work together to improve the quality "
            "and sustainability of acute services."
        ),
    },
]
