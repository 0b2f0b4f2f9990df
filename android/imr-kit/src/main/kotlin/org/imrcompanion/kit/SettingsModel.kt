package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.Settings

/** What the settings and onboarding screens show: the stored settings and the last save. */
data class SettingsState(
    /** The stored settings (or the core's defaults), null until loaded. */
    val settings: Settings? = null,
    /** A save or load is running. */
    val busy: Boolean = false,
    /** The field the core refused in the last save (`settings.timezone`), with its reason. */
    val refused: Outcome.Refused? = null,
    /** Another failure of the last call. */
    val failure: ApiException? = null,
)

/**
 * State holder of the settings (and onboarding) screens. [onSaved] runs after each stored
 * change, so the app can reschedule its reminder from what the core stored.
 */
class SettingsModel(
    private val kit: ImrKit,
    private val scope: CoroutineScope,
    private val onSaved: (Settings) -> Unit = {},
) {
    private val mutable = MutableStateFlow(SettingsState())

    /** The current state; empty until [refresh] has run. */
    val state: StateFlow<SettingsState> = mutable.asStateFlow()

    /** Loads the stored settings. */
    fun refresh(): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, failure = null) }
            try {
                val settings = kit.settings.get()
                mutable.update { it.copy(settings = settings, busy = false) }
            } catch (error: ApiException) {
                mutable.update { it.copy(busy = false, failure = error) }
            }
        }

    /** Saves [settings]; on refusal the shown settings stay as stored and the field is named. */
    fun save(settings: Settings): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, refused = null, failure = null) }
            when (val outcome = kit.settings.save(settings)) {
                is Outcome.Done -> {
                    mutable.update { it.copy(settings = outcome.value, busy = false) }
                    onSaved(outcome.value)
                }
                is Outcome.Refused -> mutable.update { it.copy(busy = false, refused = outcome) }
                is Outcome.Failed -> mutable.update { it.copy(busy = false, failure = outcome.error) }
            }
        }
}
