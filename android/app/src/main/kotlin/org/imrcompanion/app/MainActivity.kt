package org.imrcompanion.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner
import kotlinx.coroutines.flow.MutableStateFlow
import org.imrcompanion.app.platform.AppPreferences
import org.imrcompanion.app.ui.AppRoot
import org.imrcompanion.app.ui.ImrTheme

/**
 * The one activity. A FragmentActivity because BiometricPrompt needs one. It applies the
 * screenshot choice (FLAG_SECURE) and locks the app again whenever the whole app went to
 * the background, when the participant chose an app lock.
 */
class MainActivity : FragmentActivity() {
    private val locked = MutableStateFlow(false)
    private lateinit var prefs: AppPreferences

    private val relock =
        object : DefaultLifecycleObserver {
            override fun onStop(owner: LifecycleOwner) {
                if (prefs.appLock) locked.value = true
            }
        }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        enableEdgeToEdge()
        prefs = AppPreferences(this)
        locked.value = prefs.appLock
        applyScreenshotChoice(prefs.blockScreenshots)
        ProcessLifecycleOwner.get().lifecycle.addObserver(relock)
        val app = application as ImrApplication
        setContent {
            ImrTheme {
                AppRoot(
                    app = app,
                    activity = this,
                    prefs = prefs,
                    locked = locked,
                    onScreenshotChoice = ::applyScreenshotChoice,
                )
            }
        }
    }

    override fun onDestroy() {
        ProcessLifecycleOwner.get().lifecycle.removeObserver(relock)
        super.onDestroy()
    }

    /** Blocks (or allows) screenshots, screen recording and the app-switcher preview. */
    fun applyScreenshotChoice(block: Boolean) {
        prefs.blockScreenshots = block
        if (block) {
            window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        } else {
            window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
        }
    }
}
