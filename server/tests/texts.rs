//! Every dashboard text exists in English, Norwegian and Dutch: the keys the code names
//! literally, and the keys it builds from the protocol's vocabularies.
#![allow(clippy::unwrap_used)]

use imr_content::Catalogue;
use imr_protocol::{
    AlertEventType, GoalStatus, HomeworkState, Locale, ModuleKey, ModuleStatus, ScaleItem, Scope,
    SessionFormat, WarningLevel, WarningRule,
};

fn literal_keys() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let mut keys = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for pattern in ["t.t(\"", ".a(\"", "bad(\"", "Some(\"", ", \""] {
            for (at, _) in source.match_indices(pattern) {
                let rest = &source[at + pattern.len()..];
                let key = rest.split('"').next().unwrap();
                let looks_like_key = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
                    && key.contains('-');
                if looks_like_key
                    && (pattern != ", \"" && pattern != "Some(\""
                        || key.starts_with("error-")
                        || key.starts_with("login-"))
                {
                    keys.push(key.to_owned());
                }
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

fn built_keys() -> Vec<String> {
    let mut keys = Vec::new();
    keys.extend(WarningLevel::ALL.iter().map(|v| format!("level-{v}")));
    keys.extend(WarningRule::ALL.iter().map(|v| format!("reason-{v}")));
    keys.extend(Scope::ALL.iter().map(|v| format!("scope-{v}")));
    keys.extend(AlertEventType::ALL.iter().map(|v| format!("alert-{v}")));
    keys.extend(
        HomeworkState::ALL
            .iter()
            .map(|v| format!("homework-state-{v}")),
    );
    keys.extend(GoalStatus::ALL.iter().map(|v| format!("goal-status-{v}")));
    keys.extend(ModuleKey::ALL.iter().map(|v| format!("module-{v}")));
    keys.extend(
        ModuleStatus::ALL
            .iter()
            .map(|v| format!("module-status-{v}")),
    );
    keys.extend(
        SessionFormat::ALL
            .iter()
            .map(|v| format!("session-format-{v}")),
    );
    keys.extend(ScaleItem::ALL.iter().map(|v| format!("scale-item-{v}")));
    keys.extend(Locale::ALL.iter().map(|v| format!("language-{v}")));
    keys.extend(
        [
            "role-clinician",
            "role-clinic_admin",
            "scale-self",
            "scale-clinician",
        ]
        .map(String::from),
    );
    keys
}

#[test]
fn every_dashboard_text_exists_in_every_language() {
    let literal = literal_keys();
    assert!(
        literal.len() > 80,
        "the scan found only {} keys",
        literal.len()
    );
    let catalogue = Catalogue::get();
    let mut missing = Vec::new();
    for key in literal.iter().chain(&built_keys()) {
        for locale in Locale::ALL {
            if !catalogue.has(*locale, &format!("dash-{key}")) {
                missing.push(format!("{locale}: dash-{key}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing texts: {missing:#?}");
}

#[test]
fn the_three_dashboard_files_define_the_same_messages() {
    let ids = |lang: &str| -> Vec<String> {
        let (_, _, source) = imr_content::FILES
            .iter()
            .find(|(l, area, _)| *l == lang && *area == "dashboard")
            .unwrap();
        let mut ids: Vec<String> = source
            .lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id.to_owned())
            .filter(|id| id.starts_with("dash-"))
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids("en"), ids("nb"));
    assert_eq!(ids("en"), ids("nl"));
}
