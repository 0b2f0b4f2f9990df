//! Modules and homework, part three: IMR sessions, recorded by the participant or by the
//! clinician (read-only here).

use imr_protocol::{ModuleKey, RecordKind, SessionFormat};

use crate::convert;
use crate::error::ApiResult;
use crate::modules::ModulesAndHomeworkApi;
use crate::record_info::RecordInfo;
use crate::signs::all;

const KIND: RecordKind = RecordKind::Session;

/// What the session form sends.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SessionInput {
    /// The day (`YYYY-MM-DD`), not in the future.
    pub date: String,
    /// The module worked on.
    #[uniffi(default)]
    pub module: Option<ModuleKey>,
    /// Whether the participant attended.
    #[uniffi(default = true)]
    pub attended: bool,
    /// One to one or in a group.
    #[uniffi(default)]
    pub format: Option<SessionFormat>,
}

/// A stored session.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Session {
    /// Its id.
    pub id: String,
    /// Sync metadata.
    pub info: RecordInfo,
    /// Recorded by the clinician (read-only here).
    pub by_clinician: bool,
    /// The clinician's name, for the clinician's records.
    pub recorded_by: Option<String>,
    /// The day (`YYYY-MM-DD`).
    pub date: String,
    /// The module worked on.
    pub module: Option<ModuleKey>,
    /// Whether the participant attended.
    pub attended: bool,
    /// One to one or in a group.
    pub format: Option<SessionFormat>,
}

impl From<imr_core::Session> for Session {
    fn from(s: imr_core::Session) -> Self {
        Session {
            id: s.id.to_string(),
            info: s.info.into(),
            by_clinician: s.by_clinician,
            recorded_by: s.recorded_by,
            date: convert::date_text(s.date),
            module: s.module,
            attended: s.attended,
            format: s.format,
        }
    }
}

fn session_input(input: SessionInput) -> ApiResult<imr_core::SessionInput> {
    Ok(imr_core::SessionInput {
        date: convert::date(KIND, "date", &input.date)?,
        module: input.module,
        attended: input.attended,
        format: input.format,
    })
}

#[uniffi::export]
impl ModulesAndHomeworkApi {
    /// Records a session. `InvalidInput` for a future day.
    pub fn create_session(&self, input: SessionInput) -> ApiResult<Session> {
        Ok(self.store.sessions().create(&session_input(input)?)?.into())
    }

    /// Corrects a session the participant recorded; `ReadOnly` for the clinician's.
    pub fn update_session(&self, id: String, input: SessionInput) -> ApiResult<Session> {
        let id = convert::id(KIND, "id", &id)?;
        Ok(self
            .store
            .sessions()
            .update(id, &session_input(input)?)?
            .into())
    }

    /// One session, or null.
    pub fn session(&self, id: String) -> ApiResult<Option<Session>> {
        Ok(self
            .store
            .sessions()
            .get(convert::id(KIND, "id", &id)?)?
            .map(Into::into))
    }

    /// Every session of both recorders, newest first.
    pub fn sessions(&self) -> ApiResult<Vec<Session>> {
        Ok(all(self.store.sessions().list()?))
    }

    /// The day (`YYYY-MM-DD`) of the last session attended, or null.
    pub fn last_attended_session(&self) -> ApiResult<Option<String>> {
        Ok(convert::opt_date_text(
            self.store.sessions().last_attended()?,
        ))
    }

    /// Deletes a session the participant recorded; `ReadOnly` for the clinician's.
    pub fn delete_session(&self, id: String) -> ApiResult<()> {
        Ok(self
            .store
            .sessions()
            .delete(convert::id(KIND, "id", &id)?)?)
    }
}
