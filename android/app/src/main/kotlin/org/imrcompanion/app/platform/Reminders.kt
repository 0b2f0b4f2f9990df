package org.imrcompanion.app.platform

import android.app.AlarmManager
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import org.imrcompanion.app.MainActivity
import org.imrcompanion.app.R
import java.time.LocalTime
import java.time.ZonedDateTime

/**
 * The daily check-in reminder. The time comes from the core's settings (`HH:MM`); this only
 * arms an inexact daily alarm and shows a notification that says nothing private: on the
 * lock screen only the app name appears (VISIBILITY_SECRET with a neutral public version).
 */
object Reminders {
    private const val CHANNEL = "daily_reminder"
    private const val NOTIFICATION_ID = 1

    /** Arms (or, for null, cancels) the daily reminder at [time] and remembers it for reboots. */
    fun schedule(
        context: Context,
        time: String?,
    ) {
        AppPreferences(context).reminderTime = time
        val alarms = context.getSystemService(AlarmManager::class.java)
        val pending = alarmIntent(context)
        alarms.cancel(pending)
        if (time == null) return
        val at = LocalTime.parse(time)
        val now = ZonedDateTime.now()
        var next = now.with(at).withSecond(0).withNano(0)
        if (!next.isAfter(now)) next = next.plusDays(1)
        alarms.setInexactRepeating(AlarmManager.RTC_WAKEUP, next.toInstant().toEpochMilli(), AlarmManager.INTERVAL_DAY, pending)
    }

    /** Creates the notification channel (idempotent; called at app start). */
    fun createChannel(context: Context) {
        val channel =
            NotificationChannel(CHANNEL, context.getString(R.string.reminder_channel), NotificationManager.IMPORTANCE_DEFAULT).apply {
                lockscreenVisibility = NotificationCompat.VISIBILITY_SECRET
                setShowBadge(false)
            }
        context.getSystemService(NotificationManager::class.java).createNotificationChannel(channel)
    }

    /** Posts the reminder, if the person allowed notifications. */
    fun show(context: Context) {
        val open =
            PendingIntent.getActivity(
                context,
                0,
                Intent(context, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
            )
        val neutral =
            NotificationCompat
                .Builder(context, CHANNEL)
                .setSmallIcon(android.R.drawable.ic_popup_reminder)
                .setContentTitle(context.getString(R.string.app_name))
                .build()
        val notification =
            NotificationCompat
                .Builder(context, CHANNEL)
                .setSmallIcon(android.R.drawable.ic_popup_reminder)
                .setContentTitle(context.getString(R.string.app_name))
                .setContentText(context.getString(R.string.reminder_text))
                .setVisibility(NotificationCompat.VISIBILITY_SECRET)
                .setPublicVersion(neutral)
                .setCategory(NotificationCompat.CATEGORY_REMINDER)
                .setContentIntent(open)
                .setAutoCancel(true)
                .build()
        val manager = NotificationManagerCompat.from(context)
        if (manager.areNotificationsEnabled()) {
            try {
                manager.notify(NOTIFICATION_ID, notification)
            } catch (denied: SecurityException) {
                // POST_NOTIFICATIONS was revoked between the check and the call: nothing to show.
            }
        }
    }

    private fun alarmIntent(context: Context): PendingIntent =
        PendingIntent.getBroadcast(
            context,
            0,
            Intent(context, ReminderReceiver::class.java),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
}

/** Fired by the daily alarm: shows the reminder. */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        Reminders.show(context)
    }
}

/**
 * Alarms do not survive a restart or an app update, and a timezone change moves "20:00":
 * re-arm from the time remembered when the settings were last saved (the database may still
 * be locked before the first unlock, so it is not read here).
 */
class BootReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        Reminders.schedule(context, AppPreferences(context).reminderTime)
    }
}
