-- The newest schema, as a fresh install creates it. Every record table starts with the
-- same sync columns: id (UUID text), created_at / updated_at (UTC milliseconds), hlc
-- (sortable hybrid logical clock text), change_counter (local changes not yet uploaded),
-- deleted (tombstone). Lists always filter on deleted = 0.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    locale TEXT NOT NULL,
    timezone TEXT NOT NULL,
    timezone_pinned INTEGER NOT NULL,
    day_start_hour INTEGER NOT NULL,
    reminder_time TEXT,
    country TEXT NOT NULL,
    usual_sleep_hours REAL
);

CREATE TABLE check_in (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    day TEXT NOT NULL UNIQUE,
    stress INTEGER,
    mood INTEGER,
    sleep_hours REAL,
    sleep_quality INTEGER,
    sign_ratings TEXT NOT NULL,
    symptom_ratings TEXT NOT NULL,
    medication TEXT,
    substances TEXT NOT NULL,
    coping TEXT NOT NULL,
    late INTEGER NOT NULL,
    note TEXT
);

CREATE TABLE warning_sign (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    threshold INTEGER NOT NULL,
    red_flag INTEGER NOT NULL,
    active INTEGER NOT NULL,
    suggestion_key TEXT
);

CREATE TABLE persistent_symptom (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    active INTEGER NOT NULL
);

CREATE TABLE plan_trigger (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    suggestion_key TEXT
);

CREATE TABLE supporter (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    relation TEXT,
    phone TEXT,
    agreed_to TEXT,
    position INTEGER NOT NULL
);

CREATE TABLE relapse_plan (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    amber_steps TEXT NOT NULL,
    red_steps TEXT NOT NULL,
    clinician_name TEXT,
    clinician_phone TEXT,
    local_numbers TEXT NOT NULL,
    helps TEXT,
    does_not_help TEXT,
    who_to_tell TEXT,
    version INTEGER NOT NULL,
    baseline_window_days INTEGER NOT NULL,
    last_reviewed TEXT
);

CREATE TABLE relapse_plan_version (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    plan_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    saved_at INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (plan_id, version)
);

CREATE TABLE coping_strategy (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    active INTEGER NOT NULL,
    suggestion_key TEXT
);

CREATE TABLE goal (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    why TEXT,
    status TEXT NOT NULL,
    target_date TEXT
);

CREATE TABLE short_term_goal (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    goal_id TEXT NOT NULL REFERENCES goal (id),
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    target_date TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX short_term_goal_by_goal ON short_term_goal (goal_id);

CREATE TABLE goal_step (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    short_term_goal_id TEXT NOT NULL REFERENCES short_term_goal (id),
    title TEXT NOT NULL,
    done INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX goal_step_by_short_term_goal ON goal_step (short_term_goal_id);

CREATE TABLE goal_follow_up (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    goal_id TEXT NOT NULL REFERENCES goal (id),
    date TEXT NOT NULL,
    progress INTEGER NOT NULL,
    note TEXT
);
CREATE INDEX goal_follow_up_by_goal ON goal_follow_up (goal_id, date);

CREATE TABLE module_progress (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    module TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    started_on TEXT,
    completed_on TEXT
);

-- Both homework kinds: the participant's own (kind 'homework') and the clinician's
-- (kind 'clinician_homework', arriving by sync, read-only here).
CREATE TABLE homework (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    module TEXT,
    title TEXT NOT NULL,
    description TEXT,
    due TEXT,
    assigned_by TEXT
);

CREATE TABLE homework_status (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    homework_id TEXT NOT NULL UNIQUE REFERENCES homework (id),
    state TEXT NOT NULL,
    done_on TEXT,
    reflection TEXT
);

CREATE TABLE scale_rating (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    taken_on TEXT NOT NULL,
    item_set_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    rated_by TEXT
);

CREATE TABLE session (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    module TEXT,
    attended INTEGER NOT NULL,
    format TEXT,
    recorded_by TEXT
);

-- Schema step: early-warning alert events, the participant's acknowledgements and the
-- clinic's "seen" marks. Events are never deleted: an edit that makes one untrue adds a
-- 'withdrawn' event pointing at it (withdraws). Acknowledgements and seen marks have the
-- natural id of the event they are about, so there is at most one of each per event.

CREATE TABLE alert_event (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    episode_id TEXT NOT NULL,
    event TEXT NOT NULL,
    level TEXT NOT NULL,
    day TEXT NOT NULL,
    reasons TEXT NOT NULL,
    withdraws TEXT
);
CREATE INDEX alert_event_by_day ON alert_event (day);

CREATE TABLE alert_ack (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    alert_id TEXT NOT NULL UNIQUE,
    acknowledged_at INTEGER NOT NULL,
    note TEXT
);

CREATE TABLE alert_seen (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    hlc TEXT NOT NULL, change_counter INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    alert_id TEXT NOT NULL UNIQUE,
    seen_at INTEGER NOT NULL,
    seen_by TEXT
);
