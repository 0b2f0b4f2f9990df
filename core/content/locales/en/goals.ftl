# Recovery goals: the participant's own words, reviewed at every session.

goals-title = My goals
goal-long-term = What I want in my life
goal-why = Why it matters to me
goal-short-term = Smaller goals
goal-steps = Steps
goal-target-date = Aim: by { $date }
goal-follow-up = Follow-up
goal-progress = Progress: { $progress } of 10
goal-follow-up-due = Time to look at this goal again
goal-last-follow-up = Last looked at on { $date }
goal-comment-from-clinician = Comment from your clinician
