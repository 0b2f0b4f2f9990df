package org.imrcompanion.kit

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.KeyProvider

/**
 * Where the app goes after trying to open the participant's store at start. The core says
 * why an open failed; this only sorts its answer into the screens the app has, so Android
 * and iOS route the same way.
 */
sealed interface CoreStart {
    /** The store is open: show the app. */
    data class Ready(
        val kit: ImrKit,
    ) : CoreStart

    /**
     * The key is lost or does not open the file, or the file is damaged: the data can only
     * come back from an encrypted backup, so show the restore screen. The file is untouched.
     */
    data class NeedsRestore(
        val error: ApiException,
    ) : CoreStart

    /** The key cannot be read yet (phone not unlocked since boot): try again later. */
    data class TryLater(
        val error: ApiException.KeyUnavailable,
    ) : CoreStart

    /** The file was written by a newer app version: ask the person to update the app. */
    data class NeedsUpdate(
        val error: ApiException.NeedsNewerApp,
    ) : CoreStart

    /** Storage failed (disk full, I/O): tell the person, nothing was changed. */
    data class Failed(
        val error: ApiException,
    ) : CoreStart

    companion object {
        /** Opens the store at [path] with [keys] on [io] and says where to go next. */
        suspend fun open(
            path: String,
            keys: KeyProvider,
            io: CoroutineDispatcher = Dispatchers.IO,
        ): CoreStart =
            try {
                Ready(ImrKit.open(path, keys, io))
            } catch (error: ApiException) {
                route(error)
            }

        /** The screen for an open that failed with [error]. */
        fun route(error: ApiException): CoreStart =
            when (error) {
                is ApiException.KeyLost, is ApiException.WrongKey, is ApiException.Corrupt -> NeedsRestore(error)
                is ApiException.KeyUnavailable -> TryLater(error)
                is ApiException.NeedsNewerApp -> NeedsUpdate(error)
                else -> Failed(error)
            }
    }
}
