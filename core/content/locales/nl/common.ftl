app-name = IMR Companion
not-emergency = Deze app is geen noodhulpdienst. Heb je nu hulp nodig? Bel dan een van de nummers hieronder.
