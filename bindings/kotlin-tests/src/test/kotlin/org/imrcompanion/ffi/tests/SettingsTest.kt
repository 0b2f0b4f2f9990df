package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.Country
import org.imrcompanion.ffi.Locale
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull

class SettingsTest {
    @Test
    fun untilSavedTheDefaultsApply() {
        TempDatabase().use { db ->
            val core = db.open()
            val settings = core.settings().get()
            assertEquals(Locale.EN, settings.locale)
            assertEquals(4, settings.dayStartHour)
            assertNull(settings.reminderTime)
            core.closeDatabase()
        }
    }

    @Test
    fun savedSettingsComeBackTrimmedAndSurviveReopening() {
        TempDatabase().use { db ->
            val core = db.open()
            val wanted = core.settings().get().copy(
                locale = Locale.NB,
                timezone = " Europe/Oslo ",
                timezonePinned = true,
                dayStartHour = 5,
                reminderTime = "20:30",
                country = Country.NORWAY,
                usualSleepHours = 7.5,
            )
            val saved = core.settings().save(wanted)
            assertEquals(wanted.copy(timezone = "Europe/Oslo"), saved)
            core.closeDatabase()

            val reopened = db.open()
            assertEquals(saved, reopened.settings().get())
            reopened.closeDatabase()
        }
    }

    @Test
    fun badSettingsAreRefusedByFieldAndNothingChanges() {
        TempDatabase().use { db ->
            val core = db.open()
            val settings = core.settings()
            val before = settings.save(settings.get().copy(timezone = "Europe/Amsterdam", locale = Locale.NL))

            val cases = listOf(
                before.copy(timezone = "Mars/Olympus_Mons") to "settings.timezone",
                before.copy(dayStartHour = 13) to "settings.day_start_hour",
                before.copy(dayStartHour = -1) to "settings.day_start_hour",
                before.copy(reminderTime = "25:00") to "settings.reminder_time",
                before.copy(usualSleepHours = 30.0) to "settings.usual_sleep_hours",
            )
            for ((bad, field) in cases) {
                val error = assertFailsWith<ApiException.InvalidInput> { settings.save(bad) }
                assertEquals(field, error.field, error.reason)
                assertEquals(before, settings.get(), "nothing changed after refusing $field")
            }
            core.closeDatabase()
        }
    }
}
