# Settings, sharing and backup. The reminder text shows on the lock screen, so it names no
# health topic.

settings-title = Settings
settings-language = Language
settings-timezone = Time zone
settings-timezone-follows-device = Follows your phone
settings-day-start = A new day starts at
    .hint = A check-in before this time counts for the day before, for example after a sleepless night.
settings-reminder = Daily reminder
settings-reminder-text = Time for your check-in
settings-country = Country for crisis numbers
settings-usual-sleep = Your usual hours of sleep
settings-sharing = What you share with your clinic
    .hint = Nothing is shared until you turn it on. Turning something off removes the clinic's copy; everything stays on your phone.
settings-connect = Connect to your clinic
settings-who-looked = Who at the clinic looked at my data
settings-backup = Backup
    .hint = Make a backup file protected by a passphrase you write down, so you can move to a new phone without losing anything.
