# One sentence per early warning rule (imr_protocol::WarningRule), naming the sign or measure
# and the days that met it. Every sentence gets the same values: $sign (the participant's own
# text for the sign), $direction (above, below or both), $dates ("22, 23 and 24 March"),
# $first and $last (the first and last day) and $count (how many days).

reason-a-sign = One of your signs
reason-red_flag_sign = { $sign }, a sign that means acting now: at or above your limit on { $dates }
reason-several_signs = Two or more of your signs at or above their limit on { $dates }
reason-long_amber = Amber or red every day from { $first } to { $last }
reason-too_little_data = { $count ->
        [0] No check-ins in the last 7 days
        [one] Only one check-in in the last 7 days, on { $dates }
       *[other] Only { $count } check-ins in the last 7 days, on { $dates }
    }
reason-sign_at_threshold = { $sign }: at or above your limit on { $dates }
reason-stress_above_usual = Stress: 2 or more points above your usual level on { $dates }
reason-mood_away_from_usual = { $direction ->
        [above] Mood: 3 or more points higher than usual
        [below] Mood: 3 or more points lower than usual
       *[both] Mood: 3 or more points away from your usual level
    } on { $dates }
reason-sleep_below_usual = Sleep: 2 or more hours less than usual on { $dates }
reason-sleep_extreme = { $direction ->
        [above] Sleep: more than 12 hours
        [below] Sleep: less than 4 hours
       *[both] Sleep: less than 4 or more than 12 hours
    } on { $dates }
reason-medication_not_as_agreed = Medication: not taken as agreed, or only partly, on { $dates }
