//! The core's `tracing` events, forwarded to the app's logger (Logcat on Android, os_log on
//! iOS).
//!
//! The core must never wait for, or fail because of, the app's logger. So the tracing layer
//! only puts each event into a bounded queue (dropping it when the queue is full, and
//! counting), and one forwarder thread takes events off the queue and calls the logger,
//! holding no lock during the call. A logger that throws, panics or is slow loses log lines,
//! never a check-in.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use tracing::field::{Field, Visit};
use tracing::subscriber::Interest;
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// How many events may wait for a slow logger before new ones are dropped.
pub const LOG_QUEUE_CAPACITY: usize = 1024;

/// How important a log event is, most important first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, uniffi::Enum)]
pub enum LogLevel {
    /// Something failed.
    Error,
    /// Something unexpected that the core handled.
    Warn,
    /// A milestone worth keeping (database opened, migration run).
    Info,
    /// Detail for developers.
    Debug,
    /// Fine-grained detail for developers.
    Trace,
}

impl LogLevel {
    fn rank(self) -> u8 {
        match self {
            LogLevel::Error => 1,
            LogLevel::Warn => 2,
            LogLevel::Info => 3,
            LogLevel::Debug => 4,
            LogLevel::Trace => 5,
        }
    }
}

impl From<&Level> for LogLevel {
    fn from(level: &Level) -> Self {
        match *level {
            Level::ERROR => LogLevel::Error,
            Level::WARN => LogLevel::Warn,
            Level::INFO => LogLevel::Info,
            Level::DEBUG => LogLevel::Debug,
            _ => LogLevel::Trace,
        }
    }
}

/// One log event of the core, as the app's logger receives it. Never carries what a
/// participant wrote: the core logs ids and counts, not content.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct LogRecord {
    /// How important it is.
    pub level: LogLevel,
    /// Where it comes from (the Rust module path, for example `imr_core::store`), usable as
    /// the Logcat tag or os_log category.
    pub target: String,
    /// The event's text.
    pub message: String,
    /// The event's other fields, formatted.
    pub fields: HashMap<String, String>,
}

/// A logger's failure. The core ignores it: a failed log line is lost, nothing else.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum LoggerError {
    /// The logger could not write the line.
    #[error("the logger failed: {reason}")]
    Failed {
        /// What went wrong.
        reason: String,
    },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for LoggerError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        LoggerError::Failed {
            reason: error.reason,
        }
    }
}

/// The app's logger. Called from one dedicated background thread, one event at a time, in
/// the order the core produced them; it may block or throw without harm to the core.
#[uniffi::export(with_foreign)]
pub trait Logger: Send + Sync {
    /// Write one event (to Logcat, os_log, a file...).
    fn log(&self, record: LogRecord) -> Result<(), LoggerError>;
}

/// Send the core's events of `max_level` and more important to `logger`, replacing any
/// logger set before. Call once at app start; safe to call again (for example to change the
/// level). If the process already routes `tracing` elsewhere, events keep going there.
#[uniffi::export]
pub fn set_logger(logger: Arc<dyn Logger>, max_level: LogLevel) {
    let bridge = global_bridge();
    bridge.set(Some(logger), max_level);
    tracing::info!(target: "imr_ffi", max_level = ?max_level, "logger set");
}

/// Stop forwarding events (for example when the app's logging is switched off). Events
/// already queued are dropped.
#[uniffi::export]
pub fn clear_logger() {
    if let Some(bridge) = GLOBAL.get() {
        bridge.set(None, LogLevel::Error);
    }
}

static GLOBAL: OnceLock<Bridge> = OnceLock::new();

/// The process-wide bridge, installed as the global `tracing` subscriber on first use.
fn global_bridge() -> &'static Bridge {
    GLOBAL.get_or_init(|| {
        let bridge = Bridge::start(LOG_QUEUE_CAPACITY);
        let subscriber = tracing_subscriber::registry().with(bridge.layer());
        // Fails only when the embedding process set its own subscriber first; then the
        // events go there and this bridge stays idle.
        let _ = tracing::subscriber::set_global_default(subscriber);
        bridge
    })
}

/// What the forwarder thread and the tracing layer share: the logger and the filter.
struct Shared {
    logger: Mutex<Option<Arc<dyn Logger>>>,
    /// 0 = off, 1 = error ... 5 = trace.
    max_rank: AtomicU8,
    dropped: AtomicU64,
}

