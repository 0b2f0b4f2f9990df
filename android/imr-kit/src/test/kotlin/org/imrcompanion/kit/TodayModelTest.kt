package org.imrcompanion.kit

import kotlinx.coroutines.runBlocking
import org.imrcompanion.ffi.CheckIn
import org.imrcompanion.ffi.CheckInInput
import java.time.LocalDate
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull

class TodayModelTest {
    private val folder = ParticipantFolder()
    private val kit = runBlocking { ImrKit.open(folder.database.path, FixedKey(), testIo) }
    private val saved = mutableListOf<CheckIn>()

    @AfterTest
    fun closeAndRemove() {
        runBlocking { kit.close() }
        folder.close()
    }

    private fun model(scope: kotlinx.coroutines.CoroutineScope) = TodayModel(kit, scope) { saved += it }

    @Test
    fun anEmptyDayShowsTheCoresDayAndNoCheckIn() =
        runBlocking<Unit> {
            val model = model(this)
            model.refresh().join()
            val state = model.state.value
            assertEquals(kit.checkIns.today(), state.day)
            assertNull(state.checkIn)
            assertEquals(false, state.busy)
        }

    @Test
    fun aQuickCheckInIsShownAsStoredAndTriggersTheAfterSaveHook() =
        runBlocking<Unit> {
            val model = model(this)
            model.refresh().join()
            val day = assertNotNull(model.state.value.day)
            model.submit(CheckInInput(day = day, stress = 3, mood = 6)).join()
            val shown = assertNotNull(model.state.value.checkIn)
            assertEquals(3, shown.stress)
            assertEquals(6, shown.mood)
            assertEquals(listOf(shown), saved)
            assertEquals(shown, kit.checkIns.get(day))
        }

    @Test
    fun aRefusedMoodIsNamedAndNothingIsStored() =
        runBlocking<Unit> {
            val model = model(this)
            model.refresh().join()
            val day = assertNotNull(model.state.value.day)
            model.submit(CheckInInput(day = day, mood = 11)).join()
            val refused = assertNotNull(model.state.value.refused)
            assertEquals("check_in.mood", refused.field)
            assertNull(model.state.value.checkIn)
            assertNull(kit.checkIns.get(day))
            assertEquals(emptyList(), saved)
        }

    @Test
    fun aLateCheckInDoesNotReplaceTodaysOnScreen() =
        runBlocking<Unit> {
            val model = model(this)
            model.refresh().join()
            val day = assertNotNull(model.state.value.day)
            val yesterday = LocalDate.parse(day).minusDays(1).toString()
            model.submit(CheckInInput(day = yesterday, stress = 2)).join()
            assertNull(model.state.value.checkIn)
            val late = assertNotNull(kit.checkIns.get(yesterday))
            assertEquals(true, late.late)
        }
}
