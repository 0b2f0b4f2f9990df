package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckInInput
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
import kotlin.test.assertFailsWith
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

/** A logger stuck in a slow write until the test releases it; then it collects. */
class BlockedLogger : Logger {
    val release = CountDownLatch(1)
    val records = LinkedBlockingQueue<LogRecord>()
    override fun log(record: LogRecord) {
        release.await()
        records.put(record)
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

    @Test
    fun openingAndClosingTheCoreIsLogged() {
        val logger = CollectingLogger()
        setLogger(logger, LogLevel.INFO)
        TempDatabase().use { db ->
            db.open().closeDatabase()
        }
        assertNotNull(logger.await { it.message == "core opened" })
        assertNotNull(logger.await { it.message == "core closed" })
    }

    @Test
    fun refusedCallsAreLoggedWithTheFieldButNotTheValue() {
        val logger = CollectingLogger()
        setLogger(logger, LogLevel.DEBUG)
        TempDatabase().use { db ->
            val core = db.open()
            assertFailsWith<ApiException.InvalidInput> {
                core.checkIns().save(CheckInInput(day = core.checkIns().today(), note = "secret ".repeat(1000)))
            }
            core.closeDatabase()
        }
        val record = assertNotNull(logger.await { it.message == "call refused" })
        assertEquals(LogLevel.DEBUG, record.level)
        val error = assertNotNull(record.fields["error"])
        assertTrue("check_in.note" in error, error)
        assertTrue("secret" !in error, "the participant's text is not logged")
    }

    @Test(timeout = 120_000)
    fun aLoggerThatBlocksNeverHoldsUpTheCoreAndLearnsWhatWasDropped() {
        val logger = BlockedLogger()
        setLogger(logger, LogLevel.DEBUG)
        TempDatabase().use { db ->
            val core = db.open()
            val checkIns = core.checkIns()
            val today = checkIns.today()
            // Each refused save logs one event; far more than the queue holds.
            repeat(1500) {
                assertFailsWith<ApiException.InvalidInput> { checkIns.save(CheckInInput(day = today, stress = 11)) }
            }
            // The core kept working while the logger was stuck.
            assertEquals(5, checkIns.save(CheckInInput(day = today, stress = 5)).stress)
            core.closeDatabase()
        }
        logger.release.countDown()
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30)
        var notice: LogRecord? = null
        while (notice == null && System.nanoTime() < deadline) {
            val record = logger.records.poll(100, TimeUnit.MILLISECONDS) ?: continue
            if ("dropped" in record.message) notice = record
        }
        assertNotNull(notice, "the logger hears that events were dropped")
        assertEquals(LogLevel.WARN, notice.level)
        assertTrue(notice.fields.getValue("dropped").toInt() > 0)
    }
}
