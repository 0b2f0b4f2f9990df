package org.imrcompanion.app.ui

import android.content.Context
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
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
import org.imrcompanion.ffi.CheckIn
import org.imrcompanion.ffi.CheckInInput
import org.imrcompanion.ffi.Medication
import org.imrcompanion.kit.ImrKit
import org.imrcompanion.kit.TodayModel

/**
 * Today: the day's check-in form (quick: stress and mood; full: sleep, medication, note).
 * The day comes from the core (timezone and day-start hour), the bounds from its limits,
 * and every refusal names the field the core refused.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun TodayScreen(
    kit: ImrKit,
    modifier: Modifier = Modifier,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val model = remember(kit) { TodayModel(kit, scope) }
    val state by model.state.collectAsStateWithLifecycle()
    LaunchedEffect(model) { model.refresh() }
    val limits = remember { ImrKit.limits() }
    var form by remember(state.checkIn, state.day) { mutableStateOf(FormValues.from(state.checkIn)) }
    val refusedField = state.refused?.field
    val refusal = state.refused?.let { stringResource(R.string.field_refused, it.reason) }

    Column(
        modifier.padding(16.dp).verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(stringResource(R.string.today_title), style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        state.day?.let { Text(stringResource(R.string.today_day, it), style = MaterialTheme.typography.bodyLarge) }
        if (state.checkIn != null) Text(stringResource(R.string.today_saved), style = MaterialTheme.typography.bodyMedium)
        RatingSlider(stringResource(R.string.field_stress), form.stress, limits.stressMoodMax.toInt(), { form = form.copy(stress = it) }, refusal.takeIf { refusedField == "check_in.stress" })
        RatingSlider(stringResource(R.string.field_mood), form.mood, limits.stressMoodMax.toInt(), { form = form.copy(mood = it) }, refusal.takeIf { refusedField == "check_in.mood" })
        RatingSlider(
            stringResource(R.string.field_sleep_hours),
            form.sleepHalfHours,
            (limits.sleepHoursMax * 2).toInt(),
            { form = form.copy(sleepHalfHours = it) },
            refusal.takeIf { refusedField == "check_in.sleep_hours" },
            step = 0.5f,
            display = { "%.1f".format(it) },
        )
        RatingSlider(
            stringResource(R.string.field_sleep_quality),
            form.sleepQuality,
            limits.sleepQualityMax.toInt(),
            { form = form.copy(sleepQuality = it) },
            refusal.takeIf { refusedField == "check_in.sleep_quality" },
        )
        Text(stringResource(R.string.field_medication), style = MaterialTheme.typography.titleMedium)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Medication.entries.forEach { option ->
                FilterChip(
                    selected = form.medication == option,
                    onClick = { form = form.copy(medication = option.takeIf { form.medication != option }) },
                    label = { Text(medicationLabel(context, option)) },
                    modifier = Modifier.heightIn(min = 48.dp),
                )
            }
        }
        OutlinedTextField(
            value = form.note,
            onValueChange = { if (it.length <= limits.noteMaxChars.toInt()) form = form.copy(note = it) },
            label = { Text(stringResource(R.string.field_note)) },
            isError = refusedField == "check_in.note",
            supportingText = { Text("${form.note.length} / ${limits.noteMaxChars}") },
            modifier = Modifier.fillMaxWidth(),
            minLines = 3,
        )
        FieldError(refusal.takeIf { refusedField != null && refusedField !in FormValues.SHOWN_AT_FIELD })
        state.failure?.let { FieldError(stringResource(R.string.save_failed)) }
        Button(
            onClick = { state.day?.let { model.submit(form.toInput(it)) } },
            enabled = !state.busy && state.day != null,
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) {
            Text(stringResource(R.string.today_save))
        }
    }
}

/** The form's values as the person sets them; sent to the core unchanged. */
private data class FormValues(
    val stress: Int? = null,
    val mood: Int? = null,
    val sleepHalfHours: Int? = null,
    val sleepQuality: Int? = null,
    val medication: Medication? = null,
    val note: String = "",
) {
    fun toInput(day: String) =
        CheckInInput(
            day = day,
            stress = stress,
            mood = mood,
            sleepHours = sleepHalfHours?.let { it / 2.0 },
            sleepQuality = sleepQuality,
            medication = medication,
            note = note.ifBlank { null },
        )

    companion object {
        /** Fields whose refusal is shown at the field itself. */
        val SHOWN_AT_FIELD = setOf("check_in.stress", "check_in.mood", "check_in.sleep_hours", "check_in.sleep_quality", "check_in.note")

        fun from(checkIn: CheckIn?) =
            FormValues(
                stress = checkIn?.stress,
                mood = checkIn?.mood,
                sleepHalfHours = checkIn?.sleepHours?.let { (it * 2).toInt() },
                sleepQuality = checkIn?.sleepQuality,
                medication = checkIn?.medication,
                note = checkIn?.note.orEmpty(),
            )
    }
}

private fun medicationLabel(
    context: Context,
    medication: Medication,
): String =
    context.getString(
        when (medication) {
            Medication.YES -> R.string.medication_yes
            Medication.PARTLY -> R.string.medication_partly
            Medication.NO -> R.string.medication_no
            Medication.NOT_APPLICABLE -> R.string.medication_not_applicable
        },
    )
