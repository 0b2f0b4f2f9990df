package org.imrcompanion.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.res.stringResource
import androidx.fragment.app.FragmentActivity
import kotlinx.coroutines.flow.MutableStateFlow
import org.imrcompanion.app.ImrApplication
import org.imrcompanion.app.R
import org.imrcompanion.app.platform.AppLock
import org.imrcompanion.app.platform.AppPreferences
import org.imrcompanion.kit.CoreStart

/**
 * Routes by what opening the store said (the core decides; see [CoreStart]) and puts the
 * optional lock in front of the participant's screens. The lock screen itself never needs
 * the database, so help stays one tap away while locked.
 */
@Composable
fun AppRoot(
    app: ImrApplication,
    activity: FragmentActivity,
    prefs: AppPreferences,
    locked: MutableStateFlow<Boolean>,
    onScreenshotChoice: (Boolean) -> Unit,
) {
    val isLocked by locked.collectAsState()
    if (isLocked) {
        val title = stringResource(R.string.lock_prompt_title)
        LockScreen(onUnlock = {
            AppLock.prompt(activity, title, onUnlocked = { locked.value = false }, onStillLocked = {})
        })
        return
    }
    when (val start = app.coreStart.collectAsState().value) {
        null -> BusyScreen()
        is CoreStart.NeedsRestore -> RestoreScreen(onTryAgain = app::openStore, onStartAgain = app::deleteAllData)
        is CoreStart.TryLater -> TryLaterScreen(onTryAgain = app::openStore)
        is CoreStart.NeedsUpdate -> NeedsUpdateScreen()
        is CoreStart.Failed -> FailedScreen(onTryAgain = app::openStore)
        is CoreStart.Ready -> {
            var onboarded by remember { mutableStateOf(prefs.onboarded) }
            if (!onboarded) {
                OnboardingScreen(kit = start.kit, onDone = {
                    prefs.onboarded = true
                    onboarded = true
                })
            } else {
                MainScreens(
                    kit = start.kit,
                    app = app,
                    activity = activity,
                    prefs = prefs,
                    onScreenshotChoice = onScreenshotChoice,
                )
            }
        }
    }
}
