package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.ApiException
import org.imrcompanion.ffi.BackupProblem
import org.imrcompanion.ffi.CheckInInput
import org.imrcompanion.ffi.RestoreMode
import java.io.File
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue

/** A backup made on one phone, restored on a new one. */
class BackupTest {
    @Test(timeout = 120_000)
    fun aBackupRestoresOnANewPhoneAndRefusalsChangeNothing() {
        TempDatabase().use { oldPhone ->
            TempDatabase().use { newPhone ->
                val old = oldPhone.open()
                val today = old.checkIns().today()
                old.checkIns().save(CheckInInput(day = today, mood = 7, note = "good day"))
                val file = File(oldPhone.dir, "imr.backup").path

                assertEquals("backup.passphrase", assertFailsWith<ApiException.InvalidInput> { old.backup().writeFile(file, "  ") }.field)
                old.backup().writeFile(file, "correct horse battery staple")
                assertTrue(File(file).length() > 0)

                val fresh = newPhone.open(FixedKey(OTHER_KEY))
                assertFalse(fresh.backup().hasRecords())
                val wrong = assertFailsWith<ApiException.BackupRefused> { fresh.backup().restoreFile(file, "wrong", null) }
                assertEquals(BackupProblem.WRONG_PASSPHRASE, wrong.problem)
                val notABackup = File(newPhone.dir, "notes.txt").apply { writeText("shopping list") }.path
                assertEquals(
                    BackupProblem.NOT_A_BACKUP,
                    assertFailsWith<ApiException.BackupRefused> { fresh.backup().restoreFile(notABackup, "x", null) }.problem,
                )
                assertFalse(fresh.backup().hasRecords(), "nothing changed")

                val report = fresh.backup().restoreFile(file, "correct horse battery staple", null)
                assertTrue(report.inserted > 0u)
                assertEquals("good day", fresh.checkIns().get(today)?.note)
                assertEquals(old.identity().participantId, fresh.identity().participantId)

                fresh.checkIns().save(CheckInInput(day = today, mood = 3))
                val needsMode = assertFailsWith<ApiException.BackupRefused> {
                    fresh.backup().restoreFile(file, "correct horse battery staple", null)
                }
                assertEquals(BackupProblem.NEEDS_MODE, needsMode.problem)
                assertEquals(3, fresh.checkIns().get(today)?.mood, "nothing changed")

                fresh.backup().restoreFile(file, "correct horse battery staple", RestoreMode.REPLACE)
                assertEquals(7, fresh.checkIns().get(today)?.mood)

                old.closeDatabase()
                fresh.closeDatabase()
            }
        }
    }
}
