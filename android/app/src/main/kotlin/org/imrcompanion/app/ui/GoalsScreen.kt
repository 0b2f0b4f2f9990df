package org.imrcompanion.app.ui

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
import androidx.compose.material3.Card
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
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.imrcompanion.app.R
import org.imrcompanion.ffi.GoalInput
import org.imrcompanion.ffi.GoalStatus
import org.imrcompanion.kit.GoalsModel
import org.imrcompanion.kit.ImrKit

/**
 * The participant's recovery goals in their own words, with where each stands; a new goal
 * is added at the bottom. The core validates and orders; this only shows and forwards.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun GoalsScreen(
    kit: ImrKit,
    modifier: Modifier = Modifier,
) {
    val scope = rememberCoroutineScope()
    val model = remember(kit) { GoalsModel(kit, scope) }
    val state by model.state.collectAsStateWithLifecycle()
    LaunchedEffect(model) { model.refresh() }
    var title by remember { mutableStateOf("") }
    var why by remember { mutableStateOf("") }
    val refusal = state.refused?.let { stringResource(R.string.field_refused, it.reason) }

    Column(
        modifier.padding(16.dp).verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(stringResource(R.string.goals_title), style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        if (state.loaded && state.goals.isEmpty()) Text(stringResource(R.string.goals_empty), style = MaterialTheme.typography.bodyLarge)
        state.goals.forEach { goal ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(goal.title, style = MaterialTheme.typography.titleMedium)
                    goal.why?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
                    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        GoalStatus.entries.forEach { status ->
                            FilterChip(
                                selected = goal.status == status,
                                onClick = { model.update(goal.id, GoalInput(goal.title, goal.why, status, goal.targetDate)) },
                                label = { Text(stringResource(statusLabel(status))) },
                                modifier = Modifier.heightIn(min = 48.dp),
                            )
                        }
                    }
                }
            }
        }
        OutlinedTextField(title, { title = it }, label = { Text(stringResource(R.string.goals_new_title)) }, modifier = Modifier.fillMaxWidth())
        OutlinedTextField(why, { why = it }, label = { Text(stringResource(R.string.goals_new_why)) }, modifier = Modifier.fillMaxWidth(), minLines = 2)
        FieldError(refusal)
        state.failure?.let { FieldError(stringResource(R.string.save_failed)) }
        Button(
            onClick = {
                model.create(GoalInput(title = title, why = why.ifBlank { null }, status = GoalStatus.ACTIVE))
                title = ""
                why = ""
            },
            enabled = !state.busy && title.isNotBlank(),
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) {
            Text(stringResource(R.string.goals_add))
        }
    }
}

private fun statusLabel(status: GoalStatus): Int =
    when (status) {
        GoalStatus.ACTIVE -> R.string.goal_active
        GoalStatus.ACHIEVED -> R.string.goal_achieved
        GoalStatus.PAUSED -> R.string.goal_paused
        GoalStatus.LET_GO -> R.string.goal_let_go
    }
