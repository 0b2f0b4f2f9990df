package org.imrcompanion.app.platform

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import org.imrcompanion.kit.WrappingKeySource
import java.security.KeyStore
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * The AES-GCM key in the AndroidKeyStore that wraps the database key. It is created once,
 * never leaves the secure hardware, and is deliberately NOT bound to biometrics or user
 * authentication: the app lock is a privacy screen, and a new fingerprint or a removed
 * screen lock must never make the participant's data unreadable.
 */
class KeystoreWrapping(
    private val alias: String = ALIAS,
) : WrappingKeySource {
    override fun wrappingKey(create: Boolean): SecretKey? {
        val keyStore = KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }
        (keyStore.getKey(alias, null) as? SecretKey)?.let { return it }
        if (!create) return null
        val spec =
            KeyGenParameterSpec
                .Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .setRandomizedEncryptionRequired(true)
                .setUserAuthenticationRequired(false)
                .build()
        return KeyGenerator
            .getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEYSTORE)
            .apply { init(spec) }
            .generateKey()
    }

    /** Removes the wrapping key (delete all data): the old database can never be opened again. */
    fun delete() {
        KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }.deleteEntry(alias)
    }

    private companion object {
        const val ANDROID_KEYSTORE = "AndroidKeyStore"
        const val ALIAS = "imr-database-key-wrapper"
    }
}
