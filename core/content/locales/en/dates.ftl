# Days and lists of days, as people write them. Months are lower case in Norwegian and Dutch.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A day number inside a list, before the day that carries the month: "22" in "22, 23 and 24 March".
date-day-number = { $day }
date-day = { $day } { $month }
date-day-year = { $day } { $month } { $year }
list-middle = { $head }, { $next }
list-end = { $head } and { $last }
