# Printable documents, the CSV export and "delete everything" (imr-core export and erase).

## Delete everything: the phrase the participant types to confirm.
erase-confirm-phrase = delete everything

## Shared
doc-made-with = Made with IMR Companion on { $date }.
doc-none = Nothing written down yet.
doc-print-hint = Print this page or save it as a PDF from the print dialog.
doc-not-emergency = IMR Companion is not an emergency service. In an emergency, call the numbers below.

## The relapse prevention plan, to give to supporters
doc-plan-title = My plan
doc-plan-subtitle = My relapse prevention plan
doc-plan-intro = This is my plan for when things start to go wrong. Thank you for helping me with it.
doc-plan-version = Version { $version }, saved { $date }
doc-plan-triggers = What can set it off
doc-plan-signs = My early warning signs
doc-plan-red-flag = on its own, this means: act now
doc-plan-amber = What I do at amber
doc-plan-red = What I do, and whom I contact, at red
doc-plan-supporters = People who help me
doc-plan-agreed = Agreed to: { $what }
doc-plan-clinician = My clinician
doc-plan-wishes = My wishes
doc-plan-helps = What helps me
doc-plan-does-not-help = What does not help me
doc-plan-who-to-tell = Who should be told
doc-plan-crisis = Crisis numbers
doc-plan-local-numbers = My local numbers
doc-plan-no-plan = There is no saved plan yet.

## "Since last session" summary
doc-summary-title = Since my last session
doc-summary-period = { $from } to { $to }
doc-summary-last-session = Last session: { $date }
doc-summary-no-session = No session recorded yet: this covers the last { $days } days.
doc-summary-check-ins = Check-ins on { $count } of { $days } days
doc-summary-trends = How it went
doc-summary-measure = Measure
doc-summary-average = Average
doc-summary-lowest = Lowest
doc-summary-highest = Highest
doc-summary-days = Days
doc-summary-signs = Early warning signs
doc-summary-sign-days = { $days ->
    [one] at or above my threshold on 1 day
   *[other] at or above my threshold on { $days } days
}
doc-summary-medication = Medication taken as agreed on { $yes } of { $days } days
doc-summary-goals = My goals
doc-summary-progress = Latest review { $date }: progress { $progress } of 10
doc-summary-no-review = Not reviewed yet
doc-summary-homework = Homework
doc-summary-due = due { $date }
doc-summary-alerts = Alerts

## Column names and values of the check-in CSV (and labels of exported measures)
col-day = Day
col-late = Filled in later
col-stress = Stress (0-10)
col-mood = Mood (0-10)
col-sleep-hours = Sleep (hours)
col-sleep-quality = Sleep quality (0-4)
col-medication = Medication as prescribed
col-sign = Warning sign: { $name } (0-3)
col-symptom = Symptom: { $name } (0-3)
col-substances = Alcohol and drugs
col-coping = Coping strategies used
col-helped = helped { $rating } of 3
col-note = Note
col-yes = yes
col-no = no
