//! The check-ins as CSV, for a clinician or researcher: one row a day, column names in the
//! participant's language, one column per warning sign and persistent symptom.
//!
//! RFC 4180: comma separated, CRLF line ends, a field holding a comma, quote, CR or LF is
//! quoted with quotes doubled. Free text that starts like a spreadsheet formula (`=`, `+`,
//! `-`, `@`) gets a leading apostrophe, so opening the file cannot run a participant's note
//! as a formula (OWASP "CSV injection").

use std::collections::BTreeSet;

use imr_content::{FluentValue, tr, tr_args, vocab};
use imr_protocol::Locale;
use jiff::civil::Date;
use uuid::Uuid;

use crate::error::Result;
use crate::records::check_in::CheckIn;
use crate::store::Store;

/// One RFC 4180 field.
pub(crate) fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Free text, defused against formula injection, as one field.
fn text_field(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        field(&format!("'{text}"))
    } else {
        field(text)
    }
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A sign or symptom column: its id and its name.
struct Named {
    id: Uuid,
    name: String,
}

/// Every sign or symptom ever listed (deleted ones too: old check-ins rate them), oldest
/// first, keeping those that are live or rated in the exported days.
fn named(store: &Store, table: &str, rated: &BTreeSet<Uuid>) -> Result<Vec<Named>> {
    store.read(|conn| {
        let mut stmt = conn.prepare(&format!(
            "SELECT id, text, deleted FROM {table} ORDER BY created_at, id"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name, deleted) = row?;
            let Ok(id) = Uuid::parse_str(&id) else {
                continue;
            };
            if !deleted || rated.contains(&id) {
                out.push(Named { id, name });
            }
        }
        Ok(out)
    })
}

fn row(
    locale: Locale,
    c: &CheckIn,
    signs: &[Named],
    symptoms: &[Named],
    coping: &[(Uuid, String)],
) -> Vec<String> {
    let yes_no = |b: bool| tr(locale, if b { "col-yes" } else { "col-no" });
    let mut out = vec![
        c.day.to_string(),
        yes_no(c.late),
        opt(c.stress),
        opt(c.mood),
        opt(c.sleep_hours),
        opt(c.sleep_quality),
        c.medication
            .map(|m| vocab::label(locale, m))
            .unwrap_or_default(),
    ];
    for s in signs {
        out.push(opt(c
            .sign_ratings
            .iter()
            .find(|r| r.id == s.id)
            .map(|r| r.rating)));
    }
    for s in symptoms {
        out.push(opt(c
            .symptom_ratings
            .iter()
            .find(|r| r.id == s.id)
            .map(|r| r.rating)));
    }
    let substances: Vec<String> = c
        .substances
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                vocab::label(locale, s.kind),
                vocab::label(locale, s.amount)
            )
        })
        .collect();
    out.push(field(&substances.join("; ")));
    let used: Vec<String> = c
        .coping
        .iter()
        .map(|u| {
            let name = coping
                .iter()
                .find(|(id, _)| *id == u.strategy_id)
                .map_or_else(|| u.strategy_id.to_string(), |(_, n)| n.clone());
            match u.helpful {
                Some(h) => format!(
                    "{name} ({})",
                    tr_args(locale, "col-helped", &[("rating", FluentValue::from(h))])
                ),
                None => name,
            }
        })
        .collect();
    out.push(text_field(&used.join("; ")));
    out.push(text_field(c.note.as_deref().unwrap_or_default()));
    out
}

impl Store {
    /// The check-ins from `from` to `to` (both included) as CSV text in the participant's
    /// language: a header row, then one row per day that has a check-in, oldest first.
    pub fn check_ins_csv(&self, from: Date, to: Date) -> Result<String> {
        let locale = self.settings().get()?.locale;
        let check_ins = self.check_ins().list(from, to)?;
        let rated_signs = check_ins
            .iter()
            .flat_map(|c| c.sign_ratings.iter().map(|r| r.id))
            .collect();
        let rated_symptoms = check_ins
            .iter()
            .flat_map(|c| c.symptom_ratings.iter().map(|r| r.id))
            .collect();
        let signs = named(self, "warning_sign", &rated_signs)?;
        let symptoms = named(self, "persistent_symptom", &rated_symptoms)?;
        let coping: Vec<(Uuid, String)> = self.read(|conn| {
            let mut stmt = conn.prepare("SELECT id, title FROM coping_strategy")?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            let mut out = Vec::new();
            for row in rows {
                let (id, title) = row?;
                if let Ok(id) = Uuid::parse_str(&id) {
                    out.push((id, title));
                }
            }
            Ok(out)
        })?;
        let mut header: Vec<String> = [
            "col-day",
            "col-late",
            "col-stress",
            "col-mood",
            "col-sleep-hours",
            "col-sleep-quality",
            "col-medication",
        ]
        .iter()
        .map(|id| field(&tr(locale, id)))
        .collect();
        for (list, id) in [(&signs, "col-sign"), (&symptoms, "col-symptom")] {
            for s in list.iter() {
                header.push(text_field(&tr_args(
                    locale,
                    id,
                    &[("name", FluentValue::from(s.name.as_str()))],
                )));
            }
        }
        for id in ["col-substances", "col-coping", "col-note"] {
            header.push(field(&tr(locale, id)));
        }
        let mut out = header.join(",");
        out.push_str("\r\n");
        for c in &check_ins {
            out.push_str(&row(locale, c, &signs, &symptoms, &coping).join(","));
            out.push_str("\r\n");
        }
        Ok(out)
    }
}