impl Shared {
    fn wants(&self, level: &Level) -> bool {
        LogLevel::from(level).rank() <= self.max_rank.load(Ordering::Relaxed)
    }

    fn current_logger(&self) -> Option<Arc<dyn Logger>> {
        self.logger
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// A queue to one forwarder thread; the thread ends when the bridge is dropped.
pub(crate) struct Bridge {
    shared: Arc<Shared>,
    queue: SyncSender<LogRecord>,
}

impl Bridge {
    /// Start the forwarder thread with a queue of `capacity` events. No logger yet.
    pub(crate) fn start(capacity: usize) -> Self {
        let shared = Arc::new(Shared {
            logger: Mutex::new(None),
            max_rank: AtomicU8::new(0),
            dropped: AtomicU64::new(0),
        });
        let (queue, events) = sync_channel(capacity);
        let forwarder = Arc::clone(&shared);
        // If the thread cannot be started, the receiver is dropped and every event is
        // counted as dropped: logging is lost, the core is not.
        let _ = std::thread::Builder::new()
            .name("imr-log-forwarder".into())
            .spawn(move || forward(&forwarder, &events));
        Self { shared, queue }
    }

    /// Replace the logger and the level.
    pub(crate) fn set(&self, logger: Option<Arc<dyn Logger>>, max_level: LogLevel) {
        let rank = if logger.is_some() {
            max_level.rank()
        } else {
            0
        };
        *self
            .shared
            .logger
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = logger;
        self.shared.max_rank.store(rank, Ordering::Relaxed);
    }

    /// The tracing layer that feeds this bridge.
    pub(crate) fn layer(&self) -> ForwardLayer {
        ForwardLayer {
            shared: Arc::clone(&self.shared),
            queue: self.queue.clone(),
        }
    }
}

/// The forwarder thread: deliver each event, telling the logger how many were dropped.
fn forward(shared: &Shared, events: &Receiver<LogRecord>) {
    while let Ok(record) = events.recv() {
        let Some(logger) = shared.current_logger() else {
            continue;
        };
        let dropped = shared.dropped.swap(0, Ordering::Relaxed);
        if dropped > 0 {
            deliver(&*logger, dropped_notice(dropped));
        }
        deliver(&*logger, record);
    }
}

/// Call the logger; whatever it does (error, exception, panic) stays here.
fn deliver(logger: &dyn Logger, record: LogRecord) {
    let _ = catch_unwind(AssertUnwindSafe(|| logger.log(record)));
}

fn dropped_notice(count: u64) -> LogRecord {
    LogRecord {
        level: LogLevel::Warn,
        target: "imr_ffi::logging".into(),
        message: "log events dropped: the logger is slower than the core".into(),
        fields: HashMap::from([("dropped".to_owned(), count.to_string())]),
    }
}

/// The `tracing` layer: turns an event into a [`LogRecord`] and queues it, never waiting.
pub(crate) struct ForwardLayer {
    shared: Arc<Shared>,
    queue: SyncSender<LogRecord>,
}

impl<S: Subscriber> Layer<S> for ForwardLayer {
    fn register_callsite(&self, _metadata: &'static Metadata<'static>) -> Interest {
        // The level can change at run time, so ask `enabled` every time.
        Interest::sometimes()
    }

    fn enabled(&self, metadata: &Metadata<'_>, _ctx: Context<'_, S>) -> bool {
        self.shared.wants(metadata.level())
    }

    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let metadata = event.metadata();
        if !self.shared.wants(metadata.level()) {
            return;
        }
        let mut fields = FieldCollector::default();
        event.record(&mut fields);
        let record = LogRecord {
            level: metadata.level().into(),
            target: metadata.target().to_owned(),
            message: fields.message,
            fields: fields.others,
        };
        match self.queue.try_send(record) {
            Ok(()) => {}
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                self.shared.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

/// Collects an event's `message` and its other fields as text.
#[derive(Default)]
struct FieldCollector {
    message: String,
    others: HashMap<String, String>,
}

impl Visit for FieldCollector {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message.push_str(value);
        } else {
            self.others
                .insert(field.name().to_owned(), value.to_owned());
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.message, "{value:?}");
        } else {
            self.others
                .insert(field.name().to_owned(), format!("{value:?}"));
        }
    }
}

#[cfg(test)]
#[path = "logging_tests.rs"]
mod tests;
