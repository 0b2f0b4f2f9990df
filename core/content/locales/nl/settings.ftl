# Instellingen, delen en back-up. De herinnering staat op het vergrendelscherm en noemt
# daarom niets over gezondheid.

settings-title = Instellingen
settings-language = Taal
settings-timezone = Tijdzone
settings-timezone-follows-device = Volgt je telefoon
settings-day-start = Nieuwe dag begint om
    .hint = Een check-in vóór deze tijd telt voor de dag ervoor, bijvoorbeeld na een slapeloze nacht.
settings-reminder = Dagelijkse herinnering
settings-reminder-text = Tijd voor je check-in
settings-country = Land voor crisisnummers
settings-usual-sleep = Je gebruikelijke uren slaap
settings-sharing = Wat je deelt met je behandelteam
    .hint = Er wordt niets gedeeld totdat je het aanzet. Zet je iets uit, dan wordt de kopie bij je behandelteam verwijderd; alles blijft op je telefoon.
settings-connect = Koppelen aan je behandelteam
settings-who-looked = Wie heeft mijn gegevens bekeken
settings-backup = Back-up
    .hint = Maak een back-up, beveiligd met een wachtwoordzin die je opschrijft, zodat je zonder iets kwijt te raken naar een nieuwe telefoon kunt overstappen.
