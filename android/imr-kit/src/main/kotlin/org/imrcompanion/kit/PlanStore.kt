package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.withContext
import org.imrcompanion.ffi.PlanContent
import org.imrcompanion.ffi.PlanVersion
import org.imrcompanion.ffi.RelapsePlan
import org.imrcompanion.ffi.SignsAndPlanApi
import org.imrcompanion.ffi.Supporter
import org.imrcompanion.ffi.SupporterInput

/**
 * The relapse prevention plan and the supporters it names, as suspend functions on the
 * background dispatcher. Every save keeps the previous version in the core.
 */
class PlanStore internal constructor(
    private val api: SignsAndPlanApi,
    private val io: CoroutineDispatcher,
) {
    /** The plan, or null before the first save. */
    suspend fun plan(): RelapsePlan? = withContext(io) { api.plan() }

    /** Saves the plan as a new version. */
    suspend fun save(content: PlanContent): Outcome<RelapsePlan> = withContext(io) { outcomeOf { api.savePlan(content) } }

    /** Every saved version, for the history view. */
    suspend fun versions(): List<PlanVersion> = withContext(io) { api.planVersions() }

    /** The supporters in the order the participant wants them contacted. */
    suspend fun supporters(): List<Supporter> = withContext(io) { api.supporters() }

    /** Adds a supporter at the end of the contact order. */
    suspend fun addSupporter(input: SupporterInput): Outcome<Supporter> = withContext(io) { outcomeOf { api.createSupporter(input) } }

    /** Removes a supporter. */
    suspend fun deleteSupporter(id: String): Outcome<Unit> = withContext(io) { outcomeOf { api.deleteSupporter(id) } }
}
