package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckInInput
import org.imrcompanion.ffi.CopingCategory
import org.imrcompanion.ffi.CopingStrategyInput
import org.imrcompanion.ffi.CopingUse
import org.imrcompanion.ffi.FollowUpInput
import org.imrcompanion.ffi.GoalInput
import org.imrcompanion.ffi.GoalStatus
import java.util.UUID
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull
import kotlin.test.assertTrue

class GoalsAndCopingTest {
    private val db = TempDatabase()
    private val core = db.open()
    private val goals = core.goals()
    private val today = core.checkIns().today()

    @AfterTest
    fun closeAndRemove() {
        core.closeDatabase()
        db.close()
    }

    @Test
    fun aGoalWithShortTermGoalsStepsAndFollowUps() {
        val goal = goals.create(GoalInput(title = "Get back to work", why = "I miss my colleagues", status = GoalStatus.ACTIVE))
        assertEquals(goal, goals.get(goal.id))

        val shortTerm = goals.addShortTerm(goal.id, GoalInput(title = "Call the job centre", status = GoalStatus.ACTIVE, targetDate = today))
        assertEquals(goal.id, shortTerm.goalId)
        val step1 = goals.addStep(shortTerm.id, "find the number")
        val step2 = goals.addStep(shortTerm.id, "make the call")
        assertEquals(listOf(0L, 1L), goals.steps(shortTerm.id).map { it.position })
        assertTrue(goals.updateStep(step1.id, "find the number", true).done)
        assertEquals(listOf(shortTerm), goals.shortTermGoals(goal.id))

        val followUp = goals.addFollowUp(goal.id, FollowUpInput(date = today, progress = 3, note = "first steps"))
        assertEquals(7, goals.updateFollowUp(followUp.id, FollowUpInput(date = today, progress = 7)).progress)
        assertEquals(1, goals.followUps(goal.id).size)

        val achieved = goals.update(goal.id, GoalInput(title = "Get back to work", status = GoalStatus.ACHIEVED))
        assertEquals(GoalStatus.ACHIEVED, achieved.status)

        goals.deleteStep(step2.id)
        assertEquals(1, goals.steps(shortTerm.id).size)
        goals.delete(goal.id)
        assertNull(goals.get(goal.id))
        assertEquals(emptyList(), goals.list())
    }

    @Test
    fun badGoalInputIsRefusedByFieldAndNothingChanges() {
        val goal = goals.create(GoalInput(title = "Sleep better", status = GoalStatus.ACTIVE))
        val cases = listOf(
            { goals.create(GoalInput(title = "  ", status = GoalStatus.ACTIVE)) } to "goal.title",
            { goals.update(goal.id, GoalInput(title = "x".repeat(201), status = GoalStatus.ACTIVE)) } to "goal.title",
            { goals.create(GoalInput(title = "ok", status = GoalStatus.ACTIVE, targetDate = "soon")) } to "goal.target_date",
            { goals.addFollowUp(goal.id, FollowUpInput(date = today, progress = 11)) } to "goal_follow_up.progress",
            { goals.addFollowUp(goal.id, FollowUpInput(date = today, progress = -3)) } to "goal_follow_up.progress",
            { goals.addFollowUp(goal.id, FollowUpInput(date = daysBefore(today, -2), progress = 5)) } to "goal_follow_up.date",
            { goals.addStep("nope", "x") } to "goal_step.short_term_goal_id",
        )
        for ((call, field) in cases) {
            assertEquals(field, assertFailsWith<ApiException.InvalidInput>(field) { call() }.field)
            assertEquals(listOf(goal), goals.list(), "nothing changed after refusing $field")
            assertEquals(emptyList(), goals.followUps(goal.id))
        }
        val unknownGoal = assertFailsWith<ApiException.InvalidInput> {
            goals.addFollowUp(UUID.randomUUID().toString(), FollowUpInput(date = today, progress = 5))
        }
        assertEquals("goal_follow_up.goal_id", unknownGoal.field)
        assertEquals("refers to a record that does not exist", unknownGoal.reason)
        assertFailsWith<ApiException.NotFound> { goals.delete(UUID.randomUUID().toString()) }
    }

    @Test
    fun copingStrategiesCountTheirUseInCheckIns() {
        val coping = core.coping()
        val walk = coping.create(CopingStrategyInput(title = "a walk", category = CopingCategory.STRESS))
        assertEquals(0u, walk.uses)
        core.checkIns().save(CheckInInput(day = today, coping = listOf(CopingUse(walk.id, 3))))
        core.checkIns().save(CheckInInput(day = daysBefore(today, 1), coping = listOf(CopingUse(walk.id, 1))))

        val used = coping.get(walk.id)!!
        assertEquals(2u, used.uses)
        assertEquals(2.0, used.meanHelpful)
        assertEquals(listOf(used), coping.list())

        val renamed = coping.update(walk.id, CopingStrategyInput(title = "a long walk", category = CopingCategory.MOOD, active = false))
        assertEquals("a long walk", renamed.title)
        val error = assertFailsWith<ApiException.InvalidInput> {
            coping.update(walk.id, CopingStrategyInput(title = "", category = CopingCategory.MOOD))
        }
        assertEquals("coping_strategy.title", error.field)
        assertEquals(renamed, coping.get(walk.id))

        coping.delete(walk.id)
        assertNull(coping.get(walk.id))
    }
}
