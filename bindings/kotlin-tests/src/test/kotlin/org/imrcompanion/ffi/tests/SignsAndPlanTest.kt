package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckInInput
import org.imrcompanion.ffi.LocalNumber
import org.imrcompanion.ffi.PlanContent
import org.imrcompanion.ffi.Rating
import org.imrcompanion.ffi.SupporterInput
import org.imrcompanion.ffi.WarningSignInput
import java.util.UUID
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue

class SignsAndPlanTest {
    private val db = TempDatabase()
    private val core = db.open()
    private val plan = core.signsAndPlan()

    @AfterTest
    fun closeAndRemove() {
        core.closeDatabase()
        db.close()
    }

    @Test
    fun aWarningSignIsCreatedChangedRatedInTheCheckInAndDeleted() {
        val sign = plan.createSign(WarningSignInput(text = "  sleeping badly "))
        assertEquals("sleeping badly", sign.text)
        assertEquals(2, sign.threshold, "moderate by default")
        assertTrue(sign.active)

        val changed = plan.updateSign(sign.id, WarningSignInput(text = "hearing voices", threshold = 1, redFlag = true))
        assertEquals(sign.id, changed.id)
        assertTrue(changed.redFlag)
        assertEquals(listOf(changed), plan.signs())
        assertEquals(listOf(changed), plan.activeSigns())

        val checkIns = core.checkIns()
        val today = checkIns.today()
        val checkIn = checkIns.save(CheckInInput(day = today, signRatings = listOf(Rating(sign.id, 3))))
        assertEquals(listOf(Rating(sign.id, 3)), checkIn.signRatings)
        val tooHigh = assertFailsWith<ApiException.InvalidInput> {
            checkIns.save(CheckInInput(day = today, signRatings = listOf(Rating(sign.id, 4))))
        }
        assertEquals("check_in.sign_ratings", tooHigh.field)

        val inactive = plan.updateSign(sign.id, WarningSignInput(text = "hearing voices", active = false))
        assertEquals(listOf(inactive), plan.signs())
        assertEquals(emptyList(), plan.activeSigns())

        plan.deleteSign(sign.id)
        assertNull(plan.sign(sign.id))
        assertFailsWith<ApiException.NotFound> { plan.deleteSign(sign.id) }
    }

    @Test
    fun badSignsAreRefusedByFieldAndNothingChanges() {
        val sign = plan.createSign(WarningSignInput(text = "withdrawing from friends"))
        val cases = listOf(
            WarningSignInput(text = "   ") to "warning_sign.text",
            WarningSignInput(text = "x".repeat(201)) to "warning_sign.text",
            WarningSignInput(text = "ok", threshold = 4) to "warning_sign.threshold",
            WarningSignInput(text = "ok", threshold = -1) to "warning_sign.threshold",
        )
        for ((input, field) in cases) {
            assertEquals(field, assertFailsWith<ApiException.InvalidInput> { plan.createSign(input) }.field)
            assertEquals(field, assertFailsWith<ApiException.InvalidInput> { plan.updateSign(sign.id, input) }.field)
            assertEquals(listOf(sign), plan.signs(), "nothing changed after refusing $field")
        }
        assertFailsWith<ApiException.NotFound> { plan.updateSign(UUID.randomUUID().toString(), WarningSignInput(text = "x")) }
        assertEquals("warning_sign.id", assertFailsWith<ApiException.InvalidInput> { plan.sign("sign-1") }.field)
    }

    @Test
    fun symptomsAndTriggersRoundTrip() {
        val symptom = plan.createSymptom("low energy")
        val quieter = plan.updateSymptom(symptom.id, "low energy in the morning", false)
        assertFalse(quieter.active)
        assertEquals(listOf(quieter), plan.symptoms())
        assertEquals(quieter, plan.symptom(symptom.id))
        plan.deleteSymptom(symptom.id)
        assertEquals(emptyList(), plan.symptoms())

        val trigger = plan.createTrigger("arguments at home", null)
        assertEquals("arguments at home", plan.updateTrigger(trigger.id, "arguments at home").text)
        assertEquals(listOf(trigger.id), plan.triggers().map { it.id })
        assertEquals("trigger.text", assertFailsWith<ApiException.InvalidInput> { plan.createTrigger("", null) }.field)
        plan.deleteTrigger(trigger.id)
        assertNull(plan.trigger(trigger.id))
    }

    @Test
    fun supportersKeepTheContactOrderTheParticipantChose() {
        val anna = plan.createSupporter(SupporterInput(name = "Anna", relation = "sister", phone = "+47 912 34 567"))
        val ben = plan.createSupporter(SupporterInput(name = "Ben", agreedTo = "call me in the evening"))
        assertEquals(listOf("Anna", "Ben"), plan.supporters().map { it.name })

        val reordered = plan.reorderSupporters(listOf(ben.id, anna.id))
        assertEquals(listOf("Ben", "Anna"), reordered.map { it.name })
        assertEquals(reordered, plan.supporters())

        val before = plan.supporters()
        val error = assertFailsWith<ApiException.InvalidInput> {
            plan.updateSupporter(anna.id, SupporterInput(name = "Anna", phone = "call me maybe"))
        }
        assertEquals("supporter.phone", error.field)
        assertEquals(before, plan.supporters(), "nothing changed")

        plan.deleteSupporter(ben.id)
        assertEquals(listOf("Anna"), plan.supporters().map { it.name })
    }

    @Test
    fun eachSaveOfThePlanIsAVersionWithASnapshot() {
        assertNull(plan.plan())
        plan.createSign(WarningSignInput(text = "not sleeping", redFlag = true))
        plan.createTrigger("deadlines", null)
        plan.createSupporter(SupporterInput(name = "Anna"))

        val first = plan.savePlan(
            PlanContent(
                amberSteps = listOf("go to bed at 23"),
                redSteps = listOf("call Anna", "call the clinic"),
                localNumbers = listOf(LocalNumber("out of hours", "116 117")),
            ),
        )
        assertEquals(1L, first.version)
        assertEquals(28, first.content.baselineWindowDays)
        val second = plan.savePlan(first.content.copy(baselineWindowDays = 14))
        assertEquals(2L, second.version)
        assertEquals(second, plan.plan())

        val versions = plan.planVersions()
        assertEquals(listOf(2L, 1L), versions.map { it.version }, "newest first")
        val snapshot = plan.planVersion(1).snapshot
        assertEquals(listOf("deadlines"), snapshot.triggers)
        assertEquals(listOf("not sleeping"), snapshot.signs.map { it.text })
        assertEquals(listOf("Anna"), snapshot.supporters.map { it.name })
        assertEquals(first.content, snapshot.content)
        assertFailsWith<ApiException.NotFound> { plan.planVersion(99) }

        for ((bad, field) in listOf(
            second.content.copy(baselineWindowDays = 5) to "relapse_plan.baseline_window_days",
            second.content.copy(baselineWindowDays = 1000) to "relapse_plan.baseline_window_days",
            second.content.copy(lastReviewed = "2999-01-01") to "relapse_plan.last_reviewed",
            second.content.copy(amberSteps = List(51) { "step $it" }) to "relapse_plan.amber_steps",
        )) {
            assertEquals(field, assertFailsWith<ApiException.InvalidInput> { plan.savePlan(bad) }.field)
            assertEquals(second, plan.plan(), "nothing changed after refusing $field")
            assertEquals(2, plan.planVersions().size)
        }
    }
}
