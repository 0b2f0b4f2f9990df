# Den daglige innsjekken: hva hvert spørsmål spør om, og hva endene betyr. Søvnen gjelder
# natten før dagen.

checkin-stress = Stress
    .question = Hvor stresset føler du deg i dag?
    .low = Ikke i det hele tatt
    .high = Svært stresset
checkin-mood = Humør
    .question = Hvordan er humøret ditt i dag?
    .low = Svært lavt
    .high = Svært høyt
checkin-sleep-hours = Søvn
    .question = Hvor mange timer sov du i natt?
checkin-sleep-quality = Søvnkvalitet
    .question = Hvor godt sov du?
sleep-quality-0 = Svært dårlig
sleep-quality-1 = Dårlig
sleep-quality-2 = Greit
sleep-quality-3 = Godt
sleep-quality-4 = Svært godt
checkin-signs = Varseltegnene dine
    .question = Hvor mye merket du hvert tegn i dag?
checkin-symptoms = De vedvarende symptomene dine
    .question = Hvor mye plaget hvert av dem deg i dag?
checkin-coping = Det du gjorde for å mestre
    .question = Hva gjorde du for deg selv i dag?
    .helpful = Hvor mye hjalp det?
checkin-note = Notat
    .hint = Noe du vil huske fra i dag. Deles bare hvis du velger å dele notater.
checkin-saved = Lagret. Takk for at du sjekket inn.
