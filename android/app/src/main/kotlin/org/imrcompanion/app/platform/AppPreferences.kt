package org.imrcompanion.app.platform

import android.content.Context
import androidx.core.content.edit

/**
 * This phone's own choices that are not the participant's records and never sync: the
 * app lock and screenshot blocking. They live in SharedPreferences (excluded from backups).
 */
class AppPreferences(
    context: Context,
) {
    private val prefs = context.getSharedPreferences("device", Context.MODE_PRIVATE)

    /** Ask for fingerprint, face or the device credential when the app comes to the front. */
    var appLock: Boolean
        get() = prefs.getBoolean(APP_LOCK, false)
        set(value) = prefs.edit { putBoolean(APP_LOCK, value) }

    /** Block screenshots and the app-switcher preview (FLAG_SECURE). */
    var blockScreenshots: Boolean
        get() = prefs.getBoolean(BLOCK_SCREENSHOTS, true)
        set(value) = prefs.edit { putBoolean(BLOCK_SCREENSHOTS, value) }

    /** The reminder time last scheduled (`HH:MM`), re-armed after a reboot without the database. */
    var reminderTime: String?
        get() = prefs.getString(REMINDER_TIME, null)
        set(value) = prefs.edit { putString(REMINDER_TIME, value) }

    /** Onboarding was finished on this phone (the core's settings then hold the choices). */
    var onboarded: Boolean
        get() = prefs.getBoolean(ONBOARDED, false)
        set(value) = prefs.edit { putBoolean(ONBOARDED, value) }

    /** Forgets every choice (delete all data). */
    fun forgetAll() = prefs.edit { clear() }

    private companion object {
        const val ONBOARDED = "onboarded"
        const val APP_LOCK = "app_lock"
        const val BLOCK_SCREENSHOTS = "block_screenshots"
        const val REMINDER_TIME = "reminder_time"
    }
}
