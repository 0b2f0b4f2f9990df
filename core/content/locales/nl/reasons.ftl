# Eén zin per regel voor vroege signalen (imr_protocol::WarningRule), met het signaal of de
# meting en de dagen. Elke zin krijgt dezelfde waarden: $sign, $direction, $dates, $first,
# $last en $count.

reason-a-sign = Een van je signalen
reason-red_flag_sign = { $sign }, een signaal dat betekent "nu actie": op of boven je grens op { $dates }
reason-several_signs = Twee of meer van je signalen op of boven je grens op { $dates }
reason-long_amber = Elke dag oranje of rood, van { $first } tot en met { $last }
reason-too_little_data = { $count ->
        [0] Geen check-ins in de afgelopen 7 dagen
        [one] Maar één check-in in de afgelopen 7 dagen, op { $dates }
       *[other] Maar { $count } check-ins in de afgelopen 7 dagen, op { $dates }
    }
reason-sign_at_threshold = { $sign }: op of boven je grens op { $dates }
reason-stress_above_usual = Stress: minstens 2 punten boven je gebruikelijke niveau op { $dates }
reason-mood_away_from_usual = { $direction ->
        [above] Stemming: minstens 3 punten hoger dan gewoonlijk
        [below] Stemming: minstens 3 punten lager dan gewoonlijk
       *[both] Stemming: minstens 3 punten anders dan je gebruikelijke niveau
    } op { $dates }
reason-sleep_below_usual = Slaap: minstens 2 uur minder dan gewoonlijk op { $dates }
reason-sleep_extreme = { $direction ->
        [above] Slaap: meer dan 12 uur
        [below] Slaap: minder dan 4 uur
       *[both] Slaap: minder dan 4 of meer dan 12 uur
    } op { $dates }
reason-medication_not_as_agreed = Medicijnen: niet of maar gedeeltelijk ingenomen zoals afgesproken, op { $dates }
