# De 11 IMR-werkboeken: titel, een korte samenvatting (eigen woorden) en ideeën voor huiswerk.
# Sleutels volgen imr_protocol::ModuleKey: module-<key>, module-<key>-homework-<n>.

modules-heading = Werkboeken

module-recovery = Werken aan hersteldoelen
    .summary = Wat herstel voor jou betekent, en hoe je een persoonlijk doel kiest en er in kleine stappen aan werkt.
module-recovery-homework-1 = Schrijf drie dingen op die voor jou het belangrijkst zijn in je leven.
module-recovery-homework-2 = Kies één doel en schrijf een eerste kleine stap op die je deze week kunt zetten.
module-recovery-homework-3 = Praat met iemand die je vertrouwt over wat herstel voor jou betekent.

module-facts = Kennis over psychiatrische ziekten
    .summary = Gewone feiten over psychische aandoeningen, hoe ze behandeld worden, en fabels die je misschien hebt gehoord.
module-facts-homework-1 = Schrijf op wat je al weet over je diagnose of klachten, en wat je nog wilt weten.
module-facts-homework-2 = Kies een fabel over psychische aandoeningen en schrijf op wat volgens jou wel klopt.
module-facts-homework-3 = Vertel iemand die dicht bij je staat één ding dat je hebt geleerd.

module-stress_vulnerability = Stress-kwetsbaarheidsmodel
    .summary = Hoe stress en je eigen kwetsbaarheid op elkaar inwerken, en wat je beschermt: medicijnen, steun en manieren om ermee om te gaan.
module-stress_vulnerability-homework-1 = Maak een eigen tekening van wat je stress verhoogt en wat je beschermt.
module-stress_vulnerability-homework-2 = Schrijf deze week elke dag één ding op dat je stress gaf.
module-stress_vulnerability-homework-3 = Stel je behandelaar één vraag over je behandeling.

module-social_support = Sociale steun
    .summary = Waarom de mensen om je heen belangrijk zijn, en eenvoudige manieren om contact te maken en te houden.
module-social_support-homework-1 = Maak een lijstje van mensen bij wie je je op je gemak voelt.
module-social_support-homework-2 = Neem deze week contact op met één persoon, voor een praatje of een kort berichtje.
module-social_support-homework-3 = Zoek één plek of activiteit waar je nieuwe mensen kunt leren kennen.

module-medication = Bewust omgaan met medicatie
    .summary = Hoe medicijnen kunnen helpen, welke bijwerkingen je kunt merken, en hoe je daarover praat met je arts.
module-medication-homework-1 = Schrijf de voor- en nadelen van je medicijnen op, zoals jij ze ziet.
module-medication-homework-2 = Probeer een eenvoudige manier om je medicijnen te onthouden, zoals een pillendoos of een herinnering op je telefoon.
module-medication-homework-3 = Schrijf vragen over bijwerkingen op die je aan je arts wilt stellen.

module-substance_use = Omgaan met verslaving
    .summary = Hoe alcohol en drugs je psychische gezondheid beïnvloeden, en wat jij daarmee wilt doen.
module-substance_use-homework-1 = Houd een week bij wanneer je drinkt of gebruikt, en wat er op dat moment speelde.
module-substance_use-homework-2 = Schrijf de voor- en nadelen van minder gebruiken op, zoals jij ze ziet.
module-substance_use-homework-3 = Bedenk wat je anders kunt doen in één situatie waarin je meestal drinkt of gebruikt.

module-relapse = Voorkomen van terugval
    .summary = Je vroege signalen en uitlokkers leren kennen, en een signaleringsplan maken voor als ze opkomen.
module-relapse-homework-1 = Schrijf signalen op die je merkte vóór eerdere moeilijke periodes.
module-relapse-homework-2 = Maak een eerste versie van je signaleringsplan en laat die zien aan iemand die je vertrouwt.
module-relapse-homework-3 = Spreek met één steunpersoon af wat die doet als je vroege signalen opkomen.

module-stress = Omgaan met stress
    .summary = Stress op tijd opmerken en manieren vinden om die te verminderen die bij jou passen.
module-stress-homework-1 = Doe deze week elke dag één ontspanningsoefening.
module-stress-homework-2 = Schrijf één situatie op die je stress gaf, en wat toen hielp.
module-stress-homework-3 = Plan voor elke dag van deze week één leuke activiteit.

module-symptoms = Omgaan met problemen en symptomen
    .summary = Praktische manieren om om te gaan met klachten die blijven, zoals slecht slapen, stemmen horen of somberheid.
module-symptoms-homework-1 = Kies één klacht waar je last van hebt en probeer één nieuwe manier om ermee om te gaan.
module-symptoms-homework-2 = Houd een week bij hoeveel last je van een klacht hebt en wat je eraan deed.
module-symptoms-homework-3 = Vraag iemand die je goed kent wat jou volgens hen helpt.

module-health_system = Zorg managen
    .summary = Je weg vinden in de ggz, je rechten kennen, en vragen om de hulp die je nodig hebt.
module-health_system-homework-1 = Schrijf op welke hulpverleners en diensten je nu helpen, met hun telefoonnummers.
module-health_system-homework-2 = Bereid drie vragen voor je volgende afspraak voor.
module-health_system-homework-3 = Zoek uit wat je kunt doen als je het niet eens bent met je behandeling.

module-healthy_lifestyle = Gezond leven
    .summary = Kleine veranderingen in eten, bewegen, slapen en roken die goed zijn voor lichaam en geest.
module-healthy_lifestyle-homework-1 = Maak deze week op drie dagen een wandeling van 15 minuten.
module-healthy_lifestyle-homework-2 = Ga een week lang elke dag op dezelfde tijd naar bed en sta op dezelfde tijd op.
module-healthy_lifestyle-homework-3 = Eet elke dag één extra stuk fruit of portie groente.

homework-from-clinician = Van je behandelaar
homework-from-you = Door jou toegevoegd
homework-reflection = Wat ik heb geleerd
homework-due-on = Vóór { $date }
module-started-on = Begonnen op { $date }
module-completed-on = Afgerond op { $date }
session-attended = Aanwezig
session-not-attended = Niet aanwezig
since-last-session = Sinds de vorige bijeenkomst
