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
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
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
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.imrcompanion.app.R
import org.imrcompanion.app.platform.Reminders
import org.imrcompanion.ffi.Settings
import org.imrcompanion.kit.ImrKit
import org.imrcompanion.kit.SettingsModel
import java.time.ZoneId

/**
 * First start: what the app is and is not (not an emergency service), then language,
 * country, timezone and reminder. Finishing stores the settings in the core and arms the
 * reminder, asking for the notification permission on Android 13+ only when one is wanted.
 */
@Composable
fun OnboardingScreen(
    kit: ImrKit,
    onDone: () -> Unit,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var finished by remember { mutableStateOf(false) }
    val model =
        remember(kit) {
            SettingsModel(kit, scope) { stored ->
                Reminders.schedule(context, stored.reminderTime)
                finished = true
            }
        }
    val state by model.state.collectAsStateWithLifecycle()
    var draft by remember { mutableStateOf<Settings?>(null) }
    val askNotifications = rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) { }
    LaunchedEffect(model) { model.refresh() }
    LaunchedEffect(state.settings) {
        if (draft == null) draft = state.settings?.copy(timezone = ZoneId.systemDefault().id, timezonePinned = false)
    }
    LaunchedEffect(finished) { if (finished) onDone() }

    Column(
        Modifier.safeDrawingPadding().padding(24.dp).verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(stringResource(R.string.onboarding_title), style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
        Text(stringResource(R.string.onboarding_what), style = MaterialTheme.typography.bodyLarge)
        Text(stringResource(R.string.onboarding_not_emergency), style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.error)
        HelpButton()
        Text(stringResource(R.string.onboarding_privacy), style = MaterialTheme.typography.bodyLarge)
        draft?.let { settings ->
            SettingsForm(settings, state.refused) { draft = it }
            Button(
                onClick = {
                    if (settings.reminderTime != null && Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
                        askNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
                    }
                    model.save(settings)
                },
                enabled = !state.busy,
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) {
                Text(stringResource(R.string.onboarding_done))
            }
        }
        state.failure?.let { FieldError(stringResource(R.string.save_failed)) }
    }
}
