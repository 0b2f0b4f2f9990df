package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.AssignedBy
import org.imrcompanion.ffi.HomeworkInput
import org.imrcompanion.ffi.HomeworkState
import org.imrcompanion.ffi.HomeworkStatusInput
import org.imrcompanion.ffi.ItemAnswer
import org.imrcompanion.ffi.ModuleKey
import org.imrcompanion.ffi.ModuleProgressInput
import org.imrcompanion.ffi.ModuleStatus
import org.imrcompanion.ffi.RatedBy
import org.imrcompanion.ffi.ScaleAnswer
import org.imrcompanion.ffi.ScaleItem
import org.imrcompanion.ffi.SessionFormat
import org.imrcompanion.ffi.SessionInput
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull

class ModulesHomeworkAndScaleTest {
    private val db = TempDatabase()
    private val core = db.open()
    private val programme = core.modulesAndHomework()
    private val today = core.checkIns().today()

    @AfterTest
    fun closeAndRemove() {
        core.closeDatabase()
        db.close()
    }

    @Test
    fun allElevenModulesAreListedAndProgressIsKept() {
        val modules = programme.modules()
        assertEquals(ModuleKey.entries, modules.map { it.module })
        assertEquals(setOf(ModuleStatus.NOT_STARTED), modules.map { it.status }.toSet())

        val started = programme.saveModule(ModuleProgressInput(ModuleKey.STRESS, ModuleStatus.IN_PROGRESS, startedOn = daysBefore(today, 10)))
        assertEquals(started, programme.module(ModuleKey.STRESS))
        val bad = assertFailsWith<ApiException.InvalidInput> {
            programme.saveModule(
                ModuleProgressInput(ModuleKey.STRESS, ModuleStatus.COMPLETED, startedOn = daysBefore(today, 10), completedOn = daysBefore(today, 20)),
            )
        }
        assertEquals("module_progress.completed_on", bad.field)
        assertEquals(started, programme.module(ModuleKey.STRESS), "nothing changed")

        programme.resetModule(ModuleKey.STRESS)
        assertEquals(ModuleStatus.NOT_STARTED, programme.module(ModuleKey.STRESS).status)
    }

    @Test
    fun ownHomeworkWithAProgressReport() {
        val homework = programme.createHomework(HomeworkInput(module = ModuleKey.STRESS, title = "Notice three stressors", due = today))
        assertEquals(AssignedBy.Participant, homework.assignedBy)
        assertNull(homework.status)

        val reported = programme.setHomeworkStatus(homework.id, HomeworkStatusInput(HomeworkState.DONE, doneOn = today, reflection = "harder than I thought"))
        assertEquals(HomeworkState.DONE, reported.status?.state)
        assertEquals(listOf(reported), programme.homeworkList())

        val bad = assertFailsWith<ApiException.InvalidInput> { programme.updateHomework(homework.id, HomeworkInput(title = " ")) }
        assertEquals("homework.title", bad.field)
        assertEquals(reported, programme.homework(homework.id), "nothing changed")

        programme.clearHomeworkStatus(homework.id)
        assertNull(programme.homework(homework.id)?.status)
        programme.deleteHomework(homework.id)
        assertEquals(emptyList(), programme.homeworkList())
    }

    @Test
    fun sessionsAreListedNewestFirst() {
        val older = programme.createSession(SessionInput(date = daysBefore(today, 14), module = ModuleKey.RECOVERY, format = SessionFormat.GROUP))
        val newer = programme.createSession(SessionInput(date = daysBefore(today, 7), attended = false))
        assertEquals(listOf(newer.id, older.id), programme.sessions().map { it.id })
        assertEquals(daysBefore(today, 14), programme.lastAttendedSession())
        assertEquals("session.date", assertFailsWith<ApiException.InvalidInput> {
            programme.updateSession(older.id, SessionInput(date = daysBefore(today, -1)))
        }.field)
        assertEquals(older, programme.session(older.id))
        programme.deleteSession(older.id)
        assertEquals(listOf(newer.id), programme.sessions().map { it.id })
    }

    @Test
    fun anImrScaleRatingWithItsMean() {
        val scale = core.scale()
        val answers = listOf(
            ItemAnswer(ScaleItem.GOALS, ScaleAnswer.Score(4)),
            ItemAnswer(ScaleItem.KNOWLEDGE, ScaleAnswer.Score(2)),
            ItemAnswer(ScaleItem.DRUG_USE, ScaleAnswer.NotApplicable),
        )
        val rating = scale.create(today, answers)
        assertEquals(RatedBy.Participant, rating.ratedBy)
        assertEquals(3.0, rating.mean)
        assertEquals(answers, rating.answers)
        assertEquals(listOf(rating), scale.list())

        for ((bad, field) in listOf(
            listOf(ItemAnswer(ScaleItem.GOALS, ScaleAnswer.Score(6))) to "scale_rating.answers",
            listOf(ItemAnswer(ScaleItem.GOALS, ScaleAnswer.Score(-6))) to "scale_rating.answers",
            listOf(ItemAnswer(ScaleItem.GOALS, ScaleAnswer.NotApplicable)) to "scale_rating.answers",
        )) {
            assertEquals(field, assertFailsWith<ApiException.InvalidInput> { scale.update(rating.id, today, bad) }.field)
            assertEquals(listOf(rating), scale.list(), "nothing changed")
        }
        assertEquals("scale_rating.taken_on", assertFailsWith<ApiException.InvalidInput> { scale.create(daysBefore(today, -1), answers) }.field)

        val corrected = scale.update(rating.id, today, answers.take(1))
        assertEquals(4.0, corrected.mean)
        scale.delete(rating.id)
        assertNull(scale.get(rating.id))
        assertFailsWith<ApiException.NotFound> { scale.delete(rating.id) }
    }
}
