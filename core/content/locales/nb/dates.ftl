# Dager og lister av dager slik folk skriver dem. Månedene skrives med liten forbokstav.

month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

# Et dagnummer i en liste, før dagen som har måneden: «22.» i «22., 23. og 24. mars».
date-day-number = { $day }.
date-day = { $day }. { $month }
date-day-year = { $day }. { $month } { $year }
list-middle = { $head }, { $next }
list-end = { $head } og { $last }
