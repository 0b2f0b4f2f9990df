package org.imrcompanion.app.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.graphics.Color

/**
 * Material 3 with calm, high-contrast colours (text on surfaces above WCAG AA 4.5:1).
 * Type sizes are in sp, so the system font scale (up to 200 %) applies everywhere.
 */
@Composable
fun ImrTheme(content: @Composable () -> Unit) {
    val colors =
        if (isSystemInDarkTheme()) {
            darkColorScheme(primary = Color(0xFF9ECAFF), onPrimary = Color(0xFF00325A), surface = Color(0xFF111418), onSurface = Color(0xFFE2E2E6))
        } else {
            lightColorScheme(primary = Color(0xFF1A5FA0), onPrimary = Color.White, surface = Color(0xFFFDFCFF), onSurface = Color(0xFF1A1C1E))
        }
    MaterialTheme(colorScheme = colors, content = content)
}
