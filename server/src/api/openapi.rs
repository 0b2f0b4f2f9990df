//! The OpenAPI 3 description of the device API, served at `paths::OPENAPI`. Hand-written;
//! a test checks that every route of the API appears in it.

use axum::Json;
use imr_protocol::api::paths;
use serde_json::{Value, json};

fn op(summary: &str, body: Option<&str>, answer: &str, auth: bool) -> Value {
    let mut op = json!({
        "summary": summary,
        "responses": {
            "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{answer}")}}}},
            "4XX": {"description": "Refused", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiError"}}}},
            "5XX": {"description": "Failed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiError"}}}}
        }
    });
    if let Some(body) = body {
        op["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{body}")}}}});
    }
    if !auth {
        op["security"] = json!([]);
    }
    op
}

fn object(required: &[&str], props: Value) -> Value {
    json!({"type": "object", "required": required, "properties": props})
}

/// The document.
pub fn spec() -> Value {
    let uuid = json!({"type": "string", "format": "uuid"});
    let consent = object(
        &["version", "scopes"],
        json!({
            "version": {"type": "integer", "minimum": 0},
            "scopes": {"type": "array", "items": {"type": "string", "enum": imr_protocol::Scope::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>()}}
        }),
    );
    let mut pull = op(
        "Records changed since the cursor, oldest first",
        None,
        "PullResponse",
        true,
    );
    pull["parameters"] = json!([
        {"name": "since", "in": "query", "required": true, "schema": {"type": "integer", "minimum": 0}},
        {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": imr_protocol::limits::PULL_PAGE_MAX_RECORDS}}
    ]);
    json!({
        "openapi": "3.0.3",
        "info": {"title": "IMR Companion clinic device API", "version": "1"},
        "components": {
            "securitySchemes": {"deviceToken": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "EnrollRequest": object(&["code", "device_id", "device_label"], json!({"code": {"type": "string"}, "device_id": uuid, "device_label": {"type": "string", "maxLength": 200}})),
                "EnrollResponse": object(&["device_token", "participant_id", "clinic_name", "consent", "server_time_ms"], json!({"device_token": {"type": "string"}, "participant_id": uuid, "clinic_name": {"type": "string"}, "consent": {"$ref": "#/components/schemas/Consent"}, "server_time_ms": {"type": "integer"}})),
                "DeviceStatus": object(&["participant_id", "clinic_name", "consent", "server_time_ms"], json!({"participant_id": uuid, "clinic_name": {"type": "string"}, "consent": {"$ref": "#/components/schemas/Consent"}, "server_time_ms": {"type": "integer"}})),
                "Consent": consent,
                "ConsentChange": object(&["base_version", "scopes"], json!({"base_version": {"type": "integer"}, "scopes": {"type": "array", "items": {"type": "string"}}})),
                "WireRecord": object(&["kind", "id", "hlc", "created_at", "updated_at"], json!({"kind": {"type": "string"}, "id": uuid, "hlc": object(&["wall_ms", "counter", "device"], json!({"wall_ms": {"type": "integer"}, "counter": {"type": "integer"}, "device": uuid})), "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"}, "deleted": {"type": "boolean"}, "key": {"type": "object"}, "data": {"type": "object", "additionalProperties": {"type": "object"}}})),
                "PushRequest": object(&["batch_id", "consent_version", "records"], json!({"batch_id": uuid, "consent_version": {"type": "integer"}, "records": {"type": "array", "maxItems": imr_protocol::limits::PUSH_BATCH_MAX_RECORDS, "items": {"$ref": "#/components/schemas/WireRecord"}}})),
                "PushResponse": object(&["batch_id", "results", "server_time_ms"], json!({"batch_id": uuid, "server_time_ms": {"type": "integer"}, "results": {"type": "array", "items": object(&["index", "outcome"], json!({"index": {"type": "integer"}, "id": uuid, "outcome": {"type": "string", "enum": ["applied", "superseded", "rejected"]}, "reason": {"type": "string"}, "field": {"type": "object"}}))}})),
                "PullResponse": object(&["records", "cursor", "has_more", "full_resync", "server_time_ms"], json!({"records": {"type": "array", "items": object(&["seq", "record"], json!({"seq": {"type": "integer"}, "record": {"$ref": "#/components/schemas/WireRecord"}}))}, "cursor": {"type": "integer"}, "has_more": {"type": "boolean"}, "full_resync": {"type": "boolean"}, "server_time_ms": {"type": "integer"}})),
                "AccessLog": object(&["entries"], json!({"entries": {"type": "array", "items": object(&["at", "actor", "role", "action", "what"], json!({"at": {"type": "string", "format": "date-time"}, "actor": {"type": "string"}, "role": {"type": "string"}, "action": {"type": "string", "enum": ["viewed", "wrote", "exported", "erased"]}, "what": {"type": "string"}}))}})),
                "ErasureReceipt": object(&["erased_at", "records_erased"], json!({"erased_at": {"type": "string", "format": "date-time"}, "records_erased": {"type": "integer"}})),
                "Empty": {"type": "object"},
                "ApiError": object(&["code", "message"], json!({"code": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "object"}}))
            }
        },
        "security": [{"deviceToken": []}],
        "paths": {
            paths::ENROLL: {"post": op("Turn a one-time enrollment code into a device token", Some("EnrollRequest"), "EnrollResponse", false)},
            paths::DEVICE: {
                "get": op("This device's pairing", None, "DeviceStatus", true),
                "delete": op("Unpair this device", None, "Empty", true)
            },
            paths::CONSENT: {
                "get": op("The consent the server holds", None, "Consent", true),
                "put": op("Change the consent; scopes turned off are purged", Some("ConsentChange"), "Consent", true)
            },
            paths::PUSH: {"post": op("Push a batch of changed records (idempotent by batch_id)", Some("PushRequest"), "PushResponse", true)},
            paths::PULL: {"get": pull},
            paths::ACCESS_LOG: {"get": op("Who at the clinic looked at this participant's data", None, "AccessLog", true)},
            paths::PARTICIPANT_DATA: {"delete": op("Erase everything the clinic holds about this participant", None, "ErasureReceipt", true)},
            paths::OPENAPI: {"get": op("This document", None, "Empty", false)}
        }
    })
}

/// `GET /api/v1/openapi.json`.
pub async fn document() -> Json<Value> {
    Json(spec())
}
