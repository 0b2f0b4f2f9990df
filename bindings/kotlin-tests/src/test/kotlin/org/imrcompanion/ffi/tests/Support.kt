package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.ImrCore
import org.imrcompanion.ffi.KeyProvider
import java.io.File
import java.nio.file.Files
import java.time.LocalDate

/** The key the Android Keystore would hand out, here fixed bytes. */
class FixedKey(private val key: ByteArray) : KeyProvider {
    var calls = 0
        private set

    override fun databaseKey(): ByteArray {
        calls++
        return key.copyOf()
    }
}

/** A key provider for a phone that has not been unlocked since it started. */
class LockedKeystore : KeyProvider {
    override fun databaseKey(): ByteArray =
        throw ApiException.KeyUnavailable("device locked before first unlock")
}

/** A key provider whose keystore blows up with an exception of its own. */
class BrokenKeystore : KeyProvider {
    override fun databaseKey(): ByteArray = throw IllegalStateException("KeyStoreException: keystore busy")
}

val PARTICIPANT_KEY = ByteArray(32) { (it * 7 + 1).toByte() }
val OTHER_KEY = ByteArray(32) { (255 - it).toByte() }

/** A fresh folder with a database path in it, removed after the test. */
class TempDatabase : AutoCloseable {
    val dir: File = Files.createTempDirectory("imr-ffi-test").toFile()
    val path: String = File(dir, "participant.db").path

    fun open(key: KeyProvider = FixedKey(PARTICIPANT_KEY)): ImrCore = ImrCore.open(path, key)

    /** Every file the store left in the folder. */
    fun files(): List<String> = dir.listFiles().orEmpty().map { it.name }.sorted()

    override fun close() {
        dir.deleteRecursively()
    }
}

/** `YYYY-MM-DD` of the participant's day `daysBack` days before `today`. */
fun daysBefore(today: String, daysBack: Long): String = LocalDate.parse(today).minusDays(daysBack).toString()
