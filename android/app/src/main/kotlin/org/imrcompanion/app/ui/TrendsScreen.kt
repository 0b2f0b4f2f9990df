package org.imrcompanion.app.ui

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.Path
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.imrcompanion.app.R
import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckIn
import org.imrcompanion.kit.ImrKit
import java.time.LocalDate

/** How many of the participant's days the chart shows. */
private const val WINDOW_DAYS = 28L

/**
 * Stress and mood of the last four weeks as the core stored them, drawn with Canvas. Days
 * without a check-in stay empty (the line breaks) rather than being guessed. TalkBack reads
 * each day's values from the chart's description.
 */
@Composable
fun TrendsScreen(
    kit: ImrKit,
    modifier: Modifier = Modifier,
) {
    var days by remember { mutableStateOf<List<String>>(emptyList()) }
    var checkIns by remember { mutableStateOf<List<CheckIn>>(emptyList()) }
    var failed by remember { mutableStateOf(false) }
    LaunchedEffect(kit) {
        try {
            val today = LocalDate.parse(kit.checkIns.today())
            val first = today.minusDays(WINDOW_DAYS - 1)
            days = (0 until WINDOW_DAYS).map { first.plusDays(it).toString() }
            checkIns = kit.checkIns.list(first.toString(), today.toString())
        } catch (error: ApiException) {
            failed = true
        }
    }
    val limits = remember { ImrKit.limits() }
    val byDay = checkIns.associateBy { it.day }
    val stressColor = MaterialTheme.colorScheme.error
    val moodColor = MaterialTheme.colorScheme.primary
    val gridColor = MaterialTheme.colorScheme.outlineVariant
    val stressLabel = stringResource(R.string.field_stress)
    val moodLabel = stringResource(R.string.field_mood)
    val description =
        stringResource(R.string.trends_description, checkIns.size) + " " +
            checkIns.joinToString("; ") { "${it.day}: $stressLabel ${it.stress ?: "–"}, $moodLabel ${it.mood ?: "–"}" }

    Column(
        modifier.padding(16.dp).verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(stringResource(R.string.trends_title), style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        if (failed) FieldError(stringResource(R.string.load_failed))
        Canvas(
            Modifier
                .fillMaxWidth()
                .height(220.dp)
                .semantics { contentDescription = description },
        ) {
            val max = limits.stressMoodMax.toFloat()
            for (line in 0..max.toInt() step 5) {
                val y = size.height * (1 - line / max)
                drawLine(gridColor, Offset(0f, y), Offset(size.width, y))
            }
            if (days.size < 2) return@Canvas
            val dx = size.width / (days.size - 1)
            val series: List<Pair<Color, (CheckIn) -> Int?>> =
                listOf(Pair(stressColor) { c: CheckIn -> c.stress }, Pair(moodColor) { c: CheckIn -> c.mood })
            series.forEach { (color, value) ->
                val path = Path()
                var drawing = false
                days.forEachIndexed { index, day ->
                    val v = byDay[day]?.let(value)
                    if (v == null) {
                        drawing = false
                    } else {
                        val point = Offset(index * dx, size.height * (1 - v / max))
                        if (drawing) path.lineTo(point.x, point.y) else path.moveTo(point.x, point.y)
                        drawing = true
                        drawCircle(color, radius = 4.dp.toPx(), center = point)
                    }
                }
                drawPath(path, color, style = Stroke(width = 2.dp.toPx()))
            }
        }
        Legend(stressColor, stressLabel)
        Legend(moodColor, moodLabel)
    }
}

@Composable
private fun Legend(
    color: Color,
    label: String,
) {
    Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        Canvas(Modifier.size(16.dp)) { drawCircle(color) }
        Text(label, style = MaterialTheme.typography.bodyLarge)
    }
}
