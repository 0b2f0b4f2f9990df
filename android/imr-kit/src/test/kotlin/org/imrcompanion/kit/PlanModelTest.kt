package org.imrcompanion.kit

import kotlinx.coroutines.runBlocking
import org.imrcompanion.ffi.LocalNumber
import org.imrcompanion.ffi.PlanContent
import org.imrcompanion.ffi.SupporterInput
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull

class PlanModelTest {
    private val folder = ParticipantFolder()
    private val kit = runBlocking { ImrKit.open(folder.database.path, FixedKey(), testIo) }

    @AfterTest
    fun closeAndRemove() {
        runBlocking { kit.close() }
        folder.close()
    }

    @Test
    fun aNewParticipantHasNoPlanAndNoSupporters() =
        runBlocking<Unit> {
            val model = PlanModel(kit, this)
            model.refresh().join()
            assertNull(model.state.value.plan)
            assertEquals(emptyList(), model.state.value.supporters)
            assertEquals(true, model.state.value.loaded)
        }

    @Test
    fun theSavedPlanAndSupportersAreShownInContactOrder() =
        runBlocking<Unit> {
            val model = PlanModel(kit, this)
            model.refresh().join()
            val content =
                PlanContent(
                    redSteps = listOf("Call Kari", "Call the DPS acute team"),
                    localNumbers = listOf(LocalNumber("DPS acute team", "22 11 22 11")),
                )
            model.save(content).join()
            model.addSupporter(SupporterInput(name = "Kari", phone = "+47 900 00 000")).join()
            model.addSupporter(SupporterInput(name = "Ola", phone = "+47 911 11 111")).join()
            val shown = model.state.value
            assertEquals(content.redSteps, assertNotNull(shown.plan).content.redSteps)
            assertEquals(listOf("Kari", "Ola"), shown.supporters.map { it.name })
            val reloaded = PlanModel(kit, this)
            reloaded.refresh().join()
            assertEquals(shown.plan, reloaded.state.value.plan)
            assertEquals(shown.supporters, reloaded.state.value.supporters)
            assertEquals(1, kit.plan.versions().size)
        }

    @Test
    fun aRefusedPlanIsNamedAndTheStoredPlanStays() =
        runBlocking<Unit> {
            val model = PlanModel(kit, this)
            model.refresh().join()
            model.save(PlanContent(baselineWindowDays = 3)).join()
            assertEquals("relapse_plan.baseline_window_days", assertNotNull(model.state.value.refused).field)
            assertNull(model.state.value.plan)
            assertNull(kit.plan.plan())
        }
}
