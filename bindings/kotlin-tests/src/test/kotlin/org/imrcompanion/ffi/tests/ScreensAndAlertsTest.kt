package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.AlertEventType
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckInInput
import org.imrcompanion.ffi.Country
import org.imrcompanion.ffi.LocalNumber
import org.imrcompanion.ffi.Locale
import org.imrcompanion.ffi.PlanContent
import org.imrcompanion.ffi.Rating
import org.imrcompanion.ffi.SeenMark
import org.imrcompanion.ffi.SupporterInput
import org.imrcompanion.ffi.WarningLevel
import org.imrcompanion.ffi.WarningSignInput
import java.util.UUID
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** A participant's days saved from Kotlin, then the screen models and alerts the app shows. */
class ScreensAndAlertsTest {
    private val db = TempDatabase()
    private val core = db.open()
    private val checkIns = core.checkIns()
    private val plan = core.signsAndPlan()
    private val screens = core.screens()
    private val alerts = core.alerts()
    private val today = checkIns.today()

    @AfterTest
    fun closeAndRemove() {
        core.closeDatabase()
        db.close()
    }

    private fun speak(locale: Locale) {
        val settings = core.settings()
        settings.save(settings.get().copy(locale = locale, country = Country.NORWAY))
    }

    private fun savePlan() {
        plan.savePlan(
            PlanContent(
                amberSteps = listOf("Go to bed at ten"),
                redSteps = listOf("Call Kari", "Call the DPS acute team"),
                localNumbers = listOf(LocalNumber("DPS acute team", "+47 22 11 22 11")),
            ),
        )
    }

    private fun rate(daysBack: Long, sign: String, rating: Int) {
        checkIns.save(CheckInInput(day = daysBefore(today, daysBack), stress = 5, signRatings = listOf(Rating(sign, rating))))
    }

    /** Sleeping less rated 0, 2, 3 on the last three days: amber. */
    private fun amberDays(): String {
        savePlan()
        val sleep = plan.createSign(WarningSignInput(text = "Sleeping less")).id
        rate(2, sleep, 0)
        rate(1, sleep, 2)
        rate(0, sleep, 3)
        return sleep
    }

    @Test
    fun amberShowsTheLevelItsReasonsInWordsAndThePlanStepsWithoutCrisisNumbers() {
        speak(Locale.EN)
        amberDays()
        val model = screens.today()
        assertEquals(WarningLevel.AMBER, model.level.level)
        assertEquals("Amber", model.level.name)
        assertEquals(1, model.level.reasons.size)
        assertTrue(model.level.reasons[0].contains("Sleeping less"), model.level.reasons[0])
        assertEquals(listOf("Go to bed at ten"), model.level.steps)
        assertNull(model.crisis, "crisis numbers lead only at red")
        assertTrue(model.checkIn.filled)
        assertEquals(3, model.checkIn.signs[0].value)
        assertTrue(model.checkIn.signs[0].choices[3].selected)
        assertEquals(WarningLevel.AMBER, alerts.levelOn(today).level)
    }

    @Test
    fun atRedTheCrisisNumbersAndTheSupportersToCallComeFirst() {
        speak(Locale.EN)
        savePlan()
        plan.createSupporter(SupporterInput(name = "Kari", relation = "sister", phone = "+47 900 11 222"))
        plan.createSupporter(SupporterInput(name = "Ola"))
        val watched = plan.createSign(WarningSignInput(text = "Feeling watched", redFlag = true)).id
        rate(0, watched, 2)
        val model = screens.today()
        assertEquals(WarningLevel.RED, model.level.level)
        val crisis = assertNotNull(model.crisis)
        assertEquals("113", crisis.lines[0].display, "Norway's emergency number first")
        assertEquals("Call 113", crisis.lines[0].call)
        assertEquals("+4722112211", crisis.local[0].dial)
        assertEquals(listOf("Call Kari"), model.supporters.map { it.call }, "only supporters with a phone")
        assertEquals(listOf("Call Kari", "Call the DPS acute team"), model.level.steps)
        assertEquals("113", screens.plan().crisis.lines[0].display)
    }

