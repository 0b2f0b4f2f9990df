package org.imrcompanion.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import org.imrcompanion.app.R
import org.imrcompanion.ffi.Country
import org.imrcompanion.ffi.Locale
import org.imrcompanion.ffi.Settings
import org.imrcompanion.kit.Outcome

/**
 * The participant's settings as controls: language, country (decides the crisis numbers,
 * never the language), timezone, the hour a new day starts and the reminder. Values go to
 * the core unchanged; its refusal is shown at the field it names.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun SettingsForm(
    settings: Settings,
    refused: Outcome.Refused?,
    onChange: (Settings) -> Unit,
) {
    val refusal = refused?.let { stringResource(R.string.field_refused, it.reason) }
    Column(verticalArrangement = Arrangement.spacedBy(12.dp)) {
        Text(stringResource(R.string.settings_language), style = MaterialTheme.typography.titleMedium)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Locale.entries.forEach { locale ->
                FilterChip(
                    selected = settings.locale == locale,
                    onClick = { onChange(settings.copy(locale = locale)) },
                    label = { Text(stringResource(localeName(locale))) },
                    modifier = Modifier.heightIn(min = 48.dp),
                )
            }
        }
        Text(stringResource(R.string.settings_country), style = MaterialTheme.typography.titleMedium)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Country.entries.forEach { country ->
                FilterChip(
                    selected = settings.country == country,
                    onClick = { onChange(settings.copy(country = country)) },
                    label = { Text(stringResource(countryName(country))) },
                    modifier = Modifier.heightIn(min = 48.dp),
                )
            }
        }
        OutlinedTextField(
            value = settings.timezone,
            onValueChange = { onChange(settings.copy(timezone = it, timezonePinned = true)) },
            label = { Text(stringResource(R.string.settings_timezone)) },
            isError = refused?.field == "settings.timezone",
            supportingText = { Text(if (refused?.field == "settings.timezone") refusal.orEmpty() else stringResource(R.string.settings_timezone_hint)) },
            singleLine = true,
        )
        SwitchRow(stringResource(R.string.settings_timezone_follow), !settings.timezonePinned, { follow -> onChange(settings.copy(timezonePinned = !follow)) })
        RatingSlider(
            stringResource(R.string.settings_day_start),
            settings.dayStartHour,
            DAY_START_MAX_HOUR,
            { onChange(settings.copy(dayStartHour = it)) },
            refusal.takeIf { refused?.field == "settings.day_start_hour" },
            display = { "%02d:00".format(it.toInt()) },
        )
        SwitchRow(stringResource(R.string.settings_reminder), settings.reminderTime != null, { on -> onChange(settings.copy(reminderTime = if (on) DEFAULT_REMINDER else null)) })
        settings.reminderTime?.let { time ->
            OutlinedTextField(
                value = time,
                onValueChange = { onChange(settings.copy(reminderTime = it)) },
                label = { Text(stringResource(R.string.settings_reminder_time)) },
                isError = refused?.field == "settings.reminder_time",
                supportingText = { if (refused?.field == "settings.reminder_time") Text(refusal.orEmpty()) },
                singleLine = true,
            )
        }
    }
}

/** The latest day-start hour the core accepts (its limit; a later value is refused there). */
private const val DAY_START_MAX_HOUR = 12

/** Offered when the reminder is switched on; the participant changes it freely. */
private const val DEFAULT_REMINDER = "20:00"

private fun localeName(locale: Locale): Int =
    when (locale) {
        Locale.EN -> R.string.language_en
        Locale.NB -> R.string.language_nb
        Locale.NL -> R.string.language_nl
    }

private fun countryName(country: Country): Int =
    when (country) {
        Country.NORWAY -> R.string.country_norway
        Country.NETHERLANDS -> R.string.country_netherlands
        Country.OTHER -> R.string.country_other
    }
