package org.imrcompanion.app

import android.app.Application
import android.util.Log
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.launch
import org.imrcompanion.app.platform.AppPreferences
import org.imrcompanion.app.platform.KeystoreWrapping
import org.imrcompanion.app.platform.Reminders
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.LogLevel
import org.imrcompanion.kit.CoreLog
import org.imrcompanion.kit.CoreStart
import org.imrcompanion.kit.WrappedKeyFile
import java.io.File

/**
 * Opens the participant's store once per process and shares it with every screen. The
 * database lives in its own folder under no-backup storage, its key wrapped by the Keystore.
 */
class ImrApplication : Application() {
    /** Work that outlives a screen (opening, closing, deleting the store). */
    val appScope = CoroutineScope(SupervisorJob() + Dispatchers.Main.immediate)

    private val start = MutableStateFlow<CoreStart?>(null)

    /** Where the app is after opening the store; null while opening. */
    val coreStart: StateFlow<CoreStart?> = start.asStateFlow()

    private val storeDir: File get() = File(noBackupFilesDir, "store")
    private val databaseFile: File get() = File(storeDir, "participant.db")
    private val wrappedKeyFile: File get() = File(noBackupFilesDir, "database.key")
    private val keystore = KeystoreWrapping()

    override fun onCreate() {
        super.onCreate()
        CoreLog.forward(if (BuildConfig.DEBUG) LogLevel.DEBUG else LogLevel.INFO) { record ->
            Log.println(priority(record.level), record.target.take(MAX_TAG), record.message)
        }
        Reminders.createChannel(this)
        openStore()
    }

    /** (Re)opens the store, for example after "try again" once the phone is unlocked. */
    fun openStore() {
        start.value = null
        appScope.launch {
            storeDir.mkdirs()
            val keys = WrappedKeyFile(wrappedKeyFile, keystore) { databaseFile.exists() }
            start.value = CoreStart.open(databaseFile.path, keys)
        }
    }

    /**
     * Deletes everything of the participant's on this phone: closes the store, removes its
     * files, the wrapped key and the Keystore key, then starts fresh at onboarding.
     */
    fun deleteAllData() {
        appScope.launch {
            try {
                (start.value as? CoreStart.Ready)?.kit?.close()
            } catch (alreadyClosed: ApiException) {
                // Closed or failing storage: the files are removed below either way.
            }
            start.value = null
            storeDir.deleteRecursively()
            wrappedKeyFile.delete()
            keystore.delete()
            Reminders.schedule(this@ImrApplication, null)
            AppPreferences(this@ImrApplication).forgetAll()
            openStore()
        }
    }

    private fun priority(level: LogLevel): Int =
        when (level) {
            LogLevel.ERROR -> Log.ERROR
            LogLevel.WARN -> Log.WARN
            LogLevel.INFO -> Log.INFO
            LogLevel.DEBUG -> Log.DEBUG
            LogLevel.TRACE -> Log.VERBOSE
        }

    private companion object {
        const val MAX_TAG = 23
    }
}
