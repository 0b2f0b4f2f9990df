package org.imrcompanion.kit

import kotlinx.coroutines.runBlocking
import org.imrcompanion.ffi.LogLevel
import org.imrcompanion.ffi.LogRecord
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull

class CoreLogTest {
    private val folder = ParticipantFolder()
    private val records = LinkedBlockingQueue<LogRecord>()

    @AfterTest
    fun stop() {
        CoreLog.stop()
        folder.close()
    }

    private fun awaitMessage(message: String): LogRecord? {
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5)
        while (System.nanoTime() < deadline) {
            val record = records.poll(100, TimeUnit.MILLISECONDS) ?: continue
            if (record.message == message) return record
        }
        return null
    }

    @Test
    fun openingTheStoreReachesThePlatformLog() =
        runBlocking<Unit> {
            CoreLog.forward(LogLevel.INFO) { records.put(it) }
            val kit = ImrKit.open(folder.database.path, FixedKey(), testIo)
            kit.close()
            val opened = assertNotNull(awaitMessage("core opened"))
            assertEquals(LogLevel.INFO, opened.level)
            assertEquals("imr_ffi", opened.target)
        }
}
