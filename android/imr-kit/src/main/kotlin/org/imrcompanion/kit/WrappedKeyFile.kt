package org.imrcompanion.kit

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.KeyProvider
import java.io.File
import java.io.IOException
import java.nio.ByteBuffer
import java.security.GeneralSecurityException
import java.security.SecureRandom
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * Where the key that wraps the database key lives. On Android this is an AES key in the
 * AndroidKeyStore (hardware-backed, never exported, never bound to biometrics); the JVM
 * tests use a software key. Returning null means the wrapping key is gone for good
 * (keystore reset, app data restored to a new phone).
 */
fun interface WrappingKeySource {
    /** The wrapping key, creating it when [create] is true and there is none; null if gone. */
    fun wrappingKey(create: Boolean): SecretKey?
}

/**
 * The database key, generated once (32 random bytes) and stored only wrapped with AES-GCM
 * under a [WrappingKeySource] key in [file]. The core asks for it on every open. A missing
 * file next to an existing database, a missing wrapping key or a wrapped key that no longer
 * decrypts is reported as `KeyLost` (the app shows the restore screen); a keystore that
 * cannot answer now as `KeyUnavailable` (retry).
 */
class WrappedKeyFile(
    private val file: File,
    private val wrapping: WrappingKeySource,
    private val databaseExists: () -> Boolean,
) : KeyProvider {
    private val lock = Any()

    override fun databaseKey(): ByteArray =
        synchronized(lock) {
            if (file.exists()) unwrap() else createOnce()
        }

    private fun createOnce(): ByteArray {
        if (databaseExists()) {
            throw ApiException.KeyLost("the wrapped database key is missing")
        }
        val key = ByteArray(KEY_BYTES).also { SecureRandom().nextBytes(it) }
        val wrappingKey = wrapping.wrappingKey(create = true) ?: throw ApiException.KeyUnavailable("no wrapping key could be created")
        val sealed = keystoreCall {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey)
            val iv = cipher.iv
            val box = cipher.doFinal(key)
            ByteBuffer.allocate(1 + 1 + iv.size + box.size).put(FORMAT).put(iv.size.toByte()).put(iv).put(box).array()
        }
        writeAtomically(sealed)
        return key
    }

    private fun unwrap(): ByteArray {
        val sealed = try {
            file.readBytes()
        } catch (error: IOException) {
            throw ApiException.KeyUnavailable("the wrapped key cannot be read: ${error.message}")
        }
        if (sealed.size < 2 || sealed[0] != FORMAT) throw ApiException.KeyLost("the wrapped key file is not readable")
        val ivLength = sealed[1].toInt()
        if (ivLength <= 0 || sealed.size < 2 + ivLength + KEY_BYTES) throw ApiException.KeyLost("the wrapped key file is truncated")
        val wrappingKey = wrapping.wrappingKey(create = false) ?: throw ApiException.KeyLost("the keystore no longer holds the wrapping key")
        return keystoreCall {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey, GCMParameterSpec(TAG_BITS, sealed, 2, ivLength))
            cipher.doFinal(sealed, 2 + ivLength, sealed.size - 2 - ivLength)
        }
    }

    private fun writeAtomically(bytes: ByteArray) {
        val partial = File(file.parentFile, file.name + ".partial")
        try {
            file.parentFile?.mkdirs()
            partial.writeBytes(bytes)
            if (!partial.renameTo(file)) throw IOException("rename failed")
        } catch (error: IOException) {
            partial.delete()
            throw ApiException.KeyUnavailable("the wrapped key cannot be stored: ${error.message}")
        }
    }

    private inline fun <T> keystoreCall(block: () -> T): T =
        try {
            block()
        } catch (tampered: AEADBadTagException) {
            throw ApiException.KeyLost("the wrapped key does not decrypt with the keystore key")
        } catch (error: GeneralSecurityException) {
            throw ApiException.KeyUnavailable("the keystore refused: ${error.javaClass.simpleName}")
        }

    private companion object {
        const val KEY_BYTES = 32
        const val TAG_BITS = 128
        const val FORMAT: Byte = 1
        const val TRANSFORMATION = "AES/GCM/NoPadding"
    }
}
