app-name = IMR Companion
not-emergency = This app is not an emergency service. If you need help now, call one of the numbers below.
not-emergency-alerts = If you share your warning signs, your clinic sees them only after the app syncs and someone looks. That can take days.

action-save = Save
action-cancel = Cancel
action-edit = Edit
action-delete = Delete
action-back = Back
action-share = Share
action-sync = Sync
action-back-up = Back up
action-restore = Restore
action-acknowledge = I have seen this

nav-today = Today
nav-trends = Trends
nav-plan = My plan
nav-goals = Goals
nav-settings = Settings

today-question = How are you today?
check-in-quick = Quick check-in
check-in-full = Full check-in
check-in-late = Filled in afterwards
check-in-empty = Nothing filled in yet for today.

# Gentle: count the days, never mention gaps.
streak = { $count ->
        [0] Check in whenever you like.
        [one] { $count } day in a row
       *[other] { $count } days in a row
    }
check-in-days = { $count ->
        [0] No check-ins in this period
        [one] { $count } day with a check-in
       *[other] { $count } days with a check-in
    }

reasons-heading = Why
plan-steps-heading = Your steps for now
goals-due = Goals to look at again
homework-due = Homework due
homework-due-by = Due by { $date }
seen-by-clinic = Seen by your clinic on { $date }
acknowledged-on = You looked at this on { $date }
week = Week
weekly-average = Weekly average
