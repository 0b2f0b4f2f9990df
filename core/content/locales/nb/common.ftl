app-name = IMR Companion
not-emergency = Denne appen er ikke en nødtjeneste. Trenger du hjelp nå, ring et av numrene under.
