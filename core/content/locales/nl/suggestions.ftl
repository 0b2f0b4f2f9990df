# Suggesties om uit te kiezen als de deelnemer eigen lijstjes maakt. Een gekozen suggestie
# wordt de eigen tekst van de deelnemer, daarom in de ik-vorm waar dat past.

suggest-sign-sleeping-less = Minder slapen
suggest-sign-sleeping-more = Veel meer slapen dan normaal
suggest-sign-withdrawing = Me terugtrekken van anderen
suggest-sign-suspicious = Achterdochtig zijn
suggest-sign-racing-thoughts = Mijn gedachten gaan heel snel
suggest-sign-restless = Gespannen of onrustig zijn
suggest-sign-concentration = Moeite met concentreren
suggest-sign-losing-interest = Geen zin meer in dingen die ik leuk vind
suggest-sign-irritable = Snel geïrriteerd zijn
suggest-sign-unusual-experiences = Dingen horen of zien die anderen niet horen of zien
suggest-sign-appetite = Veel minder of veel meer eten dan normaal
suggest-sign-daily-tasks = Dagelijkse taken laten liggen

suggest-trigger-conflict = Ruzie met mensen die dicht bij me staan
suggest-trigger-alone = Veel alleen zijn
suggest-trigger-money = Geldzorgen
suggest-trigger-pressure = Druk op werk of school
suggest-trigger-little-sleep = Te weinig slaap
suggest-trigger-alcohol-drugs = Drinken of drugs gebruiken
suggest-trigger-big-change = Grote veranderingen, zoals verhuizen
suggest-trigger-loss = Iemand of iets belangrijks verliezen
suggest-trigger-hard-dates = Moeilijke datums of herinneringen
suggest-trigger-busy-places = Drukke of lawaaierige plekken
suggest-trigger-medication-change = Veranderingen in mijn medicijnen
suggest-trigger-holidays = Vakanties en een ander dagritme

suggest-coping-walk = Een wandeling maken
suggest-coping-breathing = Een paar minuten rustig ademhalen
suggest-coping-contact = Iemand bellen of appen die ik vertrouw
suggest-coping-music = Naar muziek luisteren
suggest-coping-rhythm = Een vast dagritme aanhouden
suggest-coping-bedtime = Een rustig ritueel voor het slapengaan
suggest-coping-write = Mijn gedachten opschrijven
suggest-coping-distraction = Iets doen wat mijn gedachten afleidt
suggest-coping-exercise = Bewegen of sporten
suggest-coping-relaxation = Een ontspanningsoefening
suggest-coping-outdoors = Tijd buiten doorbrengen
suggest-coping-check-thoughts = Mijn gedachten checken bij iemand die ik vertrouw
