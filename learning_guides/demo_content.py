"""Demo learning guides for `load_demo`, written from the programme's public documents."""

GUIDES = [
    {
        "slug": "adopting-the-red-bag-pathway",
        "title": "Adopting the Red Bag hospital transfer pathway",
        "summary": (
            "How to introduce the Red Bag, first used by the Sutton Homes of Care vanguard, so "
            "that a care home resident's health information and belongings go with them to "
            "hospital and their discharge summary comes back with them."
        ),
        "audience": "Care home managers, ambulance and hospital discharge teams, commissioners",
        "care_models": [
            "enhanced-health-in-care-homes",
        ],
        "support_areas": [
            "designing-new-care-models",
            "communications-and-engagement",
        ],
        "tags": [
            "care homes",
            "hospital discharge",
            "ambulance services",
        ],
        "related_case_studies": [
            "red-bag-hospital-transfer-pathway",
            "gateshead-care-home-project",
        ],
        "first_published": "2025-02-01",
        "last_reviewed": "2026-02-01",
        "next_review": "2027-02-01",
        "chapters": [
            {
                "slug": "what-the-red-bag-is",
                "title": "What the Red Bag is and why it matters",
                "body": [
                    (
                        "text",
                        (
                            "<p>The Red Bag is a simple idea from the Sutton Homes of Care "
                            "vanguard in south London, one of six vanguards that tested enhanced "
                            "health in care homes between 2015 and 2018. When a care home resident "
                            "has to go to hospital in an emergency, a red bag goes with them. It "
                            "keeps the important information about the resident's health in one "
                            "place, where ambulance and hospital staff can find it "
                            "quickly.</p><h3>What goes in the bag</h3><p>The bag carries two kinds "
                            "of thing. The first is the resident's key health information. The "
                            "second is personal belongings: clothes for the day of discharge, and "
                            "everyday items such as glasses, hearing aids and dentures. The bag "
                            "stays with the resident for the whole hospital stay. Once they are "
                            "fit to leave, the ward adds a copy of the discharge summary, so that "
                            "care home staff can read it as soon as the resident is "
                            "back.</p><h3>Why it has spread</h3><p>The scheme was taken up in "
                            "other areas, including Wakefield and Hertfordshire. In May 2018 four "
                            "national NHS and local government membership bodies held up its "
                            "spread as a clear example of why national support for spreading good "
                            "practice matters.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Read the Sutton case study and note what each partner has to do",
                            (
                                "List every hand-off a resident goes through on the way to "
                                "hospital and back"
                            ),
                            (
                                "Identify who in each care home, ambulance service and ward will "
                                "own the bag"
                            ),
                            (
                                "Check whether neighbouring areas already use the Red Bag, so your "
                                "approach matches theirs"
                            ),
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>Be clear about what the published evidence shows. The sources "
                            "report the scheme's spread, and a 1.4% fall in residents' emergency "
                            "admissions across all six care home vanguards in the 12 months to "
                            "January 2018, against a 6.7% rise elsewhere. They do not measure the "
                            "Red Bag's own effect, so plan to measure it yourself.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "agreeing-the-pathway-with-partners",
                "title": "Agreeing the pathway with care homes, ambulance and hospital teams",
                "body": [
                    (
                        "text",
                        (
                            "<p>The Red Bag works only if everyone who touches it knows what to "
                            "do. The enhanced health in care homes model depends on the NHS, care "
                            "home operators and council services working as partners, and this "
                            "pathway is a small, practical test of that partnership.</p><h3>Who "
                            "needs to be involved</h3><ul><li><strong>Care homes</strong>, which "
                            "pack the bag and keep the health information in it up to "
                            "date.</li><li><strong>The ambulance service</strong>, whose crews "
                            "take the bag with the resident and hand it over.</li><li><strong>The "
                            "emergency department and wards</strong>, which keep the bag with the "
                            "resident throughout the stay.</li><li><strong>Discharge "
                            "teams</strong>, who put the discharge summary in the bag and make "
                            "sure it leaves with the resident.</li><li><strong>Commissioners and "
                            "the council</strong>, who can fund the bags and training and bring "
                            "the partners together.</li></ul><h3>Agreeing the "
                            "contents</h3><p>Agree a standard set of health information that will "
                            "always be in the bag, in the same order, so that staff who see many "
                            "bags know where to look. Agree too what personal items should go in, "
                            "and how they are recorded, so nothing is lost on the ward.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            (
                                "Agree a single transfer form with your acute trust and ambulance "
                                "service"
                            ),
                            "Name a lead in each care home and on each receiving ward",
                            "Agree how belongings are listed when the bag is packed and unpacked",
                            (
                                "Brief ambulance crews so that the bag always travels with the "
                                "resident"
                            ),
                            (
                                "Set a start date and tell every care home in the area at the same "
                                "time"
                            ),
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>Communications matter as much as the bag. Tell staff why the "
                            "scheme exists, what is expected at each step and who to contact when "
                            "something goes wrong. Residents and their families should know what "
                            "the bag is for.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "bringing-the-bag-home",
                "title": "Bringing the bag home and learning as you go",
                "body": [
                    (
                        "text",
                        (
                            "<p>The return journey is the part most likely to slip. A resident may "
                            "be discharged late in the day, by staff who did not admit them, and "
                            "the discharge summary must still go into the bag. Make that step part "
                            "of the ward's discharge checklist rather than something people have "
                            "to remember.</p><h3>When the resident arrives back</h3><p>Care home "
                            "staff should check the bag as soon as the resident returns: the "
                            "discharge summary, any changes to care, and the belongings that went "
                            "out with them. The discharge summary in the bag means staff can pick "
                            "up changes in care straight away.</p><h3>Measuring what "
                            "happens</h3><p>The sources do not publish local results for the Red "
                            "Bag, so build your own measures from the start. Keep them simple and "
                            "collect them from the first week. Record how often the bag goes with "
                            "a resident, how often it comes back with a discharge summary, and "
                            "whether belongings are lost. If you can, compare length of stay and "
                            "readmissions for care home residents before and after the change, and "
                            "say plainly that local figures are your own monitoring rather than an "
                            "independent evaluation.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Add the discharge summary step to the ward discharge checklist",
                            "Ask care homes to check every bag on return and report gaps",
                            (
                                "Count bags sent, bags returned with a summary and items lost each "
                                "month"
                            ),
                            "Review the figures with all partners every quarter",
                            "Share what you learn with neighbouring areas",
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>Sharing your experience is part of the job. The Red Bag reached "
                            "other areas because vanguards were brought together to network and "
                            "learn from each other; passing on your own lessons keeps that "
                            "going.</p>"
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "setting-up-multidisciplinary-teams-around-general-practice",
        "title": "Setting up multidisciplinary teams around general practice",
        "summary": (
            "Lessons from vanguards such as Dudley, mid-Nottinghamshire, Harrogate and Morecambe "
            "Bay on building teams around GP practices that bring together health, social care, "
            "mental health and voluntary sector staff."
        ),
        "audience": (
            "GP partners and practice managers, community and social care leads, voluntary sector "
            "organisations, commissioners"
        ),
        "care_models": [
            "multispecialty-community-providers",
            "integrated-primary-acute-care-systems",
        ],
        "support_areas": [
            "workforce-redesign",
            "designing-new-care-models",
        ],
        "tags": [
            "multidisciplinary teams",
            "general practice",
            "social care",
        ],
        "related_case_studies": [
            "dudley-practice-based-multidisciplinary-teams",
            "mid-nottinghamshire-transfer-of-care",
            "harrogate-integrated-care-teams",
            "morecambe-bay-integrated-care-communities",
            "north-east-hampshire-and-farnham-integrated-teams",
        ],
        "first_published": "2025-01-20",
        "last_reviewed": "2026-01-20",
        "next_review": "2027-01-20",
        "chapters": [
            {
                "slug": "what-vanguards-built",
                "title": "What the vanguards built, and why",
                "body": [
                    (
                        "text",
                        (
                            "<p>Many population-based vanguards built some form of "
                            "multidisciplinary team. Multispecialty community providers join "
                            "general practice with community health and care services; integrated "
                            "primary and acute care systems go further and bring in hospital "
                            "services. Both aim to move care closer to home and to find people at "
                            "high risk early.</p><h3>Different shapes, same "
                            "idea</h3><ul><li><strong>Dudley</strong> based its teams in GP "
                            "practices and included social care, mental health and voluntary "
                            "sector workers.</li><li><strong>Mid-Nottinghamshire</strong> created "
                            "integrated care teams of GPs, specialist nurses, social workers and a "
                            "voluntary sector worker for patients at high risk of "
                            "admission.</li><li><strong>Morecambe Bay</strong> is forming 12 "
                            "integrated care communities working within three clinical "
                            "networks.</li><li><strong>Harrogate</strong> built one integrated "
                            "team including geriatricians, therapists and mental health staff, "
                            "with a care plan for each patient.</li></ul><h3>What the evidence "
                            "says</h3><p>Dudley reports shorter hospital stays for patients and "
                            "higher job satisfaction among staff, but these are the vanguard's own "
                            "findings and no figures were published. Across all multispecialty "
                            "community provider areas, NHS England's analysis reported by the NAO "
                            "found emergency admissions grew by 0.9% in the 12 months to March "
                            "2018, against 6.3% elsewhere; that cannot be credited to teams "
                            "alone.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            (
                                "Decide whether your team will be based in one practice or serve a "
                                "locality"
                            ),
                            "Write down the problem the team is meant to solve for patients",
                            "Read two or three vanguard examples before designing your own",
                            "Agree which organisations will contribute staff",
                        ],
                    ),
                ],
            },
            {
                "slug": "who-is-in-the-team",
                "title": "Choosing team members and the patients they serve",
                "body": [
                    (
                        "text",
                        (
                            "<p>The make-up of vanguard teams varied, but a core pattern is clear: "
                            "general practice at the centre, with community nursing, social care "
                            "and mental health alongside. Several vanguards added roles that are "
                            "easy to overlook.</p><h3>Roles to consider</h3><ul><li>Voluntary "
                            "sector workers, as in Dudley and "
                            "mid-Nottinghamshire.</li><li>Specialist nurses, for example in "
                            "diabetes and cardiac care.</li><li>Pharmacists, who in Northumberland "
                            "help GPs deal with home visit requests.</li><li>Geriatricians and "
                            "therapists, as in Harrogate and North East Hampshire and "
                            "Farnham.</li><li>End-of-life specialists and home carers, also part "
                            "of the North East Hampshire and Farnham teams.</li></ul><h3>Which "
                            "patients</h3><p>Give the team a clear focus. Vanguards aimed theirs "
                            "at people at high risk of admission, the most vulnerable, and people "
                            "with complex needs or long-term conditions. Agree how you will "
                            "identify these people: a reader commenting on the 2015 support "
                            "package pointed out that risk models need statisticians to build them "
                            "and have not always been tested on populations other than the one "
                            "they were developed with.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Map current services for your target group and invite each to join",
                            "Agree how patients will be identified and who checks the list",
                            "Include at least one voluntary sector member",
                            "Give each patient a care plan with their own goals",
                            "Make sure patients see the same people where possible",
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>Harrogate's approach of continuity, with patients seeing the same "
                            "people each time so they and their families can get to know and trust "
                            "their team, is worth copying whatever shape your team takes.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "keeping-teams-going",
                "title": "Supporting, measuring and sustaining the team",
                "body": [
                    (
                        "text",
                        (
                            "<p>Setting up a team is the easy part. Keeping it going means dealing "
                            "with the pressures that the NAO found across the vanguards: "
                            "difficulty recruiting and keeping staff, pressure on funding, and "
                            "financial incentives that do not line up between "
                            "organisations.</p><h3>Support for the team</h3><p>Salford Together "
                            "set up a contact centre to act as a hub for its multidisciplinary "
                            "groups, also coordinating telecare and helping people find community "
                            "support. A hub like this takes administration off clinicians and "
                            "gives the team a single point of contact.</p><h3>Staff "
                            "experience</h3><p>Dudley reported that team working improved staff "
                            "job satisfaction. Ask staff regularly how the team is working for "
                            "them; it is an early signal of whether the model will "
                            "last.</p><h3>Measuring results</h3><p>Decide what you will measure "
                            "before you begin. Emergency admissions and length of stay for the "
                            "patients the team supports are the obvious measures, but the NAO "
                            "warns that isolating the effect of a service change is hard and data "
                            "quality can be poor. Collect a baseline, compare with a similar group "
                            "where you can, and be honest about the limits.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            (
                                "Provide administrative support or a hub so clinicians can focus "
                                "on patients"
                            ),
                            "Survey team members at the start and every six months",
                            "Collect baseline admissions and length of stay before launch",
                            "Agree funding for posts for more than one year where possible",
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>The NAO found that funding agreed a year at a time made it hard "
                            "for some vanguards to recruit. Longer commitments help people to "
                            "join, and stay.</p>"
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "evaluating-a-new-care-model",
        "title": "Evaluating a new care model: metrics and local evaluation",
        "summary": (
            "What the National Audit Office found about how the vanguards were measured and "
            "evaluated, and how to use those lessons when you set objectives, choose metrics and "
            "plan a local evaluation."
        ),
        "audience": "Programme managers, analysts, evaluation leads, commissioners and boards",
        "care_models": [
            "integrated-primary-acute-care-systems",
            "multispecialty-community-providers",
            "enhanced-health-in-care-homes",
            "acute-care-collaborations",
        ],
        "support_areas": [
            "evaluation-and-metrics",
        ],
        "tags": [
            "evaluation",
            "emergency admissions",
            "metrics",
        ],
        "related_case_studies": [
            "gateshead-care-home-project",
            "dudley-practice-based-multidisciplinary-teams",
            "south-somerset-symphony-joint-organisation",
            "salford-together-health-and-social-care-hub",
        ],
        "first_published": "2025-02-10",
        "last_reviewed": "2026-02-10",
        "next_review": "2027-02-10",
        "chapters": [
            {
                "slug": "objectives-first",
                "title": "Start with clear objectives and a way to track progress",
                "body": [
                    (
                        "text",
                        (
                            "<p>The NAO's 2018 review of the vanguards makes a basic point: to "
                            "judge whether a programme worked, you need to know what it was meant "
                            "to achieve. NHS England chose not to prescribe a national approach, "
                            "and so there was no national business case, no clear statement of "
                            "objectives and outcomes, and no plan for the whole programme. That "
                            "gave vanguards freedom, but made overall performance hard to "
                            "judge.</p><h3>Locally, write it down</h3><p>Each vanguard did have to "
                            "justify its funding through a value proposition setting out its plans "
                            "and expected return on investment. Treat that as a minimum. Set out "
                            "what you expect to change for patients, staff and the wider "
                            "population, by when, and how you will know.</p><h3>Track "
                            "implementation as well as outcomes</h3><p>In 2016 NHS England "
                            "published frameworks setting out eight key features for each "
                            "population-based care model. The NAO's measure of progress combined "
                            "depth (how many elements were in place) with breadth (how much of the "
                            "population was covered). By December 2017 vanguards were on average "
                            "about a third of the way to full implementation, and none had "
                            "implemented every feature. Outcomes cannot be judged without knowing "
                            "how far a model has actually been put in place.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Write down objectives and intended outcomes before you start",
                            "Set out the expected return on investment, as each vanguard had to",
                            "Measure both depth and breadth of implementation",
                            "Agree who is accountable for each objective",
                        ],
                    ),
                ],
            },
            {
                "slug": "choosing-and-reading-metrics",
                "title": "Choosing and reading metrics: admissions, bed days and beyond",
                "body": [
                    (
                        "text",
                        (
                            "<p>NHS England gave most weight to emergency hospital activity when "
                            "judging vanguards, and in the third year used reductions in emergency "
                            "admissions in deciding their funding. The NAO reported that emergency "
                            "admissions grew by 0.9% in multispecialty community provider areas "
                            "and 2.6% in integrated primary and acute care system areas in the 12 "
                            "months to March 2018, compared with 6.3% elsewhere.</p><h3>Read the "
                            "figures carefully</h3><ul><li><strong>Single measures can "
                            "mislead.</strong> Some vanguards felt emergency admissions were given "
                            "undue weight when their aims differed.</li><li><strong>Look for the "
                            "whole picture.</strong> Total bed days fell by 1.2% in MCP areas and "
                            "1.0% in PACS areas, but by 2.5% in non-vanguard areas, because "
                            "elective bed days fell more there. NHS England linked this to "
                            "vanguards' focus on emergency care; the NAO noted other explanations "
                            "had not been tested.</li><li><strong>Expect data problems.</strong> "
                            "The NAO found it difficult to isolate the effect of vanguards, partly "
                            "because of data quality.</li><li><strong>Include patients and "
                            "staff.</strong> Some vanguards reported better patient experience, "
                            "but it was too early to see longer-term outcomes.</li></ul>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Choose a small set of measures that match your own aims",
                            "Pair every activity measure with a patient or staff measure",
                            "Check data quality before you report a trend",
                            "Report the comparison group and its limits alongside every result",
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>When you publish results on this platform, say where each figure "
                            "came from and whether it is your own monitoring, a before-and-after "
                            "comparison or an independent evaluation.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "local-evaluation-and-sharing",
                "title": "Local evaluation, keeping it going and sharing what you learn",
                "body": [
                    (
                        "text",
                        (
                            "<p>NHS England developed an evaluation strategy in May 2016 that "
                            "combined national metrics with local evaluations led by the "
                            "vanguards. The NAO found that vanguards took different approaches to "
                            "local evaluation, which made it hard to draw out common lessons. Of "
                            "the ten national support areas, evaluation was one where vanguards "
                            "were most satisfied.</p><h3>Plan for the long term</h3><p>The NAO "
                            "warned that unless evaluation continues after a model is in place, "
                            "its longer-term impact will remain unknown. It recommended that "
                            "national bodies press for more local evaluation after the programme, "
                            "and think about paying for it. NHS England also said it did not "
                            "intend to keep measuring financial returns, given the data burden. "
                            "Local areas that want to know whether savings last will need to track "
                            "them themselves.</p><h3>Get the right skills</h3><p>A reader "
                            "responding to the 2015 support package noted that statisticians and "
                            "health economists were not mentioned, although they are needed to "
                            "design and evaluate changes. The board paper that set up the "
                            "programme had already named real-time evaluation and getting evidence "
                            "of what works as a common barrier.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            (
                                "Use a common evaluation framework with neighbouring areas where "
                                "you can"
                            ),
                            "Involve a statistician or health economist from the design stage",
                            "Budget for evaluation beyond the end of any pilot funding",
                            "Publish what did not work as well as what did",
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>Share results through communities of practice and online "
                            "platforms; 24 of 28 vanguards told the NAO they changed their "
                            "approach after learning from others.</p>"
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "sharing-records-for-population-health-management",
        "title": "Sharing records for population health management",
        "summary": (
            "How vanguards such as Wirral and Salford approached shared patient records, and what "
            "to plan for when you use shared information to understand and plan for a whole "
            "population's health."
        ),
        "audience": (
            "Digital and information governance leads, analysts, clinical leads, commissioners"
        ),
        "care_models": [
            "integrated-primary-acute-care-systems",
            "multispecialty-community-providers",
        ],
        "support_areas": [
            "harnessing-technology",
            "integrated-commissioning-and-provision",
        ],
        "tags": [
            "shared records",
            "population health",
            "digital",
        ],
        "related_case_studies": [
            "wirral-population-health-records",
            "salford-together-health-and-social-care-hub",
            "tower-hamlets-together-public-and-voluntary-partnership",
        ],
        "first_published": "2025-03-04",
        "last_reviewed": "2026-03-04",
        "next_review": "2027-03-04",
        "chapters": [
            {
                "slug": "what-population-health-management-asks",
                "title": "What population health management asks of your records",
                "body": [
                    (
                        "text",
                        (
                            "<p>The population-based vanguards were expected to share patient "
                            "records, along with an emphasis on prevention and avoiding "
                            "admissions, a budget for the whole population and a single provider "
                            "or network responsible across the patient pathway. Shared records "
                            "serve two purposes: helping the staff caring for a person, and "
                            "helping planners understand the health of the whole "
                            "population.</p><h3>Two uses, one set of records</h3><p>In Salford, "
                            "sharing information between staff meant patients would no longer need "
                            "to repeat their story to each professional. In Wirral, records shared "
                            "across all health providers were also used for planning: how many "
                            "people have particular conditions, and which groups tend to become "
                            "unwell.</p><h3>Standards come first</h3><p>NHS England's care model "
                            "frameworks captured connected, interoperable electronic records as "
                            "one of the core elements that vanguards had developed locally. "
                            "Records that cannot be linked across organisations will support "
                            "neither use well.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "List the questions clinicians and planners want the records to answer",
                            "Check which providers' systems can already exchange data",
                            "Agree whether the first priority is direct care, planning or both",
                            "Identify the analysts who will use the data for planning",
                        ],
                    ),
                    (
                        "text",
                        (
                            "<p>Be realistic about difficulty. In the NAO's survey, harnessing "
                            "technology was one of the areas where vanguards were least satisfied "
                            "with national support. Allow more time for this part of the work than "
                            "for the rest, and keep clinical leaders involved so the records meet "
                            "their needs as well as planners'.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "building-the-partnership",
                "title": "Building the partnership and the infrastructure",
                "body": [
                    (
                        "text",
                        (
                            "<p>Wirral shows that shared records are a partnership project before "
                            "they are a technology project. Its vanguard brought together the "
                            "clinical commissioning group, the council, hospital, community and "
                            "other NHS trusts and the local professional committees for medicine, "
                            "optometry, pharmacy and dentistry. Community Action Wirral, "
                            "Healthwatch Wirral and a technology company supported the "
                            "work.</p><h3>Agree the purpose together</h3><p>Wirral described its "
                            "aim as Europe's first population health management digital "
                            "infrastructure, in which electronic patient records are shared across "
                            "all health providers. An ambition of that scale needs every partner "
                            "to sign up to the same purpose, because a record that covers only "
                            "part of the population cannot support planning for all of "
                            "it.</p><h3>Bring the public with you</h3><p>Involving Healthwatch and "
                            "voluntary sector partners early helps residents understand how their "
                            "information is used and why. Build this into your communications plan "
                            "rather than treating it as a separate task.</p><h3>Plan for the "
                            "constraints</h3><p>Vanguards still had to work within existing "
                            "regulations and procurement rules, which caused frustration. Allow "
                            "time for procurement and for agreeing how data will be shared between "
                            "organisations.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Secure formal commitment from every provider before buying technology",
                            "Agree an information sharing arrangement covering all partners",
                            "Involve Healthwatch and voluntary sector partners from the start",
                            "Allow time in the plan for procurement",
                            "Name a single owner for the shared record programme",
                        ],
                    ),
                ],
            },
            {
                "slug": "turning-data-into-planning",
                "title": "Turning shared data into service planning",
                "body": [
                    (
                        "text",
                        (
                            "<p>The value of a shared record for population health lies in what "
                            "you do with it. Wirral intended to use information such as the number "
                            "of people with certain conditions, and trends in who becomes unwell, "
                            "to plan the services its population needs and to make the system more "
                            "efficient.</p><h3>Find the people who need help</h3><p>Multispecialty "
                            "community providers were expected to identify patients at high risk. "
                            "Risk models need statisticians to build them; a reader commenting on "
                            "the 2015 support package noted that models do not exist for every "
                            "condition and have rarely been checked on populations other than the "
                            "one they were built on. Test any model on your own data.</p><h3>Link "
                            "planning to services</h3><p>Once high-risk groups are identified, "
                            "someone has to act. In Salford, a contact centre supports "
                            "multidisciplinary groups and coordinates telecare; in "
                            "mid-Nottinghamshire, integrated care teams focus on people at high "
                            "risk of admission. Plan the route from analysis to team before you "
                            "start producing lists.</p><h3>Keep improving the tools</h3><p>NHS "
                            "England said in 2018 that it intended to add practical tools to help "
                            "redesign care using systematic analysis of population health needs. "
                            "Check what national tools exist before building your own.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Test any risk model on your own population before using it",
                            "Agree which team will act on each list the data produces",
                            "Review planning reports with clinicians and service users",
                            "Track whether the people identified actually received support",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "involving-patients-and-communities-in-redesign",
        "title": "Involving patients and communities in redesign",
        "summary": (
            "How vanguards built services on what local people said mattered, gave patient leaders "
            "a real role, and worked with communities on health and self-care, with lessons from "
            "the programme's own commitments."
        ),
        "audience": (
            "Engagement leads, patient leaders, Healthwatch and voluntary sector partners, "
            "programme boards"
        ),
        "care_models": [
            "integrated-primary-acute-care-systems",
            "multispecialty-community-providers",
        ],
        "support_areas": [
            "empowering-patients-and-communities",
            "communications-and-engagement",
        ],
        "tags": [
            "patient involvement",
            "patient leaders",
            "self-care",
        ],
        "related_case_studies": [
            "west-cheshire-patient-leaders",
            "harrogate-integrated-care-teams",
            "tower-hamlets-together-public-and-voluntary-partnership",
            "isle-of-wight-care-navigators",
            "morecambe-bay-integrated-care-communities",
        ],
        "first_published": "2025-02-18",
        "last_reviewed": "2026-02-18",
        "next_review": "2027-02-18",
        "chapters": [
            {
                "slug": "start-with-what-matters",
                "title": "Start from what matters to local people",
                "body": [
                    (
                        "text",
                        (
                            "<p>From the beginning, the programme was meant to be designed jointly "
                            "with patients and with the local systems taking part. The board paper "
                            "that set it up said patients and clinicians would be involved "
                            "throughout the selection of vanguards, and reviewers of the 269 "
                            "expressions of interest included patients and community "
                            "representatives.</p><h3>Examples from the "
                            "vanguards</h3><ul><li><strong>Harrogate</strong> called its vanguard "
                            "'What matters to us' and built the work on what local people said was "
                            "important to them.</li><li><strong>Mid-Nottinghamshire</strong> based "
                            "its five-year vision on population needs and on feedback from the "
                            "public, stakeholders and staff about current "
                            "services.</li><li><strong>Wirral</strong> committed to shaping "
                            "services around what matters most to local people, working with its "
                            "communities and voluntary sector.</li></ul><h3>Ask before you "
                            "design</h3><p>Engagement that comes after the model is fixed can only "
                            "collect reactions. Asking early gives people a chance to shape "
                            "priorities, and gives you evidence for why the changes are being "
                            "made. Feed back what you heard and what you did with it, so that "
                            "people can see their views made a difference.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Ask local people what matters to them before drafting options",
                            "Include staff and stakeholders as well as patients",
                            "Publish a summary of what you heard and how it changed the plan",
                            (
                                "Work with Healthwatch and voluntary groups to reach people who "
                                "are seldom heard"
                            ),
                        ],
                    ),
                ],
            },
            {
                "slug": "patients-as-partners-and-leaders",
                "title": "Patients as partners and leaders, not only consultees",
                "body": [
                    (
                        "text",
                        (
                            "<p>When the first support package was published in July 2015, a "
                            "patient leader for long-term conditions in the West Cheshire vanguard "
                            "commented that patient involvement took up little more than a page, "
                            "and that patient leaders were missing from the section on leadership. "
                            "He asked how volunteer patient leads on local boards would keep up "
                            "with paid board members if all the training went to "
                            "staff.</p><h3>What the programme committed to</h3><p>NHS England "
                            "replied that patient involvement was a key principle and a firm "
                            "commitment. Patients and their representatives had taken part in site "
                            "visits and in recruiting national support staff. Work on empowering "
                            "patients and communities would rest on six partnership principles set "
                            "by the People and Communities Board, with training included, and "
                            "patients were represented on the new care models board through "
                            "National Voices.</p><h3>Making it real locally</h3><p>Give patient "
                            "leaders defined roles: on boards, on recruitment panels, in site "
                            "visits and in reviewing evidence. Another reader of the 2015 "
                            "announcement asked for monitoring and regular audits with the public "
                            "taking part, and a way for feedback to reach a central team. Both "
                            "point the same way: patients should help check whether the changes "
                            "are working, not only help design them.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            (
                                "Offer patient leaders the same leadership development as board "
                                "members"
                            ),
                            "Pay expenses promptly and plan support for volunteers",
                            "Include patients on recruitment panels and site visits",
                            "Involve patients in reviewing monitoring data and audits",
                        ],
                    ),
                ],
            },
            {
                "slug": "communities-and-self-care",
                "title": "Working with communities on health and self-care",
                "body": [
                    (
                        "text",
                        (
                            "<p>Several vanguards treated community involvement as a condition of "
                            "success. Better Care Together in Morecambe Bay said that better "
                            "population health cannot be achieved through services alone, so whole "
                            "communities need to take a bigger part in managing their own health "
                            "and wellbeing.</p><h3>Approaches that vanguards "
                            "used</h3><ul><li><strong>Navigation.</strong> On the Isle of Wight, "
                            "community and care navigators and local area coordinators help people "
                            "find the right service and understand what is "
                            "available.</li><li><strong>Community support.</strong> Salford's "
                            "contact centre helps residents find community support so they can "
                            "stay independent and manage their own care with more "
                            "confidence.</li><li><strong>Prevention with other agencies.</strong> "
                            "Harrogate coordinated prevention on falls, mental health and strokes "
                            "with councils, the voluntary sector, the police and the fire and "
                            "rescue service.</li><li><strong>Public and voluntary sector "
                            "partnership.</strong> Tower Hamlets and the Isle of Wight were "
                            "singled out in 2018 for bringing public and voluntary bodies together "
                            "for population health.</li></ul><h3>Partnership of equals</h3><p>In "
                            "2018 the chair of the Local Government Association's community "
                            "wellbeing board argued that new models of care must rest on equal "
                            "partnerships between councils, the NHS and the community, with a "
                            "vision developed together with the public.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Agree with community partners which health issues to tackle first",
                            "Fund voluntary sector partners so they can take part as equals",
                            "Set up navigation or signposting so people can find support",
                            "Measure how many people are reached, not only how many are treated",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "redesigning-the-workforce",
        "title": "Redesigning the workforce for new care models",
        "summary": (
            "What the vanguards changed about roles and teams, the recruitment and retention "
            "problems the NAO found, and how to build leadership capacity for change while keeping "
            "existing services running."
        ),
        "audience": "Workforce and HR leads, clinical and professional leads, programme directors",
        "care_models": [
            "integrated-primary-acute-care-systems",
            "multispecialty-community-providers",
            "acute-care-collaborations",
        ],
        "support_areas": [
            "workforce-redesign",
            "local-leadership-and-delivery",
        ],
        "tags": [
            "workforce",
            "multidisciplinary teams",
            "leadership development",
        ],
        "related_case_studies": [
            "dudley-practice-based-multidisciplinary-teams",
            "north-east-hampshire-and-farnham-integrated-teams",
            "northumbria-specialist-emergency-care-hospital",
            "isle-of-wight-care-navigators",
            "salford-and-wigan-foundation-chain",
        ],
        "first_published": "2024-07-01",
        "last_reviewed": "2025-07-01",
        "next_review": "2026-07-01",
        "chapters": [
            {
                "slug": "new-roles-and-team-mixes",
                "title": "New roles and team mixes from the vanguards",
                "body": [
                    (
                        "text",
                        (
                            "<p>The national support package aimed to help vanguards develop a "
                            "modern, flexible workforce organised around patients and local "
                            "populations. The examples in the sources are mostly about who works "
                            "together, and where, rather than about new "
                            "professions.</p><h3>Examples</h3><ul><li><strong>Pharmacists and "
                            "community nurses</strong> in Northumberland support GPs with requests "
                            "for home visits through an acute home visiting "
                            "service.</li><li><strong>Navigators and local area "
                            "coordinators</strong> on the Isle of Wight help people find the right "
                            "service.</li><li><strong>Voluntary sector workers</strong> sit within "
                            "integrated teams in Dudley and "
                            "mid-Nottinghamshire.</li><li><strong>Wide team mixes</strong> in "
                            "North East Hampshire and Farnham include a psychiatric nurse, a lead "
                            "psychiatrist, a pharmacist, a geriatrician, end-of-life specialists "
                            "and home carers alongside nurses, therapists, social workers and "
                            "GPs.</li><li><strong>Social care staff in A&amp;E</strong> in "
                            "Harrogate help avoid admissions.</li></ul><h3>Designing your "
                            "own</h3><p>Start from what patients need, then ask which skills are "
                            "missing and where they could come from. Think about employers as well "
                            "as roles: many vanguard teams drew staff from several organisations, "
                            "which affects contracts, supervision and who pays. Write down for "
                            "each new role what it does, who it reports to and how it links to the "
                            "rest of the team, so that patients and colleagues know when to use "
                            "it.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            (
                                "Map the skills your target patients need against those in current "
                                "teams"
                            ),
                            "Consider pharmacists, navigators and voluntary sector workers",
                            "Agree employment, supervision and funding for shared posts",
                            "Involve staff in designing new roles",
                        ],
                    ),
                ],
            },
            {
                "slug": "recruiting-and-keeping-staff",
                "title": "Recruiting and keeping staff when funding is uncertain",
                "body": [
                    (
                        "text",
                        (
                            "<p>Workforce was one of the hardest areas for the vanguards. In the "
                            "NAO's survey, workforce redesign was among the support areas where "
                            "vanguards were least satisfied, alongside technology and governance, "
                            "and the NAO described all three as complex, systemic "
                            "issues.</p><h3>Short-term funding</h3><p>Stakeholders told the NAO "
                            "that, because funding was decided one year at a time, the uncertainty "
                            "made it difficult for some vanguards to attract and hold on to staff. "
                            "NHS England reduced the programme from six planned waves to one, and "
                            "direct funding to vanguards was £329 million over three years rather "
                            "than the much larger sum first assumed.</p><h3>Continuing "
                            "risks</h3><p>Looking ahead, vanguards told the NAO that recruiting "
                            "and keeping the right staff remained a risk to sustaining their "
                            "models, along with pressure on funding and financial incentives that "
                            "do not line up across organisations. The NAO expected anyone copying "
                            "new care models elsewhere to meet the same barriers.</p><h3>What "
                            "helps</h3><p>Where funding is short-term, be open with staff about "
                            "it, and look for ways to give longer security, for example "
                            "secondments from substantive posts or joint funding between partners. "
                            "Dudley's report that team working raised job satisfaction suggests "
                            "that good multidisciplinary roles can themselves help retention.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Agree funding for new posts for longer than one year where possible",
                            "Use secondments to reduce risk for staff in fixed-term roles",
                            "Track vacancies and turnover in new teams from the start",
                            "Ask staff regularly about job satisfaction",
                        ],
                    ),
                ],
            },
            {
                "slug": "leadership-capacity-and-learning",
                "title": "Leadership, capacity and learning from others",
                "body": [
                    (
                        "text",
                        (
                            "<p>Redesigning a workforce takes leadership time, and that time is "
                            "scarce. In May 2018 the chief executive of the membership body for "
                            "NHS trusts warned that leadership and management capacity was at full "
                            "stretch, as staff developed new models while keeping existing "
                            "services running. The chief executive of the NHS Confederation added "
                            "that his members found major change with hardly any additional "
                            "funding, while keeping current services going, extremely "
                            "hard.</p><h3>Building leadership</h3><p>The national support package "
                            "included local leadership and delivery: developing leadership skills "
                            "in the vanguards and connecting them with international experts. The "
                            "NAO listed learning from international experience among the "
                            "programme's ways of sharing learning, including placements of "
                            "vanguard champions in countries such as Italy and Spain, where "
                            "successful service transformation had been reported.</p><h3>Learning "
                            "from each other</h3><p>Communities of practice for each type of "
                            "vanguard, the FutureNHS online platform and show-and-tell sessions "
                            "helped vanguards share learning. Most vanguards that answered the NAO "
                            "survey said they had changed their approach because of what others "
                            "had learned. Include patient leaders in leadership development too; a "
                            "patient leader in West Cheshire pointed out in 2015 that they had "
                            "been left out.</p>"
                        ),
                    ),
                    (
                        "key_actions",
                        [
                            "Protect time for the leaders running the change",
                            (
                                "Offer leadership development to clinical, managerial and patient "
                                "leaders alike"
                            ),
                            "Join a community of practice for your care model",
                            "Visit or contact a vanguard that has tried the role you plan",
                        ],
                    ),
                ],
            },
        ],
    },
]
