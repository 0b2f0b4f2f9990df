# De 15 vragen van de IMR-schaal (cliëntversie), per imr_protocol::ScaleItem.
# Onofficiële vertaling in eigen woorden. Antwoorden worden opgeslagen per vraag-id en versie,
# dus een gepubliceerde, gelicentieerde vertaling kan deze tekst vervangen zonder scores te veranderen.

scale-heading = IMR-schaal
scale-intro = De vragen gaan over de afgelopen 3 maanden. Kies het antwoord dat het best bij je past.
scale-wording-note = Onofficiële vertaling van de IMR-schaal.
scale-not-applicable = Niet van toepassing
scale-mean = Gemiddelde van de vragen die je hebt beantwoord

scale-goals = Voortgang met persoonlijke doelen
    .question = Hoe ver ben je de afgelopen 3 maanden gekomen met een persoonlijk doel?
scale-goals-anchor-1 = Ik heb geen persoonlijk doel.
scale-goals-anchor-2 = Ik heb een persoonlijk doel, maar heb er nog niets voor gedaan.
scale-goals-anchor-3 = Ik heb een persoonlijk doel en ben een klein stukje opgeschoten.
scale-goals-anchor-4 = Ik heb een persoonlijk doel en ben al behoorlijk ver.
scale-goals-anchor-5 = Ik heb een persoonlijk doel en heb het bereikt.

scale-knowledge = Kennis
    .question = Hoeveel weet je volgens jezelf over klachten, behandeling, manieren om ermee om te gaan en medicijnen?
scale-knowledge-anchor-1 = Niet zo veel
scale-knowledge-anchor-2 = Een beetje
scale-knowledge-anchor-3 = Redelijk wat
scale-knowledge-anchor-4 = Best veel
scale-knowledge-anchor-5 = Heel veel

scale-family_friends = Familie en vrienden bij je behandeling
    .question = Hoeveel zijn familie, vrienden en andere mensen die belangrijk voor je zijn, betrokken bij je behandeling?
scale-family_friends-anchor-1 = Helemaal niet
scale-family_friends-anchor-2 = Alleen als er een groot probleem is
scale-family_friends-anchor-3 = Soms, bijvoorbeeld als het slechter begint te gaan
scale-family_friends-anchor-4 = Vaak
scale-family_friends-anchor-5 = Heel vaak, en ze helpen me echt

scale-outside_contact = Contact met mensen buiten je familie
    .question = Hoe vaak praat je in een gewone week met iemand buiten je familie, zoals een vriend, een collega of een buur?
scale-outside_contact-anchor-1 = 0 keer per week
scale-outside_contact-anchor-2 = 1-2 keer per week
scale-outside_contact-anchor-3 = 3-4 keer per week
scale-outside_contact-anchor-4 = 5-7 keer per week
scale-outside_contact-anchor-5 = 8 keer of vaker per week

scale-structured_roles = Tijd in vaste rollen
    .question = Hoeveel tijd besteed je aan werk, studie, vrijwilligerswerk, ouderschap of zorgen voor iemand: dingen waarvoor anderen op je rekenen? (Niet voor jezelf zorgen of je eigen huishouden.)
scale-structured_roles-anchor-1 = 2 uur of minder per week
scale-structured_roles-anchor-2 = 3-5 uur per week
scale-structured_roles-anchor-3 = 6-15 uur per week
scale-structured_roles-anchor-4 = 16-30 uur per week
scale-structured_roles-anchor-5 = Meer dan 30 uur per week

scale-symptom_distress = Hoeveel last je van klachten hebt
    .question = Hoeveel last heb je van je klachten?
scale-symptom_distress-anchor-1 = Heel veel
scale-symptom_distress-anchor-2 = Veel
scale-symptom_distress-anchor-3 = Enigszins
scale-symptom_distress-anchor-4 = Weinig
scale-symptom_distress-anchor-5 = Helemaal niet

scale-functioning = Klachten die je in de weg zitten
    .question = Hoeveel zitten je klachten je in de weg bij dingen die je wilt of moet doen?
scale-functioning-anchor-1 = Heel veel
scale-functioning-anchor-2 = Veel
scale-functioning-anchor-3 = Enigszins
scale-functioning-anchor-4 = Weinig
scale-functioning-anchor-5 = Helemaal niet

scale-relapse_planning = Een plan om terugval te voorkomen
    .question = Wat past het best bij wat je weet en hebt gedaan om terugval te voorkomen?
