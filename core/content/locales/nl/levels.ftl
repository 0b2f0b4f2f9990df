# De fase zoals de deelnemer die leest (imr_protocol::WarningLevel).
# Rustig en vriendelijk: de fase is informatie, nooit een oordeel. Onbekend is geen "alles goed".

level-heading = Hoe het ervoor staat
level-unknown = Te weinig gegevens
    .name = Onbekend
    .description = We hebben al een tijdje niets van je gehoord. Een korte check-in als je er klaar voor bent, helpt je bij te houden hoe het met je gaat.
level-green = Het gaat goed
    .name = Groen
    .description = Je check-ins lijken op wat gewoon is voor jou. Blijf doen wat je helpt.
level-amber = Let op
    .name = Oranje
    .description = Sommige van je signalen zijn sterker dan gewoonlijk. Dit is een goed moment voor de stappen uit je plan voor de oranje fase.
level-red = Gebruik nu je plan
    .name = Rood
    .description = Je signalen wijzen op een moeilijke tijd. Volg je plan voor de rode fase en neem contact op met een steunpersoon of je behandelaar. Heb je nu hulp nodig? Bel dan een van de nummers hieronder.

alert-history = Eerdere veranderingen in je signalen
alert-what-i-did = Wat ik heb gedaan
alert-what-i-did-hint = Je kunt opschrijven wat je hebt gedaan, voor jezelf of voor je behandelaar.
