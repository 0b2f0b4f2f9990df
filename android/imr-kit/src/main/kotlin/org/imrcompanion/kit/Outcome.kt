package org.imrcompanion.kit

import org.imrcompanion.ffi.ApiException

/**
 * What a call that changes something ended in, so a screen can show the problem next to
 * the input it belongs to instead of catching exceptions. The core refuses bad input
 * before it changes anything, so [Refused] always means "nothing was stored".
 */
sealed interface Outcome<out T> {
    /** The core did it and returned [value]. */
    data class Done<T>(
        val value: T,
    ) : Outcome<T>

    /** The core refused the input named by [field] (`kind.field`); nothing changed. */
    data class Refused(
        val field: String,
        val reason: String,
    ) : Outcome<Nothing>

    /** The call failed for another reason the app can act on (see [ApiException]). */
    data class Failed(
        val error: ApiException,
    ) : Outcome<Nothing>
}

/** Runs [block] and turns the core's errors into an [Outcome]; other exceptions propagate. */
inline fun <T> outcomeOf(block: () -> T): Outcome<T> =
    try {
        Outcome.Done(block())
    } catch (refused: ApiException.InvalidInput) {
        Outcome.Refused(refused.field, refused.reason)
    } catch (error: ApiException) {
        Outcome.Failed(error)
    }