scale-relapse_planning-anchor-1 = Ik weet niet hoe ik terugval kan voorkomen.
scale-relapse_planning-anchor-2 = Ik weet er iets van, maar ik heb geen plan.
scale-relapse_planning-anchor-3 = Ik weet één of twee dingen die ik kan doen, maar ik heb geen geschreven plan.
scale-relapse_planning-anchor-4 = Ik weet meerdere dingen die ik kan doen, maar ik heb geen geschreven plan.
scale-relapse_planning-anchor-5 = Ik heb een geschreven plan, en ik heb het met anderen gedeeld.

scale-relapses = Terugval
    .question = Wanneer werden je klachten voor het laatst veel erger (een terugval)?
scale-relapses-anchor-1 = In de afgelopen maand
scale-relapses-anchor-2 = 2-3 maanden geleden
scale-relapses-anchor-3 = 4-6 maanden geleden
scale-relapses-anchor-4 = 7-12 maanden geleden
scale-relapses-anchor-5 = Niet in het afgelopen jaar

scale-hospitalisations = Opnames
    .question = Wanneer ben je voor het laatst opgenomen voor je psychische gezondheid, of voor alcohol- of drugsgebruik?
scale-hospitalisations-anchor-1 = In de afgelopen maand
scale-hospitalisations-anchor-2 = 2-6 maanden geleden
scale-hospitalisations-anchor-3 = 7-12 maanden geleden
scale-hospitalisations-anchor-4 = Meer dan een jaar geleden
scale-hospitalisations-anchor-5 = Nooit

scale-coping = Omgaan met je klachten
    .question = Hoe goed lukt het je volgens jezelf om van dag tot dag met je psychische klachten om te gaan?
scale-coping-anchor-1 = Helemaal niet goed
scale-coping-anchor-2 = Niet zo goed
scale-coping-anchor-3 = Redelijk
scale-coping-anchor-4 = Goed
scale-coping-anchor-5 = Heel goed

scale-self_help = Zelfhulp en lotgenoten
    .question = Hoeveel doe je mee aan zelfhulp, zoals lotgenotengroepen, activiteiten van ervaringsdeskundigen of inloophuizen?
scale-self_help-anchor-1 = Ik ken geen zelfhulpactiviteiten.
scale-self_help-anchor-2 = Ik ken er een paar, maar ik heb geen interesse.
scale-self_help-anchor-3 = Ik heb interesse, maar ik deed het afgelopen jaar niet mee.
scale-self_help-anchor-4 = Ik doe af en toe mee.
scale-self_help-anchor-5 = Ik doe regelmatig mee.

scale-medication = Medicijnen
    .question = Hoe vaak neem je je medicijnen in zoals je met je arts hebt afgesproken?
scale-medication-anchor-1 = Nooit
scale-medication-anchor-2 = Af en toe
scale-medication-anchor-3 = Ongeveer de helft van de tijd
scale-medication-anchor-4 = Meestal
scale-medication-anchor-5 = Elke dag, zoals afgesproken

scale-alcohol_use = Alcohol en je dagelijks leven
    .question = Drinken kan je dagelijks leven in de weg zitten: ruzie met mensen dicht bij je, zorgen over geld, wonen of politie, afspraken nakomen, of klachten die erger worden. Hoeveel heeft alcohol de afgelopen 3 maanden je leven in de weg gezeten?
scale-alcohol_use-anchor-1 = Heel veel
scale-alcohol_use-anchor-2 = Veel
scale-alcohol_use-anchor-3 = Enigszins
scale-alcohol_use-anchor-4 = Weinig
scale-alcohol_use-anchor-5 = Helemaal niet

scale-drug_use = Drugs en je dagelijks leven
    .question = Drugsgebruik kan je dagelijks leven in de weg zitten: ruzie met mensen dicht bij je, zorgen over geld, wonen of politie, afspraken nakomen, of klachten die erger worden. Hoeveel hebben drugs de afgelopen 3 maanden je leven in de weg gezeten?
scale-drug_use-anchor-1 = Heel veel
scale-drug_use-anchor-2 = Veel
scale-drug_use-anchor-3 = Enigszins
scale-drug_use-anchor-4 = Weinig
scale-drug_use-anchor-5 = Helemaal niet

scale-self = Jouw beoordeling
scale-clinician = Beoordeling door je behandelaar
scale-taken-on = Ingevuld op { $date }
scale-when = Je kunt de vragen invullen wanneer je wilt; meestal is dat elke 3 maanden.
