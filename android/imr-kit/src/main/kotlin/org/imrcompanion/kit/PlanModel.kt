package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.PlanContent
import org.imrcompanion.ffi.RelapsePlan
import org.imrcompanion.ffi.Supporter
import org.imrcompanion.ffi.SupporterInput

/** What the Plan screen shows: the stored plan, the supporters in contact order, the last save. */
data class PlanState(
    /** The stored plan, null before the first save. */
    val plan: RelapsePlan? = null,
    /** The supporters in the order the participant wants them contacted. */
    val supporters: List<Supporter> = emptyList(),
    /** Loaded at least once. */
    val loaded: Boolean = false,
    /** A load or save is running. */
    val busy: Boolean = false,
    /** The field the core refused in the last save, with its reason. */
    val refused: Outcome.Refused? = null,
    /** Another failure of the last call. */
    val failure: ApiException? = null,
)

/** State holder of the Plan screen. */
class PlanModel(
    private val kit: ImrKit,
    private val scope: CoroutineScope,
) {
    private val mutable = MutableStateFlow(PlanState())

    /** The current state; empty until [refresh] has run. */
    val state: StateFlow<PlanState> = mutable.asStateFlow()

    /** Loads the plan and the supporters. */
    fun refresh(): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, failure = null) }
            try {
                val plan = kit.plan.plan()
                val supporters = kit.plan.supporters()
                mutable.update { it.copy(plan = plan, supporters = supporters, loaded = true, busy = false) }
            } catch (error: ApiException) {
                mutable.update { it.copy(busy = false, failure = error) }
            }
        }

    /** Saves the plan as a new version. */
    fun save(content: PlanContent): Job =
        change({ kit.plan.save(content) }) { state, plan -> state.copy(plan = plan) }

    /** Adds a supporter and shows the new contact order. */
    fun addSupporter(input: SupporterInput): Job =
        change({ kit.plan.addSupporter(input) }) { state, supporter -> state.copy(supporters = state.supporters + supporter) }

    /** Removes a supporter. */
    fun deleteSupporter(id: String): Job =
        change({ kit.plan.deleteSupporter(id) }) { state, _ -> state.copy(supporters = state.supporters.filterNot { it.id == id }) }

    private fun <T> change(
        call: suspend () -> Outcome<T>,
        apply: (PlanState, T) -> PlanState,
    ): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, refused = null, failure = null) }
            when (val outcome = call()) {
                is Outcome.Done -> mutable.update { apply(it, outcome.value).copy(busy = false) }
                is Outcome.Refused -> mutable.update { it.copy(busy = false, refused = outcome) }
                is Outcome.Failed -> mutable.update { it.copy(busy = false, failure = outcome.error) }
            }
        }
}
