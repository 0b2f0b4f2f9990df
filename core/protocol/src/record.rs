//! The record as it travels between phone and clinic.
//!
//! A record carries its identity and clock stamp, its key fields, and its data grouped by
//! consent scope. Grouping by scope on the wire means the server knows which scope every
//! field belongs to, even a field written by a newer app that this server does not know, so
//! it can keep such fields untouched and still purge a scope completely.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::{Uuid, uuid};

use crate::fields::{FieldScope, fields};
use crate::hlc::Hlc;
use crate::kind::{Identity, RecordKind};
use crate::scope::{Consent, Scope};

/// Namespace of the UUIDv5 ids made from natural keys.
pub const ID_NAMESPACE: Uuid = uuid!("5b0f7a4e-6c2d-4f4e-9d0a-1a6c3e2b9f71");

/// The id of the record of `kind` whose natural key is `key` (ignored for singletons), for
/// this participant. Two devices, or a reinstall, get the same id for the same thing.
pub fn natural_id(participant: Uuid, kind: RecordKind, key: &str) -> Uuid {
    let name = match kind.identity() {
        Identity::Singleton => format!("{participant}/{kind}"),
        _ => format!("{participant}/{kind}/{key}"),
    };
    Uuid::new_v5(&ID_NAMESPACE, name.as_bytes())
}

/// A field's value as text for [`natural_id`]: strings as they are, anything else as JSON.
pub fn key_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// One record on the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireRecord {
    /// What kind of record.
    pub kind: RecordKind,
    /// Stable id (random, or made from the natural key).
    pub id: Uuid,
    /// The stamp of the last write; the higher stamp wins.
    pub hlc: Hlc,
    /// When the record was first written (UTC).
    pub created_at: Timestamp,
    /// When the record was last written (UTC).
    pub updated_at: Timestamp,
    /// A tombstone: the record was deleted. Carries no data.
    #[serde(default)]
    pub deleted: bool,
    /// Natural key and parent references, sent whenever any part of the record is sent.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub key: Map<String, Value>,
    /// The record's fields grouped by consent scope; only shared scopes are present.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub data: BTreeMap<Scope, Map<String, Value>>,
}

/// Identity, clock and lifecycle of a record, without its fields.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RecordMeta {
    /// What kind of record.
    pub kind: RecordKind,
    /// Stable id.
    pub id: Uuid,
    /// The stamp of the last write.
    pub hlc: Hlc,
    /// First written.
    pub created_at: Timestamp,
    /// Last written.
    pub updated_at: Timestamp,
    /// Whether it is a tombstone.
    pub deleted: bool,
}

impl WireRecord {
    /// Builds the full wire form of a record from its flat fields (as the phone stores
    /// them), placing every field by the field-to-scope table. Local fields are dropped;
    /// `extra` holds fields this version does not know (received from a newer app), already
    /// grouped, and is kept as it came.
    pub fn from_fields(
        meta: RecordMeta,
        fields_in: &Map<String, Value>,
        extra: &BTreeMap<Scope, Map<String, Value>>,
    ) -> WireRecord {
        let mut record = WireRecord {
            kind: meta.kind,
            id: meta.id,
            hlc: meta.hlc,
            created_at: meta.created_at,
            updated_at: meta.updated_at,
            deleted: meta.deleted,
            key: Map::new(),
            data: BTreeMap::new(),
        };
        for spec in fields(meta.kind) {
            let Some(value) = fields_in.get(spec.name).filter(|v| !v.is_null()) else {
                continue;
            };
            match spec.scope {
                FieldScope::Key => {
                    record.key.insert(spec.name.to_owned(), value.clone());
                }
                FieldScope::Shared(scope) if !meta.deleted => {
                    record
                        .data
                        .entry(scope)
                        .or_default()
                        .insert(spec.name.to_owned(), value.clone());
                }
                _ => {}
            }
        }
        if !meta.deleted {
            for (scope, extras) in extra {
                let group = record.data.entry(*scope).or_default();
                for (name, value) in extras {
                    group.entry(name.clone()).or_insert_with(|| value.clone());
                }
            }
        }
        record
    }

    /// What of this record may leave the phone under `consent`: only the groups of shared
    /// scopes. `None` when nothing of it may be sent.
    ///
    /// A group is sent even when empty (every field of that scope cleared), so the other
    /// side clears them too; a tombstone is sent when any scope of its kind is shared.
    pub fn project(&self, consent: &Consent) -> Option<WireRecord> {
        let kind_scopes = crate::fields::scopes_of(self.kind);
        let shared: Vec<Scope> = kind_scopes
            .into_iter()
            .filter(|s| consent.shares(*s))
            .collect();
        if shared.is_empty() {
            return None;
        }
        let mut out = self.clone();
        out.data.clear();
        if !self.deleted {
            for scope in shared {
                out.data
                    .insert(scope, self.data.get(&scope).cloned().unwrap_or_default());
            }
        }
        Some(out)
    }

    /// The record's fields flattened into one map (key fields and every group), as the
    /// phone stores them. Fields the table does not know are left out: see [`Self::extras`].
    pub fn known_fields(&self) -> Map<String, Value> {
        let mut out = Map::new();
        for spec in fields(self.kind) {
            let value = match spec.scope {
                FieldScope::Key => self.key.get(spec.name),
                FieldScope::Shared(scope) => self.data.get(&scope).and_then(|g| g.get(spec.name)),
                FieldScope::Local => None,
            };
            if let Some(value) = value.filter(|v| !v.is_null()) {
                out.insert(spec.name.to_owned(), value.clone());
            }
        }
        out
    }

    /// Fields this version does not know (from a newer app), grouped by scope, to be kept
    /// untouched and sent on with the record.
    pub fn extras(&self) -> BTreeMap<Scope, Map<String, Value>> {
        let specs = fields(self.kind);
        let mut out = BTreeMap::new();
        for (scope, group) in &self.data {
            let unknown: Map<String, Value> = group
                .iter()
                .filter(|(name, _)| !specs.iter().any(|s| s.name == name.as_str()))
                .map(|(n, v)| (n.clone(), v.clone()))
                .collect();
            if !unknown.is_empty() {
                out.insert(*scope, unknown);
            }
        }
        out
    }

    /// Applies this (newer) record to the phone's copy of the same record: fields of the
    /// scopes it carries are taken from it (absent means cleared), fields of other scopes
    /// and local fields keep the phone's values. Sync between one's own devices covers
    /// shared scopes only.
    pub fn merge_into(&self, local: &mut Map<String, Value>) {
        for spec in fields(self.kind) {
            let incoming = match spec.scope {
                FieldScope::Key => self.key.get(spec.name),
                FieldScope::Shared(scope) => match self.data.get(&scope) {
                    Some(group) => group.get(spec.name),
                    None => continue,
                },
                FieldScope::Local => continue,
            };
            match incoming.filter(|v| !v.is_null()) {
                Some(value) => {
                    local.insert(spec.name.to_owned(), value.clone());
                }
                None => {
                    local.remove(spec.name);
                }
            }
        }
    }

    /// The id this record must have, for kinds whose id comes from a natural key; `None`
    /// for random ids or when the key field is missing (validation reports that).
    pub fn expected_id(&self, participant: Uuid) -> Option<Uuid> {
        match self.kind.identity() {
            Identity::Random => None,
            Identity::Singleton => Some(natural_id(participant, self.kind, "")),
            Identity::NaturalKey(field) => self
                .key
                .get(field)
                .map(|v| natural_id(participant, self.kind, &key_text(v))),
        }
    }
}
