# Printable documents, the CSV export and "delete everything" (imr-core export and erase).

## Delete everything: the phrase the participant types to confirm.
erase-confirm-phrase = slett alt

## Shared
doc-made-with = Laget med IMR Companion { $date }.
doc-none = Ingenting skrevet ned ennå.
doc-print-hint = Skriv ut denne siden, eller lagre den som PDF fra utskriftsvinduet.
doc-not-emergency = IMR Companion er ikke en nødtjeneste. Ring numrene nedenfor i en nødsituasjon.

## The relapse prevention plan, to give to supporters
doc-plan-title = Min plan
doc-plan-subtitle = Kriseplanen min
doc-plan-intro = Dette er planen min for når ting begynner å gå galt. Takk for at du hjelper meg med den.
doc-plan-version = Versjon { $version }, lagret { $date }
doc-plan-triggers = Det som kan utløse
doc-plan-signs = Mine tidlige varseltegn
doc-plan-red-flag = dette alene betyr: handle nå
doc-plan-amber = Dette gjør jeg ved gult
doc-plan-red = Dette gjør jeg, og disse kontakter jeg, ved rødt
doc-plan-supporters = Mine støttepersoner
doc-plan-agreed = Har sagt ja til: { $what }
doc-plan-clinician = Min behandler
doc-plan-wishes = Mine ønsker for behandling
doc-plan-helps = Dette hjelper meg
doc-plan-does-not-help = Dette hjelper ikke
doc-plan-who-to-tell = Hvem som skal få vite
doc-plan-crisis = Krisenumre
doc-plan-local-numbers = Mine lokale numre
doc-plan-no-plan = Det er ingen lagret plan ennå.

## "Since last session" summary
doc-summary-title = Siden forrige samtale
doc-summary-period = { $from } til { $to }
doc-summary-last-session = Forrige samtale: { $date }
doc-summary-no-session = Ingen samtale er registrert ennå: dette gjelder de siste { $days } dagene.
doc-summary-check-ins = Registrert { $count } av { $days } dager
doc-summary-trends = Slik har det gått
doc-summary-measure = Mål
doc-summary-average = Gjennomsnitt
doc-summary-lowest = Lavest
doc-summary-highest = Høyest
doc-summary-days = Dager
doc-summary-signs = Tidlige varseltegn
doc-summary-sign-days = { $days ->
    [one] på eller over grensen min 1 dag
   *[other] på eller over grensen min { $days } dager
}
doc-summary-medication = Medisiner tatt som avtalt { $yes } av { $days } dager
doc-summary-goals = Målene mine
doc-summary-progress = Siste gjennomgang { $date }: fremgang { $progress } av 10
doc-summary-no-review = Ikke gjennomgått ennå
doc-summary-homework = Hjemmeoppgaver
doc-summary-due = frist { $date }
doc-summary-alerts = Varsler

## Column names and values of the check-in CSV (and labels of exported measures)
col-day = Dag
col-late = Fylt ut senere
col-stress = Stressnivå (0-10)
col-mood = Humør (0-10)
col-sleep-hours = Søvn (timer)
col-sleep-quality = Søvnkvalitet (0-4)
col-medication = Medisiner som foreskrevet
col-sign = Varseltegn: { $name } (0-3)
col-symptom = Vedvarende symptom: { $name } (0-3)
col-substances = Alkohol og rusmidler
col-coping = Mestringsstrategier brukt
col-helped = hjalp { $rating } av 3
col-note = Notat
col-yes = ja
col-no = nei
