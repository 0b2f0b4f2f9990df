package org.imrcompanion.app.ui

import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.imrcompanion.app.R

/** A full-screen message with up to two actions, for the states before the app is usable. */
@Composable
private fun MessageScreen(
    title: String,
    body: String,
    primary: Pair<String, () -> Unit>? = null,
    secondary: Pair<String, () -> Unit>? = null,
) {
    Surface(Modifier.fillMaxSize()) {
        Column(
            Modifier.padding(24.dp).verticalScroll(rememberScrollState()),
            verticalArrangement = Arrangement.spacedBy(16.dp),
        ) {
            Text(title, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
            Text(body, style = MaterialTheme.typography.bodyLarge)
            primary?.let { (label, action) ->
                Button(onClick = action, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) { Text(label) }
            }
            secondary?.let { (label, action) ->
                OutlinedButton(onClick = action, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) { Text(label) }
            }
            HelpButton()
        }
    }
}

/**
 * Opens the phone's dialer, which can always reach the emergency services, without the
 * app's database (so it works while locked or when the store cannot be opened).
 */
@Composable
fun HelpButton() {
    val context = LocalContext.current
    val description = stringResource(R.string.help_call_description)
    OutlinedButton(
        onClick = { context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:"))) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp).semantics { contentDescription = description },
    ) {
        Text(stringResource(R.string.help_call))
    }
}

/** Shown while the store opens (usually a fraction of a second). */
@Composable
fun BusyScreen() {
    val description = stringResource(R.string.opening)
    Surface(Modifier.fillMaxSize()) {
        Column(horizontalAlignment = Alignment.CenterHorizontally, verticalArrangement = Arrangement.Center) {
            CircularProgressIndicator(Modifier.semantics { contentDescription = description })
        }
    }
}

/** The app lock: nothing of the participant's is shown, help is reachable. */
@Composable
fun LockScreen(onUnlock: () -> Unit) {
    MessageScreen(
        title = stringResource(R.string.lock_title),
        body = stringResource(R.string.lock_body),
        primary = stringResource(R.string.lock_unlock) to onUnlock,
    )
}

/**
 * The key is lost, does not fit, or the file is damaged: the data can only come back from
 * an encrypted backup. Starting again deletes the unreadable files, after a confirmation.
 */
@Composable
fun RestoreScreen(
    onTryAgain: () -> Unit,
    onStartAgain: () -> Unit,
) {
    var confirming by remember { mutableStateOf(false) }
    if (confirming) {
        ConfirmDialog(
            title = stringResource(R.string.restore_start_again_confirm_title),
            body = stringResource(R.string.restore_start_again_confirm_body),
            confirm = stringResource(R.string.restore_start_again),
            onConfirm = onStartAgain,
            onDismiss = { confirming = false },
        )
    }
    MessageScreen(
        title = stringResource(R.string.restore_title),
        body = stringResource(R.string.restore_body),
        primary = stringResource(R.string.try_again) to onTryAgain,
        secondary = stringResource(R.string.restore_start_again) to { confirming = true },
    )
}

/** The phone has not been unlocked since it started, so the key cannot be read yet. */
@Composable
fun TryLaterScreen(onTryAgain: () -> Unit) {
    MessageScreen(stringResource(R.string.try_later_title), stringResource(R.string.try_later_body), stringResource(R.string.try_again) to onTryAgain)
}

/** The data was written by a newer version of the app. */
@Composable
fun NeedsUpdateScreen() {
    MessageScreen(stringResource(R.string.update_title), stringResource(R.string.update_body))
}

/** Storage failed (disk full, I/O); nothing was changed. */
@Composable
fun FailedScreen(onTryAgain: () -> Unit) {
    MessageScreen(stringResource(R.string.failed_title), stringResource(R.string.failed_body), stringResource(R.string.try_again) to onTryAgain)
}
