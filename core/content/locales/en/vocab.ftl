# Labels for every value of the closed vocabularies (imr_protocol::vocab and Scope).
# Keys: <vocabulary>-<wire name>.

goal-status-active = Active
goal-status-achieved = Achieved
goal-status-paused = Paused
goal-status-let_go = Let go

medication-question = Did you take your medication as agreed?
medication-yes = Yes
medication-partly = Partly
medication-no = No
medication-not_applicable = Does not apply to me

substance-question = Alcohol and drugs today
substance-kind-alcohol = Alcohol
substance-kind-cannabis = Cannabis (weed, hash)
substance-kind-stimulants = Stimulants, such as speed or cocaine
substance-kind-sedatives = Calming pills or sleeping pills not prescribed for you
substance-kind-opioids = Opioids, such as heroin or strong painkillers
substance-kind-other = Other drugs
substance-amount-none = None
substance-amount-some = Some
substance-amount-a_lot = A lot

rating-0 = Not at all
rating-1 = A little
rating-2 = Quite a bit
rating-3 = A lot

coping-category-stress = For stress
coping-category-symptoms = For symptoms
coping-category-sleep = For sleep
coping-category-mood = For mood
coping-category-social = Being with others
coping-category-other = Other

module-status-not_started = Not started
module-status-in_progress = In progress
module-status-completed = Completed

homework-state-todo = To do
homework-state-started = Started
homework-state-done = Done

session-format-individual = One to one
session-format-group = In a group

alert-event-started = Your warning signs rose
alert-event-escalated = Moved to red
alert-event-ended = Back to your usual
alert-event-withdrawn = No longer applies after a change

country-no = Norway
country-nl = The Netherlands
country-other = Another country

# Language names are written in their own language, so a reader finds theirs.
locale-en = English
locale-nb = Norsk bokmål
locale-nl = Nederlands

scope-check_ins = Check-ins
    .description = Your daily ratings: stress, mood, sleep, symptoms, medication, alcohol and drugs, and the coping strategies you used.
scope-notes = Notes
    .description = What you write in your own words: notes with check-ins, goals and homework, and what you did when your signs rose.
scope-warning_signs = Warning signs
    .description = Your early warning signs, how you rated them, and your warning level.
scope-relapse_plan = Relapse prevention plan
    .description = Your plan, your triggers and your supporters, including their names and phone numbers.
scope-goals = Goals
    .description = Your recovery goals, smaller goals, steps and follow-ups.
scope-modules = Modules and homework
    .description = The modules you are working on, your homework and your IMR sessions.
scope-imr_scale = IMR Scale
    .description = Your answers to the IMR Scale questions.
