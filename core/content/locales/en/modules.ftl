# The 11 IMR modules: title, a short summary (our own wording) and homework ideas.
# Keys follow imr_protocol::ModuleKey wire names: module-<key>, module-<key>-homework-<n>.

modules-heading = Modules

module-recovery = Recovery strategies
    .summary = What recovery means to you, and how to choose a personal goal and work towards it in small steps.
module-recovery-homework-1 = Write down three things that matter most to you in life.
module-recovery-homework-2 = Pick one goal and write down a first small step you could take this week.
module-recovery-homework-3 = Talk with someone you trust about what recovery means to you.

module-facts = Practical facts about mental illness
    .summary = Plain facts about mental health problems, how they are treated, and myths you may have heard.
module-facts-homework-1 = Write down what you already know about your diagnosis or symptoms, and what you would like to know.
module-facts-homework-2 = Pick one myth about mental illness and write down what you think is true instead.
module-facts-homework-3 = Tell someone close to you one thing you have learned.

module-stress_vulnerability = The stress-vulnerability model
    .summary = How stress and your own sensitivity work together, and what protects you: medication, support and ways of coping.
module-stress_vulnerability-homework-1 = Draw your own picture of what raises your stress and what protects you.
module-stress_vulnerability-homework-2 = Each day this week, note one thing that gave you stress.
module-stress_vulnerability-homework-3 = Ask your clinician one question about your treatment.

module-social_support = Building social support
    .summary = Why the people around you matter, and simple ways to make and keep contact.
module-social_support-homework-1 = Make a list of people you feel at ease with.
module-social_support-homework-2 = Get in touch with one person this week, for a chat or a short message.
module-social_support-homework-3 = Find one place or activity where you could meet new people.

module-medication = Using medication effectively
    .summary = How medication can help, which side effects you may notice, and how to talk about them with your doctor.
module-medication-homework-1 = Write down the pros and cons of your medication as you see them.
module-medication-homework-2 = Try a simple way to remember your medication, such as a pill box or a phone reminder.
module-medication-homework-3 = Write down questions about side effects to ask your doctor.

module-substance_use = Drug and alcohol use
    .summary = How alcohol and drugs affect your mental health, and what you want to do about it.
module-substance_use-homework-1 = For one week, note when you drink or use and what was going on at the time.
module-substance_use-homework-2 = Write down the pros and cons of cutting down, as you see them.
module-substance_use-homework-3 = Plan what you could do instead in one situation where you usually drink or use.

module-relapse = Reducing relapses
    .summary = Getting to know your early warning signs and triggers, and making a plan for what to do when they appear.
module-relapse-homework-1 = Write down signs you noticed before earlier difficult times.
module-relapse-homework-2 = Make a first draft of your plan and show it to someone you trust.
module-relapse-homework-3 = Agree with one supporter what they will do if your warning signs appear.

module-stress = Coping with stress
    .summary = Noticing stress early and finding ways to ease it that work for you.
module-stress-homework-1 = Try one relaxation exercise every day this week.
module-stress-homework-2 = Write down one situation that stressed you and what helped.
module-stress-homework-3 = Plan one pleasant activity for each day this week.

module-symptoms = Coping with problems and persistent symptoms
    .summary = Practical ways to cope with symptoms and problems that stay, such as poor sleep, hearing voices or feeling low.
module-symptoms-homework-1 = Choose one symptom that bothers you and try one new way of coping with it.
module-symptoms-homework-2 = For one week, note how much a symptom bothers you and what you did about it.
module-symptoms-homework-3 = Ask someone who knows you well what they have seen help you.

module-health_system = Getting your needs met in the mental health system
    .summary = Finding your way in mental health care, knowing your rights, and asking for the help you need.
module-health_system-homework-1 = Write down the services and people who help you now, with their phone numbers.
module-health_system-homework-2 = Prepare three questions for your next appointment.
module-health_system-homework-3 = Find out what you can do if you disagree with your treatment.

module-healthy_lifestyle = Healthy lifestyles
    .summary = Small changes in food, activity, sleep and smoking that are good for body and mind.
module-healthy_lifestyle-homework-1 = Take a 15-minute walk on three days this week.
module-healthy_lifestyle-homework-2 = Go to bed and get up at the same time every day for one week.
module-healthy_lifestyle-homework-3 = Add one piece of fruit or vegetables to your meals each day.

homework-from-clinician = From your clinician
homework-from-you = Added by you
homework-reflection = What I learned
homework-due-on = Due by { $date }
module-started-on = Started on { $date }
module-completed-on = Completed on { $date }
session-attended = Attended
session-not-attended = Not attended
since-last-session = Since the last session
