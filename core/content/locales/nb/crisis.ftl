# Etiketter for standard krisenumre. Numrene velges etter landet i innstillingene, aldri etter
# språk: 113 er medisinsk nødnummer i Norge og selvmordsforebygging i Nederland.

crisis-heading = Hjelp nå
crisis-call = Ring { $number }
crisis-no-113 = Medisinsk nødtelefon: når det er akutt og kan stå om liv
crisis-no-legevakt = Legevakt, når hjelpen ikke kan vente
crisis-no-mental-helse = Mental Helses hjelpetelefon: noen å snakke med, hele døgnet
crisis-no-kirkens-sos = Kirkens SOS krisetelefon: hele døgnet, anonymt
crisis-nl-112 = Nødnummer: ambulanse, politi, brannvesen
crisis-nl-113 = 113 Zelfmoordpreventie (selvmordsforebygging): snakk om selvmordstanker, hele døgnet
crisis-nl-0800-0113 = 113 Zelfmoordpreventie, gratisnummer
crisis-other-112 = Nødnummer i Europa
crisis-other-add-local = Legg til krisenumrene der du bor, for eksempel legen din eller et akutteam.
crisis-add-local = Du kan også legge til lokale numre, for eksempel akutteamet ditt.
