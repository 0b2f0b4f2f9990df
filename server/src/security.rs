//! Secrets: device tokens, session tokens, enrollment codes, passwords and TOTP, and a small
//! in-memory rate limiter for logins and enrollment attempts.

use std::collections::HashMap;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine as _;
use parking_lot::Mutex;
use rand::RngExt as _;
use sha2::{Digest, Sha256};
use totp_rs::{Builder, Secret};

/// A random secret of `bytes` bytes, URL-safe base64 (a device token uses 32: 256 bits).
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill(&mut buf[..]);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// The hash stored in place of a token or code, so a stolen database holds no usable secret.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Letters and digits that cannot be mistaken for one another when read aloud or typed.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
/// Characters in an enrollment code: 10 from 30 symbols is 49 bits.
const CODE_LEN: usize = 10;

/// A new one-time enrollment code, shown as `ABCDE-FGHJK`.
pub fn new_enrollment_code() -> String {
    let mut rng = rand::rng();
    let chars: String = (0..CODE_LEN)
        .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// The code as stored and compared: upper case, spaces and dashes removed.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// An argon2id hash (PHC string) of a password, with a random salt.
pub fn hash_password(password: &str) -> Option<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .ok()
        .map(|h| h.to_string())
}

/// Whether `password` matches the stored hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

/// A new TOTP secret (160 bits), base32 as authenticator apps expect.
pub fn new_totp_secret() -> String {
    let mut buf = [0u8; 20];
    rand::rng().fill(&mut buf[..]);
    Secret::from(buf).to_base32()
}

fn totp(secret_b32: &str) -> Option<totp_rs::Totp> {
    let secret = Secret::try_from_base32(secret_b32).ok()?;
    Builder::new().with_secret(secret).build().ok()
}

/// The time step a TOTP code is valid for at `now_s` (one step of skew either way), or
/// `None` when it is wrong.
pub fn check_totp(secret_b32: &str, code: &str, now_s: u64) -> Option<u64> {
    totp(secret_b32)?.check(code.trim(), now_s)
}

/// The TOTP code for `now_s` (what the clinician's authenticator app shows).
pub fn totp_code(secret_b32: &str, now_s: u64) -> Option<String> {
    Some(totp(secret_b32)?.generate(now_s).to_string())
}

/// The `otpauth://` address an authenticator app scans to add the account.
pub fn totp_url(secret_b32: &str, account: &str, issuer: &str) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// Counts failed attempts per key (an address, an account) in a sliding window and says
/// when there were too many.
#[derive(Debug)]
pub struct RateLimiter {
    max: usize,
    window_ms: i64,
    attempts: Mutex<HashMap<String, Vec<i64>>>,
}

impl RateLimiter {
    /// At most `max` failures per key within `window_ms`.
    pub fn new(max: usize, window_ms: i64) -> RateLimiter {
        RateLimiter {
            max,
            window_ms,
            attempts: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `key` has used up its attempts at `now_ms`.
    pub fn is_blocked(&self, key: &str, now_ms: i64) -> bool {
        let mut map = self.attempts.lock();
        let Some(times) = map.get_mut(key) else {
            return false;
        };
        times.retain(|t| now_ms - *t < self.window_ms);
        times.len() >= self.max
    }

    /// Counts a failed attempt.
    pub fn fail(&self, key: &str, now_ms: i64) {
        let mut map = self.attempts.lock();
        if map.len() > 100_000 {
            let window = self.window_ms;
            map.retain(|_, times| times.iter().any(|t| now_ms - *t < window));
        }
        map.entry(key.to_owned()).or_default().push(now_ms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enrollment_codes_carry_at_least_40_bits_and_normalise() {
        let bits = (CODE_ALPHABET.len() as f64).log2() * CODE_LEN as f64;
        assert!(bits >= 40.0, "{bits}");
        let code = new_enrollment_code();
        assert_eq!(code.len(), 11);
        assert_eq!(
            normalise_code(&code.to_lowercase().replace('-', " - ")),
            code.replace('-', "")
        );
    }

    #[test]
    fn a_totp_code_is_valid_now_and_not_ten_minutes_later() {
        let secret = new_totp_secret();
        let code = totp_code(&secret, 1_000_000).unwrap();
        assert!(check_totp(&secret, &code, 1_000_000).is_some());
        assert!(check_totp(&secret, &code, 1_000_600).is_none());
    }

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong horse", &hash));
    }

    #[test]
    fn the_limiter_blocks_after_max_failures_and_forgets_after_the_window() {
        let limiter = RateLimiter::new(2, 1000);
        limiter.fail("a", 0);
        assert!(!limiter.is_blocked("a", 1));
        limiter.fail("a", 1);
        assert!(limiter.is_blocked("a", 2));
        assert!(!limiter.is_blocked("b", 2));
        assert!(!limiter.is_blocked("a", 1001));
    }
}
