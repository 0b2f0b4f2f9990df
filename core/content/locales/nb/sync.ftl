# Synkronisering med klinikken: hva innstillingene sier når deling ikke virker.

sync-error-not-paired = Denne telefonen er ikke koblet til en klinikk.
sync-error-already-paired = Denne telefonen er allerede koblet til en klinikk. Koble den fra først.
sync-error-bad-address = Adressen til klinikken er ikke riktig. Sjekk den med klinikken din.
sync-error-offline = Fikk ikke kontakt med klinikken. Dataene dine er trygge på telefonen og blir sendt senere.
sync-error-unavailable = Klinikkens server er opptatt. Vi prøver igjen senere.
sync-error-code-invalid = Denne koden virker ikke. Den kan være brukt eller utløpt. Be klinikken om en ny.
sync-error-unpaired = Denne telefonen er ikke lenger koblet til klinikken. Koble til på nytt med en ny kode.
sync-error-refused = Klinikken tok ikke imot noen av dataene. Dataene dine er trygge på telefonen.
sync-error-storage = Kunne ikke lese eller lagre data på telefonen. Prøv igjen.
sync-error-clock = Klokken på telefonen går feil. Still dato og klokkeslett, så sender vi resten.
