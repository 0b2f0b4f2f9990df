# De 15 spørsmålene i IMR-skalaen (deltakerversjonen), etter imr_protocol::ScaleItem.
# Uoffisiell oversettelse med egne ord. Svarene lagres etter spørsmålets id og versjon, så en
# publisert, lisensiert oversettelse kan erstatte denne teksten uten at noen skår endres.

scale-heading = IMR-skalaen
scale-intro = Spørsmålene gjelder de siste 3 månedene. Velg svaret som passer best for deg.
scale-wording-note = Uoffisiell oversettelse av IMR-skalaen.
scale-not-applicable = Gjelder ikke meg
scale-mean = Gjennomsnitt av spørsmålene du svarte på

scale-goals = Fremgang mot personlige mål
    .question = Hvor langt har du kommet med et personlig mål de siste 3 månedene?
scale-goals-anchor-1 = Jeg har ikke noe personlig mål.
scale-goals-anchor-2 = Jeg har et personlig mål, men har ikke gjort noe for å nå det ennå.
scale-goals-anchor-3 = Jeg har et personlig mål og har kommet et lite stykke på vei.
scale-goals-anchor-4 = Jeg har et personlig mål og har kommet ganske langt.
scale-goals-anchor-5 = Jeg har et personlig mål og har nådd det.

scale-knowledge = Kunnskap
    .question = Hvor mye føler du at du vet om symptomer, behandling, måter å mestre på og medisiner?
scale-knowledge-anchor-1 = Ikke så mye
scale-knowledge-anchor-2 = Litt
scale-knowledge-anchor-3 = En del
scale-knowledge-anchor-4 = Ganske mye
scale-knowledge-anchor-5 = Svært mye

scale-family_friends = Familie og venner i behandlingen
    .question = Hvor mye er familie, venner og andre som betyr noe for deg, med i behandlingen din?
scale-family_friends-anchor-1 = Ikke i det hele tatt
scale-family_friends-anchor-2 = Bare når det er et alvorlig problem
scale-family_friends-anchor-3 = Noen ganger, for eksempel når ting begynner å gå dårlig
scale-family_friends-anchor-4 = Ofte
scale-family_friends-anchor-5 = Svært ofte, og de hjelper meg virkelig

scale-outside_contact = Kontakt med folk utenfor familien
    .question = Hvor mange ganger i en vanlig uke snakker du med noen utenfor familien, for eksempel en venn, en kollega eller en nabo?
scale-outside_contact-anchor-1 = 0 ganger i uka
scale-outside_contact-anchor-2 = 1–2 ganger i uka
scale-outside_contact-anchor-3 = 3–4 ganger i uka
scale-outside_contact-anchor-4 = 5–7 ganger i uka
scale-outside_contact-anchor-5 = 8 ganger eller mer i uka

scale-structured_roles = Tid i faste roller
    .question = Hvor mye tid bruker du på jobb, skole, frivillig arbeid, å være forelder eller å ta vare på noen – ting andre regner med at du gjør? (Ikke det å ta vare på deg selv eller ditt eget hjem.)
scale-structured_roles-anchor-1 = 2 timer eller mindre i uka
scale-structured_roles-anchor-2 = 3–5 timer i uka
scale-structured_roles-anchor-3 = 6–15 timer i uka
scale-structured_roles-anchor-4 = 16–30 timer i uka
scale-structured_roles-anchor-5 = Mer enn 30 timer i uka

scale-symptom_distress = Hvor mye symptomene plager deg
    .question = Hvor mye plager symptomene deg?
scale-symptom_distress-anchor-1 = Svært mye
scale-symptom_distress-anchor-2 = Ganske mye
scale-symptom_distress-anchor-3 = En del
scale-symptom_distress-anchor-4 = Lite
scale-symptom_distress-anchor-5 = Ikke i det hele tatt

scale-functioning = Når symptomene står i veien
    .question = Hvor mye hindrer symptomene deg i å gjøre ting du vil eller må gjøre?
scale-functioning-anchor-1 = Svært mye
scale-functioning-anchor-2 = Ganske mye
scale-functioning-anchor-3 = En del
scale-functioning-anchor-4 = Lite
scale-functioning-anchor-5 = Ikke i det hele tatt

scale-relapse_planning = Plan for å forebygge tilbakefall
    .question = Hva passer best med det du vet og har gjort for å unngå tilbakefall?
