# ruff: noqa: E501  (one glossary term per line reads better than wrapped lines)
"""The first NHS glossary, loaded by migration 0006. Frozen: editors keep it in the admin after.

Gathered from the terms NHS England, the NHS Data Model and Dictionary, NHS Digital and the new
care models programme use in public glossaries and publications. One line per term:
category | term | abbreviation | other names separated by ';'. Abbreviations that are also common
English words (IT, ME, ALL...) are left out: they would change ordinary searches.
"""

GLOSSARY = """
care_model | Accident and emergency | A&E | emergency department; emergency departments; casualty
care_model | Integrated primary and acute care system | PACS | integrated primary and acute care systems
care_model | Multispecialty community provider | MCP | multispecialty community providers; multi-specialty community provider
care_model | Enhanced health in care homes | EHCH | enhanced health in care home
care_model | Urgent and emergency care | UEC | urgent & emergency care
care_model | Acute care collaboration | ACC | acute care collaborations; hospital chain; hospital chains
care_model | New care models | NCM | new care model; new models of care; vanguard programme
care_model | Five Year Forward View | FYFV | 5YFV; forward view
care_model | NHS Long Term Plan | LTP | long term plan; long-term plan
care_model | Integrated care system | ICS | integrated care systems
care_model | Integrated care board | ICB | integrated care boards
care_model | Integrated care partnership | ICP | integrated care partnerships
care_model | Sustainability and transformation partnership | STP | sustainability and transformation plan; sustainability and transformation partnerships
care_model | Integrated care organisation | ICO | integrated care organisations
care_model | Accountable care organisation | ACO | accountable care organisations
care_model | Accountable care system | ACS | accountable care systems
care_model | Primary care network | PCN | primary care networks
care_model | Primary care home | PCH | primary care homes
care_model | Population health management | PHM | population health
care_model | Personalised care | | person-centred care; person centred care; patient-centred care
care_model | Social prescribing | | community referral; social prescription
care_model | Integrated care | | joined-up care; joined up care; integration of care
care_model | Care closer to home | | out of hospital care; out-of-hospital care
care_model | Better Care Fund | BCF |
care_model | Quality, Innovation, Productivity and Prevention | QIPP |
care_model | Commissioning for Quality and Innovation | CQUIN |
care_model | Memorandum of understanding | MOU | memorandum of understanding
care_model | Alliance contract | | alliance agreement; alliance agreements
care_model | Capitated budget | | capitation; whole population budget; capitated payment
care_model | Test bed | | test beds; innovation test bed
organisation | NHS England | NHSE | NHS England and NHS Improvement; NHSEI
organisation | NHS Improvement | NHSI |
organisation | Department of Health and Social Care | DHSC | Department of Health; DH
organisation | Care Quality Commission | CQC |
organisation | Clinical commissioning group | CCG | clinical commissioning groups
organisation | Commissioning support unit | CSU | commissioning support units
organisation | Health and wellbeing board | HWB | health and wellbeing boards
organisation | Local authority | LA | local authorities; council; councils
organisation | National Institute for Health and Care Excellence | NICE |
organisation | Public Health England | PHE |
organisation | UK Health Security Agency | UKHSA |
organisation | Health Education England | HEE |
organisation | NHS Digital | NHSD |
organisation | Academic health science network | AHSN | academic health science networks; health innovation network
organisation | Clinical research network | CRN |
organisation | National Audit Office | NAO |
organisation | Healthwatch | | local Healthwatch
organisation | The King's Fund | | Kings Fund; King's Fund
organisation | Nuffield Trust | |
organisation | The Health Foundation | | Health Foundation
organisation | Foundation trust | FT | foundation trusts; NHS foundation trust
organisation | Acute trust | | acute trusts; acute hospital; acute hospitals; district general hospital
organisation | Ambulance trust | | ambulance service; ambulance services
organisation | Community trust | | community health services trust
organisation | Mental health trust | | mental health trusts
organisation | Voluntary, community and social enterprise sector | VCSE | voluntary sector; third sector; charities
organisation | General Medical Council | GMC |
organisation | Nursing and Midwifery Council | NMC |
organisation | Health and Care Professions Council | HCPC |
organisation | British Medical Association | BMA |
organisation | Royal College of General Practitioners | RCGP |
organisation | Local medical committee | LMC |
organisation | NHS Providers | |
organisation | NHS Confederation | | NHS Confed
organisation | Office for National Statistics | ONS |
organisation | Getting It Right First Time | GIRFT |
role | General practitioner | GP | general practice; general practitioners; family doctor
role | Multidisciplinary team | MDT | multi-disciplinary team; multidisciplinary teams; multi-professional team; MDTs
role | Advanced nurse practitioner | ANP | advanced nurse practitioners; nurse practitioner
role | Advanced clinical practitioner | ACP | advanced clinical practitioners
role | Allied health professional | AHP | allied health professionals; AHPs
role | Healthcare assistant | HCA | health care assistant; healthcare assistants; care assistant
role | District nurse | DN | district nurses; community nurse; community nurses
role | Community matron | | community matrons
role | Care coordinator | | care co-ordinator; care coordinators
role | Care navigator | | care navigators; care navigation
role | Link worker | | link workers; social prescribing link worker
role | Health coach | | health coaches; health coaching
role | Clinical pharmacist | | clinical pharmacists; practice pharmacist
role | Physician associate | PA | physician associates; physician assistant
role | Occupational therapist | OT | occupational therapists; occupational therapy
role | Physiotherapist | | physiotherapists; physiotherapy; physio
role | Paramedic | | paramedics; emergency care practitioner
role | Registered nurse | RN | registered nurses
role | Nursing associate | | nursing associates
role | Senior responsible owner | SRO |
role | Chief executive | CEO | chief executive officer
role | Consultant geriatrician | | geriatrician; geriatricians; elderly care consultant
role | Care home staff | | care workers; care worker; social care staff
role | Whole time equivalent | WTE | full-time equivalent; FTE
role | Patient leader | | patient leaders; expert patient; lay partner
service | NHS 111 | | 111
service | Out of hours | OOH | out-of-hours; out of hours service
service | Urgent treatment centre | UTC | urgent treatment centres; urgent care centre
service | Minor injuries unit | MIU | minor injury unit; minor injuries
service | Walk-in centre | WIC | walk in centre; walk-in centres
service | Clinical assessment service | CAS | clinical hub; clinical assessment hub
service | Single point of access | SPA | single point of contact
service | Intermediate care | | step-up care; step-down care
service | Reablement | | re-ablement
service | Virtual ward | | virtual wards; hospital at home; hospital-at-home
service | Rapid response | | rapid response team; crisis response; two-hour crisis response
service | Same day emergency care | SDEC | ambulatory emergency care; ambulatory care
service | Acute medical unit | AMU | medical assessment unit
service | Emergency admission | | emergency admissions; unplanned admission; unplanned admissions; non-elective admission; non-elective admissions
service | Elective care | | planned care; elective surgery
service | Outpatients | OPD | outpatient; outpatient appointments; outpatient clinic
service | Diagnostic imaging | | radiology; imaging; X-ray; scans
service | Care home | | care homes; nursing home; nursing homes; residential home; residential homes
service | Domiciliary care | | home care; homecare
service | Hospice | | hospices; palliative care unit
service | End of life care | EOLC | end-of-life care; palliative care
service | Mental health | | mental health services; psychiatric
service | Improving Access to Psychological Therapies | IAPT | NHS Talking Therapies; talking therapies
service | Child and adolescent mental health services | CAMHS |
service | Community mental health team | CMHT |
service | Learning disability | LD | learning disabilities
service | Hospital discharge | | discharge from hospital; hospital discharges
service | Discharge to assess | D2A | discharge-to-assess
service | Red Bag | | red bag scheme; hospital transfer pathway; red bag pathway
service | Telehealth | | telemedicine; remote monitoring; telemonitoring
service | Telecare | |
service | Video consultation | | video consultations; online consultation; remote consultation
service | Extended access | | extended hours; improved access; evening and weekend appointments
service | Home visit | | home visits
service | Falls service | | falls prevention; falls team; falls response
service | Frailty service | | frailty unit; frailty team; frailty services
service | Pharmacy | | pharmacies; community pharmacy; chemist
service | Sexual health | | GUM; genitourinary medicine
service | Maternity | | maternity services; midwifery
service | Patient transport service | PTS | non-emergency patient transport
service | Health and social care | | health & social care
clinical | Chronic obstructive pulmonary disease | COPD |
clinical | Long-term condition | LTC | long term condition; long-term conditions; long term conditions; chronic condition; chronic conditions; chronic disease
clinical | Multimorbidity | | multiple long-term conditions; comorbidity; comorbidities
clinical | Frailty | | frail; frail elderly; frail older people
clinical | Dementia | | Alzheimer's; cognitive impairment
clinical | Diabetes | | type 2 diabetes; diabetic
clinical | Congestive heart failure | CHF | heart failure
clinical | Coronary heart disease | CHD |
clinical | Cardiovascular disease | CVD |
clinical | Atrial fibrillation | AF |
clinical | Urinary tract infection | UTI | urinary tract infections
clinical | Deep vein thrombosis | DVT |
clinical | Myocardial infarction | MI | heart attack
clinical | Cerebrovascular accident | CVA | stroke; strokes
clinical | Body mass index | BMI |
clinical | Blood pressure | BP | hypertension
clinical | Do not attempt cardiopulmonary resuscitation | DNACPR | DNAR; do not resuscitate
clinical | Cardiopulmonary resuscitation | CPR | resuscitation
clinical | Advance care plan | | advance care planning; anticipatory care plan
clinical | Comprehensive geriatric assessment | CGA |
clinical | Medicines optimisation | | medication review; medicines review; structured medication review; polypharmacy
clinical | Pressure ulcer | | pressure ulcers; pressure sore; pressure sores; bed sores
clinical | Sepsis | | septicaemia
clinical | Deterioration | | deteriorating patient; soft signs; early warning
clinical | National Early Warning Score | NEWS2 | NEWS score; early warning score
clinical | Restore2 | | RESTORE2
clinical | Mental Capacity Act | MCA |
clinical | Deprivation of Liberty Safeguards | DoLS |
clinical | Making every contact count | MECC |
clinical | Self-care | | self care; self-management; self management
clinical | Activities of daily living | ADL | daily living
measure | Delayed transfer of care | DTOC | delayed transfers of care; delayed discharge; delayed discharges; bed blocking
measure | Length of stay | LOS | lengths of stay; average length of stay
measure | Bed days | | bed day; occupied bed days
measure | Non-elective | NEL | non elective
measure | Accident and emergency attendances | | A&E attendances; emergency attendances
measure | Four-hour standard | | 4-hour target; four hour target; 4 hour wait
measure | Referral to treatment | RTT | referral-to-treatment
measure | Return on investment | ROI |
measure | Cost-benefit analysis | CBA | cost benefit
measure | Quality-adjusted life year | QALY | QALYs
measure | Patient-reported outcome measures | PROMs | patient reported outcomes
measure | Patient-reported experience measures | PREMs | patient experience
measure | Friends and Family Test | FFT |
measure | Quality and Outcomes Framework | QOF |
measure | Key performance indicator | KPI | key performance indicators; KPIs
measure | Hospital Episode Statistics | HES |
measure | Secondary Uses Service | SUS |
measure | Summary Care Record | SCR |
measure | Shared care record | | shared care records; shared record; shared records; integrated care record
measure | Electronic patient record | EPR | electronic health record; EHR; electronic records
measure | General Data Protection Regulation | GDPR | data protection
measure | Information governance | IG | data sharing agreement
measure | Data Security and Protection Toolkit | DSPT |
measure | Risk stratification | | risk stratify; case finding; case-finding
measure | Payment by results | PbR | national tariff; tariff
measure | Whole-system evaluation | | local evaluation; independent evaluation
measure | Plan, do, study, act | PDSA | PDSA cycle; plan do study act
measure | Quality improvement | QI | continuous improvement
measure | Value for money | VFM |
measure | Transformation funding | | transformation fund; vanguard funding
"""


def parse(text=GLOSSARY):
    """[(category, term, abbreviation, [synonyms])] from the lines above."""
    rows = []
    for line in text.strip().splitlines():
        category, term, abbreviation, synonyms = (part.strip() for part in line.split("|"))
        rows.append(
            (category, term, abbreviation, [s.strip() for s in synonyms.split(";") if s.strip()])
        )
    return rows
