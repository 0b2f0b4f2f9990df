# De 11 IMR-modulene: tittel, et kort sammendrag (egne ord) og forslag til hjemmeoppgaver.
# Nøklene følger imr_protocol::ModuleKey: module-<key>, module-<key>-homework-<n>.

modules-heading = Moduler

module-recovery = Tilfriskning
    .summary = Hva tilfriskning betyr for deg, og hvordan du kan velge et personlig mål og jobbe mot det i små steg.
module-recovery-homework-1 = Skriv ned tre ting som betyr mest for deg i livet.
module-recovery-homework-2 = Velg ett mål, og skriv ned et første lite steg du kan ta denne uka.
module-recovery-homework-3 = Snakk med noen du stoler på, om hva tilfriskning betyr for deg.

module-facts = Praktiske fakta om psykisk lidelse
    .summary = Enkel kunnskap om psykiske lidelser, hvordan de behandles, og myter du kanskje har hørt.
module-facts-homework-1 = Skriv ned det du vet om diagnosen eller symptomene dine, og hva du vil vite mer om.
module-facts-homework-2 = Velg én myte om psykiske lidelser, og skriv ned hva du mener stemmer i stedet.
module-facts-homework-3 = Fortell noen som står deg nær, om én ting du har lært.

module-stress_vulnerability = Stress-sårbarhetsmodellen
    .summary = Hvordan stress og din egen sårbarhet virker sammen, og hva som beskytter deg: medisiner, støtte og mestring.
module-stress_vulnerability-homework-1 = Tegn ditt eget bilde av hva som øker stresset ditt, og hva som beskytter deg.
module-stress_vulnerability-homework-2 = Skriv ned én ting hver dag denne uka som ga deg stress.
module-stress_vulnerability-homework-3 = Still behandleren din ett spørsmål om behandlingen din.

module-social_support = Bygge sosial støtte
    .summary = Hvorfor folk rundt deg betyr noe, og enkle måter å få og holde kontakt på.
module-social_support-homework-1 = Lag en liste over folk du føler deg trygg sammen med.
module-social_support-homework-2 = Ta kontakt med én person denne uka, en prat eller en kort melding.
module-social_support-homework-3 = Finn ett sted eller én aktivitet der du kan bli kjent med nye folk.

module-medication = Effektiv bruk av medisiner
    .summary = Hvordan medisiner kan hjelpe, hvilke bivirkninger du kan merke, og hvordan du kan snakke med legen om dem.
module-medication-homework-1 = Skriv ned fordeler og ulemper med medisinene dine, slik du ser det.
module-medication-homework-2 = Prøv en enkel måte å huske medisinene på, for eksempel en dosett eller en påminnelse på telefonen.
module-medication-homework-3 = Skriv ned spørsmål om bivirkninger som du vil stille legen.

module-substance_use = Rusmiddelbruk
    .summary = Hvordan alkohol og andre rusmidler påvirker den psykiske helsen din, og hva du selv vil gjøre med det.
module-substance_use-homework-1 = Skriv ned i én uke når du drikker eller bruker rusmidler, og hva som skjedde rundt deg da.
module-substance_use-homework-2 = Skriv ned fordeler og ulemper med å bruke mindre, slik du ser det.
module-substance_use-homework-3 = Planlegg hva du kan gjøre i stedet i én situasjon der du pleier å drikke eller bruke rusmidler.

module-relapse = Redusere tilbakefall
    .summary = Å bli kjent med varseltegnene dine og det som kan utløse dem, og lage en plan for hva du gjør når de kommer.
module-relapse-homework-1 = Skriv ned tegn du merket før tidligere vanskelige perioder.
module-relapse-homework-2 = Lag et første utkast til planen din, og vis det til noen du stoler på.
module-relapse-homework-3 = Avtal med én støtteperson hva de skal gjøre hvis varseltegnene dine kommer.

module-stress = Stressmestring
    .summary = Å merke stress tidlig og finne måter å dempe det på som passer for deg.
module-stress-homework-1 = Prøv én avspenningsøvelse hver dag denne uka.
module-stress-homework-2 = Skriv ned én situasjon som stresset deg, og hva som hjalp.
module-stress-homework-3 = Planlegg én hyggelig aktivitet for hver dag denne uka.

module-symptoms = Mestre vedvarende symptomer
    .summary = Praktiske måter å mestre symptomer og plager som varer, som dårlig søvn, stemmer eller nedstemthet.
module-symptoms-homework-1 = Velg ett symptom som plager deg, og prøv én ny måte å mestre det på.
module-symptoms-homework-2 = Skriv ned i én uke hvor mye et symptom plager deg, og hva du gjorde.
module-symptoms-homework-3 = Spør noen som kjenner deg godt, hva de har sett at hjelper deg.

module-health_system = Å få hjelp til egne behov i helsevesenet
    .summary = Hvordan du finner fram i helsetjenestene, kjenner rettighetene dine og ber om den hjelpen du trenger.
module-health_system-homework-1 = Skriv ned tjenestene og personene som hjelper deg nå, med telefonnumrene deres.
module-health_system-homework-2 = Forbered tre spørsmål til neste avtale.
module-health_system-homework-3 = Finn ut hva du kan gjøre hvis du er uenig i behandlingen din.

module-healthy_lifestyle = Sunn livsstil
    .summary = Små endringer i mat, aktivitet, søvn og røyking som er gode for både kropp og sinn.
module-healthy_lifestyle-homework-1 = Gå en tur på 15 minutter tre dager denne uka.
module-healthy_lifestyle-homework-2 = Legg deg og stå opp til samme tid hver dag i én uke.
module-healthy_lifestyle-homework-3 = Spis én frukt eller grønnsak ekstra hver dag.

homework-from-clinician = Fra behandleren din
homework-from-you = Lagt til av deg
homework-reflection = Hva jeg lærte
homework-due-on = Innen { $date }
module-started-on = Startet { $date }
module-completed-on = Fullført { $date }
session-attended = Møtt
session-not-attended = Ikke møtt
since-last-session = Siden forrige time
