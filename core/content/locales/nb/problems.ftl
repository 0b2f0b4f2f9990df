# En enkel melding uten skyld for hvert imr_protocol::Problem, med feltet.

problem-missing = { $field }: fyll inn dette.
problem-empty = { $field }: skriv noe her.
problem-too_long = { $field }: hold det til { $max } tegn eller færre.
problem-too_many = { $field }: det kan være opptil { $max } punkter her.
problem-out_of_range = { $field }: velg et tall fra { $min } til { $max }.
problem-not_half_hours = { $field }: bruk hele eller halve timer, for eksempel 6 eller 6,5.
problem-wrong_type = { $field }: dette ser ikke helt riktig ut. Se over det en gang til.
problem-not_one_of = { $field }: velg ett av alternativene.
problem-duplicate = { $field }: dette står allerede på listen.
problem-not_applicable_not_allowed = { $field }: «Gjelder ikke meg» er ikke et svar på dette spørsmålet.
problem-in_the_future = { $field }: denne dagen har ikke kommet ennå. Velg i dag eller en tidligere dag.
problem-too_far_back = { $field }: du kan fylle inn en dag opptil { $max_days ->
        [one] { $max_days } dag
       *[other] { $max_days } dager
    } tilbake.
problem-before_start = { $field }: denne datoen er før startdatoen. Velg en senere dato.
problem-wrong_scope = { $field }: dette hører til det du deler som «{ $scope }», så det ble ikke sendt.
problem-local_only = { $field }: dette blir på telefonen din og sendes aldri.
problem-deleted_with_data = Dette er slettet, så det kan ikke endres lenger.
problem-id_mismatch = Dette kunne ikke synkroniseres. Alt på telefonen din er trygt.
problem-unknown_reference = { $field }: dette viser til noe som ikke finnes lenger.

field-other = Dette feltet
field-title = Tittel
field-text = Tekst
field-note = Notat
field-date = Dato
field-day = Dag
field-target_date = Måldato
field-due = Frist
field-description = Beskrivelse
field-why = Hvorfor det er viktig for deg
field-stress = Stressnivå
field-mood = Humør
field-sleep_hours = Timer søvn
field-sleep_quality = Søvnkvalitet
field-sign_ratings = Varseltegn
field-symptom_ratings = Vedvarende symptomer
field-medication = Medisiner
field-substances = Alkohol og andre rusmidler
field-coping = Det som hjalp
field-progress = Fremgang
field-threshold = Grense
field-name = Navn
field-relation = Hvem personen er for deg
field-phone = Telefonnummer
field-agreed_to = Hva personen har sagt ja til å gjøre
field-amber_steps = Dette gjør jeg ved gult
field-red_steps = Dette gjør jeg ved rødt
field-helps = Det som hjelper meg
field-does_not_help = Det som ikke hjelper meg
field-who_to_tell = Hvem som skal få vite det
field-local_numbers = Lokale numre
field-reflection = Hva jeg lærte
field-answers = Svar
field-usual_sleep_hours = Vanlig antall timer søvn
field-day_start_hour = Ny dag starter kl.
field-reminder_time = Tidspunkt for påminnelse
field-timezone = Tidssone
field-country = Land
field-locale = Språk
field-baseline_window_days = Dager som brukes for ditt vanlige nivå
field-clinician_name = Navnet til behandleren din
field-clinician_phone = Telefonnummeret til behandleren din
