package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckIn
import org.imrcompanion.ffi.CheckInInput

/**
 * What the Today screen shows about the day's check-in: the participant's day, what was
 * saved for it, and how the last save went. Everything comes from the core.
 */
data class TodayState(
    /** The participant's local day (`YYYY-MM-DD`), null until loaded. */
    val day: String? = null,
    /** The check-in saved for [day], null when there is none yet. */
    val checkIn: CheckIn? = null,
    /** A save or load is running: disable the submit button. */
    val busy: Boolean = false,
    /** The field the core refused in the last save (`check_in.mood`), with its reason. */
    val refused: Outcome.Refused? = null,
    /** Another failure of the last call, to show as a banner. */
    val failure: ApiException? = null,
)

/**
 * State holder of the Today screen: loads the day's check-in, saves the form and keeps a
 * [StateFlow] of [TodayState] for Compose (`collectAsStateWithLifecycle`). [onSaved] runs
 * after each stored check-in (the app schedules a sync there).
 */
class TodayModel(
    private val kit: ImrKit,
    private val scope: CoroutineScope,
    private val onSaved: (CheckIn) -> Unit = {},
) {
    private val mutable = MutableStateFlow(TodayState())

    /** The current state; starts empty until [refresh] has run. */
    val state: StateFlow<TodayState> = mutable.asStateFlow()

    /** Reloads the day and its check-in (after start, resume or a day change). */
    fun refresh(): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, failure = null) }
            try {
                val day = kit.checkIns.today()
                val checkIn = kit.checkIns.get(day)
                mutable.update { it.copy(day = day, checkIn = checkIn, busy = false) }
            } catch (error: ApiException) {
                mutable.update { it.copy(busy = false, failure = error) }
            }
        }

    /** Saves the form; on refusal keeps the previous check-in and names the field. */
    fun submit(input: CheckInInput): Job =
        scope.launch {
            mutable.update { it.copy(busy = true, refused = null, failure = null) }
            when (val outcome = kit.checkIns.save(input)) {
                is Outcome.Done -> {
                    val saved = outcome.value
                    mutable.update {
                        if (saved.day == it.day) {
                            it.copy(checkIn = saved, busy = false)
                        } else {
                            it.copy(busy = false)
                        }
                    }
                    onSaved(saved)
                }
                is Outcome.Refused -> mutable.update { it.copy(busy = false, refused = outcome) }
                is Outcome.Failed -> mutable.update { it.copy(busy = false, failure = outcome.error) }
            }
        }
}
