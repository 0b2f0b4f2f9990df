package org.imrcompanion.kit

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.KeyProvider
import java.io.File
import java.nio.file.Files
import java.util.concurrent.Executors
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import kotlinx.coroutines.asCoroutineDispatcher

/** The key the Keystore would hand out, here fixed bytes; remembers the thread that asked. */
class FixedKey(
    private val key: ByteArray = ByteArray(32) { (it * 3 + 5).toByte() },
) : KeyProvider {
    @Volatile
    var askedOn: String? = null

    override fun databaseKey(): ByteArray {
        askedOn = Thread.currentThread().name
        return key.copyOf()
    }
}

/** A phone that has not been unlocked since it started. */
class LockedPhone : KeyProvider {
    override fun databaseKey(): ByteArray = throw ApiException.KeyUnavailable("before first unlock")
}

/** A software stand-in for the AndroidKeyStore: one AES key, which a test may wipe. */
class SoftwareKeystore : WrappingKeySource {
    var key: SecretKey? = null
    var created = 0

    override fun wrappingKey(create: Boolean): SecretKey? {
        if (key == null && create) {
            key = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
            created++
        }
        return key
    }
}

/** A folder for one participant's files, removed after the test. */
class ParticipantFolder : AutoCloseable {
    val dir: File = Files.createTempDirectory("imr-kit-test").toFile()
    val database = File(dir, "participant.db")
    val wrappedKey = File(dir, "db.key")

    override fun close() {
        dir.deleteRecursively()
    }
}

/** A background dispatcher with a recognisable thread name, standing in for Dispatchers.IO. */
val testIo = Executors.newSingleThreadExecutor { Thread(it, "kit-io").apply { isDaemon = true } }.asCoroutineDispatcher()