scale-relapse_planning-anchor-1 = Jeg vet ikke hvordan jeg kan unngå tilbakefall.
scale-relapse_planning-anchor-2 = Jeg vet litt, men jeg har ingen plan.
scale-relapse_planning-anchor-3 = Jeg vet én eller to ting jeg kan gjøre, men jeg har ingen skriftlig plan.
scale-relapse_planning-anchor-4 = Jeg vet flere ting jeg kan gjøre, men jeg har ingen skriftlig plan.
scale-relapse_planning-anchor-5 = Jeg har en skriftlig plan, og jeg har delt den med andre.

scale-relapses = Tilbakefall
    .question = Når ble symptomene dine sist mye verre (et tilbakefall)?
scale-relapses-anchor-1 = Den siste måneden
scale-relapses-anchor-2 = For 2–3 måneder siden
scale-relapses-anchor-3 = For 4–6 måneder siden
scale-relapses-anchor-4 = For 7–12 måneder siden
scale-relapses-anchor-5 = Ikke det siste året

scale-hospitalisations = Innleggelser
    .question = Når var du sist innlagt for den psykiske helsen din, eller for bruk av alkohol eller andre rusmidler?
scale-hospitalisations-anchor-1 = Den siste måneden
scale-hospitalisations-anchor-2 = For 2–6 måneder siden
scale-hospitalisations-anchor-3 = For 7–12 måneder siden
scale-hospitalisations-anchor-4 = For mer enn ett år siden
scale-hospitalisations-anchor-5 = Aldri

scale-coping = Mestring
    .question = Hvor godt synes du at du mestrer de psykiske plagene dine fra dag til dag?
scale-coping-anchor-1 = Ikke bra i det hele tatt
scale-coping-anchor-2 = Ikke så bra
scale-coping-anchor-3 = Greit
scale-coping-anchor-4 = Bra
scale-coping-anchor-5 = Svært bra

scale-self_help = Selvhjelp og likepersoner
    .question = Hvor mye er du med på selvhjelp, som selvhjelpsgrupper, tilbud drevet av folk med egen erfaring, eller åpne møteplasser?
scale-self_help-anchor-1 = Jeg kjenner ikke til noen selvhjelpstilbud.
scale-self_help-anchor-2 = Jeg kjenner til noen, men er ikke interessert.
scale-self_help-anchor-3 = Jeg er interessert, men har ikke vært med det siste året.
scale-self_help-anchor-4 = Jeg er med av og til.
scale-self_help-anchor-5 = Jeg er med jevnlig.

scale-medication = Medisiner
    .question = Hvor ofte tar du medisinene slik du har avtalt med legen?
scale-medication-anchor-1 = Aldri
scale-medication-anchor-2 = Av og til
scale-medication-anchor-3 = Omtrent halvparten av tiden
scale-medication-anchor-4 = Det meste av tiden
scale-medication-anchor-5 = Hver dag, som avtalt

scale-alcohol_use = Alkohol og hverdagen
    .question = Drikking kan stå i veien i hverdagen: krangel med folk som står deg nær, bekymringer for penger, bolig eller politi, å komme seg til avtaler, eller at symptomene blir verre. Hvor mye har alkohol stått i veien for livet ditt de siste 3 månedene?
scale-alcohol_use-anchor-1 = Svært mye
scale-alcohol_use-anchor-2 = Ganske mye
scale-alcohol_use-anchor-3 = En del
scale-alcohol_use-anchor-4 = Lite
scale-alcohol_use-anchor-5 = Ikke i det hele tatt

scale-drug_use = Andre rusmidler og hverdagen
    .question = Bruk av andre rusmidler kan stå i veien i hverdagen: krangel med folk som står deg nær, bekymringer for penger, bolig eller politi, å komme seg til avtaler, eller at symptomene blir verre. Hvor mye har andre rusmidler stått i veien for livet ditt de siste 3 månedene?
scale-drug_use-anchor-1 = Svært mye
scale-drug_use-anchor-2 = Ganske mye
scale-drug_use-anchor-3 = En del
scale-drug_use-anchor-4 = Lite
scale-drug_use-anchor-5 = Ikke i det hele tatt

scale-self = Din vurdering
scale-clinician = Behandlerens vurdering
scale-taken-on = Besvart { $date }
scale-when = Du kan svare når du vil; det vanlige er hver 3. måned.
