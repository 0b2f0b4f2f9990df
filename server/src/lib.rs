//! # imr-clinic
//!
//! The clinic server of IMR Companion: the device sync API (`/api/v1`, wire types from
//! `imr-protocol`), the clinician dashboard (server-rendered HTML in en / nb / nl from
//! `imr-content`), and the hash-chained audit log. Storage is one SQLite file behind the
//! [`store`] seam.

pub mod api;
pub mod clock;
pub mod demo;
pub mod error;
pub mod pairing;
pub mod security;
pub mod state;
pub mod store;
pub mod sync;
pub mod web;

use std::net::SocketAddr;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue};
use imr_protocol::api::ApiErrorCode;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::ApiFailure;
use crate::state::AppState;

/// Every header every answer carries: no framing, no referrer, no sniffing, and a content
/// security policy that allows no script at all.
const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "content-security-policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("cache-control", "no-store"),
];

/// The whole application: device API, dashboard, security headers, body limits.
pub fn app(state: AppState) -> Router {
    let mut router = Router::new()
        .merge(api::router().layer(DefaultBodyLimit::max(api::API_BODY_LIMIT)))
        .merge(web::router().layer(DefaultBodyLimit::max(web::FORM_BODY_LIMIT)))
        .fallback(|| async { ApiFailure::new(ApiErrorCode::NotFound, "no such path") });
    for (name, value) in SECURITY_HEADERS {
        router = router.layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ));
    }
    router.with_state(state)
}

/// Serves the application on `listener` until Ctrl-C, pruning old tombstones, sessions and
/// batch answers every hour.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    let maintenance = state.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            if let Err(err) = maintain(&maintenance).await {
                tracing::error!(error = %err, "maintenance failed");
            }
        }
    });
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// Drops tombstones older than the retention, expired sessions and week-old batch answers.
pub async fn maintain(state: &AppState) -> Result<(), store::Error> {
    let now_ms = state.clock.now_ms();
    let day_ms = 24 * 3600 * 1000;
    let tombstone_ms = now_ms - imr_protocol::limits::TOMBSTONE_RETENTION_DAYS * day_ms;
    state
        .store
        .run(move |tx| {
            tx.prune_tombstones(tombstone_ms)?;
            tx.prune_sessions(now_ms, now_ms - 7 * day_ms)
        })
        .await
}
