package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.LogLevel
import org.imrcompanion.ffi.LogRecord
import org.imrcompanion.ffi.Logger
import org.imrcompanion.ffi.clearLogger
import org.imrcompanion.ffi.setLogger
import java.util.concurrent.CountDownLatch
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/** A logger written in Kotlin, collecting what the core sends it. */
class CollectingLogger : Logger {
    val records = LinkedBlockingQueue<LogRecord>()
    override fun log(record: LogRecord) {
        records.put(record)
    }

    /** The first record whose message matches, waiting up to 5 s. */
    fun await(predicate: (LogRecord) -> Boolean): LogRecord? {
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5)
        while (System.nanoTime() < deadline) {
            val record = records.poll(100, TimeUnit.MILLISECONDS) ?: continue
            if (predicate(record)) return record
        }
        return null
    }
}

/** A logger that throws on every call, after telling the test it was called. */
class ThrowingLogger : Logger {
    val called = CountDownLatch(1)
    override fun log(record: LogRecord) {
        called.countDown()
        throw IllegalStateException("Logcat is broken")
    }
}

class LoggerTest {
    @AfterTest
    fun stopLogging() = clearLogger()

    @Test
    fun theCoresEventsReachAKotlinLogger() {
        val logger = CollectingLogger()
        setLogger(logger, LogLevel.INFO)
        val record = assertNotNull(logger.await { it.message == "logger set" })
        assertEquals(LogLevel.INFO, record.level)
        assertEquals("imr_ffi", record.target)
        assertEquals("Info", record.fields["max_level"])
    }

    @Test
    fun aThrowingLoggerDoesNotBreakLaterLogging() {
        val throwing = ThrowingLogger()
        setLogger(throwing, LogLevel.TRACE)
        assertTrue(throwing.called.await(5, TimeUnit.SECONDS), "the throwing logger was called")

        val logger = CollectingLogger()
        setLogger(logger, LogLevel.TRACE)
        assertNotNull(logger.await { it.message == "logger set" })
    }
}
