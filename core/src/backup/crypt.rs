//! Sealing and opening the backup file with age's scrypt passphrase recipient.
//!
//! Each age failure is mapped to what the participant can do about it: try the passphrase
//! again, pick another file, or accept that this copy is damaged.

use std::io::{BufRead, BufReader, Read, Write};
use std::iter;

use age::DecryptError;
use age::secrecy::SecretString;

use super::BackupError;
use super::dump::Dump;

/// The first line of every age file.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// Encrypts the JSON of `dump` to `passphrase` into `out`.
pub(crate) fn seal(
    dump: &Dump,
    passphrase: &str,
    work_factor: Option<u8>,
    out: impl Write,
) -> Result<(), BackupError> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    if let Some(log_n) = work_factor {
        recipient.set_work_factor(log_n);
    }
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| BackupError::Io(std::io::Error::other(e.to_string())))?;
    let mut writer = encryptor.wrap_output(out)?;
    serde_json::to_writer(&mut writer, dump).map_err(std::io::Error::other)?;
    writer.finish()?.flush()?;
    Ok(())
}

fn damaged(why: impl std::fmt::Display) -> BackupError {
    BackupError::Damaged(why.to_string())
}

fn decrypt_error(e: DecryptError) -> BackupError {
    match e {
        // The passphrase stanza did not authenticate under the key this passphrase makes.
        DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed => {
            BackupError::WrongPassphrase
        }
        // An age file, but for other recipients (a key file, not a passphrase).
        DecryptError::NoMatchingKeys | DecryptError::UnknownFormat => BackupError::NotABackup,
        other => damaged(other),
    }
}

/// Decrypts a backup and reads its dump. Reads the whole stream, so a cut or changed
/// chunk anywhere is found before anything is restored.
pub(crate) fn open(input: impl Read, passphrase: &str) -> Result<Dump, BackupError> {
    let mut input = BufReader::new(input);
    let head = input.fill_buf()?;
    if head.len() < AGE_MAGIC.len() && AGE_MAGIC.starts_with(head) && !head.is_empty() {
        return Err(damaged("the file ends inside its header"));
    }
    if !head.starts_with(AGE_MAGIC) {
        return Err(BackupError::NotABackup);
    }
    let decryptor = age::Decryptor::new_buffered(input).map_err(decrypt_error)?;
    if !decryptor.is_scrypt() {
        return Err(BackupError::NotABackup);
    }
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    let mut reader = decryptor
        .decrypt(iter::once(&identity as &dyn age::Identity))
        .map_err(decrypt_error)?;
    let mut plain = Vec::new();
    reader.read_to_end(&mut plain).map_err(damaged)?;
    serde_json::from_slice(&plain).map_err(|e| damaged(format!("not a backup inside: {e}")))
}
