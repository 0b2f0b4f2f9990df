package org.imrcompanion.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Slider
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.unit.dp
import kotlin.math.roundToInt

/**
 * A 0..[max] rating as a stepped slider; TalkBack reads the label and the value, and the
 * core's refusal for this field (if any) is shown and announced under it.
 */
@Composable
fun RatingSlider(
    label: String,
    value: Int?,
    max: Int,
    onChange: (Int) -> Unit,
    error: String? = null,
    step: Float = 1f,
    display: (Float) -> String = { it.roundToInt().toString() },
) {
    val current = value?.toFloat() ?: 0f
    Column(Modifier.fillMaxWidth()) {
        Text("$label: ${if (value == null) "–" else display(current)}", style = MaterialTheme.typography.titleMedium)
        Slider(
            value = current,
            onValueChange = { onChange((it / step).roundToInt()) },
            valueRange = 0f..max * step,
            steps = (max - 1).coerceAtLeast(0),
            modifier = Modifier.heightIn(min = 48.dp).semantics { stateDescription = if (value == null) "–" else display(current) },
        )
        FieldError(error)
    }
}

/** The core's reason for refusing a field, announced by TalkBack as an error. */
@Composable
fun FieldError(message: String?) {
    if (message != null) {
        Text(
            message,
            color = MaterialTheme.colorScheme.error,
            style = MaterialTheme.typography.bodyMedium,
            modifier = Modifier.semantics { error(message) },
        )
    }
}

/** A labelled switch whose whole row is one 48 dp TalkBack target. */
@Composable
fun SwitchRow(
    label: String,
    checked: Boolean,
    onChange: (Boolean) -> Unit,
    enabled: Boolean = true,
) {
    Row(
        Modifier
            .fillMaxWidth()
            .heightIn(min = 48.dp)
            .toggleable(value = checked, enabled = enabled, role = Role.Switch, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Text(label, Modifier.weight(1f), style = MaterialTheme.typography.bodyLarge)
        Switch(checked = checked, onCheckedChange = null, enabled = enabled)
    }
}

/** A yes/cancel dialog for actions that cannot be undone. */
@Composable
fun ConfirmDialog(
    title: String,
    body: String,
    confirm: String,
    onConfirm: () -> Unit,
    onDismiss: () -> Unit,
) {
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(title) },
        text = { Text(body) },
        confirmButton = {
            TextButton(onClick = onConfirm) {
                Text(confirm, color = MaterialTheme.colorScheme.error)
            }
        },
        dismissButton = {
            TextButton(onClick = onDismiss) {
                Text(androidx.compose.ui.res.stringResource(android.R.string.cancel))
            }
        },
    )
}
