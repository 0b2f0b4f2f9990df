package org.imrcompanion.app.ui

import android.Manifest
import android.os.Build
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.imrcompanion.app.ImrApplication
import org.imrcompanion.app.R
import org.imrcompanion.app.platform.AppLock
import org.imrcompanion.app.platform.AppPreferences
import org.imrcompanion.app.platform.Reminders
import org.imrcompanion.ffi.Settings
import org.imrcompanion.kit.ImrKit
import org.imrcompanion.kit.SettingsModel

/**
 * Settings: the participant's settings (stored in the core), this phone's privacy choices
 * (app lock, screenshot blocking) and deleting everything, after a confirmation.
 */
@Composable
fun SettingsScreen(
    kit: ImrKit,
    app: ImrApplication,
    activity: FragmentActivity,
    prefs: AppPreferences,
    onScreenshotChoice: (Boolean) -> Unit,
    modifier: Modifier = Modifier,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val model = remember(kit) { SettingsModel(kit, scope) { Reminders.schedule(context, it.reminderTime) } }
    val state by model.state.collectAsStateWithLifecycle()
    var draft by remember { mutableStateOf<Settings?>(null) }
    var appLock by remember { mutableStateOf(prefs.appLock) }
    var blockScreenshots by remember { mutableStateOf(prefs.blockScreenshots) }
    var confirmDelete by remember { mutableStateOf(false) }
    val askNotifications = rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) { }
    val lockTitle = stringResource(R.string.lock_prompt_title)
    LaunchedEffect(model) { model.refresh() }
    LaunchedEffect(state.settings) { draft = state.settings }

    if (confirmDelete) {
        ConfirmDialog(
            title = stringResource(R.string.delete_confirm_title),
            body = stringResource(R.string.delete_confirm_body),
            confirm = stringResource(R.string.delete_all),
            onConfirm = {
                confirmDelete = false
                app.deleteAllData()
            },
            onDismiss = { confirmDelete = false },
        )
    }

    Column(
        modifier.padding(16.dp).verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(stringResource(R.string.tab_settings), style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        draft?.let { settings ->
            SettingsForm(settings, state.refused) { draft = it }
            Button(
                onClick = {
                    if (settings.reminderTime != null && Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
                        askNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
                    }
                    model.save(settings)
                },
                enabled = !state.busy && settings != state.settings,
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) {
                Text(stringResource(R.string.settings_save))
            }
        }
        state.failure?.let { FieldError(stringResource(R.string.save_failed)) }
        HorizontalDivider()
        Text(stringResource(R.string.settings_privacy), style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        SwitchRow(
            stringResource(R.string.settings_app_lock),
            appLock,
            { on ->
                if (!on) {
                    prefs.appLock = false
                    appLock = false
                } else {
                    // Turning the lock on proves the person can open it before it is kept.
                    AppLock.prompt(activity, lockTitle, onUnlocked = {
                        prefs.appLock = true
                        appLock = true
                    }, onStillLocked = {})
                }
            },
            enabled = appLock || AppLock.available(activity),
        )
        Text(stringResource(R.string.settings_app_lock_hint), style = MaterialTheme.typography.bodyMedium)
        SwitchRow(stringResource(R.string.settings_block_screenshots), blockScreenshots, { on ->
            blockScreenshots = on
            onScreenshotChoice(on)
        })
        HorizontalDivider()
        Button(
            onClick = { confirmDelete = true },
            colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error, contentColor = MaterialTheme.colorScheme.onError),
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) {
            Text(stringResource(R.string.delete_all))
        }
    }
}
