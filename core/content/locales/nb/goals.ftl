# Personlige mål: deltakerens egne ord, gjennomgått i hver time.

goals-title = Mine mål
goal-long-term = Det jeg ønsker meg i livet
goal-why = Hvorfor det er viktig for meg
goal-short-term = Delmål
goal-steps = Steg
goal-target-date = Mål: innen { $date }
goal-follow-up = Oppfølging
goal-progress = Fremgang: { $progress } av 10
goal-follow-up-due = På tide å se på dette målet igjen
goal-last-follow-up = Sist sett på { $date }
goal-comment-from-clinician = Kommentar fra behandleren din
