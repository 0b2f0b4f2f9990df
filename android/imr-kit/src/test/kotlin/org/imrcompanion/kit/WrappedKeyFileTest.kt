package org.imrcompanion.kit

import org.imrcompanion.ffi.ApiException
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue

class WrappedKeyFileTest {
    private val folder = ParticipantFolder()
    private val keystore = SoftwareKeystore()
    private var databaseExists = false
    private val keys = WrappedKeyFile(folder.wrappedKey, keystore) { databaseExists }

    @AfterTest
    fun removeFiles() = folder.close()

    @Test
    fun theKeyIsGeneratedOnceAndHandedOutAgainUnchanged() {
        val first = keys.databaseKey()
        databaseExists = true
        val second = WrappedKeyFile(folder.wrappedKey, keystore) { true }.databaseKey()
        assertEquals(32, first.size)
        assertContentEquals(first, second)
        assertEquals(1, keystore.created)
    }

    @Test
    fun theKeyIsNeverStoredInTheClear() {
        val key = keys.databaseKey()
        val stored = folder.wrappedKey.readBytes()
        val inTheClear = (0..stored.size - key.size).any { at -> key.indices.all { stored[at + it] == key[it] } }
        assertFalse(inTheClear)
    }

    @Test
    fun aWipedKeystoreMeansTheKeyIsLost() {
        keys.databaseKey()
        keystore.key = null
        assertFailsWith<ApiException.KeyLost> { keys.databaseKey() }
        assertTrue(folder.wrappedKey.exists(), "the wrapped key is kept for a later restore")
    }

    @Test
    fun aTamperedWrappedKeyIsLostNotReplaced() {
        keys.databaseKey()
        val bytes = folder.wrappedKey.readBytes()
        bytes[bytes.size - 1] = (bytes[bytes.size - 1].toInt() xor 1).toByte()
        folder.wrappedKey.writeBytes(bytes)
        assertFailsWith<ApiException.KeyLost> { keys.databaseKey() }
        assertContentEquals(bytes, folder.wrappedKey.readBytes())
    }

    @Test
    fun aMissingKeyFileBesideAnExistingDatabaseIsLostAndNoNewKeyIsMade() {
        databaseExists = true
        assertFailsWith<ApiException.KeyLost> { keys.databaseKey() }
        assertFalse(folder.wrappedKey.exists())
        assertEquals(0, keystore.created)
    }
}
