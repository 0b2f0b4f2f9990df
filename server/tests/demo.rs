//! The demo clinic is stored through the device push path and shows the intended variety.
#![allow(clippy::unwrap_used)]

use imr_clinic::demo::{PROFILES, seed};
use imr_clinic::store::Store;
use imr_protocol::{RecordKind, Scope, WarningLevel, WarningStatus};

#[test]
fn the_demo_has_every_participant_enrolled_and_one_of_them_red() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("demo.db")).unwrap();
    let login = seed(&store, jiff::Timestamp::now()).unwrap();
    let levels: Vec<WarningLevel> = store
        .write(|tx| {
            let me = tx.clinician_by_email(&login.email)?.unwrap();
            assert!(me.demo);
            let caseload = tx.caseload(me.id)?;
            assert_eq!(caseload.len(), PROFILES.len());
            let mut levels = Vec::new();
            for p in caseload {
                assert_eq!(
                    tx.devices_of(p.id)?.len(),
                    1,
                    "each participant paired a phone"
                );
                assert!(tx.records_of_kind(p.id, RecordKind::CheckIn, "")?.len() > 20);
                let status = tx.records_of_kind(p.id, RecordKind::WarningStatus, "")?;
                let group = status[0].data[&Scope::WarningSigns].clone();
                let status: WarningStatus =
                    serde_json::from_value(serde_json::Value::Object(group)).unwrap();
                levels.push(status.level);
            }
            Ok::<_, imr_clinic::store::Error>(levels)
        })
        .unwrap();
    assert_eq!(
        levels.iter().filter(|l| **l == WarningLevel::Red).count(),
        1,
        "{levels:?}"
    );
    assert!(levels.contains(&WarningLevel::Amber) && levels.contains(&WarningLevel::Green));
    assert_eq!(
        store.write(|tx| tx.verify_audit()).unwrap().unwrap() as usize,
        PROFILES.len()
    );
}
