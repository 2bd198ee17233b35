"""Demo communities of practice: who takes part, the communities and their discussions.

Written for this project; the facts (the Red Bag scheme, Dudley's multidisciplinary teams, the
programme's evaluation figures) come from the public documents in the seeds. The people are
invented. Each post is (author key, Markdown) or (author key, Markdown, options).
"""

# Existing demo accounts (accounts.demo) by key; the others are created for the demo.
EXISTING_PEOPLE = {
    "admin": "admin@demo.nhs.uk",
    "priya": "editor@demo.nhs.uk",
    "tom": "contributor@demo.nhs.uk",
    "grace": "member@demo.nhs.uk",
    "sam": "member2@demo.nhs.uk",
}

NEW_PEOPLE = [
    {
        "key": "aisha",
        "email": "aisha.rahman@demo.nhs.uk",
        "display_name": "Aisha Rahman",
        "job_title": "Care home liaison nurse",
        "organisation": "Sutton community health services",
        "vanguard": "sutton-homes-of-care",
    },
    {
        "key": "ruth",
        "email": "ruth.lewis@demo.nhs.uk",
        "display_name": "Ruth Lewis",
        "job_title": "Discharge co-ordinator",
        "organisation": "Pinderfields Hospital, Wakefield",
        "vanguard": "connecting-care-wakefield-district",
    },
    {
        "key": "ben",
        "email": "ben.osei@demo.nhs.uk",
        "display_name": "Ben Osei",
        "job_title": "Care homes pharmacist",
        "organisation": "Gateshead medicines optimisation team",
        "vanguard": "gateshead-care-home-project",
    },
    {
        "key": "david",
        "email": "david.hughes@demo.nhs.uk",
        "display_name": "David Hughes",
        "job_title": "Paramedic team leader",
        "organisation": "Regional ambulance service",
        "vanguard": "",
    },
    {
        "key": "fatima",
        "email": "fatima.begum@demo.nhs.uk",
        "display_name": "Fatima Begum",
        "job_title": "GP partner and clinical lead",
        "organisation": "Tower Hamlets GP network",
        "vanguard": "tower-hamlets-together",
    },
    {
        "key": "owen",
        "email": "owen.price@demo.nhs.uk",
        "display_name": "Owen Price",
        "job_title": "Workforce transformation lead",
        "organisation": "Fylde coast health and care partnership",
        "vanguard": "fylde-coast-local-health-economy",
    },
    {
        "key": "helen",
        "email": "helen.carter@demo.nhs.uk",
        "display_name": "Helen Carter",
        "job_title": "Evaluation lead",
        "organisation": "Northumberland health and care partnership",
        "vanguard": "northumberland-accountable-care-organisation",
    },
    {
        "key": "james",
        "email": "james.oconnor@demo.nhs.uk",
        "display_name": "James O'Connor",
        "job_title": "Head of analytics",
        "organisation": "Salford integrated care programme",
        "vanguard": "salford-together",
    },
    {
        "key": "mark",
        "email": "mark.jennings@demo.nhs.uk",
        "display_name": "Mark Jennings",
        "job_title": "Urgent care network manager",
        "organisation": "West Yorkshire urgent and emergency care network",
        "vanguard": "west-yorkshire-urgent-and-emergency-care-network",
    },
    {
        "key": "chloe",
        "email": "chloe.adams@demo.nhs.uk",
        "display_name": "Chloe Adams",
        "job_title": "Imaging services manager",
        "organisation": "East Midlands radiology consortium",
        "vanguard": "emrad-east-midlands-radiology-consortium",
    },
]

