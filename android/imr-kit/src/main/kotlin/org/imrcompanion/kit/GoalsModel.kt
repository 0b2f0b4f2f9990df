package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.Goal
import org.imrcompanion.ffi.GoalInput
import org.imrcompanion.ffi.GoalsApi

/** The participant's recovery goals as suspend functions on the background dispatcher. */
class GoalsStore internal constructor(
    private val api: GoalsApi,
    private val io: CoroutineDispatcher,
) {
    /** Every goal, in the core's order. */
    suspend fun list(): List<Goal> = withContext(io) { api.list() }

    /** Creates a goal. */
    suspend fun create(input: GoalInput): Outcome<Goal> = withContext(io) { outcomeOf { api.create(input) } }

    /** Changes a goal (its words, status or target date). */
    suspend fun update(
        id: String,
        input: GoalInput,
    ): Outcome<Goal> = withContext(io) { outcomeOf { api.update(id, input) } }
}

/** What the Goals screen shows. */
data class GoalsState(
    /** The goals as the core lists them. */
    val goals: List<Goal> = emptyList(),
    /** Loaded at least once. */
    val loaded: Boolean = false,
    /** A load or save is running. */
    val busy: Boolean = false,
    /** The field the core refused in the last save, with its reason. */
    val refused: Outcome.Refused? = null,
    /** Another failure of the last call. */
    val failure: ApiException? = null,
)

/** State holder of the Goals screen: the list, and creating or changing a goal. */
class GoalsModel(
    private val kit: ImrKit,
    private val scope: CoroutineScope,
) {
    private val mutable = MutableStateFlow(GoalsState())

    /** The current state; empty until [refresh] has run. */
    val state: StateFlow<GoalsState> = mutable.asStateFlow()

    /** Loads the goals. */
    fun refresh(): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, failure = null) }
            try {
                val goals = kit.goals.list()
                mutable.update { it.copy(goals = goals, loaded = true, busy = false) }
            } catch (error: ApiException) {
                mutable.update { it.copy(busy = false, failure = error) }
            }
        }

    /** Creates a goal, then shows the list as the core has it. */
    fun create(input: GoalInput): Job = change { kit.goals.create(input) }

    /** Changes a goal, then shows the list as the core has it. */
    fun update(
        id: String,
        input: GoalInput,
    ): Job = change { kit.goals.update(id, input) }

    private fun change(call: suspend () -> Outcome<Goal>): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, refused = null, failure = null) }
            when (val outcome = call()) {
                is Outcome.Done -> {
                    val goals = kit.goals.list()
                    mutable.update { it.copy(goals = goals, busy = false) }
                }
                is Outcome.Refused -> mutable.update { it.copy(busy = false, refused = outcome) }
                is Outcome.Failed -> mutable.update { it.copy(busy = false, failure = outcome.error) }
            }
        }
}
