package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import org.imrcompanion.ffi.Identity
import org.imrcompanion.ffi.ImrCore
import org.imrcompanion.ffi.KeyProvider
import org.imrcompanion.ffi.Limits

/**
 * The participant's store as a coroutine API. Every call of the core may touch the
 * database, so each one runs on [io] and never on the caller's (main) thread; the core is
 * thread safe, so screens share one [ImrKit] for the life of the process.
 */
class ImrKit private constructor(
    private val core: ImrCore,
    private val io: CoroutineDispatcher,
) {
    /** Daily check-ins. */
    val checkIns: CheckIns = CheckIns(core.checkIns(), io)

    /** The relapse prevention plan and the supporters it names. */
    val plan: PlanStore = PlanStore(core.signsAndPlan(), io)

    /** Recovery goals. */
    val goals: GoalsStore = GoalsStore(core.goals(), io)

    /** Language, timezone, day start, reminder and country. */
    val settings: SettingsStore = SettingsStore(core.settings(), io)

    /** The participant and device ids (for pairing and support). */
    suspend fun identity(): Identity = withContext(io) { core.identity() }

    /**
     * Closes the database so "delete all data" can remove its files. Every later call of
     * this kit fails with `ApiException.Closed`.
     */
    suspend fun close() = withContext(io) { core.closeDatabase() }

    companion object {
        /**
         * Opens (or creates) the encrypted store at [path]. [keys] is asked for the key on
         * [io]. Throws the core's `ApiException` when it cannot open; [CoreStart.open] sorts
         * those into screens.
         */
        suspend fun open(
            path: String,
            keys: KeyProvider,
            io: CoroutineDispatcher = Dispatchers.IO,
        ): ImrKit = withContext(io) { ImrKit(ImrCore.open(path, keys), io) }

        /** The input bounds for sliders, pickers and character counters (no database). */
        fun limits(): Limits = org.imrcompanion.ffi.limits()
    }
}
