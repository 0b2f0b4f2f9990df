# Het signaleringsplan, geschreven als het eigen plan van de deelnemer (kopjes in de ik-vorm).

plan-title = Mijn signaleringsplan
plan-triggers = Mijn uitlokkers
plan-signs = Mijn vroege signalen
plan-amber-steps = Wat ik doe in de oranje fase
plan-red-steps = Wat ik doe en wie ik bel in de rode fase
plan-supporters = Mijn steunpersonen
plan-clinician = Mijn behandelaar
plan-crisis-numbers = Crisisnummers
plan-preferences = Wat mij helpt, wat niet, en wie het moet weten
plan-last-reviewed = Laatst besproken op { $date }
plan-history = Eerdere versies
plan-red-flag = Dit signaal alleen betekent al: nu actie
plan-threshold = Telt vanaf: { $rating }
