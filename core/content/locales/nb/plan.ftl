# Kriseplanen, skrevet som deltakerens egen (overskrifter i første person).

plan-title = Min plan
plan-triggers = Det som kan utløse en krise for meg
plan-signs = Mine varseltegn
plan-amber-steps = Dette gjør jeg ved gult
plan-red-steps = Dette gjør jeg, og disse kontakter jeg, ved rødt
plan-supporters = Mine støttepersoner
plan-clinician = Min behandler
plan-crisis-numbers = Krisenumre
plan-preferences = Det som hjelper meg, det som ikke hjelper, og hvem som skal få vite det
plan-last-reviewed = Sist gjennomgått { $date }
plan-history = Tidligere versjoner
plan-red-flag = Dette tegnet alene betyr: handle nå
plan-threshold = Teller fra: { $rating }
