package org.imrcompanion.kit

import kotlinx.coroutines.runBlocking
import org.imrcompanion.ffi.Country
import org.imrcompanion.ffi.Locale
import org.imrcompanion.ffi.Settings
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull

class SettingsModelTest {
    private val folder = ParticipantFolder()
    private val kit = runBlocking { ImrKit.open(folder.database.path, FixedKey(), testIo) }
    private val stored = mutableListOf<Settings>()

    @AfterTest
    fun closeAndRemove() {
        runBlocking { kit.close() }
        folder.close()
    }

    @Test
    fun onboardingChoicesAreStoredAndReportedForTheReminder() =
        runBlocking<Unit> {
            val model = SettingsModel(kit, this) { stored += it }
            model.refresh().join()
            val defaults = assertNotNull(model.state.value.settings)
            val chosen = defaults.copy(locale = Locale.NB, country = Country.NORWAY, timezone = "Europe/Oslo", reminderTime = "20:30")
            model.save(chosen).join()
            assertEquals(chosen, model.state.value.settings)
            assertEquals(listOf(chosen), stored)
            assertEquals(chosen, kit.settings.get())
        }

    @Test
    fun anUnknownTimezoneIsRefusedByNameAndTheStoredSettingsStay() =
        runBlocking<Unit> {
            val model = SettingsModel(kit, this) { stored += it }
            model.refresh().join()
            val before = assertNotNull(model.state.value.settings)
            model.save(before.copy(timezone = "Mars/Olympus")).join()
            assertEquals("settings.timezone", assertNotNull(model.state.value.refused).field)
            assertEquals(before, model.state.value.settings)
            assertEquals(before, kit.settings.get())
            assertEquals(emptyList(), stored)
        }

    @Test
    fun theLimitsComeFromTheCore() {
        val limits = ImrKit.limits()
        assertEquals(10L, limits.stressMoodMax)
        assertEquals(7L, limits.backfillDays)
    }
}
