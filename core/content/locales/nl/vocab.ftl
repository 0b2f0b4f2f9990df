# Labels voor alle waarden van de vaste woordenlijsten (imr_protocol::vocab en Scope).

goal-status-active = Actief
goal-status-achieved = Bereikt
goal-status-paused = Gepauzeerd
goal-status-let_go = Losgelaten

medication-question = Heb je je medicijnen ingenomen zoals afgesproken?
medication-yes = Ja
medication-partly = Gedeeltelijk
medication-no = Nee
medication-not_applicable = Niet van toepassing

substance-question = Alcohol en drugs vandaag
substance-kind-alcohol = Alcohol (bier, wijn, sterke drank)
substance-kind-cannabis = Cannabis (wiet, hasj)
substance-kind-stimulants = Oppeppende middelen, zoals speed of cocaïne
substance-kind-sedatives = Kalmeringsmiddelen of slaappillen die niet voor jou zijn voorgeschreven
substance-kind-opioids = Opioïden, zoals heroïne of sterke pijnstillers
substance-kind-other = Andere middelen
substance-amount-none = Geen
substance-amount-some = Een beetje
substance-amount-a_lot = Veel

rating-0 = Niet
rating-1 = Een beetje
rating-2 = Behoorlijk
rating-3 = Heel erg

coping-category-stress = Bij stress
coping-category-symptoms = Bij klachten
coping-category-sleep = Voor je slaap
coping-category-mood = Voor je stemming
coping-category-social = Samen met anderen
coping-category-other = Overig

module-status-not_started = Nog niet begonnen
module-status-in_progress = Bezig
module-status-completed = Afgerond

homework-state-todo = Nog te doen
homework-state-started = Begonnen
homework-state-done = Klaar

session-format-individual = Individueel
session-format-group = In een groep

alert-event-started = Je signalen namen toe
alert-event-escalated = Naar de rode fase
alert-event-ended = Weer zoals gewoonlijk
alert-event-withdrawn = Geldt niet meer na een wijziging

country-no = Noorwegen
country-nl = Nederland
country-other = Een ander land

# Taalnamen staan in hun eigen taal, zodat iedereen de eigen taal vindt.
locale-en = English
locale-nb = Norsk bokmål
locale-nl = Nederlands

scope-check_ins = Dagelijkse check-ins
    .description = Wat je elke dag invult: stress, stemming, slaap, klachten, medicijnen, alcohol en drugs, en wat je deed om ermee om te gaan.
scope-notes = Notities
    .description = Wat je in je eigen woorden schrijft: notities bij check-ins, doelen en huiswerk, en wat je deed toen je signalen toenamen.
scope-warning_signs = Vroege signalen
    .description = Je vroege signalen, hoe je ze scoorde, en in welke fase je zit.
scope-relapse_plan = Signaleringsplan
    .description = Je signaleringsplan, je uitlokkers en je steunpersonen, met hun namen en telefoonnummers.
scope-goals = Doelen
    .description = Je hersteldoelen, tussendoelen, stappen en besprekingen.
scope-modules = Werkboeken en huiswerk
    .description = De werkboeken waaraan je werkt, je huiswerk en je IMR-bijeenkomsten.
scope-imr_scale = IMR-schaal
    .description = Je antwoorden op de vragen van de IMR-schaal.
