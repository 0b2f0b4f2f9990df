package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.CheckInInput
import java.io.File
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertTrue

/** Opening with the app's key, the errors an app acts on, and closing to delete all data. */
class CoreLifecycleTest {
    @Test
    fun theCoreCreatesTheIdsOnFirstOpenAndKeepsThem() {
        TempDatabase().use { db ->
            val key = FixedKey(PARTICIPANT_KEY)
            val first = db.open(key)
            val identity = first.identity()
            assertNotEquals(identity.participantId, identity.deviceId)
            assertTrue(key.calls >= 1, "the core asked the app for the key")
            first.closeDatabase()

            val again = db.open()
            assertEquals(identity, again.identity())
            again.closeDatabase()
        }
    }

    @Test
    fun theWrongKeyIsRefusedAndTheDataStaysReadableWithTheRightOne() {
        TempDatabase().use { db ->
            val core = db.open()
            val today = core.checkIns().today()
            core.checkIns().save(CheckInInput(day = today, mood = 6))
            core.closeDatabase()

            assertFailsWith<ApiException.WrongKey> { db.open(FixedKey(OTHER_KEY)) }

            val reopened = db.open()
            assertEquals(6, reopened.checkIns().get(today)?.mood)
            reopened.closeDatabase()
        }
    }

    @Test
    fun aLockedKeystoreGivesARetryableErrorWithTheAppsReason() {
        TempDatabase().use { db ->
            val error = assertFailsWith<ApiException.KeyUnavailable> { db.open(LockedKeystore()) }
            assertEquals("device locked before first unlock", error.reason)
            assertEquals(emptyList(), db.files(), "nothing was created")

            // After the unlock, the same call succeeds.
            db.open().closeDatabase()
        }
    }

    @Test
    fun anUnexpectedKeystoreExceptionIsAlsoRetryable() {
        TempDatabase().use { db ->
            val error = assertFailsWith<ApiException.KeyUnavailable> { db.open(BrokenKeystore()) }
            assertTrue("keystore busy" in error.reason, error.reason)
        }
    }

    @Test
    fun aKeyOfTheWrongLengthIsInvalidInputNamingTheKeyProvider() {
        TempDatabase().use { db ->
            val error = assertFailsWith<ApiException.InvalidInput> { db.open(FixedKey(ByteArray(16))) }
            assertEquals("key_provider.database_key", error.field)
            assertEquals("must be 32 bytes, not 16", error.reason)
        }
    }

    @Test
    fun afterCloseEveryCallSaysClosedAndTheFilesCanBeDeleted() {
        TempDatabase().use { db ->
            val core = db.open()
            val checkIns = core.checkIns()
            val today = checkIns.today()
            checkIns.save(CheckInInput(day = today, stress = 3))
            core.closeDatabase()
            core.closeDatabase() // twice is fine

            assertFailsWith<ApiException.Closed> { checkIns.get(today) }
            assertFailsWith<ApiException.Closed> { core.checkIns().save(CheckInInput(day = today)) }
            assertFailsWith<ApiException.Closed> { core.settings().get() }

            // "Delete all data": every file of the store goes.
            for (name in db.files()) assertTrue(File(db.dir, name).delete(), "deleted $name")
            assertFalse(File(db.path).exists())

            // A new store can be made in its place.
            val fresh = db.open()
            assertEquals(null, fresh.checkIns().get(today))
            fresh.closeDatabase()
        }
    }
}
