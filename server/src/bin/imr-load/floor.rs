//! The floor: the same push bodies parsed and the same rows written with raw rusqlite in
//! one transaction, without any of the server's checks, so the gap to the real server is
//! our own logic (authentication, validation, ownership, LWW, idempotency, audit).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use imr_protocol::WireRecord;
use imr_protocol::api::PushRequest;
use parking_lot::Mutex;
use rusqlite::{Connection, params};

type Db = Arc<Mutex<Connection>>;

async fn push(
    State(db): State<Db>,
    headers: HeaderMap,
    Json(req): Json<PushRequest>,
) -> StatusCode {
    let participant = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let result = tokio::task::spawn_blocking(move || -> rusqlite::Result<()> {
        let mut conn = db.lock();
        let tx = conn.transaction()?;
        for value in req.records {
            let Ok(r) = serde_json::from_value::<WireRecord>(value) else { continue };
            tx.prepare_cached(
                "INSERT INTO records(id, participant_id, kind, hlc, created_at, updated_at, deleted, key_json, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT coalesce(max(seq), 0) + 1 FROM records))
                 ON CONFLICT(id) DO UPDATE SET hlc = ?4, updated_at = ?6, deleted = ?7, key_json = ?8",
            )?
            .execute(params![
                r.id.to_string(),
                participant,
                r.kind.as_str(),
                r.hlc.to_sortable(),
                r.created_at.to_string(),
                r.updated_at.to_string(),
                r.deleted,
                serde_json::to_string(&r.key).unwrap_or_default()
            ])?;
            for (scope, fields) in &r.data {
                tx.prepare_cached("INSERT OR REPLACE INTO record_data(record_id, scope, fields) VALUES (?1, ?2, ?3)")?.execute(params![
                    r.id.to_string(),
                    scope.as_str(),
                    serde_json::to_string(fields).unwrap_or_default()
                ])?;
            }
        }
        tx.commit()
    })
    .await;
    match result {
        Ok(Ok(())) => StatusCode::OK,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Starts the floor server in this process on a fresh database; returns its address.
pub async fn start(
    db_path: &std::path::Path,
) -> Result<SocketAddr, Box<dyn std::error::Error + Send + Sync>> {
    let conn = Connection::open(db_path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute_batch(
        "CREATE TABLE records(id TEXT PRIMARY KEY, participant_id TEXT NOT NULL, kind TEXT NOT NULL, hlc TEXT NOT NULL,
           created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL, key_json TEXT NOT NULL, seq INTEGER NOT NULL);
         CREATE INDEX records_feed ON records(participant_id, seq);
         CREATE INDEX records_seq ON records(seq);
         CREATE TABLE record_data(record_id TEXT NOT NULL, scope TEXT NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (record_id, scope)) WITHOUT ROWID;",
    )?;
    let app = axum::Router::new()
        .route(imr_protocol::api::paths::PUSH, post(push))
        .with_state(Arc::new(Mutex::new(conn)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(addr)
}
