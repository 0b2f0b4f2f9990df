# Een eenvoudige melding zonder verwijt voor elk imr_protocol::Problem, met het veld.

problem-missing = { $field }: vul dit nog in.
problem-empty = { $field }: schrijf hier iets.
problem-too_long = { $field }: houd dit op { $max } tekens of minder.
problem-too_many = { $field }: hier passen maximaal { $max } onderdelen.
problem-out_of_range = { $field }: kies een getal van { $min } tot en met { $max }.
problem-not_half_hours = { $field }: gebruik hele of halve uren, zoals 6 of 6,5.
problem-wrong_type = { $field }: dit ziet er niet helemaal goed uit. Kijk het nog even na.
problem-not_one_of = { $field }: kies een van de mogelijkheden.
problem-duplicate = { $field }: dit staat al in de lijst.
problem-not_applicable_not_allowed = { $field }: "Niet van toepassing" is geen antwoord op deze vraag.
problem-in_the_future = { $field }: deze dag is nog niet geweest. Kies vandaag of een eerdere dag.
problem-too_far_back = { $field }: je kunt een dag invullen tot { $max_days ->
        [one] { $max_days } dag
       *[other] { $max_days } dagen
    } terug.
problem-before_start = { $field }: deze datum ligt vóór de startdatum. Kies een latere datum.
problem-wrong_scope = { $field }: dit hoort bij wat je deelt als "{ $scope }", dus het is niet verstuurd.
problem-local_only = { $field }: dit blijft op je telefoon en wordt nooit verstuurd.
problem-deleted_with_data = Dit is verwijderd en kan daarom niet meer worden gewijzigd.
problem-id_mismatch = Dit kon niet worden gesynchroniseerd. Alles op je telefoon is veilig.
problem-unknown_reference = { $field }: dit verwijst naar iets wat er niet meer is.

field-other = Dit onderdeel
field-title = Titel
field-text = Tekst
field-note = Notitie
field-date = Datum
field-day = Dag
field-target_date = Streefdatum
field-due = Uiterste datum
field-description = Beschrijving
field-why = Waarom het belangrijk is
field-stress = Stressniveau
field-mood = Stemming
field-sleep_hours = Uren slaap
field-sleep_quality = Slaapkwaliteit
field-sign_ratings = Vroege signalen
field-symptom_ratings = Aanhoudende klachten
field-medication = Medicijnen
field-substances = Alcohol en drugs
field-coping = Wat hielp
field-progress = Voortgang
field-threshold = Grens
field-name = Naam
field-relation = Wie dit voor je is
field-phone = Telefoonnummer
field-agreed_to = Wat diegene heeft toegezegd
field-amber_steps = Wat ik doe in de oranje fase
field-red_steps = Wat ik doe in de rode fase
field-helps = Wat mij helpt
field-does_not_help = Wat mij niet helpt
field-who_to_tell = Wie het moet weten
field-local_numbers = Lokale nummers
field-reflection = Wat ik heb geleerd
field-answers = Antwoorden
field-usual_sleep_hours = Gebruikelijke uren slaap
field-day_start_hour = Nieuwe dag begint om
field-reminder_time = Tijd van de herinnering
field-timezone = Tijdzone
field-country = Land
field-locale = Taal
field-baseline_window_days = Dagen voor je gebruikelijke niveau
field-clinician_name = Naam van je behandelaar
field-clinician_phone = Telefoonnummer van je behandelaar
