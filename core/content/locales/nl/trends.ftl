# Verloop: hoe het ging in een periode. Aantallen, nooit oordelen.

trends-title = Verloop
trends-period = Afgelopen { $days } dagen
trends-stress = Stress
trends-mood = Stemming
trends-sleep = Slaap (uren)
trends-weekly-means = Weekgemiddelden
trends-medication = Medicijnen ingenomen zoals afgesproken: { $percent }% van de dagen dat je antwoord gaf
trends-coping-most-used = Het vaakst gebruikt
trends-coping-most-helpful = Hielp het meest
trends-coping-used = { $count ->
        [one] Eén keer
       *[other] { $count } keer
    } gebruikt
trends-empty = Nog geen check-ins in deze periode. Je verloop verschijnt zodra je een check-in doet.
