# The relapse prevention plan, written as the participant's own (first person headings).

plan-title = My plan
plan-triggers = What can set things off for me
plan-signs = My early warning signs
plan-amber-steps = What I do at amber
plan-red-steps = What I do and whom I contact at red
plan-supporters = My supporters
plan-clinician = My clinician
plan-crisis-numbers = Crisis numbers
plan-preferences = What helps me, what does not, and who to tell
plan-last-reviewed = Last reviewed on { $date }
plan-history = Earlier versions
plan-red-flag = This sign on its own means: act now
plan-threshold = Counts from: { $rating }
