//! Pieces several screens share: the level with its reasons and plan steps, crisis numbers,
//! one-tap calls, and a 0-3 rating with its words.

use imr_content::{FluentValue, crisis, levels, reasons, tr, tr_args, vocab};
use imr_engine::Evaluation;
use imr_protocol::limits::RATING_MAX;
use imr_protocol::{Country, Locale, WarningLevel};
use uuid::Uuid;

use crate::records::plan::{LocalNumber, PlanContent};
use crate::records::supporters::Supporter;

/// The warning level as the participant reads it, with why and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelView {
    /// The level (for the shell's colour and icon only).
    pub level: WarningLevel,
    /// Its short name ("Amber", "Gul", "Oranje").
    pub name: String,
    /// A calm headline.
    pub title: String,
    /// What it means and what helps.
    pub description: String,
    /// "Why".
    pub reasons_heading: String,
    /// One sentence per reason, in precedence order.
    pub reasons: Vec<String>,
    /// "Your steps for now".
    pub steps_heading: String,
    /// The plan's steps for this level (amber or red); empty at green and unknown.
    pub steps: Vec<String>,
}

impl LevelView {
    /// The view of `evaluation` with the matching steps of the plan.
    pub(crate) fn new(locale: Locale, evaluation: &Evaluation, plan: Option<&PlanContent>) -> Self {
        let level = evaluation.level;
        let steps = match (level, plan) {
            (WarningLevel::Amber, Some(p)) => p.amber_steps.clone(),
            (WarningLevel::Red, Some(p)) => p.red_steps.clone(),
            _ => Vec::new(),
        };
        LevelView {
            level,
            name: levels::name(locale, level),
            title: levels::title(locale, level),
            description: levels::description(locale, level),
            reasons_heading: tr(locale, "reasons-heading"),
            reasons: evaluation
                .reasons
                .iter()
                .map(|r| reasons::sentence(locale, r))
                .collect(),
            steps_heading: tr(locale, "plan-steps-heading"),
            steps,
        }
    }
}

/// A number to call with one tap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallLine {
    /// Who or what answers.
    pub label: String,
    /// For a supporter, their relation and what they agreed to do, as they were written.
    pub detail: Vec<String>,
    /// The number as people write it.
    pub display: String,
    /// The number to dial (digits and a leading +).
    pub dial: String,
    /// The button text ("Call 113").
    pub call: String,
}

/// Keeps digits and a leading + so the shell can dial what the participant typed.
fn dialable(number: &str) -> String {
    let mut out = String::new();
    for (i, c) in number.trim().chars().enumerate() {
        if c.is_ascii_digit() || (i == 0 && c == '+') {
            out.push(c);
        }
    }
    out
}

fn call_text(locale: Locale, what: &str) -> String {
    tr_args(
        locale,
        "crisis-call",
        &[("number", FluentValue::from(what.to_owned()))],
    )
}

/// Crisis numbers: the country's defaults (never chosen by language) and the participant's
/// own local numbers, with the plain "not an emergency service" note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisView {
    /// "Help now".
    pub heading: String,
    /// That the app is not an emergency service.
    pub note: String,
    /// The country's numbers, most urgent first.
    pub lines: Vec<CallLine>,
    /// Numbers the participant added (huisartsenpost, DPS acute team).
    pub local: Vec<CallLine>,
}

impl CrisisView {
    pub(crate) fn new(locale: Locale, country: Country, local: &[LocalNumber]) -> Self {
        CrisisView {
            heading: tr(locale, "crisis-heading"),
            note: tr(locale, "not-emergency"),
            lines: crisis::lines(locale, country)
                .into_iter()
                .map(|l| CallLine {
                    label: l.label,
                    detail: Vec::new(),
                    display: l.display.to_owned(),
                    dial: l.dial.to_owned(),
                    call: l.call,
                })
                .collect(),
            local: local
                .iter()
                .map(|n| CallLine {
                    label: n.label.clone(),
                    detail: Vec::new(),
                    display: n.number.clone(),
                    dial: dialable(&n.number),
                    call: call_text(locale, &n.number),
                })
                .collect(),
        }
    }
}

/// A person to call with one tap ("Call Anna").
pub(crate) fn person_call(
    locale: Locale,
    name: &str,
    detail: Vec<String>,
    phone: &str,
) -> CallLine {
    CallLine {
        label: name.to_owned(),
        detail,
        display: phone.to_owned(),
        dial: dialable(phone),
        call: call_text(locale, name),
    }
}

/// Supporters to call with one tap, in the participant's order; only those with a phone.
pub(crate) fn supporter_calls(locale: Locale, supporters: &[Supporter]) -> Vec<CallLine> {
    supporters
        .iter()
        .filter_map(|s| {
            let phone = s.phone.as_deref()?;
            let detail = s.relation.iter().chain(&s.agreed_to).cloned().collect();
            Some(person_call(locale, &s.name, detail, phone))
        })
        .collect()
}

/// One value the participant can pick, with its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The value sent back.
    pub value: String,
    /// What it says.
    pub label: String,
    /// Whether it is the current value.
    pub selected: bool,
}

/// A warning sign or symptom to rate 0-3.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatingField {
    /// The sign or symptom id (sent back with the rating).
    pub id: Uuid,
    /// Its text.
    pub label: String,
    /// The rating given today, if any.
    pub value: Option<u8>,
    /// The four ratings with their words, the current one selected.
    pub choices: Vec<Choice>,
}

impl RatingField {
    pub(crate) fn new(locale: Locale, id: Uuid, label: &str, value: Option<u8>) -> Self {
        RatingField {
            id,
            label: label.to_owned(),
            value,
            choices: (0..=RATING_MAX)
                .map(|v| Choice {
                    value: v.to_string(),
                    label: vocab::rating(locale, v).unwrap_or_default(),
                    selected: value.map(i64::from) == Some(v),
                })
                .collect(),
        }
    }
}
