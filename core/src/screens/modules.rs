//! The Modules screen: the 11 IMR modules with their titles, summaries, the participant's
//! progress and the homework of each (own and the clinician's), with ideas to pick from.

use imr_content::{FluentValue, dates, modules, tr, tr_args, vocab};
use imr_protocol::{HomeworkState, ModuleKey};
use uuid::Uuid;

use crate::AssignedBy;
use crate::error::Result;
use crate::records::settings;
use crate::store::Store;

/// One homework assignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HomeworkCard {
    /// The assignment.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// Its description, as written.
    pub description: Option<String>,
    /// "Due by ...".
    pub due_text: Option<String>,
    /// "From your clinician" / "Added by you".
    pub from: String,
    /// "To do", "Started", "Done".
    pub state: String,
    /// Whether it is done (for a tick).
    pub done: bool,
    /// What the participant learned, as written.
    pub reflection: Option<String>,
}

/// One module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleCard {
    /// The module.
    pub key: ModuleKey,
    /// Its title.
    pub title: String,
    /// What it is about.
    pub summary: String,
    /// "Not started", "In progress", "Completed".
    pub status: String,
    /// "Started on ..." / "Completed on ...".
    pub dates_text: Vec<String>,
    /// Its homework.
    pub homework: Vec<HomeworkCard>,
    /// Suggested homework ideas.
    pub ideas: Vec<String>,
}

/// Everything the Modules screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModulesModel {
    /// "Modules".
    pub title: String,
    /// The 11 modules in programme order.
    pub modules: Vec<ModuleCard>,
    /// Homework not tied to a module.
    pub other_homework: Vec<HomeworkCard>,
}

fn card(locale: imr_protocol::Locale, h: crate::Homework) -> HomeworkCard {
    let state = h.status.as_ref().map_or(HomeworkState::Todo, |s| s.state);
    HomeworkCard {
        id: h.id,
        due_text: h.due.map(|d| {
            tr_args(
                locale,
                "homework-due-on",
                &[("date", FluentValue::from(dates::day(locale, d)))],
            )
        }),
        from: tr(
            locale,
            match h.assigned_by {
                AssignedBy::Participant => "homework-from-you",
                AssignedBy::Clinician { .. } => "homework-from-clinician",
            },
        ),
        state: vocab::label(locale, state),
        done: state == HomeworkState::Done,
        reflection: h.status.and_then(|s| s.reflection),
        title: h.title,
        description: h.description,
    }
}

pub(super) fn build(store: &Store) -> Result<ModulesModel> {
    let locale = store.read(settings::load)?.locale;
    let progress = store.modules().list()?;
    let mut homework = store.homework().list()?;
    let mut cards = Vec::new();
    for key in ModuleKey::ALL {
        let p = progress.iter().find(|p| p.module == *key);
        let (mine, rest): (Vec<_>, Vec<_>) =
            homework.into_iter().partition(|h| h.module == Some(*key));
        homework = rest;
        let mut dates_text = Vec::new();
        if let Some(d) = p.and_then(|p| p.started_on) {
            dates_text.push(tr_args(
                locale,
                "module-started-on",
                &[("date", FluentValue::from(dates::day_with_year(locale, d)))],
            ));
        }
        if let Some(d) = p.and_then(|p| p.completed_on) {
            dates_text.push(tr_args(
                locale,
                "module-completed-on",
                &[("date", FluentValue::from(dates::day_with_year(locale, d)))],
            ));
        }
        cards.push(ModuleCard {
            key: *key,
            title: modules::title(locale, *key),
            summary: modules::summary(locale, *key),
            status: vocab::label(
                locale,
                p.map_or(imr_protocol::ModuleStatus::NotStarted, |p| p.status),
            ),
            dates_text,
            homework: mine.into_iter().map(|h| card(locale, h)).collect(),
            ideas: modules::homework_ideas(locale, *key),
        });
    }
    Ok(ModulesModel {
        title: tr(locale, "modules-heading"),
        modules: cards,
        other_homework: homework.into_iter().map(|h| card(locale, h)).collect(),
    })
}
