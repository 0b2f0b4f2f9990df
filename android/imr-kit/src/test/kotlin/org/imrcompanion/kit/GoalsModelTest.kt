package org.imrcompanion.kit

import kotlinx.coroutines.runBlocking
import org.imrcompanion.ffi.GoalInput
import org.imrcompanion.ffi.GoalStatus
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull

class GoalsModelTest {
    private val folder = ParticipantFolder()
    private val kit = runBlocking { ImrKit.open(folder.database.path, FixedKey(), testIo) }

    @AfterTest
    fun closeAndRemove() {
        runBlocking { kit.close() }
        folder.close()
    }

    @Test
    fun aNewGoalIsListedAndCanBeMarkedAchieved() =
        runBlocking<Unit> {
            val model = GoalsModel(kit, this)
            model.refresh().join()
            model.create(GoalInput(title = "  Get back to work  ", why = "Structure in my week", status = GoalStatus.ACTIVE)).join()
            val goal = model.state.value.goals.single()
            assertEquals("Get back to work", goal.title)
            model.update(goal.id, GoalInput(title = goal.title, why = goal.why, status = GoalStatus.ACHIEVED)).join()
            assertEquals(GoalStatus.ACHIEVED, model.state.value.goals.single().status)
        }

    @Test
    fun anEmptyTitleIsRefusedByNameAndNothingIsStored() =
        runBlocking<Unit> {
            val model = GoalsModel(kit, this)
            model.refresh().join()
            model.create(GoalInput(title = "   ", status = GoalStatus.ACTIVE)).join()
            assertEquals("goal.title", assertNotNull(model.state.value.refused).field)
            assertEquals(emptyList(), kit.goals.list())
        }
}
