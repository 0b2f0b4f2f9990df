app-name = IMR Companion
not-emergency = Deze app is geen noodhulpdienst. Heb je nu hulp nodig? Bel dan een van de nummers hieronder.
not-emergency-alerts = Als je je signalen deelt, ziet je behandelteam ze pas als de app heeft gesynchroniseerd en iemand kijkt. Dat kan dagen duren.

action-save = Opslaan
action-cancel = Annuleren
action-edit = Bewerken
action-delete = Verwijderen
action-back = Terug
action-share = Delen
action-sync = Synchroniseren
action-back-up = Back-up maken
action-restore = Terugzetten
action-acknowledge = Ik heb dit gezien

nav-today = Vandaag
nav-trends = Verloop
nav-plan = Mijn signaleringsplan
nav-goals = Doelen
nav-settings = Instellingen

today-question = Hoe gaat het vandaag?
check-in-quick = Snelle check-in
check-in-full = Volledige check-in
check-in-late = Later ingevuld
check-in-empty = Nog niets ingevuld voor vandaag.

# Vriendelijk: tel de dagen, noem nooit gaten.
streak = { $count ->
        [0] Doe een check-in wanneer het je uitkomt.
        [one] { $count } dag op rij
       *[other] { $count } dagen op rij
    }
check-in-days = { $count ->
        [0] Geen check-ins in deze periode
        [one] { $count } dag met een check-in
       *[other] { $count } dagen met een check-in
    }

reasons-heading = Waarom
plan-steps-heading = Jouw stappen voor nu
goals-due = Doelen om weer te bekijken
homework-due = Huiswerk voor binnenkort
homework-due-by = Vóór { $date }
seen-by-clinic = Gezien door je behandelteam op { $date }
acknowledged-on = Je hebt dit bekeken op { $date }
week = Week
weekly-average = Weekgemiddelde