COMMUNITIES = [
    {
        "key": "ehch",
        "care_model": "enhanced-health-in-care-homes",
        "name": "Enhanced health in care homes community of practice",
        "summary": "Care home staff, GPs, nurses, pharmacists and commissioners improving health "
        "care for people who live in care homes.",
        "description": "For everyone working to bring NHS services, care home providers and "
        "councils together around care home residents: named GP support, weekly "
        "multidisciplinary rounds, medicines reviews, hospital transfers and training for care "
        "home staff.\n\nThe six care home vanguards started this work. Bring what you are trying "
        "now, what went wrong as well as what went right, and questions for people further "
        "along.",
        "visibility": "open",
        "facilitators": ["sam"],
        "members": ["tom", "aisha", "ruth", "ben", "david"],
    },
    {
        "key": "mcp",
        "care_model": "multispecialty-community-providers",
        "name": "Multispecialty community providers community of practice",
        "summary": "Building care around general practice: multidisciplinary teams, care "
        "navigation and community services working as one.",
        "description": "For GPs, practice and community nurses, social workers, voluntary sector "
        "partners and managers who are blending primary care with community, mental health and "
        "specialist services for a local population.\n\nShare how your teams meet, who is in "
        "them, how you find the people who need them most and how you keep them going when the "
        "pilot money stops.",
        "visibility": "open",
        "facilitators": ["fatima"],
        "members": ["grace", "owen"],
    },
    {
        "key": "pacs",
        "care_model": "integrated-primary-acute-care-systems",
        "name": "Integrated primary and acute care systems community of practice",
        "summary": "Joining up GP, hospital, community and mental health services under shared "
        "responsibility for a population.",
        "description": "For people building integrated primary and acute care systems: shared "
        "budgets and agreements between partners, shared records, integrated teams and the "
        "governance that holds them together.\n\nQuestions about contracts, alliance agreements "
        "and what to measure are especially welcome.",
        "visibility": "open",
        "facilitators": ["james"],
        "members": ["helen", "fatima"],
    },
    {
        "key": "uec",
        "care_model": "urgent-and-emergency-care",
        "name": "Urgent and emergency care community of practice",
        "summary": "Helping people reach the right urgent care first time: 111, ambulance, "
        "A&E, GP out of hours and minor injuries working as one system.",
        "description": "For urgent care network managers, clinicians in 111 and clinical hubs, "
        "ambulance services, emergency departments and out-of-hours providers.\n\nUse it to "
        "compare how you route calls, share records across the urgent care system and keep "
        "people who do not need a hospital bed out of one.",
        "visibility": "open",
        "facilitators": ["mark"],
        "members": ["david", "ruth"],
    },
    {
        "key": "acc",
        "care_model": "acute-care-collaborations",
        "name": "Acute care collaborations community of practice",
        "summary": "Hospitals working together: shared services, chains, networks and "
        "specialist alliances.",
        "description": "For people in hospitals that are linking up to keep services safe and "
        "sustainable: shared radiology and pathology, foundation groups and chains, and "
        "specialist networks spreading good practice between trusts.\n\nShare what you "
        "standardised, what you left local, and how you brought clinicians with you.",
        "visibility": "open",
        "facilitators": ["chloe"],
        "members": ["james", "mark"],
    },
    {
        "key": "evaluation",
        "care_model": None,
        "name": "Evaluation leads network",
        "summary": "A private space for people who evaluate new care models to compare methods, "
        "data and unpublished findings.",
        "description": "For evaluation leads, analysts and academic partners. It is private so "
        "that members can share draft findings, data problems and early results before they are "
        "ready for a wider audience.\n\nAsk to join with a sentence about the evaluation work "
        "you do. Please do not post patient-level data here.",
        "visibility": "private",
        "facilitators": ["helen"],
        "members": ["james", "sam", "fatima"],
    },
    {
        "key": "workforce",
        "care_model": None,
        "name": "Workforce redesign network",
        "summary": "New roles, recruitment, retention and training for teams working across "
        "organisations.",
        "description": "Workforce was one of the support areas vanguards were least satisfied "
        "with, and recruiting and keeping staff remains one of the biggest risks to new care "
        "models. This network is for anyone designing roles, rotations and training that cross "
        "organisational lines.\n\nNew members' first posts are checked by a facilitator before "
        "they appear.",
        "visibility": "open",
        "facilitators": ["owen"],
        "members": ["grace", "aisha", "ben"],
        # Switched on once the demo discussions are in, so they are not held themselves.
        "first_post_moderation": True,
    },
]

# Requests to join that wait for a facilitator in the demo: (community, person, reason).
JOIN_REQUESTS = [
    (
        "evaluation",
        "owen",
        "I lead workforce transformation on the Fylde coast and we are starting a local "
        "evaluation of our new roles. I would like to learn how others measured staff outcomes.",
    ),
]

