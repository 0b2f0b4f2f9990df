//! A fault-injecting HTTP proxy between a phone and the clinic: it drops requests, drops
//! responses after the server committed, sends requests twice and delays them, at rates a
//! test chooses, from a seeded random sequence so a failing run can be replayed.
//!
//! It handles one HTTP/1.1 request per connection and tells both sides to close, which keeps
//! the proxy simple and makes every dropped answer look to the phone like a lost network.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How often each fault happens, in percent of requests, and the longest delay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Faults {
    /// The request never reaches the server.
    pub drop_request: u32,
    /// The server handles the request, the phone never sees the answer.
    pub drop_response: u32,
    /// The server receives the request twice; the phone sees the second answer.
    pub duplicate: u32,
    /// The request waits up to `max_delay_ms` before it is forwarded.
    pub delay: u32,
    /// The longest delay.
    pub max_delay_ms: u64,
    /// Only requests whose path contains this are touched (all when `None`).
    pub only: Option<&'static str>,
}

/// What the proxy did, to check the faults really happened.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Injected {
    /// Requests forwarded untouched.
    pub passed: u32,
    /// Requests dropped before the server.
    pub dropped_requests: u32,
    /// Answers dropped after the server handled the request.
    pub dropped_responses: u32,
    /// Requests sent twice.
    pub duplicated: u32,
    /// Requests delayed.
    pub delayed: u32,
}

struct Plan {
    faults: Faults,
    rng: u64,
    injected: Injected,
}

impl Plan {
    /// xorshift64*: small, seedable, good enough to pick faults.
    fn next(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn roll(&mut self, percent: u32) -> bool {
        percent > 0 && self.next() % 100 < u64::from(percent)
    }
}

/// A running proxy.
#[derive(Clone)]
pub struct Proxy {
    /// The address phones use instead of the server's.
    pub base: String,
    plan: Arc<Mutex<Plan>>,
}

#[derive(Clone, Copy)]
enum Fault {
    Pass,
    DropRequest,
    DropResponse,
    Duplicate,
    Delay(Duration),
}

impl Proxy {
    /// Starts a proxy in front of `upstream` (`http://host:port`), passing everything until
    /// faults are set. `seed` fixes the fault sequence.
    pub async fn start(upstream: &str, seed: u64) -> std::io::Result<Proxy> {
        let upstream = upstream.trim_start_matches("http://").to_owned();
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}", listener.local_addr()?);
        let plan = Arc::new(Mutex::new(Plan {
            faults: Faults::default(),
            rng: seed | 1,
            injected: Injected::default(),
        }));
        let shared = plan.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(serve(client, upstream.clone(), shared.clone()));
            }
        });
        Ok(Proxy { base, plan })
    }

    /// Sets the fault rates from now on.
    pub fn set(&self, faults: Faults) {
        if let Ok(mut plan) = self.plan.lock() {
            plan.faults = faults;
        }
    }

    /// What the proxy did so far.
    pub fn injected(&self) -> Injected {
        self.plan.lock().map(|p| p.injected).unwrap_or_default()
    }
}

impl Plan {
    fn pick(&mut self, request_line: &str) -> Fault {
        let f = self.faults;
        if f.only.is_some_and(|path| !request_line.contains(path)) {
            self.injected.passed += 1;
            Fault::Pass
        } else if self.roll(f.drop_request) {
            self.injected.dropped_requests += 1;
            Fault::DropRequest
        } else if self.roll(f.drop_response) {
            self.injected.dropped_responses += 1;
            Fault::DropResponse
        } else if self.roll(f.duplicate) {
            self.injected.duplicated += 1;
            Fault::Duplicate
        } else if self.roll(f.delay) {
            self.injected.delayed += 1;
            Fault::Delay(Duration::from_millis(self.next() % f.max_delay_ms.max(1)))
        } else {
            self.injected.passed += 1;
            Fault::Pass
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Reads one request: headers and a `Content-Length` body. Adds `Connection: close` so the
/// server ends the connection after answering.
async fn read_request(client: &mut TcpStream) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i;
        }
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let length = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    while buf.len() < head_end + 4 + length {
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let mut out: Vec<u8> = head
        .lines()
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
        .collect::<Vec<_>>()
        .join("\r\n")
        .into_bytes();
    out.extend_from_slice(b"\r\nConnection: close\r\n\r\n");
    out.extend_from_slice(&buf[head_end + 4..head_end + 4 + length]);
    Ok(Some(out))
}

/// Sends the request to the server and reads its whole answer (it closes afterwards).
async fn forward(upstream: &str, request: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut server = TcpStream::connect(upstream).await?;
    server.write_all(request).await?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer).await?;
    // Tell the phone not to reuse this connection.
    if let Some(i) = find(&answer, b"\r\n") {
        answer.splice(i + 2..i + 2, b"connection: close\r\n".iter().copied());
    }
    Ok(answer)
}

async fn serve(mut client: TcpStream, upstream: String, plan: Arc<Mutex<Plan>>) {
    let Ok(Some(request)) = read_request(&mut client).await else {
        return;
    };
    let line = request.split(|b| *b == b'\n').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line).to_string();
    let fault = plan
        .lock()
        .map(|mut p| p.pick(&line))
        .unwrap_or(Fault::Pass);
    let answer = match fault {
        Fault::DropRequest => return,
        Fault::DropResponse => {
            let _ = forward(&upstream, &request).await;
            return;
        }
        Fault::Duplicate => {
            let _ = forward(&upstream, &request).await;
            forward(&upstream, &request).await
        }
        Fault::Delay(wait) => {
            tokio::time::sleep(wait).await;
            forward(&upstream, &request).await
        }
        Fault::Pass => forward(&upstream, &request).await,
    };
    if let Ok(answer) = answer {
        let _ = client.write_all(&answer).await;
        let _ = client.shutdown().await;
    }
}
