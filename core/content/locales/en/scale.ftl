# The 15 items of the IMR Scale (participant version), by imr_protocol::ScaleItem wire name.
# Plain wording of each item's meaning; answers are stored by item id and version, so the
# published public-domain SAMHSA text (or a licensed translation) can replace this wording
# without changing any score.

scale-heading = IMR Scale
scale-intro = These questions are about the past 3 months. Pick the answer that fits you best.
scale-wording-note = Plain-language wording of the IMR Scale, not the official text.
scale-not-applicable = Does not apply to me
scale-mean = Average of the questions you answered

scale-goals = Progress towards personal goals
    .question = In the past 3 months, how far have you come with a personal goal?
scale-goals-anchor-1 = I have no personal goal.
scale-goals-anchor-2 = I have a personal goal, but have not done anything towards it yet.
scale-goals-anchor-3 = I have a personal goal and have come a little way.
scale-goals-anchor-4 = I have a personal goal and have come quite far.
scale-goals-anchor-5 = I have a personal goal and have reached it.

scale-knowledge = Knowledge
    .question = How much do you feel you know about symptoms, treatment, ways of coping and medication?
scale-knowledge-anchor-1 = Not very much
scale-knowledge-anchor-2 = A little
scale-knowledge-anchor-3 = Some
scale-knowledge-anchor-4 = Quite a bit
scale-knowledge-anchor-5 = A great deal

scale-family_friends = Family and friends in your care
    .question = How much are family, friends and other people who matter to you involved in your mental health care?
scale-family_friends-anchor-1 = Not at all
scale-family_friends-anchor-2 = Only when there is a serious problem
scale-family_friends-anchor-3 = Sometimes, for example when things start to go badly
scale-family_friends-anchor-4 = Much of the time
scale-family_friends-anchor-5 = A lot of the time, and they really help me

scale-outside_contact = Contact with people outside your family
    .question = In a normal week, how many times do you talk with someone outside your family, such as a friend, a colleague or a neighbour?
scale-outside_contact-anchor-1 = 0 times a week
scale-outside_contact-anchor-2 = 1-2 times a week
scale-outside_contact-anchor-3 = 3-4 times a week
scale-outside_contact-anchor-4 = 5-7 times a week
scale-outside_contact-anchor-5 = 8 or more times a week

scale-structured_roles = Time in regular roles
    .question = How much time do you spend on work, study, volunteering, being a parent or caring for someone: things other people count on you for? (Not looking after yourself or your own home.)
scale-structured_roles-anchor-1 = 2 hours or less a week
scale-structured_roles-anchor-2 = 3-5 hours a week
scale-structured_roles-anchor-3 = 6-15 hours a week
scale-structured_roles-anchor-4 = 16-30 hours a week
scale-structured_roles-anchor-5 = More than 30 hours a week

scale-symptom_distress = How much symptoms bother you
    .question = How much do your symptoms bother you?
scale-symptom_distress-anchor-1 = A great deal
scale-symptom_distress-anchor-2 = Quite a bit
scale-symptom_distress-anchor-3 = Somewhat
scale-symptom_distress-anchor-4 = Very little
scale-symptom_distress-anchor-5 = Not at all

scale-functioning = Symptoms getting in the way
    .question = How much do your symptoms get in the way of doing things you want or need to do?
scale-functioning-anchor-1 = A great deal
scale-functioning-anchor-2 = Quite a bit
scale-functioning-anchor-3 = Somewhat
scale-functioning-anchor-4 = Very little
scale-functioning-anchor-5 = Not at all

scale-relapse_planning = Planning to prevent relapse
    .question = Which of these best describes what you know and have done to prevent a relapse?
scale-relapse_planning-anchor-1 = I don't know how to prevent a relapse.
scale-relapse_planning-anchor-2 = I know a little, but I have no plan.
scale-relapse_planning-anchor-3 = I know one or two things I can do, but I have no written plan.
scale-relapse_planning-anchor-4 = I know several things I can do, but I have no written plan.
scale-relapse_planning-anchor-5 = I have a written plan, and I have shared it with others.

scale-relapses = Relapses
    .question = When did your symptoms last get much worse (a relapse)?
scale-relapses-anchor-1 = In the past month
scale-relapses-anchor-2 = 2-3 months ago
scale-relapses-anchor-3 = 4-6 months ago
scale-relapses-anchor-4 = 7-12 months ago
scale-relapses-anchor-5 = Not in the past year

scale-hospitalisations = Hospital stays
    .question = When were you last in hospital for your mental health, or for alcohol or drug use?
scale-hospitalisations-anchor-1 = In the past month
scale-hospitalisations-anchor-2 = 2-6 months ago
scale-hospitalisations-anchor-3 = 7-12 months ago
scale-hospitalisations-anchor-4 = More than a year ago
scale-hospitalisations-anchor-5 = Never

scale-coping = Coping
    .question = How well do you feel you cope with your mental health problems from day to day?
scale-coping-anchor-1 = Not well at all
scale-coping-anchor-2 = Not very well
scale-coping-anchor-3 = All right
scale-coping-anchor-4 = Well
scale-coping-anchor-5 = Very well

scale-self_help = Self-help and peer support
    .question = How involved are you in self-help, such as peer support groups, services run by people with lived experience, or drop-in centres?
scale-self_help-anchor-1 = I don't know of any self-help activities.
scale-self_help-anchor-2 = I know of some, but I'm not interested.
scale-self_help-anchor-3 = I'm interested, but I haven't taken part in the past year.
scale-self_help-anchor-4 = I take part now and then.
scale-self_help-anchor-5 = I take part regularly.

scale-medication = Taking medication
    .question = How often do you take your medication the way you agreed with your doctor?
scale-medication-anchor-1 = Never
scale-medication-anchor-2 = Now and then
scale-medication-anchor-3 = About half of the time
scale-medication-anchor-4 = Most of the time
scale-medication-anchor-5 = Every day, as agreed

scale-alcohol_use = Alcohol and daily life
    .question = Drinking can get in the way of daily life: arguments with people close to you, worries about money, housing or the law, getting to appointments, or symptoms getting worse. In the past 3 months, how much has alcohol got in the way of your life?
scale-alcohol_use-anchor-1 = A great deal
scale-alcohol_use-anchor-2 = Quite a bit
scale-alcohol_use-anchor-3 = Somewhat
scale-alcohol_use-anchor-4 = Very little
scale-alcohol_use-anchor-5 = Not at all

scale-drug_use = Drugs and daily life
    .question = Using drugs can get in the way of daily life: arguments with people close to you, worries about money, housing or the law, getting to appointments, or symptoms getting worse. In the past 3 months, how much have drugs got in the way of your life?
scale-drug_use-anchor-1 = A great deal
scale-drug_use-anchor-2 = Quite a bit
scale-drug_use-anchor-3 = Somewhat
scale-drug_use-anchor-4 = Very little
scale-drug_use-anchor-5 = Not at all

scale-self = Your rating
scale-clinician = Your clinician's rating
scale-taken-on = Answered on { $date }
scale-when = You can answer whenever you like; every 3 months is usual.
