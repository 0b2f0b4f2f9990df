# Forslag å velge fra når deltakeren lager sine egne lister. Forslaget blir deltakerens egen
# tekst når det er valgt, derfor i første person der det passer.

suggest-sign-sleeping-less = Sover mindre
suggest-sign-sleeping-more = Sover mye mer enn vanlig
suggest-sign-withdrawing = Trekker meg unna andre
suggest-sign-suspicious = Føler meg mistenksom
suggest-sign-racing-thoughts = Tankene går veldig fort
suggest-sign-restless = Kjenner meg anspent eller urolig
suggest-sign-concentration = Har vanskelig for å konsentrere meg
suggest-sign-losing-interest = Mister lysten på ting jeg liker
suggest-sign-irritable = Blir lett irritert
suggest-sign-unusual-experiences = Hører eller ser ting som andre ikke hører eller ser
suggest-sign-appetite = Spiser mye mindre eller mye mer enn vanlig
suggest-sign-daily-tasks = Lar daglige gjøremål ligge

suggest-trigger-conflict = Krangel med folk som står meg nær
suggest-trigger-alone = Å være mye alene
suggest-trigger-money = Bekymringer for penger
suggest-trigger-pressure = Press på jobb eller skole
suggest-trigger-little-sleep = For lite søvn
suggest-trigger-alcohol-drugs = Å drikke eller bruke rusmidler
suggest-trigger-big-change = Store endringer, som å flytte
suggest-trigger-loss = Å miste noen eller noe som er viktig
suggest-trigger-hard-dates = Vanskelige datoer eller minner
suggest-trigger-busy-places = Travle eller bråkete steder
suggest-trigger-medication-change = Endringer i medisinene mine
suggest-trigger-holidays = Ferier og endringer i rutinene mine

suggest-coping-walk = Gå en tur
suggest-coping-breathing = Puste rolig i noen minutter
suggest-coping-contact = Ringe eller sende melding til noen jeg stoler på
suggest-coping-music = Høre på musikk
suggest-coping-rhythm = Holde en fast døgnrytme
suggest-coping-bedtime = En rolig rutine før leggetid
suggest-coping-write = Skrive ned tankene mine
suggest-coping-distraction = Gjøre noe som tar tankene bort fra det som er vanskelig
suggest-coping-exercise = Bevege meg eller trene
suggest-coping-relaxation = En avspenningsøvelse
suggest-coping-outdoors = Være ute i frisk luft
suggest-coping-check-thoughts = Sjekke tankene mine med noen jeg stoler på
