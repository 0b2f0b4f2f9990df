//! Suggested early warning signs, triggers and coping strategies to pick from.
//!
//! A suggestion's key is stored with the participant's own item (`suggestion_key`), so the
//! app knows where a text came from even after the participant edits it. Which suggestions
//! exist is decided by the text files, not by code.

use imr_protocol::Locale;

use crate::catalogue::tr;
use crate::inventory::message_ids;

/// One suggestion: its stable key and its text in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Stable key, e.g. `sleeping-less`.
    pub key: &'static str,
    /// The text to show (and to copy into the participant's list when chosen).
    pub text: String,
}

const SIGN: &str = "suggest-sign-";
const TRIGGER: &str = "suggest-trigger-";
const COPING: &str = "suggest-coping-";

fn list(locale: Locale, prefix: &str) -> Vec<Suggestion> {
    message_ids(prefix)
        .into_iter()
        .map(|id| Suggestion {
            key: &id[prefix.len()..],
            text: tr(locale, id),
        })
        .collect()
}

fn one(locale: Locale, prefix: &str, key: &str) -> Option<String> {
    message_ids(prefix)
        .into_iter()
        .find(|id| &id[prefix.len()..] == key)
        .map(|id| tr(locale, id))
}

/// Suggested early warning signs ("Sleeping less", "Withdrawing from people"...).
pub fn signs(locale: Locale) -> Vec<Suggestion> {
    list(locale, SIGN)
}

/// Suggested triggers: situations that raised stress before.
pub fn triggers(locale: Locale) -> Vec<Suggestion> {
    list(locale, TRIGGER)
}

/// Suggested coping strategies for the toolbox.
pub fn coping(locale: Locale) -> Vec<Suggestion> {
    list(locale, COPING)
}

/// The text of the sign suggestion `key`, if there is one.
pub fn sign(locale: Locale, key: &str) -> Option<String> {
    one(locale, SIGN, key)
}

/// The text of the trigger suggestion `key`, if there is one.
pub fn trigger(locale: Locale, key: &str) -> Option<String> {
    one(locale, TRIGGER, key)
}

/// The text of the coping suggestion `key`, if there is one.
pub fn coping_strategy(locale: Locale, key: &str) -> Option<String> {
    one(locale, COPING, key)
}
