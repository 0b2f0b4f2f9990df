# Etiketter for alle verdiene i de faste ordlistene (imr_protocol::vocab og Scope).

goal-status-active = Aktiv
goal-status-achieved = Nådd
goal-status-paused = Satt på pause
goal-status-let_go = Lagt til side

medication-question = Tok du medisinene som avtalt?
medication-yes = Ja
medication-partly = Delvis
medication-no = Nei
medication-not_applicable = Gjelder ikke meg

substance-question = Alkohol og andre rusmidler i dag
substance-kind-alcohol = Alkohol
substance-kind-cannabis = Cannabis (hasj, marihuana)
substance-kind-stimulants = Sentralstimulerende midler, som amfetamin eller kokain
substance-kind-sedatives = Beroligende midler eller sovemedisiner som ikke er skrevet ut til deg
substance-kind-opioids = Opioider, som heroin eller sterke smertestillende
substance-kind-other = Andre rusmidler
substance-amount-none = Ingen
substance-amount-some = Litt
substance-amount-a_lot = Mye

rating-0 = Ikke
rating-1 = Litt
rating-2 = En del
rating-3 = Mye

coping-category-stress = Mot stress
coping-category-symptoms = Mot symptomer
coping-category-sleep = For søvnen
coping-category-mood = For humøret
coping-category-social = Sammen med andre
coping-category-other = Annet

module-status-not_started = Ikke startet
module-status-in_progress = I gang
module-status-completed = Fullført

homework-state-todo = Ikke begynt
homework-state-started = Begynt
homework-state-done = Gjort

session-format-individual = Individuelt
session-format-group = I gruppe

alert-event-started = Varseltegnene dine økte
alert-event-escalated = Gikk over til rødt
alert-event-ended = Tilbake til det vanlige
alert-event-withdrawn = Gjelder ikke lenger etter en endring

country-no = Norge
country-nl = Nederland
country-other = Et annet land

# Språknavn skrives på sitt eget språk, så leseren finner sitt.
locale-en = English
locale-nb = Norsk bokmål
locale-nl = Nederlands

scope-check_ins = Innsjekker
    .description = Det du registrerer hver dag: stress, humør, søvn, symptomer, medisiner, alkohol og andre rusmidler, og det du gjorde for å mestre.
scope-notes = Notater
    .description = Det du skriver med egne ord: notater til innsjekker, mål og hjemmeoppgaver, og hva du gjorde da varseltegnene økte.
scope-warning_signs = Varseltegn
    .description = Varseltegnene dine, hvordan du vurderte dem, og varselnivået ditt.
scope-relapse_plan = Kriseplan
    .description = Planen din, det som kan utløse en krise, og støttepersonene dine, med navn og telefonnummer.
scope-goals = Mål
    .description = De personlige målene dine, delmål, steg og oppfølginger.
scope-modules = Moduler og hjemmeoppgaver
    .description = Modulene du jobber med, hjemmeoppgavene dine og IMR-timene dine.
scope-imr_scale = IMR-skalaen
    .description = Svarene dine på spørsmålene i IMR-skalaen.
