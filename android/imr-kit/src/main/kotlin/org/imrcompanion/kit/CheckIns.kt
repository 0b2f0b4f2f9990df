package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.withContext
import org.imrcompanion.ffi.CheckIn
import org.imrcompanion.ffi.CheckInInput
import org.imrcompanion.ffi.CheckInsApi

/**
 * Daily check-ins as suspend functions on the background dispatcher. Days are the
 * participant's local days (`YYYY-MM-DD`) as the core computes them: ask [today], never
 * the phone's calendar, so the day-start hour and the chosen timezone are respected.
 */
class CheckIns internal constructor(
    private val api: CheckInsApi,
    private val io: CoroutineDispatcher,
) {
    /** The participant's local day now, by the settings' timezone and day-start hour. */
    suspend fun today(): String = withContext(io) { api.today() }

    /** Saves the check-in of `input.day`, replacing what that day held. */
    suspend fun save(input: CheckInInput): Outcome<CheckIn> = withContext(io) { outcomeOf { api.save(input) } }

    /** The check-in of [day], or null when there is none. */
    suspend fun get(day: String): CheckIn? = withContext(io) { api.get(day) }

    /** Every check-in from [from] to [to], both included, oldest first. */
    suspend fun list(
        from: String,
        to: String,
    ): List<CheckIn> = withContext(io) { api.list(from, to) }

    /** Deletes the check-in of [day]. */
    suspend fun delete(day: String): Outcome<Unit> = withContext(io) { outcomeOf { api.delete(day) } }
}
