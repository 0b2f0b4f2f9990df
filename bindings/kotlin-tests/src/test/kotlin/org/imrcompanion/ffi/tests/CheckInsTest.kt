package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckInInput
import org.imrcompanion.ffi.CopingUse
import org.imrcompanion.ffi.Medication
import org.imrcompanion.ffi.Rating
import org.imrcompanion.ffi.SubstanceAmount
import org.imrcompanion.ffi.SubstanceKind
import org.imrcompanion.ffi.SubstanceUse
import java.util.UUID
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue

class CheckInsTest {
    private val db = TempDatabase()
    private val core = db.open()
    private val checkIns = core.checkIns()
    private val today = checkIns.today()

    @AfterTest
    fun closeAndRemove() {
        core.closeDatabase()
        db.close()
    }

    @Test
    fun aFullCheckInComesBackAsSaved() {
        val saved = checkIns.save(
            CheckInInput(
                day = today,
                stress = 4,
                mood = 7,
                sleepHours = 7.5,
                sleepQuality = 3,
                medication = Medication.PARTLY,
                substances = listOf(SubstanceUse(SubstanceKind.ALCOHOL, SubstanceAmount.SOME)),
                note = "  walked by the river  ",
            ),
        )
        assertEquals(today, saved.day)
        assertFalse(saved.late)
        assertEquals(4, saved.stress)
        assertEquals(7, saved.mood)
        assertEquals(7.5, saved.sleepHours)
        assertEquals(Medication.PARTLY, saved.medication)
        assertEquals(listOf(SubstanceUse(SubstanceKind.ALCOHOL, SubstanceAmount.SOME)), saved.substances)
        assertEquals("walked by the river", saved.note)
        assertEquals(1L, saved.info.changeCounter)
        assertTrue(UUID.fromString(saved.id) != null)
        assertEquals(saved, checkIns.get(today))
    }

    @Test
    fun savingTheSameDayAgainReplacesItUnderTheSameId() {
        val quick = checkIns.save(CheckInInput(day = today, stress = 8, mood = 2))
        val full = checkIns.save(CheckInInput(day = today, mood = 5, sleepHours = 6.0))
        assertEquals(quick.id, full.id)
        assertNull(full.stress, "saving replaces what the day held")
        assertEquals(5, full.mood)
        assertEquals(listOf(full), checkIns.list(daysBefore(today, 7), today))
    }

    @Test
    fun aCheckInForAPastDayIsMarkedLateAndListedInOrder() {
        checkIns.save(CheckInInput(day = today, mood = 6))
        val late = checkIns.save(CheckInInput(day = daysBefore(today, 3), mood = 4))
        assertTrue(late.late)
        assertEquals(listOf(daysBefore(today, 3), today), checkIns.list(daysBefore(today, 7), today).map { it.day })
    }

    @Test
    fun deletingRemovesTheDayAndDeletingANonexistentDayIsNotFound() {
        checkIns.save(CheckInInput(day = today, mood = 6))
        checkIns.delete(today)
        assertNull(checkIns.get(today))
        val error = assertFailsWith<ApiException.NotFound> { checkIns.delete(today) }
        assertTrue("check_in" in error.what, error.what)
    }

    @Test
    fun badInputIsRefusedNamingTheFieldAndNothingChanges() {
        val before = checkIns.save(CheckInInput(day = today, stress = 2, mood = 8))
        val cases = listOf(
            CheckInInput(day = today, stress = 11) to "check_in.stress",
            CheckInInput(day = today, mood = -1) to "check_in.mood",
            CheckInInput(day = today, sleepHours = 7.3) to "check_in.sleep_hours",
            CheckInInput(day = today, sleepQuality = 5) to "check_in.sleep_quality",
            CheckInInput(day = daysBefore(today, -1)) to "check_in.day",
            CheckInInput(day = daysBefore(today, 8)) to "check_in.day",
            CheckInInput(day = "2026-13-01") to "check_in.day",
            CheckInInput(day = today, signRatings = listOf(Rating("not-an-id", 1))) to "check_in.sign_ratings",
            CheckInInput(day = today, signRatings = listOf(Rating(UUID.randomUUID().toString(), 1))) to "check_in.sign_ratings",
            CheckInInput(day = today, coping = listOf(CopingUse(UUID.randomUUID().toString(), 2))) to "check_in.coping",
            CheckInInput(day = today, note = "x".repeat(4001)) to "check_in.note",
        )
        for ((input, field) in cases) {
            val error = assertFailsWith<ApiException.InvalidInput>(field) { checkIns.save(input) }
            assertEquals(field, error.field, error.reason)
            assertTrue(error.reason.isNotBlank())
            assertEquals(before, checkIns.get(today), "nothing changed after refusing $field")
        }
        assertEquals(listOf(before), checkIns.list(daysBefore(today, 7), today))
    }

    @Test
    fun theReasonSaysWhatIsAllowed() {
        val error = assertFailsWith<ApiException.InvalidInput> { checkIns.save(CheckInInput(day = today, stress = 11)) }
        assertEquals("must be between 0 and 10", error.reason)
        val tooOld = assertFailsWith<ApiException.InvalidInput> { checkIns.save(CheckInInput(day = daysBefore(today, 8))) }
        assertEquals("must be at most 7 days ago", tooOld.reason)
    }

    @Test
    fun aDayThatIsNotADateIsRefusedWhenReading() {
        val error = assertFailsWith<ApiException.InvalidInput> { checkIns.get("yesterday") }
        assertEquals("check_in.day", error.field)
    }
}
