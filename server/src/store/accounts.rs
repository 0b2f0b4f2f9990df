//! Clinics, clinicians and their server-side sessions (stored in the database so several
//! server instances can share them later).

use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{Error, Tx, uuid_col};

/// A clinician's role at their clinic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Sees and works with the participants in their care teams.
    Clinician,
    /// Also manages the clinic's clinicians and care teams and reads the audit log.
    ClinicAdmin,
}

impl Role {
    /// The stored and logged name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Clinician => "clinician",
            Role::ClinicAdmin => "clinic_admin",
        }
    }

    fn parse(s: &str) -> Result<Role, Error> {
        match s {
            "clinician" => Ok(Role::Clinician),
            "clinic_admin" => Ok(Role::ClinicAdmin),
            _ => Err(Error::Corrupt("clinicians.role")),
        }
    }
}

/// A clinician account.
#[derive(Clone, Debug, PartialEq)]
pub struct ClinicianRow {
    /// Account id.
    pub id: Uuid,
    /// Their clinic.
    pub clinic_id: Uuid,
    /// The clinic's name.
    pub clinic_name: String,
    /// Login name.
    pub email: String,
    /// Name shown to colleagues and in the participant's access log.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// argon2id PHC string.
    pub password_hash: String,
    /// TOTP secret, base32.
    pub totp_secret: String,
    /// The last TOTP time step accepted (a code is accepted once).
    pub totp_last_step: u64,
    /// A demo account (may log in without the second factor, in demo mode only).
    pub demo: bool,
    /// Whether the account may log in.
    pub active: bool,
}

/// A browser session.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionRow {
    /// The logged-in clinician; `None` before login.
    pub clinician_id: Option<Uuid>,
    /// The token forms must carry.
    pub csrf: String,
    /// The language chosen in this session.
    pub locale: Option<String>,
}

const CLINICIAN_COLS: &str = "c.id, c.clinic_id, k.name, c.email, c.display_name, c.role, c.password_hash,
    c.totp_secret, c.totp_last_step, c.demo, c.active FROM clinicians c JOIN clinics k ON k.id = c.clinic_id";

type ClinicianTuple = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    bool,
    bool,
);

fn clinician_tuple(r: &rusqlite::Row) -> rusqlite::Result<ClinicianTuple> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
    ))
}

fn to_clinician(t: ClinicianTuple) -> Result<ClinicianRow, Error> {
    Ok(ClinicianRow {
        id: uuid_col(t.0, "clinicians.id")?,
        clinic_id: uuid_col(t.1, "clinicians.clinic_id")?,
        clinic_name: t.2,
        email: t.3,
        display_name: t.4,
        role: Role::parse(&t.5)?,
        password_hash: t.6,
        totp_secret: t.7,
        totp_last_step: t.8 as u64,
        demo: t.9,
        active: t.10,
    })
}

