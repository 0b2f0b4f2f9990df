package org.imrcompanion.kit

import org.imrcompanion.ffi.LogLevel
import org.imrcompanion.ffi.LogRecord
import org.imrcompanion.ffi.Logger
import org.imrcompanion.ffi.clearLogger
import org.imrcompanion.ffi.setLogger

/**
 * Sends the core's log events to the platform's log (Logcat on Android). The core logs
 * ids and counts, never what the participant wrote, so the events may go to the system log.
 */
object CoreLog {
    /** Forwards every event at [maxLevel] or more important to [sink]; replaces any earlier sink. */
    fun forward(
        maxLevel: LogLevel,
        sink: (LogRecord) -> Unit,
    ) {
        setLogger(
            object : Logger {
                override fun log(record: LogRecord) = sink(record)
            },
            maxLevel,
        )
    }

    /** Stops forwarding (tests, or the app going away). */
    fun stop() = clearLogger()
}
