package org.imrcompanion.app.ui

import androidx.compose.foundation.layout.padding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Favorite
import androidx.compose.material.icons.filled.Flag
import androidx.compose.material.icons.filled.Settings
import androidx.compose.material.icons.filled.ShowChart
import androidx.compose.material.icons.filled.Today
import androidx.compose.material3.Icon
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.res.stringResource
import androidx.fragment.app.FragmentActivity
import org.imrcompanion.app.ImrApplication
import org.imrcompanion.app.R
import org.imrcompanion.app.platform.AppPreferences
import org.imrcompanion.kit.ImrKit

/** The tabs of the app, each backed by a screen the core exposes through imr-kit. */
private enum class Tab(
    val label: Int,
    val icon: ImageVector,
) {
    TODAY(R.string.tab_today, Icons.Filled.Today),
    PLAN(R.string.tab_plan, Icons.Filled.Favorite),
    GOALS(R.string.tab_goals, Icons.Filled.Flag),
    TRENDS(R.string.tab_trends, Icons.Filled.ShowChart),
    SETTINGS(R.string.tab_settings, Icons.Filled.Settings),
}

/** The participant's screens behind a bottom navigation bar. */
@Composable
fun MainScreens(
    kit: ImrKit,
    app: ImrApplication,
    activity: FragmentActivity,
    prefs: AppPreferences,
    onScreenshotChoice: (Boolean) -> Unit,
) {
    var tab by rememberSaveable { mutableTabState() }
    Scaffold(
        bottomBar = {
            NavigationBar {
                Tab.entries.forEach { entry ->
                    NavigationBarItem(
                        selected = tab == entry,
                        onClick = { tab = entry },
                        icon = { Icon(entry.icon, contentDescription = null) },
                        label = { Text(stringResource(entry.label)) },
                    )
                }
            }
        },
    ) { padding ->
        val modifier = Modifier.padding(padding)
        when (tab) {
            Tab.TODAY -> TodayScreen(kit, modifier)
            Tab.PLAN -> PlanScreen(kit, modifier)
            Tab.GOALS -> GoalsScreen(kit, modifier)
            Tab.TRENDS -> TrendsScreen(kit, modifier)
            Tab.SETTINGS -> SettingsScreen(kit, app, activity, prefs, onScreenshotChoice, modifier)
        }
    }
}

private fun mutableTabState() = androidx.compose.runtime.mutableStateOf(Tab.TODAY)
