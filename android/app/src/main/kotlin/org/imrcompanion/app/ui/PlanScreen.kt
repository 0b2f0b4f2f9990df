package org.imrcompanion.app.ui

import android.content.Context
import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Call
import androidx.compose.material3.Button
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.Icon
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
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import org.imrcompanion.app.R
import org.imrcompanion.ffi.SupporterInput
import org.imrcompanion.kit.ImrKit
import org.imrcompanion.kit.PlanModel

/**
 * The relapse prevention plan as the core stored it: what to do at red and at amber, the
 * participant's own crisis numbers, the clinician and the supporters, each number one tap
 * from the dialer (ACTION_DIAL: the person still presses call). Supporters can be added here.
 */
@Composable
fun PlanScreen(
    kit: ImrKit,
    modifier: Modifier = Modifier,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val model = remember(kit) { PlanModel(kit, scope) }
    val state by model.state.collectAsStateWithLifecycle()
    LaunchedEffect(model) { model.refresh() }
    val content = state.plan?.content

    Column(
        modifier.padding(16.dp).verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(stringResource(R.string.plan_title), style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        if (state.loaded && content == null) Text(stringResource(R.string.plan_empty), style = MaterialTheme.typography.bodyLarge)
        content?.let { plan ->
            Steps(stringResource(R.string.plan_red), plan.redSteps)
            Steps(stringResource(R.string.plan_amber), plan.amberSteps)
            plan.localNumbers.forEach { CallRow(context, it.label, it.number) }
            plan.clinicianPhone?.let { CallRow(context, plan.clinicianName ?: stringResource(R.string.plan_clinician), it) }
        }
        Text(stringResource(R.string.plan_supporters), style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        state.supporters.forEach { supporter ->
            val who = listOfNotNull(supporter.name, supporter.relation).joinToString(", ")
            val phone = supporter.phone
            if (phone != null) CallRow(context, who, phone) else Text(who, style = MaterialTheme.typography.bodyLarge)
            supporter.agreedTo?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        }
        AddSupporter(
            refusal = state.refused?.takeIf { it.field.startsWith("supporter.") }?.let { stringResource(R.string.field_refused, it.reason) },
            busy = state.busy,
            onAdd = { name, phone -> model.addSupporter(SupporterInput(name = name, phone = phone.ifBlank { null })) },
        )
        state.failure?.let { FieldError(stringResource(R.string.load_failed)) }
        HelpButton()
    }
}

@Composable
private fun Steps(
    title: String,
    steps: List<String>,
) {
    if (steps.isEmpty()) return
    Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
    steps.forEachIndexed { index, step -> Text("${index + 1}. $step", style = MaterialTheme.typography.bodyLarge) }
}

/** A name and a number with a 48 dp call button that TalkBack reads as "Call <name>". */
@Composable
private fun CallRow(
    context: Context,
    who: String,
    number: String,
) {
    Row(Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
        Column(Modifier.weight(1f)) {
            Text(who, style = MaterialTheme.typography.bodyLarge)
            Text(number, style = MaterialTheme.typography.bodyMedium)
        }
        FilledTonalButton(
            onClick = { context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + Uri.encode(number)))) },
            modifier = Modifier.heightIn(min = 48.dp),
        ) {
            Icon(Icons.Filled.Call, contentDescription = null)
            Text(stringResource(R.string.plan_call, who))
        }
    }
}

@Composable
private fun AddSupporter(
    refusal: String?,
    busy: Boolean,
    onAdd: (String, String) -> Unit,
) {
    var name by remember { mutableStateOf("") }
    var phone by remember { mutableStateOf("") }
    OutlinedTextField(name, { name = it }, label = { Text(stringResource(R.string.plan_supporter_name)) }, singleLine = true, modifier = Modifier.fillMaxWidth())
    OutlinedTextField(phone, { phone = it }, label = { Text(stringResource(R.string.plan_supporter_phone)) }, singleLine = true, modifier = Modifier.fillMaxWidth())
    FieldError(refusal)
    Button(
        onClick = {
            onAdd(name, phone)
            name = ""
            phone = ""
        },
        enabled = !busy && name.isNotBlank(),
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) {
        Text(stringResource(R.string.plan_supporter_add))
    }
}
