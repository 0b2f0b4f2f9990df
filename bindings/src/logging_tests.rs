use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use super::*;

/// A logger that passes each record on to the test.
struct Collecting(Mutex<Sender<LogRecord>>);

impl Logger for Collecting {
    fn log(&self, record: LogRecord) -> Result<(), LoggerError> {
        let _ = self.0.lock().unwrap().send(record);
        Ok(())
    }
}

/// Tells the test it was called, then panics.
struct Panicking(Mutex<Sender<()>>);

impl Logger for Panicking {
    fn log(&self, _record: LogRecord) -> Result<(), LoggerError> {
        let _ = self.0.lock().unwrap().send(());
        panic!("the app's logger crashed")
    }
}

/// Tells the test it was called, then fails.
struct Failing(Mutex<Sender<()>>);

impl Logger for Failing {
    fn log(&self, _record: LogRecord) -> Result<(), LoggerError> {
        let _ = self.0.lock().unwrap().send(());
        Err(LoggerError::Failed {
            reason: "disk full".into(),
        })
    }
}

/// Takes 200 ms per event, then passes it on.
struct Slow(Mutex<Sender<LogRecord>>);

impl Logger for Slow {
    fn log(&self, record: LogRecord) -> Result<(), LoggerError> {
        std::thread::sleep(Duration::from_millis(200));
        let _ = self.0.lock().unwrap().send(record);
        Ok(())
    }
}

fn with_bridge(bridge: &Bridge, body: impl FnOnce()) {
    let subscriber = tracing_subscriber::registry().with(bridge.layer());
    tracing::subscriber::with_default(subscriber, body);
}

const WAIT: Duration = Duration::from_secs(5);

#[test]
fn events_reach_the_logger_with_their_level_target_message_and_fields() {
    let bridge = Bridge::start(16);
    let (tx, rx) = channel();
    bridge.set(Some(Arc::new(Collecting(Mutex::new(tx)))), LogLevel::Debug);
    with_bridge(&bridge, || {
        tracing::debug!(target: "imr_core::store", records = 3, "migrated");
        tracing::trace!(target: "imr_core::store", "too detailed for this level");
    });
    let record = rx.recv_timeout(WAIT).unwrap();
    assert_eq!(
        record,
        LogRecord {
            level: LogLevel::Debug,
            target: "imr_core::store".into(),
            message: "migrated".into(),
            fields: HashMap::from([("records".into(), "3".into())]),
        }
    );
    assert!(
        rx.recv_timeout(Duration::from_millis(200)).is_err(),
        "trace is below Debug"
    );
}

#[test]
fn a_panicking_or_failing_logger_does_not_stop_later_events() {
    let bridge = Bridge::start(16);
    let (called, was_called) = channel();
    let broken: [Arc<dyn Logger>; 2] = [
        Arc::new(Panicking(Mutex::new(called.clone()))),
        Arc::new(Failing(Mutex::new(called))),
    ];
    for logger in broken {
        bridge.set(Some(logger), LogLevel::Info);
        with_bridge(&bridge, || tracing::info!("goes to the broken logger"));
        was_called.recv_timeout(WAIT).unwrap();
    }
    let (tx, rx) = channel();
    bridge.set(Some(Arc::new(Collecting(Mutex::new(tx)))), LogLevel::Info);
    with_bridge(&bridge, || tracing::info!("after the crash"));
    assert_eq!(rx.recv_timeout(WAIT).unwrap().message, "after the crash");
}

#[test]
fn a_slow_logger_never_makes_the_core_wait_and_hears_how_many_events_were_dropped() {
    let bridge = Bridge::start(4);
    let (tx, rx) = channel();
    bridge.set(Some(Arc::new(Slow(Mutex::new(tx)))), LogLevel::Info);
    let started = Instant::now();
    with_bridge(&bridge, || {
        for n in 0..1000 {
            tracing::info!(n, "busy");
        }
    });
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "took {:?}",
        started.elapsed()
    );

    with_bridge(&bridge, || tracing::info!("caught up"));
    // The bridge reports drops as it catches up, possibly in several notices (how many
    // depends on scheduling), so add up every notice it sends.
    let notices: Vec<_> = std::iter::from_fn(|| rx.recv_timeout(WAIT).ok())
        .filter(|r| r.message.contains("dropped"))
        .collect();
    assert!(
        !notices.is_empty(),
        "the logger hears that events were dropped"
    );
    assert!(notices.iter().all(|n| n.level == LogLevel::Warn));
    let dropped: u64 = notices
        .iter()
        .map(|n| n.fields["dropped"].parse::<u64>().unwrap())
        .sum();
    assert!(dropped > 900, "{notices:?}");
}

#[test]
fn a_cleared_logger_receives_nothing() {
    let bridge = Bridge::start(16);
    let (tx, rx) = channel();
    bridge.set(Some(Arc::new(Collecting(Mutex::new(tx)))), LogLevel::Trace);
    bridge.set(None, LogLevel::Trace);
    with_bridge(&bridge, || tracing::error!("nobody listens"));
    assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
}
