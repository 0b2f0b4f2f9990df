# Utvikling: hvordan det gikk over en periode. Tall, aldri vurderinger.

trends-title = Utvikling
trends-period = Siste { $days } dager
trends-stress = Stress
trends-mood = Humør
trends-sleep = Søvn (timer)
trends-weekly-means = Ukesnitt
trends-medication = Medisiner tatt som avtalt: { $percent } % av dagene du svarte
trends-coping-most-used = Brukt mest
trends-coping-most-helpful = Hjalp mest
trends-coping-used = Brukt { $count ->
        [one] én gang
       *[other] { $count } ganger
    }
trends-empty = Ingen innsjekker i denne perioden ennå. Utviklingen vises når du sjekker inn.
