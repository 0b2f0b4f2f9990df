package org.imrcompanion.ffi.tests

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckInInput
import java.util.concurrent.CyclicBarrier
import kotlin.concurrent.thread
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/** One ImrCore shared by many threads, as the app's screens, workers and sync share it. */
class ConcurrencyTest {
    @Test(timeout = 120_000)
    fun coroutinesOnTheIoDispatcherShareOneCore() {
        TempDatabase().use { db ->
            val core = db.open()
            val today = core.checkIns().today()
            val days = (0L..7L).map { daysBefore(today, it) }
            val rounds = 20

            runBlocking(Dispatchers.IO) {
                days.mapIndexed { n, day ->
                    async {
                        val checkIns = core.checkIns() // each worker takes its own handle
                        for (round in 1..rounds) {
                            val saved = checkIns.save(CheckInInput(day = day, stress = n, mood = round % 11))
                            assertEquals(round % 11, saved.mood)
                            assertEquals(saved, checkIns.get(day))
                            core.checkIns().list(days.last(), today) // readers beside the writers
                            core.settings().get()
                        }
                    }
                }.awaitAll()
            }

            val stored = core.checkIns().list(days.last(), today)
            assertEquals(days.reversed(), stored.map { it.day })
            for (checkIn in stored) {
                assertEquals(rounds % 11, checkIn.mood)
                assertEquals(rounds.toLong(), checkIn.info.changeCounter, "every save of ${checkIn.day} counted")
            }
            core.closeDatabase()
        }
    }

    @Test(timeout = 120_000)
    fun closingWhileOtherThreadsWorkGivesThemClosedNotACrash() {
        TempDatabase().use { db ->
            val core = db.open()
            val today = core.checkIns().today()
            val start = CyclicBarrier(5)
            val outcomes = java.util.concurrent.ConcurrentLinkedQueue<String>()
            val workers = (1..4).map { n ->
                thread {
                    start.await()
                    val checkIns = core.checkIns()
                    repeat(200) {
                        try {
                            checkIns.save(CheckInInput(day = today, stress = n))
                            outcomes.add("saved")
                        } catch (e: ApiException.Closed) {
                            outcomes.add("closed")
                        }
                    }
                }
            }
            start.await()
            Thread.sleep(20)
            core.closeDatabase()
            workers.forEach { it.join() }
            assertEquals(800, outcomes.size, "every call returned")
            assertTrue(outcomes.all { it == "saved" || it == "closed" })
            kotlin.test.assertFailsWith<ApiException.Closed> { core.checkIns().get(today) }
        }
    }
}
