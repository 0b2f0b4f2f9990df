//! The Plan screen: the relapse prevention plan (kriseplan / signaleringsplan) as the
//! participant carries it, with the crisis numbers of their country always on it.

use imr_content::{FluentValue, dates, tr, tr_args, vocab};

use super::parts::{CallLine, CrisisView, person_call, supporter_calls};
use crate::error::Result;
use crate::records::settings;
use crate::store::Store;

/// A warning sign as the plan lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignLine {
    /// The sign.
    pub text: String,
    /// "Counts from: Quite a bit".
    pub threshold_text: String,
    /// "This sign on its own means: act now", for red flags.
    pub red_flag_text: Option<String>,
}

/// Everything the Plan screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanModel {
    /// "My plan".
    pub title: String,
    /// Whether a plan was saved (else the screen invites to write one; numbers still show).
    pub exists: bool,
    /// "Last reviewed on ...".
    pub last_reviewed_text: Option<String>,
    /// Headings and contents, section by section.
    pub triggers_heading: String,
    /// Triggers.
    pub triggers: Vec<String>,
    /// "My early warning signs".
    pub signs_heading: String,
    /// Signs with threshold and red flag.
    pub signs: Vec<SignLine>,
    /// "What I do at amber".
    pub amber_heading: String,
    /// Amber steps.
    pub amber_steps: Vec<String>,
    /// "What I do and whom I contact at red".
    pub red_heading: String,
    /// Red steps.
    pub red_steps: Vec<String>,
    /// "My supporters".
    pub supporters_heading: String,
    /// Supporters with a phone, to call with one tap.
    pub supporters: Vec<CallLine>,
    /// "My clinician".
    pub clinician_heading: String,
    /// The clinician to call, if a number was given.
    pub clinician: Option<CallLine>,
    /// "What helps me, what does not, and who to tell".
    pub preferences_heading: String,
    /// What helps, what does not, who to tell, as written.
    pub preferences: Vec<String>,
    /// Crisis numbers for the settings' country and the participant's local numbers.
    pub crisis: CrisisView,
}

pub(super) fn build(store: &Store) -> Result<PlanModel> {
    let settings = store.read(settings::load)?;
    let locale = settings.locale;
    let plan = store.plan().get()?;
    let content = plan.as_ref().map(|p| p.content.clone()).unwrap_or_default();
    let signs = store
        .signs()
        .list_active()?
        .into_iter()
        .map(|s| SignLine {
            threshold_text: tr_args(
                locale,
                "plan-threshold",
                &[(
                    "rating",
                    FluentValue::from(
                        vocab::rating(locale, i64::from(s.threshold)).unwrap_or_default(),
                    ),
                )],
            ),
            red_flag_text: s.red_flag.then(|| tr(locale, "plan-red-flag")),
            text: s.text,
        })
        .collect();
    let clinician = content.clinician_phone.as_deref().map(|phone| {
        let name = content
            .clinician_name
            .clone()
            .unwrap_or_else(|| tr(locale, "plan-clinician"));
        person_call(locale, &name, Vec::new(), phone)
    });
    Ok(PlanModel {
        title: tr(locale, "plan-title"),
        exists: plan.is_some(),
        last_reviewed_text: content.last_reviewed.map(|d| {
            tr_args(
                locale,
                "plan-last-reviewed",
                &[("date", FluentValue::from(dates::day_with_year(locale, d)))],
            )
        }),
        triggers_heading: tr(locale, "plan-triggers"),
        triggers: store
            .triggers()
            .list()?
            .into_iter()
            .map(|t| t.text)
            .collect(),
        signs_heading: tr(locale, "plan-signs"),
        signs,
        amber_heading: tr(locale, "plan-amber-steps"),
        amber_steps: content.amber_steps.clone(),
        red_heading: tr(locale, "plan-red-steps"),
        red_steps: content.red_steps.clone(),
        supporters_heading: tr(locale, "plan-supporters"),
        supporters: supporter_calls(locale, &store.supporters().list()?),
        clinician_heading: tr(locale, "plan-clinician"),
        clinician,
        preferences_heading: tr(locale, "plan-preferences"),
        preferences: [&content.helps, &content.does_not_help, &content.who_to_tell]
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        crisis: CrisisView::new(locale, settings.country, &content.local_numbers),
    })
}
