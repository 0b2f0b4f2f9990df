package org.imrcompanion.ffi.tests

import org.imrcompanion.ffi.limits
import kotlin.test.Test
import kotlin.test.assertEquals

/** The app's controls are bounded by the same limits the core and the clinic enforce. */
class LimitsTest {
    @Test
    fun theAppGetsTheProtocolBoundsForItsControls() {
        val limits = limits()
        assertEquals(10L, limits.stressMoodMax)
        assertEquals(4L, limits.sleepQualityMax)
        assertEquals(24.0, limits.sleepHoursMax)
        assertEquals(200u, limits.titleMaxChars)
        assertEquals(7L, limits.backfillDays)
        assertEquals(Triple(7L, 28L, 90L), Triple(limits.baselineWindowMinDays, limits.baselineWindowDefaultDays, limits.baselineWindowMaxDays))
    }
}
