# Synchroniseren met de kliniek: wat de instellingen zeggen als delen niet lukt.

sync-error-not-paired = Deze telefoon is niet verbonden met een kliniek.
sync-error-already-paired = Deze telefoon is al verbonden met een kliniek. Verbreek eerst die verbinding.
sync-error-bad-address = Het adres van de kliniek klopt niet. Controleer het met je kliniek.
sync-error-offline = De kliniek is niet bereikbaar. Je gegevens zijn veilig op deze telefoon en worden later verstuurd.
sync-error-unavailable = De server van de kliniek is bezet. We proberen het later opnieuw.
sync-error-code-invalid = Deze code werkt niet. Hij is misschien al gebruikt of verlopen. Vraag je kliniek om een nieuwe.
sync-error-unpaired = Deze telefoon is niet meer verbonden met de kliniek. Verbind opnieuw met een nieuwe code.
sync-error-refused = De kliniek heeft sommige gegevens niet aangenomen. Je gegevens zijn veilig op deze telefoon.
sync-error-storage = Gegevens op deze telefoon konden niet worden gelezen of bewaard. Probeer het opnieuw.
sync-error-clock = De klok van deze telefoon staat verkeerd. Stel datum en tijd goed in, dan versturen we de rest.