# Discussions, oldest first within each community. Options on a post: "helpful" (keys of people
# who marked it), "accepted" (the starter accepted it as the answer).
TOPICS = [
    # Enhanced health in care homes.
    {
        "community": "ehch",
        "title": "Welcome: how this community works",
        "tags": ["welcome"],
        "days_ago": 60,
        "pinned": True,
        "posts": [
            (
                "sam",
                "Welcome to the enhanced health in care homes community of practice.\n\n"
                "A few things that help everyone:\n\n"
                "- **Never post anything that could identify a resident**: no names, room "
                "numbers or dates of birth, even in passing.\n"
                "- Say where you work and what your role is when you first post, so people "
                "know what your experience is built on.\n"
                "- If a reply answers your question, mark it as the accepted answer so the next "
                "person finds it quickly.\n\n"
                "Use *Watching* on a topic if you want an e-mail for every reply, or choose a "
                "daily digest in your notification settings.",
            ),
            (
                "tom",
                "Thanks Sam. Tom here, care homes programme lead in Sutton. Happy to answer "
                "questions about how the Red Bag started and what we would do differently.",
            ),
            (
                "aisha",
                "Hello all. I'm a care home liaison nurse in Sutton, so I see the Red Bag from "
                "the care home side most days.",
            ),
        ],
    },
    {
        "community": "ehch",
        "title": "Starting a Red Bag scheme: what goes in the bag?",
        "tags": ["red bag", "hospital transfer", "discharge"],
        "page": "red-bag-hospital-transfer-pathway",
        "days_ago": 55,
        "posts": [
            (
                "ruth",
                "We are setting up a Red Bag scheme with our local care homes, based on the "
                "Sutton model. I know the idea is that the bag travels with the resident to "
                "hospital and back, but what exactly should go in it on day one? I'd rather "
                "start simple and add things than overload homes with paperwork.",
            ),
            (
                "tom",
                "Start with three things and get them right:\n\n"
                "1. A standard transfer form with the resident's current health, what is normal "
                "for them and any do-not-attempt-resuscitation decision.\n"
                "2. Their current medicines.\n"
                "3. Personal items they will need: glasses, hearing aids, dentures, and clothes "
                "for the day they come home.\n\n"
                "The last one matters more than people expect. Lost dentures and hearing aids "
                "were one of the things that started the whole scheme.",
                {"helpful": ["ruth", "aisha", "sam"], "accepted": True},
            ),
            (
                "aisha",
                "Agree with Tom. I'd add: put the discharge summary *into the bag* before the "
                "resident leaves the ward. When it comes home with them the home knows straight "
                "away what changed in hospital, instead of chasing it for days.",
                {"helpful": ["ruth", "tom"]},
            ),
            (
                "ruth",
                "That is really useful, thank you both. The discharge summary point is exactly "
                "our problem at the moment: homes ring the ward two days later asking what "
                "happened.",
            ),
            (
                "sam",
                "When Wakefield adopted it, the thing that made the difference was agreeing the "
                "pathway with the hospital and the ambulance service *before* the first bag went "
                "out. Ward staff need to know what the bag is and that it must not be "
                "separated from the resident.",
                {"helpful": ["ruth", "david"]},
            ),
            (
                "david",
                "From the ambulance side: please keep the transfer form on top. Our crews pick "
                "it up first and it saves a lot of questions at the door.",
            ),
        ],
    },
    {
        "community": "ehch",
        "title": "Bags going missing on the wards",
        "tags": ["red bag", "hospital transfer"],
        "days_ago": 41,
        "posts": [
            (
                "aisha",
                "Six months in and our biggest problem is bags that do not come back. Usually "
                "the resident moves ward and the bag stays behind, or gets put in a store room. "
                "Has anyone solved this?",
            ),
            (
                "ruth",
                "We made the bag part of the ward's transfer checklist, so when a patient moves "
                "ward the bag is ticked off like the notes are. It didn't fix everything but "
                "losses dropped noticeably.",
                {"helpful": ["aisha", "tom"], "accepted": True},
            ),
            (
                "tom",
                "We also found a named Red Bag champion on each of the busiest wards helped: "
                "someone who knows where the bags go and chases them. It is a small job but "
                "it needs an owner.",
                {"helpful": ["aisha"]},
            ),
            (
                "ben",
                "One practical tip: a spare stock of bags held by the discharge lounge. If a bag "
                "has gone astray the resident still goes home with their things in one place.",
            ),
            (
                "aisha",
                "Thanks all. We are going to try the checklist and champions together and I'll "
                "report back here.",
            ),
        ],
    },
    {
        "community": "ehch",
        "title": "Weekly multidisciplinary rounds in care homes: who comes?",
        "tags": ["mdt", "ward rounds"],
        "days_ago": 37,
        "posts": [
            (
                "ben",
                "We are moving from GPs visiting when called to a weekly round in each home with "
                "a named GP practice. Who do you have on your rounds apart from the GP and the "
                "home's senior carer?",
            ),
            (
                "aisha",
                "Ours is the GP, a community matron or care home liaison nurse, and the home's "
                "nurse or senior carer. A pharmacist joins monthly, and mental health and "
                "speech and language therapy come when there is a resident to discuss.",
                {"helpful": ["ben", "sam"]},
            ),
            (
                "sam",
                "The homes told us the *preparation* matters more than the membership: the home "
                "sends a list of residents they are worried about the day before, so the round "
                "is not spent finding out who needs seeing.",
                {"helpful": ["ben", "aisha", "tom"], "accepted": True},
            ),
            (
                "tom",
                "Worth agreeing what gets written where, too. We had a few weeks where the GP "
                "record and the home's care plan said different things after a round.",
            ),
            (
                "ben",
                "Very helpful. I'll suggest the worry list to our practices next week.",
            ),
        ],
    },
    {
        "community": "ehch",
        "title": "Structured medicines reviews for residents",
        "tags": ["medicines", "pharmacy"],
        "days_ago": 30,
        "posts": [
            (
                "ben",
                "I'm a pharmacist working across our care homes. We review every resident's "
                "medicines when they move in and at least once a year, but reviews after a "
                "hospital stay are patchy. How do others trigger them?",
            ),
            (
                "aisha",
                "Our trigger is the discharge summary arriving in the Red Bag: the home sends a "
                "copy to the practice and the pharmacist picks it up within a week.",
                {"helpful": ["ben"]},
            ),
            (
                "ruth",
                "From the hospital side we now flag on the discharge summary when medicines were "
                "stopped or started. It makes the community review much quicker.",
                {"helpful": ["ben", "aisha"]},
            ),
            (
                "ben",
                "Both good ideas. @ruth-lewis, could you share the wording you use for the flag? "
                "I'd like to show our hospital pharmacy team.",
            ),
            (
                "ruth",
                "Happy to. It is a short box near the top: *Medicines changed during this stay: "
                "yes/no*, and if yes, a list of what changed and why. Nothing cleverer than "
                "that.",
            ),
        ],
    },
    {
        "community": "ehch",
        "title": "Training care home staff to spot deterioration early",
        "tags": ["training", "deterioration"],
        "days_ago": 22,
        "posts": [
            (
                "aisha",
                "We are running short training sessions for care home staff on spotting when a "
                "resident is becoming unwell, and who to call. What has worked for you: "
                "classroom sessions, on-shift teaching, something else?",
            ),
            (
                "tom",
                "Short sessions on shift, in the home, repeated often. Staff turnover in homes "
                "means a one-off classroom day is forgotten or the people who went have left "
                "within a year.",
                {"helpful": ["aisha", "sam"]},
            ),
            (
                "david",
                "The calls we get from homes are much better when staff have a simple structure "
                "for what to say: what is different, since when, observations if they have them. "
                "Any training that includes practising the phone call is worth it.",
                {"helpful": ["aisha", "tom", "ruth"], "accepted": True},
            ),
            (
                "sam",
                "Our homes asked for the training to include night staff. Nights are when "
                "people feel least confident and when most 999 calls from homes are made.",
            ),
            (
                "aisha",
                "Thank you all. We'll move to short on-shift sessions, include nights, and "
                "practise the phone call.",
            ),
        ],
    },
    {
        "community": "ehch",
        "title": "Emergency admissions from care homes: the national figures",
        "tags": ["evaluation", "admissions"],
        "days_ago": 14,
        "posts": [
            (
                "sam",
                "For anyone making the case locally: the figures published in 2018 showed "
                "emergency admissions of residents in the care home vanguard areas **fell by "
                "1.4%** over the period while they rose by 6.7% in the rest of England. That "
                "was the 12 months to January 2018 compared with 2014-15.",
            ),
            (
                "tom",
                "Useful, though I always add that it is the whole package, not any single "
                "thing. Our board wanted to credit the Red Bag alone and it would be wrong to.",
                {"helpful": ["sam", "aisha"]},
            ),
            (
                "aisha",
                "Agreed. Residents and families also notice the difference in ways that don't "
                "show in admissions, like not losing hearing aids or coming home to staff who "
                "know what happened.",
            ),
            (
                "sam",
                "Good points both. I've added a line about the wider package to our briefing.",
            ),
        ],
    },
    {
        "community": "ehch",
        "title": "Video consultations with care homes",
        "tags": ["technology", "telemedicine"],
        "days_ago": 6,
        "posts": [
            (
                "ben",
                "Is anyone using video calls between care homes and GPs or specialist nurses? "
                "We have the equipment but uptake is low.",
            ),
            (
                "aisha",
                "Uptake went up for us once the calls were booked into the weekly round rather "
                "than offered as an extra. Staff didn't see it as part of the job until then.",
                {"helpful": ["ben"]},
            ),
            (
                "tom",
                "Check the Wi-Fi in the rooms residents actually use, not in the office. It "
                "sounds obvious but it caught us out in half our homes.",
                {"helpful": ["ben", "aisha"]},
            ),
            (
                "ben",
                "Both of those sound very familiar. Thank you.",
            ),
            (
                "aisha",
                "One more thing: agree how consent is recorded for video calls with residents "
                "who lack capacity. Our homes wanted a clear answer before they would start.",
                {"helpful": ["ben", "sam"]},
            ),
        ],
    },
    # Multispecialty community providers.
    {
        "community": "mcp",
        "title": "Practice-based multidisciplinary teams: lessons from Dudley",
        "tags": ["mdt", "dudley", "social care"],
        "page": "dudley-practice-based-multidisciplinary-teams",
        "days_ago": 58,
        "posts": [
            (
                "grace",
                "I'm a practice nurse in Dudley. Our practice has had a multidisciplinary team "
                "for a while now, with social care, mental health and voluntary sector workers "
                "meeting with us about the patients who need the most joined-up care. Happy to "
                "answer questions from anyone starting out.",
            ),
            (
                "fatima",
                "Thanks Grace. The reported results from Dudley were shorter lengths of stay and "
                "better job satisfaction for staff. Which of those did *you* notice first?",
            ),
            (
                "grace",
                "Job satisfaction, honestly. Before the team I would spend an afternoon trying "
                "to find out who the social worker was. Now they are in the room every week.",
                {"helpful": ["fatima", "owen"]},
            ),
            (
                "owen",
                "How long are your meetings, and who chairs them?",
            ),
            (
                "grace",
                "An hour a week, chaired by one of the GPs, with a care co-ordinator who keeps "
                "the list and the actions. The co-ordinator is the key role: without them the "
                "actions drift.",
                {"helpful": ["owen", "fatima"], "accepted": True},
            ),
            (
                "fatima",
                "Same experience in Tower Hamlets. We lost our co-ordinator for two months and "
                "attendance halved.",
            ),
        ],
    },
    {
        "community": "mcp",
        "title": "Finding the patients who need the team most",
        "tags": ["population health", "risk stratification"],
        "days_ago": 50,
        "posts": [
            (
                "owen",
                "How are practices choosing who goes to the multidisciplinary team? A risk "
                "score, clinical judgement, or both?",
            ),
            (
                "fatima",
                "Both. A risk tool gives us a list, and then the practice team adds people the "
                "tool misses: the ones everyone is worried about but who do not yet use many "
                "services.",
                {"helpful": ["owen", "grace"], "accepted": True},
            ),
            (
                "grace",
                "We also take referrals from the district nurses and the social prescriber. "
                "They often know first when someone is struggling at home.",
                {"helpful": ["owen"]},
            ),
            (
                "owen",
                "Makes sense. Did you set a limit on how many people each meeting discusses?",
            ),
            (
                "fatima",
                "Ten or so, with a few slots held for urgent ones. Beyond that the discussion "
                "gets too thin to be worth it.",
            ),
        ],
    },
    {
        "community": "mcp",
        "title": "Care navigators: what do they do in your area?",
        "tags": ["care navigation", "voluntary sector"],
        "page": "isle-of-wight-care-navigators",
        "days_ago": 44,
        "posts": [
            (
                "grace",
                "Our receptionists are being trained as care navigators, to point patients to "
                "the right service rather than always booking a GP appointment. I'd love to "
                "hear how it went elsewhere.",
            ),
            (
                "fatima",
                "It worked when the navigators had an up-to-date directory of local services "
                "and a clear list of what they could suggest. It did not work in the first "
                "weeks when they were unsure and booked the GP anyway.",
                {"helpful": ["grace"]},
            ),
            (
                "owen",
                "Several vanguards used community and care navigators, and the Isle of Wight "
                "story is worth reading. Their point was that navigation should make the system "
                "*simpler* for people, not add another step.",
                {"helpful": ["grace", "fatima"]},
            ),
            (
                "grace",
                "That's a good test to keep in mind. Thank you.",
            ),
        ],
    },
    {
        "community": "mcp",
        "title": "Social prescribing and the voluntary sector",
        "tags": ["social prescribing", "voluntary sector"],
        "days_ago": 35,
        "posts": [
            (
                "fatima",
                "Our social prescribing link workers sit with the practice team but are employed "
                "by a local charity. Has anyone found a way to share information with them "
                "safely without giving them full access to the GP record?",
            ),
            (
                "grace",
                "We use a short referral form with just what the link worker needs, sent through "
                "secure e-mail, and they write a summary back into the notes via the practice.",
                {"helpful": ["fatima", "owen"], "accepted": True},
            ),
            (
                "owen",
                "Our information governance lead asked for a data sharing agreement naming the "
                "charity before anything moved. It took a month but it settled a lot of nerves.",
                {"helpful": ["fatima"]},
            ),
            (
                "fatima",
                "Both helpful. I'll ask our IG lead about an agreement naming the charity.",
            ),
            (
                "grace",
                "Good luck. Ours also says what the link worker may *not* record, which helped "
                "the practice partners agree.",
            ),
        ],
    },
    {
        "community": "mcp",
        "title": "Bringing community nursing into the practice team",
        "tags": ["community nursing", "integration"],
        "days_ago": 27,
        "posts": [
            (
                "owen",
                "Our district nurses are employed by the community trust and organised by "
                "postcode, not by practice. Has anyone realigned them to practices, and was it "
                "worth the disruption?",
            ),
            (
                "grace",
                "We realigned to groups of practices rather than single ones, which kept the "
                "rotas workable. The benefit is that the same nurses come to our team meeting "
                "every week.",
                {"helpful": ["owen", "fatima"]},
            ),
            (
                "fatima",
                "Worth it, but plan travel times carefully. Practice lists are not neat "
                "geographical patches and some nurses ended up crossing the borough twice a "
                "day.",
                {"helpful": ["owen"]},
            ),
            (
                "owen",
                "That's the thing I was worried about. Groups of practices sounds like the "
                "compromise. Thank you @grace-okafor.",
            ),
            (
                "grace",
                "You're welcome. Ask our community nursing lead if you want the details of how "
                "they drew the groups; I can put you in touch.",
            ),
        ],
    },
    {
        "community": "mcp",
        "title": "Keeping the team going when the vanguard funding ends",
        "tags": ["sustainability", "funding"],
        "days_ago": 18,
        "posts": [
            (
                "fatima",
                "The programme's direct funding for vanguards ran for three years. For those of "
                "you past that point: what kept your teams going, and what stopped?",
            ),
            (
                "owen",
                "What survived were the things partners had already changed their own budgets "
                "for. Anything that stayed a project, paid from the vanguard pot, struggled.",
                {"helpful": ["fatima", "grace"], "accepted": True},
            ),
            (
                "grace",
                "From the practice side, the team meeting itself costs little. It's the care "
                "co-ordinator post that needs a permanent home.",
                {"helpful": ["fatima"]},
            ),
            (
                "fatima",
                "That matches what I hear. It also matches the national audit's finding that "
                "almost every vanguard meant to carry on, but that money and staff were the "
                "biggest risks.",
            ),
        ],
    },
    {
        "community": "mcp",
        "title": "Extended access: evenings and weekends across practices",
        "tags": ["access", "general practice"],
        "days_ago": 9,
        "posts": [
            (
                "owen",
                "We are planning evening and weekend appointments shared across a group of "
                "practices. Anyone done this with shared records from day one?",
            ),
            (
                "fatima",
                "Yes. Agree the record-sharing model first, then the rota. We did it the other "
                "way round and the first month's clinicians couldn't see the notes they needed.",
                {"helpful": ["owen", "grace"]},
            ),
            (
                "grace",
                "Nurses' appointments at weekends were booked up faster than GPs'. Smear tests "
                "and long-term condition reviews were popular with people who work in the week.",
                {"helpful": ["owen"]},
            ),
            (
                "owen",
                "Interesting. We had assumed it would be mostly GP appointments. Useful to plan "
                "the nursing rota from the start.",
            ),
        ],
    },
    # Integrated primary and acute care systems.
    {
        "community": "pacs",
        "title": "Alliance agreements instead of a single contract",
        "tags": ["contracts", "governance"],
        "days_ago": 52,
        "posts": [
            (
                "james",
                "The accountable care contract proved slow and contested, and most vanguards "
                "moved to a consensus-based agreement between partners instead. For those who "
                "did: what goes in yours, and does it have teeth?",
            ),
            (
                "helen",
                "Ours sets out shared aims, how decisions are made, how risk and gain are shared "
                "and how disputes are settled. It isn't legally binding, so its strength is that "
                "the chief executives signed it in public.",
                {"helpful": ["james", "fatima"], "accepted": True},
            ),
            (
                "fatima",
                "From a GP's point of view, the important part was a seat for general practice "
                "at the decision-making table, not just a consultation.",
                {"helpful": ["james"]},
            ),
            (
                "james",
                "Thanks both. We are drafting ours now and the public signing is a good idea.",
            ),
        ],
    },
    {
        "community": "pacs",
        "title": "Sharing records between GPs, hospital and social care",
        "tags": ["technology", "shared records"],
        "page": "wirral-population-health-records",
        "days_ago": 46,
        "posts": [
            (
                "helen",
                "Technology was one of the areas vanguards were least satisfied with support "
                "for. What has actually worked for you in getting a shared view of a patient "
                "across GP, hospital and social care?",
            ),
            (
                "james",
                "A read-only shared record was the realistic first step for us. Everyone keeps "
                "their own system; the shared view pulls the key items together. Writing back "
                "into each other's systems is still a long way off.",
                {"helpful": ["helen", "fatima"], "accepted": True},
            ),
            (
                "fatima",
                "Clinicians used it once it opened from inside their own system. Logging into "
                "a separate portal meant almost nobody looked.",
                {"helpful": ["helen", "james"]},
            ),
            (
                "helen",
                "We heard exactly the same from our emergency department.",
            ),
            (
                "james",
                "Worth adding: the social care side took longest, mostly over consent and data "
                "sharing agreements, not the technology.",
            ),
        ],
    },
    {
        "community": "pacs",
        "title": "Frailty services across the hospital front door and the community",
        "tags": ["frailty", "older people"],
        "page": "salford-together-health-and-social-care-hub",
        "days_ago": 33,
        "posts": [
            (
                "james",
                "Salford Together has focused on older people from the start. One lesson was "
                "that frailty is everyone's business: the same people turn up at A&E, in "
                "general practice and with social care. How are others organising frailty "
                "services?",
            ),
            (
                "helen",
                "A frailty team at the front door that can turn someone round the same day, "
                "linked to a community team that picks them up at home. The link is the hard "
                "part.",
                {"helpful": ["james"]},
            ),
            (
                "fatima",
                "We ask practices to share their frailty lists with the community team so the "
                "first contact isn't a crisis.",
                {"helpful": ["james", "helen"]},
            ),
            (
                "helen",
                "Same here. We also found a single phone number for the front-door team helped "
                "GPs use it instead of sending people to A&E.",
            ),
            (
                "james",
                "Sharing the practice lists is something we should do more of. Thank you.",
            ),
        ],
    },
    {
        "community": "pacs",
        "title": "Measuring progress against the care model framework",
        "tags": ["evaluation", "framework"],
        "days_ago": 20,
        "posts": [
            (
                "helen",
                "The national frameworks set out key features each population-based care model "
                "was expected to include. By the end of 2017 vanguards were on average about a "
                "third of the way to implementing them fully. How are you tracking your own "
                "progress against the features?",
            ),
            (
                "james",
                "A simple self-assessment twice a year, scored by the partners together, with "
                "evidence for each score. The conversation matters more than the number.",
                {"helpful": ["helen"], "accepted": True},
            ),
            (
                "fatima",
                "We score depth and breadth separately: how far a feature is implemented, and "
                "for how much of the population. A feature working well in one practice is not "
                "the same as one working everywhere.",
                {"helpful": ["helen", "james"]},
            ),
            (
                "helen",
                "Depth and breadth is a useful split; it is how the national assessment was done "
                "too.",
            ),
        ],
    },
    {
        "community": "pacs",
        "title": "Involving local people in redesigning services",
        "tags": ["engagement", "patients and communities"],
        "days_ago": 8,
        "posts": [
            (
                "fatima",
                "Our partnership board has two patient members but we want more than a "
                "consultation at the end. What has worked for you in designing services *with* "
                "people?",
            ),
            (
                "helen",
                "Paid, trained patient leaders who sit in the design groups from the start. It "
                "changed the questions we asked.",
                {"helpful": ["fatima", "james"]},
            ),
            (
                "james",
                "Going to existing community groups rather than asking people to come to us. "
                "We heard from people who would never attend a board meeting.",
                {"helpful": ["fatima"]},
            ),
            (
                "fatima",
                "Thank you both. Patient leaders in the design groups from the start is what I "
                "will propose to our board.",
            ),
        ],
    },
    # Urgent and emergency care.
    {
        "community": "uec",
        "title": "Winter 2017: what we learned about handovers",
        "tags": ["winter", "ambulance handover"],
        "days_ago": 90,
        "locked": "This winter's discussion has finished; the lessons are in the new topic on "
        "clinical hubs.",
        "posts": [
            (
                "mark",
                "A place to collect lessons from this winter on ambulance handover delays while "
                "they are fresh.",
            ),
            (
                "david",
                "Crews waiting with patients in corridors was the worst of it. The sites that "
                "had a dedicated handover nurse at peak times cleared queues much faster.",
                {"helpful": ["mark", "ruth"]},
            ),
            (
                "ruth",
                "On the ward side, discharges before midday made more difference than any "
                "single thing at the front door.",
                {"helpful": ["mark", "david"]},
            ),
            (
                "mark",
                "Thanks both. Summarising this for the network board.",
            ),
        ],
    },
    {
        "community": "uec",
        "title": "A clinical hub behind 111: who answers the transferred calls?",
        "tags": ["111", "clinical hub"],
        "page": "west-yorkshire-urgent-and-emergency-care-network",
        "days_ago": 40,
        "posts": [
            (
                "mark",
                "Several urgent care vanguards set up a clinical hub so that callers to 111 who "
                "need a clinician speak to one, rather than being sent to A&E by default. "
                "Which clinicians do you have in your hub?",
            ),
            (
                "david",
                "GPs, advanced paramedics, nurses and a pharmacist in ours. The paramedics are "
                "especially good with the calls that would otherwise become ambulance jobs.",
                {"helpful": ["mark"], "accepted": True},
            ),
            (
                "ruth",
                "A mental health practitioner in the hub at evenings and weekends made a big "
                "difference for us.",
                {"helpful": ["mark", "david"]},
            ),
            (
                "mark",
                "Good to hear. We are making the case for a mental health practitioner at "
                "weekends now.",
            ),
            (
                "david",
                "If it helps, we found the hub's value was easiest to show with the number of "
                "ambulance dispatches avoided, counted every week.",
            ),
        ],
    },
    {
        "community": "uec",
        "title": "Joining up A&E, out of hours, minor injuries and 111",
        "tags": ["integration", "access"],
        "days_ago": 25,
        "posts": [
            (
                "ruth",
                "Patients tell us they have no idea whether to go to A&E, the minor injuries "
                "unit, out-of-hours GP or ring 111. What has worked in making it simpler?",
            ),
            (
                "mark",
                "One phone number and one set of rules behind it, so 111 can book people "
                "straight into an appointment at the right place rather than telling them where "
                "to go.",
                {"helpful": ["ruth", "david"], "accepted": True},
            ),
            (
                "david",
                "Crews being able to refer straight to the same services, instead of only taking "
                "people to A&E, helped us as well.",
                {"helpful": ["ruth"]},
            ),
            (
                "ruth",
                "Booking into appointments is the part we're missing. I'll take it to our "
                "network meeting.",
            ),
        ],
    },
    {
        "community": "uec",
        "title": "Treating people at home instead of taking them to hospital",
        "tags": ["ambulance", "see and treat"],
        "days_ago": 11,
        "posts": [
            (
                "david",
                "We are trying to increase how often crews treat people at home or refer them to "
                "community services instead of conveying to A&E. The barrier is confidence, and "
                "knowing who will pick the person up afterwards.",
            ),
            (
                "mark",
                "A direct line from crews to a senior clinician in the hub helps with the "
                "confidence part.",
                {"helpful": ["david"]},
            ),
            (
                "ruth",
                "For older people, a same-day referral to the community frailty team is what we "
                "need crews to be able to make.",
                {"helpful": ["david", "mark"]},
            ),
            (
                "david",
                "Agreed. We are piloting direct referrals to the frailty team in two areas this "
                "spring and will share how it goes.",
            ),
        ],
    },
    # Acute care collaborations.
    {
        "community": "acc",
        "title": "Shared radiology: reporting across trusts",
        "tags": ["radiology", "shared services"],
        "page": "emrad-shared-radiology",
        "days_ago": 48,
        "posts": [
            (
                "chloe",
                "Our consortium shares one imaging system across several trusts, so radiologists "
                "can view and report images taken at any of them. Happy to answer questions from "
                "anyone thinking about the same.",
            ),
            (
                "james",
                "What was the hardest part: the technology, or getting radiologists to report "
                "for a hospital they don't work at?",
            ),
            (
                "chloe",
                "The second. The technology was a big project but a known one. Agreeing who "
                "reports what, and being fair about workloads, took far longer.",
                {"helpful": ["james", "mark"], "accepted": True},
            ),
            (
                "mark",
                "Did patients notice a difference?",
            ),
            (
                "chloe",
                "Mostly in not having scans repeated when they moved between hospitals, because "
                "the images were already there to see.",
            ),
        ],
    },
    {
        "community": "acc",
        "title": "Standardising clinical practice across a group of hospitals",
        "tags": ["variation", "clinical standards"],
        "page": "salford-and-wigan-foundation-chain",
        "days_ago": 31,
        "posts": [
            (
                "james",
                "Part of the aim of the acute care collaborations was to reduce variation in "
                "care between hospitals. How did you decide what to standardise and what to "
                "leave to local teams?",
            ),
            (
                "chloe",
                "We standardised where there was clear evidence and a safety reason, and left "
                "the rest. Clinicians accept a standard more readily when they helped write it.",
                {"helpful": ["james"], "accepted": True},
            ),
            (
                "mark",
                "Shared back-office services were easier than shared clinical pathways, and "
                "saved money sooner.",
                {"helpful": ["james", "chloe"]},
            ),
            (
                "james",
                "That matches what I've heard from the chains.",
            ),
        ],
    },
    {
        "community": "acc",
        "title": "Specialist networks supporting smaller hospitals",
        "tags": ["networks", "specialist services"],
        "days_ago": 12,
        "posts": [
            (
                "mark",
                "Several collaborations were specialist networks, for example in orthopaedics, "
                "neurosciences and cancer, spreading expertise from specialist centres to "
                "general hospitals. What made those networks work in practice?",
            ),
            (
                "chloe",
                "Regular joint clinics and case reviews, so the specialists and the local teams "
                "actually know each other. Guidelines alone didn't change much.",
                {"helpful": ["mark"]},
            ),
            (
                "james",
                "Data shared across the network on outcomes by hospital. It prompted questions "
                "nobody had asked before.",
                {"helpful": ["mark", "chloe"]},
            ),
            (
                "mark",
                "Joint clinics and shared outcome data: that's a helpful pair. Thanks both.",
            ),
        ],
    },
    # Evaluation leads network (private).
    {
        "community": "evaluation",
        "title": "Read first: what we share here",
        "tags": ["welcome"],
        "days_ago": 62,
        "pinned": True,
        "posts": [
            (
                "helen",
                "This network is private so that we can share draft findings and data problems "
                "honestly. Please:\n\n"
                "- never post patient-level data, even pseudonymised;\n"
                "- say when a figure is provisional;\n"
                "- ask before quoting someone else's unpublished work outside the network.",
            ),
            (
                "james",
                "Thanks Helen. Looking forward to comparing notes.",
            ),
            (
                "sam",
                "Hello all, Sam from Wakefield. I'm mostly here for the care homes evaluation.",
            ),
        ],
    },
    {
        "community": "evaluation",
        "title": "Emergency admissions: comparing our figures with the national ones",
        "tags": ["admissions", "metrics"],
        "days_ago": 45,
        "posts": [
            (
                "james",
                "The national analysis compares growth in emergency admissions in vanguard "
                "areas with the rest of England. The audit office reported 0.9% growth for "
                "MCPs and 2.6% for PACS against 6.3% elsewhere, for the 12 months to March "
                "2018. Our local figures are close but not identical. Is anyone else seeing a "
                "gap?",
            ),
            (
                "helen",
                "Yes, and in our case it is mostly down to which population is counted: "
                "registered with our practices, or resident in our area. Check that before "
                "anything else.",
                {"helpful": ["james", "fatima"], "accepted": True},
            ),
            (
                "sam",
                "Also check the time periods. The earlier published figures used the 12 months "
                "to January 2018 (MCPs 1.4%, PACS 1.7%, rest of England 5.7%), so two "
                "different sets of national numbers are in circulation.",
                {"helpful": ["james", "helen"]},
            ),
            (
                "james",
                "That explains a lot. Our board paper quoted one set and our report the other.",
            ),
            (
                "fatima",
                "Might be worth us agreeing a standard footnote for which period we mean.",
            ),
            (
                "helen",
                "Good idea @fatima-begum. I'll draft one and post it here.",
            ),
        ],
    },
    {
        "community": "evaluation",
        "title": "Bed days went down less than elsewhere: how are you explaining it?",
        "tags": ["bed days", "metrics"],
        "days_ago": 34,
        "posts": [
            (
                "helen",
                "Total bed days fell by about 1% in vanguard areas but by 2.5% in non-vanguard "
                "areas, because vanguard areas did not see the same fall in *elective* bed days. "
                "Our board has asked why. What are others saying?",
            ),
            (
                "james",
                "The national team's view was that the focus on emergency admissions may have "
                "freed capacity for elective work. It is plausible but nobody has tested it "
                "properly, and I say so.",
                {"helpful": ["helen", "sam"], "accepted": True},
            ),
            (
                "fatima",
                "We split emergency and elective bed days in every report now, so the headline "
                "doesn't hide the emergency improvement.",
                {"helpful": ["helen"]},
            ),
            (
                "helen",
                "Splitting them by default is sensible. Thank you both.",
            ),
        ],
    },
    {
        "community": "evaluation",
        "title": "Different local evaluation methods: can we still compare?",
        "tags": ["methods", "local evaluation"],
        "days_ago": 16,
        "posts": [
            (
                "sam",
                "The audit office pointed out that vanguards took different approaches to local "
                "evaluation, which makes common lessons hard to draw. Is there anything we could "
                "still align on, even now?",
            ),
            (
                "helen",
                "A small common core: the same definitions for a handful of outcomes, reported "
                "the same way. Each area keeps its own wider evaluation.",
                {"helpful": ["sam", "james"], "accepted": True},
            ),
            (
                "james",
                "I'd add a shared description of *what was actually implemented*, and when. "
                "Half the differences in results come from comparing models at different "
                "stages.",
                {"helpful": ["sam", "helen"]},
            ),
            (
                "sam",
                "Both feel achievable. Shall we try it for the care homes measures first?",
            ),
            (
                "helen",
                "Yes. @sam-patel, could you list the measures the care home areas already collect?",
            ),
        ],
    },
    # Workforce redesign network.
    {
        "community": "workforce",
        "title": "Recruiting and keeping staff in new roles",
        "tags": ["recruitment", "retention"],
        "days_ago": 43,
        "posts": [
            (
                "owen",
                "Most vanguards said recruiting and keeping the right staff was one of the "
                "biggest risks to sustaining their care models. What has helped you keep people "
                "in roles that did not exist five years ago?",
            ),
            (
                "aisha",
                "A clear career path. Our liaison nurse roles were fixed-term for years and we "
                "lost good people to permanent posts elsewhere.",
                {"helpful": ["owen", "grace"]},
            ),
            (
                "grace",
                "Protected time for learning. The new roles in our practice stayed when people "
                "felt they were developing, not just filling gaps.",
                {"helpful": ["owen"], "accepted": True},
            ),
            (
                "ben",
                "Good supervision from someone who understands the role, even if they work for "
                "another organisation.",
            ),
            (
                "owen",
                "Thank you. Career paths, protected learning time and good supervision: I'll "
                "build our retention plan around those three.",
            ),
        ],
    },
    {
        "community": "workforce",
        "title": "Rotational posts across hospital, community and primary care",
        "tags": ["rotation", "training"],
        "days_ago": 28,
        "posts": [
            (
                "owen",
                "We are designing rotations for nurses and therapists across the hospital, "
                "community services and general practice. Anyone done this with staff employed "
                "by different organisations?",
            ),
            (
                "ben",
                "We have pharmacists rotating between the hospital and the care homes team. "
                "The honorary contracts took longer than anything else to sort out.",
                {"helpful": ["owen"]},
            ),
            (
                "aisha",
                "Make sure each placement has a named supervisor. Rotating staff can feel they "
                "belong nowhere.",
                {"helpful": ["owen", "grace"]},
            ),
            (
                "grace",
                "And give them a base. Our rotating nurse kept her desk in the practice even "
                "while she was on community placements, which helped her feel part of the team.",
            ),
            (
                "owen",
                "Honorary contracts and named supervisors: both on the list. Thanks.",
            ),
        ],
    },
    {
        "community": "workforce",
        "title": "Training care home staff alongside NHS staff",
        "tags": ["training", "care homes"],
        "days_ago": 10,
        "posts": [
            (
                "aisha",
                "We have opened some NHS training sessions to care home staff: falls, "
                "nutrition and hydration, end of life care. Has anyone gone further, with "
                "shared training posts?",
            ),
            (
                "owen",
                "Not yet, but a joint training plan with the local authority is on our list. "
                "Care home providers told us cost and cover for staff on courses were the real "
                "barriers.",
                {"helpful": ["aisha"]},
            ),
            (
                "grace",
                "Our practice nurses run short sessions in homes on diabetes care. It builds "
                "relationships as much as skills.",
                {"helpful": ["aisha", "owen"]},
            ),
            (
                "aisha",
                "Relationships as much as skills: yes. The homes ring us far more readily once "
                "they have met us.",
            ),
        ],
    },
]

# After the discussions are in: a post hidden by a facilitator (who and why are kept), an open
# report, and a new member's post held for approval in the workforce network.
HIDDEN_POST = {
    "topic": "Bags going missing on the wards",
    "author": "ruth",
    "body": "Update from our ward: the bag for the lady in bay 4, Mrs H., born 1931, was found "
    "in the linen store after a week.",
    "hidden_by": "sam",
    "reason": "It included details that could identify a resident. Please describe cases "
    "without names, bed numbers or dates of birth.",
}
REPORT = {
    "topic": "Treating people at home instead of taking them to hospital",
    "post_number": 2,
    "reporter": "ruth",
    "reason": "other",
    "details": "Not a problem with the content, but this should probably be pinned as guidance "
    "for new crews.",
}
HELD_POST = {
    "topic": "Training care home staff alongside NHS staff",
    "author": "david",
    "body": "Ambulance services can help here too: our crews run short sessions for homes on "
    "when to call 999 and what to have ready when we arrive.",
}
