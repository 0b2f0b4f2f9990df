//! Times dashboard pages as a logged-in clinician: the caseload and the admin's paginated
//! participant list.

use std::time::{Duration, Instant};

use imr_clinic::security;

type Failure = Box<dyn std::error::Error + Send + Sync>;

fn encode(pairs: &[(&str, &str)]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn cookie(resp: &reqwest::Response) -> Option<String> {
    resp.headers()
        .get("set-cookie")?
        .to_str()
        .ok()?
        .split(';')
        .next()
        .map(str::to_owned)
}

/// Logs in with password and TOTP; returns the session cookie.
pub async fn login(
    http: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
    totp: &str,
) -> Result<String, Failure> {
    let page = http.get(format!("{base}/login")).send().await?;
    let pre = cookie(&page).ok_or("no session cookie")?;
    let html = page.text().await?;
    let start = html.find("name=\"csrf\" value=\"").ok_or("no csrf")? + 19;
    let csrf = html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned();
    let now = jiff::Timestamp::now().as_second().max(0) as u64;
    let code = security::totp_code(totp, now).ok_or("bad totp secret")?;
    let resp = http
        .post(format!("{base}/login"))
        .header("cookie", pre)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(&[
            ("csrf", &csrf),
            ("email", email),
            ("password", password),
            ("code", &code),
        ]))
        .send()
        .await?;
    if resp.status() != 303 {
        return Err(format!("login refused: {}", resp.status()).into());
    }
    cookie(&resp).ok_or_else(|| "no session after login".into())
}

/// Fetches `path` `n` times; returns each duration.
pub async fn time_page(
    http: &reqwest::Client,
    base: &str,
    cookie: &str,
    path: &str,
    n: usize,
) -> Result<Vec<Duration>, Failure> {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        let resp = http
            .get(format!("{base}{path}"))
            .header("cookie", cookie)
            .send()
            .await?
            .error_for_status()?;
        resp.bytes().await?;
        out.push(started.elapsed());
    }
    Ok(out)
}
