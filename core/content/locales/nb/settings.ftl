# Innstillinger, deling og sikkerhetskopi. Påminnelsen vises på låseskjermen og nevner derfor
# ikke noe om helse.

settings-title = Innstillinger
settings-language = Språk
settings-timezone = Tidssone
settings-timezone-follows-device = Følger telefonen
settings-day-start = Ny dag starter kl.
    .hint = En innsjekk før dette klokkeslettet teller for dagen før, for eksempel etter en søvnløs natt.
settings-reminder = Daglig påminnelse
settings-reminder-text = Tid for dagens innsjekk
settings-country = Land for krisenumre
settings-usual-sleep = Vanlig antall timer søvn
settings-sharing = Det du deler med behandleren din
    .hint = Ingenting deles før du slår det på. Slår du noe av, slettes kopien hos behandleren; alt blir liggende på telefonen din.
settings-connect = Koble til behandlingsstedet
settings-who-looked = Hvem har sett på opplysningene mine
settings-backup = Sikkerhetskopi
    .hint = Lag en sikkerhetskopi beskyttet med en passordfrase som du skriver ned, så du kan bytte til en ny telefon uten å miste noe.
