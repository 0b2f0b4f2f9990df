import Foundation
import ImrFfi
import os

/// Sends the core's log events to the unified log (os_log), one category per Rust module.
/// The core logs ids and counts, never what the participant wrote.
public enum CoreLog {
    private final class Forwarder: ImrFfi.Logger, @unchecked Sendable {
        private let subsystem: String

        init(subsystem: String) {
            self.subsystem = subsystem
        }

        func log(record: LogRecord) throws {
            let logger = os.Logger(subsystem: subsystem, category: record.target)
            switch record.level {
            case .error:
                logger.error("\(record.message, privacy: .public)")
            case .warn:
                logger.warning("\(record.message, privacy: .public)")
            case .info:
                logger.info("\(record.message, privacy: .public)")
            case .debug, .trace:
                logger.debug("\(record.message, privacy: .public)")
            }
        }
    }

    /// Forwards events at `maxLevel` or more important; replaces any earlier forwarder.
    public static func forward(subsystem: String, maxLevel: LogLevel) {
        setLogger(logger: Forwarder(subsystem: subsystem), maxLevel: maxLevel)
    }

    /// Stops forwarding.
    public static func stop() {
        clearLogger()
    }
}
