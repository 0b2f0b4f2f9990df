package org.imrcompanion.app.platform

import android.os.Build
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_WEAK
import androidx.biometric.BiometricManager.Authenticators.DEVICE_CREDENTIAL
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity

/**
 * The optional app lock: a privacy screen in front of the app, opened with a fingerprint,
 * face or the phone's own PIN/pattern. It guards nothing cryptographically (the database key
 * is not bound to it), so forgetting a fingerprint never costs the participant their data.
 */
object AppLock {
    /** Whether this phone can show the prompt at all (a screen lock is set up). */
    fun available(activity: FragmentActivity): Boolean =
        BiometricManager.from(activity).canAuthenticate(authenticators()) == BiometricManager.BIOMETRIC_SUCCESS

    /** Shows the system prompt; [onUnlocked] runs on success, [onStillLocked] on cancel or error. */
    fun prompt(
        activity: FragmentActivity,
        title: String,
        onUnlocked: () -> Unit,
        onStillLocked: () -> Unit,
    ) {
        val callback =
            object : BiometricPrompt.AuthenticationCallback() {
                override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) = onUnlocked()

                override fun onAuthenticationError(
                    errorCode: Int,
                    errString: CharSequence,
                ) = onStillLocked()
            }
        val builder = BiometricPrompt.PromptInfo.Builder().setTitle(title)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
            builder.setAllowedAuthenticators(authenticators())
        } else {
            @Suppress("DEPRECATION")
            builder.setDeviceCredentialAllowed(true)
        }
        BiometricPrompt(activity, ContextCompat.getMainExecutor(activity), callback).authenticate(builder.build())
    }

    private fun authenticators(): Int =
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) BIOMETRIC_WEAK or DEVICE_CREDENTIAL else BIOMETRIC_WEAK
}
