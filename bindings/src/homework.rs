//! Modules and homework, part two: homework the participant sets themselves or the
//! clinician assigns (read-only here), and the participant's own progress report on each.

use imr_protocol::{HomeworkState, ModuleKey, RecordKind};

use crate::convert;
use crate::error::ApiResult;
use crate::modules::ModulesAndHomeworkApi;
use crate::record_info::RecordInfo;
use crate::signs::all;

const KIND: RecordKind = RecordKind::Homework;
const STATUS: RecordKind = RecordKind::HomeworkStatus;

/// Who set a homework. The clinician's can only be read and reported on.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum AssignedBy {
    /// The participant set it themselves.
    Participant,
    /// The clinician assigned it.
    Clinician {
        /// The clinician's name, when the clinic sent it.
        name: Option<String>,
    },
}

/// What the homework form sends.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct HomeworkInput {
    /// The module it belongs to, if any.
    #[uniffi(default)]
    pub module: Option<ModuleKey>,
    /// What to do.
    pub title: String,
    /// More about it.
    #[uniffi(default)]
    pub description: Option<String>,
    /// When it is due (`YYYY-MM-DD`).
    #[uniffi(default)]
    pub due: Option<String>,
}

/// The participant's progress report on one homework.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct HomeworkStatus {
    /// Its id (the same on every device).
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// How far along.
    pub state: HomeworkState,
    /// When it was done (`YYYY-MM-DD`).
    pub done_on: Option<String>,
    /// What the participant made of it.
    pub reflection: Option<String>,
}

/// What the progress form sends.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct HomeworkStatusInput {
    /// How far along.
    pub state: HomeworkState,
    /// When it was done (`YYYY-MM-DD`), not in the future.
    #[uniffi(default)]
    pub done_on: Option<String>,
    /// What the participant made of it.
    #[uniffi(default)]
    pub reflection: Option<String>,
}

/// A homework with the participant's report on it.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Homework {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Who set it.
    pub assigned_by: AssignedBy,
    /// The module it belongs to.
    pub module: Option<ModuleKey>,
    /// What to do.
    pub title: String,
    /// More about it.
    pub description: Option<String>,
    /// When it is due (`YYYY-MM-DD`).
    pub due: Option<String>,
    /// The participant's report, null until there is one.
    pub status: Option<HomeworkStatus>,
}

impl From<imr_core::Homework> for Homework {
    fn from(h: imr_core::Homework) -> Self {
        Homework {
            id: h.id.to_string(),
            info: h.info.into(),
            assigned_by: match h.assigned_by {
                imr_core::AssignedBy::Participant => AssignedBy::Participant,
                imr_core::AssignedBy::Clinician { name } => AssignedBy::Clinician { name },
            },
            module: h.module,
            title: h.title,
            description: h.description,
            due: convert::opt_date_text(h.due),
            status: h.status.map(|s| HomeworkStatus {
                id: s.id.to_string(),
                info: s.info.into(),
                state: s.state,
                done_on: convert::opt_date_text(s.done_on),
                reflection: s.reflection,
            }),
        }
    }
}

fn homework_input(input: HomeworkInput) -> ApiResult<imr_core::HomeworkInput> {
    Ok(imr_core::HomeworkInput {
        module: input.module,
        title: input.title,
        description: input.description,
        due: convert::opt_date(KIND, "due", input.due.as_deref())?,
    })
}

#[uniffi::export]
impl ModulesAndHomeworkApi {
    /// Adds homework the participant sets themselves. `InvalidInput` for an empty title.
    pub fn create_homework(&self, input: HomeworkInput) -> ApiResult<Homework> {
        Ok(self
            .store
            .homework()
            .create(&homework_input(input)?)?
            .into())
    }

    /// Changes the participant's own homework; `ReadOnly` for the clinician's.
    pub fn update_homework(&self, id: String, input: HomeworkInput) -> ApiResult<Homework> {
        let id = convert::id(KIND, "id", &id)?;
        Ok(self
            .store
            .homework()
            .update(id, &homework_input(input)?)?
            .into())
    }

    /// One homework with its report, or null.
    pub fn homework(&self, id: String) -> ApiResult<Option<Homework>> {
        Ok(self
            .store
            .homework()
            .get(convert::id(KIND, "id", &id)?)?
            .map(Into::into))
    }

    /// All homework of both kinds, by due date (undated last).
    pub fn homework_list(&self) -> ApiResult<Vec<Homework>> {
        Ok(all(self.store.homework().list()?))
    }

    /// Deletes the participant's own homework; `ReadOnly` for the clinician's.
    pub fn delete_homework(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .homework()
            .delete(convert::id(KIND, "id", &id)?)?)
    }

    /// Reports progress on any homework (own or the clinician's).
    pub fn set_homework_status(
        &self,
        homework_id: String,
        input: HomeworkStatusInput,
    ) -> ApiResult<Homework> {
        let homework_id = convert::id(STATUS, "homework_id", &homework_id)?;
        let input = imr_core::HomeworkStatusInput {
            state: input.state,
            done_on: convert::opt_date(STATUS, "done_on", input.done_on.as_deref())?,
            reflection: input.reflection,
        };
        Ok(self
            .store
            .homework()
            .set_status(homework_id, &input)?
            .into())
    }

    /// Withdraws the report on a homework.
    pub fn clear_homework_status(&self, homework_id: String) -> ApiResult<()> {
        let homework_id = convert::id(STATUS, "homework_id", &homework_id)?;
        Ok(self.store.homework().clear_status(homework_id)?)
    }
}