    @Test
    fun trendsHaveOnePointPerDayOfThePeriodAndOnlyTheOfferedPeriods() {
        val sleep = amberDays()
        for (days in listOf(30, 90, 365)) {
            val trends = screens.trends(days.toUInt())
            assertEquals(3, trends.measures.size, "stress, mood, sleep")
            trends.measures.forEach { assertEquals(days, it.points.size) }
            assertEquals(days, trends.signs.single().points.size)
            assertEquals(today, trends.signs.single().points.last().day)
            assertEquals(3.0, trends.signs.single().points.last().value)
            assertNull(trends.measures[1].points.last().value, "no mood rated: a gap, never a zero")
            assertEquals(days.toString(), trends.periods.single { it.selected }.value)
        }
        val refused = assertFailsWith<ApiException.InvalidInput> { screens.trends(31u) }
        assertEquals("trends.days", refused.field)
        assertNotEquals("", sleep)
    }

    @Test
    fun anAlertIsAcknowledgedWithANoteAndBadAcknowledgementsChangeNothing() {
        amberDays()
        alerts.evaluateOn(today)
        val events = alerts.events()
        val started = events.first { it.event == AlertEventType.STARTED }
        assertEquals(WarningLevel.AMBER, started.level)
        assertNull(started.acknowledgement)

        alerts.acknowledge(started.id, "went to bed early")
        val acknowledged = alerts.events().first { it.id == started.id }
        assertEquals("went to bed early", acknowledged.acknowledgement?.note)

        assertFailsWith<ApiException.NotFound> { alerts.acknowledge(UUID.randomUUID().toString(), null) }
        val tooLong = assertFailsWith<ApiException.InvalidInput> { alerts.acknowledge(started.id, "x".repeat(4001)) }
        assertTrue(tooLong.field.endsWith("note"), tooLong.field)
        assertFailsWith<ApiException.InvalidInput> { alerts.levelOn("12 May") }
        assertEquals(acknowledged, alerts.events().first { it.id == started.id }, "nothing changed")

        alerts.recordSeen(started.id, SeenMark(atMs = 1_778_580_000_000, by = "Dr. Berg"))
        val seen = alerts.events().first { it.id == started.id }
        assertEquals(SeenMark(1_778_580_000_000, "Dr. Berg"), seen.seen, "the clinic's mark arrives by sync")
        assertEquals("went to bed early", seen.acknowledgement?.note)
        val onToday = screens.today().alerts.first { it.id == started.id }
        assertEquals("went to bed early", onToday.note)
        assertNotNull(onToday.acknowledgedText)
        assertNotNull(onToday.seenText, "Today says the clinic saw it")
        assertFailsWith<ApiException.NotFound> { alerts.recordSeen(UUID.randomUUID().toString(), SeenMark(1, null)) }

        alerts.evaluateOn(today)
        assertEquals(alerts.events().size, events.size, "judging the same day again stores nothing new")
    }

    @Test
    fun screenModelsSpeakTheSettingsLanguage() {
        amberDays()
        speak(Locale.NB)
        val norwegian = Triple(screens.today(), screens.settings(), screens.modules())
        speak(Locale.EN)
        val english = Triple(screens.today(), screens.settings(), screens.modules())

        assertEquals("I dag", norwegian.first.title)
        assertEquals("Today", english.first.title)
        assertNotEquals(norwegian.first.level.reasons, english.first.level.reasons)
        assertNotEquals(norwegian.second.title, english.second.title)
        assertEquals("nb", norwegian.second.language.choices.single { it.selected }.value)
        assertEquals("en", english.second.language.choices.single { it.selected }.value)
        assertEquals(11, english.third.modules.size)
        assertNotEquals(norwegian.third.modules[0].title, english.third.modules[0].title)
        assertFalse(english.second.scopes.isEmpty())
        // The other screens render too, in the same language.
        assertNotEquals(screens.goals().title, "")
        assertEquals(15, screens.scale().items.size)
        assertTrue(screens.plan().exists)
    }
}
