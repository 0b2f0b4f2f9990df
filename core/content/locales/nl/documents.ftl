# Printable documents, the CSV export and "delete everything" (imr-core export and erase).

## Delete everything: the phrase the participant types to confirm.
erase-confirm-phrase = alles verwijderen

## Shared
doc-made-with = Gemaakt met IMR Companion op { $date }.
doc-none = Nog niets ingevuld.
doc-print-hint = Print deze pagina, of bewaar hem als pdf vanuit het printvenster.
doc-not-emergency = IMR Companion is geen noodhulpdienst. Bel in een noodsituatie de nummers hieronder.

## The relapse prevention plan, to give to supporters
doc-plan-title = Mijn signaleringsplan
doc-plan-subtitle = Mijn plan om terugval te voorkomen
doc-plan-intro = Dit is mijn plan voor als het minder goed gaat. Dank je dat je me erbij helpt.
doc-plan-version = Versie { $version }, bewaard op { $date }
doc-plan-triggers = Wat het kan uitlokken
doc-plan-signs = Mijn vroege voortekenen
doc-plan-red-flag = dit alleen betekent al: nu actie
doc-plan-amber = Wat ik doe in de oranje fase
doc-plan-red = Wat ik doe en wie ik bel in de rode fase
doc-plan-supporters = Mijn steunpersonen
doc-plan-agreed = Heeft toegezegd: { $what }
doc-plan-clinician = Mijn behandelaar
doc-plan-wishes = Mijn wensen
doc-plan-helps = Wat helpt mij
doc-plan-does-not-help = Wat helpt mij niet
doc-plan-who-to-tell = Wie moet het weten
doc-plan-crisis = Crisisnummers
doc-plan-local-numbers = Mijn eigen nummers
doc-plan-no-plan = Er is nog geen plan bewaard.

## "Since last session" summary
doc-summary-title = Sinds mijn vorige sessie
doc-summary-period = { $from } tot en met { $to }
doc-summary-last-session = Vorige sessie: { $date }
doc-summary-no-session = Nog geen sessie vastgelegd: dit gaat over de laatste { $days } dagen.
doc-summary-check-ins = Ingevuld op { $count } van de { $days } dagen
doc-summary-trends = Hoe het ging
doc-summary-measure = Meting
doc-summary-average = Gemiddeld
doc-summary-lowest = Laagst
doc-summary-highest = Hoogst
doc-summary-days = Dagen
doc-summary-signs = Vroege voortekenen
doc-summary-sign-days = { $days ->
    [one] op of boven mijn grens op 1 dag
   *[other] op of boven mijn grens op { $days } dagen
}
doc-summary-medication = Medicatie ingenomen zoals afgesproken op { $yes } van de { $days } dagen
doc-summary-goals = Mijn doelen
doc-summary-progress = Laatst besproken { $date }: voortgang { $progress } van 10
doc-summary-no-review = Nog niet besproken
doc-summary-homework = Huiswerk
doc-summary-due = uiterlijk { $date }
doc-summary-alerts = Signalen

## Column names and values of the check-in CSV (and labels of exported measures)
col-day = Dag
col-late = Later ingevuld
col-stress = Stressniveau (0-10)
col-mood = Stemming (0-10)
col-sleep-hours = Slaap (uren)
col-sleep-quality = Slaapkwaliteit (0-4)
col-medication = Medicatie zoals voorgeschreven
col-sign = Voorteken: { $name } (0-3)
col-symptom = Klacht: { $name } (0-3)
col-substances = Alcohol en drugs
col-coping = Gebruikte copingstrategieën
col-helped = hielp { $rating } van 3
col-note = Notitie
col-yes = ja
col-no = nee
