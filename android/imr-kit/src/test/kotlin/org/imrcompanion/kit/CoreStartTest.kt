package org.imrcompanion.kit

import kotlinx.coroutines.runBlocking
import org.imrcompanion.ffi.ApiException
import kotlin.test.AfterTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertTrue

class CoreStartTest {
    private val folder = ParticipantFolder()

    @AfterTest
    fun removeFiles() = folder.close()

    @Test
    fun aFirstStartOpensTheStoreAndAsksForTheKeyOffTheMainThread() =
        runBlocking<Unit> {
            val key = FixedKey()
            val start = CoreStart.open(folder.database.path, key, testIo)
            val kit = assertIs<CoreStart.Ready>(start).kit
            assertEquals("kit-io", key.askedOn?.substringBefore(" @"))
            assertTrue(kit.identity().participantId.isNotBlank())
            kit.close()
        }

    @Test
    fun anotherKeyForAnExistingStoreLeadsToTheRestoreScreen() =
        runBlocking<Unit> {
            assertIs<CoreStart.Ready>(CoreStart.open(folder.database.path, FixedKey(), testIo)).kit.close()
            val other = FixedKey(ByteArray(32) { 9 })
            val start = CoreStart.open(folder.database.path, other, testIo)
            assertIs<ApiException.WrongKey>(assertIs<CoreStart.NeedsRestore>(start).error)
        }

    @Test
    fun aPhoneNotYetUnlockedIsToldToTryLaterAndNoFileIsCreated() =
        runBlocking<Unit> {
            val start = CoreStart.open(folder.database.path, LockedPhone(), testIo)
            assertEquals("before first unlock", assertIs<CoreStart.TryLater>(start).error.reason)
            assertTrue(!folder.database.exists())
        }

    @Test
    fun aLostWrappingKeyLeadsToTheRestoreScreen() =
        runBlocking<Unit> {
            val keystore = SoftwareKeystore()
            val keys = WrappedKeyFile(folder.wrappedKey, keystore) { folder.database.exists() }
            assertIs<CoreStart.Ready>(CoreStart.open(folder.database.path, keys, testIo)).kit.close()
            keystore.key = null
            val start = CoreStart.open(folder.database.path, keys, testIo)
            assertIs<ApiException.KeyLost>(assertIs<CoreStart.NeedsRestore>(start).error)
        }

    @Test
    fun everyCallAfterCloseSaysClosed() =
        runBlocking<Unit> {
            val kit = assertIs<CoreStart.Ready>(CoreStart.open(folder.database.path, FixedKey(), testIo)).kit
            val settings = kit.settings.get()
            kit.close()
            val outcome = kit.settings.save(settings)
            assertIs<ApiException.Closed>(assertIs<Outcome.Failed>(outcome).error)
        }
}
