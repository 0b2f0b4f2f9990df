app-name = IMR Companion
not-emergency = Denne appen er ikke en nødtjeneste. Trenger du hjelp nå, ring et av numrene under.
not-emergency-alerts = Hvis du deler varseltegnene dine, ser behandleren din dem først når appen har synkronisert og noen har sett på dem. Det kan ta dager.

action-save = Lagre
action-cancel = Avbryt
action-edit = Rediger
action-delete = Slett
action-back = Tilbake
action-share = Del
action-sync = Synkroniser
action-back-up = Ta sikkerhetskopi
action-restore = Gjenopprett
action-acknowledge = Jeg har sett dette

nav-today = I dag
nav-trends = Utvikling
nav-plan = Min plan
nav-goals = Mål
nav-settings = Innstillinger

today-question = Hvordan har du det i dag?
check-in-quick = Rask innsjekk
check-in-full = Full innsjekk
check-in-late = Registrert i etterkant
check-in-empty = Ingenting registrert ennå i dag.

# Vennlig: tell dagene, nevn aldri opphold.
streak = { $count ->
        [0] Sjekk inn når det passer deg.
        [one] { $count } dag på rad
       *[other] { $count } dager på rad
    }
check-in-days = { $count ->
        [0] Ingen innsjekker i denne perioden
        [one] { $count } dag med innsjekk
       *[other] { $count } dager med innsjekk
    }

reasons-heading = Hvorfor
plan-steps-heading = Dette gjør du nå
goals-due = Mål å se på igjen
homework-due = Hjemmeoppgaver med frist
homework-due-by = Innen { $date }
seen-by-clinic = Sett av behandleren din { $date }
acknowledged-on = Du så på dette { $date }
week = Uke
weekly-average = Ukesnitt
