package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.withContext
import org.imrcompanion.ffi.Settings
import org.imrcompanion.ffi.SettingsApi

/**
 * The participant's settings as suspend functions on the background dispatcher. Until
 * they are saved the core's defaults apply.
 */
class SettingsStore internal constructor(
    private val api: SettingsApi,
    private val io: CoroutineDispatcher,
) {
    /** The saved settings, or the core's defaults. */
    suspend fun get(): Settings = withContext(io) { api.get() }

    /** Validates and saves [settings]; returns what the core stored (trimmed). */
    suspend fun save(settings: Settings): Outcome<Settings> = withContext(io) { outcomeOf { api.save(settings) } }
}
