# Én setning per varselregel (imr_protocol::WarningRule), med tegnet eller målet og dagene.
# Alle setninger får de samme verdiene: $sign, $direction, $dates, $first, $last og $count.

reason-a-sign = Et av tegnene dine
reason-red_flag_sign = { $sign }, et tegn som betyr «handle nå»: på eller over grensen din { $dates }
reason-several_signs = To eller flere av tegnene dine på eller over grensen { $dates }
reason-long_amber = Gult eller rødt hver dag fra { $first } til { $last }
reason-too_little_data = { $count ->
        [0] Ingen innsjekker de siste 7 dagene
        [one] Bare én innsjekk de siste 7 dagene, { $dates }
       *[other] Bare { $count } innsjekker de siste 7 dagene: { $dates }
    }
reason-sign_at_threshold = { $sign }: på eller over grensen din { $dates }
reason-stress_above_usual = Stress: minst 2 poeng over ditt vanlige nivå { $dates }
reason-mood_away_from_usual = { $direction ->
        [above] Humør: minst 3 poeng høyere enn vanlig
        [below] Humør: minst 3 poeng lavere enn vanlig
       *[both] Humør: minst 3 poeng unna ditt vanlige nivå
    } { $dates }
reason-sleep_below_usual = Søvn: minst 2 timer mindre enn vanlig { $dates }
reason-sleep_extreme = { $direction ->
        [above] Søvn: mer enn 12 timer
        [below] Søvn: mindre enn 4 timer
       *[both] Søvn: mindre enn 4 eller mer enn 12 timer
    } { $dates }
reason-medication_not_as_agreed = Medisiner: ikke tatt som avtalt, eller bare delvis, { $dates }