impl Tx<'_> {
    /// Creates a clinic.
    pub fn create_clinic(&self, name: &str, now: &str) -> Result<Uuid, Error> {
        let id = Uuid::new_v4();
        self.tx.execute(
            "INSERT INTO clinics(id, name, created_at) VALUES (?1, ?2, ?3)",
            params![id.to_string(), name, now],
        )?;
        Ok(id)
    }

    /// The clinic's name.
    pub fn clinic_name(&self, clinic: Uuid) -> Result<Option<String>, Error> {
        Ok(self
            .tx
            .prepare_cached("SELECT name FROM clinics WHERE id = ?1")?
            .query_row([clinic.to_string()], |r| r.get(0))
            .optional()?)
    }

    /// Creates a clinician account. The email is stored lower-cased.
    #[allow(clippy::too_many_arguments)]
    pub fn create_clinician(
        &self,
        clinic: Uuid,
        email: &str,
        display_name: &str,
        role: Role,
        password_hash: &str,
        totp_secret: &str,
        demo: bool,
        now: &str,
    ) -> Result<Uuid, Error> {
        let id = Uuid::new_v4();
        self.tx.execute(
            "INSERT INTO clinicians(id, clinic_id, email, display_name, role, password_hash, totp_secret, demo, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![id.to_string(), clinic.to_string(), email.to_lowercase(), display_name, role.as_str(), password_hash, totp_secret, demo, now],
        )?;
        Ok(id)
    }

    /// Whether a login name is taken.
    pub fn email_taken(&self, email: &str) -> Result<bool, Error> {
        Ok(self
            .tx
            .query_row(
                "SELECT 1 FROM clinicians WHERE email = ?1",
                [email.to_lowercase()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// The account with this login name.
    pub fn clinician_by_email(&self, email: &str) -> Result<Option<ClinicianRow>, Error> {
        let sql = format!("SELECT {CLINICIAN_COLS} WHERE c.email = ?1");
        self.tx
            .prepare_cached(&sql)?
            .query_row([email.to_lowercase()], clinician_tuple)
            .optional()?
            .map(to_clinician)
            .transpose()
    }

    /// The account with this id.
    pub fn clinician(&self, id: Uuid) -> Result<Option<ClinicianRow>, Error> {
        let sql = format!("SELECT {CLINICIAN_COLS} WHERE c.id = ?1");
        self.tx
            .prepare_cached(&sql)?
            .query_row([id.to_string()], clinician_tuple)
            .optional()?
            .map(to_clinician)
            .transpose()
    }

    /// The clinic's clinicians, by name.
    pub fn clinicians_of(&self, clinic: Uuid) -> Result<Vec<ClinicianRow>, Error> {
        let sql = format!("SELECT {CLINICIAN_COLS} WHERE c.clinic_id = ?1 ORDER BY c.display_name");
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows: Vec<_> = stmt
            .query_map([clinic.to_string()], clinician_tuple)?
            .collect::<Result<_, _>>()?;
        rows.into_iter().map(to_clinician).collect()
    }

    /// Turns an account on or off.
    pub fn set_clinician_active(&self, id: Uuid, active: bool) -> Result<(), Error> {
        self.tx.execute(
            "UPDATE clinicians SET active = ?2 WHERE id = ?1",
            params![id.to_string(), active],
        )?;
        if !active {
            self.tx.execute(
                "DELETE FROM sessions WHERE clinician_id = ?1",
                [id.to_string()],
            )?;
        }
        Ok(())
    }

    /// Records the TOTP step just accepted, so the same code cannot be used twice.
    pub fn set_totp_step(&self, id: Uuid, step: u64) -> Result<(), Error> {
        self.tx.execute(
            "UPDATE clinicians SET totp_last_step = ?2 WHERE id = ?1",
            params![id.to_string(), step as i64],
        )?;
        Ok(())
    }

    /// Stores a session by its token's hash.
    pub fn create_session(
        &self,
        token_hash: &str,
        clinician: Option<Uuid>,
        csrf: &str,
        locale: Option<&str>,
        expires_at_ms: i64,
    ) -> Result<(), Error> {
        self.tx.execute(
            "INSERT INTO sessions(token_hash, clinician_id, csrf, locale, expires_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![token_hash, clinician.map(|c| c.to_string()), csrf, locale, expires_at_ms],
        )?;
        Ok(())
    }

    /// The unexpired session with this token hash.
    pub fn session(&self, token_hash: &str, now_ms: i64) -> Result<Option<SessionRow>, Error> {
        let row = self
            .tx
            .prepare_cached("SELECT clinician_id, csrf, locale FROM sessions WHERE token_hash = ?1 AND expires_at_ms > ?2")?
            .query_row(params![token_hash, now_ms], |r| Ok((r.get::<_, Option<String>>(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        row.map(|(c, csrf, locale)| {
            Ok(SessionRow {
                clinician_id: c
                    .map(|c| uuid_col(c, "sessions.clinician_id"))
                    .transpose()?,
                csrf,
                locale,
            })
        })
        .transpose()
    }

    /// Changes the session's language.
    pub fn set_session_locale(&self, token_hash: &str, locale: &str) -> Result<(), Error> {
        self.tx.execute(
            "UPDATE sessions SET locale = ?2 WHERE token_hash = ?1",
            [token_hash, locale],
        )?;
        Ok(())
    }

    /// Ends a session (logout, or replaced at login).
    pub fn delete_session(&self, token_hash: &str) -> Result<(), Error> {
        self.tx
            .execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
        Ok(())
    }

    /// Drops expired sessions and old batch answers.
    pub fn prune_sessions(&self, now_ms: i64, batches_before_ms: i64) -> Result<(), Error> {
        self.tx
            .execute("DELETE FROM sessions WHERE expires_at_ms <= ?1", [now_ms])?;
        self.tx.execute(
            "DELETE FROM push_batches WHERE at_ms < ?1",
            [batches_before_ms],
        )?;
        Ok(())
    }
}
