# Trends: how things went over a period. Counts, never judgements.

trends-title = Trends
trends-period = Last { $days } days
trends-stress = Stress
trends-mood = Mood
trends-sleep = Sleep (hours)
trends-weekly-means = Weekly averages
trends-medication = Medication taken as agreed: { $percent } % of the days you answered
trends-coping-most-used = Used most
trends-coping-most-helpful = Helped most
trends-coping-used = Used { $count ->
        [one] once
       *[other] { $count } times
    }
trends-empty = No check-ins in this period yet. Your trends appear once you check in.
