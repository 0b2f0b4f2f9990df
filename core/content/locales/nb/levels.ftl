# Varselnivået slik deltakeren leser det (imr_protocol::WarningLevel).
# Rolig og vennlig: nivået er informasjon, aldri en dom. Ukjent betyr ikke at alt er bra.

level-heading = Slik ser det ut
level-unknown = For få registreringer
    .name = Ukjent
    .description = Vi har ikke hørt fra deg på en stund. En kort innsjekk når du er klar, hjelper deg å følge med på hvordan du har det.
level-green = Det går bra
    .name = Grønn
    .description = Innsjekkene dine ligner på ditt vanlige nivå. Fortsett med det som hjelper deg.
level-amber = Følg med
    .name = Gul
    .description = Noen av tegnene dine er sterkere enn vanlig. Nå er et godt tidspunkt å gjøre det du har planlagt for gult.
level-red = Bruk planen din nå
    .name = Rød
    .description = Tegnene dine tyder på en vanskelig tid. Følg planen din for rødt, og kontakt en støtteperson eller behandleren din. Trenger du hjelp nå, ring et av numrene under.

alert-history = Tidligere endringer i tegnene dine
alert-what-i-did = Hva jeg gjorde
alert-what-i-did-hint = Du kan skrive ned hva du gjorde, for deg selv eller for behandleren din.
