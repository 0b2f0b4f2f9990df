# A plain, no-blame message for each imr_protocol::Problem, naming the field.
# $field is the field's label below (field-<name>), or field-other when it has none.

problem-missing = { $field }: please fill this in.
problem-empty = { $field }: please write something here.
problem-too_long = { $field }: please keep this to { $max } characters or fewer.
problem-too_many = { $field }: there can be up to { $max } items here.
problem-out_of_range = { $field }: please choose a number from { $min } to { $max }.
problem-not_half_hours = { $field }: please use whole or half hours, such as 6 or 6.5.
problem-wrong_type = { $field }: this does not look quite right. Please check it.
problem-not_one_of = { $field }: please choose one of the options.
problem-duplicate = { $field }: this is already in the list.
problem-not_applicable_not_allowed = { $field }: "Does not apply to me" is not an answer to this question.
problem-in_the_future = { $field }: this day has not come yet. Please choose today or an earlier day.
problem-too_far_back = { $field }: you can fill in a day up to { $max_days ->
        [one] { $max_days } day
       *[other] { $max_days } days
    } back.
problem-before_start = { $field }: this date comes before the start date. Please choose a later one.
problem-wrong_scope = { $field }: this belongs to what you share as "{ $scope }", so it was not sent.
problem-local_only = { $field }: this stays on your phone and is never sent.
problem-deleted_with_data = This item was deleted, so it cannot be changed any more.
problem-id_mismatch = This item could not be synced. Everything on your phone is safe.
problem-unknown_reference = { $field }: this refers to something that is no longer there.

field-other = This item
field-title = Title
field-text = Text
field-note = Note
field-date = Date
field-day = Day
field-target_date = Target date
field-due = Due date
field-description = Description
field-why = Why it matters
field-stress = Stress level
field-mood = Mood
field-sleep_hours = Hours of sleep
field-sleep_quality = Sleep quality
field-sign_ratings = Warning signs
field-symptom_ratings = Persistent symptoms
field-medication = Medication
field-substances = Alcohol and drugs
field-coping = What helped
field-progress = Progress
field-threshold = Limit
field-name = Name
field-relation = Relationship to you
field-phone = Phone number
field-agreed_to = What they agreed to do
field-amber_steps = My steps for amber
field-red_steps = My steps for red
field-helps = What helps me
field-does_not_help = What does not help me
field-who_to_tell = Who to tell
field-local_numbers = Local numbers
field-reflection = What I learned
field-answers = Answers
field-usual_sleep_hours = Usual hours of sleep
field-day_start_hour = A new day starts at
field-reminder_time = Reminder time
field-timezone = Time zone
field-country = Country
field-locale = Language
field-baseline_window_days = Days used for your usual level
field-clinician_name = Your clinician's name
field-clinician_phone = Your clinician's phone number
