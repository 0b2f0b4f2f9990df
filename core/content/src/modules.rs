//! The 11 IMR modules as the participant reads them: title, what the module is about, and
//! homework ideas to pick from.

use imr_protocol::{Locale, ModuleKey};

use crate::catalogue::tr;
use crate::inventory::message_ids;

/// The module's title, as the participant's course material names it.
pub fn title(locale: Locale, key: ModuleKey) -> String {
    tr(locale, &format!("module-{key}"))
}

/// One or two plain sentences on what the module is about.
pub fn summary(locale: Locale, key: ModuleKey) -> String {
    tr(locale, &format!("module-{key}.summary"))
}

/// Homework ideas the participant (or clinician) can pick for this module, in a stable order.
/// How many there are is decided by the text files, not by code.
pub fn homework_ideas(locale: Locale, key: ModuleKey) -> Vec<String> {
    message_ids(&format!("module-{key}-homework-"))
        .into_iter()
        .map(|id| tr(locale, id))
        .collect()
}
