# Dagen en lijsten van dagen zoals mensen ze schrijven. Maanden met een kleine letter.

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

# Een dagnummer in een lijst, vóór de dag met de maand: "22" in "22, 23 en 24 maart".
date-day-number = { $day }
date-day = { $day } { $month }
date-day-year = { $day } { $month } { $year }
list-middle = { $head }, { $next }
list-end = { $head } en { $last }
