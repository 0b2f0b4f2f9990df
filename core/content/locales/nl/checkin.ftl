# De dagelijkse check-in: wat elke vraag vraagt en wat de uitersten betekenen. De slaap gaat
# over de nacht vóór die dag.

checkin-stress = Stress
    .question = Hoeveel stress voel je vandaag?
    .low = Helemaal geen
    .high = Heel veel
checkin-mood = Stemming
    .question = Hoe is je stemming vandaag?
    .low = Heel somber
    .high = Heel opgewekt
checkin-sleep-hours = Slaap
    .question = Hoeveel uur heb je vannacht geslapen?
checkin-sleep-quality = Slaapkwaliteit
    .question = Hoe goed heb je geslapen?
sleep-quality-0 = Heel slecht
sleep-quality-1 = Slecht
sleep-quality-2 = Redelijk
sleep-quality-3 = Goed
sleep-quality-4 = Heel goed
checkin-signs = Je vroege signalen
    .question = Hoeveel merkte je vandaag van elk signaal?
checkin-symptoms = Je aanhoudende klachten
    .question = Hoeveel last had je vandaag van elke klacht?
checkin-coping = Wat je deed om ermee om te gaan
    .question = Wat heb je vandaag voor jezelf gedaan?
    .helpful = Hoeveel hielp het?
checkin-note = Notitie
    .hint = Iets wat je over vandaag wilt onthouden. Alleen gedeeld als je kiest om notities te delen.
checkin-saved = Opgeslagen. Fijn dat je een check-in hebt gedaan.
