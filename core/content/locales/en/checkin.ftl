# The daily check-in: what each question asks and what its ends mean. A check-in's sleep is
# the night before that day.

checkin-stress = Stress
    .question = How stressed do you feel today?
    .low = Not at all
    .high = Very stressed
checkin-mood = Mood
    .question = How is your mood today?
    .low = Very low
    .high = Very high
checkin-sleep-hours = Sleep
    .question = How many hours did you sleep last night?
checkin-sleep-quality = Sleep quality
    .question = How well did you sleep?
sleep-quality-0 = Very badly
sleep-quality-1 = Badly
sleep-quality-2 = Okay
sleep-quality-3 = Well
sleep-quality-4 = Very well
checkin-signs = Your warning signs
    .question = How much did you notice each sign today?
checkin-symptoms = Your persistent symptoms
    .question = How much did each one bother you today?
checkin-coping = What you did to cope
    .question = What did you do for yourself today?
    .helpful = How much did it help?
checkin-note = Note
    .hint = Anything you want to remember about today. Only shared if you choose to share notes.
checkin-saved = Saved. Thank you for checking in.
