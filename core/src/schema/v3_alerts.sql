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
