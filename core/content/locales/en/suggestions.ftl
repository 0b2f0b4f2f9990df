# Suggestions to pick from when the participant builds their own lists. Each becomes the
# participant's own text once chosen, so the wording is first person where it fits.

suggest-sign-sleeping-less = Sleeping less
suggest-sign-sleeping-more = Sleeping much more than usual
suggest-sign-withdrawing = Withdrawing from people
suggest-sign-suspicious = Feeling suspicious
suggest-sign-racing-thoughts = Racing thoughts
suggest-sign-restless = Feeling tense or restless
suggest-sign-concentration = Finding it hard to concentrate
suggest-sign-losing-interest = Losing interest in things I enjoy
suggest-sign-irritable = Getting irritated easily
suggest-sign-unusual-experiences = Hearing or seeing things others don't
suggest-sign-appetite = Eating much less or much more than usual
suggest-sign-daily-tasks = Letting daily tasks slide

suggest-trigger-conflict = Arguments with people close to me
suggest-trigger-alone = Being alone a lot
suggest-trigger-money = Money worries
suggest-trigger-pressure = Pressure at work or school
suggest-trigger-little-sleep = Too little sleep
suggest-trigger-alcohol-drugs = Drinking or using drugs
suggest-trigger-big-change = Big changes, such as moving house
suggest-trigger-loss = Losing someone or something important
suggest-trigger-hard-dates = Difficult dates or memories
suggest-trigger-busy-places = Busy or noisy places
suggest-trigger-medication-change = Changes in my medication
suggest-trigger-holidays = Holidays and changes in my routine

suggest-coping-walk = Go for a walk
suggest-coping-breathing = Breathe slowly for a few minutes
suggest-coping-contact = Call or text someone I trust
suggest-coping-music = Listen to music
suggest-coping-rhythm = Keep a regular daily rhythm
suggest-coping-bedtime = A calm routine before bed
suggest-coping-write = Write down my thoughts
suggest-coping-distraction = Do something that takes my mind off things
suggest-coping-exercise = Move my body or do some sport
suggest-coping-relaxation = A relaxation exercise
suggest-coping-outdoors = Spend time outdoors
suggest-coping-check-thoughts = Check my thoughts with someone I trust
