# Hersteldoelen: de eigen woorden van de deelnemer, besproken in elke bijeenkomst.

goals-title = Mijn doelen
goal-long-term = Wat ik wil in mijn leven
goal-why = Waarom dit belangrijk voor me is
goal-short-term = Tussendoelen
goal-steps = Stappen
goal-target-date = Streefdatum: { $date }
goal-follow-up = Bespreking
goal-progress = Voortgang: { $progress } van de 10
goal-follow-up-due = Tijd om dit doel weer te bekijken
goal-last-follow-up = Laatst bekeken op { $date }
goal-comment-from-clinician = Opmerking van je behandelaar
